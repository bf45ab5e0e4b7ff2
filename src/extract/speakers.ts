// Reads a speaker phrase ("White House spokesman Maria Lind", "a senior US
// official who…", "he", "the Texas Republican") into a name, a role or a
// pronoun, and resolves pronouns and definite role nouns to an earlier
// speaker. Pure; the phrase boundaries come from quote-attribution.ts.
import nlp from 'compromise';
import { inList, lexicon, type Gender, type Lexicon, type RoleForm } from './quote-lexicon.js';
import { charClass, SPACE } from './people-tokens.js';
import { glueSplit, isCapitalized, type Tok } from './quote-tokens.js';

export type SpeakerKind = 'name' | 'org' | 'role' | 'document' | 'pronoun';

export interface SpeakerPhrase {
  /** The phrase as written (absolute offset into the document). */
  text: string;
  offset: number;
  kind: SpeakerKind;
  /** Person or institution name as written, titles dropped ("Maria Lind", "White House"). */
  name: string | null;
  /** Role phrase without determiners ("senior administration official"). */
  role: string | null;
  pronoun: string | null;
  /** Starts with "the"/"this": refers back to someone introduced earlier. */
  definite: boolean;
  head: RoleForm | null;
  /** Lower-cased words of the phrase and its apposition, glued words split: what a later role noun is matched against. */
  description: string[];
}

interface Word {
  text: string;
  lower: string;
}

/**
 * Parses the words of a speaker phrase. `toks` are the phrase, `appositive`
 * the description that follows it ("…, research assistant at X").
 */
export function parseSpeaker(toks: Tok[], paraText: string, base: number, appositive: Tok[] = []): SpeakerPhrase | null {
  if (toks.length === 0) return null;
  const first = toks[0]!;
  const last = toks[toks.length - 1]!;
  let words: Word[] = [];
  for (const t of toks) {
    const cut = glueSplit(t.text);
    if (cut > 0) {
      // What follows a glued word is a run-on description ("HarperDemocrats on the committee…").
      words.push({ text: t.text.slice(0, cut), lower: t.lower.slice(0, cut) });
      break;
    }
    words.push({ text: t.text, lower: t.lower });
  }
  const description: string[] = [];
  for (const t of toks) pushSplit(description, t);
  for (const t of appositive) pushSplit(description, t);
  words = dropLeadingPhrase(words);
  const prep = words.findIndex((w, i) => i > 0 && inList('prepositions', w.lower));
  if (prep > 0) words = words.slice(0, prep);
  while (words.length > 0 && isAdverb(words[words.length - 1]!.lower)) words.pop();
  let definite = false;
  let determiner = false;
  while (words.length > 0 && inList('determiners', words[0]!.lower)) {
    if (['the', 'this', 'that', 'these', 'those'].includes(words[0]!.lower)) definite = true;
    determiner = true;
    words = words.slice(1);
  }
  // "on Oct. 12 told": a date or a count is never a speaker.
  if (words.length === 0 || /^[\p{N}.,]+$/u.test(words[words.length - 1]!.text)) return null;
  const text = paraText.slice(first.start, last.end);
  const offset = base + first.start;
  const base0 = { text, offset, definite, description };
  const parsed = parseWords(words, base0);
  // "the minister of Health, Rafael Montalbo," / "a vegetable seller, Ana Ruiz,": the name in apposition to a description is the speaker.
  if (parsed.kind === 'role' && (parsed.head ? parsed.head.kind === 'person' && !parsed.head.plural : determiner && !isCapitalized(words[words.length - 1]!.text))) {
    const named = appositiveName(appositive, paraText, base);
    if (named) {
      const end = named.offset - base + named.text.length;
      return { ...named, text: paraText.slice(first.start, end), offset, definite, description };
    }
  }
  return parsed;
}

/** The leading capitalised run of an apposition when it reads as a person's name ("Ana Ruiz", "Ana Ruiz on Monday"). */
function appositiveName(app: Tok[], paraText: string, base: number): SpeakerPhrase | null {
  let n = 0;
  while (n < app.length && n < 4 && isCapitalized(app[n]!.text)) n++;
  if (n === 0) return null;
  const rest = app[n];
  if (rest && !inList('prepositions', rest.lower) && !inList('speaker-ends', rest.lower)) return null;
  const named = parseSpeaker(app.slice(0, n), paraText, base);
  return named?.kind === 'name' ? named : null;
}

