import { describe, expect, it } from 'vitest';
import { articleFromValue, parseJsonFile, parseJsonLines } from '../../src/corpus/formats/json.js';

describe('articleFromValue', () => {
  it('reads news-please fields: title on line 1, one paragraph per body line', () => {
    const r = articleFromValue({
      title: ' Ferry  service resumes ',
      maintext: 'Boats left the pier at dawn.\r\nAbout 300 passengers travelled.\n\n',
      description: 'A teaser that is not part of the text.',
      date_publish: '2019-04-12 07:15:00',
      source_domain: 'isle.example.com',
      url: 'https://isle.example.com/ferry',
      authors: ['Kai Moana', 'Ruth Ellis'],
    });
    expect(r).toEqual({
      ok: true,
      text: 'Ferry service resumes\n\nBoats left the pier at dawn.\n\nAbout 300 passengers travelled.',
      meta: {
        title: 'Ferry service resumes',
        publishedAt: '2019-04-12',
        outlet: 'isle.example.com',
        url: 'https://isle.example.com/ferry',
        authors: ['Kai Moana', 'Ruth Ellis'],
      },
      warnings: [],
    });
  });

  it('reads trafilatura fields: text, date, sitename before hostname, source as url, "; " authors', () => {
    const r = articleFromValue({
      title: 'Mine reopens',
      text: 'The mine reopened.',
      raw_text: 'ignored when text is present',
      date: '2018-09-30',
      hostname: 'ore.example.org',
      sitename: 'Ore Weekly',
      source: 'https://ore.example.org/mine',
      author: 'Lin Wu; Omar Haddad',
    });
    expect(r).toMatchObject({
      ok: true,
      text: 'Mine reopens\n\nThe mine reopened.',
      meta: { publishedAt: '2018-09-30', outlet: 'Ore Weekly', url: 'https://ore.example.org/mine', authors: ['Lin Wu', 'Omar Haddad'] },
    });
  });

  it('falls back to raw_text and needs no title', () => {
    expect(articleFromValue({ raw_text: 'Only the body.' })).toEqual({ ok: true, text: 'Only the body.', meta: {}, warnings: [] });
  });

  it('does not repeat a headline the body already opens with', () => {
    const r = articleFromValue({ title: 'Storm hits coast', maintext: 'Storm hits coast\nWinds reached 140 km/h.' });
    expect(r.ok && r.text).toBe('Storm hits coast\n\nWinds reached 140 km/h.');
  });

  it.each([
    ['no body field', { title: 'Only a title' }, 'no "maintext" or "text" field'],
    ['an empty body', { maintext: '   ' }, '"maintext" is empty or not a string'],
    ['a body of the wrong type', { text: 42 }, '"text" is empty or not a string'],
    ['an array', [1, 2], 'not an article object (got an array)'],
    ['a string', 'hello', 'not an article object (got a string)'],
    ['null', null, 'not an article object (got null)'],
  ])('refuses %s', (_name, value, message) => {
    expect(articleFromValue(value)).toEqual({ ok: false, message });
  });

  it('ignores values of the wrong type with a warning each, and nulls silently', () => {
    const r = articleFromValue({ title: 7, maintext: 'Body.', date_publish: null, url: ['x'], authors: ['Ann Lee', 5], source_domain: { a: 1 } });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).toBe('Body.');
    expect(r.meta).toEqual({ authors: ['Ann Lee'] });
    expect(r.warnings).toEqual([
      'field "title" is a number, not a string; ignored',
      'field "source_domain" is an object, not a string; ignored',
      'field "url" is an array, not a string; ignored',
      'field "authors": 1 entry(ies) not a string; ignored',
    ]);
  });

  it('warns about a date it cannot read and a url that is not a web address', () => {
    const r = articleFromValue({ maintext: 'Body.', date: 'sometime', url: 'javascript:alert(1)' });
    expect(r.ok && r.meta).toEqual({});
    expect(r.ok && r.warnings).toEqual(['field "date": unrecognised date "sometime"; ignored']);
  });

  it('is harmless with __proto__ and constructor keys', () => {
    const value: unknown = JSON.parse('{"__proto__": {"polluted": true, "maintext": "from proto"}, "constructor": {"prototype": {"polluted": true}}, "text": "Real body."}');
    const r = articleFromValue(value);
    expect(r).toEqual({ ok: true, text: 'Real body.', meta: {}, warnings: [] });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    // An object whose only body lives under __proto__ has no body.
    expect(articleFromValue(JSON.parse('{"__proto__": {"text": "sneaky"}}'))).toMatchObject({ ok: false });
  });
});

describe('parseJsonFile', () => {
  it('reads one object as one unnumbered part', () => {
    expect(parseJsonFile('{"text": "A."}')).toEqual([{ n: null, result: { ok: true, text: 'A.', meta: {}, warnings: [] } }]);
  });

  it('reads an array as numbered parts, each judged on its own', () => {
    const parts = parseJsonFile('[{"text": "A."}, 3, {"title": "no body"}]');
    expect(parts.map((p) => [p.n, p.result.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ]);
  });

  it.each([
    ['{"text": "A." ', /^invalid JSON/],
    ['{"text": "A."} trailing', /^invalid JSON at position 15$/],
    ['[]', /^empty JSON array$/],
  ])('refuses %j', (text, message) => {
    const [part] = parseJsonFile(text);
    expect(part!.result.ok).toBe(false);
    expect(!part!.result.ok && part!.result.message).toMatch(message);
  });
});

describe('parseJsonLines', () => {
  it('numbers entries by line, skips blank lines and keeps going past a bad line', () => {
    const parts = parseJsonLines('{"text": "One."}\r\n\n{"text": \n   \n{"maintext": "Four."}\n');
    expect(parts.map((p) => [p.n, p.result.ok ? p.result.text : p.result.message.slice(0, 12)])).toEqual([
      [1, 'One.'],
      [3, 'invalid JSON'],
      [5, 'Four.'],
    ]);
  });

  it('refuses a file with no lines at all', () => {
    expect(parseJsonLines('\n \n')).toEqual([{ n: null, result: { ok: false, message: 'no JSON lines' } }]);
  });
});
