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

/** A picture title: a short line, no sentence punctuation; a bullet point is a list item, not a title. */
function headingShaped(state: DocState, i: number): boolean {
  const f = state.info[i]!.f;
  return f.words >= 2 && f.words <= 10 && !f.terminal && !BULLET.test(state.info[i]!.folded);
}

const BULLET = /^[•·▪‣◦*–—-]\s/u;
/**
 * An embedded post: a quoted text, a dash, the author and a handle, then the
 * date it was posted ("… — Jane Roe (@janeroe) May 2, 2031"). Its date is
 * the post's, not a photo's, and the quote is story content.
 */
const EMBEDDED_POST = /^"[^"]{1,600}"\s{0,2}[—–-]\s{0,2}[^()"]{1,60}\(@\w{1,30}\)/u;

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
/** A caption under a labelled credit is one short sentence. */
const MAX_SHORT_CAPTION_WORDS = 25;
/** Credit patterns that open a picture block with a label ("Image: …", "Photo credit: …"). */
const LABELLED_CREDITS = new Set(['photo-colon', 'credit', 'image-source', 'photo-by']);

/** One sentence at most: no sentence end before the last character. */
function oneSentence(folded: string): boolean {
  return !/[.!?]["')\]]{0,2}\s+\p{Lu}/u.test(folded);
}

/**
 * "Image: Agency / Jane Roe" above one short sentence inside the story: the
 * label opens a picture block, so the sentence under it is the caption. A
 * credit before the story's first paragraph is a lead picture's credit and
 * the line after it is the story, so only credits after a kept story line count.
 */
function markCaptionUnderLabel(state: DocState): void {
  let storySeen = false;
  for (const i of state.nonBlank) {
    const li = state.info[i]!;
    if (!state.removed.has(i) && i !== state.titleIndex && li.f.cls === 'good') storySeen = true;
    if (!storySeen || li.hit?.family !== 'photo-credit' || !LABELLED_CREDITS.has(li.hit.pattern)) continue;
    const next = neighbour(state, i, 1);
    if (next === null || state.removed.has(next) || next === state.titleIndex) continue;
    const n = state.info[next]!;
    if (n.f.words < 3 || n.f.words > MAX_SHORT_CAPTION_WORDS || !n.f.terminal || !oneSentence(n.folded) || n.folded.includes('"')) continue;
    mark(state, next, 'photo-caption', `one short sentence right under the labelled picture credit on line ${lineOf(state, i)}`, true);
  }
}

export function markCaptions(state: DocState): void {
  // A dated line right before a credit is the picture's caption: captions
  // carry the day the photo was taken ("… in Geneva on June 16, 2021.").
  for (const i of state.nonBlank) {
    if (state.removed.has(i) || i === state.titleIndex) continue;
    const li = state.info[i]!;
    if (li.f.words > MAX_CAPTION_WORDS || EMBEDDED_POST.test(li.folded)) continue;
    const next = neighbour(state, i, 1);
    if (next === null) continue;
    // The line after is checked first: it is cheap, and under prose (most
    // lines) it settles the question without looking for a date.
    const credit = isCredit(state, next);
    if (!credit && (state.removed.has(next) || !creditShaped(state, next))) continue;
    const dated = endsWithFullDate(li.folded) || (credit && hasFullDate(li.folded));
    if (dated) {
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
  markCaptionUnderLabel(state);
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
