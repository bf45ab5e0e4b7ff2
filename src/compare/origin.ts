import type { SameOrigin, Source } from '../types.js';
import { jaccard } from '../util/words.js';

/** Two paragraphs are renderings of one when their content words overlap this much (translations differ a lot). */
const PARAGRAPH_MATCH = 0.25;
/** Share of the shorter article's paragraphs found, in order, in the other. */
const MIN_SIMILARITY = 0.5;
/** Articles need this many body paragraphs before order says anything. */
const MIN_PARAGRAPHS = 3;
/** Signature words per paragraph, and how many articles a signature word may name before it says nothing. */
const SIGNATURE_WORDS = 4;
const MAX_POSTINGS = 100;
const MIN_SHARED_SIGNATURES = 2;

interface Print {
  paragraphs: Set<number>[];
  /** Per paragraph: its rarest words that some other paragraph has too. */
  signatures: number[][];
}

/**
 * Finds sources that are copies or translations of one original: the share
 * of the shorter article's paragraphs that have a counterpart in the other,
 * in the same order (longest common subsequence over matched paragraphs).
 * Order matters: two outlets quoting one wire paragraph are not copies.
 *
 * Nothing is compared pair by pair blindly: paragraphs are named by
 * signature words, articles that share too few are never scored, and within
 * a pair only paragraphs that share a signature word are compared.
 */
export function sameOrigin(sources: Source[]): SameOrigin[] {
  const prints = fingerprints(sources);
  const out: SameOrigin[] = [];
  for (const [a, b] of candidatePairs(prints)) {
    const A = prints[a]!;
    const B = prints[b]!;
    const shorter = Math.min(A.paragraphs.length, B.paragraphs.length);
    if (shorter < MIN_PARAGRAPHS) continue;
    const similarity = orderedMatch(A, B) / shorter;
    if (similarity >= MIN_SIMILARITY) {
      out.push({ sources: [sources[a]!.id, sources[b]!.id], similarity: Math.round(similarity * 100) / 100 });
    }
  }
  return mergeGroups(out);
}

function fingerprints(sources: Source[]): Print[] {
  const paragraphs = sources.map((s) => (s.fingerprint ?? []).map((p) => new Set(p)));
  const df = new Map<number, number>();
  for (const doc of paragraphs) for (const para of doc) for (const w of para) df.set(w, (df.get(w) ?? 0) + 1);
  return paragraphs.map((doc) => ({
    paragraphs: doc,
    signatures: doc.map((para) =>
      [...para]
        .filter((w) => df.get(w)! >= 2)
        .sort((a, b) => df.get(a)! - df.get(b)! || a - b)
        .slice(0, SIGNATURE_WORDS),
    ),
  }));
}

/** Article pairs sharing at least two signature words (common words excluded by a postings cap). */
function candidatePairs(prints: Print[]): [number, number][] {
  const n = prints.length;
  const index = new Map<number, number[]>();
  prints.forEach((p, d) => {
    for (const w of new Set(p.signatures.flat())) (index.get(w) ?? index.set(w, []).get(w)!).push(d);
  });
  const counts = new Map<number, number>();
  for (const postings of index.values()) {
    if (postings.length > MAX_POSTINGS) continue;
    for (let x = 0; x < postings.length; x++) {
      for (let y = x + 1; y < postings.length; y++) {
        const key = postings[x]! * n + postings[y]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, c] of counts) if (c >= MIN_SHARED_SIGNATURES) pairs.push([Math.floor(key / n), key % n]);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/**
 * Longest chain of matching paragraphs in order. Only paragraph pairs that
 * share a signature word are scored; the chain is a longest increasing
 * subsequence over those matches (O(k log k)).
 */
function orderedMatch(A: Print, B: Print): number {
  const where = new Map<number, number[]>();
  B.signatures.forEach((sig, j) => {
    for (const w of sig) (where.get(w) ?? where.set(w, []).get(w)!).push(j);
  });
  const matches: [number, number][] = [];
  A.signatures.forEach((sig, i) => {
    const tried = new Set<number>();
    for (const w of sig) {
      for (const j of where.get(w) ?? []) {
        if (tried.has(j)) continue;
        tried.add(j);
        if (jaccard(A.paragraphs[i]!, B.paragraphs[j]!) >= PARAGRAPH_MATCH) matches.push([i, j]);
      }
    }
  });
  // By i ascending and, within one i, j descending, so one paragraph counts once in the chain.
  matches.sort((p, q) => p[0] - q[0] || q[1] - p[1]);
  const tails: number[] = [];
  for (const [, j] of matches) {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < j) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = j;
  }
  return tails.length;
}

/** Pairs that chain (A~B, B~C) become one group with the lowest pair similarity. */
function mergeGroups(pairs: SameOrigin[]): SameOrigin[] {
  const groups: SameOrigin[] = [];
  const groupOf = new Map<string, SameOrigin>();
  for (const p of pairs) {
    const found = [...new Set(p.sources.map((s) => groupOf.get(s)).filter((g): g is SameOrigin => g !== undefined))];
    let hit = found[0];
    if (!hit) {
      hit = { sources: [], similarity: p.similarity };
      groups.push(hit);
    }
    for (const other of found.slice(1)) {
      // p joins two existing groups: fold the second into the first.
      for (const s of other.sources) if (!hit.sources.includes(s)) hit.sources.push(s);
      hit.similarity = Math.min(hit.similarity, other.similarity);
      groups.splice(groups.indexOf(other), 1);
    }
    for (const s of p.sources) if (!hit.sources.includes(s)) hit.sources.push(s);
    hit.similarity = Math.min(hit.similarity, p.similarity);
    for (const s of hit.sources) groupOf.set(s, hit);
  }
  return groups;
}
