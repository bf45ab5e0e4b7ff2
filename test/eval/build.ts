// Builders for hand-made reports and answer keys in the scorer's tests.
import type { GoldCorpus, GoldFile } from '../../src/eval/gold.js';
import type { DateClaim, Fact, Person, QuantityClaim, QuoteClaim, Removal, Report, Source } from '../../src/types.js';

let next = 0;
const id = (): string => `c${++next}`;

export function qty(line: number, text: string, value: number | null, unit: string, qualifier: QuantityClaim['qualifier'] = 'exact', cid = id()): QuantityClaim {
  return { id: cid, kind: 'quantity', line, column: 1, offset: 0, text, value, valueMax: null, unit, unitText: unit, qualifier, attributedTo: null, context: [] };
}

export function date(line: number, text: string, resolved: string | null, cid = id()): DateClaim {
  return { id: cid, kind: 'date', line, column: 1, offset: 0, text, resolved, precision: null, context: [] };
}

export function quote(line: number, text: string, speaker: string | null, cid = id()): QuoteClaim {
  return { id: cid, kind: 'quote', line, column: 1, offset: 0, text, speaker, speakerText: speaker, partial: false };
}

export function person(name: string, mentions: string[] = [name]): Person {
  return { name, mentions, role: null };
}

export function removal(line: number, text = `boilerplate line ${line}`): Removal {
  return { line, text, reason: 'test' };
}

export function source(sid: string, parts: Partial<Source> = {}): Source {
  return {
    id: sid,
    path: `articles/${sid}.txt`,
    title: null,
    titleLine: 1,
    publishedAt: null,
    publishedAtBasis: null,
    byline: [],
    outlet: null,
    stats: { lines: 0, words: 0 },
    removed: [],
    warnings: [],
    claims: [],
    people: [],
    ...parts,
  };
}

export function report(sources: Source[], facts: Fact[] = [], sameOrigin: Report['comparison']['sameOrigin'] = []): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'corpus-diff', version: 'test' },
    corpus: { inputs: [], files: sources.length, skipped: [] },
    sources,
    comparison: { facts, sameOrigin },
  };
}

export function gold(sid: string, parts: Partial<GoldFile> = {}): GoldFile {
  return {
    file: `${sid}.txt`,
    title: 'A headline',
    titleLine: 1,
    context: { assumedPublicationDate: '2030-03-04' },
    boilerplate: [],
    quantities: [],
    dates: [],
    quotes: [],
    people: [],
    ...parts,
  };
}

export function fact(fid: string, kind: Fact['kind'], status: Fact['status'], claims: Record<string, string[]>): Fact {
  return { id: fid, kind, label: fid, status, claims, missingFrom: [] };
}

export function corpus(parts: Partial<GoldCorpus> = {}): GoldCorpus {
  return { event: { what: 'the summit', date: '2030-03-05' }, sameOrigin: [], agreements: [], conflicts: [], wouldReject: [], ...parts };
}
