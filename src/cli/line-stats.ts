import type { Loaded } from '../corpus/load.js';
import { lineStatistics, templateKeys } from '../pipeline/stages.js';
import { VERSION } from '../version.js';
import { jsonText } from '../render/json-text.js';

/** `corpus-diff line-stats`: the batch's template-line statistics, one JSON object. */
export function lineStatsJson(loaded: Loaded): string {
  return `${jsonText({ type: 'line-stats', tool: VERSION, ...lineStatistics(loaded.documents.map(templateKeys)) })}\n`;
}
