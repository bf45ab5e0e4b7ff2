// The word knowledge name finding relies on: our reviewed data files
// (titles, stop-words, cues) plus the compromise lexicon, which knows first
// names, countries, cities, demonyms and common English words. A lexicon
// lookup costs nothing, unlike full tagging, so no paragraph is tagged here.
import nlp from 'compromise';
import { loadData } from '../data.js';
import { extensions, extensionsVersion } from '../extensions.js';
import { asciiKeySieve, exactKeySieve } from './people-strings.js';
import { tokenize, type Tok } from './people-tokens.js';

interface TitleEntry {
  id: string;
  kind: 'honorific' | 'office' | 'role';
  forms: string[];
  role?: string;
  caseSensitive?: boolean;
}
interface TitlesFile {
  titles: TitleEntry[];
  roleModifiers: { words: string[] };
}
interface StopwordsFile {
  groups: { id: string; words: string[] }[];
  placeHeads: { words: string[] };
  placeNouns: { words: string[] };
  commonSuffixes: { endings: string[] };
}
interface CuesFile {
  speechVerbs: { id: string; forms: string[]; inverted: boolean }[];
  betweenNameAndVerb: { words: string[] };
  particles: { words: string[] };
  locativePrepositions: { words: string[] };
  garble: {
    maxDistance: { minLength: number; distance: number }[];
    minSharedPrefixFor2: number;
    frequentRatio: number;
  };
}

export type WordClass = 'first' | 'last' | 'place' | 'date' | 'demonym' | 'common' | 'unknown';

export interface TitleMatch {
  entry: TitleEntry;
  /** Token index just past the title (its optional final '.' included). */
  end: number;
}

interface TitleForm {
  entry: TitleEntry;
  words: string[];
  /** `words` lower-cased, for the titles that are not case-sensitive. */
  lower: string[];
  optionalDot: boolean;
}

export interface PeopleLexicon {
  matchTitle(toks: Tok[], i: number): TitleMatch | null;
  /** Single words that are titles ("President", "Spokesperson"): never a name word. */
  isTitleWord(word: string): boolean;
  /** The stop-word group of a word ("month", "function-word", …) or null. */
  stopGroup(word: string): string | null;
  wordClass(word: string): WordClass;
  isRoleModifier(word: string): boolean;
  isPlaceHead(word: string): boolean;
  /** A lower-case area noun ("district", "municipality") next to a capitalised word makes it a place. */
  isPlaceNoun(word: string): boolean;
  hasCommonSuffix(word: string): boolean;
  speechVerb(word: string): { inverted: boolean } | null;
  isBetweenWord(word: string): boolean;
  isParticle(word: string): boolean;
  isLocative(word: string): boolean;
  garble: CuesFile['garble'];
}

type Lexicon = Record<string, string | string[] | undefined>;

let cached: PeopleLexicon | null = null;
let builtFor = -1;

/** Rebuilt when the configuration's extensions change (its extra speech verbs are cues too). */
export function peopleLexicon(): PeopleLexicon {
  if (cached === null || builtFor !== extensionsVersion()) {
    builtFor = extensionsVersion();
    cached = build();
  }
  return cached;
}

