import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { loadPaths } from '../../src/corpus/load.js';
import { splitLines } from '../../src/util/lines.js';

const FIXTURES = 'test/fixtures/formats';

function tree(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'cd-formats-'));
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), body);
  }
  return dir;
}

const stdin = (s: string | Buffer) => ({ stdin: Readable.from([Buffer.from(s)]) });

describe('loadPaths: HTML', () => {
  it('loads a page as its visible text with the metadata its markup states', async () => {
    const { documents, skipped } = await loadPaths([join(FIXTURES, 'harbour-page.html')]);
    expect(skipped).toEqual([]);
    const [doc] = documents;
    expect(doc).toMatchObject({
      id: 'harbour-page',
      format: 'html',
      warnings: [],
      meta: {
        title: 'Port strike enters third week as talks stall',
        publishedAt: '2023-05-17',
        outlet: 'Coastal Ledger',
        url: 'https://ledger.example.com/news/port-strike-talks',
        authors: ['Marta Lindqvist'],
      },
    });
    const lines = doc!.text.split('\n');
    // Furniture stays, as lines of its own.
    expect(lines).toContain('Home');
    expect(lines).toContain('Share this: Facebook Twitter');
    expect(lines).toContain('© 2023 Coastal Ledger. All rights reserved.');
    expect(lines).toContain('“We will not go back for less than we were promised,” union leader Tomas Ekberg told reporters outside the harbour gates.');
    expect(doc!.text).toContain('more than 40 ships were waiting offshore & that losses had reached €12 million.');
    for (const invisible of ['do-not-show', 'script text', 'hidden style text', 'Enable JavaScript', 'Hidden teaser', 'icon label', 'svg text', 'template text', 'Idle cranes"']) {
      expect(doc!.text).not.toContain(invisible);
    }
  });

  it('reads a page with no extension, and a .txt that is really a page', async () => {
    const page = '<!doctype html><html><head><title>Quay closes</title></head><body><h1>Quay closes</h1><p>Body.</p></body></html>';
    const dir = tree({ 'saved-page': page, 'mislabelled.txt': page });
    const { documents } = await loadPaths([dir]);
    expect(documents.map((d) => [d.id, d.format, d.text, d.warnings])).toEqual([
      ['mislabelled', 'html', 'Quay closes\n\nBody.', ['content is an HTML page: read as HTML']],
      ['saved-page', 'html', 'Quay closes\n\nBody.', []],
    ]);
  });

  it('honours a declared legacy charset when the bytes are not UTF-8', async () => {
    const html = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 \u201cprices\u201d rose.</p></body></html>';
    const bytes = Buffer.from(html.replace('\u201c', '\x93').replace('\u201d', '\x94'), 'latin1');
    const { documents } = await loadPaths([join(tree({ 'old.html': bytes }), 'old.html')]);
    expect(documents[0]!.text).toBe('Café “prices” rose.');
    expect(documents[0]!.warnings).toEqual(['decoded as windows-1252, the charset the page declares']);
  });

  it('skips a page with nothing visible as unsupported', async () => {
    const dir = tree({ 'blank.html': '<html><body><script>x()</script></body></html>' });
    const { documents, skipped } = await loadPaths([dir]);
    expect(documents).toEqual([]);
    expect(skipped[0]).toMatchObject({ reason: 'unsupported', message: 'page has no visible text' });
  });
});

