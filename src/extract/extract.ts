import type { Claim, Draft, Person, QuantityClaim, QuoteClaim, ReferenceDate, Segmented, Source } from '../types.js';
import { contentWords } from '../util/words.js';
import { dateEvidence, pendingDates, resolvePending, type DateEvidence, type PendingDate } from './dates/index.js';
import { extractPeople, resolvePerson } from './people.js';
import { extractQuantities } from './quantities.js';
import { extractQuotes } from './quotes.js';

const ID_PREFIX = { quantity: 'n', date: 'd', quote: 'q' } as const;

type Placed<T> = T & { line: number; column: number };

/**
 * Everything one article yields before the batch's reference dates are
 * known: the Source without its dates, the dates read but not yet placed,
 * and the evidence of when it was written. Plain JSON: this is what worker
 * threads return, what the cache stores and what `corpus-diff extract` prints.
 */
export interface ArticleDraft {
  source: Omit<Source, 'claims' | 'publishedAt' | 'publishedAtBasis'>;
  claims: Placed<Draft<QuantityClaim> | Draft<QuoteClaim>>[];
  dates: Placed<PendingDate>[];
  evidence: DateEvidence;
}

/** The per-article half of the pipeline, up to the reference-date barrier. Pure. */
export function draftArticle(seg: Segmented): ArticleDraft {
  const { clean } = seg;
  const people = extractPeople(seg);
  // Each claim is copied once, with its line and column written out: the
  // same keys in the same order as spreading the claim and then its position.
  const place = <T extends { offset: number }>(d: T): Placed<T> => {
    const at = seg.position(d.offset);
    return { ...d, line: at.line, column: at.column };
  };
  const claims: ArticleDraft['claims'] = [];
  const quantities = extractQuantities(seg).map(place);
  const quotes: Placed<Draft<QuoteClaim>>[] = [];
  for (const { speakerName, ...quote } of extractQuotes(seg, people)) {
    const at = seg.position(quote.offset);
    const speaker = speakerName === null ? null : (resolvePerson(speakerName, people)?.name ?? speakerName);
    quotes.push({ ...quote, speaker, line: at.line, column: at.column });
  }
  claims.push(...creditQuotedFigures(quantities, quotes), ...quotes);
  const words = seg.paragraphs.reduce((n, p) => n + p.sentences.reduce((m, s) => m + s.words.length, 0), 0);
  return {
    source: {
      id: clean.doc.id,
      path: clean.doc.path,
      title: clean.title?.text ?? null,
      titleLine: clean.title?.line ?? null,
      byline: clean.byline,
      outlet: clean.outlet,
      format: clean.doc.format,
      metadata: clean.metadata ?? [],
      stats: { lines: clean.lines.length, words },
      removed: clean.removed,
      warnings: [...clean.doc.warnings, ...clean.notes],
      people,
      fingerprint: seg.paragraphs.map((p) => fingerprintOf(p.text)),
    },
    claims,
    dates: pendingDates(seg).map(place),
    evidence: dateEvidence(seg),
  };
}

/** Places the article's dates against its reference date and numbers every claim. Pure. */
export function finishArticle(draft: ArticleDraft, reference: ReferenceDate | null): Source {
  const dates = resolvePending(draft.dates, reference).map((d, i) => ({ ...d, line: draft.dates[i]!.line, column: draft.dates[i]!.column }));
  const all: Placed<Draft<Claim>>[] = [...draft.claims, ...dates];
  all.sort((a, b) => a.offset - b.offset || a.kind.localeCompare(b.kind));
  const counters = { quantity: 0, date: 0, quote: 0 };
  const claims = all.map((c) => {
    const { line, column, ...rest } = c;
    return { id: `${ID_PREFIX[c.kind]}${++counters[c.kind]}`, line, column, ...rest } as Claim;
  });
  const { fingerprint, ...source } = draft.source;
  return {
    ...source,
    publishedAt: reference?.date ?? null,
    publishedAtBasis: reference?.basis ?? null,
    claims,
    fingerprint,
  };
}

/** Both halves at once, for one article whose reference date is already known. */
export function extractSource(seg: Segmented, reference: ReferenceDate | null): Source {
  return finishArticle(draftArticle(seg), reference);
}

/**
 * A figure inside a direct quote is the speaker's claim ("“We have moved
 * 27 patients,” the minister said"): when its own sentence names no
 * source, it is credited to the quote's speaker.
 */
function creditQuotedFigures<Q extends { offset: number; attributedTo: string | null }>(
  quantities: Q[],
  quotes: readonly { offset: number; text: string; speaker: string | null }[],
): Q[] {
  return quantities.map((q) => {
    if (q.attributedTo !== null) return q;
    const quote = quotes.find((u) => u.speaker !== null && u.offset <= q.offset && q.offset < u.offset + u.text.length);
    return quote ? { ...q, attributedTo: quote.speaker } : q;
  });
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

/**
 * The distinct hashes of a paragraph's content words in first-seen order:
 * what [...new Set(contentWords(text).map(hash))] gives, without the two
 * throwaway arrays.
 */
function fingerprintOf(text: string): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (const word of contentWords(text)) {
    const h = hash(word);
    if (seen.has(h)) continue;
    seen.add(h);
    out.push(h);
  }
  return out;
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
