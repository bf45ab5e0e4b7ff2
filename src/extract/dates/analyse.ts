// Finds every date expression of an article's body with the tense of its
// clause. dateEvidence and extractDates both need it, so the result is kept
// per Segmented object (compromise is the expensive part).
import type { Segmented } from '../../types.js';
import { findDates, type DateMention } from './find.js';
import { dayFirstIn } from './order.js';
import { tensesFor, type Tense } from './tense.js';

export interface AnalysedMention extends DateMention {
  tense: Tense;
  /** Index in the article's list of the weekday this one ends a span from ("from Monday until Wednesday"). */
  rangeStart: number | null;
  sentence: { start: number; end: number; text: string };
}

const cache = new WeakMap<Segmented, AnalysedMention[]>();
const orders = new WeakMap<Segmented, boolean>();

/** Whether the article's all-numeric dates put the day first (body and removed lines). */
export function dayFirstOf(seg: Segmented): boolean {
  let v = orders.get(seg);
  if (v === undefined) {
    v = dayFirstIn([...seg.paragraphs.map((p) => p.text), ...seg.clean.removed.map((r) => r.text)]);
    orders.set(seg, v);
  }
  return v;
}

/** Forms whose place on the calendar depends on tense; only their sentences are tagged. */
function needsTense(m: DateMention): boolean {
  const k = m.form.kind;
  return (k === 'full' && m.form.weekday !== null) || k === 'weekday' || k === 'month' || k === 'monthDay' || (k === 'season' && m.form.y === null);
}

export function analyse(seg: Segmented): AnalysedMention[] {
  const hit = cache.get(seg);
  if (hit) return hit;
  const out: AnalysedMention[] = [];
  // One options object for every sentence of the article.
  const options = { dayFirst: dayFirstOf(seg) };
  for (const p of seg.paragraphs) {
    for (const s of p.sentences) {
      const mentions = findDates(s.text, s.start, options);
      if (mentions.length === 0) continue;
      // The tensed mentions in order, and for each mention its index among them (-1 if none).
      const spans: { start: number; end: number; withWords: boolean }[] = [];
      const slot: number[] = [];
      for (const m of mentions) {
        if (!needsTense(m)) {
          slot.push(-1);
          continue;
        }
        slot.push(spans.length);
        spans.push({ start: m.start, end: m.end, withWords: m.form.kind !== 'weekday' });
      }
      const tenses = tensesFor(s.text, s.start, spans);
      const sentence = { start: s.start, end: s.end, text: s.text };
      // The fields of DateMention written out, in its order: a spread of each mention was a slow copy here.
      for (let j = 0; j < mentions.length; j++) {
        const m = mentions[j]!;
        const k = slot[j]!;
        const rangeStart = j > 0 && endsWeekdaySpan(s.text, s.start, mentions[j - 1]!, m) ? out.length - 1 : null;
        out.push({ start: m.start, end: m.end, text: m.text, form: m.form, part: m.part, tense: k >= 0 ? (tenses[k] ?? null) : null, rangeStart, sentence });
      }
    }
  }
  cache.set(seg, out);
  return out;
}

const SPAN_JOIN = /^\s*(?:to|until|till|through|thru|[-–—])\s*$/iu;
const LIST_JOIN = /^\s*and\s*$/iu;
const SPAN_OPEN = /\b(?:between|from)\s+$/iu;

/**
 * "from Monday until Wednesday", "between Monday and Wednesday", "Monday to
 * Wednesday": the second weekday is the first one after the first, whatever
 * the clause's tense says on its own.
 */
function endsWeekdaySpan(text: string, base: number, a: DateMention, b: DateMention): boolean {
  if (a.form.kind !== 'weekday' || b.form.kind !== 'weekday' || b.form.modifier !== null) return false;
  const gap = text.slice(a.end - base, b.start - base);
  if (gap.length > 12) return false;
  if (SPAN_JOIN.test(gap)) return true;
  return LIST_JOIN.test(gap) && SPAN_OPEN.test(text.slice(Math.max(0, a.start - base - 12), a.start - base));
}
