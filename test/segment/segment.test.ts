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
