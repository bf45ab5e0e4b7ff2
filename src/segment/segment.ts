import { unified } from 'unified';
import retextEnglish from 'retext-english';
import type { Root, Sentence as NlcstSentence } from 'nlcst';
import type { CleanDocument, Paragraph, Segmented, SegmentedParagraph, Sentence, Span } from '../types.js';
import { positionFinder } from '../util/lines.js';

// One parser for the process; retext is re-entrant. We parse paragraph by
// paragraph: the parser is super-linear on one huge string (DESIGN.md).
const parser = unified().use(retextEnglish);

/** Splits every kept paragraph into sentences and words, with offsets into the file. */
export function segment(clean: CleanDocument): Segmented {
  // The headline is metadata, not body, but what it claims ("X expressed
  // “deep concern”") is part of the article, so it is segmented first.
  const units = clean.title ? [titleParagraph(clean), ...clean.paragraphs] : clean.paragraphs;
  const paragraphs = units.map((p): SegmentedParagraph => {
    const sentences: Sentence[] = [];
    for (const [from, to] of chunks(p.text)) {
      const text = p.text.slice(from, to);
      const tree = parser.parse(text) as Root;
      for (const para of tree.children) {
        if (para.type !== 'ParagraphNode') continue;
        for (const node of para.children) {
          if (node.type !== 'SentenceNode') continue;
          sentences.push(toSentence(node, text, p.start + from));
        }
      }
    }
    return { start: p.start, end: p.end, text: p.text, lineStart: p.lineStart, lineEnd: p.lineEnd, sentences };
  });
  return { clean, paragraphs, position: positionFinder(clean.lines) };
}

/** Longest text handed to the parser at once. */
const MAX_CHUNK = 16_000;

/**
 * Cuts a very long paragraph (scraped text with no line breaks) into pieces
 * the parser handles in linear time — it is super-linear on one huge string
 * and overflows its stack on a huge single "word". Cuts fall after a
 * sentence end if there is one, else after a space, else anywhere.
 */
function chunks(text: string): [number, number][] {
  if (text.length <= MAX_CHUNK) return [[0, text.length]];
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > MAX_CHUNK) {
    const window = text.slice(from, from + MAX_CHUNK);
    let cut = Math.max(window.lastIndexOf('. '), window.lastIndexOf('? '), window.lastIndexOf('! '));
    if (cut < MAX_CHUNK / 2) cut = window.lastIndexOf(' ');
    const to = cut > MAX_CHUNK / 2 ? from + cut + 1 : from + MAX_CHUNK;
    out.push([from, to]);
    from = to;
  }
  out.push([from, text.length]);
  return out;
}

function titleParagraph(clean: CleanDocument): Paragraph {
  const line = clean.lines[clean.title!.line - 1]!;
  return { start: line.start, end: line.start + line.text.length, lineStart: line.n, lineEnd: line.n, text: line.text };
}

function toSentence(node: NlcstSentence, text: string, base: number): Sentence {
  const s = node.position!.start.offset!;
  const e = node.position!.end.offset!;
  const words: Span[] = [];
  for (const child of node.children) {
    if (child.type !== 'WordNode') continue;
    const ws = child.position!.start.offset!;
    const we = child.position!.end.offset!;
    words.push({ start: base + ws, end: base + we, text: text.slice(ws, we) });
  }
  return { start: base + s, end: base + e, text: text.slice(s, e), words };
}
