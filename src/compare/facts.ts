import type { Claim, Fact, FactStatus, Source } from '../types.js';

/** A claim with the source it came from, the unit every aligner works on. */
export interface Located<C extends Claim = Claim> {
  source: string;
  claim: C;
}

/** Groups claims by source id, keeping the order of first appearance. */
export function bySource(items: Located[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const { source, claim } of items) (out[source] ??= []).push(claim.id);
  return out;
}

export function sourcesOf(items: Located[]): Set<string> {
  return new Set(items.map((i) => i.source));
}

/**
 * Fills in the derived fields of a fact: which sources omit it and its
 * status. A fact with one source is single-source whatever its values.
 */
export function finishFact(
  partial: Omit<Fact, 'status' | 'missingFrom' | 'claims'> & { items: Located[]; conflicting: boolean },
  allSources: Source[],
): Fact {
  const claims = bySource(partial.items);
  const present = Object.keys(claims);
  const status: FactStatus = present.length < 2 ? 'single-source' : partial.conflicting ? 'conflict' : 'agree';
  const { items: _items, conflicting: _conflicting, ...rest } = partial;
  return {
    ...rest,
    status,
    claims,
    // An omission is a fact others report that a source leaves out. For a
    // single-source fact every other source "omits" it; listing them all
    // would make the report quadratic in the batch, so the list stays empty.
    missingFrom: status === 'single-source' ? [] : allSources.map((s) => s.id).filter((id) => !Object.hasOwn(claims, id)),
  };
}

/** Simple union–find over indices, for clustering by pairwise links. */
export class UnionFind {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    let root = i;
    while (this.parent[root] !== root) root = this.parent[root]!;
    while (this.parent[i] !== root) {
      const next = this.parent[i]!;
      this.parent[i] = root;
      i = next;
    }
    return root;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
  groups(): number[][] {
    const map = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      let g = map.get(r);
      if (!g) map.set(r, (g = []));
      g.push(i);
    }
    return [...map.values()];
  }
}
