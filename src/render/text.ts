import { Chalk, type ChalkInstance } from 'chalk';
import stringWidth from 'string-width';
import wrapAnsi from 'wrap-ansi';
import type { Report } from '../types.js';
import { buildView, type Cell, type Row, type SectionKey, type View } from './view.js';

export interface TextOptions {
  /** Total width in columns. */
  width?: number;
  color?: boolean;
  /** Show the line numbers each cell comes from. */
  provenance?: boolean;
  /** Sections to show (default: all). */
  only?: readonly SectionKey[];
}

const MIN_COLUMN = 14;
const DASH = '—';

/** The side-by-side terminal view: one column per source, rows grouped by kind. Pure. */
export function renderText(report: Report, options: TextOptions = {}): string {
  const width = Math.max(40, options.width ?? 100);
  const c = new Chalk({ level: options.color ? 1 : 0 });
  const view = buildView(report, options.only);
  const out: string[] = [];
  out.push(...wrap(c.bold(`corpus-diff: ${view.sources.length} sources, ${view.totals.facts} facts`) + ` — ${summary(view, c)}`, width, '  '));
  out.push('');
  for (const s of view.sources) {
    const meta = [s.outlet, s.publishedAt, `${s.words} words`, `${s.removed} lines removed`].filter(Boolean).join(', ');
    out.push(...wrap(`${c.cyan(s.short)}  ${s.title}  ${c.dim(`(${meta})`)}`, width, '    '));
  }
  for (const k of view.skipped) out.push(...wrap(c.yellow(`skipped ${k.path}: ${k.reason} (${k.message})`), width, '    '));
  for (const o of view.sameOrigin) {
    const names = o.sources.map((id) => view.sources.find((s) => s.id === id)?.short ?? id);
    out.push(...wrap(c.magenta(`same origin: ${names.join(' ≈ ')} (similarity ${o.similarity.toFixed(2)})`), width, '    '));
  }

  const columns = view.sources.length;
  const labelWidth = Math.min(30, Math.max(16, Math.floor(width * 0.22)));
  const cellWidth = Math.floor((width - labelWidth - 3 * columns) / Math.max(1, columns));
  const sideBySide = cellWidth >= MIN_COLUMN;

  for (const section of view.sections) {
    if (section.rows.length === 0) continue;
    out.push('');
    out.push(c.bold.underline(`${section.title} (${section.rows.length})`));
    if (sideBySide) {
      out.push(tableRow([c.dim('')].concat(view.sources.map((s) => c.cyan(s.short))), labelWidth, cellWidth, c).join('\n'));
      out.push(c.dim('─'.repeat(Math.min(width, labelWidth + columns * (cellWidth + 3)))));
    }
    let group: string | undefined;
    for (const row of section.rows) {
      if (row.group !== undefined && row.group !== group) {
        group = row.group;
        out.push(c.bold(`▸ ${row.group}`));
      }
      if (sideBySide) {
        const cells = row.cells.map((cell) => formatCell(cell, row, c, options.provenance));
        out.push(...tableRow([formatLabel(row, c)].concat(cells), labelWidth, cellWidth, c));
      } else {
        out.push(...blockRow(row, view, width, c, options.provenance));
      }
    }
  }
  return `${out.join('\n')}\n`;
}

function summary(view: View, c: ChalkInstance): string {
  const t = view.totals;
  return [c.red(`${t.conflicts} conflicts`), c.green(`${t.agree} agree`), `${t.single} single-source`].join(', ');
}

function formatLabel(row: Row, c: ChalkInstance): string {
  if (row.status === 'conflict') return c.red(`✗ ${row.label}`);
  if (row.status === 'agree') return c.green(`✓ ${row.label}`);
  return row.label;
}

function formatCell(cell: Cell | null, row: Row, c: ChalkInstance, provenance?: boolean): string {
  if (row.status === 'omission') return cell ? c.yellow(cell.text) : '';
  if (!cell) return c.dim(DASH);
  const where = provenance && cell.lines.length ? c.dim(` [L${cell.lines.join(',')}]`) : '';
  const text = row.status === 'conflict' ? c.red(cell.text) : cell.text;
  return text + where;
}

/** Wraps each cell to its column and zips the wrapped lines side by side. */
function tableRow(cells: string[], labelWidth: number, cellWidth: number, c: ChalkInstance): string[] {
  const widths = [labelWidth, ...cells.slice(1).map(() => cellWidth)];
  const wrapped = cells.map((cell, i) => wrapAnsi(cell, widths[i]!, { hard: true, trim: true }).split('\n'));
  const height = Math.max(...wrapped.map((w) => w.length));
  const lines: string[] = [];
  for (let y = 0; y < height; y++) {
    const parts = wrapped.map((w, i) => pad(w[y] ?? '', widths[i]!));
    lines.push(parts.join(c.dim(' │ ')).trimEnd());
  }
  return lines;
}

/** Narrow terminals: the fact on one line, one indented line per source that reports it, then who is silent. */
function blockRow(row: Row, view: View, width: number, c: ChalkInstance, provenance?: boolean): string[] {
  const lines = wrap(formatLabel(row, c), width, '  ');
  if (row.status === 'omission') {
    const omitting = row.cells.flatMap((cell, i) => (cell ? [view.sources[i]!.short] : []));
    return lines.concat(wrap(c.yellow(`omitted by ${omitting.join(', ')}`), width - 2, '    ').map((l) => `  ${l}`));
  }
  const silent: string[] = [];
  row.cells.forEach((cell, i) => {
    const short = view.sources[i]!.short;
    if (!cell) {
      silent.push(short);
      return;
    }
    const head = `${c.cyan(short)}: `;
    lines.push(...wrap(head + formatCell(cell, row, c, provenance), width - 2, '    ').map((l) => `  ${l}`));
  });
  if (silent.length) lines.push(...wrap(c.dim(`${DASH} ${silent.join(', ')}`), width - 2, '    ').map((l) => `  ${l}`));
  return lines;
}

/** Wraps to width, indenting continuation lines (so every line fits, indent included). */
function wrap(text: string, width: number, indent: string): string[] {
  return wrapAnsi(text, width - indent.length, { hard: true, trim: true })
    .split('\n')
    .map((l, i) => (i === 0 ? l : indent + l));
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - stringWidth(text)));
}
