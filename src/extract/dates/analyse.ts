// Finds every date expression of an article's body with the tense of its
// clause. dateEvidence and extractDates both need it, so the result is kept
// per Segmented object (compromise is the expensive part).
import type { Segmented } from '../../types.js';
import { findDates, type DateMention } from './find.js';
import { dayFirstIn } from './order.js';
import { tensesFor, type Tense } from './tense.js';

export interface AnalysedMention extends DateMention {
  tense: Tense;
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
        out.push({ start: m.start, end: m.end, text: m.text, form: m.form, part: m.part, tense: k >= 0 ? (tenses[k] ?? null) : null, sentence });
      }
    }
  }
  cache.set(seg, out);
  return out;
}
