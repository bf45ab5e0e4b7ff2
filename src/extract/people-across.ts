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
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const sourcesOf = (root: number): Set<number> =>
    new Set(nodes.filter((_, i) => find(i) === root).map((n) => n.source));
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const sa = sourcesOf(ra);
    for (const s of sourcesOf(rb)) if (sa.has(s)) return;
    parent[rb] = ra;
  };

  const full = nodes.map((n, i) => [n, i] as const).filter(([n]) => n.first !== null);
  // Closest spellings first, so an exact match claims its partner before a garble can.
  const pairs: [number, number, number][] = [];
  for (const [a, i] of full) {
    for (const [b, j] of full) {
      if (j <= i || a.source === b.source) continue;
      const d = fullNameDistance(a, b, lx);
      if (d !== null) pairs.push([d, i, j]);
    }
  }
  for (const [, i, j] of pairs.sort((x, y) => x[0] - y[0])) union(i, j);
  nodes.forEach((n, i) => {
    if (n.first !== null) return;
    const roots = new Set(full.filter(([m]) => fold(m.last) === fold(n.last)).map(([, j]) => find(j)));
    if (roots.size === 1) union([...roots][0]!, i);
    else if (roots.size === 0) {
      // A bare name seen bare in another source too ("Trump" and "Trump").
      nodes.forEach((m, j) => {
        if (m.first === null && m.source !== n.source && fold(m.last) === fold(n.last)) union(j, i);
      });
    }
  });

  const names = new Map<number, string>();
  const groups = new Map<number, Node[]>();
  nodes.forEach((n, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), n]));
  for (const [root, members] of groups) {
    const weights = new Map<string, number>();
    for (const m of members) {
      for (const form of [m.person.name, ...m.person.mentions]) weights.set(form, (weights.get(form) ?? 0) + 1);
    }
    names.set(root, chooseName(weights));
  }
  let k = 0;
  return perSource.map((people) =>
    people.map((p) => {
      const words = keyWords(p.name.split(/\s+/u));
      if (words.length === 0) return { ...p };
      const name = names.get(find(k++))!;
      return { ...p, name };
    }),
  );
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
