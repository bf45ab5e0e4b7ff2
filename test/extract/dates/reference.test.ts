import { describe, expect, it } from 'vitest';
import { assignReferenceDates, dateEvidence } from '../../../src/extract/dates/index.js';
import type { CleanDocument } from '../../../src/types.js';
import { seg } from '../../helpers.js';

const ev = (text: string, tweak?: (c: CleanDocument) => void) => {
  const s = seg(text);
  tweak?.(s.clean);
  return dateEvidence(s);
};

describe('dateEvidence', () => {
  it('collects full dates, weekday–date pairs, weekday tenses and years', () => {
    const e = ev('The ministers will meet on Thursday. The meeting will be held on March 10. In 2014 the region was annexed.');
    expect(e.weekdays).toEqual([{ weekday: 4, modifier: null, tense: 'future' }]);
    expect(e.monthDays).toEqual([{ month: 3, day: 10, weekday: null, tense: 'future' }]);
    expect(e.years).toEqual([2014]);
  });

  it('reads a stated date in one field of a meta line ("Explainer | Updated Thursday 13 August 2026")', () => {
    expect(ev('Explainer | Updated Thursday 13 August 2026\n\nThe fire burned on.').statedLine).toEqual({ date: '2026-08-13', updated: true });
    expect(ev('News · Published 3 May 2025\n\nThe strike went on.').statedLine).toEqual({ date: '2025-05-03', updated: false });
    // A field with other words is no stated date.
    expect(ev('Fire update | The blaze of 13 August 2026 spread\n\nThe fire burned on.').statedLine).toBeNull();
  });

  it('reads full dates on removed lines as weaker evidence', () => {
    const e = ev('The talks went on.', (c) => {
      c.removed.push({ line: 9, text: 'Photo: Thursday, March 10, 2022.', reason: 'caption' });
    });
    expect(e.fullDates).toEqual([{ date: '2022-03-10', weekday: 4, removed: true, tense: null }]);
  });
});

describe('assignReferenceDates', () => {
  it('the flag wins over everything', () => {
    const e = ev('The leaders met on Tuesday, March 8, 2022.');
    expect(assignReferenceDates([e], '2020-01-01')).toEqual([{ date: '2020-01-01', basis: 'reference-date' }]);
  });

  it('a stated publication date comes next', () => {
    const e = ev('The leaders met on Tuesday.', (c) => {
      c.publishedAt = { value: '2022-03-09', line: 2 };
    });
    expect(assignReferenceDates([e])).toEqual([{ date: '2022-03-09', basis: 'text' }]);
    const m = ev('The leaders met on Tuesday.', (c) => {
      c.doc.meta = { publishedAt: '2022-03-10T08:00:00Z' };
    });
    expect(assignReferenceDates([m])).toEqual([{ date: '2022-03-10', basis: 'metadata' }]);
  });

  it('a weekday–date pair fixes the year; a past weekday before it is the day of writing', () => {
    // 10 March is a Thursday in 2022 (not in 2021 or 2023); the caption gives the year.
    const e = ev('The ministers will meet on Thursday, March 10, the agency confirmed Monday.', (c) => {
      c.removed.push({ line: 9, text: 'File photo taken on February 2, 2022.', reason: 'caption' });
    });
    expect(assignReferenceDates([e])).toEqual([{ date: '2022-03-07', basis: 'inferred' }]);
  });

  it('a weekday and a date in one article are no pair unless written together', () => {
    // 10 March is a Thursday in 2022; "Thursday" here is another day.
    const e = ev('The ministers met on Thursday. The summit will be held on March 10. Prices rose in 2022.');
    expect(assignReferenceDates([e])).toEqual([null]);
  });

  it('an anchor day reported in the past is the day of writing', () => {
    const e = ev('The two leaders held a call Tuesday. Aides briefed reporters on Monday.', (c) => {
      c.removed.push({ line: 5, text: 'Tuesday, March 8, 2022.', reason: 'caption' });
    });
    expect(assignReferenceDates([e])).toEqual([{ date: '2022-03-08', basis: 'inferred' }]);
  });

  it('an anchor only in the future puts the article on the day before', () => {
    const e = ev('The leaders will speak on Tuesday, March 8, 2022.');
    expect(assignReferenceDates([e])).toEqual([{ date: '2022-03-07', basis: 'inferred' }]);
  });

  it('articles with no anchor take the corpus anchor, placed by their own tense cues', () => {
    const anchored = ev('The leaders will speak on Tuesday, March 8. Crimea was annexed in 2014.', (c) => {
      c.removed.push({ line: 1, text: '© 2022 Example Media', reason: 'copyright' });
    });
    const before = ev('The leaders will hold a call on Tuesday. Aides briefed reporters on Monday and the president said on Friday he was ready.');
    const friday = ev('The minister said on Friday that a call was near. Diplomats met on Thursday.');
    const after = ev('The leaders held their call on Tuesday and spoke for two hours.');
    const refs = assignReferenceDates([anchored, before, friday, after]);
    expect(refs[0]).toEqual({ date: '2022-03-07', basis: 'inferred' });
    expect(refs[1]).toEqual({ date: '2022-03-07', basis: 'corpus' });
    expect(refs[2]).toEqual({ date: '2022-03-04', basis: 'corpus' });
    expect(refs[3]).toEqual({ date: '2022-03-08', basis: 'corpus' });
  });

  it('an article that states a much later date does not take the corpus anchor', () => {
    const anchored = ev('The leaders will speak on Tuesday, March 8, 2022.');
    const later = ev('The report was released on October 3, 2022.');
    expect(assignReferenceDates([anchored, later])[1]).toEqual({ date: '2022-10-03', basis: 'inferred' });
  });

  it('no evidence at all gives null', () => {
    expect(assignReferenceDates([ev('The talks went on.')])).toEqual([null]);
  });
});
