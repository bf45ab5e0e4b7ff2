import type { Finding } from '../check/rules.js';
import { jsonText } from './json-text.js';

export function renderFindingsJson(findings: Finding[], rules: string[]): string {
  return `${jsonText({ rules, findings, count: findings.length }, 2)}\n`;
}
