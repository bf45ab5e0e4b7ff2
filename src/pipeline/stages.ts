// The pipeline cut at its barriers, each piece a pure function of plain
// data, so the per-article pieces can run here, in worker threads, from a
// cache, or on other machines (`corpus-diff extract` / `compare --from`).
import { cleanDocument, templateKeys, type LineStats } from '../clean/clean.js';
import { compare } from '../compare/compare.js';
import { assignReferenceDates } from '../extract/dates/index.js';
import { draftArticle, finishArticle, renameSpeakers, type ArticleDraft } from '../extract/extract.js';
import { mergePeopleAcrossSources } from '../extract/people.js';
import { segment } from '../segment/segment.js';
import type { AnalyzeOptions, Document, Report, Skipped, Source } from '../types.js';
import { VERSION } from '../version.js';

export type { ArticleDraft, LineStats };

/** Barrier 1: in how many documents each template-like line occurs. */
export function lineStatistics(keysPerDocument: string[][]): LineStats {
  const df: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const keys of keysPerDocument) for (const key of new Set(keys)) df[key] = (df[key] ?? 0) + 1;
  return { documents: keysPerDocument.length, df };
}

/** The part of the statistics one document reads: its own keys. Keeps messages to workers small. */
export function statsFor(stats: LineStats, keys: string[]): LineStats {
  const df: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const key of keys) if (Object.hasOwn(stats.df, key)) df[key] = stats.df[key]!;
  return { documents: stats.documents, df };
}

/** The per-article work between the barriers: clean, segment, extract (dates read, not yet placed). */
export function processDocument(doc: Document, stats: LineStats): ArticleDraft {
  return draftArticle(segment(cleanDocument(doc, stats)));
}

export { templateKeys };

/** Barriers 2 and 3, then the comparison: reference dates, people across sources, facts. */
export function reduce(drafts: ArticleDraft[], options: AnalyzeOptions & { files?: number } = {}): Report {
  const references = assignReferenceDates(
    drafts.map((d) => d.evidence),
    options.referenceDate,
  );
  const sources = linkPeople(drafts.map((d, i) => finishArticle(d, references[i] ?? null)));
  const comparison = compare(sources);
  const skipped: Skipped[] = options.skipped ?? [];
  return {
    schemaVersion: 1,
    tool: { name: 'corpus-diff', version: options.toolVersion ?? VERSION },
    corpus: { inputs: options.inputs ?? [], files: options.files ?? drafts.length + skipped.length, skipped },
    sources: sources.map(({ fingerprint: _fingerprint, ...rest }) => rest),
    comparison,
  };
}

/** One name per individual across sources; quote speakers follow. */
export function linkPeople(sources: Source[]): Source[] {
  const merged = mergePeopleAcrossSources(sources.map((s) => s.people));
  return sources.map((s, i) => renameSpeakers(s, s.people, merged[i] ?? s.people));
}
