// Finds the places where a paragraph names a person, from cues that hold in
// any news text: a title before the name ("Defense Minister X"), a speech verb
// next to it ("X said", "…,” said X"), a known first name, or a surname the
// lexicon knows. A capitalised word with no cue is never a person by itself.
import { peopleLexicon, type PeopleLexicon, type TitleMatch, type WordClass } from './people-lexicon.js';
import { lexicon as quoteLexicon } from './quote-lexicon.js';
import { isAcronym, isCapWord, stripPossessive, tokenize, type Tok } from './people-tokens.js';

export type Cue = 'title' | 'verb' | 'first-name' | 'last-name';

export interface RawMention {
  start: number;
  end: number;
  /** The name as written, title and possessive left out. */
  text: string;
  /** Name words (particles and initials included). */
  words: string[];
  cue: Cue;
  /** Set when only a speech verb points at a common English word ("Marking said", a garble of "Markin"). */
  weak: boolean;
  role: string | null;
}

export interface ParagraphNames {
  toks: Tok[];
  mentions: RawMention[];
}

interface Ctx {
  toks: Tok[];
  text: string;
  base: number;
  lx: PeopleLexicon;
  /**
   * Per token, the word class of its text without a possessive, as an index
   * into CLASSES plus one (0: not asked yet); the cue finders ask about the
   * same tokens several times, and a lookup by string hashes and compares it.
   */
  cls: Uint8Array;
  /** Per token, readName's answer (undefined: not asked yet); it depends only on the paragraph and the token. */
  names: (NameSpan | null | undefined)[];
}

const CLASSES: readonly WordClass[] = ['first', 'last', 'place', 'date', 'demonym', 'common', 'unknown'];

/** lx.wordClass(stripPossessive(toks[i].text)), remembered per token. */
function classAt(ctx: Ctx, i: number): WordClass {
  const c = ctx.cls[i]!;
  if (c > 0) return CLASSES[c - 1]!;
  const cls = ctx.lx.wordClass(stripPossessive(ctx.toks[i]!.text));
  ctx.cls[i] = CLASSES.indexOf(cls) + 1;
  return cls;
}

/** lx.wordClass(toks[i].text): the remembered class when the text has no possessive to strip. */
function rawClassAt(ctx: Ctx, i: number): WordClass {
  const text = ctx.toks[i]!.text;
  return stripPossessive(text) === text ? classAt(ctx, i) : ctx.lx.wordClass(text);
}

interface NameSpan {
  from: number;
  to: number;
  words: string[];
}

