import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../src/clean/clean.js';
import { makeDoc } from '../helpers.js';
import { page } from './fixtures.js';

// Three outlets carry the same wire story; each adds its own paragraphs and
// the same site template line under the headline.
const WIRE = 'Firefighters battled the blaze at the chemical plant for more than six hours before bringing it under control, the regional fire service said.';
const SHORT_WIRE = 'The cause of the fire is not yet known.';
const TEMPLATE = 'Stay informed with Example Daily';

function outlet(n: number, extra: string[] = []): string {
  return page([
    `Fire at chemical plant brought under control, report ${n}`,
    TEMPLATE,
    `Outlet ${n} reports that residents near the plant were told to keep their windows closed while the smoke drifted over the town.`,
    WIRE,
    ...extra,
    SHORT_WIRE,
    `Local officials in district ${n} said schools would reopen on Monday once the air had been tested by inspectors.`,
  ]);
}

describe('cross-document repetition', () => {
  const docs = [1, 2, 3].map((n) => makeDoc(outlet(n), `d${n}`));
  const cleaned = cleanCorpus(docs);

  it('removes a short template line the batch repeats, with evidence', () => {
    for (const c of cleaned) {
      const r = c.removed.find((x) => x.text === TEMPLATE);
      expect(r?.reason).toBe('repeated-line');
      expect(r?.evidence).toBe('repeated in 3 of 3 documents');
    }
  });

  it('keeps shared wire paragraphs, long and short', () => {
    for (const c of cleaned) {
      const kept = c.paragraphs.map((p) => p.text);
      expect(kept).toContain(WIRE);
      expect(kept).toContain(SHORT_WIRE);
    }
  });

  it('keeps the template line when the document is alone', () => {
    const [alone] = cleanCorpus([makeDoc(outlet(1))]);
    expect(alone!.removed.map((r) => r.text)).not.toContain(TEMPLATE);
  });

  it('keeps a crosshead two copies share inside the story body', () => {
    const cross = 'Questions over safety';
    const pair = cleanCorpus([makeDoc(outlet(1, [cross]), 'a'), makeDoc(outlet(2, [cross]), 'b'), makeDoc(outlet(3), 'c')]);
    for (const c of pair.slice(0, 2)) expect(c.paragraphs.map((p) => p.text)).toContain(cross);
  });

  it('removes a short label repeated in most of the batch even mid-page', () => {
    const label = 'Tap to see the whole gallery';
    const batch = cleanCorpus([1, 2, 3].map((n) => makeDoc(outlet(n, [label]), `m${n}`)));
    for (const c of batch) expect(c.removed.find((r) => r.text === label)?.reason).toBe('repeated-line');
  });

  it('removes a label repeated three times inside one document', () => {
    const ad = 'Sponsored message from partners';
    const text = page([
      'Fire at chemical plant brought under control',
      `Outlet one reports that residents near the plant were told to keep their windows closed while the smoke drifted.`,
      ad,
      WIRE,
      ad,
      `Local officials said schools would reopen on Monday once the air had been tested by inspectors from the county.`,
      ad,
      'Officials said the investigation would take several weeks and that no injuries had been reported so far.',
    ]);
    const [c] = cleanCorpus([makeDoc(text)]);
    expect(c!.removed.filter((r) => r.text === ad).map((r) => r.reason)).toEqual(['repeated-line', 'repeated-line', 'repeated-line']);
  });
});
