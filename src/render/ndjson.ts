import type { Report } from '../types.js';
import { jsonText } from './json-text.js';

/** One line per source, then one line with the comparison (and the corpus header), for stream tools. */
export function renderNdjson(report: Report): string {
  const lines = report.sources.map((source) => jsonText({ type: 'source', ...source }));
  lines.push(
    jsonText({
      type: 'comparison',
      schemaVersion: report.schemaVersion,
      tool: report.tool,
      corpus: report.corpus,
      ...report.comparison,
    }),
  );
  return `${lines.join('\n')}\n`;
}