const MAX_NAME_WORDS = 4;
const PRIORITY: Record<Cue, number> = { title: 0, verb: 1, 'first-name': 2, 'last-name': 3 };
// Opening marks too: machine translation often closes a quote with “.
const CLOSERS = new Set([',', '”', '“', '"', '’', "'", ':', '—', '–']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their']);
const PREPOSITIONS = new Set(['of', 'on', 'at', 'for', 'in', 'with', 'to']);

/** Every person mention of one paragraph; `base` is the paragraph's file offset. */
export function findMentions(text: string, base: number, lx: PeopleLexicon = peopleLexicon()): ParagraphNames {
  const toks = tokenize(text, base);
  const ctx: Ctx = { toks, text, base, lx, cls: new Uint8Array(toks.length), names: new Array<NameSpan | null | undefined>(toks.length).fill(undefined) };
  // The three cue finders append to one list (same order as concatenating theirs).
  const found: RawMention[] = [];
  titleCues(ctx, found);
  verbCues(ctx, found);
  ageCues(ctx, found);
  lexiconCues(ctx, found);
  return { toks: ctx.toks, mentions: dedupe(found) };
}

const slice = (ctx: Ctx, from: number, to: number): string =>
  ctx.text.slice(ctx.toks[from]!.start - ctx.base, ctx.toks[to]!.end - ctx.base);

/** Two tokens are one phrase when only spaces (no line break) separate them. */
function joined(ctx: Ctx, a: number, b: number): boolean {
  const gap = ctx.toks[b]!.start - ctx.toks[a]!.end;
  if (gap < 1 || gap > 2) return false;
  return !lineBreakIn(ctx, a, b);
}

/** Whether token k (if any) may be a word of a name. */
function nameWordOk(ctx: Ctx, k: number, next: boolean, afterFirstName: boolean): boolean {
  const t = ctx.toks[k];
  if (!t || !isCapWord(t)) return false;
  const { lx } = ctx;
  const w = stripPossessive(t.text);
  const group = lx.stopGroup(w);
  // "Theresa May": after a first name a month word is a surname.
  if (group && !(afterFirstName && group === 'month')) return false;
  if (afterFirstName) return true;
  if (lx.isTitleWord(w)) return false;
  const cls = classAt(ctx, k);
  if (cls === 'date' || cls === 'place' || cls === 'demonym') return false;
  // Machine translation capitalises the word after a bare surname ("Hartmann Deal with").
  if (next && (cls === 'common' || lx.hasCommonSuffix(w))) return false;
  return true;
}

/**
 * The name that starts at token i, remembered per token: the cue finders try
 * the same tokens again. The span (and its words) may be shared by several
 * mentions; nothing changes them after this.
 */
function readName(ctx: Ctx, i: number): NameSpan | null {
  let span = ctx.names[i];
  if (span === undefined) {
    span = readNameAt(ctx, i);
    ctx.names[i] = span;
  }
  return span;
}

function readNameAt(ctx: Ctx, i: number): NameSpan | null {
  const { toks, lx } = ctx;
  const head = toks[i];
  if (!nameWordOk(ctx, i, false, false)) return null;
  const before = toks[i - 1];
  if (before?.word && (lx.isPlaceHead(before.text) || lx.isPlaceNoun(before.text)) && joined(ctx, i - 1, i)) return null;
  const words = [stripPossessive(head!.text)];
  // The token whose text (possessive stripped) is the last word, so that its
  // class is the remembered one; -1 when the last word was built ("Smith-Jones", "W.").
  let lastTok = i;
  let to = i;
  let j = i + 1;
  while (words.length < MAX_NAME_WORDS && stripPossessive(toks[to]!.text) === toks[to]!.text) {
    const t = toks[j];
    if (!t) break;
    const afterFirst = (lastTok >= 0 ? classAt(ctx, lastTok) : lx.wordClass(words.at(-1)!)) === 'first';
    if (t.text === '-' && toks[j]!.start === toks[to]!.end && toks[j + 1] && toks[j + 1]!.start === toks[j]!.end && nameWordOk(ctx, j + 1, true, true)) {
      words[words.length - 1] += `-${stripPossessive(toks[j + 1]!.text)}`;
      lastTok = -1;
      to = j + 1;
      j += 2;
      continue;
    }
    if (!joined(ctx, to, j)) break;
    // A middle initial: "George W. Bush" (one capital: one or two UTF-16 units).
    if (t.word && t.text.length <= 2 && /^\p{Lu}$/u.test(t.text) && toks[j + 1]?.text === '.' && toks[j + 2] && joined(ctx, j + 1, j + 2) && nameWordOk(ctx, j + 2, true, true)) {
      words.push(`${t.text}.`);
      lastTok = -1;
      to = j + 1;
      j += 2;
      continue;
    }
    if (t.word && lx.isParticle(t.text)) {
      // "von der Leyen": up to two particles, then a capitalised word.
      let e = j;
      while (e < j + 2 && toks[e + 1]?.word && lx.isParticle(toks[e + 1]!.text) && joined(ctx, e, e + 1)) e++;
      if (!(toks[e + 1] && joined(ctx, e, e + 1) && isCapWord(toks[e + 1]))) break;
      for (let q = j; q <= e; q++) words.push(toks[q]!.text);
      // The loop goes on only when toks[e] has no possessive: its text is then its stripped text.
      lastTok = e;
      to = e;
      j = e + 1;
      continue;
    }
    if (!nameWordOk(ctx, j, true, afterFirst)) break;
    words.push(stripPossessive(t.text));
    lastTok = j;
    to = j;
    j++;
  }
  // A trailing particle without its name word is not part of the name.
  while (to > i && !isCapWord(toks[to]) && toks[to]!.text !== '.') {
    words.pop();
    to--;
  }
  // "the Ostmark-North district": an area noun after the words makes them a place.
  let after = to + 1;
  while (toks[after] && !toks[after]!.word && toks[after]!.text === '-' && toks[after + 1] && isCapWord(toks[after + 1])) after += 2;
  if (toks[after]?.word && lx.isPlaceNoun(toks[after]!.text) && joined(ctx, after - 1, after)) return null;
  // "the general director of Varnair Elin Vesterholm": a word that is no
  // first name before a first name and a surname is the company or place the
  // person belongs to, run into the name (machine translation drops the comma
  // or the apposition). The name starts at the first name.
  if (words.length >= 3 && lastTok !== i + 1 && classAt(ctx, i) !== 'first' && toks[i + 1]!.word && classAt(ctx, i + 1) === 'first' && words[0]!.length > 2 && !isStutter(words[0]!, words[1]!)) return readNameAt(ctx, i + 1);
  return { from: i, to, words };
}

/** "Ale Aleksandr": a first name begun twice (dropStutter mends it later, keeping the mention). */
function isStutter(a: string, b: string): boolean {
  return b.toLowerCase().startsWith(a.toLowerCase());
}

function mention(ctx: Ctx, span: NameSpan, cue: Cue, role: string | null, weak = false): RawMention {
  const raw = slice(ctx, span.from, span.to);
  const text = stripPossessive(raw);
  const start = ctx.toks[span.from]!.start;
  return { start, end: start + text.length, text, words: span.words, cue, weak, role };
}

function titleCues(ctx: Ctx, out: RawMention[]): void {
  const { toks, lx } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const m = lx.matchTitle(toks, i);
    if (!m) continue;
    let k = m.end;
    // "his Polish counterpart, Jan Nowak"
    if (m.entry.kind === 'role' && toks[k]?.text === ',') k++;
    if (toks[k] && joined(ctx, k - 1, k)) {
      const span = readName(ctx, k);
      if (span) {
        const role = m.entry.kind === 'honorific' ? null : roleText(ctx, i, m);
        out.push(mention(ctx, span, 'title', role ?? appositiveRole(ctx, span.to)));
      }
    }
    i = m.end - 1;
  }
}

