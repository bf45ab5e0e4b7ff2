import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { parseDigits } from '../../src/extract/quantity-numbers.js';
import { seg } from '../helpers.js';

const q = (text: string) => extractQuantities(seg(text));
const one = (text: string) => {
  const all = q(text);
  expect(all).toHaveLength(1);
  const c = all[0]!;
  expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  return c;
};

describe('parseDigits', () => {
  it.each([
    ['12,500', 12500, null],
    ['12,500.75', 12500.75, null],
    ['1.234.567', 1234567, null],
    ['1,5', 1.5, null],
    ['4.000', 4, 4000],
    ['2.5', 2.5, null],
    ['2.125', 2.125, 2125],
  ])('%s', (body, value, thousands) => {
    expect(parseDigits(body)).toMatchObject({ value, thousands });
  });
});

describe('extractQuantities: number formats from translation', () => {
  it.each([
    ['More of 3.000 persons stay in shelters.', 3000, 'people', 'more-than'],
    ['Around 1.500 militaries were deployed.', 1500, 'troops', 'about'],
    ['The census counted 1.234.567 inhabitants.', 1234567, 'people', 'exact'],
    ['The grant was 2,5 million euros.', 2_500_000, 'eur', 'exact'],
  ])('%s', (text, value, unit, qualifier) => {
    expect(one(text)).toMatchObject({ value, unit, qualifier });
  });

  it('a dot group before a measurement stays a decimal', () => {
    expect(one('The central bank set the rate at 2.125 percent.')).toMatchObject({ value: 2.125, unit: 'percent' });
  });

  it('a comma decimal needs a scale word', () => {
    expect(q('Rooms 1,5 and 9 were closed.')).toEqual([]);
  });
});

describe('extractQuantities: money', () => {
  it.each([
    ['The EU released €2.5 million for shelter.', 2_500_000, 'eur', '€2.5 million'],
    ['The EU released EUR 2.5m for shelter.', 2_500_000, 'eur', 'EUR 2.5m'],
    ['The Treasury found £3bn in savings.', 3_000_000_000, 'gbp', '£3bn'],
    ['Congress approved $8 million on Friday.', 8_000_000, 'usd', '$8 million'],
    ['The state gave 8 million dollars.', 8_000_000, 'usd', '8 million dollars'],
    ['The state approved 20 millions of dollars.', 20_000_000, 'usd', '20 millions of dollars'],
    ['The bank lent US$1.8 billion.', 1_800_000_000, 'usd', 'US$1.8 billion'],
    ['Tokyo unveiled a 2.4 trillion yen package.', 2_400_000_000_000, 'jpy', '2.4 trillion yen'],
    ['Ottawa pledged C$40 million.', 40_000_000, 'cad', 'C$40 million'],
  ])('%s', (text, value, unit, claimText) => {
    expect(one(text)).toMatchObject({ value, unit, text: claimText });
  });

  it('"millions of" without a figure stays vague', () => {
    expect(one('The scheme cost millions of dollars.')).toMatchObject({ value: null, unit: 'usd', qualifier: 'vague' });
  });
});

describe('extractQuantities: number words', () => {
  it.each([
    ['Officials closed a dozen schools.', 12, 'schools'],
    ['Two dozen protesters were held.', 24, 'people'],
    ['The army sent three hundred soldiers.', 300, 'troops'],
  ])('%s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });

  it.each([
    ['Dozens of aftershocks followed.', 'aftershocks'],
    ['Several hundred people marched.', 'people'],
    ['Hundreds of homes were flooded.', 'homes'],
  ])('vague: %s', (text, unit) => {
    expect(one(text)).toMatchObject({ value: null, qualifier: 'vague', unit });
  });

  it('"dozen" alone is not a figure', () => {
    expect(q('The dozen was sold out.')).toEqual([]);
  });
});
