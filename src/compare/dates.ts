import { loadData } from '../data.js';
import type { DateClaim, Fact, Source } from '../types.js';
import { stem } from '../util/words.js';
import { finishFact, UnionFind, type Located } from './facts.js';
import { topContext } from './quantities.js';

/** Only the words nearest a date name its kind of event ("a meeting in Geneva in June")… */
const NEAR_WORDS = 4;
/** …and a context word is distinctive when at most this share of the batch's dates carry it… */
const RARE_SHARE = 0.1;

const eventClass = new Map<string, string>();
for (const c of loadData<{ classes: { id: string; words: string[] }[] }>('events').classes) {
  for (const w of c.words) eventClass.set(stem(w), c.id);
}
/** A source that gives both dates for one event says they are two events; noise allowed at scale. */
const BOTH_SHARE = 0.2;

/**
 * Aligns dates. Claims of different sources that tell of one event (the
 * words nearest them name the same kind of event, data/events.json, and
 * they share a distinctive context word such as a place) but give
 * incompatible dates of the same precision become one conflict fact — unless
 * the sources that give both dates for that event are more than a few, which
 * means they are two events. The rest agree by resolved value; a coarser
 * date joins the one finer value of its kind of event. Unresolved dates
 * ("last week") are not facts: there is nothing to compare.
 *
 * Work is linear in the claims: every claim files itself under a few keys
 * (distinctive word × kind of event × precision), and only values under one
 * key are compared.
 *
 * `ignore` holds words that never make an event distinctive: the names and
 * roles of the people in the batch (one person acts on many days).
 */
