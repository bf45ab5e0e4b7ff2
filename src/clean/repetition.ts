// Lines repeated across the documents of a batch are usually the same site
// template (prompts, widgets, labels). The same wire story reposted by
// several outlets repeats its sentences too, so repetition alone never
// removes a line with sentence structure: only short or label-like lines go,
// and only at the page edges unless most of the batch repeats them.
import { bodyCore, keptBody, mark, zoneOf, type DocState } from './state.js';
import type { LineInfo } from './state.js';
import { loadData } from '../data.js';
import { isSentenceLike } from './features.js';
import { words } from './text.js';

/** Lines longer than this are never template text (templateLike, shortSentence). */
const MAX_TEMPLATE_WORDS = 20;

/** A line short or label-like enough to be template text. */
export function templateLike(li: LineInfo): boolean {
  const f = li.f;
  if (f.words === 0) return false;
  if (f.words <= 8 && !isSentenceLike(f)) return true;
  return !f.terminal && f.words <= MAX_TEMPLATE_WORDS;
}

/** Short sentences ("Thanks for reading!") count as template only after the story. */
function shortSentence(li: LineInfo): boolean {
  return li.f.words > 0 && li.f.words <= 8;
}

let readerWords: Set<string> | null = null;

/**
 * Template sentences speak to the reader ("Thanks for reading!"); a short
 * story sentence that two reposts both end with ("He declined to comment.")
 * does not, and must stay.
 */
function addressesReader(li: LineInfo): boolean {
  readerWords ??= new Set(loadData<{ readerAddress: { words: string[] } }>('boilerplate').readerAddress.words);
  return words(li.folded).some((w) => readerWords!.has(w.toLowerCase()));
}

/** How many documents contain each template-like line (by its word key). */
export function documentFrequency(states: DocState[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const state of states) {
    const seen = new Set<string>();
    for (const i of state.nonBlank) {
      const li = state.info[i]!;
      if (i === state.titleIndex || li.key === '' || !(templateLike(li) || shortSentence(li))) continue;
      seen.add(li.key);
    }
    for (const key of seen) df.set(key, (df.get(key) ?? 0) + 1);
  }
  return df;
}

/** Times a label must recur inside one document to count as template ("Advertisement"). */
const SELF_REPEATS = 3;

export function markRepeated(state: DocState, df: Map<string, number>, batchSize: number): void {
  const core = bodyCore(state);
  // Anywhere in the page once at least three documents and half the batch share the line.
  const widespread = Math.max(3, Math.ceil(batchSize / 2));
  // Only template-like lines and short sentences (at most MAX_TEMPLATE_WORDS
  // words) read the counts below, and lines with the same key have the same
  // number of words (the key is the words joined by spaces), so the long
  // prose lines need not be counted (nor their long keys hashed).
  const counts = new Map<string, number>();
  for (const i of state.nonBlank) {
    const li = state.info[i]!;
    if (li.f.words > MAX_TEMPLATE_WORDS) continue;
    counts.set(li.key, (counts.get(li.key) ?? 0) + 1);
  }
  for (const i of keptBody(state)) {
    const li = state.info[i]!;
    if (li.key === '') continue;
    const zone = zoneOf(state, i, core);
    const template = templateLike(li);
    if (!template && !(zone === 'tail' && shortSentence(li) && addressesReader(li))) continue;
    const n = df.get(li.key) ?? 0;
    if (n >= 2 && (zone !== 'body' || (template && n >= widespread))) {
      mark(state, i, 'repeated-line', `repeated in ${n} of ${batchSize} documents`, true);
    } else if ((counts.get(li.key) ?? 0) >= SELF_REPEATS && !li.f.terminal) {
      mark(state, i, 'repeated-line', `repeated ${counts.get(li.key)} times in this document`, true);
    }
  }
}
