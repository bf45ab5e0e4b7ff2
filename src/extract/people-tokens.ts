// A small tokenizer for name finding. retext's words keep "McKayDemocrats"
// and "HartmannOn" whole and hide punctuation we need ("Mr." vs "Mr"), so names
// are read from our own tokens, with absolute offsets into the file.

export interface Tok {
  text: string;
  start: number;
  end: number;
  /** A run of letters (with inner apostrophes); otherwise one punctuation mark or a number. */
  word: boolean;
}

/**
 * Character classes as the tokenizers' regular expressions see them (with
 * the u flag: by code point): letter, mark, number, white space (\s).
 */
export const LETTER = 1;
export const MARK = 2;
export const NUMBER = 4;
export const SPACE = 8;

const IS_L = /\p{L}/u;
const IS_M = /\p{M}/u;
const IS_N = /\p{N}/u;
const IS_S = /\s/u;

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return (IS_L.test(c) ? LETTER : 0) | (IS_M.test(c) ? MARK : 0) | (IS_N.test(c) ? NUMBER : 0) | (IS_S.test(c) ? SPACE : 0);
}

// Classes of the 65,536 UTF-16 code units, filled in as they are met (bit 16
// marks an entry as filled); code points beyond are rare and asked each time.
const BMP = new Uint8Array(65536);

/** The class bits of code point `cp`. A lone surrogate is its own code point, in no class (as in a u regex). */
export function charClass(cp: number): number {
  if (cp < 65536) {
    let v = BMP[cp]!;
    if (v === 0) {
      v = classify(cp) | 16;
      BMP[cp] = v;
    }
    return v & 15;
  }
  return classify(cp);
}

/** UTF-16 length of a code point. */
export const width = (cp: number): number => (cp > 0xffff ? 2 : 1);

/** The end of the run of characters of class `mask` that starts at `i`. */
export function runEnd(text: string, i: number, mask: number): number {
  while (i < text.length) {
    const cp = text.codePointAt(i)!;
    if ((charClass(cp) & mask) === 0) break;
    i += width(cp);
  }
  return i;
}

/**
 * Tokens of `text`, whose first character sits at file offset `base`. Reads
 * the text as the regular expression
 *   /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu
 * would (a word with inner apostrophes, a number, or one other mark; white
 * space skipped), one character at a time: the match objects of a regular
 * expression cost more than the tokens.
 */
export function tokenize(text: string, base: number): Tok[] {
  const out: Tok[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const cp = text.codePointAt(i)!;
    const cls = charClass(cp);
    const start = i;
    if (cls & SPACE) {
      i += width(cp);
      continue;
    }
    if (cls & (LETTER | MARK)) {
      i = runEnd(text, i, LETTER | MARK);
      // An apostrophe joins two letter runs ("O’Brien"); the regex takes as many as follow.
      for (;;) {
        const a = text.charCodeAt(i);
        if (!((a === 39 || a === 0x2019) && i + 1 < n && charClass(text.codePointAt(i + 1)!) & (LETTER | MARK))) break;
        i = runEnd(text, i + 1, LETTER | MARK);
      }
      splitGlued(text.slice(start, i), base + start, out);
      continue;
    }
    i = cls & NUMBER ? runEnd(text, i, NUMBER) : i + width(cp);
    out.push({ text: text.slice(start, i), start: base + start, end: base + i, word: false });
  }
  return out;
}

const LL = /\p{Ll}/u;
const LU = /\p{Lu}/u;

// ASCII letters are decided by their code; other characters (one UTF-16 unit,
// as before) by the Unicode property.
const isLowerAt = (w: string, i: number): boolean => {
  const c = w.charCodeAt(i);
  if (c < 128) return c >= 97 && c <= 122;
  return LL.test(w.charAt(i));
};
const isUpperAt = (w: string, i: number): boolean => {
  const c = w.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  return LU.test(w.charAt(i));
};

/**
 * Machine translation glues a name to the next word ("McKayDemocrats",
 * "HartmannOn"). Split where a lower-case letter meets an upper-case one that
 * starts a lower-case run, but only after four letters, so that Mc/Mac/De/La
 * prefixes ("McKay", "MacArthur", "DeSantis") stay whole. The pieces are
 * appended to `out` when given (the tokenizer's list: no array per word).
 */
export function splitGlued(word: string, start: number, out: Tok[] = []): Tok[] {
  let from = 0;
  for (let i = 4; i < word.length - 1; i++) {
    // i - from >= 4 holds for every i >= from + 4; the upper-case test comes first as the rarest.
    if (i - from >= 4 && isUpperAt(word, i) && isLowerAt(word, i - 1) && isLowerAt(word, i + 1)) {
      out.push({ text: word.slice(from, i), start: start + from, end: start + i, word: true });
      from = i;
    }
  }
  out.push({ text: from === 0 ? word : word.slice(from), start: start + from, end: start + word.length, word: true });
  return out;
}

/** Starts with a capital and is not an all-capitals acronym ("NATO", "US"). */
export function isCapWord(t: Tok | undefined): boolean {
  if (!t?.word || !isUpperAt(t.text, 0)) return false;
  return hasLower(t.text);
}

export function isAcronym(t: Tok | undefined): boolean {
  return !!t?.word && t.text.length <= 5 && !hasLower(t.text);
}

/** Any lower-case letter: an ASCII one by its code, else the Unicode property. */
function hasLower(s: string): boolean {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) ascii = false;
  }
  return !ascii && LL.test(s);
}

/** "Trump’s" → "Trump": a possessive is not part of the name (what /['’]s$/u removes). */
export function stripPossessive(word: string): string {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115 /* s */) return word;
  const q = word.charAt(n - 2);
  return q === "'" || q === '’' ? word.slice(0, n - 2) : word;
}
