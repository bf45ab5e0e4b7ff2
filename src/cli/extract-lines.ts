import type { Loaded } from '../corpus/load.js';
import { lineStatistics, processDocument, statsFor, templateKeys, type LineStats } from '../pipeline/stages.js';
import { VERSION } from '../version.js';

/**
 * `corpus-diff extract`: one JSON line per article — the per-article half of
 * the pipeline, dates read but not yet placed (`compare --from` does the
 * rest) — then one line per skipped file. Line statistics come from these
 * articles unless the batch's are given (`line-stats`), so shards of one
 * batch clean exactly as a single run would.
 */
export function extractLines(loaded: Loaded, batchStats?: LineStats): string {
  const keys = loaded.documents.map(templateKeys);
  const stats = batchStats ?? lineStatistics(keys);
  const lines = loaded.documents.map((doc, i) =>
    JSON.stringify({ type: 'article', tool: VERSION, stem: doc.stem ?? doc.id, ...processDocument(doc, statsFor(stats, keys[i]!)) }),
  );
  for (const s of loaded.skipped) lines.push(JSON.stringify({ type: 'skipped', ...s }));
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** `corpus-diff line-stats`: the batch's template-line statistics, one JSON object. */
export function lineStatsJson(loaded: Loaded): string {
  return `${JSON.stringify({ type: 'line-stats', tool: VERSION, ...lineStatistics(loaded.documents.map(templateKeys)) })}\n`;
}
