import { cleanCorpus } from './clean/clean.js';
import { compare } from './compare/compare.js';
import { assignReferenceDates, dateEvidence } from './extract/dates/index.js';
import { extractSource, renameSpeakers } from './extract/extract.js';
import { mergePeopleAcrossSources } from './extract/people.js';
import { segment } from './segment/segment.js';
import type { AnalyzeOptions, Document, Report, Source } from './types.js';
import { VERSION } from './version.js';

/**
 * The whole pipeline between load and render, with no I/O: per-article
 * stages, the barriers (cross-document line statistics in clean, reference
 * dates, people across sources), then the comparison.
 */
export function analyze(documents: Document[], options: AnalyzeOptions = {}): Report {
  const segmented = cleanCorpus(documents).map(segment);
  const references = assignReferenceDates(segmented.map(dateEvidence), options.referenceDate);
  const extracted = segmented.map((seg, i) => extractSource(seg, references[i] ?? null));
  const sources = linkPeople(extracted);
  const comparison = compare(sources);
  return {
    schemaVersion: 1,
    tool: { name: 'corpus-diff', version: options.toolVersion ?? VERSION },
    corpus: { inputs: options.inputs ?? [], files: documents.length + (options.skipped?.length ?? 0), skipped: options.skipped ?? [] },
    sources: sources.map(({ fingerprint: _fingerprint, ...rest }) => rest),
    comparison,
  };
}

/** One name per individual across sources; quote speakers follow. */
export function linkPeople(sources: Source[]): Source[] {
  const merged = mergePeopleAcrossSources(sources.map((s) => s.people));
  return sources.map((s, i) => renameSpeakers(s, s.people, merged[i] ?? s.people));
}
