// The hardening properties, shared by the short run in `npm test`
// (test/hardening/properties.test.ts) and the long campaign in `npm run fuzz`
// (bench/fuzz.ts). Articles are real-looking texts (whatever the caller
// passes in, e.g. a folder of sample articles) with random insertions and
// deletions of the characters scrapers and translators leave behind, plus
// articles generated from news-style fragments.
import fc from 'fast-check';
import { analyze } from '../analyze.js';
import type { Claim, Document, Fact, Report, Source } from '../types.js';
import { splitLines } from '../util/lines.js';

/** Things that break naive parsers: quote marks, controls, escapes, odd digits. */
const NASTY = [
  '“', '”', '"', '«', '»', '‘', '’', "'", '„', '‹', '›', '""', '“”', '«»',
  '\u0000', '\u0001', '\u0007', '\u0008', '\u000b', '\u000c', '\u001b', '\u007f', '\u0085', '\u009b', '\u00a0', '\u200b', '\u202e', '\u2028', '\u2029', '\ufeff', '\ufffd',
  '\r', '\r\n', '\n', '\n\n', '\t', '  ',
  '\u001b[31m', '\u001b[2J', '\u001b]8;;http://example.test\u0007', '\u001b]52;c;ZXZpbA==\u0007', '\u001bP1$r\u001b\\',
  '\\n', '\\"', '&quot;', '&amp;', '<b>', '</p>', '$1', '%s',
  '0', '1', ',', '.', '-', '–', '%', '$', '€', '(', ')', ':', ';', '?', '!', '…',
  'Mr. ', 'Dr. ', ' said ', ' told reporters ', 'according to ', ' on Monday', ' last week', ' in 2019', ' March 3',
  ' about ', ' up to ', ' more than ', ' troops', ' people', ' million', ' thousand',
  '😀', '\ud83d', '\ude00',
];

const digitRun = fc.integer({ min: 1, max: 400 }).map((n) => '9'.repeat(n));
const groupedRun = fc.integer({ min: 1, max: 60 }).map((n) => `1${',000'.repeat(n)}`);
const quoteRun = fc.tuple(fc.constantFrom('“', '”', '"', '«', '»', "'"), fc.integer({ min: 1, max: 300 })).map(([m, n]) => m.repeat(n));

const insertion = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: digitRun },
  { weight: 1, arbitrary: groupedRun },
  { weight: 1, arbitrary: quoteRun },
  { weight: 1, arbitrary: fc.string({ maxLength: 20, unit: 'binary' }) },
);

type Edit = { at: number; del: number; ins: string };

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  del: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 80 }) }),
  ins: fc.oneof({ weight: 4, arbitrary: insertion }, { weight: 1, arbitrary: fc.constant('') }),
});

/** Applies edits at relative positions, so they stay meaningful on any length. */
export function mutate(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of edits) {
    const at = Math.min(out.length, Math.floor(e.at * out.length));
    out = out.slice(0, at) + e.ins + out.slice(at + e.del);
  }
  return out;
}

const NAMES = ['Amara Okafor', 'Jan Novak', 'the minister', 'Ms Lindqvist', 'a spokesman', 'Dr. Chen', 'officials'];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'according to'];
const FIGURES = ['40 ships', 'about 3,000 people', 'up to 1.5 million euros', 'more than 12 bridges', 'between 5 and 7 trucks', 'dozens of families', '80%'];
const WHEN = ['on Monday', 'last week', 'in March', 'on 3 May 2021', 'yesterday', 'in 1999', 'next Friday'];

/** A short article built from news-style fragments. */
const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...FIGURES), fc.constantFrom(...WHEN)).map(([n, v, f, w]) => `${n} ${v} ${f} had left ${w}.`),
  fc.tuple(fc.constantFrom('“', '"', '«', '‘'), fc.lorem({ maxCount: 12 }), fc.constantFrom('”', '"', '»', '’', ''), fc.constantFrom(...NAMES), fc.constantFrom(...VERBS)).map(
    ([o, body, c, n, v]) => `${o}${body},${c} ${n} ${v}.`,
  ),
  fc.lorem({ maxCount: 25, mode: 'sentences' }),
);
const generated = fc.array(fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' ')), { minLength: 1, maxLength: 8 }).map((ps) => ps.join('\n\n'));

/** One article: a mutated real text (when any are given) or a generated one, maybe mutated. */
export function articleArb(texts: string[]): fc.Arbitrary<string> {
  const base = texts.length ? fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...texts) }, { weight: 1, arbitrary: generated }) : generated;
  return fc.tuple(base, fc.array(edit, { maxLength: 25 })).map(([text, edits]) => mutate(text, edits));
}

