import { describe, expect, it } from 'vitest';
import { loadGold, parseGoldCorpus, parseGoldFile } from '../../src/eval/gold.js';

describe('gold loader', () => {
  it('reads every key of the fixture folder and its corpus key', () => {
    const gold = loadGold('fixtures/gold');
    expect(gold.files.length).toBeGreaterThan(0);
    for (const f of gold.files) expect(f.file).toMatch(/\.txt$/);
    expect(gold.corpus?.agreements.length).toBeGreaterThan(0);
  });

  it('rejects a key with a missing or mistyped field', () => {
    const good = { file: 'x.txt', title: 't', titleLine: 1, context: { assumedPublicationDate: '2030-01-01' }, boilerplate: [], quantities: [], dates: [], quotes: [], people: [] };
    expect(parseGoldFile(good, 'x').file).toBe('x.txt');
    expect(() => parseGoldFile({ ...good, titleLine: '1' }, 'x')).toThrow(/titleLine/);
    expect(() => parseGoldFile({ ...good, dates: [{ line: 2, text: 'May' }] }, 'x')).toThrow(/resolved/);
    expect(() => parseGoldFile({ ...good, quotes: [{ line: 2, text: 'Hi', speaker: 'A' }] }, 'x')).toThrow(/speakerAccept/);
  });

  it('rejects a corpus key with an unknown agreement kind', () => {
    const corpus = { event: { what: 'e', date: '2030-01-01' }, sameOrigin: [], conflicts: [], agreements: [{ kind: 'person' }] };
    expect(() => parseGoldCorpus(corpus, 'c')).toThrow(/unknown kind/);
    expect(parseGoldCorpus({ ...corpus, agreements: [] }, 'c').wouldReject).toEqual([]);
  });
});
