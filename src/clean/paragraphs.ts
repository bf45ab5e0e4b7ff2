import type { Line, Paragraph } from '../types.js';

/**
 * Groups consecutive kept, non-blank lines into paragraphs. A removed line
 * ends a paragraph, so no paragraph ever contains removed text.
 */
export function buildParagraphs(text: string, lines: Line[], removed: ReadonlySet<number>): Paragraph[] {
  const out: Paragraph[] = [];
  let first: Line | null = null;
  let last: Line | null = null;
  const flush = (): void => {
    if (first && last) {
      const start = first.start;
      const end = last.start + last.text.length;
      out.push({ start, end, lineStart: first.n, lineEnd: last.n, text: text.slice(start, end) });
    }
    first = last = null;
  };
  for (const line of lines) {
    if (removed.has(line.n) || line.text.trim() === '') {
      flush();
      continue;
    }
    first ??= line;
    last = line;
  }
  flush();
  return out;
}
