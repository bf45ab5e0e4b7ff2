import { describe, expect, it } from 'vitest';
import { seg } from '../helpers.js';

describe('segment', () => {
  it('keeps offsets into the original text across paragraphs', () => {
    const text = 'Title line\n\nFirst sentence here. Second one “quoted.”\n\nThird paragraph.';
    const s = seg(text);
    expect(s.paragraphs).toHaveLength(3);
    for (const p of s.paragraphs) {
      expect(text.slice(p.start, p.end)).toBe(p.text);
      for (const sentence of p.sentences) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        for (const w of sentence.words) expect(text.slice(w.start, w.end)).toBe(w.text);
      }
    }
    expect(s.paragraphs[1]!.sentences.map((x) => x.text)).toEqual(['First sentence here.', 'Second one “quoted.”']);
  });

  it('maps offsets to 1-based line and column, with CRLF line ends', () => {
    const text = 'ab\r\ncd\r\n\r\nef';
    const s = seg(text);
    expect(s.position(0)).toEqual({ line: 1, column: 1 });
    expect(s.position(text.indexOf('d'))).toEqual({ line: 2, column: 2 });
    expect(s.position(text.indexOf('e'))).toEqual({ line: 4, column: 1 });
    expect(s.paragraphs.map((p) => p.text)).toEqual(['ab\r\ncd', 'ef']);
  });
});

describe('segment: very long paragraphs', () => {
  it('cuts a paragraph longer than the parser takes at once at sentence ends, keeping every offset', () => {
    const sentence = 'The council met on Tuesday and voted for the plan. ';
    const text = sentence.repeat(1000).trimEnd();
    const s = seg(text);
    const sentences = s.paragraphs[0]!.sentences;
    expect(sentences).toHaveLength(1000);
    for (const x of sentences) expect(text.slice(x.start, x.end)).toBe(x.text);
    expect(sentences.every((x) => x.text === sentence.trim())).toBe(true);
  });

  it('cuts a huge run without spaces anywhere, and still covers all of it', () => {
    const text = 'a-'.repeat(60_000);
    const s = seg(text);
    const words = s.paragraphs[0]!.sentences.flatMap((x) => x.words);
    expect(words.map((w) => w.text).join('').length).toBeGreaterThan(text.length / 2 - 10);
    for (const w of words) expect(text.slice(w.start, w.end)).toBe(w.text);
  });
});
