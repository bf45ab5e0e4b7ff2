import type { Claim, Draft, Person, QuoteClaim, ReferenceDate, Segmented, Source } from '../types.js';
import { contentWords } from '../util/words.js';
import { extractDates } from './dates/index.js';
import { extractPeople, resolvePerson } from './people.js';
import { extractQuantities } from './quantities.js';
import { extractQuotes } from './quotes.js';

const ID_PREFIX = { quantity: 'n', date: 'd', quote: 'q' } as const;

/** The per-article half of the pipeline: a segmented article → a Source with claims and people. Pure. */
export function extractSource(seg: Segmented, reference: ReferenceDate | null): Source {
  const { clean } = seg;
  const people = extractPeople(seg);
  const drafts: Draft<Claim>[] = [
    ...extractQuantities(seg),
    ...extractDates(seg, reference),
    ...extractQuotes(seg).map(({ speakerName, ...quote }): Draft<QuoteClaim> => ({
      ...quote,
      speaker: speakerName === null ? null : (resolvePerson(speakerName, people)?.name ?? speakerName),
    })),
  ];
  drafts.sort((a, b) => a.offset - b.offset || a.kind.localeCompare(b.kind));
  const counters = { quantity: 0, date: 0, quote: 0 };
  const claims = drafts.map((draft) => {
    const { line, column } = seg.position(draft.offset);
    return { id: `${ID_PREFIX[draft.kind]}${++counters[draft.kind]}`, line, column, ...draft } as Claim;
  });
  const words = seg.paragraphs.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  return {
    id: clean.doc.id,
    path: clean.doc.path,
    title: clean.title?.text ?? null,
    titleLine: clean.title?.line ?? null,
    publishedAt: reference?.date ?? null,
    publishedAtBasis: reference?.basis ?? null,
    byline: clean.byline,
    outlet: clean.outlet,
    format: clean.doc.format,
    metadata: clean.metadata ?? [],
    stats: { lines: clean.lines.length, words },
    removed: clean.removed,
    warnings: [...clean.doc.warnings, ...clean.notes],
    claims,
    people,
    fingerprint: seg.paragraphs.map((p) => [...new Set(contentWords(p.text).map(hash))]),
  };
}

/** Renames quote speakers after people were merged across sources (same order of people). */
export function renameSpeakers(source: Source, before: Person[], after: Person[]): Source {
  const renamed = new Map<string, string>();
  before.forEach((p, i) => {
    const next = after[i];
    if (next && next.name !== p.name) renamed.set(p.name, next.name);
  });
  const claims = source.claims.map((c) =>
    c.kind === 'quote' && c.speaker !== null && renamed.has(c.speaker) ? { ...c, speaker: renamed.get(c.speaker)! } : c,
  );
  return { ...source, claims, people: after };
}

/** FNV-1a, 32 bit: a compact stand-in for a word in fingerprints. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) {
    h ^= word.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}
