// End-to-end on the sample articles against the hand-checked gold, scored as
// fixtures/gold/README.md describes (pooled over the five files). The whole
// file is segmented: boilerplate lines hold no quotes, so this approximates
// running after clean.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes.js';
import { seg } from '../helpers.js';

interface GoldQuote {
  line: number;
  text: string;
  speakerAccept: string[];
  optional?: boolean;
}

const seeds = new URL('../../fixtures/seeds/', import.meta.url);
const gold = new URL('../../fixtures/gold/', import.meta.url);

const wordSet = (s: string): Set<string> =>
  new Set(s.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').split(/\s+/).filter(Boolean));

function matches(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const wa = wordSet(a);
  const wb = wordSet(b);
  const inter = [...wa].filter((w) => wb.has(w)).length;
  return inter / (wa.size + wb.size - inter) >= 0.5;
}

function score(): { f1: number; speaker: number; misses: string[] } {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let right = 0;
  const misses: string[] = [];
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(new URL(file, seeds), 'utf8');
    const key = JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.gold.json'), gold), 'utf8')) as { quotes: GoldQuote[] };
    const s = seg(text);
    const predicted = extractQuotes(s).map((q) => ({ ...q, line: s.position(q.offset).line }));
    const used = new Set<number>();
    for (const g of key.quotes) {
      const k = predicted.findIndex((p, i) => !used.has(i) && p.line === g.line && matches(p.text, g.text));
      if (k < 0) {
        if (!g.optional) {
          fn++;
          misses.push(`${file}:${g.line} missed`);
        }
        continue;
      }
      used.add(k);
      tp++;
      const name = (predicted[k]!.speakerName ?? '').toLowerCase();
      if (g.speakerAccept.some((a) => name.includes(a))) right++;
      else misses.push(`${file}:${g.line} speaker ${predicted[k]!.speakerName}`);
    }
    predicted.forEach((p, i) => {
      if (!used.has(i)) {
        fp++;
        misses.push(`${file}:${p.line} extra "${p.text}"`);
      }
    });
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  return { f1: (2 * precision * recall) / (precision + recall), speaker: right / tp, misses };
}

describe('extractQuotes on the sample articles', () => {
  it('reaches quote F1 ≥ 0.97 and speaker accuracy ≥ 0.95', () => {
    const r = score();
    expect(r.f1, r.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(r.speaker, r.misses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
