import { describe, expect, it } from 'vitest';
import { formatScores } from '../../src/eval/format.js';
import { scoreReport } from '../../src/eval/score.js';
import { corpus, date, gold, removal, report, source } from './build.js';

describe('formatScores', () => {
  // Boilerplate: tp 1, fp 1, fn 0 → P 0.5, R 1, F1 0.667. Dates: tp 1, fn 1, resolution 0/1.
  const r = report([source('a', { removed: [removal(2), removal(3, 'Share this')], claims: [date(5, 'Monday', '2030-03-03')] })]);
  const g = gold('a', {
    boilerplate: [{ line: 2, text: 'Read more', kind: 'nav' }],
    dates: [
      { line: 5, text: 'Monday', resolved: '2030-03-04', refersTo: 'x' },
      { line: 6, text: 'last May', resolved: '2029-05', refersTo: 'y' },
    ],
  });
  const c = corpus({ sameOrigin: [{ sources: ['a', 'b'] }] });
  const scores = scoreReport(r, [g], c);

  it('prints counts and ratios per stage and ends with the summary line', () => {
    const out = formatScores(scores);
    expect(out).toMatch(/^boilerplate\s+1\s+1\s+0\s+0\.500\s+1\.000\s+0\.667$/m);
    expect(out).toMatch(/^dates\s+1\s+0\s+1\s+1\.000\s+0\.500\s+0\.667$/m);
    expect(out).toMatch(/^quotes\s+0\s+0\s+0\s+n\/a\s+n\/a\s+n\/a$/m);
    expect(out).toMatch(/^resolution accuracy\s+0\/1\s+0\.000$/m);
    expect(out).toContain('missed sameOrigin: same origin [a, b]');
    expect(out.split('\n').at(-1)).toBe(
      'summary: boilerplate F1 0.67 | quantity F1 n/a (qual n/a, src n/a) | date F1 0.67 (res 0.00) | quote F1 n/a (spk n/a) | people F1 n/a | title 1/1 | comparison 0/1, rejected 0',
    );
    expect(out).not.toContain('last May');
  });

  it('prints body-line recall in the table and the summary when the texts were given', () => {
    // Lines 1 title, 2 boilerplate (removed), 3 spurious removal, 4 and 5 body kept → body 2/3.
    const text = 'Headline\nRead more\nShare this\nMonday it began.\nIt ended in May.';
    const out = formatScores(scoreReport(r, [g], c, new Map([['a.txt', text]])));
    expect(out).toMatch(/^ {2}body-line recall\s+2\/3\s+0\.667$/m);
    expect(out.split('\n').at(-1)).toMatch(/^summary: boilerplate F1 0\.67 \(body 0\.67\) \| quantity F1/u);
  });

  it('lists per-file misses, false positives and wrong attributes with --verbose', () => {
    const out = formatScores(scores, { verbose: true });
    expect(out).toContain('spurious  3: Share this');
    expect(out).toContain('missed    6: last May');
    expect(out).toContain('resolution5: Monday — expected 2030-03-04, got 2030-03-03');
  });
});
