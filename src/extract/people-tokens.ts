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

// One alternative per token kind, no nested quantifiers: linear on any line.
const TOKEN = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|\p{N}+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of `text`, whose first character sits at file offset `base`. */
export function tokenize(text: string, base: number): Tok[] {
  const out: Tok[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = base + m.index;
    const word = /^[\p{L}\p{M}]/u.test(m[0]);
    if (word) out.push(...splitGlued(m[0], start));
    else out.push({ text: m[0], start, end: start + m[0].length, word: false });
  }
  return out;
}

const isLower = (c: string | undefined): boolean => c !== undefined && /\p{Ll}/u.test(c);
const isUpper = (c: string | undefined): boolean => c !== undefined && /\p{Lu}/u.test(c);

/**
 * Machine translation glues a name to the next word ("McKayDemocrats",
 * "HartmannOn"). Split where a lower-case letter meets an upper-case one that
 * starts a lower-case run, but only after four letters, so that Mc/Mac/De/La
 * prefixes ("McKay", "MacArthur", "DeSantis") stay whole.
 */
export function splitGlued(word: string, start: number): Tok[] {
  const out: Tok[] = [];
  let from = 0;
  for (let i = 1; i < word.length - 1; i++) {
    if (i - from >= 4 && isLower(word[i - 1]) && isUpper(word[i]) && isLower(word[i + 1])) {
      out.push({ text: word.slice(from, i), start: start + from, end: start + i, word: true });
      from = i;
    }
  }
  out.push({ text: word.slice(from), start: start + from, end: start + word.length, word: true });
  return out;
}

/** Starts with a capital and is not an all-capitals acronym ("NATO", "US"). */
export function isCapWord(t: Tok | undefined): boolean {
  if (!t?.word || !isUpper(t.text[0])) return false;
  return /\p{Ll}/u.test(t.text);
}

export function isAcronym(t: Tok | undefined): boolean {
  return !!t?.word && t.text.length <= 5 && !/\p{Ll}/u.test(t.text);
}

/** "Trump’s" → "Trump": a possessive is not part of the name. */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}
