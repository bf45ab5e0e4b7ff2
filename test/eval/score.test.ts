import { describe, expect, it } from 'vitest';
import type { QuantityClaim } from '../../src/types.js';
import { scoreReport } from '../../src/eval/score.js';
import type { GoldDate, GoldPerson, GoldQuantity, GoldQuote } from '../../src/eval/gold.js';
import { date, gold, person, qty, quote, removal, report, source } from './build.js';

const gq = (line: number, text: string, value: number | null, unit: string, qualifier = 'exact', extra: Partial<GoldQuantity> = {}): GoldQuantity => ({
  line, text, value, unit, qualifier, attributedTo: null, ...extra,
});
const gd = (line: number, text: string, resolved: string | null, extra: Partial<GoldDate> = {}): GoldDate => ({
  line, text, resolved, refersTo: 'something', ...extra,
});
const gquote = (line: number, text: string, speakerAccept: string[], extra: Partial<GoldQuote> = {}): GoldQuote => ({
  line, text, speaker: 'someone', partial: false, speakerAccept, ...extra,
});
const gp = (name: string, mentions: string[], extra: Partial<GoldPerson> = {}): GoldPerson => ({ name, mentions, role: null, ...extra });
const bp = (line: number) => ({ line, text: `boilerplate line ${line}`, kind: 'test' });

