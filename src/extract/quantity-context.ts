// The few content words near a claim that say what it is about; the compare
// stage uses them to tell one fact from another with the same figure or date.
import { isStopword } from '../util/words.js';

const WORD = /[\p{L}][\p{L}\p{N}]*(?:['’-][\p{L}\p{N}]+)*/gu;
const MAX_DISTANCE = 60;

/**
 * Lower-cased content words of text (starting at absolute offset base), nearest
 * to the span first, without the span's own words and without `skip` words.
 * A clause punctuation mark halves the reach on its side.
 */
export function contextWords(
  text: string,
  base: number,
  span: { start: number; end: number },
  limit = 6,
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const found: { w: string; d: number }[] = [];
  // Only words within reach can count, so scan a window around the span, not
  // the whole text: one claim costs O(window), a paragraph O(claims).
  const from = Math.max(0, span.start - base - MAX_DISTANCE * 2 - 40);
  const to = Math.min(text.length, span.end - base + MAX_DISTANCE * 2 + 40);
  const window = text.slice(from, to);
  for (const m of window.matchAll(WORD)) {
    const s = base + from + m.index;
    const e = s + m[0].length;
    if (s < span.end && e > span.start) continue;
    const w = m[0].toLowerCase().replace(/['’]s$/u, '');
    if (w.length < 3 || isStopword(w) || skip.has(w)) continue;
    const gap = s >= span.end ? text.slice(span.end - base, s - base) : text.slice(e - base, span.start - base);
    const d = gap.length + (/[;:.!?]/.test(gap) ? 40 : 0) + (/[,“”"]/u.test(gap) ? 10 : 0);
    if (d > MAX_DISTANCE * 2) continue;
    found.push({ w, d });
  }
  found.sort((a, b) => a.d - b.d);
  const out: string[] = [];
  for (const { w } of found) {
    if (!out.includes(w)) out.push(w);
    if (out.length >= limit) break;
  }
  return out;
}
