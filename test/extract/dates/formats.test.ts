import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { findDates } from '../../../src/extract/dates/find.js';
import { dayFirstIn } from '../../../src/extract/dates/order.js';
import { seg } from '../../helpers.js';

// 2023-05-18 is a Thursday.
const REF = { date: '2023-05-18', basis: 'inferred' };
const dates = (text: string) => extractDates(seg(text), REF);

describe('date formats', () => {
  it.each([
    ['The report was filed on 2023-05-16 in Geneva.', '2023-05-16', '2023-05-16'],
    ['Filed 17/05/2023 by the regional office.', '17/05/2023', '2023-05-17'],
    ['Filed 05/17/2023 by the regional office.', '05/17/2023', '2023-05-17'],
    ['The levee gave way on 16.05.2023 at dawn.', '16.05.2023', '2023-05-16'],
    ['The levee gave way on Tuesday, May 16, 2023.', 'Tuesday, May 16, 2023', '2023-05-16'],
    ['Crews arrived on Sept. 13 with pumps.', 'Sept. 13', '2022-09-13'],
    ['Crews arrived on Sept 13 with pumps.', 'Sept 13', '2022-09-13'],
    ['Crews arrived on 13 September with pumps.', '13 September', '2022-09-13'],
    ['Crews arrived on September 13th with pumps.', 'September 13th', '2022-09-13'],
    ['Crews arrived on the 13th of September with pumps.', '13th of September', '2022-09-13'],
    ['The river crested on Tuesday (May 16) near the bridge.', 'Tuesday (May 16)', '2023-05-16'],
    ['The river crested on Tuesday 16 May near the bridge.', 'Tuesday 16 May', '2023-05-16'],
    ['The river crested on the Tuesday 16 of May near the bridge.', 'Tuesday 16 of May', '2023-05-16'],
  ])('%s', (text, t, resolved) => {
    const all = dates(text);
    expect(all).toHaveLength(1);
    const d = all[0]!;
    expect(text.slice(d.offset, d.offset + d.text.length)).toBe(d.text);
    expect(d).toMatchObject({ text: t, resolved, precision: 'day' });
  });

  it('keeps "mid-" as the part of the month', () => {
    const [d] = findDates('Repairs should end by mid-September, officials said.', 0);
    expect(d).toMatchObject({ text: 'mid-September', part: 'mid', form: { kind: 'month', m: 9 } });
  });

  it('a weekday pair names the weekday beside the date', () => {
    const [d] = findDates('Voting closes on Tuesday (May 16).', 0);
    expect(d?.form).toEqual({ kind: 'monthDay', m: 5, d: 16, weekday: 2 });
    // A numeric date beside the weekday is the same day.
    expect(findDates('The court sentenced in the Thursday 8. 10. 2026 the ex-minister.', 0).map((m) => [m.text, m.form])).toEqual([
      ['Thursday 8. 10. 2026', { kind: 'full', y: 2026, m: 10, d: 8, weekday: 4 }],
    ]);
    // Also after a part of the day: one mention, not two.
    const both = findDates('The fire broke out on Sunday afternoon, 9 August, near the village.', 0);
    expect(both.map((m) => [m.text, m.form])).toEqual([['Sunday afternoon, 9 August', { kind: 'monthDay', m: 8, d: 9, weekday: 0 }]]);
  });

  it.each([
    ['The score was 3/4/2021/5 in the files.', 'a longer slash run'],
    ['The pumps ran on Tuesday (and Wednesday).', 'a bracket without a date'],
    ['Sept sales fell.', 'an abbreviation with neither dot nor number'],
    ['The clinic saw 12/10 patients at 10.30.', 'fractions and times'],
  ])('%s (%s) is no full date', (text) => {
    expect(findDates(text, 0).filter((m) => m.form.kind === 'full' || m.form.kind === 'monthDay')).toEqual([]);
  });
});

describe('day or month first in all-numeric dates', () => {
  const read = (text: string, dayFirst: boolean) => findDates(text, 0, { dayFirst })[0]?.form;

  it('a number above 12 decides', () => {
    expect(read('on 17/05/2023', false)).toMatchObject({ m: 5, d: 17 });
    expect(read('on 05/17/2023', true)).toMatchObject({ m: 5, d: 17 });
  });

  it('otherwise the article decides', () => {
    expect(read('on 05/09/2023', true)).toMatchObject({ m: 9, d: 5 });
    expect(read('on 05/09/2023', false)).toMatchObject({ m: 5, d: 9 });
  });

  it.each([
    [['Filed 17/05/2023.', 'Updated 05/09/2023.'], true],
    [['Filed 05/17/2023.', 'Updated 05/09/2023.'], false],
    [['The vote was held on May 16 and counted on May 17.'], false],
    [['The vote was held on 16 May and counted on 17 May.'], true],
    [['Nothing here says how.'], true],
  ])('%j → day first %s', (texts, expected) => {
    expect(dayFirstIn(texts)).toBe(expected);
  });

  it('extractDates reads an ambiguous date with the order of the article', () => {
    const [, d] = dates('Filed 05/17/2023. The levee was inspected on 05/09/2023.');
    expect(d).toMatchObject({ text: '05/09/2023', resolved: '2023-05-09' });
  });
});

describe('weekdays against the day of writing', () => {
  it.each([
    ['The dam burst on Tuesday, officials said.', '2023-05-16'],
    ['Engineers will inspect the dam on Tuesday.', '2023-05-23'],
    ['Rescuers reached the valley this Thursday.', '2023-05-18'],
  ])('%s', (text, resolved) => {
    expect(dates(text)[0]?.resolved).toBe(resolved);
  });
});

// Once a bug: the lexicons were object literals, so `word in DEICTIC` found
// Object.prototype's keys and "constructor" became a date.
describe('words that are keys of Object.prototype', () => {
  it.each([
    'The constructor said the bridge would open.',
    'The last constructor left the site.',
    'Three constructor crews were hired, officials said.',
    'Its valueOf and toString were debated.',
  ])('%s has no date', (text) => {
    expect(findDates(text, 0, { dayFirst: true })).toEqual([]);
  });

  it('still finds the real date beside one', () => {
    const text = 'The constructor said on Monday that work resumes tomorrow.';
    expect(findDates(text, 0, { dayFirst: true }).map((m) => m.text)).toEqual(['Monday', 'tomorrow']);
  });
});
