// Pattern families and the date lines: rules that read one line at a time.
import { dateOnlyLine, statedDate } from './dates.js';
import { bodyCore, mark, neighbour, zoneOf, type DocState } from './state.js';

/** Lines whose whole text matches a boilerplate pattern family. */
export function markPatterns(state: DocState): void {
  for (const i of state.nonBlank) {
    const hit = state.info[i]!.hit;
    if (!hit || i === state.titleIndex) continue;
    if (hit.needsNeighbour) state.weak.add(i);
    else mark(state, i, hit.family, `${hit.note} (pattern ${hit.family}/${hit.pattern})`, false);
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
        mark(state, i, hit.family, `${hit.note} (pattern ${hit.family}/${hit.pattern}), next to removed line ${state.info[(prev !== null && state.removed.has(prev) ? prev : next)!]!.line.n}`, false);
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
    const date = dateOnlyLine(li.folded) ?? statedDate(li.folded)?.value;
    if (date) mark(state, i, 'dateline', `a line that only states the page's date (${date})`, false);
  }
}

/** How many link lines a related-content label may head. */
const MAX_LINKS = 6;
const MAX_LINK_WORDS = 16;
const MAX_QUESTION_WORDS = 10;

/**
 * A related-content label on its own ("READ MORE:", "Related posts") heads
 * links: the headline-shaped lines right after it (no sentence end) are
 * those links, even in the middle of the story.
 */
export function markRelatedLinks(state: DocState): void {
  for (const i of state.nonBlank) {
    const hit = state.info[i]!.hit;
    if (hit?.pattern !== 'related-block' || !state.removed.has(i)) continue;
    let at = neighbour(state, i, 1);
    for (let k = 0; k < MAX_LINKS && at !== null; k++) {
      const f = state.info[at]!.f;
      // A teaser may be a short question ("Who is Jane Roe?"); a quote or a statement ends the run.
      const teaserQuestion = f.words <= MAX_QUESTION_WORDS && /\?$/u.test(state.info[at]!.folded) && !state.info[at]!.folded.includes('"');
      if (state.removed.has(at) || at === state.titleIndex || (f.terminal && !teaserQuestion) || f.words < 2 || f.words > MAX_LINK_WORDS) break;
      mark(state, at, 'navigation', `headline-shaped line after the related-content label on line ${state.info[i]!.line.n}`, true);
      at = neighbour(state, at, 1);
    }
  }
}
