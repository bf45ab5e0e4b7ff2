// Pairs quotation marks inside one paragraph. Scraped and machine-translated
// text breaks the typographic rules often: a quote closed by a second opening
// mark (“… mistakes. “), a closing mark after a space (… concern. ”), a
// quote left open at the paragraph end. Single marks are quotation marks only
// in a headline label ("Ortega: 'We will not resign'"); elsewhere apostrophes
// (don’t) and nested ‘quotes’ stay inside the text.
import { charClass, LETTER, NUMBER, SPACE, width } from './people-tokens.js';
import { lexicon } from './quote-lexicon.js';

export interface MarkedQuote {
  /** Offsets relative to the paragraph. */
  open: number;
  /** The closing mark, or null when the paragraph ended (or a new quote began) first. */
  close: number | null;
  /** The quoted words, without marks and surrounding white space. */
  start: number;
  end: number;
  /** How the quote ended: its own mark, an opening mark that starts the next quote, or the paragraph end. */
  endedBy: 'mark' | 'reopen' | 'paragraph-end';
}

/** The marks a quote may close with, by opening mark. */
const CLOSERS: Record<string, string> = {
  '“': '”"“',
  '"': '"”“',
  '„': '“”"',
  '‟': '”"',
  '«': '»',
  '»': '«',
  '”': '”"',
};

/** The characters of /["“”„‟«»]/: one UTF-16 unit each. */
function isMark(c: number): boolean {
  return c === 0x22 || c === 0xab || c === 0xbb || (c >= 0x201c && c <= 0x201f);
}

const WORDCHAR = /[\p{L}\p{N}]/u;

export function pairMarks(text: string): MarkedQuote[] {
  const out: MarkedQuote[] = [];
  let open: { pos: number; mark: string } | null = null;
  const finish = (endPos: number, close: number | null, endedBy: MarkedQuote['endedBy']): void => {
    const q = trimSpan(text, open!.pos + 1, endPos);
    if (q && hasWordChar(text, q[0], q[1])) out.push({ open: open!.pos, close, start: q[0], end: q[1], endedBy });
    open = null;
  };
  // A scan for the marks rather than matchAll, which copies its regular
  // expression and makes an iterator and a match per mark, per paragraph.
  for (let i = 0; i < text.length; i++) {
    if (!isMark(text.charCodeAt(i))) continue;
    const mark = text.charAt(i);
    if (mark === '"' && isInchMark(text, i, open === null)) continue;
    if (open === null) {
      if (opensQuote(text, i, mark)) open = { pos: i, mark };
      continue;
    }
    const closers: string = CLOSERS[open.mark] ?? '”"';
    if (!closers.includes(mark)) continue;
    if (mark === '“' && open.mark !== '„' && startsNewQuote(text, i)) {
      finish(i, null, 'reopen');
      open = { pos: i, mark };
      continue;
    }
    finish(i, i, 'mark');
  }
  if (open !== null) finish(text.length, null, 'paragraph-end');
  const label = labelQuote(text);
  if (label && !out.some((q) => q.open <= label.close! + 1 && label.open <= (q.close ?? q.end))) out.unshift(label);
  return out;
}

/**
 * A letter or digit in text[start, end), as WORDCHAR.test(text.slice(start, end))
 * finds it, without the copy: by code point, a pair cut by `end` being a lone
 * surrogate in the slice, in no class.
 */
function hasWordChar(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    const cls = i + 1 === end && cp > 0xffff ? 0 : charClass(cp);
    if (cls & (LETTER | NUMBER)) return true;
    i += width(cp);
  }
  return false;
}

