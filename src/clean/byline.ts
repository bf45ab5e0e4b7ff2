// Who wrote the piece: byline lines near the top and contributor credits.
import { loadData } from '../data.js';
import { isPersonName, namesIn } from './names.js';
import { bodyCore, mark, zoneOf, type DocState } from './state.js';
import { siteName } from './title.js';

const TOP_LINES = 8;

/**
 * Bylines: "By Jane Doe", or a lone line that is only a person's name, near
 * the top and before the story's first paragraph. Names also come from
 * contributor credits anywhere ("Jane Doe and John Roe contributed …").
 */
export function markBylines(state: DocState): void {
  const core = bodyCore(state);
  const end = (state.titleIndex === null ? 0 : state.rank[state.titleIndex]! + 1) + TOP_LINES;
  for (const i of state.nonBlank.slice(0, end)) {
    const li = state.info[i]!;
    // "Posted on March 4, 2031 by Jane Doe": the date rule took the line, the name is still a byline.
    if (state.removed.get(i)?.reason === 'dateline') {
      const by = /\bby\s+(\p{Lu}.{1,100})$/u.exec(li.folded);
      if (by) record(state, 'byline', namesIn(by[1]!), li.line.n);
    }
    if (state.removed.has(i) || i === state.titleIndex || zoneOf(state, i, core) !== 'head') continue;
    if (li.f.words > 14) continue;
    // "Analysis | By Jane Doe, Economics Editor": a section label may stand before the byline.
    const by = /^(?:[\p{L}&' -]{1,30}\s[|•·]\s)?(?:(?:posted|written|words) )?by\s*:?\s+(.{2,120})$/iu.exec(li.folded);
    // A name-shaped line the copyright or feed footer repeats is the site's name ("Example Courier").
    const names = by ? namesIn(by[1]!) : isPersonName(li.folded) ? (siteName(state, i) ? [] : [li.folded]) : namesBeforeOutlet(li.folded);
    if (names.length === 0 && by && authorHandle(by[1]!)) {
      mark(state, i, 'byline', `byline "by …" naming a site account or desk (${by[1]!}), not a person`, false);
      continue;
    }
    if (names.length === 0) continue;
    const evidence = by ? `byline "By …" naming ${names.join(', ')}` : isPersonName(li.folded) ? `person's name alone near the top (${names[0]!})` : `person's name with a short label near the top (${names[0]!})`;
    mark(state, i, 'byline', evidence, false);
    record(state, 'byline', names, li.line.n);
  }
  for (const i of state.nonBlank) {
    const li = state.info[i]!;
    if (li.hit?.family !== 'contributor-credit') continue;
    const m = /^[•·*–—-]?\s*(.{1,200}?)\s+contributed\b/iu.exec(li.folded);
    if (m) record(state, 'contributor', namesIn(m[1]!), li.line.n);
    // "Reporting by A in Oslo and B; Editing by C": every "by" list, places dropped.
    else for (const part of li.folded.split(/[;()]/u)) {
      const by = /\bby\s+(.{1,150})$/iu.exec(part.trim());
      if (by) record(state, 'contributor', namesIn(by[1]!.replace(/\s+in\s+\p{Lu}[\p{L} ]{0,40}?(?=,|\s+and\b|$)/gu, '')), li.line.n);
    }
  }
}

let handles: Set<string> | null = null;

/** "admin", "Staff Writer", "newsdesk_2": an account or a desk rather than a person. */
export function authorHandle(text: string): boolean {
  handles ??= new Set(loadData<{ authorHandles: { words: string[] } }>('clean-metadata').authorHandles.words);
  const t = text.trim().replace(/[.,;:]+$/u, '');
  return handles.has(t.toLowerCase()) || /^@?(?=[a-z0-9_.]{2,24}$)[a-z]{1,20}[0-9_.][a-z0-9_.]{0,20}$/u.test(t);
}

function record(state: DocState, kind: 'byline' | 'contributor', names: string[], line: number): void {
  state.byline.push(...names);
  for (const value of names) state.items.push({ kind, value, line });
}

/** "Jane Doe | Reuters", "Jane Doe, Staff Writer": a name followed by a short label. */
function namesBeforeOutlet(folded: string): string[] {
  const parts = folded.split(/\s*[|,–—]\s*/u);
  if (parts.length < 2 || parts.length > 3) return [];
  if (!isPersonName(parts[0]!)) return [];
  const restShort = parts.slice(1).every((p) => p.split(' ').length <= 4 && /^\p{Lu}/u.test(p));
  return restShort ? [parts[0]!] : [];
}
