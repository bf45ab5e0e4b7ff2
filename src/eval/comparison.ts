// The cross-source half of the key (corpus.json) against report.comparison.
// Facts name claims by id; the claims themselves live in report.sources.
import type { Claim, Fact, Report } from '../types.js';
import type { GoldAgreement, GoldConflict, GoldCorpus } from './gold.js';
import { baseName, dateWithin, foldUnit, sameNumber, stem } from './text.js';
import type { ComparisonItem, ComparisonScore, RejectedConflict } from './types.js';

interface Lookup {
  /** corpus.json source id → report source id (null when the report lacks it). */
  source(id: string): string | null;
  /** The claims a fact holds from one report source. */
  claims(fact: Fact, sourceId: string | null): Claim[];
  /** Every claim a fact holds. */
  all(fact: Fact): Claim[];
}

function lookup(report: Report): Lookup {
  const byStem = new Map(report.sources.map((s) => [stem(baseName(s.path)), s.id]));
  const ids = new Set(report.sources.map((s) => s.id));
  const claimIndex = new Map(report.sources.map((s) => [s.id, new Map(s.claims.map((c) => [c.id, c]))]));
  const claims = (fact: Fact, sourceId: string | null): Claim[] => {
    if (sourceId === null) return [];
    const index = claimIndex.get(sourceId);
    return (fact.claims[sourceId] ?? []).flatMap((id) => {
      const c = index?.get(id);
      return c ? [c] : [];
    });
  };
  return {
    // The key names sources by file stem; the report's ids are stems made unique.
    source: (id) => byStem.get(id) ?? (ids.has(id) ? id : null),
    claims,
    all: (fact) => Object.keys(fact.claims).flatMap((s) => claims(fact, s)),
  };
}

function quantityIs(c: Claim, value: number, unit: string | undefined): boolean {
  return c.kind === 'quantity' && c.value !== null && sameNumber(c.value, value) && (unit === undefined || foldUnit(c.unit) === foldUnit(unit));
}

function dateIs(c: Claim, resolved: string): boolean {
  return c.kind === 'date' && dateWithin(c.resolved, resolved);
}

/** Whether a claim of source `corpusId` carries what the agreement lists for it. */
function fitsAgreement(a: GoldAgreement, corpusId: string, c: Claim): boolean {
  if (a.kind === 'quantity') return quantityIs(c, a.value, a.unit);
  if (a.kind === 'date') return dateIs(c, a.resolved);
  return c.kind === 'quote' && c.line === a.lines[corpusId];
}

function agreementSources(a: GoldAgreement): string[] {
  return a.kind === 'quote' ? Object.keys(a.lines) : a.sources;
}

/**
 * An agreement is found when ONE fact of its kind holds, from every listed
 * source, a claim carrying the listed thing: a quantity with the listed value
 * and (folded) unit; a date resolving to the listed value or inside it
 * ("2014-03" for "2014"); a quote starting on the listed line of that source.
 * The fact's status is not required to be "agree": the same figure may sit in
 * a fact that is a conflict because another source gives another figure (the
 * key lists one figure both ways). The quote's speaker is scored elsewhere.
 */
function findAgreement(a: GoldAgreement, facts: readonly Fact[], look: Lookup): Fact | undefined {
  return facts.find(
    (f) =>
      f.kind === a.kind &&
      agreementSources(a).every((s) => look.claims(f, look.source(s)).some((c) => fitsAgreement(a, s, c))),
  );
}

function conflictValueIs(k: GoldConflict, value: string, c: Claim): boolean {
  return k.kind === 'quantity' ? quantityIs(c, Number(value), k.unit) : dateIs(c, value);
}

/**
 * A conflict is found when one fact of its kind has status "conflict" and
 * holds, for every listed value, a claim with that value from each source
 * listed under it.
 */
function findConflict(k: GoldConflict, facts: readonly Fact[], look: Lookup): Fact | undefined {
  return facts.find(
    (f) =>
      f.kind === k.kind &&
      f.status === 'conflict' &&
      Object.entries(k.values).every(([value, sources]) =>
        sources.every((s) => look.claims(f, look.source(s)).some((c) => conflictValueIs(k, value, c))),
      ),
  );
}

/** Shortens listed ids to their first "_" part when that stays unambiguous. */
function shortener(ids: readonly string[]): (id: string) => string {
  const heads = ids.map((id) => id.split('_')[0]!);
  const unique = new Set(heads).size === new Set(ids).size;
  return (id) => (unique ? id.split('_')[0]! : id);
}

function describeAgreement(a: GoldAgreement, short: (id: string) => string): string {
  if (a.kind === 'quote') {
    const at = Object.entries(a.lines).map(([s, l]) => `${short(s)}:${l}`).join(', ');
    return `quote by ${a.speaker} "${a.gist}" [${at}]`;
  }
  const value = a.kind === 'quantity' ? `${a.value} ${a.unit}` : a.resolved;
  return `${a.kind} ${value} (${a.what}) [${a.sources.map(short).join(', ')}]`;
}

