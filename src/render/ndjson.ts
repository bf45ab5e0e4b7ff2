import type { Report } from '../types.js';

/** One line per source, then one line with the comparison (and the corpus header), for stream tools. */
export function renderNdjson(report: Report): string {
  const lines = report.sources.map((source) => JSON.stringify({ type: 'source', ...source }));
  lines.push(
    JSON.stringify({
      type: 'comparison',
      schemaVersion: report.schemaVersion,
      tool: report.tool,
      corpus: report.corpus,
      ...report.comparison,
    }),
  );
  return `${lines.join('\n')}\n`;
}
