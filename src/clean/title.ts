// The headline is the first line that reads like one: pages often open with
// navigation ("Skip to content"), tracking debris or a lone word before it.
// Lines above the headline are page chrome; they are removed, the headline
// itself is metadata (neither body nor removed).
import { isPersonName } from './names.js';
import { dateOnlyLine } from './dates.js';
import { mark, type DocState } from './state.js';

/** Headlines are short; a longer first line is the story's first paragraph. */
const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 250;
/** How many non-blank lines of chrome may come before the headline. */
const MAX_LEAD = 15;
const BYLINE = /^by\s+\p{Lu}/u;

export function findTitle(state: DocState): void {
  const metaTitle = state.doc.meta?.title;
  if (metaTitle) {
    const key = metaTitle.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+){0,4}/gu)?.join(' ') ?? '';
    // Only among the first lines: a feed that closes with the headline again has not put it at the top.
    const found = state.nonBlank.slice(0, MAX_LEAD + 1).find((i) => key !== '' && state.info[i]!.key === key);
    // The container gave a headline the text does not repeat: guessing one
    // from the text would take a body line out of the story.
    return found === undefined ? undefined : setTitle(state, found);
  }
  for (const i of state.nonBlank.slice(0, MAX_LEAD + 1)) {
    const li = state.info[i]!;
    if (li.hit || li.f.words < 2 || isPersonName(li.folded) || BYLINE.test(li.folded) || dateOnlyLine(li.folded)) continue;
    if (li.f.words > MAX_TITLE_WORDS || li.folded.length > MAX_TITLE_CHARS || proseSentence(li.folded, li.f.words)) return;
    return setTitle(state, i);
  }
}

/** English headlines do not end with a full stop; a longer line that does is the lead. */
function proseSentence(folded: string, wordCount: number): boolean {
  return wordCount >= 8 && /\p{Ll}{2}\.$/u.test(folded);
}

function setTitle(state: DocState, index: number): void {
  state.titleIndex = index;
}

/** Whatever no other rule explained above the headline is page chrome. */
export function markAboveTitle(state: DocState): void {
  if (state.titleIndex === null) return;
  for (const i of state.nonBlank) {
    if (i >= state.titleIndex) break;
    mark(state, i, 'navigation', `above the headline on line ${state.info[state.titleIndex]!.line.n}`, true);
  }
}

/** Lines after the headline that repeat it (feeds often close with the title again). */
export function markRepeatedTitle(state: DocState): void {
  if (state.titleIndex === null) return;
  const key = state.info[state.titleIndex]!.key;
  if (key === '') return;
  for (const i of state.nonBlank) {
    if (i > state.titleIndex && state.info[i]!.key === key) mark(state, i, 'repeated-title', `matches the title on line ${state.info[state.titleIndex]!.line.n}`, false);
  }
}
