// The lexicons behind quote and speaker extraction, read once from data/ and
// turned into lookups. Everything matched here is lower-cased.
import { loadData } from '../data.js';
import { extensions, extensionsVersion } from '../extensions.js';
import { asciiKeySieve, exactKeySieve } from './people-strings.js';

interface VerbEntry {
  id: string;
  forms: string[];
  audience?: boolean;
  ambiguous?: boolean;
}
interface WordList {
  id: string;
  words: string[];
}
interface SpeechVerbFile {
  verbs: VerbEntry[];
  wordLists: WordList[];
}
export type RoleKind = 'person' | 'org' | 'document';
interface RoleEntry {
  id: string;
  kind: RoleKind;
  forms: string[];
}
interface TitleFile {
  titles: { id: string; forms: string[] }[];
  gender: Record<'strong' | 'weak', Record<Gender, string[]>>;
  abbreviations: { words: string[]; titles: string[] };
}

export interface SpeechVerb {
  id: string;
  audience: boolean;
  ambiguous: boolean;
}

/** A role noun as a token sequence; `plural` is true for every form after the first of a pair. */
export interface RoleForm {
  id: string;
  kind: RoleKind;
  tokens: string[];
  plural: boolean;
}

export interface Lexicon {
  verbs: Map<string, SpeechVerb>;
  /** False when a word is surely not a key of `verbs` (see exactKeySieve): most tokens are tested. */
  mayBeVerb: (word: string) => boolean;
  lists: Map<string, Set<string>>;
  /** Membership in each of `lists`, with the same first test. */
  listed: Map<string, (word: string) => boolean>;
  roles: RoleForm[];
  /** `roles` grouped by first token, then by last token, each group in the order of `roles` (longest first). */
  rolesByFirst: Map<string, RoleForm[]>;
  rolesByLast: Map<string, RoleForm[]>;
  titles: Set<string>;
  /** False when a word is surely not one of `titles` (see exactKeySieve). */
  mayBeTitle: (word: string) => boolean;
  abbreviations: Set<string>;
  /** False when a word's lower case is surely not one of `abbreviations` (see asciiKeySieve). */
  mayBeAbbreviation: (word: string) => boolean;
  /** Title and role words that tell a person's gender ("mrs", "spokeswoman"), by how far they can be trusted. */
  gender: Record<'strong' | 'weak', Map<string, Gender>>;
}

export type Gender = 'male' | 'female';

let cached: Lexicon | null = null;
let builtFor = -1;

export function lexicon(): Lexicon {
  if (cached && builtFor === extensionsVersion()) return cached;
  builtFor = extensionsVersion();
  const speech = loadData<SpeechVerbFile>('speech-verbs');
  const verbs = new Map<string, SpeechVerb>();
  for (const v of speech.verbs) {
    for (const f of v.forms) verbs.set(f, { id: v.id, audience: v.audience === true, ambiguous: v.ambiguous === true });
  }
  // Verbs the user's configuration adds ("speechVerbs"), as written forms.
  for (const f of extensions().speechVerbs ?? []) if (!verbs.has(f.toLowerCase())) verbs.set(f.toLowerCase(), { id: 'custom', audience: false, ambiguous: false });
  const lists = new Map(speech.wordLists.map((l) => [l.id, new Set(l.words)]));
  const listed = new Map<string, (word: string) => boolean>();
  for (const [id, set] of lists) {
    const may = exactKeySieve(set);
    listed.set(id, (w) => may(w) && set.has(w));
  }
  const roles: RoleForm[] = [];
  for (const r of loadData<{ roles: RoleEntry[] }>('roles').roles) {
    r.forms.forEach((f, i) => {
      // Forms come in singular/plural pairs except for orgs and documents, where number does not matter.
      roles.push({ id: r.id, kind: r.kind, tokens: f.toLowerCase().split(' '), plural: r.kind === 'person' && i % 2 === 1 });
    });
  }
  // Longest first, so "prime minister" wins over "minister".
  roles.sort((a, b) => b.tokens.length - a.tokens.length);
  // A role can match only where its first (or last) token is: speaker parsing
  // tries these few forms instead of every form at every word.
  const group = (pick: (r: RoleForm) => string): Map<string, RoleForm[]> => {
    const m = new Map<string, RoleForm[]>();
    for (const r of roles) {
      const key = pick(r);
      const list = m.get(key);
      if (list) list.push(r);
      else m.set(key, [r]);
    }
    return m;
  };
  const rolesByFirst = group((r) => r.tokens[0]!);
  const rolesByLast = group((r) => r.tokens[r.tokens.length - 1]!);
  const titleFile = loadData<TitleFile>('speaker-titles');
  const titles = new Set(titleFile.titles.flatMap((t) => t.forms));
  // Only abbreviated titles: a title written out may end a sentence ("…on the field.", "…of State.").
  const abbreviations = new Set([...titleFile.abbreviations.words, ...titleFile.abbreviations.titles]);
  const genderWords = (g: Record<Gender, string[]>): Map<string, Gender> =>
    new Map([...g.male.map((w): [string, Gender] => [w, 'male']), ...g.female.map((w): [string, Gender] => [w, 'female'])]);
  const gender = { strong: genderWords(titleFile.gender.strong), weak: genderWords(titleFile.gender.weak) };
  cached = { verbs, mayBeVerb: exactKeySieve(verbs.keys()), lists, listed, roles, rolesByFirst, rolesByLast, titles, mayBeTitle: exactKeySieve(titles), abbreviations, mayBeAbbreviation: asciiKeySieve(abbreviations), gender };
  return cached;
}

export function inList(list: string, word: string): boolean {
  return lexicon().listed.get(list)?.(word) === true;
}
