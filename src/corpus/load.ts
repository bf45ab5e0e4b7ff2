import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { Document, Skipped } from '../types.js';
import { decode } from './decode.js';
import { chooseFormat, parseContent } from './formats/index.js';
import { compactMeta } from './formats/meta.js';
import { redecodeDeclared } from './formats/charset.js';
import { InputError } from '../cli/errors.js';
import { comparePaths } from '../util/order.js';

export interface Loaded {
  documents: Document[];
  skipped: Skipped[];
}

export interface LoadOptions {
  /** Files larger than this are skipped as too-large (bytes). */
  maxBytes?: number;
  /** Articles whose text is longer than this are skipped as too-large (characters). */
  maxArticleChars?: number;
  /** Read for the path "-". */
  stdin?: NodeJS.ReadableStream;
}

/** High, because one JSON or JSON Lines file may hold a whole scraped batch. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * One article's text. The pipeline holds about 200 bytes of memory per
 * character of an article while it works on it, so one pasted book (or a
 * log file saved as .txt) could take the process past its heap and stop the
 * batch; two million characters (some 350,000 words, far beyond any
 * news article) is about 400 MB.
 */
export const DEFAULT_MAX_ARTICLE_CHARS = 2_000_000;

/**
 * An HTML page may be this many times the article limit: markup and
 * scripts are most of a page, but the parse tree costs about 80 bytes per
 * character of markup, so a larger page is skipped before it is parsed.
 */
export const HTML_PAGE_FACTOR = 4;

/** Extensions that are never articles; skipped quietly as unsupported. */
const NOT_TEXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf', '.zip', '.gz', '.mp3', '.mp4', '.exe']);

/**
 * Reads files and folders (recursively, in sorted order, following no
 * symlinked folders twice). A missing path is a usage error; a file that
 * cannot be used is listed in `skipped` and the rest go on.
 */
export async function loadPaths(paths: string[], options: LoadOptions = {}): Promise<Loaded> {
  const { files, skipped } = await collectFiles(paths);
  const documents: Document[] = [];
  const stems: string[] = [];
  for (const file of files) {
    for (const entry of await readEntries(file, options)) {
      if ('reason' in entry) skipped.push(entry);
      else {
        documents.push(entry.doc);
        stems.push(entry.stem);
      }
    }
  }
  // One canonical order, whatever order the paths were given or walked in.
  const order = documents.map((_, i) => i).sort((a, b) => comparePaths(documents[a]!.path, documents[b]!.path));
  const sorted = order.map((i) => documents[i]!);
  assignIds(sorted, order.map((i) => stems[i]!));
  skipped.sort((a, b) => comparePaths(a.path, b.path));
  return { documents: sorted, skipped };
}

/** The files the paths name (folders walked), in canonical order, and what was skipped on the way. */
export async function collectFiles(paths: string[]): Promise<{ files: string[]; skipped: Skipped[] }> {
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const seenDirs = new Set<string>();
  for (const p of paths) {
    if (p === '-') {
      files.push(p);
      continue;
    }
    let info;
    try {
      info = await stat(p);
    } catch {
      throw new InputError(`no such file or directory: ${p}`);
    }
    if (info.isDirectory()) await walk(p, files, skipped, seenDirs);
    else files.push(p);
  }
  // A file named twice is read once; the repeat is listed, so nothing goes unexplained.
  const unique = [...new Set(files)];
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(f) && f !== '-') skipped.push({ path: f, reason: 'unsupported', message: 'named more than once: read once' });
    seen.add(f);
  }
  return { files: unique.sort(comparePaths), skipped };
}

