import type { Report } from '../types.js';
import { buildView, type Cell, type Row, type SectionKey, type View } from './view.js';

/**
 * One self-contained HTML page: no script, no network, inline CSS and SVG.
 * Sources are columns, conflicts are highlighted, and figures get a small
 * bar chart per fact. Every string from an article goes through esc().
 */
export function renderHtml(report: Report, only?: readonly SectionKey[]): string {
  const view = buildView(report, only);
  const t = view.totals;
  const body: string[] = [];
  body.push(`<header><h1>corpus-diff report</h1><p class="totals">${view.sources.length} sources · ${t.facts} facts · <span class="c">${t.conflicts} conflicts</span> · <span class="a">${t.agree} agree</span> · ${t.single} single-source</p></header>`);
  body.push(sourcesTable(view));
  if (view.sameOrigin.length) {
    body.push('<section><h2>Same origin</h2><ul>');
    for (const o of view.sameOrigin) body.push(`<li>${o.sources.map((s) => `<code>${esc(s)}</code>`).join(' ≈ ')} — similarity ${o.similarity.toFixed(2)}</li>`);
    body.push('</ul><p class="note">Copies of one original: their agreement is not independent confirmation.</p></section>');
  }
  if (view.skipped.length) {
    body.push('<section><h2>Skipped files</h2><ul>');
    for (const k of view.skipped) body.push(`<li><code>${esc(k.path)}</code>: ${esc(k.reason)} (${esc(k.message)})</li>`);
    body.push('</ul></section>');
  }
  for (const section of view.sections) {
    if (!section.rows.length) continue;
    body.push(`<section id="${section.key}"><h2>${esc(section.title)} <small>(${section.rows.length})</small></h2>`);
    body.push(`<table class="facts"><thead><tr><th>${section.key === 'quotes' ? 'Speaker / quote' : 'Fact'}</th>${view.sources.map((s) => `<th title="${esc(s.title)}">${esc(s.short)}</th>`).join('')}</tr></thead><tbody>`);
    let group: string | undefined;
    for (const row of section.rows) {
      if (row.group !== undefined && row.group !== group) {
        group = row.group;
        body.push(`<tr class="group"><th colspan="${view.sources.length + 1}">${esc(group)}</th></tr>`);
      }
      body.push(rowHtml(row, section.key, view));
    }
    body.push('</tbody></table></section>');
  }
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>corpus-diff report</title>
<style>${CSS}</style>
</head>
<body>
${body.join('\n')}
<footer>${esc(report.tool.name)} ${esc(report.tool.version)} · schema ${report.schemaVersion}</footer>
</body>
</html>
`;
}

function sourcesTable(view: View): string {
  const rows = view.sources.map(
    (s) =>
      `<tr><td><code>${esc(s.short)}</code></td><td>${esc(s.title)}</td><td>${esc(s.outlet ?? '')}</td><td>${esc(s.publishedAt ?? '')}</td><td class="n">${s.words}</td><td class="n">${s.removed}</td></tr>`,
  );
  return `<section id="sources"><h2>Sources</h2><table class="sources"><thead><tr><th>Id</th><th>Title</th><th>Outlet</th><th>Date</th><th>Words</th><th>Removed lines</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

function rowHtml(row: Row, section: SectionKey, view: View): string {
  const cls = row.status === 'conflict' ? 'conflict' : row.status === 'agree' ? 'agree' : '';
  const mark = row.status === 'conflict' ? '✗ ' : row.status === 'agree' ? '✓ ' : '';
  const chart = section !== 'omissions' ? barChart(row, view) : '';
  const cells = row.cells.map((c) => cellHtml(c, row)).join('');
  return `<tr class="${cls}"><th scope="row">${mark}${esc(row.label)}${chart}</th>${cells}</tr>`;
}

function cellHtml(cell: Cell | null, row: Row): string {
  if (row.status === 'omission') return cell ? '<td class="omits">omits</td>' : '<td></td>';
  if (!cell) return '<td class="none">—</td>';
  const where = cell.lines.length ? `<span class="where">line ${cell.lines.join(', ')}</span>` : '';
  return `<td>${esc(cell.text)}${where}</td>`;
}

/** A small horizontal bar per source for rows whose cells carry numbers. */
function barChart(row: Row, view: View): string {
  const bars = row.cells
    .map((c, i) => ({ i, value: c?.number }))
    .filter((b): b is { i: number; value: number } => typeof b.value === 'number' && Number.isFinite(b.value) && b.value > 0);
  if (bars.length < 2) return '';
  const max = Math.max(...bars.map((b) => b.value));
  const h = 12;
  const parts = bars.map((b, k) => {
    const w = Math.max(2, Math.round((b.value / max) * 150));
    const y = k * (h + 3);
    const label = `${view.sources[b.i]!.short}: ${b.value.toLocaleString('en-US')}`;
    return `<rect x="0" y="${y}" width="${w}" height="${h}"></rect><text x="${w + 4}" y="${y + 10}">${esc(label)}</text>`;
  });
  const height = bars.length * (h + 3);
  return `<svg class="chart" role="img" aria-label="figures by source" width="300" height="${height}" viewBox="0 0 300 ${height}">${parts.join('')}</svg>`;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for element content and quoted attributes alike. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]!);
}

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;margin:1.5rem;color:#1d1d1f;background:#fff}
h1{margin:0 0 .2rem;font-size:1.5rem}h2{margin:1.6rem 0 .5rem;font-size:1.15rem}h2 small{color:#777;font-weight:normal}
.totals .c{color:#b3261e;font-weight:600}.totals .a{color:#1b7a3a}
table{border-collapse:collapse;width:100%;margin:.3rem 0}th,td{border:1px solid #ddd;padding:.35rem .5rem;vertical-align:top;text-align:left}
thead th{background:#f5f5f7;position:sticky;top:0}td.n{text-align:right}
tr.conflict th,tr.conflict td{background:#fdecea}tr.conflict th{color:#b3261e}
tr.agree th{color:#1b7a3a}tr.group th{background:#fafafa;font-weight:600}
td.none{color:#aaa;text-align:center}td.omits{background:#fff4d6;color:#8a5a00;text-align:center}
.where{display:block;color:#888;font-size:.8em}.note{color:#666;font-size:.9em}
svg.chart{display:block;margin-top:.3rem}svg.chart rect{fill:#5b8def}svg.chart text{font-size:10px;fill:#333}
footer{margin-top:2rem;color:#888;font-size:.85em}code{font-size:.95em}
`;
