import { readdir, readFile, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import type { Document, InputFormat, Skipped } from '../types.js';
import { decode } from './decode.js';
import { InputError } from '../cli/errors.js';

export interface Loaded {
  documents: Document[];
  skipped: Skipped[];
}

export interface LoadOptions {
  /** Files larger than this are skipped as too-large (bytes). */
  maxBytes?: number;
  /** Read for the path "-". */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

const FORMATS: Record<string, InputFormat> = { '.txt': 'txt', '.text': 'txt', '.md': 'md', '.markdown': 'md' };
/** Extensions that are never articles; skipped quietly as unsupported. */
const NOT_TEXT = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.pdf', '.zip', '.gz', '.mp3', '.mp4', '.exe']);

/**
 * Reads files and folders (recursively, in sorted order, following no
 * symlinked folders twice). A missing path is a usage error; a file that
 * cannot be used is listed in `skipped` and the rest go on.
 */
export async function loadPaths(paths: string[], options: LoadOptions = {}): Promise<Loaded> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const files: string[] = [];
  const skipped: Skipped[] = [];
  const seenDirs = new Set<string>();
  const documents: Document[] = [];

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

  for (const file of files) {
    const result = file === '-' ? await readStdin(options.stdin) : await readOne(file, maxBytes);
    if ('reason' in result) {
      skipped.push({ path: file, ...result });
      continue;
    }
    const decoded = decode(result.bytes);
    if (!decoded.ok) {
      skipped.push({ path: file, reason: decoded.reason, message: decoded.message });
      continue;
    }
    documents.push({
      id: '',
      path: file,
      format: formatOf(file),
      text: decoded.text,
      warnings: decoded.warnings,
    });
  }
  assignIds(documents);
  return { documents, skipped };
}

async function walk(dir: string, out: string[], skipped: Skipped[], seen: Set<string>): Promise<void> {
  const real = resolve(dir);
  if (seen.has(real)) return;
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
    if (entry.isDirectory()) {
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
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return { bytes: Buffer.concat(chunks) };
}

function formatOf(path: string): InputFormat {
  return FORMATS[extname(path).toLowerCase()] ?? 'txt';
}

/** Ids are file stems; a stem seen before gets "-2", "-3", … in input order. */
export function assignIds(documents: Document[]): void {
  const used = new Map<string, number>();
  for (const doc of documents) {
    const stem = doc.path === '-' ? 'stdin' : basename(doc.path, extname(doc.path));
    const n = (used.get(stem) ?? 0) + 1;
    used.set(stem, n);
    doc.id = n === 1 ? stem : `${stem}-${n}`;
  }
}

function messageOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message}` : String(error);
}
