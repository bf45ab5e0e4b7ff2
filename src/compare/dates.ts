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
/** …and never when more than this many do (keeps candidate pairing near-linear). */
const MAX_POSTINGS = 500;

/**
 * Aligns dates. Claims of different sources that tell of one event (the
 * words nearest them name the same kind of event, data/events.json, and
 * they share a distinctive context word such as a place) but give
 * incompatible dates of the same precision become one conflict fact — unless
 * a source gives both dates for that event itself, which means they are two
 * events. The rest agree by resolved value. Unresolved dates ("last week")
 * are not facts: there is nothing to compare.
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
  const rareLimit = Math.min(MAX_POSTINGS, Math.max(2, Math.ceil(resolved.length * RARE_SHARE)));
  const rare = words.map((ws) => new Set(ws.filter((w) => (df.get(w) ?? 0) <= rareLimit && !eventClass.has(w))));
  const sharesRare = (a: number, b: number): boolean => [...rare[a]!].some((w) => rare[b]!.has(w));
  const sameEvent = (a: number, b: number): boolean => sharesRare(a, b) && [...events[a]!].some((e) => events[b]!.has(e));

  // Per source and value, the claims, for the "a source gives both" veto.
  const bySourceValue = new Map<string, number[]>();
  resolved.forEach((item, i) => {
    const key = `${item.source}\u0000${item.claim.resolved}`;
    (bySourceValue.get(key) ?? bySourceValue.set(key, []).get(key)!).push(i);
  });
  const alsoGives = (source: string, value: string, a: number, b: number): boolean =>
    (bySourceValue.get(`${source}\u0000${value}`) ?? []).some((k) => sharesRare(k, a) || sharesRare(k, b));

  const index = new Map<string, number[]>();
  rare.forEach((set, i) => {
    for (const w of set) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
  });
  const pairs: [number, number][] = [];
  const seen = new Set<number>();
  for (const postings of index.values()) {
    for (let x = 0; x < postings.length; x++) {
      for (let y = x + 1; y < postings.length; y++) {
        const a = postings[x]!;
        const b = postings[y]!;
        const key = a * resolved.length + b;
        if (seen.has(key)) continue;
        seen.add(key);
        const A = resolved[a]!;
        const B = resolved[b]!;
        const va = A.claim.resolved!;
        const vb = B.claim.resolved!;
        if (A.source === B.source || A.claim.precision !== B.claim.precision || compatible(va, vb)) continue;
        if (!sameEvent(a, b)) continue;
        if (alsoGives(B.source, va, a, b) || alsoGives(A.source, vb, a, b)) continue;
        pairs.push([a, b]);
      }
    }
  }

  // Union only while every source keeps one value per event.
  const uf = new UnionFind(resolved.length);
  const valuesOf = resolved.map((item) => new Map([[item.source, item.claim.resolved!]]));
  for (const [a, b] of pairs) {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb) continue;
    const A = valuesOf[ra]!;
    const B = valuesOf[rb]!;
    if ([...B].some(([s, v]) => A.has(s) && A.get(s) !== v)) continue;
    uf.union(ra, rb);
    const root = uf.find(ra);
    valuesOf[root] = new Map([...A, ...B]);
  }

  const facts: Fact[] = [];
  const taken = new Set<number>();
  for (const group of uf.groups()) {
    if (group.length < 2) continue;
    const values = valuesOf[uf.find(group[0]!)]!;
    const members = new Set(group);
    // Other claims of the same sources and values that tell of the same event join it.
    resolved.forEach((item, i) => {
      if (members.has(i) || values.get(item.source) !== item.claim.resolved) return;
      if (group.some((g) => sharesRare(g, i))) members.add(i);
    });
    for (const i of members) taken.add(i);
    facts.push(dateFact([...members].sort((p, q) => p - q).map((i) => resolved[i]!), all, true));
  }

  const byValue = new Map<string, number[]>();
  resolved.forEach((item, i) => {
    if (taken.has(i)) return;
    const key = item.claim.resolved!;
    (byValue.get(key) ?? byValue.set(key, []).get(key)!).push(i);
  });
  // A coarser date of the same kind of event agrees with a finer one ("in
  // 2016" / "April 2016"): it joins the one finer value it fits, if only one.
  const keys = [...byValue.keys()].sort((a, b) => b.length - a.length);
  for (const coarse of keys) {
    const members = byValue.get(coarse)!;
    const fits = keys.filter((fine) => fine.length > coarse.length && fine.startsWith(coarse) && byValue.has(fine));
    const kin = fits.filter((fine) => byValue.get(fine)!.some((f) => members.some((m) => [...events[m]!].some((e) => events[f]!.has(e)))));
    if (kin.length !== 1) continue;
    byValue.get(kin[0]!)!.push(...members);
    byValue.delete(coarse);
  }
  for (const group of byValue.values()) facts.push(dateFact(group.sort((p, q) => p - q).map((i) => resolved[i]!), all, false));
  return facts;
}

function dateFact(items: Located<DateClaim>[], all: Source[], conflicting: boolean): Fact {
  const values: Record<string, string[]> = {};
  for (const { source, claim } of items) {
    const list = (values[claim.resolved!] ??= []);
    if (!list.includes(source)) list.push(source);
  }
  const words = topContext(items.map((i) => i.claim), 3);
  const label = `${Object.keys(values).join(' vs ')}${words.length ? ` (${words.join(', ')})` : ''}`;
  return finishFact({ id: '', kind: 'date', label, values, items, conflicting }, all);
}

/** "2021" and "2021-06" do not contradict each other; "2021-06" and "2021-07" do. */
function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}
