import { describe, expect, it } from 'vitest';
import { chooseFormat } from '../../src/corpus/formats/index.js';
import { hasMarkup, looksLikeHtml, sniffFormat } from '../../src/corpus/formats/sniff.js';
import { authorNames, isoDay } from '../../src/corpus/formats/meta.js';

describe('sniffFormat', () => {
  it.each([
    ['<!DOCTYPE html><html><body>x</body></html>', 'html'],
    ['\n  <html lang="en"><p>x</p></html>', 'html'],
    ['<?xml version="1.0"?>\n<!doctype html>\n<html>', 'html'],
    ['<!-- saved page -->\n<html>', 'html'],
    ['{"title": "T", "text": "B"}', 'json'],
    ['[{"text": "B"}]', 'json'],
    ['{"text": "A"}\n{"text": "B"}\n', 'jsonl'],
    ['Plain headline\n\nBody text.', 'txt'],
    // Near-misses: look like containers but are prose.
    ['[Updated] Storm hits the coast\n\nBody.', 'txt'],
    ['{Draft} headline\nmore', 'txt'],
    ['<b>bold</b> start of a text file', 'txt'],
    ['The <html> tag is discussed here.', 'txt'],
  ])('%j → %s', (text, format) => {
    expect(sniffFormat(text)).toBe(format);
  });

  it('does not call an unterminated leading comment a page', () => {
    expect(looksLikeHtml('<!-- never closed <html>')).toBe(false);
  });

  it('hasMarkup tells tags from angle brackets in prose', () => {
    expect(hasMarkup('a <p>tag</p>')).toBe(true);
    expect(hasMarkup('x < 3 and y > 2')).toBe(false);
  });
});

describe('chooseFormat', () => {
  it.each([
    ['a.html', '<p>x</p>', 'html', undefined],
    ['a.HTM', '<p>x</p>', 'html', undefined],
    ['a.json', 'whatever', 'json', undefined],
    ['a.ndjson', '{}', 'jsonl', undefined],
    ['a.md', '# Title', 'md', undefined],
    ['a.txt', '<!doctype html><html>', 'html', /read as HTML/],
    ['a.html', 'No tags at all here.', 'txt', /plain text/],
    ['a.article', '<html><body>x</body></html>', 'html', undefined],
    ['a.log', 'Plain words.', 'txt', undefined],
    ['-', '{"text": "x"}', 'json', undefined],
  ])('%s', (path, text, format, warning) => {
    const r = chooseFormat(path, text);
    expect(r.format).toBe(format);
    if (warning) expect(r.warning).toMatch(warning);
    else expect(r.warning).toBeUndefined();
  });
});

describe('isoDay', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T23:30:00-05:00', '2024-03-05'],
    ['2024/3/5 10:00', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['5th Sept. 2024', '2024-09-05'],
    // Near-misses.
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['Mayor 12, 2024', null],
    ['yesterday', null],
    ['12345678', null],
  ])('%s → %s', (value, expected) => {
    expect(isoDay(value)).toBe(expected);
  });
});

describe('authorNames', () => {
  it('splits lists, drops "By", URLs and duplicates', () => {
    expect(authorNames(['By Ann Lee and Bo Kim', 'Cy Diaz; Ann Lee', 'https://x.example/me', 'Di Fox, Ed Ray'])).toEqual(['Ann Lee', 'Bo Kim', 'Cy Diaz', 'Di Fox', 'Ed Ray']);
  });
});
