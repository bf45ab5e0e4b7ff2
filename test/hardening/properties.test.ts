// Short, seeded property runs over mutated and generated articles; the long
// campaign is `npm run fuzz`. A failure prints fast-check's shrunk corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { articleArb, canonical, checkCorpus, corpusArb, mutate, reportProblems } from '../../src/bench/properties.js';
import type { Document } from '../../src/types.js';

const SEEDS = 'fixtures/seeds';
const texts = readdirSync(SEEDS).sort().map((f) => readFileSync(join(SEEDS, f), 'utf8'));
const ajv = new Ajv.default({ allErrors: true });
const schemaCheck = ajv.compile(JSON.parse(readFileSync('schema/report.schema.json', 'utf8')) as object);
const validate = (r: unknown): string | null => (schemaCheck(r) ? null : JSON.stringify(schemaCheck.errors?.slice(0, 3)));
const doc = (text: string, id = 'doc0'): Document => ({ id, path: `${id}.txt`, format: 'txt', text, warnings: [] });

describe('the property checks themselves', () => {
  it('mutate applies edits at relative positions', () => {
    expect(mutate('abcdef', [{ at: 0.5, del: 1, ins: 'XY' }])).toBe('abcXYef');
    expect(mutate('abc', [{ at: 1, del: 5, ins: '!' }])).toBe('abc!');
  });

  it('catch a claim whose text is not the input at its offset, and a schema violation', () => {
    const d = doc('Police said 14 people were hurt.');
    const report = analyze([d]);
    expect(reportProblems([d], report, validate)).toEqual([]);
    const claim = report.sources[0]!.claims[0]!;
    claim.offset += 1;
    (report as { schemaVersion: number }).schemaVersion = 2;
    const problems = reportProblems([d], report, validate);
    expect(problems.some((p) => p.includes('at offset'))).toBe(true);
    expect(problems.some((p) => p.startsWith('schema:'))).toBe(true);
  });

  it('canonical forgets source order but not content', () => {
    const a = doc('Police said 14 people were hurt on Monday.', 'a');
    const b = doc('Officials said 15 people were hurt on Monday.', 'b');
    expect(canonical(analyze([a, b]), false)).toEqual(canonical(analyze([b, a]), false));
    expect(canonical(analyze([a, b]), false)).not.toEqual(canonical(analyze([a, doc(b.text.replace('15', '16'), 'b')]), false));
  });

  // BUG (compare, suspected src/compare/quantities.ts or facts.ts, the label
  // builder): a conflict's label lists the values in source order, so the
  // same two articles give "14 vs 15 people (…)" or "15 vs 14 people (…)"
  // depending on which file comes first. Expected: a stable order (e.g. by
  // value or by how many sources give it). Remove .fails when fixed.
  it('a conflict label does not depend on the order of the sources', () => {
    const a = doc('Police said 14 people were hurt on Monday.', 'a');
    const b = doc('Officials said 15 people were hurt on Monday.', 'b');
    const labels = (docs: Document[]): string[] => analyze(docs).comparison.facts.map((f) => f.label).sort();
    expect(labels([b, a])).toEqual(labels([a, b]));
  });

  // BUG (compare, suspected src/compare/quotes.ts): when sources agree on a
  // quote but name its speaker differently, the fact's speaker (and label)
  // is the first source's. Remove .fails when fixed.
  it('a quote fact names the same speaker whatever the order of the sources', () => {
    const q = '“We will rebuild the harbour before winter, whatever it costs,”';
    const a = doc(`${q} officials said on Monday.\n`, 'a');
    const b = doc(`${q} a senior official said on Monday.\n`, 'b');
    const speakers = (docs: Document[]): unknown[] => analyze(docs).comparison.facts.map((f) => f.speaker);
    expect(speakers([b, a])).toEqual(speakers([a, b]));
  });

  // Was a bug: a tie between two spellings went to the first source's
  // (fixed in chooseName, src/extract/people-names.ts).
  it('the canonical name of a person spelled two ways does not depend on source order', () => {
    const a = doc('Foreign Minister Sergei Volkov met the envoy on Monday.\n\nVolkov said the talks would go on.\n', 'a');
    const b = doc('Foreign Minister Sergey Volkov met the envoy on Monday.\n\nVolkov said the talks would go on.\n', 'b');
    const names = (docs: Document[]): string[] => analyze(docs).sources.map((s) => `${s.id}:${s.people.map((p) => p.name).join('|')}`).sort();
    expect(names([b, a])).toEqual(names([a, b]));
  });
});

describe('analyze on mutated and generated articles', () => {
  it('never throws, keeps every document as a source, and gives claims that point at their text', () => {
    fc.assert(
      fc.property(articleArb(texts), (text) => {
        const d = doc(text);
        const problems = reportProblems([d], analyze([d]), validate);
        expect(problems).toEqual([]);
      }),
      { seed: 7, numRuns: 80 },
    );
  });

  // Modulo the three known order bugs above (canonical(…, false)).
  it('gives the same result whatever the order of the documents', () => {
    fc.assert(
      fc.property(corpusArb(texts), (documents) => {
        expect(checkCorpus(documents, validate)).toEqual([]);
      }),
      { seed: 11, numRuns: 40 },
    );
  }, 120_000);
});
