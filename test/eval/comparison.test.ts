import { describe, expect, it } from 'vitest';
import { scoreComparison } from '../../src/eval/comparison.js';
import type { GoldAgreement, GoldConflict } from '../../src/eval/gold.js';
import { scoreReport } from '../../src/eval/score.js';
import type { Claim, Fact, Report } from '../../src/types.js';
import { corpus, date, fact, quote, qty, report, source } from './build.js';

const troops500: GoldAgreement = { kind: 'quantity', value: 500, unit: 'troops', what: 'troops sent', sources: ['s1', 's2'] };
const troops900: GoldAgreement = { kind: 'quantity', value: 900, unit: 'troops', what: 'troops planned', sources: ['s1', 's3'] };
const year: GoldAgreement = { kind: 'date', resolved: '2019', what: 'the treaty', sources: ['s1', 's2'] };
const signing: GoldAgreement = { kind: 'date', resolved: '2019-04-02', what: 'the signing', sources: ['s1', 's3'] };
const pledge: GoldAgreement = { kind: 'quote', speaker: 'Ana Ross', gist: 'will not back down', lines: { s1: 4, s2: 7 } };
const warning: GoldAgreement = { kind: 'quote', speaker: 'Ana Ross', gist: 'a warning', lines: { s1: 9, s2: 12 } };
const troopConflict: GoldConflict = { kind: 'quantity', unit: 'troops', what: 'troops near the border', values: { '500': ['s1', 's2'], '800': ['s3'] } };
const monthConflict: GoldConflict = { kind: 'date', what: 'month of the talks', values: { '2030-01': ['s1'], '2030-02': ['s2'] } };

/** Three sources whose claims are given per source; facts refer to them by id. */
function withClaims(claims: Record<string, Claim[]>, facts: Fact[], sameOrigin: Report['comparison']['sameOrigin'] = []): Report {
  return report(
    Object.entries(claims).map(([sid, cs]) => source(sid, { claims: cs })),
    facts,
    sameOrigin,
  );
}

function found(r: Report, item: GoldAgreement | GoldConflict, isConflict = false): boolean {
  const c = isConflict ? corpus({ conflicts: [item as GoldConflict] }) : corpus({ agreements: [item as GoldAgreement] });
  return scoreComparison(r, c).found === 1;
}