function build(): PeopleLexicon {
  const titles = loadData<TitlesFile>('titles');
  const stops = loadData<StopwordsFile>('name-stopwords');
  const cues = loadData<CuesFile>('person-cues');
  const lexicon = (nlp as unknown as { model(): { one: { lexicon: Lexicon } } }).model().one.lexicon;

  const forms = new Map<string, TitleForm[]>();
  const titleWords = new Set<string>();
  for (const entry of titles.titles) {
    for (const form of entry.forms) {
      const words = tokenize(form, 0).map((t) => t.text);
      const optionalDot = words.at(-1) === '.';
      if (optionalDot) words.pop();
      const key = words[0]!.toLowerCase();
      const list = forms.get(key) ?? [];
      list.push({ entry, words, lower: words.map((w) => w.toLowerCase()), optionalDot });
      forms.set(key, list);
      if (words.length === 1) titleWords.add(words[0]!.toLowerCase());
    }
  }
  for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length);

  const stopGroups = new Map<string, string>();
  for (const g of stops.groups) for (const w of g.words) if (!stopGroups.has(w.toLowerCase())) stopGroups.set(w.toLowerCase(), g.id);
  const suffixes = stops.commonSuffixes.endings;
  const verbs = new Map<string, { inverted: boolean }>();
  for (const v of cues.speechVerbs) for (const f of v.forms) verbs.set(f, { inverted: v.inverted });
  // A verb the configuration adds is a speech verb of quotes ("…," quipped X): either order.
  for (const f of extensions().speechVerbs ?? []) if (!verbs.has(f.toLowerCase())) verbs.set(f.toLowerCase(), { inverted: true });

  // Every word token is looked up as a title and a speech verb, and many in
  // the lexicon, several times over: each answer is a pure function of the
  // word, so it is remembered per word (see perWord), which saves lower-casing
  // the word and looking up the lower-cased copy each time.
  const lowerOf = (w: string): string => w.toLowerCase();
  const titleFormsOf = perWord((w) => forms.get(lowerOf(w)) ?? null);
  // matchTitle and speechVerb run on every word token and almost every answer
  // is null: the sieves say so without the Map lookup (see asciiKeySieve).
  const mayStartTitle = asciiKeySieve(forms.keys());
  const mayBeVerb = asciiKeySieve(verbs.keys());
  const verbOf = perWord((w) => verbs.get(lowerOf(w)) ?? null);

  const matchTitle = (toks: Tok[], i: number): TitleMatch | null => {
    const first = toks[i];
    if (!first?.word || !mayStartTitle(first.text)) return null;
    const candidates = titleFormsOf(first.text);
    if (candidates === null) return null;
    for (const form of candidates) {
      let j = i;
      let ok = true;
      for (let k = 0; k < form.words.length; k++) {
        const t = toks[j];
        const same = t && (form.entry.caseSensitive ? t.text === form.words[k] : lowerOf(t.text) === form.lower[k]);
        // Multi-word titles must be written as one phrase: no line or clause break inside.
        if (!same || (j > i && t.start - toks[j - 1]!.end > 1)) {
          ok = false;
          break;
        }
        j++;
      }
      if (!ok) continue;
      if (form.optionalDot && toks[j]?.text === '.' && toks[j]!.start === toks[j - 1]!.end) j++;
      return { entry: form.entry, end: j };
    }
    return null;
  };

  // The class depends only on the lexicon entry, and entries are few shared
  // strings (or tag arrays): classify each distinct entry once. Bounded by the lexicon.
  const classOfEntry = new Map<unknown, WordClass>();
  const classify = (tags: string | string[]): WordClass => {
    const list = Array.isArray(tags) ? tags : [tags];
    const has = (...names: string[]): boolean => list.some((t) => names.includes(t));
    if (has('FirstName', 'MaleName', 'FemaleName')) return 'first';
    if (has('LastName')) return 'last';
    if (has('Month', 'WeekDay', 'Date', 'Holiday', 'Duration')) return 'date';
    if (has('Demonym')) return 'demonym';
    if (has('Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam')) return 'place';
    return 'common';
  };
  const wordClass = perWord((word: string): WordClass => {
    const lower = lowerOf(word);
    // The lexicon spells names without accents: "María", "Martín" are looked up as "maria", "martin".
    // An ASCII word has no accents to fold, so its second lookup would be the first one again.
    const tags = lexicon[lower] ?? (isAscii(lower) ? undefined : lexicon[lower.normalize('NFD').replace(/\p{M}/gu, '')]);
    if (tags === undefined) return 'unknown';
    let cls = classOfEntry.get(tags);
    if (cls === undefined) {
      cls = classify(tags);
      classOfEntry.set(tags, cls);
    }
    return cls;
  });

  const mayStop = asciiKeySieve(stopGroups.keys());
  return {
    matchTitle,
    isTitleWord: caseless(titleWords),
    stopGroup: (w) => (mayStop(w) ? (stopGroups.get(lowerOf(w)) ?? null) : null),
    wordClass,
    isRoleModifier: exact(titles.roleModifiers.words),
    isPlaceHead: caseless(stops.placeHeads.words),
    isPlaceNoun: exact(stops.placeNouns.words),
    hasCommonSuffix: (w) => {
      const l = w.toLowerCase();
      return suffixes.some((s) => l.length > s.length + 2 && l.endsWith(s));
    },
    speechVerb: (w) => (mayBeVerb(w) ? verbOf(w) : null),
    isBetweenWord: caseless(cues.betweenNameAndVerb.words),
    isParticle: exact(cues.particles.words),
    isLocative: caseless(cues.locativePrepositions.words),
    garble: cues.garble,
  };
}

/** The id of the first title named in a role ("US Secretary of State" → "secretary-of-state"), or null. */
export function titleIdIn(role: string | null, lx: PeopleLexicon = peopleLexicon()): string | null {
  if (!role) return null;
  const toks = tokenize(role, 0);
  for (let i = 0; i < toks.length; i++) {
    const m = lx.matchTitle(toks, i);
    if (m) return m.entry.id;
  }
  return null;
}

/**
 * Membership in a word list, the word's case ignored. These run on most
 * capitalised tokens and almost always answer no: the sieve says so before
 * the word is lower-cased (a new string) and hashed.
 */
function caseless(list: Iterable<string>): (word: string) => boolean {
  const set = new Set<string>();
  for (const w of list) set.add(w.toLowerCase());
  const may = asciiKeySieve(set);
  return (w) => may(w) && set.has(w.toLowerCase());
}

/** Membership in a word list as written, with the same first test. */
function exact(list: Iterable<string>): (word: string) => boolean {
  const set = new Set(list);
  const may = exactKeySieve(set);
  return (w) => may(w) && set.has(w);
}

/** How many words a perWord memo holds before it starts afresh: a few articles' worth of distinct words. */
const MEMO_WORDS = 20000;

/**
 * Remembers a pure function of one word. Cleared when full, so it never
 * grows without bound however many articles a run reads.
 */
function perWord<V extends NonNullable<unknown> | null>(f: (word: string) => V): (word: string) => V {
  let memo = new Map<string, V>();
  return (word) => {
    let v = memo.get(word);
    if (v === undefined) {
      v = f(word);
      if (memo.size >= MEMO_WORDS) memo = new Map();
      memo.set(word, v);
    }
    return v;
  };
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 128) return false;
  return true;
}
