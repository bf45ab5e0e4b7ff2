import type { Finding } from '../check/rules.js';

export function renderFindingsJson(findings: Finding[], rules: string[]): string {
  return `${JSON.stringify({ rules, findings, count: findings.length }, null, 2)}\n`;
}
