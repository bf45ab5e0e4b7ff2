// End to end: HTML and JSON inputs through the whole CLI, in-process.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadPaths } from '../../src/corpus/load.js';
import type { Report, Source } from '../../src/types.js';
import { cli } from '../cli/io.js';

const HTML = 'test/fixtures/formats/harbour-page.html';
const NEWS_PLEASE = 'test/fixtures/formats/council-newsplease.json';
const TRAFILATURA = 'test/fixtures/formats/bridge-trafilatura.json';

let report: Report;
let code: number;

beforeAll(async () => {
  const out = await cli([HTML, NEWS_PLEASE, TRAFILATURA, '--format', 'json']);
  code = out.code;
  report = JSON.parse(out.stdout) as Report;
});

const source = (id: string): Source => report.sources.find((s) => s.id === id)!;

describe('corpus-diff on HTML and JSON inputs', () => {
  it('runs and reports every input with its format', () => {
    expect(code).toBe(0);
    expect(report.sources.map((s) => [s.id, s.format])).toEqual([
      // Sources come in path order, whatever order the files were named in.
      ['bridge-trafilatura', 'json'],
      ['council-newsplease', 'json'],
      ['harbour-page', 'html'],
    ]);
  });

  it('takes title, date, outlet and byline of the page from its markup', () => {
    expect(source('harbour-page')).toMatchObject({
      title: 'Port strike enters third week as talks stall',
      publishedAt: '2023-05-17',
      publishedAtBasis: 'metadata',
      outlet: 'Coastal Ledger',
      byline: ['Marta Lindqvist'],
    });
  });

  it('finds the page claims in the visible text, not in scripts or the markup', () => {
    const s = source('harbour-page');
    const byKind = (kind: string) => s.claims.filter((c) => c.kind === kind).map((c) => c.text);
    expect(byKind('quantity')).toEqual(expect.arrayContaining(['About 2,300 dock workers', 'more than 40 ships', '€12 million']));
    expect(byKind('quote')).toEqual(['We will not go back for less than we were promised,']);
    const quote = s.claims.find((c) => c.kind === 'quote');
    expect(quote && 'speaker' in quote && quote.speaker).toBe('Tomas Ekberg');
    // Furniture is removed by the clean stage, not by the loader.
    expect(s.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['Home', '© 2023 Coastal Ledger. All rights reserved.']));
  });

  it('takes the JSON headline from line 1 and the metadata from the fields', () => {
    expect(source('council-newsplease')).toMatchObject({
      title: 'Council passes $48 million school budget',
      titleLine: 1,
      publishedAt: '2022-11-02',
      outlet: 'river.example.org',
      byline: ['Priya Natarajan'],
    });
    const s = source('council-newsplease');
    const texts = s.claims.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining(['$48 million', 'This is the budget our schools have waited for,']));
    expect(source('bridge-trafilatura').claims.map((c) => c.text)).toEqual(expect.arrayContaining(['Monday', '14 months']));
  });

  it('gives offsets into the extracted text that the loader produces', async () => {
    const { documents } = await loadPaths([HTML, NEWS_PLEASE, TRAFILATURA]);
    let checked = 0;
    for (const s of report.sources) {
      const text = documents.find((d) => d.id === s.id)!.text;
      for (const c of s.claims) {
        expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(6);
  });
});