type PhraseBase = Pick<SpeakerPhrase, 'text' | 'offset' | 'definite' | 'description'>;

/** The phrase with its reading; the same fields in the same order as `{ ...base0, kind, … }`, built without a spread. */
function phraseOf(
  base0: PhraseBase,
  kind: SpeakerKind,
  name: string | null,
  role: string | null,
  pronoun: string | null,
  head: RoleForm | null,
): SpeakerPhrase {
  return { text: base0.text, offset: base0.offset, definite: base0.definite, description: base0.description, kind, name, role, pronoun, head };
}

function parseWords(input: Word[], base0: PhraseBase): SpeakerPhrase {
  let words = input;
  const lastWord = words[words.length - 1]!;
  // "Afterwards he": a lower-case pronoun is the subject whatever precedes it.
  if (inList('pronouns', lastWord.lower) && (words.length === 1 || !isCapitalized(words[words.length - 2]!.text) || !isCapitalized(lastWord.text))) {
    return phraseOf(base0, 'pronoun', null, null, lastWord.lower, null);
  }
  // "Harper It was stated": a capitalised pronoun glued after a name is debris.
  if (inList('pronouns', lastWord.lower) && words.length > 1) words = words.slice(0, -1);

  const run = nameRun(words);
  const phrase = words.map((w) => w.text).join(' ');
  if (run) {
    const name = words.slice(run[0], run[1]).map((w) => w.text).join(' ');
    const orgHead = headRole(words.slice(run[0], run[1]));
    if (findRole(words.slice(run[0], run[1]), 'org') || orgHead?.kind === 'org') {
      return phraseOf(base0, 'org', phrase, phrase, null, orgHead);
    }
    // "France said", "Paris insisted": a place speaks as an institution, never as "he".
    if (run[1] - run[0] === 1 && isPlaceOrOrg(name)) return phraseOf(base0, 'org', name, name, null, null);
    return phraseOf(base0, 'name', name, null, null, null);
  }
  const head = headRole(words);
  if (head?.kind === 'person') return phraseOf(base0, 'role', null, phrase, null, head);
  const org = findRole(words, 'org');
  if (org) {
    const orgText = words.slice(org[0], org[1]).map((w) => w.text).join(' ');
    // A proper institution inside the phrase speaks for it ("White House summary of the call").
    const name = isCapitalized(orgText) ? orgText : phrase;
    return phraseOf(base0, 'org', name, phrase, null, head ?? null);
  }
  if (head?.kind === 'document') return phraseOf(base0, 'document', null, phrase, null, head);
  return phraseOf(base0, 'role', null, phrase, null, null);
}

/** Appends a token's lower-cased word, or its two halves when glued ("harperdemocrats" → "harper", "democrats"). */
function pushSplit(out: string[], t: Tok): void {
  const cut = glueSplit(t.text);
  if (cut > 0) out.push(t.lower.slice(0, cut), t.lower.slice(cut));
  else out.push(t.lower);
}

function isAdverb(lower: string): boolean {
  return inList('skip-before-verb', lower) || (lower.endsWith('ly') && lower.length > 4);
}

/** "On Tuesday the White House" → "the White House"; "In Paris Dubois" → "Dubois". */
function dropLeadingPhrase(words: Word[]): Word[] {
  let w = words;
  while (w.length > 2 && inList('prepositions', w[0]!.lower)) {
    const det = w.findIndex((x, i) => i >= 2 && inList('determiners', x.lower));
    w = det > 0 ? w.slice(det) : w.slice(2);
  }
  return w;
}

function isTitle(w: Word): boolean {
  const l = w.lower;
  const key = l.endsWith('.') ? l.slice(0, -1) : l;
  const lx = lexicon();
  return lx.mayBeTitle(key) && lx.titles.has(key);
}

function personRoleAt(words: Word[], i: number): boolean {
  const r = matchRoleAt(words, i);
  return r !== null && r.kind === 'person';
}

/**
 * The name at the end of the phrase: capitalised words that are neither titles
 * nor role nouns ("US Secretary of State Ana Ruiz" → "Ana Ruiz").
 * A title word may end the name right after a name word ("Stephen King").
 * "President of Ukraine" has no name: the capitalised word follows "of".
 */
