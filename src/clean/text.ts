// Line text helpers shared by the clean rules. Patterns are written against
// straight quotes and single spaces, so every rule sees the same folded form.

/** Trims, folds curly quotes and apostrophes, and collapses runs of spaces. */
export function foldLine(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\s\u00A0\u200B]+/g, ' ')
    .trim();
}

/** Word tokens (letters, digits, inner apostrophes and hyphens), as written. */
export function words(folded: string): string[] {
  return folded.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+){0,4}/gu) ?? [];
}

/** Key for comparing lines across documents: lower-case words only. */
export function lineKey(folded: string): string {
  return words(folded).join(' ').toLowerCase();
}

const TERMINAL = /[.!?…。]["')\]»]{0,3}$/u;

/** True when the line ends like a sentence. */
export function endsSentence(folded: string): boolean {
  return TERMINAL.test(folded);
}
