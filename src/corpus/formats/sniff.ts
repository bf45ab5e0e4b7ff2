// Which reader a file needs: from its extension when that is known, else
// from what the content looks like (stdin, "article" with no extension).
import { extname } from 'node:path';
import type { InputFormat } from '../../types.js';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.txt': 'txt',
  '.text': 'txt',
  '.md': 'md',
  '.markdown': 'md',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.shtml': 'html',
  '.json': 'json',
  '.jsonl': 'jsonl',
  '.ndjson': 'jsonl',
};

export function formatFromExtension(path: string): InputFormat | null {
  if (path === '-') return null;
  return BY_EXTENSION[extname(path).toLowerCase()] ?? null;
}

/** How far into the file the markers must appear. */
const HEAD = 2048;

/**
 * A page starts with a doctype or an <html> tag, possibly after an XML
 * declaration or comments; a plain-text article never does.
 */
export function looksLikeHtml(text: string): boolean {
  let head = text.slice(0, HEAD).replace(/^\uFEFF/u, '').trimStart();
  if (head.startsWith('<?xml')) head = head.slice(head.indexOf('>') + 1).trimStart();
  for (let i = 0; i < 5 && head.startsWith('<!--'); i++) {
    const end = head.indexOf('-->');
    if (end === -1) return false;
    head = head.slice(end + 3).trimStart();
  }
  return /^<(?:!doctype\s+html|html[\s>])/iu.test(head);
}

/** True when the text holds at least one tag, so reading it as HTML keeps something. */
export function hasMarkup(text: string): boolean {
  return /<\/?[a-z][a-z0-9-]{0,20}[\s/>]/iu.test(text.slice(0, 64 * 1024));
}

/**
 * Content sniffing for input with no usable extension. JSON is claimed only
 * when it actually parses (a text article may well begin with "["), JSON
 * lines when the first line is an object on its own.
 */
export function sniffFormat(text: string): InputFormat {
  const trimmed = text.replace(/^\uFEFF/u, '').trimStart();
  if (looksLikeHtml(trimmed)) return 'html';
  const first = trimmed[0];
  if (first === '{' || first === '[') {
    if (parses(trimmed)) return 'json';
    if (first === '{') {
      const lineEnd = trimmed.search(/\r\n?|\n/u);
      if (lineEnd !== -1 && parses(trimmed.slice(0, lineEnd))) return 'jsonl';
    }
  }
  return 'txt';
}

function parses(s: string): boolean {
  try {
    const v: unknown = JSON.parse(s);
    return typeof v === 'object' && v !== null;
  } catch {
    return false;
  }
}