function nameRun(words: Word[]): [number, number] | null {
  const end = words.length;
  let start = end;
  while (start > 0) {
    const w = words[start - 1]!;
    if (!isCapitalized(w.text) || w.lower.endsWith("'s")) break;
    if (isTitle(w) || personRoleAt(words, start - 1)) {
      const isLast = start === end && start >= 2;
      const prev = words[start - 2];
      if (isLast && prev && isCapitalized(prev.text) && !isTitle(prev) && !personRoleAt(words, start - 2) && matchRoleAt(words, start - 1) === null) {
        start--;
        continue;
      }
      break;
    }
    start--;
    if (end - start >= 4) break;
  }
  if (start === end) return null;
  if (start > 0 && words[start - 1]!.lower === 'of') {
    // "director of Varnair Elin Vesterholm": the institution, then a first
    // name and a surname run into it; the name starts at the first name.
    if (end - start >= 3 && isGivenName(words[start + 1]!.text) && !isGivenName(words[start]!.text)) return [start + 1, end];
    return null;
  }
  return [start, end];
}

/** The role noun that heads the phrase: at its end, or before "of" ("summary of the call"). */
function headRole(words: Word[]): RoleForm | null {
  const ofAt = words.findIndex((w) => w.lower === 'of');
  const ends = ofAt > 0 ? [words.length, ofAt] : [words.length];
  for (const end of ends) {
    // Only forms whose last token is the word before `end` can end there; same order as `roles`.
    const forms = end > 0 ? lexicon().rolesByLast.get(words[end - 1]!.lower) : undefined;
    if (forms === undefined) continue;
    for (const r of forms) {
      const s = end - r.tokens.length;
      if (s >= 0 && r.tokens.every((t, k) => words[s + k]!.lower === t)) return r;
    }
  }
  return null;
}

function matchRoleAt(words: Word[], i: number): RoleForm | null {
  // Only forms whose first token is word i can start there; same order as `roles`.
  const forms = i < words.length ? lexicon().rolesByFirst.get(words[i]!.lower) : undefined;
  if (forms === undefined) return null;
  for (const r of forms) {
    if (i + r.tokens.length <= words.length && r.tokens.every((t, k) => words[i + k]!.lower === t)) return r;
  }
  return null;
}

function findRole(words: Word[], kind: RoleForm['kind']): [number, number] | null {
  for (let i = 0; i < words.length; i++) {
    const r = matchRoleAt(words, i);
    if (r && r.kind === kind) return [i, i + r.tokens.length];
  }
  return null;
}

/** How far back (in characters) a he/she looks past a speaker of unknown gender for one whose gender fits: about two short paragraphs. */
const GENDER_REACH = 1200;

/** How many of the latest attributions a phrase may refer back to. */
export const RECENT = 50;

/** What a resolved quote is attributed to. */
export interface Attribution {
  offset: number;
  paragraph: number;
  phrase: SpeakerPhrase;
  /** Name or role after resolution; null for a pronoun with no fitting antecedent. */
  speakerName: string | null;
  /** Kind after resolution (a pronoun resolved to a name becomes "name"). */
  kind: SpeakerKind;
  /** A named sentence subject that says nothing itself: an antecedent for he/she and "the minister", never a quote's speaker. */
  mention?: boolean;
}

/**
 * Resolves a phrase against the attributions met earlier in the article
 * (nearest first). he/she → nearest named speaker; it → nearest institution
 * or document; they/we → nearest group or institution; "the official" →
 * nearest speaker described with the same role noun, else the nearest
 * indefinite mention of that noun in `before` ("a senior administration
 * official"), else the role itself.
 */
