import type { SameOrigin, Source } from '../types.js';
import { jaccard } from '../util/words.js';

/** Two paragraphs are renderings of one when their content words overlap this much (translations differ a lot). */
const PARAGRAPH_MATCH = 0.25;
/** Share of the shorter article's paragraphs found, in order, in the other. */
const MIN_SIMILARITY = 0.5;
/** Articles need this many body paragraphs before order says anything. */
const MIN_PARAGRAPHS = 3;

/**
 * Finds sources that are copies or translations of one original: the share
 * of the shorter article's paragraphs that have a counterpart in the other,
 * in the same order (longest common subsequence over matched paragraphs).
 * Order matters: two outlets quoting one wire paragraph are not copies.
 */
export function sameOrigin(sources: Source[]): SameOrigin[] {
  const prints = sources.map((s) => (s.fingerprint ?? []).map((p) => new Set(p)));
  const out: SameOrigin[] = [];
  for (const [a, b] of candidatePairs(prints)) {
    const A = prints[a]!;
    const B = prints[b]!;
    if (Math.min(A.length, B.length) < MIN_PARAGRAPHS) continue;
    const similarity = orderedMatch(A, B) / Math.min(A.length, B.length);
    if (similarity >= MIN_SIMILARITY) {
      out.push({ sources: [sources[a]!.id, sources[b]!.id], similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return mergeGroups(out);
}

/** Longest chain of matching paragraphs in order: O(|A|·|B|) on paragraph counts. */
function orderedMatch(A: Set<number>[], B: Set<number>[]): number {
  let prev = new Array<number>(B.length + 1).fill(0);
  for (let i = 1; i <= A.length; i++) {
    const cur = new Array<number>(B.length + 1).fill(0);
    for (let j = 1; j <= B.length; j++) {
      cur[j] = jaccard(A[i - 1]!, B[j - 1]!) >= PARAGRAPH_MATCH ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    prev = cur;
  }
  return prev[B.length]!;
}

/**
 * Pairs worth scoring: every pair in small batches; in large ones only pairs
 * that share several rare words (an inverted index over document-level words).
 */
function candidatePairs(prints: Set<number>[][]): [number, number][] {
  const n = prints.length;
  const pairs: [number, number][] = [];
  if (n <= 300) {
    for (let a = 0; a < n; a++) for (let b = a + 1; b < n; b++) pairs.push([a, b]);
    return pairs;
  }
  const docWords = prints.map((p) => new Set(p.flatMap((s) => [...s])));
  const df = new Map<number, number>();
  for (const d of docWords) for (const w of d) df.set(w, (df.get(w) ?? 0) + 1);
  const index = new Map<number, number[]>();
  docWords.forEach((d, i) => {
    for (const w of d) {
      const f = df.get(w)!;
      if (f >= 2 && f <= 50) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
    }
  });
  const counts = new Map<number, number>();
  for (const postings of index.values()) {
    for (let x = 0; x < postings.length; x++) {
      for (let y = x + 1; y < postings.length; y++) {
        const key = postings[x]! * n + postings[y]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  for (const [key, c] of counts) if (c >= 5) pairs.push([Math.floor(key / n), key % n]);
  return pairs;
}

/** Pairs that chain (A~B, B~C) become one group with the lowest pair similarity. */
function mergeGroups(pairs: SameOrigin[]): SameOrigin[] {
  const groups: SameOrigin[] = [];
  for (const p of pairs) {
    const hit = groups.find((g) => p.sources.some((s) => g.sources.includes(s)));
    if (hit) {
      for (const s of p.sources) if (!hit.sources.includes(s)) hit.sources.push(s);
      hit.similarity = Math.min(hit.similarity, p.similarity);
    } else groups.push({ sources: [...p.sources], similarity: p.similarity });
  }
  return groups;
}