/** One to four articles, as Documents with distinct ids. */
export function corpusArb(texts: string[]): fc.Arbitrary<Document[]> {
  return fc.array(articleArb(texts), { minLength: 1, maxLength: 4 }).map((list) =>
    list.map((text, i) => ({ id: `doc${i}`, path: `doc${i}.txt`, format: 'txt' as const, text, warnings: [] })),
  );
}

/** Problems with one report, as readable strings (empty when all holds). */
export function reportProblems(documents: Document[], report: Report, validate?: (r: unknown) => string | null): string[] {
  const problems: string[] = [];
  const ids = report.sources.map((s) => s.id);
  if (ids.join('\n') !== documents.map((d) => d.id).join('\n')) problems.push(`sources ${JSON.stringify(ids)} are not the documents`);
  for (const source of report.sources) {
    const doc = documents.find((d) => d.id === source.id);
    if (!doc) continue;
    const lines = splitLines(doc.text);
    for (const claim of source.claims) {
      const at = doc.text.slice(claim.offset, claim.offset + claim.text.length);
      if (at !== claim.text) problems.push(`${source.id} ${claim.kind} ${JSON.stringify(claim.text)} is ${JSON.stringify(at)} at offset ${claim.offset}`);
      const line = lines[claim.line - 1];
      if (!line || line.start + claim.column - 1 !== claim.offset) {
        problems.push(`${source.id} ${claim.kind} ${JSON.stringify(claim.text)}: line ${claim.line} column ${claim.column} is not offset ${claim.offset}`);
      }
    }
  }
  const invalid = validate?.(JSON.parse(JSON.stringify(report)));
  if (invalid) problems.push(`schema: ${invalid}`);
  return problems;
}

/**
 * A report with order-free content: claims per source, facts and shared
 * origins by content; lists of source ids are sets. With `strict: false`
 * fact labels, quote-fact speakers and people's canonical names are left
 * out (they once depended on source order; fixed, and checked by default).
 */
export function canonical(report: Report, strict = true): unknown {
  const claimKey = new Map<string, string>();
  const sources = [...report.sources]
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((s: Source) => {
      const claims = s.claims.map((c: Claim) => {
        const { id, ...rest } = c;
        const key = JSON.stringify(strict || rest.kind !== 'quote' ? rest : { ...rest, speaker: undefined });
        claimKey.set(`${s.id}\u0000${id}`, key);
        return key;
      });
      const { claims: _c, people, ...rest } = s;
      return { ...rest, people: strict ? people : people.map(({ name: _n, ...p }) => p), claims };
    });
  const facts = report.comparison.facts
    .map((f: Fact) => {
      const { id: _id, claims, missingFrom, label, values, speaker, ...rest } = f;
      const sortedValues = values ? Object.fromEntries(Object.entries(values).map(([v, sids]) => [v, [...sids].sort()])) : undefined;
      const byClaims = Object.keys(claims)
        .sort()
        .map((sid) => [sid, (claims[sid] ?? []).map((cid) => claimKey.get(`${sid}\u0000${cid}`) ?? cid).sort()]);
      return JSON.stringify({ ...sortKeys(rest), label: strict ? label : undefined, speaker: strict ? speaker : undefined, values: sortedValues && sortKeys(sortedValues), claims: byClaims, missingFrom: [...missingFrom].sort() });
    })
    .sort();
  const sameOrigin = report.comparison.sameOrigin.map((o) => JSON.stringify({ sources: [...o.sources].sort(), similarity: o.similarity })).sort();
  return { sources, facts, sameOrigin };
}

function sortKeys(o: object): object {
  const entries = Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1));
  return Object.fromEntries(entries.map(([k, v]) => [k, v && typeof v === 'object' && !Array.isArray(v) ? sortKeys(v as object) : v]));
}

/** Runs analyze on the documents and on them reversed; the problems found. */
export function checkCorpus(documents: Document[], validate?: (r: unknown) => string | null, strict = true): string[] {
  const report = analyze(documents);
  const problems = reportProblems(documents, report, validate);
  if (documents.length > 1) {
    const reversed = analyze([...documents].reverse());
    const a = JSON.stringify(canonical(report, strict));
    const b = JSON.stringify(canonical(reversed, strict));
    if (a !== b) problems.push(`result depends on document order: ${firstDifference(a, b)}`);
  }
  return problems;
}

function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `…${a.slice(Math.max(0, i - 120), i + 80)}… vs …${b.slice(Math.max(0, i - 120), i + 80)}…`;
}
