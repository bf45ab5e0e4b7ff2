// HTML pages as articles: the visible text of the page plus the metadata
// its markup states. Document.text is the extracted text, so claim offsets
// point into it, not into the markup.
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import type { Root } from 'hast';
import { pageText } from './html-text.js';
import { pageMeta } from './html-meta.js';
import { stripTags } from './html-fallback.js';
import { compactMeta, titleKey, type Parsed } from './meta.js';

/** Lines longer than this are paragraphs, not headlines. */
const MAX_TITLE_CHARS = 300;

export function parseHtml(html: string): Parsed {
  let tree: Root;
  try {
    tree = unified().use(rehypeParse).parse(html);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const text = stripTags(html);
    if (text === '') return { ok: false, message: 'page has no visible text' };
    return { ok: true, text, meta: {}, warnings: ['page too deeply nested for the HTML parser: text taken by stripping tags, metadata not read'] };
  }
  const { text: body, headings } = pageText(tree);
  const { meta, titles, warnings } = pageMeta(tree);
  if (body === '' && titles.length === 0) return { ok: false, message: 'page has no visible text' };
  const { title, text } = placeTitle(body, titles, headings, meta.outlet);
  meta.title = title;
  return { ok: true, text, meta: compactMeta(meta) ?? {}, warnings };
}

/**
 * The clean stage finds the headline by matching the metadata title to a
 * line, so the title given must be a line of the text. A <title> usually
 * carries the site's name ("Headline | Site"); the page's <h1> usually
 * carries the headline. When the page shows no headline at all, the
 * metadata one is put on line 1, as for JSON input.
 */
export function placeTitle(
  body: string,
  titles: string[],
  headings: string[],
  outlet: string | undefined,
): { title: string | undefined; text: string } {
  const candidates = titles.flatMap((t) => [t, withoutSiteName(t, outlet)]);
  const lineByKey = new Map<string, string>();
  for (const line of body.split('\n')) {
    if (line.length > MAX_TITLE_CHARS) continue;
    const key = titleKey(line);
    if (key && !lineByKey.has(key)) lineByKey.set(key, line);
  }
  for (const c of candidates) {
    const line = lineByKey.get(titleKey(c));
    if (line) return { title: line, text: body };
  }
  const heading = headings.find((h) => h.length <= MAX_TITLE_CHARS && h.includes(' ') && lineByKey.has(titleKey(h)));
  if (heading) return { title: lineByKey.get(titleKey(heading)), text: body };
  const fallback = titles[0] === undefined ? undefined : withoutSiteName(titles[0], outlet);
  if (!fallback) return { title: undefined, text: body };
  return { title: fallback, text: body === '' ? fallback : `${fallback}\n\n${body}` };
}

const SEPARATOR = /\s{1,5}[|–—:·•-]{1,2}\s{1,5}/gu;

/** "Headline | Site" → "Headline": drops a first or last part naming the outlet, else a short last part. */
export function withoutSiteName(title: string, outlet: string | undefined): string {
  const seps = [...title.matchAll(SEPARATOR)];
  if (seps.length === 0) return title;
  const first = seps[0]!;
  const last = seps[seps.length - 1]!;
  const head = title.slice(0, first.index);
  const tail = title.slice(last.index + last[0].length);
  const outletKey = outlet ? titleKey(outlet) : '';
  if (outletKey && titleKey(tail) === outletKey) return title.slice(0, last.index);
  if (outletKey && titleKey(head) === outletKey) return title.slice(first.index + first[0].length);
  const rest = title.slice(0, last.index);
  return words(tail) <= 4 && words(rest) >= 3 ? rest : title;
}

function words(s: string): number {
  return s.split(/\s+/u).filter((w) => w !== '').length;
}
