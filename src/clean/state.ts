// The working state of one document while the clean rules run. Rules only
// add verdicts; the order of the rules in clean.ts decides which reason a
// line gets when several rules would remove it (the first one wins).
import type { Document, Line, MetaItem } from '../types.js';
import { lineFeatures, type LineFeatures } from './features.js';
import { matchBoilerplate, type PatternHit } from './patterns.js';
import { foldLine } from './text.js';

export interface LineInfo {
  line: Line;
  folded: string;
  key: string;
  f: LineFeatures;
  hit: PatternHit | null;
}

export interface Verdict {
  reason: string;
  evidence: string;
  /**
   * Soft verdicts come from scores and structure rather than from an explicit
   * boilerplate phrase; the safety rules give them back first.
   */
  soft: boolean;
}

export interface DocState {
  doc: Document;
  info: LineInfo[];
  /** Indices (into info) of the non-blank lines, in order. */
  nonBlank: number[];
  /** Position of each line index within nonBlank (-1 for blank lines). */
  rank: number[];
  titleIndex: number | null;
  removed: Map<number, Verdict>;
  byline: string[];
  /** Bylines and contributor credits, each with its line (see meta-items.ts). */
  items: MetaItem[];
  /** Pattern hits that only count inside a cluster of removed lines. */
  weak: Set<number>;
}

export function prepare(doc: Document, lines: Line[]): DocState {
  /** The current line's words lower-cased; one array for all lines (only its join is kept). */
  const lows: string[] = [];
  const info = lines.map((line): LineInfo => {
    const folded = foldLine(line.text);
    // One tokenisation serves the features and the key. The key is
    // lineKey(folded): the words joined by spaces, lower-cased. Lower-casing
    // word by word gives the same text (the one mapping that depends on its
    // neighbours, Greek final sigma, does not look across a space), so the
    // words lower-cased for the features are joined instead.
    lows.length = 0;
    const f = lineFeatures(folded, lows);
    return { line, folded, key: lows.join(' '), f, hit: matchBoilerplate(folded, f.words) };
  });
  const nonBlank: number[] = [];
  const rank = info.map(() => -1);
  info.forEach((li, i) => {
    if (li.folded !== '') {
      rank[i] = nonBlank.length;
      nonBlank.push(i);
    }
  });
  return { doc, info, nonBlank, rank, titleIndex: null, removed: new Map(), byline: [], items: [], weak: new Set() };
}

export function mark(state: DocState, i: number, reason: string, evidence: string, soft: boolean): void {
  if (i === state.titleIndex || state.removed.has(i) || state.info[i]!.folded === '') return;
  state.removed.set(i, { reason, evidence, soft });
}

/** The non-blank line `step` places before (negative) or after (positive) line i, or null. */
export function neighbour(state: DocState, i: number, step: number): number | null {
  const r = state.rank[i]!;
  if (r < 0) return null;
  return state.nonBlank[r + step] ?? null;
}

/** Non-blank lines that no rule has removed yet, excluding the title. */
export function keptBody(state: DocState): number[] {
  return state.nonBlank.filter((i) => i !== state.titleIndex && !state.removed.has(i));
}

/**
 * The body core: from the first to the last kept line that scores as prose
 * ("good"). Lines outside it sit in the head or tail zone, where page
 * furniture gathers.
 */
export function bodyCore(state: DocState): { first: number; last: number } | null {
  const good = keptBody(state).filter((i) => state.info[i]!.f.cls === 'good');
  if (good.length === 0) return null;
  return { first: good[0]!, last: good[good.length - 1]! };
}

export type Zone = 'head' | 'body' | 'tail';

export function zoneOf(state: DocState, i: number, core: { first: number; last: number } | null): Zone {
  if (!core) return 'body';
  if (i < core.first) return 'head';
  if (i > core.last) return 'tail';
  return 'body';
}
