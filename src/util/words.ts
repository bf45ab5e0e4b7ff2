import { loadData } from '../data.js';

const stopwords = new Set(loadData<{ words: string[] }>('stopwords-en').words);

/** Lower-case word tokens, curly apostrophes folded; linear scan. */
export function tokens(text: string): string[] {
  return text.toLowerCase().replace(/[\u2018\u2019\u02bc]/g, "'").match(/[\p{L}\p{N}]+(?:['.-][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * A light stem so that "lines"/"line", "searching"/"search" and
 * "reached"/"reach" meet; enough for set overlap, not for display.
 */
export function stem(word: string): string {
  let w = word.replace(/'s$/, '');
  if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
  if (w.length > 5 && w.endsWith('ing')) return undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith('ed') && !w.endsWith('eed')) return undouble(w.slice(0, -2));
  if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  return w;
}

/** "stopp" → "stop", so "stopped" and "stop" meet. */
function undouble(w: string): string {
  return w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1]!) ? w.slice(0, -1) : w;
}

export function isStopword(word: string): boolean {
  return stopwords.has(word);
}

/** Content words of a text, stemmed, without stopwords or contraction stubs. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const t of tokens(text)) {
    if (stopwords.has(t) || t.length < 2) continue;
    const s = stem(t.replace(/n't$/, ''));
    if (!stopwords.has(s) && s.length > 1) out.push(s);
  }
  return out;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

/** |A ∩ B| / min(|A|, |B|): a paraphrase that adds words still scores high. */
export function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const min = Math.min(a.size, b.size);
  if (min === 0) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / min;
}
