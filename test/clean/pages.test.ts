import { describe, expect, it } from 'vitest';
import { cleanCorpus } from '../../src/clean/clean.js';
import type { CleanDocument } from '../../src/types.js';
import { makeDoc } from '../helpers.js';
import { buildPage, PAGES } from './pages.js';

const built = PAGES.map(buildPage);

function diff(c: CleanDocument, i: number): { missed: string[]; spurious: string[]; title: number | null } {
  const b = built[i]!;
  const got = new Set(c.removed.map((r) => r.line));
  const lines = b.text.split('\n');
  return {
    missed: b.removed.filter((n) => !got.has(n)).map((n) => `${n}: ${lines[n - 1]}`),
    spurious: [...got].filter((n) => !b.removed.includes(n)).map((n) => `${n}: ${lines[n - 1]}`),
    title: c.title?.line ?? null,
  };
}

describe('template pages the samples do not show', () => {
  const alone = built.map((b, i) => cleanCorpus([makeDoc(b.text, `p${i}`)])[0]!);
  const batch = cleanCorpus(built.map((b, i) => makeDoc(b.text, `p${i}`)));

  it.each(PAGES.map((p, i) => [p.name, i] as const))('cleans %s on its own', (_name, i) => {
    expect(diff(alone[i]!, i)).toEqual({ missed: [], spurious: [], title: built[i]!.titleLine });
  });

  it.each(PAGES.map((p, i) => [p.name, i] as const))('cleans %s in a batch of all pages', (_name, i) => {
    expect(diff(batch[i]!, i)).toEqual({ missed: [], spurious: [], title: built[i]!.titleLine });
  });
});
