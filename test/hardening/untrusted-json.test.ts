// Prototype-polluting keys in every JSON the tool reads: article JSON and
// JSON lines, configuration (nested and in package.json), baselines. Each
// must be rejected or ignored, and Object.prototype must stay clean.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { EXIT_OK, EXIT_USAGE } from '../../src/cli/exit-codes.js';
import type { Report } from '../../src/types.js';
import { cli } from '../cli/io.js';

const PROTO = '{"polluted": true, "text": "from the prototype", "maintext": "from the prototype"}';
const BODY = 'Harbour officials said on Monday that 40 ships were waiting outside the port.';

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-proto-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype).not.toHaveProperty('text');
});

describe('article JSON', () => {
  it('a JSON-lines file: a line with only __proto__ is skipped, its neighbours load', async () => {
    const lines = [`{"title": "One", "text": "${BODY}"}`, `{"__proto__": ${PROTO}}`, `{"constructor": {"prototype": ${PROTO}}, "text": "${BODY}"}`].join('\n');
    const dir = folder({ 'feed.jsonl': `${lines}\n` });
    const r = await cli([dir, '--json']);
    expect(r.code).toBe(EXIT_OK);
    const report = JSON.parse(r.stdout) as Report;
    expect(report.sources.map((s) => s.id)).toEqual(['feed-1', 'feed-3']);
    expect(report.corpus.skipped).toEqual([expect.objectContaining({ path: `${join(dir, 'feed.jsonl')}#2`, reason: 'unsupported' })]);
    expect(report.sources.every((s) => !JSON.stringify(s).includes('from the prototype'))).toBe(true);
  });

  it('metadata fields holding __proto__ objects are not read as strings', async () => {
    const dir = folder({ 'a.json': `{"title": {"__proto__": ${PROTO}}, "authors": [{"__proto__": ${PROTO}}], "date_publish": {"__proto__": {}}, "text": "${BODY}"}` });
    const r = await cli([dir, '--json']);
    expect(r.code).toBe(EXIT_OK);
    const source = (JSON.parse(r.stdout) as Report).sources[0]!;
    expect(JSON.stringify(source)).not.toContain('from the prototype');
    expect(source.title === null || typeof source.title === 'string').toBe(true);
  });
});

describe('configuration', () => {
  it.each([
    ['nested under check', '{"check": {"__proto__": {"polluted": true}}}'],
    ['inside a boilerplate rule', '{"boilerplate": [{"id": "x", "pattern": "a", "__proto__": {"polluted": true}}]}'],
  ])('__proto__ %s is rejected as an unknown key', async (_name, body) => {
    const dir = folder({ '.corpus-diffrc.json': body, 'a.txt': BODY });
    const r = await cli([dir]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/additional properties "__proto__"/);
  });

  it('a package.json whose "corpus-diff" field sits only under __proto__ is not a config', async () => {
    const dir = folder({ 'package.json': '{"name": "x", "__proto__": {"corpus-diff": {"format": "json"}}}', 'a.txt': BODY });
    const r = await cli([join(dir, 'a.txt'), '--print-config']);
    expect(r.code).toBe(EXIT_OK);
    expect(JSON.parse(r.stdout)).toMatchObject({ configFile: null });
  });
});

describe('baseline', () => {
  it('a baseline whose fields sit under __proto__ is not a report', async () => {
    const dir = folder({ 'a.txt': BODY, 'base.json': '{"__proto__": {"schemaVersion": 1, "sources": [], "comparison": {"facts": []}}}' });
    const r = await cli(['check', join(dir, 'a.txt'), '--baseline', join(dir, 'base.json')]);
    expect(r.code).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/is not a corpus-diff JSON report/);
  });
});