// A label of one to four words opening the paragraph (the first capitalised: "Rehn", "Pellana
// mayor"), then a colon, then a single mark, or, in a short headline, up to three words before
// it ("Vesterholm: offer 'will not be improved'").
const LABEL = /^\p{Lu}[\p{L}.’'-]{0,30}(?:[ \t][\p{L}.’'-]{1,30}){0,3}:[ \t]*['‘]/u;
const HEADLINE_LABEL = /^\p{Lu}[\p{L}.’'-]{0,30}(?:[ \t][\p{L}.’'-]{1,30}){0,3}:[ \t]*(?:[\p{L}\d,-]{1,20}[ \t]){1,3}['‘]/u;
/** How long a paragraph may be to count as a headline (HEADLINE_LABEL, and headlineLabel in quote-attribution.ts), not a sentence of the story. */
export const HEADLINE_CHARS = 100;

/** "Rehn: 'Tomorrow we start work'": a headline or crosshead quoting its label in single marks. */
function labelQuote(text: string): MarkedQuote | null {
  if (!mayHaveLabel(text)) return null;
  const m = LABEL.exec(text) ?? (text.length <= HEADLINE_CHARS && !text.includes('\n') ? HEADLINE_LABEL.exec(text) : null);
  if (!m) return null;
  const open = m[0].length - 1;
  for (let i = open + 2; i < text.length; i++) {
    const c = text.charAt(i);
    if (c !== "'" && c !== '’') continue;
    // An apostrophe sits between letters (don't) or after a space; a closing mark ends a word.
    if (WORDCHAR.test(text.charAt(i + 1)) || /\s/.test(text.charAt(i - 1))) continue;
    const q = trimSpan(text, open + 1, i);
    return q ? { open, close: i, start: q[0], end: q[1], endedBy: 'mark' } : null;
  }
  return null;
}

/**
 * What LABEL needs, checked first without the regular expression: no
 * character it matches before the colon is a colon, so its colon is the
 * first one of the text, at most 251 UTF-16 units in (four words of at most
 * 31 letters of up to two units each, and three separators), and a single
 * mark follows it after spaces or tabs. Most paragraphs fail this at once.
 */
function mayHaveLabel(text: string): boolean {
  const colon = text.indexOf(':');
  if (colon < 0 || colon > 251) return false;
  let k = colon + 1;
  while (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9) k++;
  const c = text.charCodeAt(k);
  if (c === 39 || c === 0x2018) return true;
  // HEADLINE_LABEL: a short paragraph with a single mark after a space somewhere past the colon.
  return text.length <= HEADLINE_CHARS && /\s['‘]/u.test(text.slice(k));
}

/** Nothing but white space (what trim() removes, /\s/) after offset i: read in place, not sliced. */
function onlySpaceAfter(text: string, i: number): boolean {
  for (let k = i + 1; k < text.length; k++) if ((charClass(text.charCodeAt(k)) & SPACE) === 0) return false;
  return true;
}

/** A mark opens a quote when words follow it; a stray mark at the paragraph end does not. */
function opensQuote(text: string, i: number, mark: string): boolean {
  if (onlySpaceAfter(text, i)) return false;
  if (mark === '”' || mark === '»') {
    // Used as an opening mark only before a word and after a space ("”Hello,” she said").
    return WORDCHAR.test(text.charAt(i + 1)) && (i === 0 || /[\s([]/.test(text.charAt(i - 1)));
  }
  return true;
}

/**
 * An opening “ inside an open quote either closes it (wrong glyph: ', “the
 * official said', 'mistakes. “' at the end) or starts the next quote whose
 * predecessor was never closed. It starts one only when it hugs a word that
 * begins a new sentence and no attribution follows.
 */
function startsNewQuote(text: string, i: number): boolean {
  const next = text.charAt(i + 1);
  if (!WORDCHAR.test(next)) return false;
  const following = text.slice(i + 1, i + 60).toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (following.slice(0, 4).some((w) => lexicon().verbs.has(w) && !lexicon().verbs.get(w)!.ambiguous)) return false;
  const before = text.slice(Math.max(0, i - 3), i).trimEnd();
  const sentenceEnd = /[.!?:]$/.test(before);
  return /\p{Lu}|\p{N}/u.test(next) || sentenceEnd;
}

/** 5'11" and 6" are measurements, not quotation marks. */
function isInchMark(text: string, i: number, closed: boolean): boolean {
  const before = text.slice(Math.max(0, i - 6), i);
  if (/\d['’′]\d{1,2}$/.test(before)) return true;
  return closed && /\d$/.test(before);
}

function trimSpan(text: string, start: number, end: number): [number, number] | null {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text.charAt(s))) s++;
  while (e > s && /\s/.test(text.charAt(e - 1))) e--;
  return s < e ? [s, e] : null;
}
