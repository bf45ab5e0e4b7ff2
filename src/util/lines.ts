import type { Line } from '../types.js';

/** Splits text into lines on \n, \r\n or \r, keeping each line's start offset. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ n: n++, start, text: text.slice(start, i) });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  lines.push({ n, start, text: text.slice(start) });
  return lines;
}

/** Returns a function mapping an offset to its 1-based line and column (binary search). */
export function positionFinder(lines: Line[]): (offset: number) => { line: number; column: number } {
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lines[mid]!.start <= offset) lo = mid;
      else hi = mid - 1;
    }
    const line = lines[lo]!;
    return { line: line.n, column: offset - line.start + 1 };
  };
}
