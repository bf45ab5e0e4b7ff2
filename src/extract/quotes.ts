// Direct quotations and who said them. Marks are paired per paragraph
// (quote-marks.ts); a quote is speech, not a scare quote, when it stands as
// a sentence of its own, or when its sentence attributes it (a speech verb
// governing it, "according to", a possessive owner), or when it is a longer
// phrase (3+ words) continuing a speaker of the same paragraph, or 6+ words
// long (scare quotes are short terms). Speakers are resolved in document
// order: pronouns and "the official" refer back (speakers.ts); a quote with
// no attribution continues its paragraph's speaker, the quote left open at
// the end of the previous paragraph, or the last speaker of the previous
// paragraphs (a quote-only paragraph).
import type { Person, QuoteDraft, Segmented } from '../types.js';
import { extractPeople, resolvePerson } from './people.js';
import { charClass, LETTER, NUMBER, SPACE, width } from './people-tokens.js';
import {
  buildPara,
  isFullQuote,
  leading,
  possessive,
  sentenceEvent,
  sentenceSubjects,
  trailing,
  type ParaCtx,
  type PhraseSpan,
} from './quote-attribution.js';
import { parseSpeaker, resolveSpeaker, titledMentions, type Attribution, type SpeakerPhrase, type TitledMention } from './speakers.js';

interface Item {
  offset: number;
  paragraph: number;
  phrase: SpeakerPhrase | null;
  quote: QuoteInfo | null;
  attribution: Attribution | null;
}

interface QuoteInfo {
  para: ParaCtx;
  index: number;
  full: boolean;
  words: number;
  /** Attributed by its own sentence (not inherited). */
  own: boolean;
}

/**
 * `people` are the article's people (extractPeople); they tell which named
 * sentence subjects are persons a later "he" may refer to. Computed here when
 * not given.
 */
export function extractQuotes(seg: Segmented, people: Person[] = extractPeople(seg)): QuoteDraft[] {
  const docText = seg.clean.doc.text;
  const paras = seg.paragraphs.map((p, i) => buildPara(p.text, p.start, i));
  const items: Item[] = [];
  for (const p of paras) {
    for (let qi = 0; qi < p.quotes.length; qi++) {
      const q = p.quotes[qi]!;
      const full = isFullQuote(p, qi);
      const span = (full ? null : possessive(p, qi)) ?? trailing(p, qi, full) ?? leading(p, qi, full);
      const phrase = span ? toPhrase(p, span) : null;
      const words = countWords(p.text, q.start, q.end);
      items.push({
        offset: p.base + q.start,
        paragraph: p.index,
        phrase,
        quote: { para: p, index: qi, full, words, own: phrase !== null },
        attribution: null,
      });
    }
    // Quotes and sentences are both in text order: one pointer tells which sentences hold a quote.
    let nextQuote = 0;
    for (let si = 0; si < p.starts.length; si++) {
      const s = p.starts[si]!;
      const e = p.starts[si + 1] ?? p.text.length;
      while (nextQuote < p.quotes.length && p.quotes[nextQuote]!.open < s) nextQuote++;
      if (nextQuote < p.quotes.length && p.quotes[nextQuote]!.open < e) continue;
      const ev = sentenceEvent(p, s, e);
      const phrase = ev ? toPhrase(p, ev.span) : null;
      if (phrase) items.push({ offset: p.base + p.toks[ev!.verb]!.start, paragraph: p.index, phrase, quote: null, attribution: null });
    }
  }
  items.sort((a, b) => a.offset - b.offset);

  const titled: TitledMention[] = [];
  const subjects: Attribution[] = [];
  for (const p of paras) {
    for (const m of titledMentions(p.toks, p.text, p.base)) titled.push(m);
    subjectMentions(p, people, subjects);
  }
  // "Dora Vasquell, the mayor of Pellana, …": the roles the people stage read
  // from appositions title their people too, so "the mayor" or a headline's
  // "Pellana mayor" can name her. They have no one place in the text.
  for (const person of people) {
    if (person.role && person.name.includes(' ')) titled.push({ offset: -1, name: person.name, titles: person.role.toLowerCase().split(/\s+/u) });
  }
  // Attributions and named subjects in text order: what a pronoun or "the minister" may refer back to.
  const context: Attribution[] = [];
  let next = 0;
  for (const it of items) {
    if (!it.phrase) continue;
    while (next < subjects.length && subjects[next]!.offset < it.phrase.offset) context.push(subjects[next++]!);
    const before = docText.slice(Math.max(0, it.phrase.offset - 2000), it.phrase.offset);
    const r = resolveSpeaker(it.phrase, context, before, titled, it.paragraph);
    it.attribution = { offset: it.offset, paragraph: it.paragraph, phrase: it.phrase, speakerName: r.speakerName, kind: r.kind };
    context.push(it.attribution);
  }
  const links = neighbours(items);
  for (let i = 0; i < items.length; i++) {
    const it = items[i]!;
    if (it.quote && !it.attribution) it.attribution = inherit(items, i, links);
    if (it.attribution) links.lastAttribution[i] = it.attribution;
    else if (i > 0 && items[i - 1]!.paragraph === it.paragraph) links.lastAttribution[i] = links.lastAttribution[i - 1]!;
  }

  const shared = sharedInParagraph(items);
  const out: QuoteDraft[] = [];
  for (const it of items) {
    const info = it.quote;
    if (!info || !isSpeech(info, it, shared)) continue;
    const q = info.para.quotes[info.index]!;
    const a = it.attribution;
    out.push({
      kind: 'quote',
      offset: info.para.base + q.start,
      text: info.para.text.slice(q.start, q.end),
      speaker: null,
      speakerText: a?.phrase.text ?? null,
      partial: !info.full,
      speakerName: a?.speakerName ?? null,
    });
  }
  return out;
}

