import type { Claim, Comparison, DateClaim, Fact, QuantityClaim, QuoteClaim, Source } from '../types.js';
import { alignDates } from './dates.js';
import type { Located } from './facts.js';
import { sameOrigin } from './origin.js';
import { alignQuantities } from './quantities.js';
import { alignQuotes } from './quotes.js';
import { stem, tokens } from '../util/words.js';

const KIND_ORDER = { quantity: 0, date: 1, quote: 2 } as const;
const STATUS_ORDER = { conflict: 0, agree: 1, 'single-source': 2 } as const;

/** Aligns the claims of all sources into facts and finds shared origins. Pure. */
export function compare(sources: Source[]): Comparison {
  const quantities: Located<QuantityClaim>[] = [];
  const dates: Located<DateClaim>[] = [];
  const quotes: Located<QuoteClaim>[] = [];
  for (const source of sources) {
    for (const claim of source.claims) {
      const item = { source: source.id, claim } as Located<Claim>;
      if (claim.kind === 'quantity') quantities.push(item as Located<QuantityClaim>);
      else if (claim.kind === 'date') dates.push(item as Located<DateClaim>);
      else quotes.push(item as Located<QuoteClaim>);
    }
  }
  const names = personWords(sources);
  const facts = [
    ...alignQuantities(quantities, sources, names),
    ...alignDates(dates, sources, names),
    ...alignQuotes(quotes, sources),
  ];
  const firstSeen = firstAppearance(sources);
  facts.sort(
    (a, b) =>
      KIND_ORDER[a.kind] - KIND_ORDER[b.kind] ||
      STATUS_ORDER[a.status] - STATUS_ORDER[b.status] ||
      Object.keys(b.claims).length - Object.keys(a.claims).length ||
      firstSeen(a) - firstSeen(b),
  );
  const counters = { quantity: 0, date: 0, quote: 0 };
  for (const fact of facts) fact.id = `${fact.kind}-${++counters[fact.kind]}`;
  return { facts, sameOrigin: sameOrigin(sources) };
}

/** Lower-cased words of every person's name, mentions and role: who acted is not what happened. */
function personWords(sources: Source[]): Set<string> {
  const words = new Set<string>();
  for (const s of sources) {
    for (const p of s.people) {
      for (const m of [p.name, ...p.mentions, p.role ?? '']) for (const w of tokens(m)) words.add(stem(w));
    }
  }
  return words;
}

/** Order key: the position of the fact's earliest claim (source order, then offset). */
function firstAppearance(sources: Source[]): (fact: Fact) => number {
  const rank = new Map<string, number>();
  sources.forEach((s, i) => {
    for (const c of s.claims) rank.set(`${s.id}\u0000${c.id}`, i * 1e9 + c.offset);
  });
  return (fact) => {
    let best = Infinity;
    for (const [source, ids] of Object.entries(fact.claims)) {
      for (const id of ids) best = Math.min(best, rank.get(`${source}\u0000${id}`) ?? Infinity);
    }
    return best;
  };
}
