import { cleanCorpus } from '../clean/clean.js';
import type { Loaded } from '../corpus/load.js';
import { assignReferenceDates, dateEvidence } from '../extract/dates/index.js';
import { extractSource } from '../extract/extract.js';
import { segment } from '../segment/segment.js';

/** `corpus-diff extract`: one JSON object per article per line, fingerprint included for a later compare. */
export function extractLines(loaded: Loaded, referenceDate?: string): string {
  const segmented = cleanCorpus(loaded.documents).map(segment);
  const references = assignReferenceDates(segmented.map(dateEvidence), referenceDate);
  const lines = segmented.map((seg, i) => JSON.stringify({ type: 'source', ...extractSource(seg, references[i] ?? null) }));
  for (const s of loaded.skipped) lines.push(JSON.stringify({ type: 'skipped', ...s }));
  return lines.length ? `${lines.join('\n')}\n` : '';
}
