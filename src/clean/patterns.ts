// Whole-line pattern families (data/boilerplate.json). Each family is tried
// as one alternation first so a body line costs one test per family; only a
// hit is resolved to the pattern id that explains the removal. Patterns
// with a guard (pattern-guards.ts) stay out of the alternation and run on
// their own, only on lines that pass the guard.
import { compileAlternation, loadData } from '../data.js';
import { extensions, extensionsVersion } from '../extensions.js';
import { guardFor, type Guard } from './pattern-guards.js';

interface PatternData {
  id: string;
  re: string;
  note?: string;
  needsNeighbour?: boolean;
}

interface FamilyData {
  id: string;
  note: string;
  maxWords: number;
  patterns: PatternData[];
}

interface Pattern {
  id: string;
  re: RegExp;
  needsNeighbour: boolean;
  guard: Guard | null;
}

interface Family {
  id: string;
  note: string;
  maxWords: number;
  /** The unguarded patterns as one alternation; null when every pattern has a guard. */
  any: RegExp | null;
  guarded: Pattern[];
  patterns: Pattern[];
}

export interface PatternHit {
  /** Family id, used as the removal reason. */
  family: string;
  pattern: string;
  note: string;
  /** Only boilerplate inside a cluster of removed lines. */
  needsNeighbour: boolean;
}

let families: Family[] | null = null;
let builtFor = -1;

function getFamilies(): Family[] {
  if (families && builtFor === extensionsVersion()) return families;
  const data = loadData<{ families: FamilyData[] }>('boilerplate').families;
  // The user's own patterns (configuration) come last, as one family: the data files explain a line first.
  const custom = extensions().boilerplate ?? [];
  const all: FamilyData[] = custom.length
    ? [...data, { id: 'custom', note: 'pattern from the configuration', maxWords: 60, patterns: custom.map((c) => ({ id: c.id, re: c.pattern, note: c.note })) }]
    : data;
  families = all.map((f) => {
    const patterns = f.patterns.map((p): Pattern => ({ id: p.id, re: new RegExp(p.re, 'iu'), needsNeighbour: p.needsNeighbour === true, guard: guardFor(p.re) }));
    // The alternation only answers "does some pattern match", so leaving the
    // guarded patterns out of it and testing them one by one gives the same
    // answer (the guarded patterns have no capturing groups, so the other
    // patterns' group numbers do not move).
    const plain = f.patterns.filter((_, i) => patterns[i]!.guard === null).map((p) => p.re);
    return {
      id: f.id,
      note: f.note,
      maxWords: f.maxWords,
      any: plain.length > 0 ? compileAlternation(plain) : null,
      guarded: patterns.filter((p) => p.guard !== null),
      patterns,
    };
  });
  builtFor = extensionsVersion();
  return families;
}

/** The first family (in file order) whose pattern covers the folded line, or null. */
export function matchBoilerplate(folded: string, wordCount: number): PatternHit | null {
  if (folded === '') return null;
  for (const family of getFamilies()) {
    if (wordCount > family.maxWords || !familyMatches(family, folded)) continue;
    const pattern = family.patterns.find((p) => matches(p, folded));
    if (!pattern) continue;
    return { family: family.id, pattern: pattern.id, note: family.note, needsNeighbour: pattern.needsNeighbour };
  }
  return null;
}

/** A guard is implied by its pattern, so a line that fails the guard cannot match. */
function matches(p: Pattern, folded: string): boolean {
  return (p.guard === null || p.guard(folded)) && p.re.test(folded);
}

function familyMatches(family: Family, folded: string): boolean {
  if (family.any?.test(folded)) return true;
  for (const p of family.guarded) if (matches(p, folded)) return true;
  return false;
}
