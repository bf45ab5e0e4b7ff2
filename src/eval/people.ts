// Per-file people scoring. Unlike claims, people carry no line, so a person
// is matched by names alone and merges and splits are charged explicitly.
import type { Person, Removal } from '../types.js';
import type { GoldPerson } from './gold.js';
import { containsWords, normName, spanWords } from './text.js';
import type { Counts, Issue } from './types.js';

export interface PeopleResult {
  counts: Counts;
  neutral: number;
  issues: Issue[];
}

function keys(name: string, mentions: readonly string[]): Set<string> {
  return new Set([name, ...mentions].map(normName).filter((k) => k.length > 0));
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const k of a) if (b.has(k)) return true;
  return false;
}

/**
 * A key person flagged inBoilerplate has no line; we treat it as neutral
 * when one of the report's removed lines names it (by any gold form, whole
 * words), i.e. the line that carried it is gone, and expect it otherwise.
 */
function removedMention(g: GoldPerson, removed: readonly Removal[]): boolean {
  const lines = removed.map((r) => spanWords(r.text));
  return [g.name, ...g.mentions].some((m) => lines.some((l) => containsWords(l, spanWords(m))));
}

/**
 * A predicted person matches a gold one when any of its forms (name or
 * mentions) equals any gold form, case and leading titles ignored. Every
 * gold person matched at least once is a TP; one predicted person standing
 * for k gold people costs k−1 FP (a merge), one gold person found as m
 * predicted people costs m−1 FP (a split). Predicted people that only match
 * ignorePeople or neutral gold people count for nothing.
 */
export function scorePeople(
  gold: readonly GoldPerson[],
  ignorePeople: readonly string[],
  predicted: readonly Person[],
  removed: readonly Removal[],
): PeopleResult {
  const required = gold.filter((g) => !g.optional && !(g.inBoilerplate === true && removedMention(g, removed)));
  const neutralKeys = gold.filter((g) => !required.includes(g)).map((g) => keys(g.name, g.mentions));
  const ignored = new Set(ignorePeople.map(normName));
  const goldKeys = required.map((g) => keys(g.name, g.mentions));
  const issues: Issue[] = [];
  const counts: Counts = { tp: 0, fp: 0, fn: 0 };
  let neutral = 0;
  const matchedBy = required.map(() => [] as Person[]);

  for (const p of predicted) {
    const pk = keys(p.name, p.mentions);
    const hits = goldKeys.flatMap((gk, i) => (meets(pk, gk) ? [i] : []));
    for (const i of hits) matchedBy[i]!.push(p);
    if (hits.length === 0) {
      if (neutralKeys.some((nk) => meets(pk, nk)) || meets(pk, ignored)) neutral++;
      else {
        counts.fp++;
        issues.push({ stage: 'people', type: 'spurious', line: null, text: p.name });
      }
    } else if (hits.length > 1) {
      counts.fp += hits.length - 1;
      const names = hits.map((i) => required[i]!.name).join(' + ');
      issues.push({ stage: 'people', type: 'merge', line: null, text: p.name, expected: names });
    }
  }
  required.forEach((g, i) => {
    const by = matchedBy[i]!;
    if (by.length === 0) {
      counts.fn++;
      issues.push({ stage: 'people', type: 'missed', line: null, text: g.name });
      return;
    }
    counts.tp++;
    if (by.length > 1) {
      counts.fp += by.length - 1;
      issues.push({ stage: 'people', type: 'split', line: null, text: g.name, got: by.map((p) => p.name).join(' / ') });
    }
  });
  return { counts, neutral, issues };
}
