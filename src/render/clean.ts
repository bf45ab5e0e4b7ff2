import type { CleanDocument } from '../types.js';
import { sanitize } from './sanitize.js';
import { jsonText } from './json-text.js';

export interface CleanRenderOptions {
  explain: boolean;
  format: 'text' | 'json';
}

/** `corpus-diff clean`: the cleaned body (title, then kept paragraphs), and with --explain what went and why. Pure. */
export function renderClean(docs: CleanDocument[], options: CleanRenderOptions): string {
  if (options.format === 'json') {
    const data = docs.map((d) => ({
      id: d.doc.id,
      path: d.doc.path,
      title: d.title,
      byline: d.byline,
      outlet: d.outlet,
      publishedAt: d.publishedAt,
      notes: d.notes,
      text: bodyOf(d),
      ...(options.explain ? { removed: d.removed, counts: countByRule(d) } : {}),
    }));
    return `${jsonText(data, 2)}\n`;
  }
  const out: string[] = [];
  for (const d of docs) {
    if (docs.length > 1) out.push(`==> ${sanitize(d.doc.path)} <==`);
    out.push(sanitize(bodyOf(d)));
    if (options.explain) {
      out.push('', `-- removed ${d.removed.length} line(s) from ${sanitize(d.doc.path)}:`);
      for (const r of d.removed) {
        const evidence = r.evidence ? `  (${sanitize(r.evidence)})` : '';
        out.push(`  L${String(r.line).padEnd(4)} ${r.reason.padEnd(20)} ${sanitize(r.text).slice(0, 100)}${evidence}`);
      }
      const counts = Object.entries(countByRule(d)).map(([rule, n]) => `${rule} ${n}`);
      if (counts.length) out.push(`-- per rule: ${counts.join(', ')}`);
      for (const n of d.notes) out.push(`-- note: ${sanitize(n)}`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function bodyOf(d: CleanDocument): string {
  const parts = d.title ? [d.title.text] : [];
  for (const p of d.paragraphs) parts.push(p.text);
  return parts.join('\n\n');
}

function countByRule(d: CleanDocument): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const r of d.removed) counts[r.reason] = (counts[r.reason] ?? 0) + 1;
  return counts;
}