export function alignDates(items: Located<DateClaim>[], all: Source[], ignore: ReadonlySet<string> = new Set()): Fact[] {
  const resolved = items.filter((i) => i.claim.resolved !== null);
  // Context words come nearest first (see extract/quantity-context.ts).
  const words = resolved.map((i) => i.claim.context.map(stem).filter((w) => !ignore.has(w)));
  const events = words.map((ws) => new Set(ws.slice(0, NEAR_WORDS).flatMap((w) => eventClass.get(w) ?? [])));
  const df = new Map<string, number>();
  for (const ws of words) for (const w of new Set(ws)) df.set(w, (df.get(w) ?? 0) + 1);
  const rareLimit = Math.max(2, Math.ceil(resolved.length * RARE_SHARE));

  const rareOf = words.map((ws) => new Set(ws.filter((w) => (df.get(w) ?? 0) <= rareLimit && !eventClass.has(w))));

  // key → value → claim indices
  const keyed = new Map<string, Map<string, number[]>>();
  resolved.forEach((item, i) => {
    for (const w of rareOf[i]!) {
      for (const e of events[i]!) {
        const key = `${w}|${e}|${item.claim.precision}`;
        const values = keyed.get(key) ?? keyed.set(key, new Map()).get(key)!;
        const list = values.get(item.claim.resolved!) ?? values.set(item.claim.resolved!, []).get(item.claim.resolved!)!;
        list.push(i);
      }
    }
  });

  const sharedRare = (a: number[], b: number[]): number => {
    const left = new Set(a.flatMap((i) => [...rareOf[i]!]));
    return new Set(b.flatMap((i) => [...rareOf[i]!].filter((w) => left.has(w)))).size;
  };
  const uf = new UnionFind(resolved.length);
  const inConflict = new Set<number>();
  for (const values of keyed.values()) {
    if (values.size < 2) continue;
    const entries = [...values.entries()];
    const sourcesOf = entries.map(([, idx]) => new Set(idx.map((i) => resolved[i]!.source)));
    for (let x = 0; x < entries.length; x++) {
      for (let y = x + 1; y < entries.length; y++) {
        const [va, a] = entries[x]!;
        const [vb, b] = entries[y]!;
        if (compatible(va, vb)) continue;
        const A = sourcesOf[x]!;
        const B = sourcesOf[y]!;
        let both = 0;
        for (const s of A) if (B.has(s)) both++;
        if (both > 0 && both >= BOTH_SHARE * Math.min(A.size, B.size)) continue;
        // Years are mostly history ("the 2019 election", "highest since 2004"): one shared word is not enough.
        if (va.length === 4 && sharedRare(a, b) < 2) continue;
        for (const i of [...a, ...b]) {
          uf.union(a[0]!, i);
          inConflict.add(i);
        }
      }
    }
  }

  // A claim outside the conflict that gives one of its dates with two context
  // words in common with the claims of that date (or one and the same kind
  // of event) tells the same side of it: it joins the conflict rather than
  // standing beside it as a separate agreement.
  const conflictGroups = uf.groups().filter((g) => g.length >= 2 && inConflict.has(g[0]!));
  const sides = new Map<string, { root: number; events: Set<string>; words: Set<string> }[]>();
  for (const group of conflictGroups) {
    const root = uf.find(group[0]!);
    for (const i of group) {
      const v = resolved[i]!.claim.resolved!;
      const list = sides.get(v) ?? sides.set(v, []).get(v)!;
      let side = list.find((x) => x.root === root);
      if (!side) list.push((side = { root, events: new Set(), words: new Set() }));
      for (const e of events[i]!) side.events.add(e);
      for (const w of words[i]!) side.words.add(w);
    }
  }
  resolved.forEach((item, i) => {
    if (inConflict.has(i)) return;
    const candidates = (sides.get(item.claim.resolved!) ?? []).filter((side) => {
      const shared = words[i]!.filter((w) => side.words.has(w)).length;
      return shared >= 2 || (shared === 1 && [...events[i]!].some((e) => side.events.has(e)));
    });
    // Only when the side is unambiguous.
    if (candidates.length !== 1) return;
    uf.union(candidates[0]!.root, i);
    inConflict.add(i);
  });

  const facts: Fact[] = [];
  for (const group of uf.groups()) {
    if (group.length < 2 || !inConflict.has(group[0]!)) continue;
    facts.push(dateFact(group.sort((p, q) => p - q).map((i) => resolved[i]!), all, true));
  }

  const byValue = new Map<string, number[]>();
  resolved.forEach((item, i) => {
    if (inConflict.has(i)) return;
    const key = item.claim.resolved!;
    (byValue.get(key) ?? byValue.set(key, []).get(key)!).push(i);
  });
  // A coarser date of the same kind of event agrees with a finer one ("in
  // 2016" / "April 2016"): it joins the one finer value it fits, if only one.
  const kinds = new Map([...byValue].map(([value, idx]) => [value, new Set(idx.flatMap((i) => [...events[i]!]))]));
  const byPrefix = new Map<string, string[]>();
  for (const value of byValue.keys()) {
    for (const cut of [4, 7]) if (value.length > cut) (byPrefix.get(value.slice(0, cut)) ?? byPrefix.set(value.slice(0, cut), []).get(value.slice(0, cut))!).push(value);
  }
  for (const coarse of [...byValue.keys()].sort((a, b) => b.length - a.length)) {
    const mine = kinds.get(coarse)!;
    const kin = (byPrefix.get(coarse) ?? []).filter((fine) => byValue.has(fine) && [...kinds.get(fine)!].some((e) => mine.has(e)));
    if (kin.length !== 1) continue;
    byValue.get(kin[0]!)!.push(...byValue.get(coarse)!);
    for (const e of mine) kinds.get(kin[0]!)!.add(e);
    byValue.delete(coarse);
  }
  for (const group of byValue.values()) facts.push(dateFact(group.sort((p, q) => p - q).map((i) => resolved[i]!), all, false));
  return facts;
}

function dateFact(items: Located<DateClaim>[], all: Source[], conflicting: boolean): Fact {
  const values: Record<string, string[]> = {};
  // Values in calendar order, sources sorted: the same whatever the order of the sources.
  for (const { source, claim } of [...items].sort((a, b) => (a.claim.resolved! < b.claim.resolved! ? -1 : a.claim.resolved! > b.claim.resolved! ? 1 : 0))) {
    const list = (values[claim.resolved!] ??= []);
    if (!list.includes(source)) list.push(source);
  }
  for (const list of Object.values(values)) list.sort();
  const words = topContext(items.map((i) => i.claim), 3);
  const label = `${Object.keys(values).join(' vs ')}${words.length ? ` (${words.join(', ')})` : ''}`;
  return finishFact({ id: '', kind: 'date', label, values, items, conflicting }, all);
}

/** "2021" and "2021-06" do not contradict each other; "2021-06" and "2021-07" do. */
function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
