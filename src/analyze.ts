import { lineStatistics, processDocument, reduce, statsFor, templateKeys } from './pipeline/stages.js';
import type { AnalyzeOptions, Document, Report } from './types.js';
import { setExtensions } from './extensions.js';

/**
 * The whole pipeline between load and render, in this thread and with no
 * I/O: per-article stages with their barriers (cross-document line
 * statistics, reference dates, people across sources), then the comparison.
 * pipeline/run.ts runs the same stages across worker threads and a cache.
 */
export function analyze(documents: Document[], options: AnalyzeOptions = {}): Report {
  setExtensions(options.extensions);
  const keys = documents.map(templateKeys);
  const stats = lineStatistics(keys);
  const drafts = documents.map((doc, i) => processDocument(doc, statsFor(stats, keys[i]!)));
  return reduce(drafts, { ...options, files: documents.length + (options.skipped?.length ?? 0) });
}
