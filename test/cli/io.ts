import { run } from '../../src/cli/run.js';

export interface Captured {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams (not a TTY unless asked). */
export async function cli(args: string[], env: Record<string, string> = {}, tty = false): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const code = await run(args, {
    stdout: { write: (s: string) => ((stdout += s), true), isTTY: tty, columns: 100 },
    stderr: { write: (s: string) => ((stderr += s), true) },
    env,
    cwd: process.cwd(),
  });
  return { code, stdout, stderr };
}
