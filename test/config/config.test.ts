import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig } from '../../src/config/config.js';
import { UsageError } from '../../src/cli/errors.js';
import { cli } from '../cli/io.js';

const SEED = 'fixtures/seeds/003_bbe2f9fbb2847205.txt';

/** A project folder with articles two levels below it. */
function project(files: Record<string, string>): { root: string; articles: string } {
  const root = mkdtempSync(join(tmpdir(), 'cd-config-'));
  const articles = join(root, 'batches', 'monday');
  mkdirSync(articles, { recursive: true });
  copyFileSync(SEED, join(articles, 'a.txt'));
  for (const [name, body] of Object.entries(files)) writeFileSync(join(root, name), body);
  return { root, articles };
}

describe('findConfig', () => {
  it('finds .corpus-diffrc.json walking up from the input', async () => {
    const { root, articles } = project({ '.corpus-diffrc.json': '{"format": "markdown", "width": 90}' });
    expect(await findConfig(articles)).toEqual({ config: { format: 'markdown', width: 90 }, path: join(root, '.corpus-diffrc.json') });
  });

  it('finds the "corpus-diff" field of package.json', async () => {
    const { root, articles } = project({ 'package.json': '{"name": "x", "corpus-diff": {"referenceDate": "2030-01-02"}}' });
    expect(await findConfig(articles)).toEqual({ config: { referenceDate: '2030-01-02' }, path: join(root, 'package.json') });
  });

  it.each([
    ['an unknown key', '{"colour": true}', /\(top level\) must NOT have additional properties "colour"/],
    ['a wrong type', '{"width": "wide"}', /\/width must be integer/],
    ['a bad regular expression', '{"boilerplate": [{"id": "x", "pattern": "(unclosed"}]}', /boilerplate "x": Invalid regular expression/],
    ['invalid JSON', '{"format": ', /invalid JSON/],
  ])('rejects %s', async (_name, body, message) => {
    const { articles } = project({ '.corpus-diffrc.json': body });
    await expect(findConfig(articles)).rejects.toThrow(message);
    await expect(findConfig(articles)).rejects.toBeInstanceOf(UsageError);
  });

  it('keeps a __proto__ key harmless', async () => {
    const { articles } = project({ '.corpus-diffrc.json': '{"__proto__": {"polluted": true}}' });
    await expect(findConfig(articles)).rejects.toThrow(/additional properties "__proto__"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('configuration in the CLI', () => {
  it('applies the config, and flags on the command line win', async () => {
    const { articles } = project({ '.corpus-diffrc.json': '{"format": "json"}' });
    const fromConfig = await cli([articles]);
    expect(JSON.parse(fromConfig.stdout).schemaVersion).toBe(1);
    const flagWins = await cli([articles, '--format', 'markdown']);
    expect(flagWins.stdout).toMatch(/^# corpus-diff report/);
  });

  it('--print-config shows the file and the settings in effect', async () => {
    const { root, articles } = project({ '.corpus-diffrc.json': '{"width": 77, "check": {"failOn": ["conflict"]}}' });
    const r = await cli(['check', articles, '--print-config']);
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { configFile: string; effective: { failOn: string[] } };
    expect(printed.configFile).toBe(join(root, '.corpus-diffrc.json'));
    expect(printed.effective.failOn).toEqual(['conflict']);
  });

  it('an invalid config is one line on stderr and exit 2', async () => {
    const { articles } = project({ '.corpus-diffrc.json': '{"format": "yaml"}' });
    const r = await cli([articles]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^corpus-diff: invalid config .*\/format must be equal to one of the allowed values\n$/);
  });

  it('--config names the file explicitly', async () => {
    const { root, articles } = project({ 'custom.json': '{"format": "ndjson"}' });
    const r = await cli([articles, '--config', join(root, 'custom.json')]);
    expect(r.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { type: string }).type)).toEqual(['source', 'comparison']);
  });
});

describe('extra patterns and speech verbs from the configuration', () => {
  const article = [
    'Port strike enters its third day',
    '',
    'Dock workers stayed away from the harbour on Wednesday as the strike went on.',
    '',
    '“We are not going anywhere,” quipped Lena Marsh, the union leader.',
    '',
    'The Port Authority tweeted that 40 ships were waiting outside the harbour.',
    '',
    'Brought to you by the Harbour Daily Brief',
  ].join('\n');

  function setup(config: string): string {
    const root = mkdtempSync(join(tmpdir(), 'cd-ext-'));
    writeFileSync(join(root, 'a.txt'), article);
    writeFileSync(join(root, '.corpus-diffrc.json'), config);
    return root;
  }

  it('removes lines matching a configured pattern, with the rule "custom"', async () => {
    const without = await cli(['clean', '--explain', setup('{}')]);
    expect(without.stdout).not.toMatch(/custom/);
    const root = setup('{"boilerplate": [{"id": "house-promo", "pattern": "^brought to you by\\\\b.*$"}]}');
    const explained = await cli(['clean', '--explain', root]);
    expect(explained.stdout).toMatch(/L9 +custom +Brought to you by the Harbour Daily Brief/);
    const report = JSON.parse((await cli([root, '--json'])).stdout) as { sources: { removed: { line: number; reason: string }[] }[] };
    expect(report.sources[0]!.removed).toContainEqual(expect.objectContaining({ line: 9, reason: 'custom' }));
  });

  it('attributes a quote through a configured speech verb', async () => {
    const speakerOf = async (root: string) => {
      const report = JSON.parse((await cli([root, '--json'])).stdout) as { sources: { claims: { kind: string; speaker?: string | null }[] }[] };
      return report.sources[0]!.claims.find((c) => c.kind === 'quote')?.speaker ?? null;
    };
    expect(await speakerOf(setup('{}'))).not.toBe('Lena Marsh');
    expect(await speakerOf(setup('{"speechVerbs": ["quipped"]}'))).toBe('Lena Marsh');
  });

  it('credits a figure through a configured speech verb', async () => {
    const sourceOf = async (root: string) => {
      const report = JSON.parse((await cli([root, '--json'])).stdout) as { sources: { claims: { kind: string; text: string; attributedTo?: string | null }[] }[] };
      return report.sources[0]!.claims.find((c) => c.kind === 'quantity' && c.text.includes('40'))!.attributedTo ?? null;
    };
    expect(await sourceOf(setup('{}'))).toBeNull();
    expect(await sourceOf(setup('{"speechVerbs": ["tweeted"]}'))).toBe('The Port Authority');
  });
});
