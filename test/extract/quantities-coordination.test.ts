import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { seg } from '../helpers.js';

/** Every figure of the sentence as [claim text, value, unit, qualifier]. */
const rows = (text: string) =>
  extractQuantities(seg(text)).map((c) => {
    expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
    return [c.text, c.value, c.unit, c.qualifier];
  });

describe('extractQuantities: a bare figure borrows the unit of a figure it is linked to', () => {
  it.each([
    ['Labour won 212 of 400 seats.', [['212', 212, 'seats', 'exact'], ['400 seats', 400, 'seats', 'exact']]],
    ['Only 3 out of 40 patients recovered.', [['3', 3, 'people', 'exact'], ['40 patients', 40, 'people', 'exact']]],
    ['The Liberals fell to 33 seats, a loss of 9.', [['33 seats', 33, 'seats', 'exact'], ['9', 9, 'seats', 'exact']]],
    ['Exports reached 1,200 tonnes, up from 950.', [['1,200 tonnes', 1200, 'tons', 'exact'], ['950', 950, 'tons', 'exact']]],
    ['Turnout was 48%, down from 55 in the last vote.', [['48%', 48, 'percent', 'exact'], ['55', 55, 'percent', 'exact']]],
    ['The bloc holds 98 seats in the 200-seat chamber, well short of the 101 needed for a majority.', [
      ['98 seats', 98, 'seats', 'exact'], ['200-seat', 200, 'seats', 'exact'], ['101', 101, 'seats', 'exact'],
    ]],
    ['The Pirates, who won 14 seats, and the Centre Party, who won 7, will join.', [['14 seats', 14, 'seats', 'exact'], ['7', 7, 'seats', 'exact']]],
    ['The Pirates won 14 seats and the small Centre Party 7.', [['14 seats', 14, 'seats', 'exact'], ['7', 7, 'seats', 'exact']]],
    ['Polls give the Liberals 30 to 34 seats, and the Greens between 12 and 15.', [
      ['30 to 34 seats', 30, 'seats', 'range'], ['between 12 and 15', 12, 'seats', 'range'],
    ]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['The party won 14 seats and the leader opened 7.', 'a verb in the second clause: no gapping'],
    ['The party won 14 seats; the Greens 7.', 'another clause after a semicolon'],
    ['The party won 14 seats and later won 7 races.', 'the bare figure does not end its phrase'],
    ['The party won 14 seats – in the north, the Greens 7.', 'a dash starts another clause'],
  ])('%s (%s)', (text) => {
    expect(rows(text)).toEqual([['14 seats', 14, 'seats', 'exact']]);
  });

  it.each([
    ['Police said 7 had gone home.', 'no other figure to borrow from'],
    ['The board has 40 members and opened 3 branches.', 'neither figure has a unit'],
  ])('%s (%s)', (text) => {
    expect(rows(text)).toEqual([]);
  });
});

describe('extractQuantities: seats and points', () => {
  it.each([
    ['The 120-seat parliament met on Monday.', '120-seat', 120, 'seats'],
    ['He addressed the 450-member State Duma.', '450-member', 450, 'seats'],
    ['The 27-member national assembly voted.', '27-member', 27, 'seats'],
    ['The party obtains 61 mandates in the new house.', '61 mandates', 61, 'seats'],
    ['Support rose by 3.5pp in a month.', '3.5pp', 3.5, 'percentage-points'],
    ['Support rose by 3.5 pp in a month.', '3.5 pp', 3.5, 'percentage-points'],
    ['The lead narrowed by 2 percentage points.', '2 percentage points', 2, 'percentage-points'],
    ['The bank cut rates by 25bp.', '25bp', 25, 'basis-points'],
    ['Spreads widened by 40 bps.', '40 bps', 40, 'basis-points'],
    ['The party got 27,9 % of votes.', '27,9 %', 27.9, 'percent'],
    ['Turnout reached 61,25 per cent.', '61,25 per cent', 61.25, 'percent'],
  ])('%s', (text, claim, value, unit) => {
    expect(rows(text)).toContainEqual([claim, value, unit, 'exact']);
  });

  it.each([
    ['A five-member family was rescued.', 'a member count without a legislature'],
    ['The 12-member jury retired.', 'a jury is not a legislature'],
    ['He served two mandates as mayor.', 'terms of office: no election or parliament in the sentence'],
    ['Items 1,5 and 7 were sold.', 'a comma list is not a decimal'],
  ])('%s (%s)', (text) => {
    expect(rows(text).filter((r) => r[2] === 'seats' || r[2] === 'percent')).toEqual([]);
  });
});

describe('extractQuantities: "mandates" counts seats only in a political story', () => {
  it('a cue in another paragraph of the document is enough', () => {
    expect(rows('The new National Assembly met on Monday.\n\nThe Farmers got 9,5 % and 13 mandates.')).toEqual([
      ['9,5 %', 9.5, 'percent', 'exact'],
      ['13 mandates', 13, 'seats', 'exact'],
    ]);
  });

  it('no cue anywhere: a term of office is not a count of seats', () => {
    expect(rows('The coach had two mandates at the club.\n\nHe left in May.')).toEqual([]);
  });
});

describe('extractQuantities: shares, clock times and vague partitives', () => {
  it.each([
    ['Roughly one in four voters backed him.', [['Roughly one in four', 25, 'percent', 'about']]],
    ['Nearly 3 in 10 homes lack heating.', [['Nearly 3 in 10', 30, 'percent', 'about']]],
    ['It won a third of the vote.', [['a third', 33.3, 'percent', 'exact']]],
    ['The bill needs a two-thirds majority.', [['two-thirds', 66.7, 'percent', 'exact']]],
    ['Three quarters of the staff left.', [['Three quarters', 75, 'percent', 'exact']]],
    ['She thanked the volunteers, hundreds of whom had come.', [['hundreds of whom', null, 'people', 'vague']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it.each([
    ['He is running for a third term.', 'an ordinal'],
    ['The third of the suspects fled.', 'a definite ordinal'],
    ['They waited a quarter of an hour.', 'part of a thing, not a share'],
    ['Polls closed at 0:00 hours.', 'a clock time'],
    ['He thanked the press, dozens of whom came.', 'the antecedent is no counted noun'],
    ['The silence began at 18:30 local time.', 'a clock time'],
    ['Roughly one in five voters backed him.', 'the population is no count'],
  ])('%s (%s)', (text, why) => {
    const found = rows(text);
    if (why === 'the population is no count') expect(found.map((r) => r[2])).toEqual(['percent']);
    else expect(found).toEqual([]);
  });
});