describe('scoreComparison: agreements', () => {
  it('finds a quantity agreement when one fact holds the listed value and folded unit from every listed source', () => {
    const claims = { s1: [qty(2, '500 soldiers', 500, 'soldiers', 'exact', 'a')], s2: [qty(3, '500 troops', 500, 'troops', 'exact', 'b')], s3: [] };
    expect(found(withClaims(claims, [fact('f', 'quantity', 'agree', { s1: ['a'], s2: ['b'] })]), troops500)).toBe(true);
    // The status does not matter: a third source may make it a conflict.
    expect(found(withClaims(claims, [fact('f', 'quantity', 'conflict', { s1: ['a'], s2: ['b'] })]), troops500)).toBe(true);
    // Split over two facts: not found.
    expect(found(withClaims(claims, [fact('f', 'quantity', 'single-source', { s1: ['a'] }), fact('g', 'quantity', 'single-source', { s2: ['b'] })]), troops500)).toBe(false);
  });

  it('does not find a quantity agreement when a listed source gives another value or unit', () => {
    const other = { s1: [qty(2, '500 troops', 500, 'troops', 'exact', 'a')], s2: [qty(3, '5,000 troops', 5000, 'troops', 'exact', 'b')] };
    expect(found(withClaims(other, [fact('f', 'quantity', 'conflict', { s1: ['a'], s2: ['b'] })]), troops500)).toBe(false);
    const unit = { s1: [qty(2, '500 troops', 500, 'troops', 'exact', 'a')], s2: [qty(3, '500 tanks', 500, 'tanks', 'exact', 'b')] };
    expect(found(withClaims(unit, [fact('f', 'quantity', 'agree', { s1: ['a'], s2: ['b'] })]), troops500)).toBe(false);
  });

  it('finds a date agreement by resolution, a more precise date inside the listed one included', () => {
    const ok = { s1: [date(2, '2019', '2019', 'a')], s2: [date(5, 'April 2019', '2019-04', 'b')] };
    expect(found(withClaims(ok, [fact('f', 'date', 'agree', { s1: ['a'], s2: ['b'] })]), year)).toBe(true);
    const off = { s1: [date(2, '2019', '2019', 'a')], s2: [date(5, '2018', '2018', 'b')] };
    expect(found(withClaims(off, [fact('f', 'date', 'conflict', { s1: ['a'], s2: ['b'] })]), year)).toBe(false);
  });

  it('finds a quote agreement when one fact holds quotes of the listed sources on the listed lines', () => {
    const ok = { s1: [quote(4, 'We will not back down.', 'Ana Ross', 'a')], s2: [quote(7, 'we shall not back down', 'Ross', 'b')] };
    expect(found(withClaims(ok, [fact('f', 'quote', 'agree', { s1: ['a'], s2: ['b'] })]), pledge)).toBe(true);
    const moved = { s1: [quote(4, 'We will not back down.', 'Ana Ross', 'a')], s2: [quote(8, 'we shall not back down', 'Ross', 'b')] };
    expect(found(withClaims(moved, [fact('f', 'quote', 'agree', { s1: ['a'], s2: ['b'] })]), pledge)).toBe(false);
  });

  it('maps the key’s source ids to report ids through the file name', () => {
    const r = report([
      { ...source('s1-1', { claims: [qty(2, '500 troops', 500, 'troops', 'exact', 'a')] }), path: 'in/s1.txt' },
      { ...source('s2-1', { claims: [qty(2, '500 troops', 500, 'troops', 'exact', 'b')] }), path: 'in/s2.txt' },
    ], [fact('f', 'quantity', 'agree', { 's1-1': ['a'], 's2-1': ['b'] })]);
    expect(found(r, troops500)).toBe(true);
  });
});

describe('scoreComparison: conflicts and shared origin', () => {
  const claims = {
    s1: [qty(2, '500 troops', 500, 'troops', 'exact', 'a'), date(3, 'January', '2030-01', 'd1')],
    s2: [qty(2, '500 soldiers', 500, 'soldiers', 'exact', 'b'), date(3, 'February 3', '2030-02-03', 'd2')],
    s3: [qty(2, '800 troops', 800, 'troops', 'exact', 'c')],
  };

  it('finds a conflict when one fact marked conflict holds every listed value from its sources', () => {
    expect(found(withClaims(claims, [fact('f', 'quantity', 'conflict', { s1: ['a'], s2: ['b'], s3: ['c'] })]), troopConflict, true)).toBe(true);
    expect(found(withClaims(claims, [fact('f', 'date', 'conflict', { s1: ['d1'], s2: ['d2'] })]), monthConflict, true)).toBe(true);
  });

  it('does not find a conflict the report marks agree, or one missing a listed source', () => {
    expect(found(withClaims(claims, [fact('f', 'quantity', 'agree', { s1: ['a'], s2: ['b'], s3: ['c'] })]), troopConflict, true)).toBe(false);
    expect(found(withClaims(claims, [fact('f', 'quantity', 'conflict', { s1: ['a'], s3: ['c'] })]), troopConflict, true)).toBe(false);
  });

  it('finds a shared origin when one reported group holds every listed source', () => {
    const c = corpus({ sameOrigin: [{ sources: ['s1', 's2'] }] });
    expect(scoreComparison(withClaims(claims, [], [{ sources: ['s1', 's2', 's3'], similarity: 0.7 }]), c).found).toBe(1);
    expect(scoreComparison(withClaims(claims, [], [{ sources: ['s1', 's3'], similarity: 0.7 }]), c).found).toBe(0);
  });

  it('reports recall over every listed item and describes the missed ones', () => {
    const c = corpus({ agreements: [troops500, year], conflicts: [troopConflict], sameOrigin: [{ sources: ['s1', 's2'] }] });
    const r = withClaims(claims, [fact('f', 'quantity', 'conflict', { s1: ['a'], s2: ['b'], s3: ['c'] })]);
    const s = scoreComparison(r, c);
    expect([s.found, s.total]).toEqual([2, 4]);
    expect(s.items.filter((i) => !i.found).map((i) => i.description)).toEqual(['date 2019 (the treaty) [s1, s2]', 'same origin [s1, s2]']);
  });
});

