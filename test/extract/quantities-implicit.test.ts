import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { seg } from '../helpers.js';

const q = (text: string) => extractQuantities(seg(text));

/** Every figure of the sentence as [claim text, value, unit, qualifier]. */
const rows = (text: string) =>
  q(text).map((c) => {
    expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
    return [c.text, c.value, c.unit, c.qualifier];
  });

describe('extractQuantities: counts of people without a noun', () => {
  it.each([
    ['Officials said 210 were injured in the blast.', [['210', 210, 'people', 'exact']]],
    ['At least 64 died when the ferry sank.', [['At least 64', 64, 'people', 'at-least']]],
    ['More than 9,000 had been evacuated by noon.', [['More than 9,000', 9000, 'people', 'more-than']]],
    ['Some 35 were still missing on Friday.', [['Some 35', 35, 'people', 'about']]],
    ['Police said 80 were arrested overnight.', [['80', 80, 'people', 'exact']]],
    ['The bomb killed 19 and injured 40.', [['19', 19, 'people', 'exact'], ['40', 40, 'people', 'exact']]],
    ['Floods swept the valley, killing at least 31.', [['at least 31', 31, 'people', 'at-least']]],
    ['A 1939 quake killed more than 2,000.', [['more than 2,000', 2000, 'people', 'more-than']]],
    ['The death toll rose to 75 on Monday.', [['75', 75, 'people', 'exact']]],
    ['The toll from the storm climbed to 18, officials said.', [['18', 18, 'people', 'exact']]],
    ['The number of dead stood at 140.', [['140', 140, 'people', 'exact']]],
    ['Storm leaves 12 dead and 3,000 displaced', [['12 dead', 12, 'people', 'exact'], ['3,000 displaced', 3000, 'people', 'exact']]],
    ['Doctors treated 150 people, 20 of them children.', [['150 people', 150, 'people', 'exact'], ['20 of them', 20, 'people', 'exact']]],
    ['The army lost 300 soldiers, 40 of whom were officers.', [['300 soldiers', 300, 'troops', 'exact'], ['40 of whom', 40, 'troops', 'exact']]],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('one count, three wordings, one unit', () => {
    const units = ['Forty-eight people were killed.', 'The quake left 48 dead.', 'The death toll reached 48.'].map((t) => q(t)[0]?.unit);
    expect(units).toEqual(['people', 'people', 'people']);
  });

  it('keeps the governing word in the context', () => {
    expect(q('Officials said 210 were injured in the blast.')[0]!.context).toContain('injured');
  });

  it.each([
    ['He was wounded 3 times in the war.', 'the figure does not end the phrase'],
    ['In 2016 were held the elections.', 'a year'],
    ['Prices rose to 75 after the announcement.', 'a linking word but no head noun'],
    ['The toll road has 4 lanes and prices rose to 9.', 'a figure stands between the head noun and the link'],
    ['Of the 20 of them, none came.', 'a partitive without an earlier figure'],
    ['The 3 dead soldiers were buried.', 'the noun after the adjective wins'],
  ])('%s (%s)', (text, why) => {
    const found = q(text);
    if (why === 'the noun after the adjective wins') expect(found.map((c) => c.unit)).toEqual(['troops']);
    else expect(found).toEqual([]);
  });
});
