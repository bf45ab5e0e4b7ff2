import type { Report } from '../types.js';
import { jsonText } from './json-text.js';

/** The report of DESIGN.md (schemaVersion 1), and nothing else. */
export function renderJson(report: Report): string {
  return `${jsonText(report, 2)}\n`;
}
