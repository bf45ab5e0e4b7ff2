// jusText-style decisions from line scores and neighbours.
import type { LineFeatures } from './features.js';
import { bodyCore, keptBody, mark, neighbour, zoneOf, type DocState } from './state.js';

/** The line's score in words: "3 words, function-word share 0.00, no end punctuation". */
export function describeScore(f: LineFeatures): string {
  return `${f.words} word${f.words === 1 ? '' : 's'}, function-word share ${f.stopDensity.toFixed(2)}, ${f.terminal ? 'ends like a sentence' : 'no end punctuation'}`;
}

/**
 * jusText-style scores at the edges: outside the body core (before the first
 * and after the last prose line) labels and menus without sentence structure
 * go. Inside the core a short line is a crosshead and stays.
 */
export function markLowScore(state: DocState): void {
  const core = bodyCore(state);
  if (!core) return;
  const summary = summaryList(state);
  for (const i of keptBody(state)) {
    const li = state.info[i]!;
    const f = li.f;
    const zone = zoneOf(state, i, core);
    if (zone === 'body' || (zone === 'head' && summary.has(i))) continue;
    // Above the story a short line with function words may be a standfirst,
    // so only lines without any go; after the story nothing but credits and
    // links is expected, so any short line without sentence structure goes.
    if (zone === 'head' && f.cls === 'bad' && !f.terminal && f.words <= 10) {
      mark(state, i, 'low-score', `label-like line above the story: ${describeScore(f)}`, true);
    } else if (zone === 'tail' && (f.cls === 'bad' || (!f.terminal && f.words <= 12 && f.stopDensity < 0.34))) {
      mark(state, i, 'low-score', `label-like line after the story: ${describeScore(f)}`, true);
    }
  }
  markSandwiched(state);
}

/**
 * jusText's context step for uncertain lines: a label-like line whose
 * neighbours on both sides are removed belongs to the same block of furniture
 * (a related-links box inside the page). Repeats while the block grows.
 */
function markSandwiched(state: DocState): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const i of keptBody(state)) {
      const f = state.info[i]!.f;
      if (f.terminal || f.words > 12 || f.cls === 'good') continue;
      const prev = neighbour(state, i, -1);
      const next = neighbour(state, i, 1);
      if (prev === null || next === null || !state.removed.has(prev) || !state.removed.has(next)) continue;
      mark(state, i, 'low-score', `label-like line between removed lines ${state.info[prev]!.line.n} and ${state.info[next]!.line.n}: ${describeScore(f)}`, true);
      changed = true;
    }
  }
}

const BULLET = /^[•·▪‣◦*–—-]\s/u;
/** Words a summary bullet has at least; menu items ("• Home") have fewer. */
const MIN_BULLET_WORDS = 4;

/**
 * "Key points" over bullets that are sentences of the story: the article's
 * own summary list, kept above the story together with its heading. A run of
 * two or more bullets of several words each counts; a bulleted menu does not.
 */
function summaryList(state: DocState): Set<number> {
  const out = new Set<number>();
  const lines = state.nonBlank;
  let k = 0;
  while (k < lines.length) {
    let end = k;
    while (end < lines.length && isSummaryBullet(state, lines[end]!)) end++;
    if (end - k >= 2) {
      for (let j = k; j < end; j++) out.add(lines[j]!);
      const head = k > 0 ? lines[k - 1]! : null;
      if (head !== null && head !== state.titleIndex && state.info[head]!.f.words <= 4 && !state.info[head]!.f.terminal) out.add(head);
    }
    k = Math.max(end, k + 1);
  }
  return out;
}

function isSummaryBullet(state: DocState, i: number): boolean {
  const li = state.info[i]!;
  return BULLET.test(li.folded) && li.f.words >= MIN_BULLET_WORDS;
}
