import type { Document } from '../types.js';

/** A small deterministic PRNG (mulberry32) so every bench run sees the same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Builds `count` articles by recombining the paragraphs of real ones: each
 * keeps a real headline and first paragraph, then draws body paragraphs
 * from the pool, so sizes, boilerplate and claim density stay realistic.
 */
export function recombine(sources: Document[], count: number, seed = 1): Document[] {
  const split = sources.map((d) => d.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean));
  const pool = split.flat();
  const next = rng(seed);
  const docs: Document[] = [];
  for (let i = 0; i < count; i++) {
    const base = split[i % split.length]!;
    const length = 8 + Math.floor(next() * 12);
    const body = base.slice(0, 2);
    for (let k = 0; k < length; k++) body.push(pool[Math.floor(next() * pool.length)]!);
    const id = `bench-${String(i).padStart(5, '0')}`;
    docs.push({ id, path: `${id}.txt`, format: 'txt', text: body.join('\n\n'), warnings: [] });
  }
  return docs;
}
