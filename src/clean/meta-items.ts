// The metadata list of a cleaned document: container fields first (line
// null), then what the text states, in line order.
import type { CleanDocument, MetaItem } from '../types.js';
import { creditItems } from './credits.js';
import { normaliseDate } from './dates.js';
import type { DocState } from './state.js';

const URL_IN_LINE = /\bhttps?:\/\/[^\s"'<>()]{1,300}/u;

function containerItems(state: DocState): MetaItem[] {
  const meta = state.doc.meta;
  if (!meta) return [];
  const out: MetaItem[] = [];
  // A headline the text repeats is reported with its line instead.
  if (meta.title && state.titleIndex === null) out.push({ kind: 'title', value: meta.title, line: null });
  for (const author of meta.authors ?? []) out.push({ kind: 'byline', value: author, line: null });
  if (meta.outlet) out.push({ kind: 'outlet', value: meta.outlet, line: null });
  const date = meta.publishedAt ? normaliseDate(meta.publishedAt) : null;
  if (date) out.push({ kind: 'published', value: date, line: null });
  if (meta.url) out.push({ kind: 'url', value: meta.url, line: null });
  return out;
}

/** Links the page names in its removed furniture ("Source link https://…"). */
function urlItems(state: DocState): MetaItem[] {
  const out: MetaItem[] = [];
  for (const i of state.removed.keys()) {
    const m = URL_IN_LINE.exec(state.info[i]!.folded);
    if (m) out.push({ kind: 'url', value: m[0].replace(/[.,;:]+$/u, ''), line: state.info[i]!.line.n });
  }
  return out;
}

export function collectMetadata(state: DocState, outlets: MetaItem[], published: CleanDocument['publishedAt']): MetaItem[] {
  const text: MetaItem[] = [];
  if (state.titleIndex !== null) {
    const li = state.info[state.titleIndex]!;
    text.push({ kind: 'title', value: li.line.text.trim(), line: li.line.n });
  }
  text.push(...state.items, ...outlets, ...creditItems(state), ...urlItems(state));
  if (published?.line != null) text.push({ kind: 'published', value: published.value, line: published.line });
  const seen = new Set<string>();
  const unique = text.filter((m) => {
    const key = `${m.kind}\u0000${m.value}\u0000${m.line}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return [...containerItems(state), ...unique];
}
