// jsonText must keep JSON's promise (parsed back, the same value) while no
// character that a terminal acts on, or that reorders text on screen,
// appears raw in the output.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonText } from '../../src/render/json-text.js';
import { renderJson } from '../../src/render/json.js';
import { renderNdjson } from '../../src/render/ndjson.js';
import { sampleReport } from './report.js';

const RAW = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe('jsonText', () => {
  it('escapes C1 controls, DEL, bidi controls and line separators', () => {
    const out = jsonText({ 'k\u202e': 'a\u009b2Jb\u007fc\u2066d\u2028e\u001bf' });
    expect(out).toBe('{"k\\u202e":"a\\u009b2Jb\\u007fc\\u2066d\\u2028e\\u001bf"}');
  });

  it('leaves other text, and the indentation, as JSON.stringify writes it', () => {
    const value = { title: 'Zürich — “quoted” 中文 😀', n: [1, 2.5], nested: { ok: true } };
    expect(jsonText(value, 2)).toBe(JSON.stringify(value, null, 2));
  });

  it('parses back to the same value and has no such character raw', () => {
    const chars = fc.constantFrom('a', ' ', '"', '\\', '\n', '\u001b', '\u007f', '\u0085', '\u009b', '\u061c', '\u200f', '\u2028', '\u202e', '\u2069', 'é', '😀', '\ud800');
    const text = fc.array(chars, { maxLength: 30 }).map((c) => c.join(''));
    fc.assert(
      fc.property(fc.dictionary(text, fc.oneof(text, fc.array(text, { maxLength: 3 }))), fc.constantFrom(undefined, 2), (value, indent) => {
        const out = jsonText(value, indent);
        expect(RAW.test(out.replace(/\n */g, ''))).toBe(false);
        expect(JSON.parse(out)).toEqual(value);
      }),
      { numRuns: 1000, seed: 20261122 },
    );
  });

  it('is what the JSON and NDJSON reports are written with', () => {
    const report = sampleReport();
    report.sources[1]!.title = 'Beta \u009b2J\u202eheadline';
    for (const out of [renderJson(report), renderNdjson(report)]) {
      expect(out).toContain('Beta \\u009b2J\\u202eheadline');
      expect(out).not.toMatch(/[\u009b\u202e]/);
    }
  });
});
