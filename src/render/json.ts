import type { Report } from '../types.js';

/** The report of DESIGN.md (schemaVersion 1), and nothing else. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
