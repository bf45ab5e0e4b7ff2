import { describe, expect, it } from 'vitest';
import { extractDates } from '../../../src/extract/dates/index.js';
import { seg } from '../../helpers.js';

// 2022-03-09 is a Wednesday.
const REF = { date: '2022-03-09', basis: 'inferred' };
const dates = (text: string, ref: { date: string; basis: string } | null = REF) => extractDates(seg(text), ref);
const one = (text: string, ref: { date: string; basis: string } | null = REF) => {
  const all = dates(text, ref);
  expect(all).toHaveLength(1);
  const d = all[0]!;
  expect(text.slice(d.offset, d.offset + d.text.length)).toBe(d.text);
  return d;
};

describe('extractDates: absolute forms', () => {
  it.each([
    ['The treaty was signed on June 16, 2019 in Vienna.', 'June 16, 2019', '2019-06-16', 'day'],
    ['The photo was taken on Friday, October 4, 2019.', 'Friday, October 4, 2019', '2019-10-04', 'day'],
    ['Talks resumed on 7 December 2021 in Minsk.', '7 December 2021', '2021-12-07', 'day'],
    ['Prices fell in November 2020 after the vote.', 'November 2020', '2020-11', 'month'],
    ['In 2014 the peninsula was annexed.', '2014', '2014', 'year'],
  ])('%s', (text, t, resolved, precision) => {
    expect(one(text, null)).toMatchObject({ text: t, resolved, precision });
  });

  it.each([
    ['A second strike is called for 16 and 17 May.', '16 and 17 May'],
    ['A second strike is called for 16, 17 and 18 May.', '16, 17 and 18 May'],
    ['A second strike is called for 16-17 May.', '16-17 May'],
    ['A second strike is called for 16–17 May.', '16–17 May'],
    ['A second strike is called for May 16-17.', 'May 16-17'],
    ['The pilots will strike on 16. and 17. May, if no deal is reached.', '16. and 17. May'],
  ])('a list or span of days reads as its first day: %s', (text, t) => {
    expect(one(text)).toMatchObject({ text: t, resolved: '2022-05-16', precision: 'day' });
  });

  it('a machine-translated dotted day is a date after a preposition, not at a sentence end', () => {
    expect(one('The strike will start on 17. May.')).toMatchObject({ text: '17. May', resolved: '2022-05-17' });
    expect(dates('The final score was 17. May brought a new season.', null)).toEqual([]);
  });

  it('reads "the spring of 2027" and Central European "3. 3. 2026"', () => {
    expect(one('The appeal is unlikely before the spring of 2027, lawyers said.')).toMatchObject({ text: 'spring of 2027', resolved: '2027', precision: 'year' });
    expect(one('The trial began 3. 3. 2026 in the capital.', null)).toMatchObject({ text: '3. 3. 2026', resolved: '2026-03-03' });
  });

  it('a month-day without year takes the year by tense', () => {
    expect(one('The leaders met on February 20.').resolved).toBe('2022-02-20');
    // After "for", the date is when the announced thing happens: the nearest May, not last year's.
    expect(one('The union announced a strike for 16 May.').resolved).toBe('2022-05-16');
    expect(one('The leaders will meet on December 20.').resolved).toBe('2022-12-20');
  });
});

describe('extractDates: weekdays by tense', () => {
  it.each([
    ['The minister said on Friday that talks had stalled.', 'Friday', '2022-03-04'],
    ['The spokesman reiterated on Monday that no decision was made.', 'Monday', '2022-03-07'],
    ['The leaders will hold a video call on Tuesday.', 'Tuesday', '2022-03-15'],
    ['The envoy will brief allies late Thursday.', 'late Thursday', '2022-03-10'],
    ['Later on Friday, the minister told reporters he was hopeful.', 'Later on Friday', '2022-03-04'],
    ['This Friday, the president said he was preparing measures.', 'This Friday', '2022-03-04'],
    ['The agency confirmed the figure last Wednesday.', 'last Wednesday', '2022-03-02'],
    ['The summit opens on Tuesday morning.', 'Tuesday morning', '2022-03-08'],
    ['Officials described Monday’s talks as useful.', 'Monday', '2022-03-07'],
    ['The talks ended Wednesday with no deal.', 'Wednesday', '2022-03-09'],
    ['Will Hurd said on Monday that he may run.', 'Monday', '2022-03-07'],
    ['A ruling is expected on Thursday.', 'Thursday', '2022-03-10'],
    ['The weather office does not expect rain before Sunday.', 'Sunday', '2022-03-13'],
    ['The talks collapsed before Sunday.', 'Sunday', '2022-03-06'],
    ['The vote is scheduled for Friday.', 'Friday', '2022-03-11'],
    ['He said he had met the unions on Sunday evening and would meet them again soon.', 'Sunday evening', '2022-03-06'],
  ])('%s', (text, t, resolved) => {
    expect(one(text)).toMatchObject({ text: t, resolved, precision: 'day' });
  });

  it.each([
    ['The airline cancelled 400 flights between Monday and Wednesday.', '2022-03-07', '2022-03-09'],
    ['Pilots will strike from Thursday until Monday.', '2022-03-10', '2022-03-14'],
    ['The airline cancelled flights from Monday to Wednesday.', '2022-03-07', '2022-03-09'],
    ['Pilots will strike Friday–Sunday.', '2022-03-11', '2022-03-13'],
  ])('a span of weekdays ends after it starts: %s', (text, from, to) => {
    expect(dates(text).map((d) => d.resolved)).toEqual([from, to]);
  });

  it('two weekdays joined by "and" without "between" are read on their own', () => {
    // Past tense puts both before the reference Wednesday.
    expect(dates('The talks failed on Monday and Tuesday.').map((d) => d.resolved)).toEqual(['2022-03-07', '2022-03-08']);
    expect(dates('Talks were held on Tuesday and last Monday.').map((d) => d.resolved)).toEqual(['2022-03-08', '2022-03-07']);
  });
});

