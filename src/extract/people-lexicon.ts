// The word knowledge name finding relies on: our reviewed data files
// (titles, stop-words, cues) plus the compromise lexicon, which knows first
// names, countries, cities, demonyms and common English words. A lexicon
// lookup costs nothing, unlike full tagging, so no paragraph is tagged here.
import nlp from 'compromise';
import { loadData } from '../data.js';
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

export function peopleLexicon(): PeopleLexicon {
  cached ??= build();
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
      list.push({ entry, words, optionalDot });
      forms.set(key, list);
      if (words.length === 1) titleWords.add(words[0]!.toLowerCase());
    }
  }
  for (const list of forms.values()) list.sort((a, b) => b.words.length - a.words.length);

  const stopGroups = new Map<string, string>();
  for (const g of stops.groups) for (const w of g.words) if (!stopGroups.has(w.toLowerCase())) stopGroups.set(w.toLowerCase(), g.id);
  const lower = (list: string[]): Set<string> => new Set(list.map((w) => w.toLowerCase()));
  const modifiers = new Set(titles.roleModifiers.words);
  const placeHeads = lower(stops.placeHeads.words);
  const placeNouns = new Set(stops.placeNouns.words);
  const suffixes = stops.commonSuffixes.endings;
  const verbs = new Map<string, { inverted: boolean }>();
  for (const v of cues.speechVerbs) for (const f of v.forms) verbs.set(f, { inverted: v.inverted });
  const between = lower(cues.betweenNameAndVerb.words);
  const particles = new Set(cues.particles.words);
  const locatives = lower(cues.locativePrepositions.words);

  const matchTitle = (toks: Tok[], i: number): TitleMatch | null => {
    const first = toks[i];
    if (!first?.word) return null;
    for (const form of forms.get(first.text.toLowerCase()) ?? []) {
      let j = i;
      let ok = true;
      for (const w of form.words) {
        const t = toks[j];
        const same = t && (form.entry.caseSensitive ? t.text === w : t.text.toLowerCase() === w.toLowerCase());
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

  const wordClass = (word: string): WordClass => {
    const lower = word.toLowerCase();
    // The lexicon spells names without accents: "María", "Martín" are looked up as "maria", "martin".
    const tags = lexicon[lower] ?? lexicon[lower.normalize('NFD').replace(/\p{M}/gu, '')];
    if (tags === undefined) return 'unknown';
    const list = Array.isArray(tags) ? tags : [tags];
    const has = (...names: string[]): boolean => list.some((t) => names.includes(t));
    if (has('FirstName', 'MaleName', 'FemaleName')) return 'first';
    if (has('LastName')) return 'last';
    if (has('Month', 'WeekDay', 'Date', 'Holiday', 'Duration')) return 'date';
    if (has('Demonym')) return 'demonym';
    if (has('Country', 'City', 'Region', 'Place', 'Organization', 'SportsTeam')) return 'place';
    return 'common';
  };

  return {
    matchTitle,
    isTitleWord: (w) => titleWords.has(w.toLowerCase()),
    stopGroup: (w) => stopGroups.get(w.toLowerCase()) ?? null,
    wordClass,
    isRoleModifier: (w) => modifiers.has(w),
    isPlaceHead: (w) => placeHeads.has(w.toLowerCase()),
    isPlaceNoun: (w) => placeNouns.has(w),
    hasCommonSuffix: (w) => {
      const l = w.toLowerCase();
      return suffixes.some((s) => l.length > s.length + 2 && l.endsWith(s));
    },
    speechVerb: (w) => verbs.get(w.toLowerCase()) ?? null,
    isBetweenWord: (w) => between.has(w.toLowerCase()),
    isParticle: (w) => particles.has(w),
    isLocative: (w) => locatives.has(w.toLowerCase()),
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
