import type { Finding } from '../check/rules.js';
import { oneLine } from './sanitize.js';

/** `path:line:column  severity  rule  message`, then a count; the compiler-style lines editors understand. */
export function renderFindingsText(findings: Finding[]): string {
  const lines = findings.map((f) => {
    const where = f.line === null ? oneLine(f.path) : `${oneLine(f.path)}:${f.line}:${f.column ?? 1}`;
    const also = (f.places ?? []).slice(1).map((p) => `${oneLine(p.path)}:${p.line}:${p.column}`);
    return `${where}  ${f.severity}  ${f.rule}  ${oneLine(f.message)}${also.length ? `\n    also at ${also.join(', ')}` : ''}`;
  });
  const errors = findings.filter((f) => f.severity === 'error').length;
  lines.push(findings.length ? `${findings.length} finding(s): ${errors} error(s), ${findings.length - errors} warning(s)` : 'no findings');
  return `${lines.join('\n')}\n`;
}
