import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../src/clean/clean.js';
import { makeDoc } from '../helpers.js';
import { article, clean } from './fixtures.js';

describe('line ends and paragraphs', () => {
  it('handles CRLF input with exact offsets', () => {
    const text = article({ head: ['By Anna Lindqvist'], tail: ['Leave a Reply', 'Share'] }).replace(/\n/gu, '\r\n');
    const c = clean(text);
    expect(c.title?.text).not.toMatch(/\r/u);
    expect(c.removed.map((r) => [r.text, r.reason])).toEqual([
      ['By Anna Lindqvist', 'byline'],
      ['Leave a Reply', 'comment-prompt'],
      ['Share', 'share-widget'],
    ]);
    for (const p of c.paragraphs) {
      expect(p.text).toBe(text.slice(p.start, p.end));
      expect(p.text).not.toMatch(/\r/u);
    }
    expect(c.paragraphs).toHaveLength(4);
  });

  it('keeps multi-line paragraphs together and splits at removed lines', () => {
    const text = 'Bus plan approved after long debate\n\nFirst line of the story goes on\nand continues on a second line.\nShare\nThe story resumes after the widget with another sentence.';
    const c = clean(text);
    expect(c.paragraphs.map((p) => [p.lineStart, p.lineEnd])).toEqual([
      [3, 4],
      [6, 6],
    ]);
  });
});

// End to end over the sample articles against the hand-checked key
// (fixtures/gold/README.md: line level, blank lines excluded, pooled).
describe('sample corpus against the gold boilerplate', () => {
  const root = new URL('../../fixtures/', import.meta.url);
  const names = readdirSync(new URL('seeds/', root)).filter((f) => f.endsWith('.txt')).sort();
  const docs = names.map((f) => makeDoc(readFileSync(new URL(`seeds/${f}`, root), 'utf8'), f.replace(/\.txt$/u, '')));
  const cleaned = cleanCorpus(docs);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let body = 0;
  let bodyKept = 0;
  const titles: [number | undefined, number][] = [];
  for (const c of cleaned) {
    const gold = JSON.parse(readFileSync(new URL(`gold/${c.doc.id}.gold.json`, root), 'utf8')) as {
      titleLine: number;
      boilerplate: { line: number }[];
    };
    titles.push([c.title?.line, gold.titleLine]);
    const lines = c.doc.text.split('\n');
    const goldSet = new Set(gold.boilerplate.map((b) => b.line));
    const predicted = new Set(c.removed.filter((r) => lines[r.line - 1]!.trim() !== '').map((r) => r.line));
    for (const l of predicted) if (goldSet.has(l)) tp++; else fp++;
    for (const l of goldSet) if (!predicted.has(l)) fn++;
    lines.forEach((t, k) => {
      if (t.trim() === '' || goldSet.has(k + 1) || k + 1 === gold.titleLine) return;
      body++;
      if (!predicted.has(k + 1)) bodyKept++;
    });
  }

  it('finds every headline', () => {
    for (const [got, want] of titles) expect(got).toBe(want);
  });

  it('reaches boilerplate F1 >= 0.98 and body recall >= 0.99', () => {
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    expect(f1).toBeGreaterThanOrEqual(0.98);
    expect(bodyKept / body).toBeGreaterThanOrEqual(0.99);
  });

  it('never puts the headline in removed', () => {
    for (const c of cleaned) expect(c.removed.map((r) => r.line)).not.toContain(c.title?.line);
  });
});
