import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanCorpus, RULE_IDS } from '../../src/clean/clean.js';
import { makeDoc } from '../helpers.js';
import { article, clean } from './fixtures.js';
import { buildPage, PAGES } from './pages.js';

const root = new URL('../../fixtures/', import.meta.url);
const seeds = readdirSync(new URL('seeds/', root))
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => makeDoc(readFileSync(new URL(`seeds/${f}`, root), 'utf8'), f));
const pages = PAGES.map((p, i) => makeDoc(buildPage(p).text, `page${i}`));

describe('explain output', () => {
  const removals = [...cleanCorpus(seeds), ...cleanCorpus(pages)].flatMap((c) => c.removed.map((r) => ({ ...r, doc: c.doc.id })));

  it('has removals to check', () => {
    expect(removals.length).toBeGreaterThan(60);
  });

  it('gives every removal a reason from RULE_IDS and non-empty evidence', () => {
    const ids = new Set<string>(RULE_IDS);
    for (const r of removals) {
      expect(ids.has(r.reason), `${r.doc}:${r.line} reason ${r.reason}`).toBe(true);
      expect(r.evidence?.trim() ?? '', `${r.doc}:${r.line}`).not.toBe('');
    }
  });

  it('uses only RULE_IDS as pattern family ids', () => {
    const data = JSON.parse(readFileSync(new URL('../../data/boilerplate.json', import.meta.url), 'utf8')) as { families: { id: string }[] };
    for (const f of data.families) expect(RULE_IDS).toContain(f.id);
  });

  it.each([
    [['Leave a Reply'], 'Leave a Reply', /pattern comment-prompt\/leave-a-reply/u],
    [['Transport Council Budget'], 'Transport Council Budget', /^label-like line after the story: 3 words, function-word share 0\.00, no end punctuation$/u],
  ])('explains %j', (tail, line, evidence) => {
    const c = clean(article({ tail }));
    expect(c.removed.find((r) => r.text === line)?.evidence).toMatch(evidence);
  });

  it('counts the function words of each language for a foreign line', () => {
    const c = clean(article({ head: ['El consejo de la ciudad aprueba la ampliación de la red de autobuses'] }));
    expect(c.removed[0]).toMatchObject({ reason: 'foreign-language', evidence: 'Spanish function words 7 vs English 0' });
  });
});
