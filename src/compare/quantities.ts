import { loadData } from '../data.js';
import type { Fact, QuantityClaim, Source } from '../types.js';
import { stem } from '../util/words.js';
import { finishFact, UnionFind, type Located } from './facts.js';

interface FrameData {
  frames: { id: string; words: string[] }[];
}

const frames = loadData<FrameData>('frames').frames.map((f) => ({ id: f.id, words: new Set(f.words.map(stem)) }));

/** Figures further apart than this ratio are never the same thing misreported. */
const MAX_RATIO = 3;
/** Share of the smaller context two figures must share (and at least MIN_SHARED words) to count the same thing. */
const MIN_OVERLAP = 0.25;
const MIN_SHARED = 2;
/** How many nearest context words describe what a figure counts. */
const NEAR_WORDS = 4;

interface ValueGroup {
  key: string;
  unit: string;
  value: number | null;
  /** Upper bound of a range ("between 48 and 54"), else null. */
  max: number | null;
  items: Located<QuantityClaim>[];
  sources: Set<string>;
  context: Set<string>;
  /** The few words nearest each figure: what it counts ("killed", "south of <place>"). */
  near: Set<string>;
  /** The same, per claim: two figures count the same thing only if two of their claims say so alike. */
  nearEach: Set<string>[];
  frame: string | null;
  /** The days its figures are dated by (dayAnchors in compare.ts). */
  days: Set<string>;
}

/**
 * Aligns figures: the same value of the same unit agrees; different values of
 * the same unit are one fact in conflict only when no source gives both, they
 * are within a plausible ratio, sit in the same frame (actual vs hypothetical)
 * and share context, and are not dated to different days. Blocking by unit and a sorted window keeps it near-linear.
 */
export function alignQuantities(items: Located<QuantityClaim>[], all: Source[], ignore: ReadonlySet<string> = new Set(), dayOf: ReadonlyMap<QuantityClaim, string> = new Map()): Fact[] {
  const byUnit = new Map<string, Map<string, ValueGroup>>();
  for (const item of items) {
    const c = item.claim;
    const key = c.value === null ? `vague:${vagueKey(c.text)}` : c.valueMax !== null ? `${c.value}-${c.valueMax}` : String(c.value);
    let groups = byUnit.get(c.unit);
    if (!groups) byUnit.set(c.unit, (groups = new Map()));
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { key, unit: c.unit, value: c.value, max: c.valueMax, items: [], sources: new Set(), context: new Set(), near: new Set(), nearEach: [], frame: null, days: new Set() }));
    g.items.push(item);
    const day = dayOf.get(c);
    if (day !== undefined) g.days.add(day);
    g.sources.add(item.source);
    // Context words come nearest first (extract/quantity-context.ts).
    // The unit itself ("seats") says nothing about which count this is.
    const unitWords = new Set([stem(c.unit), stem(c.unitText.toLowerCase())]);
    const words = c.context.map(stem).filter((w) => !ignore.has(w) && !unitWords.has(w));
    for (const w of words) g.context.add(w);
    for (const w of words.slice(0, NEAR_WORDS)) g.near.add(w);
    g.nearEach.push(new Set(words.slice(0, NEAR_WORDS)));
  }

  const facts: Fact[] = [];
  for (const groups of byUnit.values()) {
    const list = [...groups.values()];
    for (const g of list) g.frame = frameOf(g.context);
    for (const cluster of conflictClusters(list)) {
      // By value, so labels and values read the same whatever the order of the sources.
      const members = cluster.map((i) => list[i]!).sort((a, b) => (a.value ?? -1) - (b.value ?? -1) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
      const groupItems = members.flatMap((m) => m.items);
      const values: Record<string, string[]> = {};
      for (const m of members) values[valueLabel(m)] = [...m.sources];
      facts.push(
        finishFact(
          {
            id: '',
            kind: 'quantity',
            label: labelOf(members),
            unit: members[0]!.unit,
            values,
            items: groupItems,
            conflicting: members.length > 1,
          },
          all,
        ),
      );
    }
  }
  return facts;
}

