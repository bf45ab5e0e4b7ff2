// Lines in another language than the article.
import { getLanguages } from './features.js';
import { keptBody, mark, type DocState } from './state.js';

/**
 * A line in another language than the article (a translated headline, a
 * language switch). The article's language is the one whose function words
 * dominate its prose; a line is foreign when another language's function
 * words clearly outnumber the article language's in it.
 */
export function markForeignLines(state: DocState): void {
  const langs = getLanguages();
  const totals = langs.ids.map(() => 0);
  for (const i of keptBody(state)) {
    const f = state.info[i]!.f;
    if (f.cls === 'good') f.langHits.forEach((h, k) => (totals[k]! += h));
  }
  const article = totals.indexOf(Math.max(...totals));
  if (article < 0 || totals[article] === 0) return;
  for (const i of keptBody(state)) {
    const f = state.info[i]!.f;
    if (f.words < 3) continue;
    const own = f.langHits[article]!;
    let best = -1;
    f.langHits.forEach((h, k) => {
      if (k !== article && (best < 0 || h > f.langHits[best]!)) best = k;
    });
    const other = best >= 0 ? f.langHits[best]! : 0;
    if (other >= langs.minForeignHits && other > 2 * own && other / f.words >= 0.2) {
      mark(state, i, 'foreign-language', `${langs.names[best]} function words ${other} vs ${langs.names[article]} ${own}`, true);
    }
  }
}
