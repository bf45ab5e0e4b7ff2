// Line text helpers shared by the clean rules. Patterns are written against
// straight quotes and single spaces, so every rule sees the same folded form.

/** Whitespace as the fold sees it, code point by code point: 0 not yet read, 1 no, 2 yes. */
const SPACE_CLASS = new Uint8Array(0x10000);
const SPACE = /[\s\u00A0\u200B]/;

/** True for a code unit of /[\s\u00A0\u200B]/ (none is a surrogate, so code units suffice). */
function isFoldSpace(c: number): boolean {
  if (c === 32) return true;
  if (c < 128) return c >= 9 && c <= 13;
  let k = SPACE_CLASS[c]!;
  if (k === 0) {
    k = SPACE.test(String.fromCharCode(c)) ? 2 : 1;
    SPACE_CLASS[c] = k;
  }
  return k === 2;
}

/**
 * Trims, folds curly quotes and apostrophes, and collapses runs of spaces:
 * the result of
 *   text.replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
 *       .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
 *       .replace(/[\s\u00A0\u200B]+/g, ' ').trim()
 * in one scan that copies unchanged stretches whole (test/clean/words.test.ts
 * compares the two). After the run collapse the only whitespace left is a
 * single space, so trim() amounts to dropping the first and last run.
 */
export function foldLine(text: string): string {
  const n = text.length;
  let i = 0;
  while (i < n && isFoldSpace(text.charCodeAt(i))) i++;
  let out = '';
  /** Start of the stretch not yet copied to out. */
  let from = i;
  while (i < n) {
    const c = text.charCodeAt(i);
    // Printable ASCII, most of any line, is never folded.
    if (c > 32 && c < 128) i++;
    else if (c === 0x2018 || c === 0x2019 || c === 0x201a || c === 0x201b || c === 0x2032) {
      out += text.slice(from, i) + "'";
      from = ++i;
    } else if (c === 0x201c || c === 0x201d || c === 0x201e || c === 0x201f || c === 0x2033) {
      out += text.slice(from, i) + '"';
      from = ++i;
    } else if (isFoldSpace(c)) {
      let j = i + 1;
      while (j < n && isFoldSpace(text.charCodeAt(j))) j++;
      // A trailing run goes, as trim() would take it.
      if (j === n) return out + text.slice(from, i);
      // A lone plain space is already folded: leave it in the stretch.
      if (!(c === 32 && j === i + 1)) {
        out += text.slice(from, i) + ' ';
        from = j;
      }
      i = j;
    } else i++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Word tokens (letters, digits, inner apostrophes and hyphens), as written:
 * the matches of /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+){0,4}/gu. Every line
 * of every document is split here, so this is a hand-written scan that yields
 * exactly those matches (test/clean/words.test.ts compares the two): a run of
 * letters and numbers, then at most four times a joiner followed by another run.
 */
export function words(folded: string): string[] {
  const spans = wordSpans(folded, []);
  const out: string[] = [];
  for (let k = 0; k < spans.length; k += 2) out.push(folded.slice(spans[k], spans[k + 1]));
  return out;
}

/**
 * The tokens of words(folded) as offsets: start and end of each in turn,
 * written into `out` (emptied first) so a caller that reads every line can
 * reuse one array and slice only what it needs.
 */
export function wordSpans(folded: string, out: number[]): number[] {
  out.length = 0;
  const n = folded.length;
  let i = 0;
  while (i < n) {
    const c = folded.charCodeAt(i);
    // ASCII is settled by its code; the rest reads whole code points.
    if (c < 128 ? ASCII_WORD[c] === 0 : !isLetterOrNumber(codePointAt(folded, i))) {
      i += c >= 0xd800 && codePointAt(folded, i) > 0xffff ? 2 : 1;
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
    out.push(start, i);
  }
  return out;
}

/** The end of the run of letters and numbers starting at i. */
function runEnd(s: string, i: number): number {
  const n = s.length;
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      if (ASCII_WORD[c] === 0) break;
      i++;
      continue;
    }
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
/** 1 for the ASCII letters and digits. */
const ASCII_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
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
