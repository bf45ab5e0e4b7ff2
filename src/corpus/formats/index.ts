// From decoded text to the article(s) it holds, by format.
import type { InputFormat } from '../../types.js';
import { parseHtml } from './html.js';
import { parseJsonFile, parseJsonLines, type Part } from './json.js';
import { formatFromExtension, hasMarkup, looksLikeHtml, sniffFormat } from './sniff.js';

export type { Part } from './json.js';
export type { DocMeta, Parsed } from './meta.js';

/**
 * The extension decides, except that a page is a page whatever it is
 * called, and an .html file without a single tag is plain text.
 */
export function chooseFormat(path: string, text: string): { format: InputFormat; warning?: string } {
  const byExtension = formatFromExtension(path);
  if (byExtension === null) return { format: sniffFormat(text) };
  if ((byExtension === 'txt' || byExtension === 'md') && looksLikeHtml(text)) {
    return { format: 'html', warning: 'content is an HTML page: read as HTML' };
  }
  if (byExtension === 'html' && !hasMarkup(text)) return { format: 'txt', warning: 'no HTML markup: read as plain text' };
  return { format: byExtension };
}

/** Plain text is itself; containers yield one part per article they hold. */
export function parseContent(text: string, format: InputFormat): Part[] {
  switch (format) {
    case 'html':
      return [{ n: null, result: parseHtml(text) }];
    case 'json':
      return parseJsonFile(text);
    case 'jsonl':
      return parseJsonLines(text);
    case 'txt':
    case 'md':
      return [{ n: null, result: { ok: true, text, meta: {}, warnings: [] } }];
  }
}
