// The answer key's shape (fixtures/gold/README.md) and its loader. The loader
// is the only I/O of the scorer; it checks the fields the rules read so a typo
// in a hand-edited key fails loudly instead of silently scoring zero.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Flags any gold item may carry. */
export interface GoldFlags {
  /** May be missed without penalty; not a false positive when found. */
  optional?: boolean;
  /** Sits on a boilerplate line (see score.ts for how removal changes that). */
  inBoilerplate?: boolean;
  note?: string;
}

export interface GoldBoilerplate {
  line: number;
  text: string;
  kind: string;
  note?: string;
}

export interface GoldQuantity extends GoldFlags {
  line: number;
  text: string;
  /** null for vague amounts ("tens of thousands"). */
  value: number | null;
  unit: string;
  /** Our qualifiers plus a few the key uses for vague counts ("tens-of-thousands", "thousands"). */
  qualifier: string;
  attributedTo: string | null;
}

export interface GoldDate extends GoldFlags {
  line: number;
  text: string;
  /** YYYY-MM-DD, YYYY-MM, YYYY or null. */
  resolved: string | null;
  refersTo: string;
}

export interface GoldQuote extends GoldFlags {
  /** The line the quote starts on. */
  line: number;
  text: string;
  speaker: string;
  partial: boolean;
  /** Lower-case strings; a predicted speaker containing any of them is right. */
  speakerAccept: string[];
}

export interface GoldPerson extends GoldFlags {
  name: string;
  /** Surface forms, garbles included. */
  mentions: string[];
  role: string | null;
}

export interface GoldContext {
  assumedPublicationDate: string;
  publicationBasis?: string;
  likelyOriginal?: string;
}

export interface GoldFile {
  /** File name of the article (basename, with extension). */
  file: string;
  title: string;
  titleLine: number;
  context: GoldContext;
  boilerplate: GoldBoilerplate[];
  quantities: GoldQuantity[];
  dates: GoldDate[];
  quotes: GoldQuote[];
  people: GoldPerson[];
  /** Names neither rewarded nor penalised (translation debris). */
  ignorePeople?: string[];
  notes?: string[];
}

export interface GoldQuantityAgreement {
  kind: 'quantity';
  value: number;
  unit: string;
  what: string;
  sources: string[];
}

export interface GoldDateAgreement {
  kind: 'date';
  resolved: string;
  what: string;
  sources: string[];
}

export interface GoldQuoteAgreement {
  kind: 'quote';
  speaker: string;
  gist: string;
  /** sourceId → the line the quote starts on in that source. */
  lines: Record<string, number>;
}

export type GoldAgreement = GoldQuantityAgreement | GoldDateAgreement | GoldQuoteAgreement;

export interface GoldConflict {
  kind: 'quantity' | 'date';
  what: string;
  /** Quantities only. */
  unit?: string;
  /** value (a number or resolved date, as a string) → the sources that give it. */
  values: Record<string, string[]>;
  note?: string;
}

export interface GoldSameOrigin {
  sources: string[];
  note?: string;
}

export interface GoldCorpus {
  event: { what: string; date: string };
  sameOrigin: GoldSameOrigin[];
  agreements: GoldAgreement[];
  conflicts: GoldConflict[];
  /** Prose; score.ts turns it into general rules (see comparison.ts). */
  wouldReject: string[];
}

export interface Gold {
  files: GoldFile[];
  corpus: GoldCorpus | null;
}

type Obj = Record<string, unknown>;

function fail(where: string, what: string): never {
  throw new Error(`gold ${where}: ${what}`);
}

function obj(v: unknown, where: string): Obj {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(where, 'expected an object');
  return v as Obj;
}

function arr(o: Obj, key: string, where: string, required = true): unknown[] {
  const v = o[key];
  if (v === undefined && !required) return [];
  if (!Array.isArray(v)) fail(where, `"${key}" must be an array`);
  return v;
}

function check(o: Obj, where: string, fields: Record<string, string>): void {
  for (const [key, type] of Object.entries(fields)) {
    const v = o[key];
    const ok = type.split('|').some((t) =>
      t === 'null' ? v === null : t === 'array' ? Array.isArray(v) : typeof v === t,
    );
    if (!ok) fail(where, `"${key}" must be ${type}`);
  }
}

function items<T>(o: Obj, key: string, where: string, fields: Record<string, string>): T[] {
  return arr(o, key, where).map((item, i) => {
    const it = obj(item, `${where} ${key}[${i}]`);
    check(it, `${where} ${key}[${i}]`, fields);
    return it as T;
  });
}

/** Checks one parsed *.gold.json; `where` names it in errors. */
export function parseGoldFile(json: unknown, where: string): GoldFile {
  const o = obj(json, where);
  check(o, where, { file: 'string', title: 'string', titleLine: 'number' });
  const context = obj(o.context, `${where} context`);
  check(context, `${where} context`, { assumedPublicationDate: 'string' });
  items(o, 'boilerplate', where, { line: 'number', text: 'string' });
  items(o, 'quantities', where, { line: 'number', text: 'string', value: 'number|null', unit: 'string', qualifier: 'string' });
  items(o, 'dates', where, { line: 'number', text: 'string', resolved: 'string|null' });
  items(o, 'quotes', where, { line: 'number', text: 'string', speakerAccept: 'array' });
  items(o, 'people', where, { name: 'string', mentions: 'array' });
  arr(o, 'ignorePeople', where, false);
  return o as unknown as GoldFile;
}

/** Checks a parsed corpus.json. */
export function parseGoldCorpus(json: unknown, where: string): GoldCorpus {
  const o = obj(json, where);
  check(obj(o.event, `${where} event`), `${where} event`, { date: 'string' });
  items(o, 'sameOrigin', where, { sources: 'array' });
  items(o, 'conflicts', where, { kind: 'string', values: 'object' });
  arr(o, 'wouldReject', where, false);
  for (const [i, a] of items<Obj>(o, 'agreements', where, { kind: 'string' }).entries()) {
    const at = `${where} agreements[${i}]`;
    if (a.kind === 'quantity') check(a, at, { value: 'number', unit: 'string', sources: 'array' });
    else if (a.kind === 'date') check(a, at, { resolved: 'string', sources: 'array' });
    else if (a.kind === 'quote') check(a, at, { lines: 'object' });
    else fail(at, `unknown kind "${String(a.kind)}"`);
  }
  return { wouldReject: [], ...o } as unknown as GoldCorpus;
}

/** Reads every *.gold.json of a folder (sorted by name) and its corpus.json if present. */
export function loadGold(dir: string): Gold {
  const names = readdirSync(dir).sort();
  const read = (name: string): unknown => JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown;
  const files = names.filter((n) => n.endsWith('.gold.json')).map((n) => parseGoldFile(read(n), n));
  const corpus = names.includes('corpus.json') ? parseGoldCorpus(read('corpus.json'), 'corpus.json') : null;
  return { files, corpus };
}