describe('extractDates: months, seasons and relative phrases', () => {
  it.each([
    ['The two presidents last met in July.', 'July', '2021-07', 'month'],
    ['Sanctions were imposed in April.', 'April', '2021-04', 'month'],
    ['A possible offensive in August worries analysts.', 'August', '2022-08', 'month'],
    ['Analysts feared an attack by the end of May.', 'the end of May', '2021-05', 'month'],
    ['Officials warned an attack could come by the end of May.', 'the end of May', '2022-05', 'month'],
    ['The pipeline deal was struck in May last year.', 'May last year', '2021-05', 'month'],
    ['Troops massed at the border in spring.', 'spring', '2022', 'year'],
    ['Troops massed at the border in summer.', 'summer', '2021', 'year'],
    ['Unlike last spring, the build-up is larger.', 'last spring', '2021', 'year'],
    ['The attack could come in early 2023.', 'early 2023', '2023', 'year'],
    ['He wrote a report last month.', 'last month', '2022-02', 'month'],
    ['An invasion may come as soon as next month.', 'next month', '2022-04', 'month'],
    ['She was poisoned last year.', 'last year', '2021', 'year'],
    ['Russia seized the port seven years ago.', 'seven years ago', '2015', 'year'],
    ['A statement came late last week.', 'late last week', '2022-03', 'month'],
    ['The call could come next week.', 'next week', '2022-03', 'month'],
  ])('%s', (text, t, resolved, precision) => {
    expect(one(text)).toMatchObject({ text: t, resolved, precision });
  });

  it('a week that straddles two months stays unresolved', () => {
    // 2021-12-06 is a Monday: last week ran from 29 November to 5 December.
    expect(one('Officials confirmed the figure last week.', { date: '2021-12-06', basis: 'inferred' })).toMatchObject({
      text: 'last week',
      resolved: null,
      precision: null,
    });
    expect(one('Officials warned this week of sanctions.', { date: '2021-12-03', basis: 'inferred' }).resolved).toBeNull();
  });

  it('vague spans are kept unresolved', () => {
    expect(one('A video conference will be held in a few days.')).toMatchObject({ resolved: null, precision: null });
  });

  it('without a reference date only absolute dates resolve', () => {
    expect(one('The minister said on Friday that talks stalled.', null)).toMatchObject({ resolved: null, precision: null });
  });

  it('stops a date\'s context at a clause that tells of another event ("after talks collapsed")', () => {
    const [monday] = dates('Pilots will walk out for three days from Monday after last-ditch talks over pay collapsed.');
    expect(monday!.context).toEqual(expect.arrayContaining(['walk', 'pilots']));
    expect(monday!.context).not.toContain('collapsed');
    // The word that leads the date itself starts its clause.
    const [tuesday] = dates('Flights resumed after Tuesday\'s talks, the airline said.');
    expect(tuesday!.context).toContain('talks');
  });

  it('gives context words of the clause', () => {
    const d = one('In 2014, Russia annexed the Crimean peninsula.', null);
    expect(d.context).toEqual(expect.arrayContaining(['annexed', 'crimean']));
  });
});

describe('extractDates: near-misses', () => {
  it.each([
    ['Moscow may plan a larger offensive.', '"may" the verb'],
    ['May the talks succeed, she said.', '"May" at a sentence start'],
    ['Protesters march through the capital.', '"march" the verb'],
    ['The March on the capital drew crowds.', '"March" the noun'],
    ['June Carter spoke to reporters.', '"June" the name'],
    ['The fall in prices surprised markets.', '"fall" the noun'],
    ['They sent 175,000 troops and 1,954 tanks.', 'figures are not years'],
  ])('%s (%s)', (text) => {
    expect(dates(text)).toEqual([]);
  });
});
