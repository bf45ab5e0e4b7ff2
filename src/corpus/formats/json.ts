// Scraper output as input: news-please and trafilatura write one article
// per JSON object. Only the named fields are read, each checked for its
// type, so a hostile or odd object cannot reach anything else (keys such as
// "__proto__" are never looked at).
import { authorNames, compactMeta, isoDay, isWebUrl, squash, titleKey, type DocMeta, type Parsed } from './meta.js';

/** One entry of a container file; `n` numbers it when the file holds several. */
export interface Part {
  n: number | null;
  result: Parsed;
}

const BODY_FIELDS = ['maintext', 'text', 'raw_text'] as const;
const DATE_FIELDS = ['date_publish', 'date', 'published', 'date_published'] as const;
const OUTLET_FIELDS = ['sitename', 'source-hostname', 'source_domain', 'hostname'] as const;
const URL_FIELDS = ['url', 'source'] as const;

/** A .json file: one article object, or an array of them. */
export function parseJsonFile(text: string): Part[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [{ n: null, result: { ok: false, message: jsonError(error) } }];
  }
  if (!Array.isArray(value)) return [{ n: null, result: articleFromValue(value) }];
  if (value.length === 0) return [{ n: null, result: { ok: false, message: 'empty JSON array' } }];
  return value.map((item, i) => ({ n: i + 1, result: articleFromValue(item) }));
}

/** JSON lines: one article per line, numbered by line; blank lines are not entries. */
export function parseJsonLines(text: string): Part[] {
  const parts: Part[] = [];
  const lines = text.split(/\r\n?|\n/u);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      parts.push({ n: i + 1, result: { ok: false, message: jsonError(error) } });
      continue;
    }
    parts.push({ n: i + 1, result: articleFromValue(value) });
  }
  if (parts.length === 0) parts.push({ n: null, result: { ok: false, message: 'no JSON lines' } });
  return parts;
}

/**
 * One article object → text and metadata. The title goes on line 1 and the
 * body follows with one paragraph per line of the field, separated by blank
 * lines, so the clean stage sees the same shape as a plain-text article.
 */
export function articleFromValue(value: unknown): Parsed {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: `not an article object (got ${kindOf(value)})` };
  }
  const obj = value as Record<string, unknown>;
  const warnings: string[] = [];
  const str = (key: string): string | undefined => stringField(obj, key, warnings);

  let body: string | undefined;
  for (const key of BODY_FIELDS) {
    const v = str(key);
    if (v !== undefined && v.trim() !== '') {
      body = v;
      break;
    }
  }
  if (body === undefined) {
    const present = BODY_FIELDS.filter((k) => Object.hasOwn(obj, k));
    const why = present.length > 0 ? `"${present[0]}" is empty or not a string` : 'no "maintext" or "text" field';
    return { ok: false, message: why };
  }

  const title = squash(str('title') ?? '');
  const meta: DocMeta = { title: title || undefined };
  for (const key of DATE_FIELDS) {
    const raw = str(key);
    if (raw === undefined) continue;
    const day = isoDay(raw);
    if (day) {
      meta.publishedAt = day;
      break;
    }
    warnings.push(`field "${key}": unrecognised date ${JSON.stringify(raw.slice(0, 40))}; ignored`);
  }
  meta.outlet = firstString(OUTLET_FIELDS.map(str));
  meta.url = firstString(URL_FIELDS.map(str).filter((u) => u !== undefined && isWebUrl(u)));
  meta.authors = authorNames([...stringList(obj, 'authors', warnings), ...stringList(obj, 'author', warnings)]);

  const paragraphs = body
    .split(/\r\n?|\n/u)
    .map((l) => l.trim())
    .filter((l) => l !== '');
  // Some scrapers repeat the headline as the body's first line.
  if (title && titleKey(paragraphs[0] ?? '') !== titleKey(title)) paragraphs.unshift(title);
  return { ok: true, text: paragraphs.join('\n\n'), meta: compactMeta(meta) ?? {}, warnings };
}

function stringField(obj: Record<string, unknown>, key: string, warnings: string[]): string | undefined {
  if (!Object.hasOwn(obj, key)) return undefined;
  const v = obj[key];
  if (typeof v === 'string') return v;
  // Scrapers write null for a field they could not fill: nothing to report.
  if (v !== null) warnings.push(`field "${key}" is ${kindOf(v)}, not a string; ignored`);
  return undefined;
}

function stringList(obj: Record<string, unknown>, key: string, warnings: string[]): string[] {
  if (!Object.hasOwn(obj, key)) return [];
  const v = obj[key];
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) {
    const strings = v.filter((x): x is string => typeof x === 'string');
    if (strings.length < v.length) warnings.push(`field "${key}": ${v.length - strings.length} entry(ies) not a string; ignored`);
    return strings;
  }
  if (v !== null) warnings.push(`field "${key}" is ${kindOf(v)}, not a string or list; ignored`);
  return [];
}

function firstString(values: (string | undefined)[]): string | undefined {
  for (const v of values) {
    const s = v === undefined ? '' : squash(v);
    if (s) return s;
  }
  return undefined;
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  const t = typeof v;
  return t === 'object' ? 'an object' : `a ${t}`;
}

/** V8's message, without echoing a long stretch of the input back. */
function jsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/u.exec(message);
  if (position) return `invalid JSON at position ${position[1]}`;
  return `invalid JSON: ${message.length > 120 ? `${message.slice(0, 117)}...` : message}`;
}