function conflictClusters(list: ValueGroup[]): number[][] {
  const numeric = list.map((g, i) => ({ g, i })).filter((x) => x.g.value !== null && x.g.value > 0);
  numeric.sort((a, b) => a.g.value! - b.g.value!);
  const pairs: { a: number; b: number; score: number }[] = [];
  for (let x = 0; x < numeric.length; x++) {
    const A = numeric[x]!;
    // Sorted by value, so partners within MAX_RATIO form a window.
    for (let y = x + 1; y < numeric.length && numeric[y]!.g.value! <= A.g.value! * MAX_RATIO; y++) {
      const B = numeric[y]!;
      if (!disjoint(A.g.sources, B.g.sources)) continue;
      if (A.g.frame && B.g.frame && A.g.frame !== B.g.frame) continue;
      // "fell 2.1% on Friday" and "fell 4.2% on Monday" report two days, not one misreported.
      if (A.g.days.size > 0 && B.g.days.size > 0 && disjoint(A.g.days, B.g.days)) continue;
      // A range and a figure inside it ("48 to 54 seats" projected, 52 won) do not contradict.
      if (overlaps(A.g, B.g)) continue;
      const shared = sharedCount(A.g.context, B.g.context);
      const overlapShare = shared / Math.max(1, Math.min(A.g.context.size, B.g.context.size));
      // The words right next to the figures must agree too (closePair): "40 km south of A"
      // and "90 km south of B" share a periphery but measure different things.
      if (shared < MIN_SHARED || overlapShare < MIN_OVERLAP || !closePair(A.g, B.g)) continue;
      // Two reports of one count tend to be close (41 vs 43 seats): closeness weighs in.
      pairs.push({ a: A.i, b: B.i, score: overlapShare * (A.g.value! / B.g.value!) });
    }
  }
  pairs.sort((p, q) => q.score - p.score);
  const uf = new UnionFind(list.length);
  const clusterSources = list.map((g) => new Set(g.sources));
  for (const { a, b } of pairs) {
    const ra = uf.find(a);
    const rb = uf.find(b);
    if (ra === rb || !disjoint(clusterSources[ra]!, clusterSources[rb]!)) continue;
    uf.union(ra, rb);
    const root = uf.find(ra);
    clusterSources[root] = new Set([...clusterSources[ra]!, ...clusterSources[rb]!]);
  }
  return uf.groups();
}

function frameOf(context: Set<string>): string | null {
  let best: string | null = null;
  let bestCount = 0;
  let tie = false;
  for (const f of frames) {
    let n = 0;
    for (const w of context) if (f.words.has(w)) n++;
    if (n > bestCount) {
      best = f.id;
      bestCount = n;
      tie = false;
    } else if (n === bestCount && n > 0) tie = true;
  }
  return tie ? null : best;
}

/** Some claim of each group shares at least MIN_SHARED of its nearest words with a claim of the other. */
function closePair(a: ValueGroup, b: ValueGroup): boolean {
  return a.nearEach.some((x) => b.nearEach.some((y) => sharedCount(x, y) >= MIN_SHARED));
}

function overlaps(a: ValueGroup, b: ValueGroup): boolean {
  return a.value! <= (b.max ?? b.value!) && b.value! <= (a.max ?? a.value!);
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

function disjoint(a: Set<string>, b: Set<string>): boolean {
  for (const x of a) if (b.has(x)) return false;
  return true;
}

function vagueKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z ]/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 3).join(' ');
}

function valueLabel(g: ValueGroup): string {
  if (g.value === null) return g.items[0]!.claim.text;
  const max = g.items[0]!.claim.valueMax;
  return max !== null ? `${g.value}-${max}` : String(g.value);
}

function labelOf(members: ValueGroup[]): string {
  const unit = members[0]!.unit;
  const values = members.map((m) => (m.value === null ? m.key.slice('vague:'.length) : formatValue(m.value, unit)));
  const words = topContext(members.flatMap((m) => m.items.map((i) => i.claim)), 3);
  const unitWord = unit === 'usd' ? '' : ` ${unit}`;
  return `${values.join(' vs ')}${unitWord}${words.length ? ` (${words.join(', ')})` : ''}`;
}

// Built once: toLocaleString builds a formatter on every call, and a big batch labels thousands of facts.
const PLAIN = new Intl.NumberFormat('en-US');
const COMPACT = new Intl.NumberFormat('en-US', { notation: 'compact', compactDisplay: 'long' });

/** Figures as a reader writes them: 8,000; 2.5 billion (compact from a billion up). */
export function formatValue(value: number, unit: string): string {
  const text = value >= 1e9 ? COMPACT.format(value) : PLAIN.format(value);
  return unit === 'usd' ? `$${text}` : text;
}

/** The context words most claims share, for a readable label. */
export function topContext(claims: { context: string[] }[], n: number): string[] {
  const counts = new Map<string, number>();
  for (const c of claims) for (const w of new Set(c.context)) counts.set(w, (counts.get(w) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([w]) => w);
}

