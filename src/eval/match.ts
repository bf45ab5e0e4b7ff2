// One-to-one matching of gold items to predictions. A greedy pass can strand
// a gold item whose only candidate was taken by a neighbour with other
// options (two "12,500" on one line), so we take a maximum matching
// (Kuhn's augmenting paths; a line holds a handful of items).

/**
 * candidates[g] lists the predictions gold item g may match, preferred first.
 * Predictions in `taken` are unavailable. Returns, per gold item, the index
 * of its prediction or -1.
 */
export function maxMatching(candidates: readonly number[][], taken: ReadonlySet<number> = new Set()): number[] {
  const owner = new Map<number, number>();
  const tryAssign = (g: number, seen: Set<number>): boolean => {
    for (const p of candidates[g] ?? []) {
      if (taken.has(p) || seen.has(p)) continue;
      seen.add(p);
      const current = owner.get(p);
      if (current === undefined || tryAssign(current, seen)) {
        owner.set(p, g);
        return true;
      }
    }
    return false;
  };
  for (let g = 0; g < candidates.length; g++) tryAssign(g, new Set());
  const result = candidates.map(() => -1);
  for (const [p, g] of owner) result[g] = p;
  return result;
}

export interface Matched<G, P> {
  /** Required gold items with their prediction. */
  pairs: Array<{ gold: G; pred: P }>;
  /** Required gold items nothing matched. */
  missed: G[];
  /** Predictions that matched no gold item. */
  spurious: P[];
  /** Predictions taken by neutral gold items (optional, or on removed boilerplate). */
  neutral: number;
}

/**
 * Matches in two rounds: required gold items first, over every prediction, so
 * that a neutral item never steals a prediction a required one needs; then
 * neutral items over what is left, so their matches are not false positives.
 * `score` returns null when g and p cannot match, else a preference (higher
 * is better).
 */
export function matchItems<G, P>(
  gold: readonly G[],
  preds: readonly P[],
  isRequired: (g: G) => boolean,
  score: (g: G, p: P) => number | null,
): Matched<G, P> {
  const required = gold.filter(isRequired);
  const neutral = gold.filter((g) => !isRequired(g));
  const candidatesOf = (g: G): number[] =>
    preds
      .map((p, i) => ({ i, s: score(g, p) }))
      .filter((c): c is { i: number; s: number } => c.s !== null)
      .sort((a, b) => b.s - a.s || a.i - b.i)
      .map((c) => c.i);
  const first = maxMatching(required.map(candidatesOf));
  const used = new Set(first.filter((p) => p >= 0));
  const second = maxMatching(neutral.map(candidatesOf), used);
  for (const p of second) if (p >= 0) used.add(p);
  const pairs: Array<{ gold: G; pred: P }> = [];
  const missed: G[] = [];
  required.forEach((g, k) => {
    const p = first[k]!;
    if (p >= 0) pairs.push({ gold: g, pred: preds[p]! });
    else missed.push(g);
  });
  return {
    pairs,
    missed,
    spurious: preds.filter((_, i) => !used.has(i)),
    neutral: second.filter((p) => p >= 0).length,
  };
}
