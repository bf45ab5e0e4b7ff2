// A guard lets matchBoilerplate skip a costly pattern; it is only sound if
// every line the pattern matches passes it. These tests hold each guard to
// its pattern on invented captions, near-misses and generated lines, and keep
// the guard table in step with data/boilerplate.json.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileAlternation, loadData } from '../../src/data.js';
import { guardFor, guardedSources } from '../../src/clean/pattern-guards.js';
import { matchBoilerplate } from '../../src/clean/patterns.js';
import { foldLine, words } from '../../src/clean/text.js';

interface FamilyData {
  id: string;
  maxWords: number;
  patterns: { id: string; re: string }[];
}
const families = loadData<{ families: FamilyData[] }>('boilerplate').families;
const sources = families.flatMap((f) => f.patterns.map((p) => p.re));

/** matchBoilerplate as it was before the guards: each family's alternation, then the first pattern in order. */
function reference(folded: string): { family: string; pattern: string } | null {
  if (folded === '') return null;
  const n = words(folded).length;
  for (const f of families) {
    if (n > f.maxWords || !compileAlternation(f.patterns.map((p) => p.re)).test(folded)) continue;
    const p = f.patterns.find((q) => new RegExp(q.re, 'iu').test(folded));
    if (p) return { family: f.id, pattern: p.id };
  }
  return null;
}

const LINES = [
  'Crews clear the road on Tuesday. (Photo: Jane Roe / AFP)',
  'Crews clear the road on Tuesday. (Photo: Jane Roe).',
  'Firefighters at the scene, March 3, 2031. (AP Photo/Jane Roe)',
  'Firefighters at the scene. (Jane Roe/Getty Images)',
  'Crews clear the road near the port, March 3, 2031. REUTERS/Jane Roe',
  'Crews clear the road near the port. Photo: Jane Roe',
  'Crews clear the road near the port! Image credit: City Hall',
  'Anna Lindqvist and Tom Baker contributed to this report.',
  '• Maria Ortega contributed reporting from the capital.',
  'Tom Baker CONTRIBUTED to this story.',
  'Jane Roe (left) and Tom Baker at the council meeting on Wednesday',
  // Near-misses: body prose that must stay unmatched.
  'The council said the plan (which opponents call costly) would pass.',
  'The mayor said the new routes would open in spring (weather permitting).',
  'Officials said 40/60 of the budget would go to buses.',
  'He added: the vote was close, and the result was not certain',
  'Photo: the council in session',
  'Many residents contributed their views at the meeting.',
  'The council met on Wednesday. Reuters / Jane Roe.',
  '',
];

describe('boilerplate pattern guards', () => {
  it('every guard belongs to a pattern in data/boilerplate.json', () => {
    for (const source of guardedSources()) expect(sources).toContain(source);
  });

  it('guarded patterns have no capturing group (leaving the alternation moves no group number)', () => {
    // An empty alternative matches '', and the match lists one slot per group.
    for (const source of guardedSources()) expect(new RegExp(`(?:${source})|`, 'iu').exec('')!.length, source).toBe(1);
  });

  it('guards the caption patterns that open with .{1,600}', () => {
    for (const source of sources.filter((s) => s.startsWith('^.{1,600}'))) expect(guardFor(source)).not.toBeNull();
  });

  it('every line a guarded pattern matches passes its guard', () => {
    let matched = 0;
    for (const source of guardedSources()) {
      const re = new RegExp(source, 'iu');
      const guard = guardFor(source)!;
      for (const line of LINES) {
        if (!re.test(line)) continue;
        matched++;
        expect(guard(line), `${line} / ${source}`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThanOrEqual(10);
  });

  it('fails on ordinary prose lines, which is what saves the time', () => {
    const prose = ['The council voted on Wednesday to expand the bus network.', 'He said the first routes would open "in spring"', 'Who pays for it?'];
    for (const source of guardedSources()) for (const line of prose) expect(guardFor(source)!(line)).toBe(false);
  });

  it('matchBoilerplate gives the same family and pattern as without guards', () => {
    for (const line of LINES) {
      const folded = foldLine(line);
      const hit = matchBoilerplate(folded, words(folded).length);
      expect(hit && { family: hit.family, pattern: hit.pattern }, line).toEqual(reference(folded));
    }
  });

  it('holds on generated caption-like lines', () => {
    const pieces = ['Crews', ' clear', ' the road', '.', '!', '?', ' ', '  ', '(', ')', '/', ':', ' photo', ' Photos', ' credit', ' REUTERS', ' ap', ' via', ' Getty Images', 'Jane Roe', ' contributed', ' reporting', ' (left)', 'pictured)', ' to this report', '•', '\u212a', 'ſ', '😀'];
    const lineArb = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));
    const guarded = guardedSources().map((s) => ({ re: new RegExp(s, 'iu'), guard: guardFor(s)! }));
    fc.assert(
      fc.property(lineArb, (line) => {
        for (const { re, guard } of guarded) if (re.test(line)) expect(guard(line)).toBe(true);
        const hit = matchBoilerplate(line, words(line).length);
        expect(hit && { family: hit.family, pattern: hit.pattern }).toEqual(reference(line));
      }),
      { numRuns: 3000, seed: 20261122 },
    );
  });
});
