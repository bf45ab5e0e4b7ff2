import type { SameOrigin, Source } from '../types.js';
import { jaccard } from '../util/words.js';

/** Two paragraphs are renderings of one when their content words overlap this much (translations differ a lot). */
const PARAGRAPH_MATCH = 0.25;
/** Share of the shorter article's paragraphs found, in order, in the other. */
const MIN_SIMILARITY = 0.5;
/** Articles need this many body paragraphs before order says anything. */
const MIN_PARAGRAPHS = 3;
/** Signature words per paragraph, and how many of them two articles must share before they are scored. */
const SIGNATURE_WORDS = 4;
/** Signature words drawn by hash, whatever their frequency (min-hash style). */
const SAMPLED_WORDS = 1;
const MIN_SHARED_SIGNATURES = 2;
/**
 * A signature word shared by up to this many articles pairs them all; one
 * shared by more (a wire story reprinted hundreds of times) pairs each
 * article with its NEIGHBOURS nearest in the list only. Copies still chain
 * into one group, and the work stays linear in the batch.
 */
const ALL_PAIRS_UP_TO = 32;
const NEIGHBOURS = 8;

interface Print {
  paragraphs: Set<number>[];
  /** Per paragraph: its rarest words that some other paragraph has too. */
  signatures: number[][];
  /** Signature word → the paragraphs that carry it, built once per article. */
  where: Map<number, number[]>;
  /** Per paragraph: one id for every paragraph of the batch with the same words. */
  ids: number[];
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
export function sameOrigin(input: Source[]): SameOrigin[] {
  // Worked in id order: which articles are neighbours under a common word, and
  // so which pairs join a group and its similarity, must not depend on the
  // order the files came in. The answer is given back in input order.
  const order = input.map((_, i) => i).sort((x, y) => compareIds(input[x]!.id, input[y]!.id));
  const sources = order.map((i) => input[i]!);
  const { prints, distinct } = fingerprints(sources);
  // Reposts repeat paragraphs word for word: each distinct pair is scored once.
  const memo = new Map<number, boolean>();
  const matchesParagraph = (A: Print, i: number, B: Print, j: number): boolean => {
    // Small integers while the batch has fewer than 2^15 distinct paragraphs: fast map keys.
    const key = A.ids[i]! * distinct + B.ids[j]!;
    let hit = memo.get(key);
    if (hit === undefined) memo.set(key, (hit = jaccard(A.paragraphs[i]!, B.paragraphs[j]!) >= PARAGRAPH_MATCH));
    return hit;
  };
  const groups = new Groups(sources.length);
  const scratch = new Scratch();
  for (const [a, b] of candidatePairs(prints)) {
    // Already joined through other copies: a big cluster is not scored pair by pair.
    if (groups.together(a, b)) continue;
    const A = prints[a]!;
    const B = prints[b]!;
    const shorter = Math.min(A.paragraphs.length, B.paragraphs.length);
    if (shorter < MIN_PARAGRAPHS) continue;
    // The chain holds at most one match per paragraph of A that shares a signature word with B.
    if (reachable(A, B) < MIN_SIMILARITY * shorter) continue;
    const similarity = orderedMatch(A, B, matchesParagraph, scratch) / shorter;
    if (similarity >= MIN_SIMILARITY) groups.join(a, b, Math.round(similarity * 100) / 100);
  }
  return groups
    .list()
    .map(({ members, similarity }) => ({ members: members.map((k) => order[k]!).sort((x, y) => x - y), similarity }))
    .sort((x, y) => x.members[0]! - y.members[0]!)
    .map(({ members, similarity }) => ({ sources: members.map((i) => input[i]!.id), similarity }));
}

/** Plain code-unit order: the same on every machine, whatever its locale. */
function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function fingerprints(sources: Source[]): { prints: Print[]; distinct: number } {
  // Word hashes are 32-bit, mostly beyond V8's small-integer range, which makes
  // every map keyed by them slow: words get dense ids first (in order of first
  // sight). Ties below are still broken by the hash, so the choice of
  // signature words does not depend on the order of the batch.
  const dense = new Map<number, number>();
  const hashOf: number[] = [];
  const df: number[] = [];
  const paragraphs = sources.map((s) =>
    (s.fingerprint ?? []).map((p) => {
      const para = new Set<number>();
      for (const h of p) {
        let w = dense.get(h);
        if (w === undefined) {
          w = hashOf.length;
          dense.set(h, w);
          hashOf.push(h);
          df.push(0);
        }
        para.add(w);
      }
      for (const w of para) df[w]!++;
      return para;
    }),
  );
  const byRarity = (a: number, b: number): number => df[a]! - df[b]! || hashOf[a]! - hashOf[b]!;
  const idOf = new Map<string, number>();
  const prints = paragraphs.map((doc) => {
    const ids = doc.map((para) => {
      // Dense ids name words one to one, so equal keys still mean equal word sets.
      const key = Int32Array.from(para).sort().join(' ');
      return idOf.get(key) ?? idOf.set(key, idOf.size).get(key)!;
    });
    const signatures = doc.map((para) => {
      const shared: number[] = [];
      for (const w of para) if (df[w]! >= 2) shared.push(w);
      const rarest = shared.sort(byRarity).slice(0, SIGNATURE_WORDS);
      // Plus a sample that does not depend on the batch: in a batch holding many
      // copies of two translations of one story, the rarest words of each are the
      // words only its own copies use, and the two would never meet.
      const sample = smallest(shared.slice(SIGNATURE_WORDS), SAMPLED_WORDS, (w) => scramble(hashOf[w]!), (w) => hashOf[w]!);
      return [...rarest, ...sample];
    });
    const where = new Map<number, number[]>();
    signatures.forEach((sig, j) => {
      for (const w of sig) (where.get(w) ?? where.set(w, []).get(w)!).push(j);
    });
    return { paragraphs: doc, signatures, where, ids };
  });
  return { prints, distinct: idOf.size };
}

/** The k items with the smallest (first, then) pair, in that order: k scans, as k is one or two. */
function smallest(items: number[], k: number, first: (x: number) => number, then: (x: number) => number): number[] {
  const out: number[] = [];
  const left = [...items];
  while (out.length < k && left.length > 0) {
    let best = 0;
    for (let i = 1; i < left.length; i++) {
      const d = first(left[i]!) - first(left[best]!) || then(left[i]!) - then(left[best]!);
      if (d < 0) best = i;
    }
    out.push(left[best]!);
    left.splice(best, 1);
  }
  return out;
}

/** Article pairs sharing at least two signature words (near neighbours only, for a word most articles share). */
function candidatePairs(prints: Print[]): [number, number][] {
  const n = prints.length;
  const index = new Map<number, number[]>();
  prints.forEach((p, d) => {
    for (const w of new Set(p.signatures.flat())) (index.get(w) ?? index.set(w, []).get(w)!).push(d);
  });
  const counts = new Map<number, number>();
  for (const postings of index.values()) {
    const reach = postings.length > ALL_PAIRS_UP_TO ? NEIGHBOURS : postings.length;
    for (let x = 0; x < postings.length; x++) {
      for (let y = x + 1; y < postings.length && y - x <= reach; y++) {
        const key = postings[x]! * n + postings[y]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const pairs: [number, number][] = [];
  for (const [key, c] of counts) if (c >= MIN_SHARED_SIGNATURES) pairs.push([Math.floor(key / n), key % n]);
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

/** How many paragraphs of A share a signature word with B: a cheap upper bound on orderedMatch. */
function reachable(A: Print, B: Print): number {
  // Plain loops: on a batch of reposts nearly every pair is a candidate, so this runs for most pairs.
  let n = 0;
  for (const sig of A.signatures) {
    for (const w of sig) {
      if (B.where.has(w)) {
        n++;
        break;
      }
    }
  }
  return n;
}

/**
 * Longest chain of matching paragraphs in order. Only paragraph pairs that
 * share a signature word are scored; the chain is a longest increasing
 * subsequence over those matches (O(k log k)).
 */
function orderedMatch(A: Print, B: Print, same: (A: Print, i: number, B: Print, j: number) => boolean, scratch: Scratch): number {
  // A match (i, j) is one number, i * 2^26 + (2^26 - 1 - j): ascending order is
  // i ascending and, within one i, j descending, so one paragraph of A counts
  // once in the chain. (The paragraph ids of the memo key have the same bound.)
  let count = 0;
  const tried = scratch.tried;
  for (let i = 0; i < A.signatures.length; i++) {
    tried.clear();
    for (const w of A.signatures[i]!) {
      const js = B.where.get(w);
      if (js === undefined) continue;
      for (const j of js) {
        if (tried.has(j)) continue;
        tried.add(j);
        if (!same(A, i, B, j)) continue;
        if (count === scratch.matches.length) scratch.grow();
        scratch.matches[count++] = i * PARAGRAPH_SLOTS + (PARAGRAPH_SLOTS - 1 - j);
      }
    }
  }
  const sorted = scratch.matches.subarray(0, count).sort();
  const tails = scratch.tails;
  let length = 0;
  for (let m = 0; m < count; m++) {
    const j = PARAGRAPH_SLOTS - 1 - (sorted[m]! % PARAGRAPH_SLOTS);
    let lo = 0;
    let hi = length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < j) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = j;
    if (lo === length) length++;
  }
  return length;
}

/** Room for 2^26 paragraphs per article, in a match number and a memo key. */
const PARAGRAPH_SLOTS = 2 ** 26;

/** Buffers orderedMatch reuses from pair to pair: it runs for most pairs of a batch of reposts. */
class Scratch {
  matches = new Float64Array(64);
  /** Longest-chain tails; never longer than the matches. */
  tails = new Float64Array(64);
  readonly tried = new Set<number>();

  grow(): void {
    const bigger = new Float64Array(this.matches.length * 2);
    bigger.set(this.matches);
    this.matches = bigger;
    this.tails = new Float64Array(bigger.length);
  }
}

/** A fixed reordering of word ids (a 32-bit integer mix), so the sample is the same in every run. */
function scramble(w: number): number {
  let h = Math.imul(w ^ (w >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Pairs that chain (A~B, B~C) become one group, whose similarity is the
 * lowest of the pairs that joined it. Groups come in order of their first
 * source, and sources in input order.
 */
class Groups {
  private readonly parent: number[];
  private readonly lowest: number[];

  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
    this.lowest = new Array<number>(size).fill(1);
  }

  private find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  together(a: number, b: number): boolean {
    return this.find(a) === this.find(b);
  }

  join(a: number, b: number, similarity: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller index stays the root: it is the group's first source.
    const [root, child] = ra <= rb ? [ra, rb] : [rb, ra];
    this.lowest[root] = Math.min(similarity, this.lowest[ra]!, this.lowest[rb]!);
    this.parent[child] = root;
  }

  list(): { members: number[]; similarity: number }[] {
    const byRoot = new Map<number, number[]>();
    this.parent.forEach((_, i) => {
      const root = this.find(i);
      (byRoot.get(root) ?? byRoot.set(root, []).get(root)!).push(i);
    });
    return [...byRoot]
      .filter(([, members]) => members.length >= 2)
      .sort((x, y) => x[0] - y[0])
      .map(([root, members]) => ({ members, similarity: this.lowest[root]! }));
  }
}
