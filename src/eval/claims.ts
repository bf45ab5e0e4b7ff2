// Per-file scoring of the three claim kinds against the key, one rule each as
// fixtures/gold/README.md states it.
import type { Claim, DateClaim, QuantityClaim, QuoteClaim } from '../types.js';
import type { GoldDate, GoldFlags, GoldQuantity, GoldQuote } from './gold.js';
import { matchItems, type Matched } from './match.js';
import { containsWords, foldQualifier, foldUnit, jaccard, quoteWords, sameNumber, spanOverlap } from './text.js';
import type { Counts, Issue, Stage } from './types.js';

export interface ClaimStageResult {
  counts: Counts;
  /** The attribute accuracy of this kind (qualifier, resolution, speaker). */
  correct: number;
  total: number;
  neutral: number;
  issues: Issue[];
}

/**
 * An inBoilerplate item is neutral only when the report removed its line:
 * then nothing on that line is expected or penalised. When the line was
 * kept, the claim is in the text the report analysed and a reader sees it,
 * so it is expected like any other (the boilerplate score already charges
 * for the kept line; this keeps a kept line from also hiding its claims).
 */
export function requiredIn(removed: ReadonlySet<number>) {
  return (g: GoldFlags & { line: number }): boolean => !g.optional && !(g.inBoilerplate === true && removed.has(g.line));
}

function ofKind<K extends Claim['kind']>(claims: readonly Claim[], kind: K): Array<Extract<Claim, { kind: K }>> {
  return claims.filter((c): c is Extract<Claim, { kind: K }> => c.kind === kind);
}

function finish<G extends { line: number; text: string }, P extends Claim>(
  stage: Stage,
  m: Matched<G, P>,
  judge: (g: G, p: P) => { counted: boolean; ok: boolean; issue?: Omit<Issue, 'stage' | 'line' | 'text'> },
): ClaimStageResult {
  const issues: Issue[] = [];
  for (const g of m.missed) issues.push({ stage, type: 'missed', line: g.line, text: g.text });
  for (const p of m.spurious) issues.push({ stage, type: 'spurious', line: p.line, text: p.text });
  let correct = 0;
  let total = 0;
  for (const { gold, pred } of m.pairs) {
    const verdict = judge(gold, pred);
    if (!verdict.counted) continue;
    total++;
    if (verdict.ok) correct++;
    else if (verdict.issue) issues.push({ stage, line: gold.line, text: gold.text, ...verdict.issue });
  }
  return {
    counts: { tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length },
    correct,
    total,
    neutral: m.neutral,
    issues,
  };
}

/**
 * Same line, same unit after folding, and the same value; where the key has
 * no value (a vague amount) the texts must overlap instead. Among several
 * candidates the one sharing most words with the key's text is preferred, so
 * two equal figures on one line pair with their own qualifiers.
 */
export function scoreQuantities(gold: GoldQuantity[], claims: readonly Claim[], removed: ReadonlySet<number>): ClaimStageResult {
  return finish('quantities', matchQuantities(gold, claims, removed), (g, p) => {
    const expected = foldQualifier(g.qualifier);
    return { counted: true, ok: p.qualifier === expected, issue: { type: 'qualifier', expected, got: p.qualifier } };
  });
}

function matchQuantities(gold: GoldQuantity[], claims: readonly Claim[], removed: ReadonlySet<number>): Matched<GoldQuantity, QuantityClaim> {
  return matchItems(gold, ofKind(claims, 'quantity'), requiredIn(removed), (g, p: QuantityClaim) => {
    if (g.line !== p.line || foldUnit(g.unit) !== foldUnit(p.unit)) return null;
    const overlap = spanOverlap(g.text, p.text);
    if (g.value === null) return overlap > 0 ? overlap : null;
    return p.value !== null && sameNumber(g.value, p.value) ? overlap : null;
  });
}

/**
 * Who the figures are credited to, over the figures both the key and the
 * report have (the same pairs as scoreQuantities). Not one of the gold
 * README's rules, which leave attributedTo unscored: an extra measure.
 * Right when both say no one, or both name a source and the words of one,
 * without a leading article, contain the other's ("the electoral
 * commission" ~ "electoral commission"; "Minister Jan Novak" ~ "Jan Novak").
 */
export function scoreQuantitySources(gold: GoldQuantity[], claims: readonly Claim[], removed: ReadonlySet<number>): ClaimStageResult {
  const result = finish('quantities', matchQuantities(gold, claims, removed), (g, p) => ({
    counted: g.attributedTo !== undefined,
    ok: sameSource(g.attributedTo, p.attributedTo),
    issue: { type: 'source', expected: g.attributedTo ?? 'null', got: p.attributedTo ?? 'null' },
  }));
  // Missed and spurious figures are scoreQuantities' to report.
  return { ...result, issues: result.issues.filter((i) => i.type === 'source') };
}

function sameSource(expected: string | null, got: string | null): boolean {
  if (expected === null || got === null) return expected === got;
  const words = (s: string): string[] => {
    const w = quoteWords(s);
    return ['the', 'a', 'an'].includes(w[0] ?? '') ? w.slice(1) : w;
  };
  const a = words(expected);
  const b = words(got);
  return containsWords(a, b) || containsWords(b, a);
}

/** Same line and overlapping text; resolution judged only where the key resolves the date. */
export function scoreDates(gold: GoldDate[], claims: readonly Claim[], removed: ReadonlySet<number>): ClaimStageResult {
  const m = matchItems(gold, ofKind(claims, 'date'), requiredIn(removed), (g, p: DateClaim) => {
    if (g.line !== p.line) return null;
    const overlap = spanOverlap(g.text, p.text);
    return overlap > 0 ? overlap : null;
  });
  return finish('dates', m, (g, p) => ({
    counted: g.resolved !== null,
    ok: p.resolved === g.resolved,
    issue: { type: 'resolution', expected: g.resolved ?? 'null', got: p.resolved ?? 'null' },
  }));
}

/** Word-set Jaccard of two quote texts, or null when they are not the same quote by the README's rule. */
export function quoteSimilarity(a: string, b: string): number | null {
  const wa = quoteWords(a);
  const wb = quoteWords(b);
  const j = jaccard(wa, wb);
  return j >= 0.5 || containsWords(wa, wb) || containsWords(wb, wa) ? j : null;
}

/** Speaker right when the predicted speaker, lower-cased, contains any accepted string. */
export function speakerAccepted(speaker: string | null, accept: readonly string[]): boolean {
  if (speaker === null) return false;
  const s = speaker.toLowerCase();
  return accept.some((a) => a.length > 0 && s.includes(a.toLowerCase()));
}

/** Same starting line and the same words (Jaccard ≥ 0.5) or one text inside the other. */
export function scoreQuotes(gold: GoldQuote[], claims: readonly Claim[], removed: ReadonlySet<number>): ClaimStageResult {
  const m = matchItems(gold, ofKind(claims, 'quote'), requiredIn(removed), (g, p: QuoteClaim) =>
    g.line === p.line ? quoteSimilarity(g.text, p.text) : null,
  );
  return finish('quotes', m, (g, p) => ({
    counted: true,
    ok: speakerAccepted(p.speaker, g.speakerAccept),
    issue: { type: 'speaker', expected: g.speakerAccept.join(' | '), got: p.speaker ?? 'null' },
  }));
}