describe('scoreComparison: conflicts a reader would reject', () => {
  const c = corpus({ agreements: [troops500, troops900, year, signing, pledge, warning], conflicts: [troopConflict] });
  const claims = {
    s1: [
      qty(2, '500 troops', 500, 'troops', 'exact', 'q500'),
      qty(3, '900 troops', 900, 'troops', 'exact', 'q900'),
      date(5, 'Tuesday', '2030-03-05', 'event'),
      date(6, 'April 2, 2019', '2019-04-02', 'd1'),
      quote(4, 'We will not back down.', 'Ana Ross', 'p1'),
    ],
    s2: [
      qty(2, '650 troops', 650, 'troops', 'exact', 'q650'),
      qty(3, '500 troops', 500, 'troops', 'exact', 'r500'),
      date(5, 'Saturday', '2030-03-09', 'other'),
      date(6, 'May 2019', '2019-05', 'd2'),
      quote(12, 'This is a warning.', 'Ana Ross', 'p2'),
    ],
    s3: [qty(2, '800 troops', 800, 'troops', 'exact', 'q800')],
  };
  const rejectedIds = (facts: Fact[]): string[] => scoreComparison(withClaims(claims, facts), c).rejected.map((x) => x.factId);

  it('rejects a conflict whose values belong to two distinct agreements', () => {
    expect(rejectedIds([fact('merge', 'quantity', 'conflict', { s1: ['q900'], s2: ['r500'] })])).toEqual(['merge']);
    expect(rejectedIds([fact('quotes', 'quote', 'conflict', { s1: ['p1'], s2: ['p2'] })])).toEqual(['quotes']);
  });

  it('rejects a date conflict between the event date and another date', () => {
    expect(rejectedIds([fact('when', 'date', 'conflict', { s1: ['event'], s2: ['other'] })])).toEqual(['when']);
  });

  // 2019-04-02 fits both the agreed year and the agreed day, 2019-05 only the
  // year: no claim is the day's alone, so nothing was merged.
  it('keeps a listed conflict, a figure no agreement covers, and dates inside one agreed year', () => {
    const facts = [
      fact('listed', 'quantity', 'conflict', { s1: ['q500'], s2: ['r500'], s3: ['q800'] }),
      fact('estimate', 'quantity', 'conflict', { s1: ['q500'], s2: ['q650'] }),
      fact('year', 'date', 'conflict', { s1: ['d1'], s2: ['d2'] }),
    ];
    const s = scoreComparison(withClaims(claims, facts), c);
    expect(s.rejected).toEqual([]);
    expect(s.reportedConflicts).toBe(3);
    expect(s.unlisted.map((u) => u.factId)).toEqual(['estimate', 'year']);
  });

  it('never rejects a conflict the key lists, even one on the event date', () => {
    const listed: GoldConflict = { kind: 'date', what: 'day of the summit', values: { '2030-03-05': ['s1'], '2030-03-09': ['s2'] } };
    const r = withClaims(claims, [fact('when', 'date', 'conflict', { s1: ['event'], s2: ['other'] })]);
    expect(scoreComparison(r, { ...c, conflicts: [listed] }).rejected).toEqual([]);
  });

  it('is wired into scoreReport only when a corpus key is given', () => {
    const r = withClaims(claims, [fact('merge', 'quantity', 'conflict', { s1: ['q900'], s2: ['r500'] })]);
    expect(scoreReport(r, [], c).comparison?.rejected).toHaveLength(1);
    expect(scoreReport(r, []).comparison).toBeNull();
  });
});
