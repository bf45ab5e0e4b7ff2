// Article metadata a page states in its markup: <meta> tags (Open Graph,
// Dublin Core, Parse.ly, plain name=), <link rel=canonical>, <title>,
// <time datetime> and schema.org JSON-LD. Publishers fill these for search
// engines and social cards, so they are more reliable than the page text.
import type { Element, Nodes, Root } from 'hast';
import { authorNames, isoDay, isWebUrl, squash, type DocMeta } from './meta.js';

export interface PageMeta {
  meta: DocMeta;
  /** Headline candidates, best first (og:title, JSON-LD headline, <title>). */
  titles: string[];
  warnings: string[];
}

const TITLE_KEYS = ['og:title', 'twitter:title', 'dc.title', 'parsely-title', 'headline'];
const DATE_KEYS = [
  'article:published_time', 'og:article:published_time', 'datepublished', 'date', 'pubdate', 'publishdate',
  'publish-date', 'publish_date', 'dc.date.issued', 'dc.date', 'dcterms.issued', 'dcterms.created',
  'dcterms.date', 'parsely-pub-date', 'sailthru.date',
];
const OUTLET_KEYS = ['og:site_name', 'application-name', 'publisher', 'dc.publisher'];
const URL_KEYS = ['og:url', 'twitter:url'];
const AUTHOR_KEYS = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'byl'];

/** JSON-LD blocks bigger than this are not article metadata. */
const MAX_LD_CHARS = 200_000;
const MAX_LD_NODES = 200;

export function pageMeta(tree: Root): PageMeta {
  const tags = new Map<string, string[]>();
  let titleTag = '';
  let canonical = '';
  let timeTag = '';
  const ld: LdArticle[] = [];
  const warnings: string[] = [];

  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== 'element' && node.type !== 'root') continue;
    if (node.type === 'element') {
      const p = node.properties;
      switch (node.tagName) {
        case 'meta':
          collectMeta(node, tags);
          continue;
        case 'link':
          if (!canonical && listOf(p.rel).includes('canonical') && typeof p.href === 'string') canonical = p.href;
          continue;
        case 'title':
          if (!titleTag) titleTag = squash(textOf(node));
          continue;
        case 'time':
          if (!timeTag && typeof p.dateTime === 'string') timeTag = p.dateTime;
          break;
        case 'script':
          if (typeof p.type === 'string' && p.type.toLowerCase() === 'application/ld+json') ld.push(...ldArticles(textOf(node)));
          continue;
        case 'svg':
          // An <svg><title> is an icon label, not the page title.
          continue;
      }
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }

  const first = (keys: string[]): string | undefined => {
    for (const k of keys) {
      const v = tags.get(k)?.find((s) => s !== '');
      if (v) return v;
    }
    return undefined;
  };
  const article = ld[0];
  const titles = [first(TITLE_KEYS), article?.headline, titleTag].filter((t): t is string => !!t);

  const meta: DocMeta = {};
  for (const [source, raw] of [
    ['meta', first(DATE_KEYS)],
    ['JSON-LD', article?.datePublished],
    ['<time>', timeTag],
  ] as const) {
    if (!raw) continue;
    const day = isoDay(raw);
    if (day) {
      meta.publishedAt = day;
      break;
    }
    warnings.push(`unrecognised date in ${source}: ${JSON.stringify(raw.slice(0, 40))}; ignored`);
  }
  meta.outlet = first(OUTLET_KEYS) ?? article?.publisher;
  meta.url = [canonical, first(URL_KEYS) ?? '', article?.url ?? ''].find(isWebUrl);
  const authorTags = AUTHOR_KEYS.flatMap((k) => tags.get(k) ?? []);
  meta.authors = authorNames(authorTags.length > 0 ? authorTags : (article?.authors ?? []));
  return { meta, titles, warnings };
}

function collectMeta(el: Element, tags: Map<string, string[]>): void {
  const p = el.properties;
  if (typeof p.content !== 'string') return;
  const content = squash(p.content);
  const keys = [p.name, p.property, ...listOf(p.itemProp)].filter((k): k is string => typeof k === 'string');
  for (const key of keys) {
    const k = key.toLowerCase();
    const list = tags.get(k);
    if (list) list.push(content);
    else tags.set(k, [content]);
  }
}

function listOf(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase());
  return typeof v === 'string' ? [v.toLowerCase()] : [];
}

function textOf(el: Element): string {
  let s = '';
  const stack: Nodes[] = [el];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'text') s += node.value;
    else if (node.type === 'element') for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return s;
}

interface LdArticle {
  headline?: string;
  datePublished?: string;
  publisher?: string;
  url?: string;
  authors: string[];
}

/**
 * schema.org objects typed as an article (NewsArticle, BlogPosting, …),
 * at the top level, in a list or in an @graph. Only named fields are read.
 */
function ldArticles(json: string): LdArticle[] {
  if (json.length > MAX_LD_CHARS) return [];
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  const candidates: unknown[] = Array.isArray(value) ? value : [value];
  const graph = isObject(value) && Object.hasOwn(value, '@graph') ? value['@graph'] : undefined;
  if (Array.isArray(graph)) candidates.push(...graph);
  const out: LdArticle[] = [];
  for (const c of candidates.slice(0, MAX_LD_NODES)) {
    if (!isObject(c) || !isArticleType(own(c, '@type'))) continue;
    out.push({
      headline: str(own(c, 'headline')),
      datePublished: str(own(c, 'datePublished')),
      publisher: nameOf(own(c, 'publisher')),
      url: str(own(c, 'url')),
      authors: (Array.isArray(own(c, 'author')) ? (own(c, 'author') as unknown[]) : [own(c, 'author')])
        .map(nameOf)
        .filter((n): n is string => !!n),
    });
  }
  return out;
}

function isArticleType(t: unknown): boolean {
  const types = Array.isArray(t) ? t : [t];
  return types.some((x) => typeof x === 'string' && /(?:Article|BlogPosting|Report)$/u.test(x));
}

function nameOf(v: unknown): string | undefined {
  if (typeof v === 'string') return squash(v) || undefined;
  return isObject(v) ? str(own(v, 'name')) : undefined;
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? squash(v) : undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function own(o: Record<string, unknown>, key: string): unknown {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}
