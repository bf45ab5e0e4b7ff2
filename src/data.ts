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
    value = JSON.parse(readFileSync(new URL(`${name}.json`, root), 'utf8')) as unknown;
    cache.set(name, value);
  }
  return value as T;
}

/** Turns a list of patterns into one case-insensitive RegExp, each wrapped as a group. */
export function compileAlternation(patterns: string[], flags = 'iu'): RegExp {
  return new RegExp(patterns.map((p) => `(?:${p})`).join('|'), flags);
}