export function resolveSpeaker(
  phrase: SpeakerPhrase,
  earlier: readonly Attribution[],
  before: string,
  titled: readonly TitledMention[] = [],
  paragraph: number | null = null,
): { speakerName: string | null; kind: SpeakerKind } {
  // A pronoun or "the official" never reaches that far back, and scanning the
  // whole article for every phrase (genderOf inside the scan) is quadratic.
  // Only those two read `earlier`: a name or an institution needs no copy.
  const refersBack = phrase.kind === 'pronoun' || ((phrase.kind === 'role' || phrase.kind === 'document') && phrase.definite && phrase.head);
  if (refersBack && earlier.length > RECENT) earlier = earlier.slice(-RECENT);
  if (phrase.kind === 'pronoun') {
    const p = phrase.pronoun!;
    const fits = (a: Attribution): boolean => {
      // A singular person role ("a spokesman said… he said") fits when no name is nearer.
      if (p === 'he' || p === 'she' || p === 'i') return a.kind === 'name' || (a.kind === 'role' && a.phrase.head?.kind === 'person' && !a.phrase.head.plural);
      if (p === 'it') return a.kind === 'org' || a.kind === 'document';
      return a.kind === 'org' || (a.kind === 'role' && a.phrase.head?.plural === true);
    };
    const want: Gender | null = p === 'he' ? 'male' : p === 'she' ? 'female' : null;
    let nearest: Attribution | null = null;
    let held: Attribution | null = null;
    for (let i = earlier.length - 1; i >= 0; i--) {
      const a = earlier[i]!;
      if (a.speakerName === null || !fits(a)) continue;
      if (want === null) return { speakerName: a.speakerName, kind: a.kind };
      // "she said" never goes to a speaker surely a man (Mr., an earlier "he"); it prefers,
      // within a short reach, one known to be a woman over a nearer one of unknown gender.
      if (nearest && phrase.offset - a.offset > GENDER_REACH) break;
      const g = genderOf(a.speakerName, earlier);
      if (g?.sure && g.gender !== want) continue;
      if (g?.gender === want) {
        // Only from the paragraph of the one held below, not from before it.
        const pick = held && a.paragraph < held.paragraph ? held : a;
        return { speakerName: pick.speakerName, kind: pick.kind };
      }
      // The person last named in the pronoun's own paragraph wins unless surely of the other gender.
      if (!nearest && paragraph !== null && a.paragraph === paragraph) return { speakerName: a.speakerName, kind: a.kind };
      // So does one named in the paragraph just before, when nothing at all is known of their
      // gender (a name the lexicon does not know says nothing against it), over a fitting
      // speaker of an earlier paragraph.
      if (!nearest && paragraph !== null && g === null && a.paragraph === paragraph - 1) held = a;
      nearest ??= a;
    }
    return nearest ? { speakerName: nearest.speakerName, kind: nearest.kind } : { speakerName: null, kind: 'pronoun' };
  }
  if ((phrase.kind === 'role' || phrase.kind === 'document') && phrase.definite && phrase.head) {
    const head = phrase.head;
    const { forms, formsForNames } = roleFormsOf(head);
    for (let i = earlier.length - 1; i >= 0; i--) {
      const a = earlier[i]!;
      if (a.speakerName === null || a.mention) continue;
      const desc = spacedDescription(a.phrase);
      const described = (a.kind === 'name' ? formsForNames : forms).some((f) => desc.includes(` ${f} `));
      if (head.kind === 'document' ? a.kind === 'org' || described : described) return { speakerName: a.speakerName, kind: a.kind };
    }
    const single = head.kind === 'person' && !head.plural;
    const byTitle = single ? titledMatch(phrase.role ?? '', head, titled, phrase.offset) : null;
    if (byTitle) return { speakerName: byTitle, kind: 'name' };
    const mention = indefiniteMention(before, forms);
    if (mention) return { speakerName: mention, kind: 'role' };
    // "Ana Ruiz conceded. Speaking to supporters, the outgoing minister said": the person just named in the paragraph.
    const named = single && paragraph !== null ? lastNamedIn(earlier, paragraph) : null;
    if (named) return { speakerName: named.speakerName, kind: 'name' };
  }
  // "Minister: 'We will not send in the army'": a bare capitalised title, as
  // headlines and live-blog entries write it, names the one person the
  // article gives that title ("Transport Minister Aurel Tammik").
  if (phrase.kind === 'role' && !phrase.definite && phrase.head?.kind === 'person' && !phrase.head.plural && isCapitalized(phrase.text) && !INDEFINITE_LEAD.test(phrase.text)) {
    const byTitle = titledMatch(phrase.role ?? '', phrase.head, titled, phrase.offset);
    if (byTitle) return { speakerName: byTitle, kind: 'name' };
  }
  if (phrase.kind === 'name' || phrase.kind === 'org') return { speakerName: phrase.name, kind: phrase.kind };
  return { speakerName: phrase.role, kind: phrase.kind };
}

const INDEFINITE_LEAD = /^(?:a|an|one|some|another)\s/iu;

/**
 * The written forms of a role noun: those of its number, and (for a named
 * person, who may be described with the plural noun: "Harper, Democrats on
 * the committee…") all of them. A pure function of the lexicon entry, kept
 * per entry; a rebuilt lexicon has new entries and the old ones are dropped.
 */
