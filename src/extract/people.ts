// People named in an article, and the same people across articles. Names are
// found from general cues (titles, speech verbs, the compromise lexicon's first
// names and surnames), never from a list of known people; see people-*.ts.
import type { Person, Segmented } from '../types.js';
import { linkAcrossSources } from './people-across.js';
import { findMentions } from './people-candidates.js';
import { clusterMentions } from './people-cluster.js';
import { peopleLexicon } from './people-lexicon.js';
import { keyWords } from './people-names.js';
import { fold, garbleDistance } from './people-strings.js';
import { isCapWord, stripPossessive, tokenize } from './people-tokens.js';

/** Every person named in the body: titles stripped, mentions (garbles included) merged. */
export function extractPeople(seg: Segmented): Person[] {
  const lx = peopleLexicon();
  const paragraphs = seg.paragraphs.map((p) => findMentions(p.text, p.start, lx));
  return clusterMentions(paragraphs, lx);
}

/** The same individual gets the same canonical name in every source; arrays come back in the same order. */
export function mergePeopleAcrossSources(perSource: Person[][]): Person[][] {
  return linkAcrossSources(perSource, peopleLexicon());
}

/** What resolvePerson needs of one spelling (a person's name, one of its mentions, or a speaker's words). */
interface FormKeys {
  words: string[];
  /** fold() of the name words joined by spaces. */
  folded: string;
  /** The last key word (the surname), or undefined when there is none. */
  surname: string | undefined;
  /** fold(surname ?? ''). */
  foldedSurname: string;
}

/**
 * resolvePerson runs for every quote and sentence subject of an article,
 * against the same people and their same few spellings, and the articles of
 * one event name the same people. The keys are a pure function of the string
 * (and of the fixed people lexicon), so they are computed once per string.
 * The memo starts afresh when full, so memory stays bounded however many
 * articles a run reads.
 */
let memoForms = new Map<string, FormKeys>();
const MEMO_FORMS = 5000;

function formKeysOf(form: string): FormKeys {
  let k = memoForms.get(form);
  if (k === undefined) {
    const words = nameWordsOf(form);
    const surname = keyWords(words).at(-1);
    k = { words, folded: fold(words.join(' ')), surname, foldedSurname: fold(surname ?? '') };
    if (memoForms.size >= MEMO_FORMS) memoForms = new Map();
    memoForms.set(form, k);
  }
  return k;
}

/**
 * The person a quote's speaker words point at ("Mr. Okafor", a garble such as "Marking" for "Marken"), or
 * null for a role or institution ("the White House", "senior administration
 * official"): roles stay roles.
 */
export function resolvePerson(name: string, people: Person[]): Person | null {
  const keys = formKeysOf;
  const { words, folded: wanted } = keys(name);
  if (words.length === 0) return null;
  const exact = people.find((p) => keys(p.name).folded === wanted || p.mentions.some((f) => keys(f).folded === wanted));
  if (exact) return exact;
  const last = words.at(-1)!;
  const foldedLast = fold(last);
  const bySurname = people.filter((p) => keys(p.name).foldedSurname === foldedLast || p.mentions.some((f) => keys(f).foldedSurname === foldedLast));
  if (bySurname.length > 0) {
    const first = words.length >= 2 ? fold(words[0]!) : null;
    return bySurname.find((p) => first !== null && fold(p.name).startsWith(first)) ?? bySurname[0]!;
  }
  const lx = peopleLexicon();
  let best: Person | null = null;
  let bestD = Infinity;
  let tie = false;
  for (const p of people) {
    for (let i = -1; i < p.mentions.length; i++) {
      const s = keys(i < 0 ? p.name : p.mentions[i]!).surname;
      const d = s === undefined ? null : garbleDistance(last, s, lx.garble);
      if (d === null || d > bestD) continue;
      if (d === bestD && best !== p) tie = true;
      if (d < bestD) tie = false;
      best = p;
      bestD = d;
    }
  }
  return tie ? null : best;
}

/** The capitalised words after the last title: "the Rep. Daniel McKay" → ["Daniel", "McKay"]. */
function nameWordsOf(text: string): string[] {
  const lx = peopleLexicon();
  const toks = tokenize(text, 0);
  let from = 0;
  for (let i = 0; i < toks.length; i++) {
    const m = lx.matchTitle(toks, i);
    if (m) from = m.end;
  }
  const words: string[] = [];
  for (let i = from; i < toks.length; i++) {
    const t = toks[i]!;
    if (!t.word) continue;
    if (!isCapWord(t) && !lx.isParticle(t.text)) return [];
    if (lx.stopGroup(t.text) || lx.isTitleWord(t.text)) return [];
    words.push(stripPossessive(t.text));
  }
  return words;
}
