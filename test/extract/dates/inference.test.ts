import { describe, expect, it } from 'vitest';
import { assignReferenceDates, dateEvidence } from '../../../src/extract/dates/index.js';
import type { CleanDocument } from '../../../src/types.js';
import { seg } from '../../helpers.js';

// 2023-05-16 is a Tuesday, and so was 2017-05-16: the trap of a historical year.
const ev = (text: string, tweak?: (c: CleanDocument) => void) => {
  const s = seg(text);
  tweak?.(s.clean);
  return dateEvidence(s);
};
const caption = (text: string) => (c: CleanDocument) => {
  c.removed.push({ line: 1, text, reason: 'caption' });
};

describe('publication lines and datelines', () => {
  it.each([
    ['Published 17/05/2023 10:42', '2023-05-17', false],
    ['Published May 17, 2023 at 9:14 PM EDT', '2023-05-17', false],
    ['17/05/2023 | Updated 18/05/2023 11:05 CET', '2023-05-17', false],
    ['Updated: May 18, 2023', '2023-05-18', true],
    ['May 17, 2023 - 08:30', '2023-05-17', false],
  ])('%s', (line, date, updated) => {
    expect(ev(`${line}\n\nThe levee held overnight.`).statedLine).toEqual({ date, updated });
  });

  it('a sentence that holds a date is no publication line', () => {
    expect(ev('The levee burst on May 16, 2023 after days of rain.').statedLine).toBeNull();
    expect(ev('Photo: a man wades through water, May 16, 2023.').statedLine).toBeNull();
  });

  it('a dateline gives the day, the article its year', () => {
    const e = ev('LVIV, May 17 (Wire) - The levee held overnight, officials said.', caption('A man wades through water, May 16, 2023.'));
    expect(e.dateline).toEqual({ month: 5, day: 17, year: null });
    expect(assignReferenceDates([e])).toEqual([{ date: '2023-05-17', basis: 'text' }]);
  });

  it('a date early in an ordinary sentence is no dateline', () => {
    expect(ev('On May 17 - the day of the vote - the levee held.').dateline).toBeNull();
    expect(ev('Officials, May 17 (in a statement) said the levee held.').dateline).toBeNull();
  });
});

describe('the current year', () => {
  it('comes from the latest explicit date, captions and copyright lines included, not from bare years', () => {
    const e = ev('The dam burst on Tuesday, May 16. Residents recalled the 2017 floods.', caption('© 2023 Example Media'));
    expect(e.currentYear).toBe(2023);
    expect(assignReferenceDates([e])).toEqual([{ date: '2023-05-16', basis: 'inferred' }]);
  });

  it('an article with only a historical year takes the year of the batch', () => {
    const alone = ev('The dam burst on Tuesday, May 16. Residents recalled the 2017 floods.');
    const other = ev('Published May 17, 2023\n\nThe levee held overnight.');
    expect(assignReferenceDates([alone, other])[0]).toEqual({ date: '2023-05-16', basis: 'inferred' });
  });

  it('a weekday and a month-day in separate sentences make no pair', () => {
    // 16 May is a Tuesday in 2023 but the Tuesday here is another day.
    const e = ev('The dam burst on May 16. Engineers inspected it on Tuesday.', caption('© 2023 Example Media'));
    expect(assignReferenceDates([e])).toEqual([null]);
  });
});

describe('placing an article around its own dated event', () => {
  const other = ev('Published May 17, 2023\n\nThe levee held overnight.');

  it('a later weekday in the past is the day of writing', () => {
    const e = ev('Rescuers reached the valley on Thursday, two days after the dam burst on Tuesday, May 16.');
    expect(assignReferenceDates([e, other])[0]).toEqual({ date: '2023-05-18', basis: 'inferred' });
  });

  it('a weekday just before the event stays before it', () => {
    const e = ev('Officials warned on Monday of heavy rain. The dam burst on Tuesday, May 16.');
    expect(assignReferenceDates([e, other])[0]).toEqual({ date: '2023-05-16', basis: 'inferred' });
  });

  it('never before a date the article reports as past', () => {
    const e = ev('The dam burst on Tuesday, May 16. The inquiry opened on May 19, 2023.');
    expect(assignReferenceDates([e])[0]).toEqual({ date: '2023-05-19', basis: 'inferred' });
  });
});

describe('the batch anchor', () => {
  it('is the one most articles support, not a lone outlier', () => {
    const a = ev('Published May 17, 2023\n\nThe levee held.');
    const b = ev('Published May 18, 2023\n\nThe levee held.');
    // A stray caption of another year (3 October was a Tuesday in 2017).
    const stray = ev('The river rose.', caption('Tuesday, October 3, 2017.'));
    const c = ev('The dam burst on Tuesday, May 16, the agency said. Engineers arrived on Wednesday.', caption('© 2023 Example Media'));
    const none = ev('The agency confirmed the toll on Wednesday.');
    const refs = assignReferenceDates([a, b, stray, c, none]);
    expect(refs[3]).toEqual({ date: '2023-05-17', basis: 'inferred' });
    // The stated publications follow the event: the story runs forward from it.
    expect(refs[4]).toEqual({ date: '2023-05-17', basis: 'corpus' });
  });
});
