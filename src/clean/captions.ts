// Picture furniture left in the text by the scraper: a caption (often with a
// written date or a position marker "(left)"), its credit line, and sometimes
// a short heading-like picture title right before the caption.
import { endsWithFullDate, hasFullDate } from './dates.js';
import { mark, neighbour, type DocState } from './state.js';

/** A short label without sentence structure: "The White House", "Jane Doe/AP". */
function creditShaped(state: DocState, i: number): boolean {
  const f = state.info[i]!.f;
  return f.words >= 1 && f.words <= 6 && !f.terminal && f.titleCase >= 0.6;
}

/** A picture title: a short line, no sentence punctuation. */
function headingShaped(state: DocState, i: number): boolean {
  const f = state.info[i]!.f;
  return f.words >= 2 && f.words <= 10 && !f.terminal;
}

function lineOf(state: DocState, i: number): number {
  return state.info[i]!.line.n;
}

function isCaption(state: DocState, i: number): boolean {
  const v = state.removed.get(i);
  return v?.reason === 'photo-caption';
}

function isCredit(state: DocState, i: number): boolean {
  return state.info[i]!.hit?.family === 'photo-credit';
}

const MAX_CAPTION_WORDS = 60;

export function markCaptions(state: DocState): void {
  // A dated line right before a credit is the picture's caption: captions
  // carry the day the photo was taken ("… in Geneva on June 16, 2021.").
  for (const i of state.nonBlank) {
    if (state.removed.has(i) || i === state.titleIndex) continue;
    const li = state.info[i]!;
    if (li.f.words > MAX_CAPTION_WORDS) continue;
    const next = neighbour(state, i, 1);
    if (next === null) continue;
    const dated = endsWithFullDate(li.folded) || (isCredit(state, next) && hasFullDate(li.folded));
    if (dated && (isCredit(state, next) || (!state.removed.has(next) && creditShaped(state, next)))) {
      mark(state, i, 'photo-caption', `caption with a written date, followed by the picture credit on line ${lineOf(state, next)}`, true);
    }
  }
  // "image caption," labels the line that follows it.
  for (const i of state.nonBlank) {
    if (state.info[i]!.hit?.pattern !== 'caption-label') continue;
    const next = neighbour(state, i, 1);
    if (next !== null && state.info[next]!.f.words <= MAX_CAPTION_WORDS) {
      mark(state, next, 'photo-caption', `right after the caption label on line ${lineOf(state, i)}`, true);
    }
  }
  for (const i of state.nonBlank) {
    if (!isCaption(state, i)) continue;
    // The credit-shaped line after a caption is its credit.
    const next = neighbour(state, i, 1);
    if (next !== null && !state.removed.has(next) && next !== state.titleIndex && creditShaped(state, next)) {
      mark(state, next, 'photo-credit', `short label right after the photo caption on line ${lineOf(state, i)}`, true);
    }
    // A heading-like line before a caption is the picture's title.
    const prev = neighbour(state, i, -1);
    if (prev !== null && !state.removed.has(prev) && prev !== state.titleIndex && headingShaped(state, prev)) {
      mark(state, prev, 'photo-caption', `heading-like line right before the photo caption on line ${lineOf(state, i)}`, true);
    }
  }
}