/**
 * How many of the white-space separated pieces of text[start, end) hold a
 * letter or a digit: what `slice.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length`
 * counts, without the pieces.
 */
function countWords(text: string, start: number, end: number): number {
  let n = 0;
  let counted = false;
  for (let i = start; i < end; ) {
    const cp = text.codePointAt(i)!;
    // A surrogate pair cut by `end` is a lone surrogate in the slice: in no class.
    const cls = i + 1 === end && cp > 0xffff ? 0 : charClass(cp);
    if (cls & SPACE) counted = false;
    else if (!counted && cls & (LETTER | NUMBER)) {
      n++;
      counted = true;
    }
    i += width(cp);
  }
  return n;
}

function toPhrase(p: ParaCtx, span: PhraseSpan): SpeakerPhrase | null {
  const toks = p.toks.slice(span.start, span.end + 1);
  if (span.lastText !== undefined && toks.length > 0) {
    const last = toks[toks.length - 1]!;
    toks[toks.length - 1] = { ...last, end: last.start + span.lastText.length, text: span.lastText, lower: span.lastText.toLowerCase() };
  }
  const app = span.appositive ? p.toks.slice(span.appositive[0], span.appositive[1] + 1) : [];
  return parseSpeaker(toks, p.text, p.base, app);
}

/** Appends to `out` the sentence subjects that name one of the article's people. */
function subjectMentions(p: ParaCtx, people: Person[], out: Attribution[]): void {
  for (const span of sentenceSubjects(p)) {
    const phrase = toPhrase(p, span);
    if (phrase?.kind !== 'name' || phrase.name === null || !resolvePerson(phrase.name, people)) continue;
    out.push({ offset: phrase.offset, paragraph: p.index, phrase, speakerName: phrase.name, kind: 'name', mention: true });
  }
}

/**
 * Per item, precomputed so that inherit() does not rescan a long paragraph
 * for every quote: the attribution of the nearest earlier item of the
 * paragraph that has one (filled in while attributions are inherited), the
 * attribution of the next own-attributed quote reached through quotes only,
 * and the first item of a later paragraph.
 */
interface Links {
  lastAttribution: (Attribution | null)[];
  nextOwn: (Attribution | null)[];
  nextParagraph: number[];
}

