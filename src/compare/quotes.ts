import type { Fact, QuoteClaim, Source } from '../types.js';
import { contentWords, jaccard, overlap, stem } from '../util/words.js';
import { finishFact, UnionFind, type Located } from './facts.js';

/** Share of the shorter quote's content words the longer must contain (translations vary the rest). */
const MIN_OVERLAP = 0.6;
/** For long quotes: at least this many shared content words, with these weaker overlaps. */
const MIN_SHARED_LONG = 5;
const MIN_OVERLAP_LONG = 0.4;
const MIN_JACCARD_LONG = 0.25;
/** Postings longer than this are common words: they propose no pairs. */
const MAX_POSTINGS = 200;

/**
 * Groups quotes that are the same words in other translations: blocked by
 * speaker, paired through an inverted index of content words, linked when
 * the content-word overlap is high. Quotes never conflict: differently
 * worded translations of one statement are agreement.
 */
export function alignQuotes(items: Located<QuoteClaim>[], all: Source[]): Fact[] {
  const blocks = new Map<string, Located<QuoteClaim>[]>();
  const canonical = garbleKeys(items.map((i) => speakerKey(i.claim.speaker)));
  for (const item of items) {
    const key = canonical.get(speakerKey(item.claim.speaker))!;
    (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(item);
  }
  const facts: Fact[] = [];
  for (const block of blocks.values()) {
    const words = block.map((i) => new Set(contentWords(i.claim.text)));
    const index = new Map<string, number[]>();
    words.forEach((set, i) => {
      for (const w of set) (index.get(w) ?? index.set(w, []).get(w)!).push(i);
    });
    const uf = new UnionFind(block.length);
    const tried = new Set<number>();
    for (const postings of index.values()) {
      if (postings.length > MAX_POSTINGS) continue;
      for (let x = 0; x < postings.length; x++) {
        for (let y = x + 1; y < postings.length; y++) {
          const a = postings[x]!;
          const b = postings[y]!;
          const key = a * block.length + b;
          if (tried.has(key)) continue;
          tried.add(key);
          if (block[a]!.source === block[b]!.source) continue;
          if (similar(words[a]!, words[b]!)) uf.union(a, b);
        }
      }
    }
    for (const group of uf.groups()) {
      const members = group.map((i) => block[i]!);
      const first = representative(members);
      facts.push(
        finishFact(
          {
            id: '',
            kind: 'quote',
            label: `${speakerOf(members) ?? 'unknown speaker'}: “${shorten(first.text, 60)}”`,
            speaker: speakerOf(members),
            items: members,
            conflicting: false,
          },
          all,
        ),
      );
    }
  }
  return facts;
}

function similar(a: Set<string>, b: Set<string>): boolean {
  const small = Math.min(a.size, b.size);
  // One- or two-word fragments ("red line") must match whole.
  if (small <= 2) return a.size === b.size && overlap(a, b) === 1;
  const score = overlap(a, b);
  if (score >= MIN_OVERLAP) return true;
  // Two free translations of one long statement share fewer words, but many.
  return sharedCount(a, b) >= MIN_SHARED_LONG && score >= MIN_OVERLAP_LONG && jaccard(a, b) >= MIN_JACCARD_LONG;
}

function sharedCount(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/**
 * The last word of the speaker: a surname for people ("Jan Novak" → "novak"),
 * the head noun for roles ("senior administration official", "officials" → "official"),
 * so that one speaker named in different ways lands in one block.
 */
export function speakerKey(speaker: string | null): string {
  if (!speaker) return '?';
  const words = speaker.toLowerCase().match(/[\p{L}\p{N}]+/gu);
  const last = words?.[words.length - 1];
  return last ? stem(last) : '?';
}

/**
 * Speaker keys one letter apart ("halvorsen" / "halvorssen": a translation's
 * garble the people stage did not merge) share one block; the more frequent
 * spelling names it. Only keys of six letters or more, with the same first
 * letter, so that short surnames stay apart.
 */
function garbleKeys(keys: string[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const byFrequency = [...counts.keys()].sort((a, b) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1));
  const out = new Map<string, string>();
  for (const key of byFrequency) {
    const target = key.length >= 6 ? byFrequency.find((k) => out.get(k) === k && k[0] === key[0] && k.length >= 6 && withinOne(k, key)) : undefined;
    out.set(key, target ?? key);
  }
  return out;
}

/** Levenshtein distance at most 1 (one letter added, dropped or changed). */
function withinOne(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * The speaker most of the quotes name; on a tie the fuller form ("Ana Ruiz"
 * over "Ruiz", a name over a role), then the alphabetically first — never
 * whichever source came first.
 */
function speakerOf(members: Located<QuoteClaim>[]): string | null {
  const counts = new Map<string, number>();
  for (const m of members) if (m.claim.speaker) counts.set(m.claim.speaker, (counts.get(m.claim.speaker) ?? 0) + 1);
  let best: string | null = null;
  for (const [name, n] of counts) {
    const b = best === null ? 0 : counts.get(best)!;
    if (best === null || n > b || (n === b && (name.length > best.length || (name.length === best.length && name < best)))) best = name;
  }
  return best;
}

/** The quote a label shows: the longest wording, ties by source id and place. */
function representative(members: Located<QuoteClaim>[]): QuoteClaim {
  return [...members].sort(
    (a, b) => b.claim.text.length - a.claim.text.length || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0) || a.claim.offset - b.claim.offset,
  )[0]!.claim;
}

function shorten(text: string, n: number): string {
  return text.length <= n ? text : `${text.slice(0, n - 1).trimEnd()}…`;
}
