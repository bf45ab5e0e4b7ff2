import type { Io } from './io.js';

/**
 * A one-line progress bar on stderr for long runs on a terminal; silent when
 * stderr is not a TTY, in CI, or for small batches. Redraws at most every
 * 100 ms and clears itself when done.
 */
export function progressBar(io: Io, total: number): { tick: (done: number) => void; done: () => void } {
  const on = io.stderr.isTTY === true && !io.env.CI && total >= 50;
  let last = 0;
  let shown = false;
  const draw = (done: number): void => {
    const width = 30;
    const filled = Math.round((done / total) * width);
    io.stderr.write(`\r[${'='.repeat(filled)}${' '.repeat(width - filled)}] ${done}/${total} articles`);
    shown = true;
  };
  return {
    tick(done) {
      if (!on) return;
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      draw(done);
    },
    done() {
      if (shown) io.stderr.write(`\r${' '.repeat(60)}\r`);
    },
  };
}
