import type { Report } from '../types.js';
import { buildView, type Cell, type Row, type SectionKey } from './view.js';

/** GitHub-flavoured Markdown: a table of sources, then one table per kind, sources as columns. Pure. */
export function renderMarkdown(report: Report, only?: readonly SectionKey[]): string {
  const view = buildView(report, only);
  const out: string[] = ['# corpus-diff report', ''];
  const t = view.totals;
  out.push(`${view.sources.length} sources · ${t.facts} facts · **${t.conflicts} conflicts** · ${t.agree} agree · ${t.single} single-source`, '');
  out.push('| Source | Title | Outlet | Words | Removed lines |', '| --- | --- | --- | ---: | ---: |');
  for (const s of view.sources) out.push(`| \`${esc(s.short)}\` | ${esc(s.title)} | ${esc(s.outlet ?? '')} | ${s.words} | ${s.removed} |`);
  if (view.sameOrigin.length) {
    out.push('', '**Same origin:**');
    for (const o of view.sameOrigin) out.push(`- ${o.sources.map((s) => `\`${esc(s)}\``).join(' ≈ ')} (similarity ${o.similarity.toFixed(2)})`);
  }
  if (view.skipped.length) {
    out.push('', '**Skipped:**');
    for (const k of view.skipped) out.push(`- \`${esc(k.path)}\`: ${k.reason} (${esc(k.message)})`);
  }
  for (const section of view.sections) {
    if (!section.rows.length) continue;
    out.push('', `## ${section.title}`, '');
    const quoteTable = section.key === 'quotes';
    out.push(`| ${quoteTable ? 'Speaker | ' : ''}Fact | ${view.sources.map((s) => `\`${esc(s.short)}\``).join(' | ')} |`);
    out.push(`| ${quoteTable ? '--- | ' : ''}--- | ${view.sources.map(() => '---').join(' | ')} |`);
    for (const row of section.rows) {
      const cells = row.cells.map((c) => cell(c, row));
      out.push(`| ${quoteTable ? `${esc(row.group ?? '')} | ` : ''}${label(row)} | ${cells.join(' | ')} |`);
    }
  }
  return `${out.join('\n')}\n`;
}

function label(row: Row): string {
  const text = esc(row.label);
  if (row.status === 'conflict') return `⚠️ **${text}**`;
  if (row.status === 'agree') return `✅ ${text}`;
  return text;
}

function cell(c: Cell | null, row: Row): string {
  if (row.status === 'omission') return c ? '**omits**' : '';
  if (!c) return '—';
  const text = esc(c.text);
  return row.status === 'conflict' ? `**${text}**` : text;
}

/** Article text is untrusted: neutralise Markdown and HTML so a cell stays a cell and shows as text. */
export function esc(text: string): string {
  return text
    .replace(/[\\`*_[\]|<>~]/g, (ch) => `\\${ch}`)
    .replace(/&/g, '&amp;')
    .replace(/\r?\n/g, ' ');
}