describe('scoreReport: boilerplate and pooling', () => {
  it('pools counts over files before dividing, and leaves blank removed lines out', () => {
    // File a: gold {3, 4}, removed {3, 7} and a blank line 5 → tp 1, fp 1, fn 1.
    // File b: gold {9}, removed {9} → tp 1. Pooled: tp 2, fp 1, fn 1 → P = R = F1 = 2/3
    // (a per-file mean would give 0.75).
    const r = report([
      source('a', { removed: [removal(3), removal(7), removal(5, '   ')] }),
      source('b', { removed: [removal(9)] }),
    ]);
    const s = scoreReport(r, [gold('a', { boilerplate: [bp(3), bp(4)] }), gold('b', { boilerplate: [bp(9)] })]);
    expect(s.boilerplate).toMatchObject({ tp: 2, fp: 1, fn: 1 });
    expect(s.boilerplate.precision).toBeCloseTo(2 / 3, 6);
    expect(s.boilerplate.recall).toBeCloseTo(2 / 3, 6);
    expect(s.boilerplate.f1).toBeCloseTo(2 / 3, 6);
    expect(s.files.map((f) => f.boilerplate)).toEqual([{ tp: 1, fp: 1, fn: 1 }, { tp: 1, fp: 0, fn: 0 }]);
  });

  it('pairs gold with sources by file name, scores a missing source as all missed, lists unscored sources', () => {
    const r = report([source('a', { removed: [removal(2)] }), source('extra')]);
    const s = scoreReport(r, [gold('a', { boilerplate: [bp(2)] }), gold('absent', { boilerplate: [bp(1)], dates: [gd(3, 'Monday', '2030-03-03')] })]);
    expect(s.boilerplate).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    expect(s.dates).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.files[1]!.sourceId).toBeNull();
    expect(s.unscoredSources).toEqual(['extra']);
    expect(s.title).toMatchObject({ correct: 1, total: 2, rate: 0.5 });
  });

  it('gives null ratios, not NaN, when nothing was expected or predicted', () => {
    const s = scoreReport(report([source('a')]), [gold('a')]);
    expect(s.quotes).toEqual({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
  });
});

describe('scoreReport: quantities', () => {
  it('matches on line, value and folded unit; counts a duplicate as a false positive', () => {
    const g = gold('a', {
      quantities: [gq(4, 'some 3,000 soldiers', 3000, 'troops', 'about'), gq(4, '12 battalions', 12, 'battalions'), gq(6, '40 tanks', 40, 'tanks')],
    });
    const r = report([
      source('a', {
        claims: [
          qty(4, '3,000 soldiers', 3000, 'soldiers', 'about'), // unit folds into troops: TP
          qty(4, '3,000 men', 3000, 'men', 'about'), // second match of the same item: FP
          qty(4, '12 battalions', 12, 'troops'), // wrong unit: FP, and the gold is missed
          qty(5, '40 tanks', 40, 'tanks'), // wrong line: FP, gold on line 6 missed
        ],
      }),
    ]);
    const s = scoreReport(r, [g]);
    expect(s.quantities).toMatchObject({ tp: 1, fp: 3, fn: 2 });
    expect(s.quantities.precision).toBeCloseTo(0.25, 6);
    expect(s.quantities.recall).toBeCloseTo(1 / 3, 6);
  });

  it('folds personnel and forces into troops but does not equate other units', () => {
    const g = gold('a', { quantities: [gq(2, '500 personnel', 500, 'personnel'), gq(3, '800 forces', 800, 'troops'), gq(4, '9 ships', 9, 'ships')] });
    const r = report([source('a', { claims: [qty(2, '500 personnel', 500, 'troops'), qty(3, '800 forces', 800, 'Forces'), qty(4, '9 ships', 9, 'vessels')] })]);
    expect(scoreReport(r, [g]).quantities).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('requires the same value, and overlapping text where the key has no value', () => {
    const g = gold('a', {
      quantities: [gq(2, '7,000 sailors', 7000, 'sailors'), gq(3, 'Tens of thousands of protesters', null, 'protesters', 'tens-of-thousands')],
    });
    const r = report([
      source('a', {
        claims: [
          qty(2, '70,000 sailors', 70000, 'sailors'), // value differs: FP + FN
          qty(3, 'thousands of protesters', 1000, 'protesters', 'vague'), // inside the gold text: TP
          qty(3, 'crowd of protesters', null, 'protesters', 'vague'), // same line, no shared span: FP
        ],
      }),
    ]);
    const s = scoreReport(r, [g]);
    expect(s.quantities).toMatchObject({ tp: 1, fp: 2, fn: 1 });
  });

  it('maps the key’s vague and estimated qualifiers to ours for qualifier accuracy', () => {
    const g = gold('a', {
      quantities: [
        gq(2, 'thousands of volunteers', null, 'volunteers', 'thousands'),
        gq(3, 'an estimated 400 vehicles', 400, 'vehicles', 'estimated'),
        gq(4, 'up to 60 drones', 60, 'drones', 'up-to'),
      ],
    });
    const r = report([
      source('a', {
        claims: [
          qty(2, 'thousands of volunteers', null, 'volunteers', 'vague'),
          qty(3, 'estimated 400 vehicles', 400, 'vehicles', 'about'),
          qty(4, '60 drones', 60, 'drones', 'exact'),
        ],
      }),
    ]);
    const s = scoreReport(r, [g]);
    expect(s.quantities).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(s.qualifier).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
    expect(s.files[0]!.issues).toContainEqual(expect.objectContaining({ type: 'qualifier', expected: 'up-to', got: 'exact', line: 4 }));
  });

  it('pairs two equal figures on one line by their text, so each is judged on its own qualifier', () => {
    const g = gold('a', { quantities: [gq(5, 'as many as 900 troops', 900, 'troops', 'up-to'), gq(5, 'an estimated 900 men', 900, 'troops', 'estimated')] });
    // Listed in the opposite order so that pairing by position would be wrong.
    const r = report([source('a', { claims: [qty(5, 'estimated 900 men', 900, 'troops', 'about'), qty(5, 'as many as 900 troops', 900, 'troops', 'up-to')] })]);
    expect(scoreReport(r, [g]).qualifier).toEqual({ correct: 2, total: 2, rate: 1 });
  });
});

describe('scoreReport: dates', () => {
  it('matches on line and overlapping text, including an end-to-start overlap', () => {
    const g = gold('a', {
      dates: [gd(2, 'last autumn', '2029'), gd(3, 'the weekend', '2030-03'), gd(4, 'Thursday', '2030-02-28'), gd(6, 'March 1', '2030-03-01')],
    });
    const r = report([
      source('a', {
        claims: [
          date(2, 'autumn', '2029'), // inside the gold text
          date(3, 'weekend at the lake', '2030-03'), // shares "weekend" end-to-start
          date(4, 'Friday', '2030-03-01'), // same line, no overlap: FP, gold missed
          date(7, 'March 1', '2030-03-01'), // wrong line
        ],
      }),
    ]);
    expect(scoreReport(r, [g]).dates).toMatchObject({ tp: 2, fp: 2, fn: 2 });
  });

  it('does not count a shared function word as overlap', () => {
    const g = gold('a', { dates: [gd(2, 'the end of May', '2030-05')] });
    const r = report([source('a', { claims: [date(2, 'of', null)] })]);
    expect(scoreReport(r, [g]).dates).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('judges resolution only where the key resolves the date', () => {
    const g = gold('a', { dates: [gd(2, 'Tuesday', '2030-03-05'), gd(3, 'last week', null), gd(4, 'in 2019', '2019')] });
    const r = report([source('a', { claims: [date(2, 'Tuesday', '2030-03-05'), date(3, 'last week', '2030-02'), date(4, '2019', '2019-01')] })]);
    const s = scoreReport(r, [g]);
    expect(s.dates).toMatchObject({ tp: 3, fp: 0, fn: 0 });
    expect(s.resolution).toEqual({ correct: 1, total: 2, rate: 0.5 });
  });
});

describe('scoreReport: quotes', () => {
  // Gold words {we, will, answer, firmly}; prediction {we, will, answer, today, again}:
  // 3 shared of 6 distinct = Jaccard 0.5 exactly, which matches.
  it('matches at Jaccard 0.5 and not below', () => {
    const g = gold('a', { quotes: [gquote(2, 'We will answer firmly.', ['ross']), gquote(3, 'We will answer firmly.', ['ross'])] });
    const r = report([
      source('a', {
        claims: [
          quote(2, 'we will answer today, again', 'Ana Ross'),
          // {we, will, stand, by, them}: 2 shared of 7 distinct = 0.29.
          quote(3, 'We will stand by them', 'Ana Ross'),
        ],
      }),
    ]);
    expect(scoreReport(r, [g]).quotes).toMatchObject({ tp: 1, fp: 1, fn: 1 });
  });

  it('matches when one text contains the other, ignoring case and punctuation', () => {
    const g = gold('a', {
      quotes: [gquote(2, 'open door', ['ross'], { partial: true }), gquote(3, 'We don’t ACCEPT threats, not now,', ['ross'])],
    });
    const r = report([
      source('a', {
        claims: [
          // Jaccard 2/13, but the gold fragment sits inside the prediction.
          quote(2, 'the policy of an open door will stay as it was for years', 'Ana Ross'),
          quote(3, "we dont accept threats not now", 'Ana Ross'),
        ],
      }),
    ]);
    expect(scoreReport(r, [g]).quotes).toMatchObject({ tp: 2, fp: 0, fn: 0 });
  });

  it('requires the same starting line', () => {
    const g = gold('a', { quotes: [gquote(2, 'This is unacceptable.', ['ross'])] });
    const r = report([source('a', { claims: [quote(3, 'This is unacceptable.', 'Ana Ross')] })]);
    expect(scoreReport(r, [g]).quotes).toMatchObject({ tp: 0, fp: 1, fn: 1 });
  });

  it('scores the speaker by containment of any accepted string, lower-cased', () => {
    const g = gold('a', {
      quotes: [gquote(2, 'First words here.', ['ross']), gquote(3, 'Second words here.', ['ross', 'ministry']), gquote(4, 'Third words here.', ['ross'])],
    });
    const r = report([
      source('a', { claims: [quote(2, 'First words here.', 'Minister Ana ROSS'), quote(3, 'Second words here.', 'the Ministry'), quote(4, 'Third words here.', null)] }),
    ]);
    const s = scoreReport(r, [g]);
    expect(s.speaker).toEqual({ correct: 2, total: 3, rate: 2 / 3 });
  });
});

describe('scoreReport: people', () => {
  const key = [gp('Ana Ross', ['Ana Ross', 'Ross']), gp('Tomas Vale', ['Tomas Vale', 'Vale', 'Vael']), gp('Ines Marr', ['Ines Marr'])];

  it('matches by any name form, case and leading titles ignored', () => {
    const r = report([source('a', { people: [person('Mr. Tomas Vale', ['Mr. Vale']), person('Foreign Minister ROSS'), person('Ines Marrow')] })]);
    // "Ines Marrow" is not "Ines Marr": equality, not prefix.
    expect(scoreReport(r, [gold('a', { people: key })]).people).toMatchObject({ tp: 2, fp: 1, fn: 1 });
  });

  it('charges a gold person found as two predicted people as one false positive', () => {
    const r = report([source('a', { people: [person('Tomas Vale'), person('vael'), person('Ana Ross'), person('Ines Marr')] })]);
    const s = scoreReport(r, [gold('a', { people: key })]);
    expect(s.people).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(s.files[0]!.issues).toContainEqual(expect.objectContaining({ type: 'split', text: 'Tomas Vale' }));
  });

  it('charges a merge of two gold people as one false positive', () => {
    const r = report([source('a', { people: [person('Ana Ross', ['Ana Ross', 'Vale']), person('Ines Marr')] })]);
    const s = scoreReport(r, [gold('a', { people: key })]);
    expect(s.people).toMatchObject({ tp: 3, fp: 1, fn: 0 });
    expect(s.files[0]!.issues).toContainEqual(expect.objectContaining({ type: 'merge', text: 'Ana Ross' }));
  });

  it('neither rewards nor penalises ignorePeople, and counts unknown people as false positives', () => {
    const r = report([source('a', { people: [person('Ana Ross'), person('Ghost Name'), person('Pat Stray')] })]);
    const s = scoreReport(r, [gold('a', { people: [gp('Ana Ross', ['Ross'])], ignorePeople: ['Ghost Name'] })]);
    expect(s.people).toMatchObject({ tp: 1, fp: 1, fn: 0 });
  });

  it('treats a boilerplate person as neutral when a removed line names them, expected otherwise', () => {
    const credit = gp('Lena Holt', ['Lena Holt'], { inBoilerplate: true });
    const key2 = [gp('Ana Ross', ['Ross']), credit];
    const removedCredit = report([source('a', { removed: [removal(9, 'Lena Holt contributed to this report.')], people: [person('Ana Ross')] })]);
    expect(scoreReport(removedCredit, [gold('a', { people: key2 })]).people).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const foundAnyway = report([source('a', { removed: [removal(9, 'Lena Holt contributed to this report.')], people: [person('Ana Ross'), person('Lena Holt')] })]);
    expect(scoreReport(foundAnyway, [gold('a', { people: key2 })]).people).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const keptCredit = report([source('a', { people: [person('Ana Ross')] })]);
    expect(scoreReport(keptCredit, [gold('a', { people: key2 })]).people).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});

describe('scoreReport: optional and inBoilerplate items', () => {
  it('lets optional items be missed, and found ones count neither way', () => {
    const g = gold('a', { dates: [gd(2, 'Monday', '2030-03-04'), gd(3, 'in a few days', null, { optional: true }), gd(4, 'recent weeks', null, { optional: true })] });
    const r = report([source('a', { claims: [date(2, 'Monday', '2030-03-04'), date(4, 'recent weeks', null)] })]);
    const s = scoreReport(r, [g]);
    expect(s.dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    expect(s.files[0]!.neutral).toBe(1);
  });

  it('drops inBoilerplate items whose line was removed and expects them when it was kept', () => {
    const g = gold('a', {
      boilerplate: [bp(8), bp(9)],
      dates: [gd(8, 'June 2, 2029', '2029-06-02', { inBoilerplate: true }), gd(9, 'May 1, 2029', '2029-05-01', { inBoilerplate: true })],
    });
    // Line 8 removed: its date is neutral (found or not). Line 9 kept: its date is expected and missed.
    const r = report([source('a', { removed: [removal(8)], claims: [date(8, 'June 2, 2029', '2029-06-02')] })]);
    const s = scoreReport(r, [g]);
    expect(s.dates).toMatchObject({ tp: 0, fp: 0, fn: 1 });
    expect(s.boilerplate).toMatchObject({ tp: 1, fp: 0, fn: 1 });
    const kept = report([source('a', { claims: [date(9, 'May 1, 2029', '2029-05-01')] })]);
    expect(scoreReport(kept, [g]).dates).toMatchObject({ tp: 1, fp: 0, fn: 1 });
  });
});

describe('scoreReport: title', () => {
  it('compares titleLine', () => {
    const r = report([source('a', { titleLine: 3 }), source('b', { titleLine: 2 }), source('c', { titleLine: null })]);
    const s = scoreReport(r, [gold('a', { titleLine: 3 }), gold('b', { titleLine: 1 }), gold('c', { titleLine: 1 })]);
    expect(s.title).toEqual({ correct: 1, total: 3, rate: 1 / 3 });
  });
});

describe('scoreReport: body-line recall', () => {
  // Lines: 1 title, 2 blank, 3 gold boilerplate, 4 body, 5 blank, 6 body, 7 body, 8 "   " (blank).
  const text = 'Headline\n\nShare this\nFirst body line.\n\nSecond body line.\nThird body line.\n   ';

  it('counts the non-blank, non-boilerplate, non-title lines the report kept, pooled over files', () => {
    // File a removes body line 6 and the title (neither counts as boilerplate found); file b keeps all three.
    const r = report([
      source('a', { removed: [removal(3), removal(6), removal(1)] }),
      source('b', { removed: [removal(3)] }),
    ]);
    const texts = new Map([['a.txt', text], ['b.txt', text]]);
    const s = scoreReport(r, [gold('a', { boilerplate: [bp(3)] }), gold('b', { boilerplate: [bp(3)] })], null, texts);
    expect(s.files.map((f) => f.body)).toEqual([
      { correct: 2, total: 3, rate: 2 / 3 },
      { correct: 3, total: 3, rate: 1 },
    ]);
    expect(s.body).toEqual({ correct: 5, total: 6, rate: 5 / 6 });
  });

  it('is null without the texts, and counts every body line as lost for a missing source', () => {
    const r = report([source('a', { removed: [removal(3)] })]);
    expect(scoreReport(r, [gold('a', { boilerplate: [bp(3)] })]).body).toBeNull();
    const s = scoreReport(report([]), [gold('a', { boilerplate: [bp(3)] })], null, new Map([['a.txt', text]]));
    expect(s.body).toEqual({ correct: 0, total: 3, rate: 0 });
  });

  it('judges who a figure is credited to, leniently on articles and a title, over matched figures only', () => {
    const g = gold('a', {
      quantities: [
        gq(2, '52 seats', 52, 'seats', 'exact', { attributedTo: 'electoral commission' }),
        gq(3, '40 ships', 40, 'ships', 'exact', { attributedTo: 'Jan Novak' }),
        gq(4, '9 years', 9, 'years', 'exact', { attributedTo: null }),
        gq(5, '7 cranes', 7, 'cranes', 'exact', { attributedTo: 'the port authority' }),
        gq(6, '3 lorries', 3, 'lorries', 'exact', { attributedTo: 'the union' }),
      ],
    });
    const credited = (c: QuantityClaim, who: string | null): QuantityClaim => ({ ...c, attributedTo: who });
    const r = report([
      source('a', {
        claims: [
          credited(qty(2, '52 seats', 52, 'seats'), 'The Electoral Commission'),
          credited(qty(3, '40 ships', 40, 'ships'), 'Harbour Minister Jan Novak'),
          credited(qty(4, '9 years', 9, 'years'), 'March'),
          credited(qty(5, '7 cranes', 7, 'cranes'), null),
        ],
      }),
    ]);
    const s = scoreReport(r, [g]);
    // Line 6 is missed: it counts against the quantity F1, not against source accuracy.
    expect(s.source).toEqual({ correct: 2, total: 4, rate: 0.5 });
    expect(s.files[0]!.issues.filter((i) => i.type === 'source').map((i) => [i.line, i.got])).toEqual([
      [4, 'March'],
      [5, 'null'],
    ]);
    expect(s.files[0]!.issues.filter((i) => i.type === 'missed').map((i) => i.line)).toEqual([6]);
  });
});
