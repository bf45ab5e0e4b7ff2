// Line text helpers shared by the clean rules. Patterns are written against
// straight quotes and single spaces, so every rule sees the same folded form.

/** A character the replacements in foldLine change, or a run of two spaces. */
const NEEDS_FOLDING = /[\u2018\u2019\u201A\u201B\u2032\u201C\u201D\u201E\u201F\u2033\u200B]|[^\S ]| {2}/;

/** Trims, folds curly quotes and apostrophes, and collapses runs of spaces. */
export function foldLine(text: string): string {
  // Most lines have no curly quote, no whitespace but single spaces: for
  // them the three replacements below change nothing, and trimming is all.
  if (!NEEDS_FOLDING.test(text)) return text.trim();
  return text
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\s\u00A0\u200B]+/g, ' ')
    .trim();
}

/**
 * Word tokens (letters, digits, inner apostrophes and hyphens), as written:
 * the matches of /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+){0,4}/gu. Every line
 * of every document is split here, so this is a hand-written scan that yields
 * exactly those matches (test/clean/words.test.ts compares the two): a run of
 * letters and numbers, then at most four times a joiner followed by another run.
 */
export function words(folded: string): string[] {
  const out: string[] = [];
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const cp = codePointAt(folded, i);
    if (!isLetterOrNumber(cp)) {
      i += cp > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i = runEnd(folded, i);
    for (let joins = 0; joins < 4 && i + 1 < n; joins++) {
      const j = folded.charCodeAt(i);
      if (j !== 39 && j !== 0x2019 && j !== 45) break;
      if (!isLetterOrNumber(codePointAt(folded, i + 1))) break;
      i = runEnd(folded, i + 1);
    }
    out.push(folded.slice(start, i));
  }
  return out;
}

/** The end of the run of letters and numbers starting at i. */
function runEnd(s: string, i: number): number {
  while (i < s.length) {
    const cp = codePointAt(s, i);
    if (!isLetterOrNumber(cp)) break;
    i += cp > 0xffff ? 2 : 1;
  }
  return i;
}

/** The code point at i, reading a surrogate pair as one (as a /u regular expression does). */
function codePointAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000;
  }
  return c;
}

const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** \p{L} or \p{N} for each BMP code point, read once: 0 not yet read, 1 no, 2 yes. */
const BMP_CLASS = new Uint8Array(0x10000);

function isLetterOrNumber(cp: number): boolean {
  if (cp < 128) return (cp >= 48 && cp <= 57) || (cp >= 65 && cp <= 90) || (cp >= 97 && cp <= 122);
  if (cp > 0xffff) return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
  let c = BMP_CLASS[cp]!;
  if (c === 0) {
    c = LETTER_OR_NUMBER.test(String.fromCharCode(cp)) ? 2 : 1;
    BMP_CLASS[cp] = c;
  }
  return c === 2;
}

/** Key for comparing lines across documents: lower-case words only. `tokens`: words(folded), when the caller has them. */
export function lineKey(folded: string, tokens: string[] = words(folded)): string {
  return tokens.join(' ').toLowerCase();
}

const TERMINAL = /[.!?…。]["')\]»]{0,3}$/u;

/** True when the line ends like a sentence. */
export function endsSentence(folded: string): boolean {
  return TERMINAL.test(folded);
}
