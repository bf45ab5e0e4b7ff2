// Pattern families and the date lines: rules that read one line at a time.
import { dateOnlyLine, statedDate } from './dates.js';
import { bodyCore, mark, neighbour, zoneOf, type DocState } from './state.js';

/** Lines whose whole text matches a boilerplate pattern family. */
export function markPatterns(state: DocState): void {
  for (const i of state.nonBlank) {
    const hit = state.info[i]!.hit;
    if (!hit || i === state.titleIndex) continue;
    if (hit.needsNeighbour) state.weak.add(i);
    else mark(state, i, hit.family, `${hit.note} (${hit.pattern})`, false);
  }
}

/**
 * Widget words ("Total", "0", "Email") go only when they sit next to a line
 * already removed, so a cluster of share buttons goes while the same word
 * inside the story stays. Repeats until the cluster stops growing.
 */
export function markWeakClusters(state: DocState): void {
  let changed = true;
  while (changed) {
    changed = false;
    for (const i of state.weak) {
      if (state.removed.has(i)) continue;
      const prev = neighbour(state, i, -1);
      const next = neighbour(state, i, 1);
      if ((prev !== null && state.removed.has(prev)) || (next !== null && state.removed.has(next))) {
        const hit = state.info[i]!.hit!;
        mark(state, i, hit.family, `${hit.note} (${hit.pattern}) next to other removed lines`, false);
        changed = true;
      }
    }
  }
}

/** A line that only states the date (and time) of publication. */
export function markDatelines(state: DocState): void {
  const core = bodyCore(state);
  for (const i of state.nonBlank) {
    const li = state.info[i]!;
    if (li.f.words > 15 || zoneOf(state, i, core) === 'body') continue;
    if (dateOnlyLine(li.folded) || statedDate(li.folded)) mark(state, i, 'dateline', 'publication date line', false);
  }
}
