import type { AnalyzeOptions, Document, Report } from './types.js';

/** The whole pipeline between load and render, with no I/O. STUB: being written. */
export function analyze(_documents: Document[], options: AnalyzeOptions = {}): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'corpus-diff', version: options.toolVersion ?? '0.0.0' },
    corpus: { inputs: options.inputs ?? [], files: 0, skipped: options.skipped ?? [] },
    sources: [],
    comparison: { facts: [], sameOrigin: [] },
  };
}