describe('loadPaths: JSON', () => {
  it('loads news-please and trafilatura articles with their fields as metadata', async () => {
    const { documents } = await loadPaths([FIXTURES]);
    const np = documents.find((d) => d.id === 'council-newsplease')!;
    expect(np.format).toBe('json');
    expect(np.text.split('\n')[0]).toBe('Council passes $48 million school budget');
    expect(np.meta).toEqual({
      title: 'Council passes $48 million school budget',
      publishedAt: '2022-11-02',
      outlet: 'river.example.org',
      url: 'https://river.example.org/local/council-budget',
      authors: ['Priya Natarajan'],
    });
    const tf = documents.find((d) => d.id === 'bridge-trafilatura')!;
    expect(tf.meta).toMatchObject({ outlet: 'Valley Times', authors: ['Ana Ruiz', 'Ben Okafor'], url: 'https://valley.example.net/bridge' });
    expect(tf.text).toBe(
      'Bridge reopens after repairs\n\nThe Elm Street bridge reopened on Monday after 14 months of repairs.\n\nEngineers replaced 36 steel beams, the transport office said.',
    );
  });

  it('loads a JSON array as several documents, numbered, and skips its bad entries', async () => {
    const dir = tree({ 'batch.json': JSON.stringify([{ title: 'One', text: 'First.' }, { title: 'No body' }, { maintext: 'Third.' }]) });
    const { documents, skipped } = await loadPaths([dir]);
    expect(documents.map((d) => [d.id, d.path.split('/').pop(), d.text])).toEqual([
      ['batch-1', 'batch.json#1', 'One\n\nFirst.'],
      ['batch-3', 'batch.json#3', 'Third.'],
    ]);
    expect(skipped.map((s) => [s.path.split('/').pop(), s.reason, s.message])).toEqual([['batch.json#2', 'unsupported', 'no "maintext" or "text" field']]);
  });

  it.each([
    ['invalid JSON', '{"title": "x", }', /^invalid JSON/],
    ['trailing garbage', '{"text": "x"} }', /^invalid JSON at position 14$/],
    ['no text field', '{"title": "Headline only"}', /^no "maintext" or "text" field$/],
    ['a bare number', '42', /^not an article object/],
  ])('skips %s as unsupported with a message', async (_name, body, message) => {
    const { documents, skipped } = await loadPaths([tree({ 'bad.json': body })]);
    expect(documents).toEqual([]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.reason).toBe('unsupported');
    expect(skipped[0]!.message).toMatch(message);
  });

  it('loads a JSON file with a __proto__ key without polluting Object.prototype', async () => {
    const body = '{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}, "title": "Safe", "text": "Still loads."}';
    const { documents } = await loadPaths([tree({ 'proto.json': body })]);
    expect(documents[0]).toMatchObject({ text: 'Safe\n\nStill loads.', meta: { title: 'Safe' } });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('puts wrong-typed fields in the document warnings', async () => {
    const { documents } = await loadPaths([tree({ 'odd.json': '{"title": ["a"], "text": "Body.", "date": 20240101}' })]);
    expect(documents[0]!.warnings).toEqual(['field "title" is an array, not a string; ignored', 'field "date" is a number, not a string; ignored']);
    expect(documents[0]!.meta).toBeUndefined();
  });
});

describe('loadPaths: JSON lines', () => {
  it('makes one document per line, ids <stem>-<line>, a bad line skipped and the rest kept', async () => {
    const body = ['{"title": "Alpha", "text": "A body."}', '', '{"title": broken', '{"maintext": "C body."}', ''].join('\r\n');
    const { documents, skipped } = await loadPaths([tree({ 'feed.jsonl': body, 'more.ndjson': '{"text": "N."}\n' })]);
    expect(documents.map((d) => [d.id, d.path.split('/').pop(), d.format, d.text])).toEqual([
      ['feed-1', 'feed.jsonl#1', 'jsonl', 'Alpha\n\nA body.'],
      ['feed-4', 'feed.jsonl#4', 'jsonl', 'C body.'],
      ['more-1', 'more.ndjson#1', 'jsonl', 'N.'],
    ]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]!.path.endsWith('feed.jsonl#3')).toBe(true);
    expect(skipped[0]!.message).toMatch(/^invalid JSON/);
  });

  it('keeps ids unique when a line id meets a file of the same name', async () => {
    const dir = tree({ 'a/feed-1.txt': 'Plain.', 'b/feed.jsonl': '{"text": "Line."}' });
    const { documents } = await loadPaths([dir]);
    expect(documents.map((d) => d.id)).toEqual(['feed-1', 'feed-1-2']);
  });
});

describe('loadPaths: stdin sniffing', () => {
  it.each([
    ['a JSON object', '{"title": "Piped", "text": "Body."}', 'json', 'stdin', 'Piped\n\nBody.'],
    ['a JSON array', '[{"text": "One."}]', 'json', 'stdin-1', 'One.'],
    ['JSON lines', '{"text": "One."}\n{"text": "Two."}\n', 'jsonl', 'stdin-1', 'One.'],
    ['an HTML page', '<!DOCTYPE html><html><body><p>Piped page.</p></body></html>', 'html', 'stdin', 'Piped page.'],
    ['plain text', 'Headline\n\nBody of the story.', 'txt', 'stdin', 'Headline\n\nBody of the story.'],
    ['text that opens with a bracket', '[Live] Headline\n\nBody.', 'txt', 'stdin', '[Live] Headline\n\nBody.'],
  ])('reads %s', async (_name, input, format, id, text) => {
    const { documents } = await loadPaths(['-'], stdin(input));
    expect(documents[0]).toMatchObject({ format, id, text });
  });

  it('paths stdin JSON-lines entries as -#<line>', async () => {
    const { documents } = await loadPaths(['-'], stdin('{"text": "One."}\n{"text": "Two."}'));
    expect(documents.map((d) => [d.id, d.path])).toEqual([
      ['stdin-1', '-#1'],
      ['stdin-2', '-#2'],
    ]);
  });
});

describe('loadPaths: encodings and line ends', () => {
  const json = '{"title": "Señal", "text": "Línea uno.\\nLínea dos."}';
  const expected = 'Señal\n\nLínea uno.\n\nLínea dos.';

  it.each([
    ['UTF-8', Buffer.from(json, 'utf8')],
    ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(json, 'utf8')])],
    ['UTF-16 LE with BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])],
    ['UTF-16 BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(json, 'utf16le').swap16()])],
  ])('reads JSON in %s', async (_name, bytes) => {
    const { documents } = await loadPaths([tree({ 'enc.json': bytes })]);
    expect(documents[0]!.text).toBe(expected);
  });

  it('reads an HTML page in UTF-16 LE with a BOM', async () => {
    const page = '<!doctype html><html><body><p>Größe: 12 m</p></body></html>';
    const { documents } = await loadPaths([tree({ 'p.html': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(page, 'utf16le')]) })]);
    expect(documents[0]).toMatchObject({ format: 'html', text: 'Größe: 12 m' });
  });

  it('keeps CR-only line ends in plain text untouched, and lines still split', async () => {
    const body = 'Old Mac headline\r\rFirst paragraph.\rSecond line.';
    const { documents } = await loadPaths([tree({ 'mac.txt': body })]);
    expect(documents[0]!.text).toBe(body);
    expect(splitLines(documents[0]!.text).map((l) => l.text)).toEqual(['Old Mac headline', '', 'First paragraph.', 'Second line.']);
  });

  it('keeps CRLF text untouched', async () => {
    const body = 'Headline\r\n\r\nBody.\r\n';
    const { documents } = await loadPaths([tree({ 'win.txt': body })]);
    expect(documents[0]!.text).toBe(body);
  });

  it('normalises CR and CRLF inside a JSON body to the article layout', async () => {
    const { documents } = await loadPaths([tree({ 'cr.json': '{"text": "One.\\rTwo.\\r\\nThree."}' })]);
    expect(documents[0]!.text).toBe('One.\n\nTwo.\n\nThree.');
  });
});
