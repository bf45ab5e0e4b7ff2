// The clean stage: which lines of each scraped article are story body, which
// are page furniture (and why), plus the metadata the text states (headline,
// byline, outlet, publication date). Per-document rules run first; the one
// cross-document rule (lines the batch repeats) runs after a barrier that
// counts lines over all documents.
import type { CleanDocument, Document, Removal } from '../types.js';
import { splitLines } from '../util/lines.js';
import { markCaptions } from './captions.js';
import { findOutlet, findPublishedAt, outletItems, textPublishedAt } from './metadata.js';
import { collectMetadata } from './meta-items.js';
import { buildParagraphs } from './paragraphs.js';
import { documentFrequency, markRepeated } from './repetition.js';
import { markBylines } from './byline.js';
import { markForeignLines } from './language.js';
import { markDatelines, markPatterns, markRelatedLinks, markWeakClusters } from './rules.js';
import { markLowScore } from './scores.js';
import { applySafety } from './safety.js';
import { prepare, type DocState } from './state.js';
import { findTitle, markAboveTitle, markRepeatedTitle } from './title.js';

export { RULE_IDS, type RuleId } from './rule-ids.js';

/** Rules that need only the document itself, in order of precedence. */
function perDocument(state: DocState): void {
  findTitle(state);
  markPatterns(state);
  markRepeatedTitle(state);
  markDatelines(state);
  markBylines(state);
  markAboveTitle(state);
  markForeignLines(state);
  markCaptions(state);
  markRelatedLinks(state);
}

/** Rules that look at the whole page shape, after the batch statistics. */
function afterBarrier(state: DocState, df: Map<string, number>, batchSize: number): void {
  markRepeated(state, df, batchSize);
  markLowScore(state);
  markWeakClusters(state);
}

function finish(state: DocState, lines: CleanDocument['lines']): CleanDocument {
  const notes = applySafety(state);
  const removed: Removal[] = [...state.removed]
    .sort(([a], [b]) => a - b)
    .map(([i, v]) => ({ line: state.info[i]!.line.n, text: state.info[i]!.line.text, reason: v.reason, evidence: v.evidence }));
  const skip = new Set(removed.map((r) => r.line));
  const title = state.titleIndex === null ? null : state.info[state.titleIndex]!;
  if (title) skip.add(title.line.n);
  const byline = [...new Set([...(state.doc.meta?.authors ?? []), ...state.byline])];
  const outlets = outletItems(state);
  const stated = textPublishedAt(state);
  return {
    doc: state.doc,
    lines,
    title: title ? { text: title.line.text.trim(), line: title.line.n } : null,
    byline,
    outlet: findOutlet(state, outlets),
    publishedAt: findPublishedAt(state, stated),
    removed,
    paragraphs: buildParagraphs(state.doc.text, lines, skip),
    notes,
    metadata: collectMetadata(state, outlets, stated),
  };
}

/** Cleans every document of the batch; pure (the batch statistics are local). */
export function cleanCorpus(docs: Document[]): CleanDocument[] {
  const prepared = docs.map((doc) => {
    const lines = splitLines(doc.text);
    const state = prepare(doc, lines);
    perDocument(state);
    return { state, lines };
  });
  const df = documentFrequency(prepared.map((p) => p.state));
  return prepared.map(({ state, lines }) => {
    afterBarrier(state, df, docs.length);
    return finish(state, lines);
  });
}

// The same stage split at its barrier, so the per-document halves can run in
// worker threads or on other machines (see pipeline/): first each document's
// template-line keys, then, with the batch's counts of those keys, the rest.

/**
 * Per-document work done for templateKeys, kept for the cleanDocument call
 * that follows in the same thread (taken once: the barrier rules mutate it).
 */
interface Prepared {
  state: DocState;
  lines: CleanDocument['lines'];
  /** The document's template-line keys (templateKeys), read again by cleanDocument. */
  keys: string[];
}

const prepared = new WeakMap<Document, Prepared>();

function preparedFor(doc: Document): Prepared {
  const lines = splitLines(doc.text);
  const state = prepare(doc, lines);
  perDocument(state);
  return { state, lines, keys: [...documentFrequency([state]).keys()] };
}

/** The keys of one document's template-like lines: its share of the batch statistics. */
export function templateKeys(doc: Document): string[] {
  const p = preparedFor(doc);
  prepared.set(doc, p);
  return [...p.keys];
}

/** Line statistics of a batch: in how many documents each template-like line occurs. */
export interface LineStats {
  documents: number;
  /** key → number of documents; only keys seen in at least one document. */
  df: Record<string, number>;
}

/** Cleans one document against the batch's line statistics (only its own keys are read). */
export function cleanDocument(doc: Document, stats: LineStats): CleanDocument {
  const { state, lines, keys } = prepared.get(doc) ?? preparedFor(doc);
  prepared.delete(doc);
  const df = new Map<string, number>();
  for (const key of keys) df.set(key, Object.hasOwn(stats.df, key) ? stats.df[key]! : 1);
  afterBarrier(state, df, stats.documents);
  return finish(state, lines);
}