const formsByHead = new WeakMap<RoleForm, { lexicon: Lexicon; forms: string[]; formsForNames: string[] }>();

function roleFormsOf(head: RoleForm): { forms: string[]; formsForNames: string[] } {
  const lx = lexicon();
  let v = formsByHead.get(head);
  // Read from the lexicon of now, as before: an entry kept from an older lexicon is made again.
  if (v === undefined || v.lexicon !== lx) {
    const sameRole = lx.roles.filter((r) => r.id === head.id);
    v = {
      lexicon: lx,
      forms: sameRole.filter((r) => r.plural === head.plural).map((r) => r.tokens.join(' ')),
      formsForNames: sameRole.map((r) => r.tokens.join(' ')),
    };
    formsByHead.set(head, v);
  }
  return v;
}

/** ` ${description.join(' ')} `, kept per phrase: every later "the official" reads it again. */
const spacedDescriptions = new WeakMap<SpeakerPhrase, string>();

function spacedDescription(phrase: SpeakerPhrase): string {
  let d = spacedDescriptions.get(phrase);
  if (d === undefined) {
    d = ` ${phrase.description.join(' ')} `;
    spacedDescriptions.set(phrase, d);
  }
  return d;
}

/** The last named person of the paragraph, when the paragraph names only one. */
function lastNamedIn(earlier: readonly Attribution[], paragraph: number): Attribution | null {
  let found: Attribution | null = null;
  for (let i = earlier.length - 1; i >= 0 && earlier[i]!.paragraph === paragraph; i--) {
    const a = earlier[i]!;
    if (a.kind !== 'name' || a.speakerName === null) continue;
    if (found && found.speakerName !== a.speakerName) return null;
    found ??= a;
  }
  return found;
}

/** A speaker's gender as the article tells it; `sure` when from a he/she or a strong title or role word. */
export interface GenderEvidence {
  gender: Gender;
  sure: boolean;
}

/** Most trusted first: an earlier he/she, a strong title or role word, the first name, a weak role word. */
export function genderOf(name: string, earlier: readonly Attribution[]): GenderEvidence | null {
  const { strong, weak } = lexicon().gender;
  let byStrong: Gender | null = null;
  let byWeak: Gender | null = null;
  for (const a of earlier) {
    if (a.speakerName !== name) continue;
    if (a.phrase.pronoun === 'he' || a.phrase.pronoun === 'she') return { gender: a.phrase.pronoun === 'he' ? 'male' : 'female', sure: true };
    for (const w of a.phrase.description) {
      byStrong ??= strong.get(w) ?? null;
      byWeak ??= weak.get(w) ?? null;
    }
  }
  if (byStrong) return { gender: byStrong, sure: true };
  const g = firstNameGender(name) ?? byWeak;
  return g ? { gender: g, sure: false } : null;
}

/** Whether compromise's lexicon knows the word as a given name (either gender). */
function isGivenName(word: string): boolean {
  const tags = nameTags(word);
  return tags.includes('FirstName') || tags.includes('MaleName') || tags.includes('FemaleName');
}

