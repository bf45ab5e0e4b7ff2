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
    if (state.removed.has(i) || i === state.titleIndex || zoneOf(state, i, core) !== 'head') continue;
    const li = state.info[i]!;
    if (li.f.words > 14) continue;
    const by = /^by\s+(.{2,120})$/iu.exec(li.folded);
    const names = by ? namesIn(by[1]!) : isPersonName(li.folded) ? [li.folded] : namesBeforeOutlet(li.folded);
    if (names.length === 0) continue;
    mark(state, i, 'byline', by ? 'byline' : 'lone name near the top', false);
    state.byline.push(...names);
  }
  for (const i of state.nonBlank) {
    const li = state.info[i]!;
    if (li.hit?.family !== 'contributor-credit') continue;
    const m = /^[•·*–—-]?\s*(.{1,200}?)\s+contributed\b/iu.exec(li.folded);
    if (m) state.byline.push(...namesIn(m[1]!));
    // "Reporting by A in Oslo and B; Editing by C": every "by" list, places dropped.
    else for (const part of li.folded.split(/[;()]/u)) {
      const by = /\bby\s+(.{1,150})$/iu.exec(part.trim());
      if (by) state.byline.push(...namesIn(by[1]!.replace(/\s+in\s+\p{Lu}[\p{L} ]{0,40}?(?=,|\s+and\b|$)/gu, '')));
    }
  }
}

/** "Jane Doe | Reuters", "Jane Doe, Staff Writer": a name followed by a short label. */
function namesBeforeOutlet(folded: string): string[] {
  const parts = folded.split(/\s*[|,–—]\s*/u);
  if (parts.length < 2 || parts.length > 3) return [];
  if (!isPersonName(parts[0]!)) return [];
  const restShort = parts.slice(1).every((p) => p.split(' ').length <= 4 && /^\p{Lu}/u.test(p));
  return restShort ? [parts[0]!] : [];
}
