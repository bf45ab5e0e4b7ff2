// Plain-text rendering of Scores: a table per stage, the attribute
// accuracies, the comparison, and a one-line summary last so `| tail -1`
// gives a diffable figure between runs.
import type { Accuracy, FileScore, Issue, Scores, StageScore } from './types.js';

export interface FormatOptions {
  /** List, per file, what was missed, what was spurious and which attributes were wrong. */
  verbose?: boolean;
}

function num(x: number | null, digits = 3): string {
  return x === null ? 'n/a' : x.toFixed(digits);
}

function pad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function lpad(s: string, n: number): string {
  return s.length >= n ? s : ' '.repeat(n - s.length) + s;
}

function stageRow(name: string, s: StageScore): string {
  const cells = [s.tp, s.fp, s.fn].map((n) => lpad(String(n), 5));
  const ratios = [s.precision, s.recall, s.f1].map((r) => lpad(num(r), 10));
  return `${pad(name, 12)}${cells.join('')}${ratios.join('')}`;
}

function accuracyRow(name: string, a: Accuracy): string {
  return `${pad(name, 22)}${lpad(`${a.correct}/${a.total}`, 8)}${lpad(num(a.rate), 8)}`;
}

function describeIssue(i: Issue): string {
  const at = i.line === null ? '' : `${i.line}: `;
  const text = i.text.length > 90 ? `${i.text.slice(0, 87)}...` : i.text;
  switch (i.type) {
    case 'missed':
      return `missed    ${at}${text}`;
    case 'spurious':
      return `spurious  ${at}${text}`;
    case 'merge':
      return `merged    ${text} = ${i.expected ?? ''}`;
    case 'split':
      return `split     ${text} found as ${i.got ?? ''}`;
    default:
      return `${pad(i.type, 10)}${at}${text} — expected ${i.expected ?? ''}, got ${i.got ?? ''}`;
  }
}

function fileSection(f: FileScore): string[] {
  const head = `${f.file}${f.sourceId === null ? ' (no source in the report)' : ''}`;
  if (f.issues.length === 0) return [`${head}: nothing to report`];
  const out = [`${head}:`];
  for (const stage of ['title', 'boilerplate', 'quantities', 'dates', 'quotes', 'people'] as const) {
    const issues = f.issues.filter((i) => i.stage === stage);
    if (issues.length === 0) continue;
    out.push(`  ${stage}`);
    for (const i of issues) out.push(`    ${describeIssue(i)}`);
  }
  return out;
}

function summary(s: Scores): string {
  const f = (x: StageScore): string => num(x.f1, 2);
  const parts = [
    `boilerplate F1 ${f(s.boilerplate)}${s.body ? ` (body ${num(s.body.rate, 2)})` : ''}`,
    `quantity F1 ${f(s.quantities)} (qual ${num(s.qualifier.rate, 2)}, src ${num(s.source.rate, 2)})`,
    `date F1 ${f(s.dates)} (res ${num(s.resolution.rate, 2)})`,
    `quote F1 ${f(s.quotes)} (spk ${num(s.speaker.rate, 2)})`,
    `people F1 ${f(s.people)}`,
    `title ${s.title.correct}/${s.title.total}`,
  ];
  if (s.comparison) parts.push(`comparison ${s.comparison.found}/${s.comparison.total}, rejected ${s.comparison.rejected.length}`);
  return `summary: ${parts.join(' | ')}`;
}

export function formatScores(s: Scores, options: FormatOptions = {}): string {
  const lines: string[] = [];
  const missing = s.files.filter((f) => f.sourceId === null).map((f) => f.file);
  lines.push(`files scored: ${s.files.length}`);
  if (missing.length > 0) lines.push(`gold files without a report source: ${missing.join(', ')}`);
  if (s.unscoredSources.length > 0) lines.push(`report sources without gold (not scored): ${s.unscoredSources.join(', ')}`);
  lines.push('');
  lines.push(`${pad('stage', 12)}${['tp', 'fp', 'fn'].map((h) => lpad(h, 5)).join('')}${['precision', 'recall', 'F1'].map((h) => lpad(h, 10)).join('')}`);
  lines.push(stageRow('boilerplate', s.boilerplate));
  if (s.body) lines.push(`${pad('  body-line recall', 22)}${lpad(`${s.body.correct}/${s.body.total}`, 8)}${lpad(num(s.body.rate), 8)}`);
  lines.push(stageRow('quantities', s.quantities));
  lines.push(stageRow('dates', s.dates));
  lines.push(stageRow('quotes', s.quotes));
  lines.push(stageRow('people', s.people));
  const neutral = s.files.reduce((n, f) => n + f.neutral, 0);
  if (neutral > 0) lines.push(`(${neutral} predictions matched optional or removed-boilerplate items: not counted)`);
  lines.push('');
  lines.push(accuracyRow('qualifier accuracy', s.qualifier));
  lines.push(accuracyRow('figure source accuracy', s.source));
  lines.push(accuracyRow('resolution accuracy', s.resolution));
  lines.push(accuracyRow('speaker accuracy', s.speaker));
  lines.push(accuracyRow('title accuracy', s.title));
  if (s.comparison) {
    const c = s.comparison;
    lines.push('');
    lines.push(`comparison: ${c.found}/${c.total} listed items found`);
    for (const item of c.items.filter((i) => !i.found)) lines.push(`  missed ${item.type}: ${item.description}`);
    const listed = c.items.filter((i) => i.type === 'conflict' && i.found).length;
    lines.push(`rejected conflicts: ${c.rejected.length} of ${c.reportedConflicts} reported (${listed} listed in the key, ${c.unlisted.length} neither listed nor rejected)`);
    for (const r of c.rejected) lines.push(`  ${r.factId} "${r.label}": ${r.reason}`);
    if (options.verbose) for (const u of c.unlisted) lines.push(`  not in the key: ${u.factId} "${u.label}"`);
  }
  if (options.verbose) {
    lines.push('');
    for (const f of s.files) lines.push(...fileSection(f));
  }
  lines.push('');
  lines.push(summary(s));
  return lines.join('\n');
}
