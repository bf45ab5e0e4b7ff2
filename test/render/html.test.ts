import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import { loadPaths } from '../../src/corpus/load.js';
import { esc, renderHtml } from '../../src/render/html.js';
import { sampleReport } from './report.js';

describe('renderHtml (as a string)', () => {
  const html = renderHtml(sampleReport());

  it('is one self-contained page: no script, no external resource', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).not.toMatch(/<script|<link|src="http|href="http|@import/i);
    expect(html).toContain("default-src 'none'");
  });

  it('escapes article text', () => {
    expect(html).toContain('A &lt;script&gt;alert(1)&lt;/script&gt; | pipe');
    expect(esc(`<a href="x" onclick='y'>&`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;');
  });

  it('draws a bar per source for a figure two sources give', () => {
    const chart = /<svg class="chart"[^]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(chart.match(/<rect/g)).toHaveLength(2);
    expect(chart).toContain('alpha_0001: 70,000');
  });
});

// A real browser: the page renders, has one column per source, and runs
// nothing an article smuggles in. CI installs Debian's chromium; on a machine
// without it this block is skipped unless CORPUS_DIFF_REQUIRE_BROWSER is set.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveBrowser = existsSync(CHROMIUM);
if (!haveBrowser && process.env.CORPUS_DIFF_REQUIRE_BROWSER) throw new Error(`no browser at ${CHROMIUM}`);

describe.skipIf(!haveBrowser)('renderHtml in headless Chromium', () => {
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    const { documents } = await loadPaths(['test/fixtures/hostile']);
    const file = join(mkdtempSync(join(tmpdir(), 'cd-html-')), 'report.html');
    writeFileSync(file, renderHtml(analyze(documents)));
    url = pathToFileURL(file).href;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('renders a table with one column per source and shows hostile markup as text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(url);
    expect(await page.title()).toBe('corpus-diff report');
    const headers = await page.locator('section#sources table tbody tr').count();
    expect(headers).toBe(2);
    const columns = await page.locator('table.facts').first().locator('thead th').count();
    expect(columns).toBe(1 + 2);
    const text = await page.locator('body').innerText();
    expect(text).toContain('<script>window.__pwned = 1; alert("x")</script>');
    expect(await page.locator('img').count()).toBe(0);
    expect(await page.locator('a').count()).toBe(0);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
  });
});
