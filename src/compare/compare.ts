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
    ...alignQuantities(quantities, sources, names, dayAnchors(sources)),
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

/** How near (in characters, gap between the two) a dated day must stand to a figure to date it. */
const ANCHOR_REACH = 40;

/**
 * The day each figure is dated by: a day-precision date on its line right
 * next to it ("fell 2.1% on Friday", "fell yesterday by 4.2%"). Figures of
 * different days are different facts, however alike their words.
 */
function dayAnchors(sources: Source[]): Map<QuantityClaim, string> {
  const out = new Map<QuantityClaim, string>();
  for (const source of sources) {
    const daysByLine = new Map<number, DateClaim[]>();
    for (const c of source.claims) {
      if (c.kind === 'date' && c.precision === 'day' && c.resolved !== null) {
        const list = daysByLine.get(c.line);
        if (list) list.push(c);
        else daysByLine.set(c.line, [c]);
      }
    }
    if (daysByLine.size === 0) continue;
    for (const c of source.claims) {
      if (c.kind !== 'quantity') continue;
      let best: DateClaim | null = null;
      let bestGap = ANCHOR_REACH + 1;
      for (const d of daysByLine.get(c.line) ?? []) {
        const gap = d.offset >= c.offset + c.text.length ? d.offset - (c.offset + c.text.length) : c.offset - (d.offset + d.text.length);
        if (gap >= 0 && gap < bestGap) {
          best = d;
          bestGap = gap;
        }
      }
      if (best) out.set(c, best.resolved!);
    }
  }
  return out;
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