function nameTags(word: string): string[] {
  const tags = nameLexicon()[word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** compromise's lexicon tags common given names MaleName or FemaleName; accents are folded ("María"). */
function firstNameGender(name: string): Gender | null {
  const parts = name.split(' ');
  if (parts.length < 2) return null;
  const list = nameTags(parts[0]!);
  const male = list.includes('MaleName');
  const female = list.includes('FemaleName');
  return male === female ? null : male ? 'male' : 'female';
}

let lexiconCache: Record<string, string | string[] | undefined> | null = null;

function nameLexicon(): Record<string, string | string[] | undefined> {
  lexiconCache ??= (nlp as unknown as { model(): { one: { lexicon: Record<string, string | string[] | undefined> } } }).model().one.lexicon;
  return lexiconCache;
}

/** The nearest "a senior administration official" before the phrase; bounded look-back. */
function indefiniteMention(before: string, forms: string[]): string | null {
  const window = before.slice(-2000);
  let best: { at: number; text: string } | null = null;
  for (const f of forms) {
    const { re, form } = mentionPattern(f);
    // Every match contains the role form itself: without it (the usual case) the longer pattern cannot match.
    if (!form.test(window)) continue;
    for (const m of window.matchAll(re)) {
      if (!best || m.index > best.at) best = { at: m.index, text: `${m[1] ?? ''}${f}`.trim() };
    }
  }
  return best?.text ?? null;
}


/** A name written with its titles somewhere in the article ("Chilean President Tomas Vera"). */
export interface TitledMention {
  offset: number;
  name: string;
  /** Lower-cased title words before the name. */
  titles: string[];
}

/**
 * Finds people written with titles in runs of capitalised words. Only runs
 * whose name has two or more words count, so "President Novak" (ambiguous
 * surname) is left to other rules.
 */
export function titledMentions(toks: readonly Tok[], paraText: string, base: number): TitledMention[] {
  const out: TitledMention[] = [];
  let i = 0;
  while (i < toks.length) {
    // A run starts at a capital: a lower-case word before one ("met the
    // unions. Finance Minister …") must not swallow the run after it.
    if (!isCapitalized(toks[i]!.text)) {
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < toks.length &&
      (isCapitalized(toks[j + 1]!.text) || toks[j + 1]!.lower === 'of') &&
      onlySpaceOrDots(paraText, toks[j]!.end, toks[j + 1]!.start) &&
      j - i < 10
    ) {
      j++;
    }
    if (j > i) {
      const run = toks.slice(i, j + 1);
      const parsed = parseSpeaker(run, paraText, base);
      if (parsed?.kind === 'name' && parsed.name !== null) {
        const nameWords = parsed.name.split(' ').length;
        const titles = run.slice(0, run.length - nameWords).map((t) => t.lower);
        if (nameWords >= 2 && titles.some((t) => lexicon().titles.has(t))) out.push({ offset: base + run[0]!.start, name: parsed.name, titles });
      }
    }
    i = j + 1;
  }
  return out;
}

/** What /^[\s.]*$/ says of text[start, end), read in place: white space and full stops only. */
function onlySpaceOrDots(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 46 && (charClass(c) & SPACE) === 0) return false;
  }
  return true;
}

/**
 * "the President of Ukraine" → the one titled name whose titles cover every
 * word of the role (a shared five-letter stem: Ukraine ~ Ukrainian); null
 * when none or several people fit.
 */
function titledMatch(role: string, head: RoleForm, titled: readonly TitledMention[], offset: number): string | null {
  // Only the role noun and title words must match: "the outgoing prime minister" ~ "Prime Minister Ana Ruiz".
  const words = role
    .split(/\s+/)
    .filter((w) => isCapitalized(w) || head.tokens.includes(w.toLowerCase()) || lexicon().titles.has(w.toLowerCase()))
    .map((w) => w.toLowerCase())
    .filter((w) => w !== 'of' && !inList('determiners', w));
  if (words.length === 0) return null;
  const stem = (w: string): string => w.slice(0, 5);
  const fits = titled.filter((m) => words.every((w) => m.titles.some((t) => (t.length < 5 || w.length < 5 ? t === w : stem(t) === stem(w)))));
  const names = new Set(fits.map((m) => m.name.split(' ').pop()));
  if (names.size !== 1) return null;
  fits.sort((a, b) => Math.abs(a.offset - offset) - Math.abs(b.offset - offset));
  return fits[0]!.name;
}

/** Compiled once per role form (the role lexicon bounds them); matchAll and test() without the g flag keep no state. */
const mentionPatterns = new Map<string, { re: RegExp; form: RegExp }>();

function mentionPattern(f: string): { re: RegExp; form: RegExp } {
  let p = mentionPatterns.get(f);
  if (p === undefined) {
    const escaped = escapeRegExp(f);
    p = { re: new RegExp(`\\b(?:a|an|one)\\s+((?:[\\p{L}.-]+\\s+){0,4}?)${escaped}\\b`, 'giu'), form: new RegExp(escaped, 'iu') };
    mentionPatterns.set(f, p);
  }
  return p;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let placeCache = new Map<string, boolean>();
/** Words remembered before the cache starts afresh, so that it stays bounded over any number of articles. */
const PLACE_CACHE_WORDS = 20000;

/** compromise's lexicon knows countries, cities and organisations; one word per call, cached (a pure function of the word). */
function isPlaceOrOrg(word: string): boolean {
  let hit = placeCache.get(word);
  if (hit === undefined) {
    const doc = nlp(word);
    hit = doc.has('#Place') || doc.has('#Organization');
    if (placeCache.size >= PLACE_CACHE_WORDS) placeCache = new Map();
    placeCache.set(word, hit);
  }
  return hit;
}
