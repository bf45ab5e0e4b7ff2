import { matchBoilerplate } from '../clean/patterns.js';
import { foldLine, words } from '../clean/text.js';
import type { Document, Fact, Report } from '../types.js';
import { splitLines } from '../util/lines.js';
import type { Finding, RuleId } from './rules.js';

export interface CheckOptions {
  rules: RuleId[];
  /** An earlier report: only conflicts it did not have are `new-conflict`. */
  baseline?: Report;
}

/** Runs the enabled rules over a report (and the documents it came from, for line text). Pure. */
export function check(report: Report, documents: Document[], options: CheckOptions): Finding[] {
  const on = new Set(options.rules);
  const findings: Finding[] = [];

  if (on.has('skipped-file')) {
    for (const s of report.corpus.skipped) {
      findings.push({ rule: 'skipped-file', severity: 'error', source: null, path: s.path, line: null, column: null, message: `skipped (${s.reason}): ${s.message}` });
    }
  }
  for (const source of report.sources) {
    if (on.has('empty-source') && source.stats.words === 0) {
      findings.push({ rule: 'empty-source', severity: 'error', source: source.id, path: source.path, line: null, column: null, message: `no body text left after cleaning (${source.removed.length} lines removed)` });
    }
    if (on.has('no-claims') && source.claims.length === 0) {
      findings.push({ rule: 'no-claims', severity: 'warning', source: source.id, path: source.path, line: null, column: null, message: 'no figure, date or quote was extracted' });
    }
  }
  if (on.has('boilerplate-leak')) findings.push(...leaks(report, documents));

  const conflicts = report.comparison.facts.filter((f) => f.status === 'conflict');
  if (on.has('conflict') || on.has('new-conflict')) {
    const known = new Set((options.baseline?.comparison.facts ?? []).filter((f) => f.status === 'conflict').map((f) => factKey(f, options.baseline!)));
    for (const fact of conflicts) {
      const isNew = options.baseline !== undefined && !known.has(factKey(fact, report));
      const rule: RuleId | null = isNew && on.has('new-conflict') ? 'new-conflict' : on.has('conflict') ? 'conflict' : null;
      if (!rule) continue;
      const places = placesOf(fact, report);
      const first = places[0];
      findings.push({
        rule,
        severity: 'error',
        source: first?.source ?? null,
        path: first?.path ?? '',
        line: first?.line ?? null,
        column: first?.column ?? null,
        message: `${isNew ? 'new ' : ''}conflict: ${fact.label}${valuesText(fact)}`,
        fact: fact.id,
        places,
      });
    }
  }
  return findings;
}

/**
 * What identifies a conflict across runs: its kind, unit or speaker, and the
 * values it sets against each other (fact ids are renumbered every run).
 */
export function factKey(fact: Fact, report: Report): string {
  const values = Object.keys(fact.values ?? {}).sort();
  if (values.length) return `${fact.kind}|${fact.unit ?? ''}|${values.join('|')}`;
  const texts = placesOf(fact, report).map((p) => `${p.source}:${p.line}`).sort();
  return `${fact.kind}|${fact.speaker ?? ''}|${texts.join('|')}`;
}

function placesOf(fact: Fact, report: Report): { source: string; path: string; line: number; column: number }[] {
  const out: { source: string; path: string; line: number; column: number }[] = [];
  for (const source of report.sources) {
    const ids = fact.claims[source.id];
    if (!ids) continue;
    for (const claim of source.claims) {
      if (ids.includes(claim.id)) out.push({ source: source.id, path: source.path, line: claim.line, column: claim.column });
    }
  }
  return out;
}

function valuesText(fact: Fact): string {
  if (!fact.values) return '';
  return ` — ${Object.entries(fact.values)
    .map(([value, sources]) => `${value}: ${sources.join(', ')}`)
    .join('; ')}`;
}

/** Claims that come from a line the boilerplate patterns recognise (kept by a safety rule, or new page furniture). */
function leaks(report: Report, documents: Document[]): Finding[] {
  const out: Finding[] = [];
  const docs = new Map(documents.map((d) => [d.id, d]));
  for (const source of report.sources) {
    const doc = docs.get(source.id);
    if (!doc) continue;
    const lines = splitLines(doc.text);
    const seen = new Set<number>();
    for (const claim of source.claims) {
      if (seen.has(claim.line)) continue;
      const folded = foldLine(lines[claim.line - 1]?.text ?? '');
      const hit = matchBoilerplate(folded, words(folded).length);
      if (!hit) continue;
      seen.add(claim.line);
      out.push({
        rule: 'boilerplate-leak',
        severity: 'warning',
        source: source.id,
        path: source.path,
        line: claim.line,
        column: claim.column,
        message: `claim “${claim.text.slice(0, 60)}” comes from a line that looks like boilerplate (${hit.family})`,
      });
    }
  }
  return out;
}
