import type { Claim, Fact, Report, Source } from '../types.js';
import { oneLine } from './sanitize.js';

/** What every human-facing format shows; built once from a Report, rendered by each formatter. */
export interface View {
  sources: SourceHead[];
  sections: Section[];
  sameOrigin: { sources: string[]; similarity: number }[];
  skipped: { path: string; reason: string; message: string }[];
  totals: { facts: number; conflicts: number; agree: number; single: number };
}

export interface SourceHead {
  id: string;
  short: string;
  title: string;
  outlet: string | null;
  words: number;
  removed: number;
  publishedAt: string | null;
}

export const SECTION_KEYS = ['conflicts', 'figures', 'dates', 'quotes', 'people', 'omissions'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export interface Section {
  key: SectionKey;
  title: string;
  rows: Row[];
}

export type RowStatus = Fact['status'] | 'person' | 'omission';

export interface Row {
  label: string;
  status: RowStatus;
  /** One per source, in report order; null where the source says nothing. */
  cells: (Cell | null)[];
  /** Quotes: the speaker the row belongs to. */
  group?: string;
}

export interface Cell {
  text: string;
  lines: number[];
  /** For conflicts: this source gives a value other sources contradict. */
  value?: string;
  /** For figures: the (first) value this source gives, for charts. */
  number?: number;
}

/** Short column ids: the file stem up to its first 12 characters, kept unique. */
export function shortIds(ids: string[]): string[] {
  const used = new Set<string>();
  return ids.map((raw) => {
    // Ids are printed in headers: a report from elsewhere may carry anything.
    const id = oneLine(raw);
    let s = id.length > 12 ? id.slice(0, 12) : id;
    for (let n = 2; used.has(s); n++) s = `${id.slice(0, 10)}~${n}`;
    used.add(s);
    return s;
  });
}

/** Builds the view; `only` keeps the named sections (all by default). */
export function buildView(report: Report, only?: readonly SectionKey[]): View {
  const sources = report.sources;
  const shorts = shortIds(sources.map((s) => s.id));
  const claimIndex = sources.map((s) => new Map(s.claims.map((c) => [c.id, c])));
  const facts = report.comparison.facts;
  const rowOf = (fact: Fact): Row => ({
    label: oneLine(fact.label),
    status: fact.status,
    group: fact.kind === 'quote' ? (fact.speaker ?? 'unknown speaker') : undefined,
    cells: sources.map((s, i) => {
      const ids = fact.claims[s.id];
      if (!ids?.length) return null;
      const claims = ids.map((id) => claimIndex[i]!.get(id)).filter((c): c is Claim => c !== undefined);
      return cellOf(claims, fact);
    }),
  });
  // Conflicts come first and only there; the kind sections hold the rest.
  const settled = facts.filter((f) => f.status !== 'conflict');
  const sections: Section[] = [
    { key: 'conflicts', title: 'Conflicts', rows: facts.filter((f) => f.status === 'conflict').map(rowOf) },
    { key: 'figures', title: 'Figures', rows: settled.filter((f) => f.kind === 'quantity').map(rowOf) },
    { key: 'dates', title: 'Dates', rows: settled.filter((f) => f.kind === 'date').map(rowOf) },
    {
      key: 'quotes',
      title: 'Quotes by speaker',
      rows: settled
        .filter((f) => f.kind === 'quote')
        .map(rowOf)
        .sort((a, b) => (a.group ?? '').localeCompare(b.group ?? '')),
    },
    { key: 'people', title: 'People', rows: peopleRows(sources) },
    { key: 'omissions', title: 'Omissions', rows: omissionRows(facts, sources, rowOf) },
  ].filter((section): section is Section => !only || only.includes(section.key as SectionKey));
  const count = (s: Fact['status']): number => facts.filter((f) => f.status === s).length;
  return {
    sources: sources.map((s, i) => ({
      id: s.id,
      short: shorts[i]!,
      title: oneLine(s.title ?? '(no title)'),
      outlet: s.outlet === null ? null : oneLine(s.outlet),
      words: s.stats.words,
      removed: s.removed.length,
      publishedAt: s.publishedAt,
    })),
    sections,
    sameOrigin: report.comparison.sameOrigin.map((o) => ({ ...o, sources: o.sources.map(oneLine) })),
    skipped: report.corpus.skipped.map((s) => ({ ...s, path: oneLine(s.path), message: oneLine(s.message) })),
    totals: { facts: facts.length, conflicts: count('conflict'), agree: count('agree'), single: count('single-source') },
  };
}

function cellOf(claims: Claim[], fact: Fact): Cell {
  const lines = [...new Set(claims.map((c) => c.line))];
  const parts = claims.map((c) => {
    if (c.kind === 'date') return `${oneLine(c.text)} → ${c.resolved ?? '?'}`;
    if (c.kind === 'quote') return `“${oneLine(c.text)}”`;
    return oneLine(c.text);
  });
  const unique = [...new Set(parts)];
  let value: string | undefined;
  if (fact.status === 'conflict' && fact.values) {
    const source = Object.entries(fact.claims).find(([, ids]) => claims.some((c) => ids.includes(c.id)))?.[0];
    value = Object.entries(fact.values).find(([, srcs]) => source !== undefined && srcs.includes(source))?.[0];
  }
  const first = claims[0];
  const number = first?.kind === 'quantity' && first.value !== null ? first.value : undefined;
  return { text: unique.join('; '), lines, value, number };
}

/**
 * What each source leaves out that at least two others report: one row per
 * such fact, a mark in the columns of the sources that omit it.
 */
function omissionRows(facts: Fact[], sources: Source[], rowOf: (f: Fact) => Row): Row[] {
  return facts
    .filter((f) => Object.keys(f.claims).length >= 2 && f.missingFrom.length > 0)
    .map((f) => {
      const row = rowOf(f);
      return {
        label: `${KIND_NAMES[f.kind]}: ${row.label}`,
        status: 'omission' as const,
        cells: sources.map((s) => (f.missingFrom.includes(s.id) ? { text: 'omits', lines: [] } : null)),
      };
    });
}

const KIND_NAMES = { quantity: 'figure', date: 'date', quote: 'quote' } as const;

/** People rows: one per canonical name, a cell with the mentions each source uses. */
function peopleRows(sources: Source[]): Row[] {
  const rows = new Map<string, Row>();
  sources.forEach((s, i) => {
    for (const p of s.people) {
      let row = rows.get(p.name);
      if (!row) {
        row = { label: oneLine(p.role ? `${p.name} (${p.role})` : p.name), status: 'person', cells: sources.map(() => null) };
        rows.set(p.name, row);
      }
      row.cells[i] = { text: oneLine(p.mentions.join(', ')), lines: [] };
    }
  });
  return [...rows.values()].sort((a, b) => count(b) - count(a) || a.label.localeCompare(b.label));
}

function count(row: Row): number {
  return row.cells.filter(Boolean).length;
}
