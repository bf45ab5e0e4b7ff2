import { describe, expect, it } from 'vitest';
import { pairMarks } from '../../src/extract/quote-marks.js';

const texts = (t: string): string[] => pairMarks(t).map((q) => t.slice(q.start, q.end));

describe('pairMarks', () => {
  it.each([
    ['curly pair', 'She said “we will stay,” and left.', ['we will stay,']],
    ['straight pair', 'He said "no deal" twice.', ['no deal']],
    ['guillemets with inner spaces', 'Il a dit « pas question » hier.', ['pas question']],
    ['German low-high', 'Er sagte „wir bleiben“ gestern.', ['wir bleiben']],
    ['closing mark after a space', '“The talks failed. ” Then they left.', ['The talks failed.']],
    ['second opening mark closes at paragraph end', 'She said “We are ready for anything. “', ['We are ready for anything.']],
    ['opening mark closes before an attribution', '“We stay until the end, “the mayor said.', ['We stay until the end,']],
    ['opening mark closes before a lowercase verb', '“We stay until the end, “said Ms. Ortiz.', ['We stay until the end,']],
    ['an unclosed quote is followed by a new one', '“We have a plan. “It starts today.”', ['We have a plan.', 'It starts today.']],
    ['left open at paragraph end', '“We will rebuild the bridge by spring', ['We will rebuild the bridge by spring']],
    ['two quotes around an attribution', '“Yes,” she said. “Absolutely.”', ['Yes,', 'Absolutely.']],
    ['misused closing glyph as opener', '”Enough,” he said.', ['Enough,']],
  ])('%s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it.each([
    ['apostrophes are not quotes', 'We don’t know what they’ll do, the mayor’s aide said.', []],
    ['nested single quotes stay inside', '“He told me ‘never again’ last year,” she said.', ['He told me ‘never again’ last year,']],
    ['inch marks', 'The guard, 6\'2" tall, and a 12" pipe were there.', []],
    ['inch mark inside a quote', '“He is 5\'11" and fast,” the coach said.', ['He is 5\'11" and fast,']],
    ['stray mark at paragraph end', 'The meeting ended early. ”', []],
    ['empty marks', 'He wrote “” and stopped.', []],
  ])('near miss: %s', (_name, text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  it('reports how each quote ended', () => {
    const q = pairMarks('“One. “Two.” “Three');
    expect(q.map((x) => x.endedBy)).toEqual(['reopen', 'mark', 'paragraph-end']);
  });
});