/** The title with the words that qualify it: "Ukrainian Defense Minister", "White House press secretary". */
function roleText(ctx: Ctx, i: number, m: TitleMatch): string {
  const { toks, lx } = ctx;
  let from = i;
  let words = 0;
  let k = i - 1;
  while (k >= 0 && words < 4 && near(ctx, k, from)) {
    const t = toks[k]!;
    // "U.S." arrives as U . S .
    if (t.text === '.' && /^\p{Lu}$/u.test(toks[k - 1]?.text ?? '') && toks[k - 1]!.end === t.start) {
      from = k - 1;
      k -= 2;
      continue;
    }
    if (!t.word) break;
    const cls = rawClassAt(ctx, k);
    if (!(lx.isRoleModifier(t.text) || isAcronym(t) || cls === 'demonym' || cls === 'place')) break;
    from = k;
    words++;
    k--;
  }
  const modifiers = from < i ? slice(ctx, from, i - 1) : '';
  const title = m.entry.role ?? slice(ctx, i, m.end - 1).replace(/\.$/u, '');
  return modifiers ? `${modifiers} ${title}` : title;
}

/** Token a ends at most two spaces before token b starts, on the same line. */
function near(ctx: Ctx, a: number, b: number): boolean {
  const gap = ctx.toks[b]!.start - ctx.toks[a]!.end;
  if (gap < 0 || gap > 2) return false;
  return !lineBreakIn(ctx, a, b);
}

/** A \r or \n between tokens a and b (a gap of at most two characters: read in place, not sliced). */
function lineBreakIn(ctx: Ctx, a: number, b: number): boolean {
  const to = ctx.toks[b]!.start - ctx.base;
  for (let i = ctx.toks[a]!.end - ctx.base; i < to; i++) {
    const c = ctx.text.charCodeAt(i);
    if (c === 10 || c === 13) return true;
  }
  return false;
}

/** "Sascha Smith, research assistant at the institute," → "research assistant at the institute". */
function appositiveRole(ctx: Ctx, last: number): string | null {
  const { toks, lx } = ctx;
  if (toks[last + 1]?.text !== ',') return null;
  let k = last + 2;
  if (toks[k]?.word && DETERMINERS.has(toks[k]!.text.toLowerCase())) k++;
  const from = k;
  for (let n = 0; n < 3 && toks[k]?.word && !lx.matchTitle(toks, k); n++) {
    const t = toks[k]!;
    if (!(lx.isRoleModifier(t.text) || isAcronym(t) || rawClassAt(ctx, k) === 'demonym')) return null;
    k++;
  }
  const m = lx.matchTitle(toks, k);
  if (!m || m.entry.kind === 'honorific') return null;
  let to = m.end - 1;
  if (toks[m.end]?.word && PREPOSITIONS.has(toks[m.end]!.text.toLowerCase())) {
    let j = m.end;
    for (let n = 0; n < 5 && toks[j]?.word && joined(ctx, j - 1, j); n++) to = j++;
  }
  return slice(ctx, from, to);
}

