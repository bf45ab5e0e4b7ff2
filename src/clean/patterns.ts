// Whole-line pattern families (data/boilerplate.json). Each family is tried
// as one alternation first so a body line costs one test per family; only a
// hit is resolved to the pattern id that explains the removal.
import { compileAlternation, loadData } from '../data.js';
import { extensions, extensionsVersion } from '../extensions.js';

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

interface Family {
  id: string;
  note: string;
  maxWords: number;
  any: RegExp;
  patterns: { id: string; re: RegExp; needsNeighbour: boolean }[];
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
  families = all.map((f) => ({
    id: f.id,
    note: f.note,
    maxWords: f.maxWords,
    any: compileAlternation(f.patterns.map((p) => p.re)),
    patterns: f.patterns.map((p) => ({ id: p.id, re: new RegExp(p.re, 'iu'), needsNeighbour: p.needsNeighbour === true })),
  }));
  builtFor = extensionsVersion();
  return families;
}

/** The first family (in file order) whose pattern covers the folded line, or null. */
export function matchBoilerplate(folded: string, wordCount: number): PatternHit | null {
  if (folded === '') return null;
  for (const family of getFamilies()) {
    if (wordCount > family.maxWords || !family.any.test(folded)) continue;
    const pattern = family.patterns.find((p) => p.re.test(folded));
    if (!pattern) continue;
    return { family: family.id, pattern: pattern.id, note: family.note, needsNeighbour: pattern.needsNeighbour };
  }
  return null;
}
