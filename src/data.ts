// Lexicons and pattern families live in data/*.json so a reader can review
// them without reading code. This file sits one level below the package root
// both as src/data.ts (tests) and as dist/data.js (the bin), so the relative
// URL resolves to the same folder either way.
import { readFileSync } from 'node:fs';

const root = new URL('../data/', import.meta.url);
const cache = new Map<string, unknown>();

/** Reads data/<name>.json once. The shape is the caller's declared type. */
export function loadData<T>(name: string): T {
  let value = cache.get(name);
  if (value === undefined) {
    value = withoutPrototypes(JSON.parse(readFileSync(new URL(`${name}.json`, root), 'utf8')) as unknown);
    cache.set(name, value);
  }
  return value as T;
}

/**
 * Lexicons are looked up with words from untrusted articles: as plain
 * objects, `lexicon[word]` would find Object.prototype's keys ("constructor",
 * "toString") and read a function as a number word. Objects without a
 * prototype hold only their own keys.
 */
function withoutPrototypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutPrototypes);
  if (value === null || typeof value !== 'object') return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) out[key] = withoutPrototypes(item);
  return out;
}

/** Turns a list of patterns into one case-insensitive RegExp, each wrapped as a group. */
export function compileAlternation(patterns: string[], flags = 'iu'): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);
}
