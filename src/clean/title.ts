// The headline is the first line that reads like one: pages often open with
// navigation ("Skip to content"), a site name, a breadcrumb or a section
// label before it. Lines above the headline are page chrome; they are
// removed, the headline itself is metadata (neither body nor removed).
import { isPersonName } from './names.js';
import { dateOnlyLine, statedDate } from './dates.js';
import { mark, neighbour, type DocState } from './state.js';

/** Headlines are short; a longer first line is the story's first paragraph. */
const MAX_TITLE_WORDS = 30;
const MAX_TITLE_CHARS = 250;
/** How many non-blank lines of chrome may come before the headline. */
const MAX_LEAD = 15;
/** Fewer words than this and a line may be a site name or a section label. */
const SURE_TITLE_WORDS = 4;
/** Site names and section labels are at most this long. */
const MAX_LABEL_WORDS = 4;
const BYLINE = /^by\s+\p{Lu}/u;
/** Separators between the labels of a breadcrumb or a menu row. */
const CRUMB_SEPARATOR = /\s+[›>|/»·•]\s+/u;

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
  const candidates = headlineCandidates(state);
  // A page that states its headline again further down (a closing repeat, a
  // feed footer "The post <headline> appeared first on …") names it outright.
  const repeated = candidates.find((i) => state.info[i]!.f.words >= SURE_TITLE_WORDS && restatedLater(state, i));
  if (repeated !== undefined) return setTitle(state, repeated);
  const first = candidates.find((i) => readsLikeHeadline(state, i));
  if (first !== undefined) setTitle(state, first);
}

/**
 * Lines above the story that could be the headline, in order: not a known
 * pattern, a name, a byline, a date, a breadcrumb or the site's name. The
 * list stops at the first line that reads as prose (the story began).
 */
function headlineCandidates(state: DocState): number[] {
  const out: number[] = [];
  for (const i of state.nonBlank.slice(0, MAX_LEAD + 1)) {
    const li = state.info[i]!;
    if (li.hit || li.f.words < 2 || isPersonName(li.folded) || BYLINE.test(li.folded) || dateOnlyLine(li.folded) || statedDate(li.folded)) continue;
    if (li.f.words > MAX_TITLE_WORDS || li.folded.length > MAX_TITLE_CHARS || proseSentence(li.folded, li.f.words)) break;
    if (breadcrumbShaped(li.folded) || siteName(state, i)) continue;
    out.push(i);
  }
  return out;
}

/** English headlines do not end with a full stop; a longer line that does is the lead. */
function proseSentence(folded: string, wordCount: number): boolean {
  return wordCount >= 8 && /\p{Ll}{2}\.$/u.test(folded);
}

/** "Home | World | Americas", "News / Local": short labels between separators. */
export function breadcrumbShaped(folded: string): boolean {
  const parts = folded.split(CRUMB_SEPARATOR);
  return parts.length >= 2 && parts.every((p) => p !== '' && p.split(' ').length <= MAX_LABEL_WORDS && !/[.!?]$/u.test(p));
}

/** Furniture that names the site itself: "© 2031 Example Herald", "appeared first on …", a newsletter pitch. */
const SITE_NAMING_FAMILIES = new Set(['copyright', 'syndication-footer', 'promo']);
/** Promo lines that name a person rather than the site. */
const PERSON_NAMING_PATTERNS = new Set(['contact-author']);

/**
 * A short line whose words come back inside the page's own furniture ("©
 * 2031 Example Herald Media", "Get the best of Example Post in your inbox")
 * is the site's name, not a headline and not a byline.
 */
export function siteName(state: DocState, i: number): boolean {
  const li = state.info[i]!;
  if (li.f.words > MAX_LABEL_WORDS || li.f.terminal || li.key === '') return false;
  const key = ` ${li.key} `;
  return state.nonBlank.some((j) => {
    const hit = state.info[j]!.hit;
    return j !== i && hit !== null && SITE_NAMING_FAMILIES.has(hit.family) && !PERSON_NAMING_PATTERNS.has(hit.pattern) && ` ${state.info[j]!.key} `.includes(key);
  });
}

/** The candidate's words come back later in the page, alone or inside a footer line. */
function restatedLater(state: DocState, i: number): boolean {
  const key = ` ${state.info[i]!.key} `;
  return state.nonBlank.some((j) => j > i && (state.info[j]!.key === state.info[i]!.key || (state.info[j]!.hit !== null && ` ${state.info[j]!.key} `.includes(key))));
}

/**
 * Several words read like a headline. A two- or three-word line may still be
 * one ("Quake kills dozens") when the story's furniture or its first
 * paragraph follows it; before more chrome it is a site name or a label.
 */
function readsLikeHeadline(state: DocState, i: number): boolean {
  if (state.info[i]!.f.words >= SURE_TITLE_WORDS) return true;
  const next = neighbour(state, i, 1);
  if (next === null) return false;
  const n = state.info[next]!;
  if (n.f.cls === 'good' || BYLINE.test(n.folded) || isPersonName(n.folded) || dateOnlyLine(n.folded) !== null) return true;
  return statedDate(n.folded) !== null || n.hit?.family === 'dateline';
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
