import { describe, expect, it } from 'vitest';
import { contextWords, textWords } from '../../src/extract/quantity-context.js';
import { isStopword } from '../../src/util/words.js';

/** The plain reading contextWords must agree with: every word of the window, its gap sliced and tested. */
function reference(text: string, base: number, span: { start: number; end: number }, limit: number): string[] {
  const found: { w: string; d: number }[] = [];
  const from = Math.max(0, span.start - base - 160);
  const to = Math.min(text.length, span.end - base + 160);
  for (const m of text.slice(from, to).matchAll(/[\p{L}][\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu)) {
    const s = base + from + m.index;
    const e = s + m[0].length;
    if (s < span.end && e > span.start) continue;
    const w = m[0].toLowerCase().replace(/['’]s$/u, '');
    if (w.length < 3 || isStopword(w)) continue;
    const gap = s >= span.end ? text.slice(span.end - base, s - base) : text.slice(e - base, span.start - base);
    const d = gap.length + (/[;:.!?]/.test(gap) ? 40 : 0) + (/[,“”"]/u.test(gap) ? 10 : 0);
    if (d > 120) continue;
    found.push({ w, d });
  }
  found.sort((a, b) => a.d - b.d);
  const out: string[] = [];
  for (const { w } of found) {
    if (!out.includes(w)) out.push(w);
    if (out.length >= limit) break;
  }
  return out;
}

describe('contextWords', () => {
  it('gives the nearest content words, without the claim and its stopwords', () => {
    const text = 'Rescuers said 310 people were injured in the quake on Sunday.';
    const start = text.indexOf('310');
    expect(contextWords(text, 100, { start: 100 + start, end: 100 + start + 10 }, 4)).toEqual(['rescuers', 'injured', 'quake', 'sunday']);
  });

  it('reads the same words from a precomputed list as from the text, also when a window cuts a word', () => {
    // Long words make the scan window's edges fall inside words; a fixed seed keeps this replayable.
    let seed = 7;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = ['the', 'quake', 'killed', 'people', 'supercalifragilisticexpialidocious'.repeat(3), 'well-known', "O'Neill's", '12', ',', '.', ';', '“', '”', 'x'];
    for (let t = 0; t < 300; t++) {
      const parts: string[] = [];
      const n = 5 + Math.floor(next() * 60);
      for (let k = 0; k < n; k++) parts.push(pieces[Math.floor(next() * pieces.length)]!);
      const text = parts.join(next() < 0.5 ? ' ' : '  ');
      const words = textWords(text);
      for (let c = 0; c < 10; c++) {
        const a = Math.floor(next() * text.length);
        const b = Math.min(text.length, a + 1 + Math.floor(next() * 12));
        const span = { start: 50 + a, end: 50 + b };
        const plain = reference(text, 50, span, 8);
        expect(contextWords(text, 50, span, 8)).toEqual(plain);
        expect(contextWords(text, 50, span, 8, undefined, words)).toEqual(plain);
      }
    }
  });
});
