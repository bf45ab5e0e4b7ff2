import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { seg } from '../helpers.js';

const q = (text: string) => extractQuantities(seg(text));
const one = (text: string) => {
  const all = q(text);
  expect(all).toHaveLength(1);
  const c = all[0]!;
  expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  return c;
};

describe('extractQuantities: scale named before the figure', () => {
  it.each([
    ['A magnitude 6.1 tremor rattled the valley overnight.', 6.1, 'magnitude', 'magnitude 6.1'],
    ['Magnitude 5.4 quake shakes island chain', 5.4, 'magnitude', 'Magnitude 5.4'],
    ['A magnitude-7.2 earthquake struck offshore.', 7.2, 'magnitude', 'magnitude-7.2'],
    ['The storm strengthened to Category 3 before landfall.', 3, 'category', 'Category 3'],
    ['The capital moved to alert level 4 on Sunday.', 4, 'level', 'level 4'],
    ['The ore was rated grade 5 by inspectors.', 5, 'grade', 'grade 5'],
    ['A 5.9 magnitude quake hit the region.', 5.9, 'magnitude', '5.9 magnitude'],
    ['A 6.3-magnitude quake hit the region.', 6.3, 'magnitude', '6.3-magnitude'],
  ])('%s', (text, value, unit, claimText) => {
    expect(one(text)).toMatchObject({ value, unit, text: claimText });
  });

  it('the prefix wins over a counted noun further on', () => {
    expect(one('A magnitude 6 quake flattened villages.')).toMatchObject({ value: 6, unit: 'magnitude' });
  });

  it.each([
    ['The suspect, aged 34, was charged.', 'an age after "aged"'],
    ['The level of the river rose sharply.', 'a scale word without a figure'],
    ['The COVID-19 rules and an F-16 jet were discussed.', 'a hyphenated name with digits'],
  ])('%s (%s)', (text) => {
    expect(q(text)).toEqual([]);
  });
});

describe('extractQuantities: more counted nouns', () => {
  it.each([
    ['Landslides blocked four mountain roads.', 4, 'roads'],
    ['About 900 homes were destroyed.', 900, 'homes'],
    ['Rescuers checked 60 houses on the hill.', 60, 'homes'],
    ['The storm damaged 14 schools.', 14, 'schools'],
    ['The storm damaged 3 hospitals.', 3, 'hospitals'],
    ['Seismologists logged 85 aftershocks.', 85, 'aftershocks'],
    ['The convoy lost 7 trucks.', 7, 'vehicles'],
    ['The ship carried 40,000 tonnes of grain.', 40000, 'tons'],
    ['The ruling party won 212 seats.', 212, 'seats'],
    ['The clinic gave 5,000 doses on Monday.', 5000, 'doses'],
    ['Airlines cancelled 300 flights.', 300, 'flights'],
    ['The plant will cut 1,200 jobs.', 1200, 'jobs'],
    ['Growth slowed by 0.4 percentage points.', 0.4, 'percentage-points'],
    ['The bank raised rates by 50 basis points.', 50, 'basis-points'],
    ['He faces 3 charges of fraud.', 3, 'charges'],
    ['The striker scored 2 goals.', 2, 'goals'],
    ['An EU team of 9 experts flew in.', 9, 'experts'],
    ['The hurricane flooded 5 provinces.', 5, 'provinces'],
    ['Temperatures reached 41 degrees Celsius.', 41, 'celsius'],
    ['The attack claimed 19 lives.', 19, 'people'],
    ['The floods caused 12 deaths.', 12, 'people'],
  ])('%s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it('a singular noun used as a modifier is not the unit', () => {
    expect(one('She drove 3 school buses.')).toMatchObject({ value: 3, unit: 'vehicles', unitText: 'buses' });
  });
});

describe('extractQuantities: units written against the figure', () => {
  it.each([
    ['Turnout was 61% in the capital.', 61, 'percent', '61%'],
    ['Turnout was 61 %, officials said.', 61, 'percent', '61 %'],
    ['Turnout fell to 40 per cent.', 40, 'percent', '40 per cent'],
    ['Night temperatures drop to around 3C in the hills.', 3, 'celsius', 'around 3C'],
    ['It was 30°C in the shade.', 30, 'celsius', '30°C'],
    ['The fire spread across 12km of forest.', 12, 'km', '12km'],
    ['The law sets a 90-day deadline.', 90, 'days', '90-day'],
  ])('%s', (text, value, unit, claimText) => {
    expect(one(text)).toMatchObject({ value, unit, text: claimText });
  });

  it.each([
    ['The quake struck at 3.42am local time.', 'a clock time'],
    ['Operators rolled out 5G networks.', '"5G" is a name'],
    ['He had the 4c ticket.', 'a lower-case letter is no temperature'],
    ['The 45-year-old driver was arrested.', 'an age'],
  ])('%s (%s)', (text) => {
    expect(q(text)).toEqual([]);
  });
});

describe('extractQuantities: date offsets are not quantities', () => {
  it.each([
    ['Two days after the vote, protests began.'],
    ['Three weeks later, the bridge reopened.'],
    ['The rebels left the town seven years ago.'],
    ['Five days before the summit, talks stalled.'],
  ])('%s', (text) => {
    expect(q(text)).toEqual([]);
  });

  it('a duration stays a quantity', () => {
    expect(one('The curfew will last two weeks.')).toMatchObject({ value: 2, unit: 'weeks' });
  });
});