/**
 * "Joaquim Pires, a 71-year-old olive farmer from Vilabruna,", "Ana Ruiz,
 * 45, said": an age in apposition says the name before it is a person's; so
 * does a title ("Dora Vasquell, the mayor of Pellana,"), which is kept as the
 * role.
 * The "year-old" form wants two name words, as places are described so too
 * ("Orsedo, a 300-year-old village").
 */
function ageCues(ctx: Ctx, out: RawMention[]): void {
  const { toks } = ctx;
  for (let c = 1; c < toks.length; c++) {
    if (toks[c]!.text !== ',' || !isCapWord(toks[c - 1])) continue;
    const bare = isAge(toks[c + 1]) && toks[c + 2]?.text === ',';
    const yearOld = (toks[c + 1]?.text === 'a' || toks[c + 1]?.text === 'an') && isAge(toks[c + 2]) && toks[c + 3]?.text === '-' && toks[c + 4]?.text.toLowerCase() === 'year' && toks[c + 5]?.text === '-' && toks[c + 6]?.text.toLowerCase() === 'old';
    const k = c - 1;
    for (let s = Math.max(0, k - MAX_NAME_WORDS); s <= k; s++) {
      if (s < k && rawClassAt(ctx, s) === 'common') continue;
      const span = toks[s]!.word ? readName(ctx, s) : null;
      if (span?.to !== k) continue;
      if (bare || yearOld) {
        if (bare || span.words.length >= 2) out.push(mention(ctx, span, 'title', bare ? null : ageRole(ctx, c + 7), isWeak(ctx, span)));
      } else if (span.words.length >= 2) {
        // "Dora Vasquell, the mayor of Pellana, has challenged …": a title in apposition, whatever the verb.
        const role = appositiveRole(ctx, k) ?? roleNounApposition(ctx, c);
        if (role) out.push(mention(ctx, span, 'title', role, isWeak(ctx, span)));
      }
      break;
    }
  }
}

/**
 * ", the mayor of Pellana,": after the comma at c, a determiner and a few
 * lower-case words holding a person's role noun (data/roles.json), up to the
 * closing comma. The words as written, or null.
 */
function roleNounApposition(ctx: Ctx, c: number): string | null {
  const { toks } = ctx;
  let k = c + 1;
  if (!toks[k]?.word || !DETERMINERS.has(toks[k]!.text.toLowerCase())) return null;
  k++;
  const from = k;
  let person = false;
  for (; k < toks.length && k - from < 6 && toks[k]!.word && joined(ctx, k - 1, k); k++) {
    const low = toks[k]!.text.toLowerCase();
    if (k === from && !/^\p{Ll}/u.test(toks[k]!.text)) return null;
    if (quoteLexicon().rolesByLast.get(low)?.some((r) => r.kind === 'person' && r.tokens.length === 1)) person = true;
  }
  if (!person || toks[k]?.text !== ',' || k === from) return null;
  return slice(ctx, from, k - 1);
}

/** An age: one to three digits, 1 to 110. */
function isAge(t: Tok | undefined): boolean {
  if (!t || !/^\d{1,3}$/.test(t.text)) return false;
  const n = Number(t.text);
  return n >= 1 && n <= 110;
}

/** The description after the age, up to the next comma or stop: "olive farmer from Vilabruna". */
function ageRole(ctx: Ctx, from: number): string | null {
  const { toks } = ctx;
  let to = from - 1;
  for (let k = from; k < toks.length && k - from < 6 && toks[k]!.word && (k === from || joined(ctx, k - 1, k)); k++) to = k;
  return to >= from ? slice(ctx, from, to) : null;
}

