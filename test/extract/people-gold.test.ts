// End to end on the five sample articles against the hand-checked key: the
// body is the file minus the gold boilerplate lines and the title line, as the
// clean stage would leave it.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildParagraphs } from '../../src/clean/paragraphs.js';
import { extractPeople, mergePeopleAcrossSources } from '../../src/extract/people.js';
import { segment } from '../../src/segment/segment.js';
import type { CleanDocument, Person } from '../../src/types.js';
import { splitLines } from '../../src/util/lines.js';

interface GoldPerson {
  name: string;
  mentions: string[];
  inBoilerplate?: boolean;
}
interface Gold {
  titleLine: number;
  boilerplate: { line: number }[];
  people: GoldPerson[];
  ignorePeople?: string[];
}

const seeds = new URL('../../fixtures/seeds/', import.meta.url);
const golds = new URL('../../fixtures/gold/', import.meta.url);
const files = readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort();

function body(file: string, gold: Gold): CleanDocument {
  const text = readFileSync(new URL(file, seeds), 'utf8');
  const lines = splitLines(text);
  const removed = new Set([gold.titleLine, ...gold.boilerplate.map((b) => b.line)]);
  const doc = { id: file, path: file, format: 'txt' as const, text, warnings: [] };
  return { doc, lines, title: null, byline: [], outlet: null, publishedAt: null, removed: [], paragraphs: buildParagraphs(text, lines, removed), notes: [] };
}

const norm = (s: string): string =>
  s.toLowerCase().replace(/^(?:mr|mrs|ms|dr)\.?\s+/u, '').replace(/[^\p{L}\s-]/gu, '').replace(/\s+/gu, ' ').trim();

/** The README's people score for one file: [tp, fp, fn]. */
export function scorePeople(pred: Person[], gold: Gold): [number, number, number] {
  const wanted = gold.people.filter((g) => !g.inBoilerplate);
  const ignore = new Set((gold.ignorePeople ?? []).map(norm));
  const forms = (names: string[]): Set<string> => new Set(names.map(norm));
  const goldForms = wanted.map((g) => forms([g.name, ...g.mentions]));
  let fp = 0;
  const hits = wanted.map(() => 0);
  for (const p of pred) {
    const mine = forms([p.name, ...p.mentions]);
    const matched = goldForms.map((g, i) => ([...mine].some((f) => g.has(f)) ? i : -1)).filter((i) => i >= 0);
    if (matched.length === 0) {
      if (![...mine].some((f) => ignore.has(f))) fp++;
      continue;
    }
    fp += matched.length - 1;
    for (const i of matched) hits[i]!++;
  }
  const tp = hits.filter((h) => h > 0).length;
  fp += hits.reduce((s, h) => s + Math.max(0, h - 1), 0);
  return [tp, fp, wanted.length - tp];
}

describe('people on the sample articles', () => {
  const perSource: Person[][] = [];
  const gold: Gold[] = [];
  for (const file of files) {
    const g = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/u, '.gold.json'), golds), 'utf8')) as Gold;
    gold.push(g);
    perSource.push(extractPeople(segment(body(file, g))));
  }
  const merged = mergePeopleAcrossSources(perSource);

  it('reaches people F1 >= 0.95 pooled over the five files', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    merged.forEach((people, i) => {
      const [t, f, n] = scorePeople(people, gold[i]!);
      if (process.env.PEOPLE_DEBUG) console.log(files[i], t, f, n, JSON.stringify(people, null, 1));
      tp += t;
      fp += f;
      fn += n;
    });
    const f1 = (2 * tp) / (2 * tp + fp + fn);
    if (process.env.PEOPLE_DEBUG) console.log({ tp, fp, fn, f1 });
    expect(f1).toBeGreaterThanOrEqual(0.95);
  });
});
