// Builders for stage tests: a Document, CleanDocument or Segmented from a
// string, without running the other stages.
import { buildParagraphs } from '../src/clean/paragraphs.js';
import { segment } from '../src/segment/segment.js';
import type { CleanDocument, Document, Segmented } from '../src/types.js';
import { splitLines } from '../src/util/lines.js';

export function makeDoc(text: string, id = 'doc', path = `${id}.txt`): Document {
  return { id, path, format: 'txt', text, warnings: [] };
}

/** A CleanDocument that keeps every line (title: none). */
export function keepAll(text: string, id = 'doc'): CleanDocument {
  const doc = makeDoc(text, id);
  const lines = splitLines(text);
  return {
    doc,
    lines,
    title: null,
    byline: [],
    outlet: null,
    publishedAt: null,
    removed: [],
    paragraphs: buildParagraphs(text, lines, new Set()),
    notes: [],
  };
}

/** Segments text as if every line were body text. */
export function seg(text: string, id = 'doc'): Segmented {
  return segment(keepAll(text, id));
}
