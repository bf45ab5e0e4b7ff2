// Across articles: one individual gets one canonical name in every source.
// Full names are linked first (same surname and a fitting first name, or a
// garble of both when the titles agree); bare surnames then join the one full
// name they fit. Two people one source keeps apart are never joined.
import type { Person } from '../types.js';
import { titleIdIn, type PeopleLexicon } from './people-lexicon.js';
import { chooseName, keyWords } from './people-names.js';
import { fold, garbleDistance, isInitialOf } from './people-strings.js';

interface Node {
  source: number;
  person: Person;
  first: string | null;
  last: string;
  role: string | null;
}

export function linkAcrossSources(perSource: Person[][], lx: PeopleLexicon): Person[][] {
  const nodes: Node[] = [];
  perSource.forEach((people, source) => {
    for (const person of people) {
      const words = keyWords(person.name.split(/\s+/u));
      if (words.length === 0) continue;
      nodes.push({ source, person, first: words.length >= 2 ? words[0]! : null, last: words.at(-1)!, role: titleIdIn(person.role, lx) });
    }
  });
  const groups = new SourceGroups(nodes.map((n) => n.source));

  // One entry per distinct spelling (and office) of a full name: a big batch
  // repeats the same few names thousands of times, so spellings are compared
  // with each other, not every mention with every other.
  const forms = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    if (n.first === null) return;
    const key = `${fold(n.first)}\u0000${fold(n.last)}\u0000${n.role ?? ''}`;
    const members = forms.get(key);
    if (members) members.push(i);
    else forms.set(key, [i]);
  });
  const formList = [...forms.values()];
  // Closest spellings first, so an exact match claims its partner before a garble can.
  const pairs: [number, number, number][] = formList.map((_, a) => [0, a, a]);
  for (const [a, b] of candidatePairs(formList.map((f) => fold(nodes[f[0]!]!.last)), maxGarble(lx))) {
    const d = fullNameDistance(nodes[formList[a]![0]!]!, nodes[formList[b]![0]!]!, lx);
    if (d !== null) pairs.push([d, a, b]);
  }
  pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
  for (const [, a, b] of pairs) {
    const rep = formList[a]![0]!;
    for (const i of formList[a]!) groups.union(rep, i);
    if (b !== a) for (const j of formList[b]!) groups.union(rep, j);
  }

  // Bare surnames join the one full name they fit, else each other ("Trump" and "Trump").
  const fullRootsByLast = new Map<string, Set<number>>();
  for (const members of formList) {
    const last = fold(nodes[members[0]!]!.last);
    const roots = fullRootsByLast.get(last) ?? new Set<number>();
    for (const i of members) roots.add(groups.find(i));
    fullRootsByLast.set(last, roots);
  }
  const bareByLast = new Map<string, number>();
  nodes.forEach((n, i) => {
    if (n.first !== null) return;
    const last = fold(n.last);
    const roots = fullRootsByLast.get(last);
    if (roots?.size === 1) groups.union([...roots][0]!, i);
    else if (!roots) {
      const first = bareByLast.get(last);
      if (first === undefined) bareByLast.set(last, i);
      else groups.union(first, i);
    }
  });

  const members = new Map<number, Node[]>();
  nodes.forEach((n, i) => {
    const root = groups.find(i);
    const list = members.get(root);
    if (list) list.push(n);
    else members.set(root, [n]);
  });
  const names = new Map<number, string>();
  for (const [root, list] of members) {
    const weights = new Map<string, number>();
    for (const m of list) {
      for (const form of [m.person.name, ...m.person.mentions]) weights.set(form, (weights.get(form) ?? 0) + 1);
    }
    names.set(root, chooseName(weights));
  }
  let k = 0;
  return perSource.map((people) =>
    people.map((p) => {
      const words = keyWords(p.name.split(/\s+/u));
      if (words.length === 0) return { ...p };
      const name = names.get(groups.find(k++))!;
      return { ...p, name };
    }),
  );
}

/**
 * Pairs of surnames (by index) that may be spellings of one name: a garble
 * keeps the first letter and a length within a few letters, so only those
 * are compared.
 */
function candidatePairs(lasts: string[], maxGap: number): [number, number][] {
  const byInitial = new Map<string, number[]>();
  lasts.forEach((w, i) => {
    const list = byInitial.get(w[0] ?? '');
    if (list) list.push(i);
    else byInitial.set(w[0] ?? '', [i]);
  });
  const out: [number, number][] = [];
  for (const list of byInitial.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!;
        const b = list[y]!;
        if (Math.abs(lasts[a]!.length - lasts[b]!.length) <= maxGap) out.push([a, b]);
      }
    }
  }
  return out;
}

/** The most letters a garble may change: edit distance is at least the length gap. */
function maxGarble(lx: PeopleLexicon): number {
  return Math.max(0, ...lx.garble.maxDistance.map((step) => step.distance));
}

/**
 * Union-find over people, where a group never holds two people of one source.
 * Each root keeps its sources; merging moves the smaller set into the larger,
 * so a batch of thousands of sources stays near-linear.
 */
class SourceGroups {
  private readonly parent: number[];
  private readonly sources: (Set<number> | undefined)[];

  constructor(sourceOf: number[]) {
    this.parent = sourceOf.map((_, i) => i);
    this.sources = sourceOf.map((s) => new Set([s]));
  }

  find(i: number): number {
    const parent = this.parent;
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  }

  /** Joins b's group into a's (a's root stays the root), unless they share a source. */
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const sa = this.sources[ra]!;
    const sb = this.sources[rb]!;
    const [small, large] = sa.size <= sb.size ? [sa, sb] : [sb, sa];
    for (const s of small) if (large.has(s)) return;
    for (const s of small) large.add(s);
    this.parent[rb] = ra;
    this.sources[ra] = large;
    this.sources[rb] = undefined;
  }
}

/** How far two full names are apart when they may name one person, else null. */
function fullNameDistance(a: Node, b: Node, lx: PeopleLexicon): number | null {
  const last = garbleDistance(a.last, b.last, lx.garble);
  if (last === null) return null;
  let first: number | null;
  if (isInitialOf(a.first!, b.first!) || isInitialOf(b.first!, a.first!)) first = 0;
  else first = garbleDistance(a.first!, b.first!, lx.garble);
  if (first === null) return null;
  const d = first + last;
  if (d === 0) return 0;
  const clash = a.role !== null && b.role !== null && a.role !== b.role;
  if (first === 0 || last === 0) return clash ? null : d;
  // Both words garbled: only when the two sources give the same office.
  return a.role !== null && a.role === b.role ? d : null;
}
