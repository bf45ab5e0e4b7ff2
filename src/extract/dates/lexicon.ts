// The calendar lexicon of data/dates.json, indexed for lookup by lower-case word.
import { loadData } from '../../data.js';

interface Form {
  id: string;
  n: number;
  forms: string[];
  ambiguous?: boolean;
}
interface Season {
  id: string;
  start: number;
  needsContext?: boolean;
}
interface DatesData {
  months: Form[];
  weekdays: Form[];
  seasons: Season[];
  monthLeadWords: { words: string[] };
  partOfPeriod: { words: string[]; phrases: string[] };
  dayParts: string[];
  vaguePhrases: { phrases: string[] };
  futureCues: { auxiliaries: string[]; words: string[] };
  pastCues: { words: string[] };
  clauseBreaks: { words: string[] };
  seasonContextWords: { words: string[] };
  publicationLineWords: { published: string[]; updated: string[] };
}

const data = loadData<DatesData>('dates');

function index(list: Form[]): Map<string, { n: number; ambiguous: boolean }> {
  const map = new Map<string, { n: number; ambiguous: boolean }>();
  for (const f of list) for (const form of f.forms) map.set(form.replace(/\.$/, ''), { n: f.n, ambiguous: f.ambiguous === true });
  return map;
}

export const MONTHS = index(data.months);
/** Abbreviations count only when written with their dot ("Dec."), so "Mar" or "Jun" in names do not. */
export const MONTH_ABBREVIATIONS = new Set(data.months.flatMap((m) => m.forms.filter((f) => f.endsWith('.')).map((f) => f.slice(0, -1))));
export const WEEKDAYS = index(data.weekdays);
export const SEASONS = new Map(data.seasons.map((s) => [s.id, s]));
export const MONTH_LEAD = new Set(data.monthLeadWords.words);
export const PART_WORDS = new Set(data.partOfPeriod.words);
export const PART_PHRASES = data.partOfPeriod.phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
export const DAY_PARTS = new Set(data.dayParts);
export const VAGUE_PHRASES = data.vaguePhrases.phrases.map((p) => p.split(' ')).sort((a, b) => b.length - a.length);
export const FUTURE_AUX = new Set(data.futureCues.auxiliaries);
export const FUTURE_WORDS = new Set(data.futureCues.words);
export const PAST_WORDS = new Set(data.pastCues.words);
export const CLAUSE_BREAKS = new Set(data.clauseBreaks.words);
export const SEASON_LEAD = new Set(data.seasonContextWords.words);
export const PUBLISHED_WORDS = new Set(data.publicationLineWords.published);
export const UPDATED_WORDS = new Set(data.publicationLineWords.updated);