function verbCues(ctx: Ctx, out: RawMention[]): void {
  const { toks, lx } = ctx;
  for (let v = 0; v < toks.length; v++) {
    const verb = toks[v]!;
    const info = verb.word ? lx.speechVerb(verb.text) : null;
    if (!info) continue;
    let k = v - 1;
    if (toks[k]?.word && lx.isBetweenWord(toks[k]!.text)) k--;
    // "Ana Ruiz, a vegetable seller, said" / "the minister of Health, Ana Ruiz, said".
    if (toks[k]?.text === ',') k = appositiveSubject(ctx, k);
    if (isCapWord(toks[k])) {
      for (let s = Math.max(0, k - MAX_NAME_WORDS); s <= k; s++) {
        // A common word may open a name only when a title cue vouches for it ("Secretary of State Antony").
        if (s < k && rawClassAt(ctx, s) === 'common') continue;
        const span = toks[s]!.word ? readName(ctx, s) : null;
        if (span?.to === k) {
          out.push(mention(ctx, span, 'verb', appositiveRole(ctx, span.to), isWeak(ctx, span)));
          break;
        }
      }
    }
    // Inverted attribution: "…,” said Okafor." The name follows the verb.
    const prev = toks[v - 1];
    if (info.inverted && prev && !prev.word && CLOSERS.has(prev.text) && toks[v + 1] && joined(ctx, v, v + 1)) {
      if (lx.matchTitle(toks, v + 1)) continue;
      const span = readName(ctx, v + 1);
      if (span) out.push(mention(ctx, span, 'verb', appositiveRole(ctx, span.to), isWeak(ctx, span)));
    }
  }
}

/**
 * The last token of the speaker when an aside sits between commas before the
 * verb (the comma before the verb is at `comma`): the word before the aside
 * when the aside is a description ("a vegetable seller"), the aside's last
 * word when it is capitalised and follows a description ("the mayor of Lima,
 * Ana Ruiz,"); else -1.
 */
function appositiveSubject(ctx: Ctx, comma: number): number {
  const { toks } = ctx;
  let c = comma - 1;
  while (c >= 0 && comma - c <= 12 && toks[c]!.text !== ',' && !/^[.;:!?”“"]$/u.test(toks[c]!.text)) c--;
  if (c <= 0 || toks[c]!.text !== ',' || c + 1 >= comma) return -1;
  const aside = toks.slice(c + 1, comma);
  const head = aside[0]!;
  const lower = head.word && /^\p{Ll}/u.test(head.text);
  if (lower || /^\p{N}/u.test(head.text)) return c - 1;
  // A one-word aside is as often a place ("residents of the valley, Cotacachi,") as a surname.
  if (aside.every(isCapWord) && aside.length >= 2 && aside.length <= MAX_NAME_WORDS) {
    // The description before must hold a lower-case word ("the minister of Health", "a farmer").
    const before = toks.slice(Math.max(0, c - 5), c);
    if (before.some((t) => t.word && /^\p{Ll}/u.test(t.text) && !PREPOSITIONS.has(t.text))) return comma - 1;
  }
  return -1;
}

/** Only a speech verb says this is a name, and every word is common English. */
function isWeak(ctx: Ctx, span: NameSpan): boolean {
  return span.words.every((w) => ctx.lx.wordClass(w) === 'common' || ctx.lx.hasCommonSuffix(w));
}

/** Names the compromise lexicon vouches for: a known first name starting a full name, or a known surname. */
function lexiconCues(ctx: Ctx, out: RawMention[]): void {
  const { toks } = ctx;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (!isCapWord(t)) continue;
    const cls = classAt(ctx, i);
    if (cls !== 'first' && cls !== 'last') continue;
    const span = readName(ctx, i);
    if (!span) continue;
    if (cls === 'first' && span.words.length < 2) continue;
    out.push(mention(ctx, span, cls === 'first' ? 'first-name' : 'last-name', appositiveRole(ctx, span.to)));
    i = span.to;
  }
}

/** One mention per stretch of text: the longest span wins, then the strongest cue; roles are kept. */
/** Sorts `found` in place (the caller's own list) and merges into its first mention of each stretch. */
function dedupe(found: RawMention[]): RawMention[] {
  const sorted = found.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || PRIORITY[a.cue] - PRIORITY[b.cue],
  );
  const out: RawMention[] = [];
  for (const m of sorted) {
    const prev = out.at(-1);
    if (prev && m.start < prev.end) {
      prev.role ??= m.role;
      prev.weak &&= m.weak;
      if (PRIORITY[m.cue] < PRIORITY[prev.cue] && m.start === prev.start && m.end === prev.end) prev.cue = m.cue;
      continue;
    }
    // Each mention object is in `found` once and `found` is not used again: no copy needed.
    out.push(m);
  }
  return out;
}