function neighbours(items: Item[]): Links {
  const n = items.length;
  const nextOwn: (Attribution | null)[] = new Array<Attribution | null>(n).fill(null);
  const nextParagraph: number[] = new Array<number>(n).fill(n);
  for (let i = n - 2; i >= 0; i--) {
    const next = items[i + 1]!;
    nextParagraph[i] = next.paragraph > items[i]!.paragraph ? i + 1 : nextParagraph[i + 1]!;
    if (next.paragraph === items[i]!.paragraph && next.quote) nextOwn[i] = next.quote.own ? next.attribution : nextOwn[i + 1]!;
  }
  return { lastAttribution: new Array<Attribution | null>(n).fill(null), nextOwn, nextParagraph };
}

/** The speaker a quote without its own attribution continues. */
function inherit(items: Item[], i: number, links: Links): Attribution | null {
  const it = items[i]!;
  const info = it.quote!;
  const before = i > 0 && items[i - 1]!.paragraph === it.paragraph ? links.lastAttribution[i - 1]! : null;
  if (before) return before;
  const after = links.nextOwn[i]!;
  if (after) return after;
  // A quote left open at its paragraph end takes the attribution of its continuation.
  const q = info.para.quotes[info.index]!;
  if (q.endedBy === 'paragraph-end') {
    const next = items[links.nextParagraph[i]!];
    if (next?.paragraph === it.paragraph + 1 && next.quote?.own && next.quote.index === 0) return next.attribution;
  }
  if (!info.full) return null;
  // A quote left open at the end of the previous paragraph runs on into this one.
  const firstInPara = info.index === 0 && info.para.text.slice(0, info.para.quotes[0]!.open).trim() === '';
  if (!firstInPara) return null;
  for (let j = i - 1; j >= 0 && it.paragraph - items[j]!.paragraph <= 2; j--) {
    const a = items[j]!.attribution;
    if (a) return a;
  }
  return null;
}

/** How many items of each paragraph share each attribution: one count instead of a scan per quote. */
function sharedInParagraph(items: Item[]): Map<Attribution, Map<number, number>> {
  const counts = new Map<Attribution, Map<number, number>>();
  for (const it of items) {
    if (!it.attribution) continue;
    const byPara = counts.get(it.attribution) ?? new Map<number, number>();
    byPara.set(it.paragraph, (byPara.get(it.paragraph) ?? 0) + 1);
    counts.set(it.attribution, byPara);
  }
  return counts;
}

/** Whether a quote reports someone's words (see the header comment). */
function isSpeech(info: QuoteInfo, it: Item, shared: Map<Attribution, Map<number, number>>): boolean {
  if (info.full || info.own) return true;
  if (info.words >= 6) return true;
  if (info.words < 2 || !it.attribution) return false;
  if ((shared.get(it.attribution)?.get(it.paragraph) ?? 0) < 2) return false;
  // Two words ("for now", "a flood") are speech only in a sentence that goes
  // on about the speaker ("He ruled out intervention “for now”."), and only
  // in lower case: "He joined the “Islamic State”" names something.
  return info.words >= 3 || (startsLowerCase(info) && personPronounBefore(info));
}

function startsLowerCase(info: QuoteInfo): boolean {
  const q = info.para.quotes[info.index]!;
  return /^\s*\p{Ll}/u.test(info.para.text.slice(q.start, q.end));
}

/** Whether he or she stands in the quote's sentence before the quote. */
function personPronounBefore(info: QuoteInfo): boolean {
  const p = info.para;
  const q = p.quotes[info.index]!;
  // Found by binary search and read back a bounded way, so a long run-on
  // sentence of short quotes stays linear overall.
  const from = p.starts[lastAtOrBefore(p.starts, (st) => st, q.open)] ?? 0;
  for (let k = lastAtOrBefore(p.toks, (t) => t.start, q.open - 1), n = 0; k >= 0 && p.toks[k]!.start >= from && n < PRONOUN_REACH; k--, n++) {
    const w = p.toks[k]!.lower;
    if (w === 'he' || w === 'she') return true;
  }
  return false;
}

/** How many words before a short quote personPronounBefore reads. */
const PRONOUN_REACH = 40;

/** Index of the last item whose key is at most x (items sorted by key), or -1. */
function lastAtOrBefore<T>(items: readonly T[], key: (item: T) => number, x: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) <= x) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