function describeConflict(k: GoldConflict, short: (id: string) => string): string {
  const values = Object.entries(k.values).map(([v, s]) => `${v}${k.unit ? ` ${k.unit}` : ''} [${s.map(short).join(', ')}]`);
  return `${k.kind} ${values.join(' vs ')} (${k.what})`;
}

/**
 * corpus.json's wouldReject is prose; we score it with two general rules
 * over every reported conflict the key does not list:
 * 1. it merges two things the key says are distinct: its claims carry the
 *    values of two different agreements (e.g. two figures that each have
 *    their own agreement, or quotes from two agreed quotes);
 * 2. it is a date conflict between the event's own date (corpus.json
 *    event.date) and any other date: the event date is settled, so the other
 *    date belongs to another event.
 */
function rejectReason(f: Fact, corpus: GoldCorpus, look: Lookup): string | null {
  const claims = look.all(f);
  // The claims of the fact that carry each agreement's value (quotes: on its lines).
  const fitting = corpus.agreements
    .filter((a) => a.kind === f.kind)
    .map((a) => ({
      a,
      claims: new Set(
        a.kind === 'quote'
          ? Object.keys(a.lines).flatMap((s) => look.claims(f, look.source(s)).filter((c) => fitsAgreement(a, s, c)))
          : claims.filter((c) => fitsAgreement(a, '', c)),
      ),
    }))
    .filter((x) => x.claims.size > 0);
  // Two agreements count as merged only through claims that fit one and not
  // the other ("2021" and "2021-12-07" both fit a claim of 2021-12-07).
  const only = (x: Set<Claim>, y: Set<Claim>): boolean => [...x].some((c) => !y.has(c));
  for (const [i, x] of fitting.entries()) {
    for (const y of fitting.slice(i + 1)) {
      if (only(x.claims, y.claims) && only(y.claims, x.claims)) {
        const what = (a: GoldAgreement): string => (a.kind === 'quote' ? a.gist : a.what);
        return `merges distinct facts: ${what(x.a)} / ${what(y.a)}`;
      }
    }
  }
  if (f.kind === 'date') {
    const values = new Set(claims.flatMap((c) => (c.kind === 'date' && c.resolved !== null ? [c.resolved] : [])));
    if (values.has(corpus.event.date) && values.size > 1) {
      const others = [...values].filter((v) => v !== corpus.event.date);
      return `sets the event date ${corpus.event.date} against ${others.join(', ')}`;
    }
  }
  return null;
}

export function scoreComparison(report: Report, corpus: GoldCorpus): ComparisonScore {
  const look = lookup(report);
  const facts = report.comparison.facts;
  const allIds = [
    ...corpus.sameOrigin.flatMap((o) => o.sources),
    ...corpus.agreements.flatMap(agreementSources),
    ...corpus.conflicts.flatMap((k) => Object.values(k.values).flat()),
  ];
  const short = shortener([...new Set(allIds)]);
  const items: ComparisonItem[] = [];
  for (const a of corpus.agreements) {
    const f = findAgreement(a, facts, look);
    items.push({ type: 'agreement', kind: a.kind, description: describeAgreement(a, short), found: f !== undefined, factId: f?.id ?? null });
  }
  const listedConflicts = new Set<string>();
  for (const k of corpus.conflicts) {
    const f = findConflict(k, facts, look);
    if (f) listedConflicts.add(f.id);
    items.push({ type: 'conflict', kind: k.kind, description: describeConflict(k, short), found: f !== undefined, factId: f?.id ?? null });
  }
  for (const o of corpus.sameOrigin) {
    const ids = o.sources.map(look.source);
    // Found when one reported group holds every listed source (a larger group still shows the pair).
    const found = report.comparison.sameOrigin.some((g) => ids.every((id) => id !== null && g.sources.includes(id)));
    items.push({ type: 'sameOrigin', kind: null, description: `same origin [${o.sources.map(short).join(', ')}]`, found, factId: null });
  }
  const conflicts = facts.filter((f) => f.status === 'conflict');
  const rejected: RejectedConflict[] = [];
  const unlisted: ComparisonScore['unlisted'] = [];
  for (const f of conflicts) {
    if (listedConflicts.has(f.id)) continue;
    const reason = rejectReason(f, corpus, look);
    if (reason === null) unlisted.push({ factId: f.id, label: f.label });
    else rejected.push({ factId: f.id, label: f.label, reason });
  }
  return {
    items,
    found: items.filter((i) => i.found).length,
    total: items.length,
    reportedConflicts: conflicts.length,
    rejected,
    unlisted,
  };
}
