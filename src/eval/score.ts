// scoreReport: a report against the answer key, by the rules of
// fixtures/gold/README.md ("How a report is scored"). Pure: the caller loads
// the key. Every figure is pooled — counts are summed over the files, then
// divided — so a long article weighs more than a short one.
//
// Choices the README leaves open:
// - A gold file pairs with the report source whose path has the same file
//   name. A gold file without a source counts every required item as missed
//   and its title as wrong; a source without gold is listed, not scored.
// - Matching is one-to-one (claims.ts, match.ts): a second prediction of the
//   same gold item is a false positive.
// - Optional items are neutral: missing one costs nothing; finding one is
//   neither TP nor FP, and its attributes are not judged.
// - inBoilerplate items are neutral when the report removed their line and
//   expected as usual when it kept it (see claims.ts, people.ts).
import type { Report, Source } from '../types.js';
import { scoreDates, scoreQuantities, scoreQuantitySources, scoreQuotes, type ClaimStageResult } from './claims.js';
import { scoreComparison } from './comparison.js';
import type { GoldCorpus, GoldFile } from './gold.js';
import { scorePeople } from './people.js';
import { baseName } from './text.js';
import type { Accuracy, Counts, FileScore, Issue, Scores, StageScore } from './types.js';

function ratio(n: number, d: number): number | null {
  return d === 0 ? null : n / d;
}

export function stageScore(c: Counts): StageScore {
  return {
    ...c,
    precision: ratio(c.tp, c.tp + c.fp),
    recall: ratio(c.tp, c.tp + c.fn),
    f1: ratio(2 * c.tp, 2 * c.tp + c.fp + c.fn),
  };
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, rate: ratio(correct, total) };
}

function add(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** The lines the report removed, blank lines left out (the README scores lines of text). */
export function removedLines(source: Source | undefined): Set<number> {
  return new Set((source?.removed ?? []).filter((r) => r.text.trim() !== '').map((r) => r.line));
}

function scoreBoilerplate(gold: GoldFile, source: Source | undefined): { counts: Counts; issues: Issue[] } {
  const removed = removedLines(source);
  const removedText = new Map((source?.removed ?? []).map((r) => [r.line, r.text]));
  const expected = new Map(gold.boilerplate.map((b) => [b.line, b.text]));
  const issues: Issue[] = [];
  let tp = 0;
  for (const [line, text] of expected) {
    if (removed.has(line)) tp++;
    else issues.push({ stage: 'boilerplate', type: 'missed', line, text });
  }
  for (const line of removed) {
    if (!expected.has(line)) issues.push({ stage: 'boilerplate', type: 'spurious', line, text: removedText.get(line) ?? '' });
  }
  return { counts: { tp, fp: removed.size - tp, fn: expected.size - tp }, issues };
}

/**
 * Body-line recall: of the lines the key counts as story (non-blank, not
 * boilerplate, not the title), how many the report kept. F1 over boilerplate
 * weighs a lost story paragraph like a missed share button; this does not.
 */
export function bodyRecall(gold: GoldFile, source: Source | undefined, text: string | undefined): Accuracy | null {
  if (text === undefined) return null;
  const removed = removedLines(source);
  const boilerplate = new Set(gold.boilerplate.map((b) => b.line));
  let total = 0;
  let kept = 0;
  text.split(/\r\n|\r|\n/u).forEach((line, k) => {
    const n = k + 1;
    if (line.trim() === '' || boilerplate.has(n) || n === gold.titleLine) return;
    total++;
    // A file the report left out kept none of its story.
    if (source && !removed.has(n)) kept++;
  });
  return accuracy(kept, total);
}

interface FileResult {
  score: FileScore;
  claims: { quantities: ClaimStageResult; sources: ClaimStageResult; dates: ClaimStageResult; quotes: ClaimStageResult };
  titleOk: boolean;
}

function scoreFile(gold: GoldFile, source: Source | undefined, text: string | undefined): FileResult {
  const removed = removedLines(source);
  const claims = source?.claims ?? [];
  const boilerplate = scoreBoilerplate(gold, source);
  const quantities = scoreQuantities(gold.quantities, claims, removed);
  const sources = scoreQuantitySources(gold.quantities, claims, removed);
  const dates = scoreDates(gold.dates, claims, removed);
  const quotes = scoreQuotes(gold.quotes, claims, removed);
  const people = scorePeople(gold.people, gold.ignorePeople ?? [], source?.people ?? [], source?.removed ?? []);
  const titleLine = source?.titleLine ?? null;
  const titleOk = titleLine === gold.titleLine;
  const titleIssue: Issue[] = titleOk
    ? []
    : [{ stage: 'title', type: 'title', line: gold.titleLine, text: gold.title, expected: String(gold.titleLine), got: String(titleLine) }];
  return {
    score: {
      file: gold.file,
      sourceId: source?.id ?? null,
      boilerplate: boilerplate.counts,
      body: bodyRecall(gold, source, text),
      quantities: quantities.counts,
      dates: dates.counts,
      quotes: quotes.counts,
      people: people.counts,
      neutral: quantities.neutral + dates.neutral + quotes.neutral + people.neutral,
      issues: [...titleIssue, ...boilerplate.issues, ...quantities.issues, ...sources.issues, ...dates.issues, ...quotes.issues, ...people.issues],
    },
    claims: { quantities, sources, dates, quotes },
    titleOk,
  };
}

/**
 * `texts` maps an article's file name to its text (as the pipeline read it);
 * without it body-line recall is not computed.
 */
export function scoreReport(report: Report, gold: readonly GoldFile[], corpus?: GoldCorpus | null, texts?: ReadonlyMap<string, string>): Scores {
  const byFile = new Map(report.sources.map((s) => [baseName(s.path), s]));
  const results = gold.map((g) => scoreFile(g, byFile.get(g.file), texts?.get(g.file)));
  const bodies = results.map((r) => r.score.body).filter((b): b is Accuracy => b !== null);
  const paired = new Set(gold.map((g) => g.file));
  const sum = (pick: (r: FileResult) => Counts): StageScore => stageScore(results.map(pick).reduce(add, ZERO));
  const acc = (pick: (r: FileResult) => ClaimStageResult): Accuracy =>
    accuracy(
      results.reduce((n, r) => n + pick(r).correct, 0),
      results.reduce((n, r) => n + pick(r).total, 0),
    );
  return {
    files: results.map((r) => r.score),
    unscoredSources: report.sources.filter((s) => !paired.has(baseName(s.path))).map((s) => s.id),
    boilerplate: sum((r) => r.score.boilerplate),
    body: bodies.length === 0 ? null : accuracy(bodies.reduce((n, b) => n + b.correct, 0), bodies.reduce((n, b) => n + b.total, 0)),
    quantities: sum((r) => r.score.quantities),
    dates: sum((r) => r.score.dates),
    quotes: sum((r) => r.score.quotes),
    people: sum((r) => r.score.people),
    qualifier: acc((r) => r.claims.quantities),
    source: acc((r) => r.claims.sources),
    resolution: acc((r) => r.claims.dates),
    speaker: acc((r) => r.claims.quotes),
    title: accuracy(results.filter((r) => r.titleOk).length, results.length),
    comparison: corpus ? scoreComparison(report, corpus) : null,
  };
}