/** One file's documents (several for JSON arrays and lines) and unusable entries, read and decoded. */
export async function readEntries(file: string, options: LoadOptions = {}): Promise<({ doc: Document; stem: string } | Skipped)[]> {
  const result = file === '-' ? await readStdin(options.stdin) : await readOne(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if ('reason' in result) return [{ path: file, ...result }];
  const decoded = decode(result.bytes);
  if (!decoded.ok) return [{ path: file, reason: decoded.reason, message: decoded.message }];
  return entriesOf(file, result.bytes, decoded.text, decoded.warnings, options.maxArticleChars ?? DEFAULT_MAX_ARTICLE_CHARS);
}

/** One decoded file → its documents (several for JSON arrays and lines) and unusable entries. */
function entriesOf(
  file: string,
  bytes: Uint8Array,
  decodedText: string,
  decodedWarnings: string[],
  maxChars: number,
): ({ doc: Document; stem: string } | Skipped)[] {
  const { format, warning } = chooseFormat(file, decodedText);
  if (format === 'html' && decodedText.length > HTML_PAGE_FACTOR * maxChars) {
    const message = `HTML page of ${decodedText.length} characters is over the limit of ${HTML_PAGE_FACTOR * maxChars} (the page limit is ${HTML_PAGE_FACTOR} × --max-article-chars; raise it with that flag)`;
    return [{ path: file, reason: 'too-large', message }];
  }
  let text = decodedText;
  let warnings = decodedWarnings;
  if (format === 'html' && warnings.some((w) => w.startsWith('invalid UTF-8'))) {
    const declared = redecodeDeclared(bytes);
    if (declared) {
      text = declared.text;
      warnings = [`decoded as ${declared.label}, the charset the page declares`];
    }
  }
  if (warning) warnings = [...warnings, warning];
  const stem = file === '-' ? 'stdin' : basename(file, extname(file));
  return parseContent(text, format).map(({ n, result }) => {
    const path = n === null ? file : `${file}#${n}`;
    if (!result.ok) return { path, reason: 'unsupported' as const, message: result.message };
    if (result.text.length > maxChars) {
      return { path, reason: 'too-large' as const, message: `article text of ${result.text.length} characters is over the limit of ${maxChars} (raise it with --max-article-chars)` };
    }
    const doc: Document = { id: '', path, format, text: result.text, warnings: [...warnings, ...result.warnings] };
    const meta = compactMeta(result.meta);
    if (meta) doc.meta = meta;
    return { doc, stem: n === null ? stem : `${stem}-${n}` };
  });
}

async function walk(dir: string, out: string[], skipped: Skipped[], seen: Set<string>): Promise<void> {
  // Real paths, so a symlink that points back up the tree is walked once.
  let real: string;
  try {
    real = await realpath(dir);
  } catch (error) {
    skipped.push({ path: dir, reason: 'unreadable', message: messageOf(error) });
    return;
  }
  if (seen.has(real)) {
    skipped.push({ path: dir, reason: 'unsupported', message: 'folder already read (symlink loop or duplicate)' });
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    skipped.push({ path: dir, reason: 'unreadable', message: messageOf(error) });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    const isDir = entry.isDirectory() || (entry.isSymbolicLink() && (await stat(path).then((i) => i.isDirectory(), () => false)));
    if (isDir) {
      await walk(path, out, skipped, seen);
    } else if (entry.isFile() || entry.isSymbolicLink()) {
      const ext = extname(entry.name).toLowerCase();
      if (NOT_TEXT.has(ext)) {
        skipped.push({ path, reason: 'unsupported', message: `not an article format (${ext})` });
      } else {
        out.push(path);
      }
    }
  }
}

async function readOne(path: string, maxBytes: number): Promise<{ bytes: Uint8Array } | Omit<Skipped, 'path'>> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { reason: 'unsupported', message: 'is a directory' };
    if (info.size > maxBytes) {
      return { reason: 'too-large', message: `${info.size} bytes is over the limit of ${maxBytes} (raise it with --max-bytes)` };
    }
    return { bytes: await readFile(path) };
  } catch (error) {
    return { reason: 'unreadable', message: messageOf(error) };
  }
}

async function readStdin(stream: NodeJS.ReadableStream | undefined): Promise<{ bytes: Uint8Array } | Omit<Skipped, 'path'>> {
  if (!stream) return { reason: 'unreadable', message: 'no standard input' };
  return { bytes: await readStream(stream) };
}

/** All the bytes of a stream (standard input). */
export async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks);
}

/**
 * Ids are file stems (for an entry of a JSON array or JSON-lines file, the
 * stem and its number); an id seen before gets "-2", "-3", … in input order,
 * skipping any that another file already took.
 */
export function assignIds(documents: Document[], stems?: string[]): void {
  const next = idAssigner();
  documents.forEach((doc, i) => {
    const stem = safeStem(stems?.[i] ?? (doc.path === '-' ? 'stdin' : basename(doc.path, extname(doc.path))));
    doc.id = next(stem);
    doc.stem = stem;
  });
}

/** Hands out ids in order: a stem, then "-2", "-3", … for a stem already taken. */
export function idAssigner(): (stem: string) => string {
  const used = new Set<string>();
  return (stem) => {
    let id = stem;
    for (let n = 2; used.has(id); n++) id = `${stem}-${n}`;
    used.add(id);
    return id;
  };
}

// A file name may hold escape sequences, and the id is printed in every
// format (table headers, JSON keys, HTML): keep only printable characters.
// The path keeps its bytes, since it names the file.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** The stem without control, escape or bidi-override characters ("file" if nothing is left). */
export function safeStem(stem: string): string {
  return stem.replace(UNPRINTABLE, '').trim() || 'file';
}

function messageOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message}` : String(error);
}
