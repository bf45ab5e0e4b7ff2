import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { seg } from '../../helpers.js';

const one = (text: string, date: string) => {
  const all = extractDates(seg(text), { date, basis: 'text' });
  expect(all).toHaveLength(1);
  return all[0]!;
};

// 2031-03-03 is a Monday, 2031-03-07 a Friday, 2031-03-09 a Sunday.
describe('"next <weekday>" is that weekday of next week', () => {
  it.each([
    ['Final results are due to be certified next Tuesday.', '2031-03-03', '2031-03-11'],
    ['Members will vote on the deal next Tuesday.', '2031-03-09', '2031-03-11'],
    ['The council meets again next Monday.', '2031-03-07', '2031-03-10'],
    ['The council meets again next Monday.', '2031-03-03', '2031-03-10'],
  ])('%s (written %s)', (text, ref, resolved) => {
    expect(one(text, ref)).toMatchObject({ resolved, precision: 'day' });
  });

  it('a plain weekday in the future is the coming one', () => {
    expect(one('Final results will be certified on Tuesday.', '2031-03-03').resolved).toBe('2031-03-04');
  });
});

describe('"N weeks ago" counts back days', () => {
  it.each([
    ['The party won the election a week ago.', 'a week ago', '2031-03-02', 'day'],
    ['The talks began two weeks ago.', 'two weeks ago', '2031-02-23', 'day'],
    ['The bridge closed three days ago.', 'three days ago', '2031-03-06', 'day'],
    ['The party was polling at 19% a year ago.', 'a year ago', '2030', 'year'],
  ])('%s', (text, t, resolved, precision) => {
    expect(one(text, '2031-03-09')).toMatchObject({ text: t, resolved, precision });
  });
});
