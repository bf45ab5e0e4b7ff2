// Who wrote the piece: byline lines near the top and contributor credits.
import { isPersonName, namesIn } from './names.js';
import { bodyCore, mark, zoneOf, type DocState } from './state.js';

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
    const by = /^by\s+(.{2,120})$/iu.exec(li.folded);
    const names = by ? namesIn(by[1]!) : isPersonName(li.folded) ? [li.folded] : namesBeforeOutlet(li.folded);
    if (names.length === 0) continue;
    mark(state, i, 'byline', by ? `byline "By …" naming ${names.join(', ')}` : `person's name alone near the top (${names[0]!})`, false);
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
