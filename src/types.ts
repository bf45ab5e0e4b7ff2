// The plain data that flows between the pipeline stages (see DESIGN.md).
// Every offset is a 0-based index into Document.text (the decoded file, line
// ends untouched); every line and column is 1-based.

export type InputFormat = 'txt' | 'md' | 'html' | 'json' | 'jsonl';

/** A decoded input file. Produced by corpus/, the only stage that does I/O. */
export interface Document {
  /** File stem, made unique across the batch. */
  id: string;
  /** The stem before it was made unique (shards of one batch reconcile ids with it). */
  stem?: string;
  path: string;
  format: InputFormat;
  text: string;
  /** Non-fatal problems met while reading (invalid bytes replaced, …). */
  warnings: string[];
  /** Metadata given by the container format (JSON fields), if any. */
  meta?: { title?: string; publishedAt?: string; outlet?: string; url?: string; authors?: string[] };
}

export type SkipReason = 'binary' | 'empty' | 'unreadable' | 'too-large' | 'unsupported';

export interface Skipped {
  path: string;
  reason: SkipReason;
  message: string;
}

/** One line of the file, without its terminator. */
export interface Line {
  /** 1-based line number. */
  n: number;
  /** Offset of the first character of the line. */
  start: number;
  text: string;
}

export interface Removal {
  line: number;
  text: string;
  /** Rule id, e.g. "comment-prompt", "repeated-line". */
  reason: string;
  /** Human-readable evidence, e.g. "repeated in 4 of 5 documents". */
  evidence?: string;
}

/** A run of consecutive kept, non-blank lines: the unit handed to segment. */
export interface Paragraph {
  start: number;
  end: number;
  /** First and last 1-based line numbers. */
  lineStart: number;
  lineEnd: number;
  /** Exactly Document.text.slice(start, end). */
  text: string;
}

/** A piece of article metadata the clean stage found, and where. */
export interface MetaItem {
  kind: 'title' | 'byline' | 'contributor' | 'photo-credit' | 'outlet' | 'published' | 'url';
  value: string;
  /** 1-based line it came from; null when it came from container metadata (JSON fields, HTML meta tags). */
  line: number | null;
}

export interface CleanDocument {
  doc: Document;
  lines: Line[];
  title: { text: string; line: number } | null;
  byline: string[];
  outlet: string | null;
  /** A publication date the text or metadata states outright (YYYY-MM-DD). */
  publishedAt: { value: string; line: number | null } | null;
  removed: Removal[];
  paragraphs: Paragraph[];
  /** Set when a safety rule kept lines that the rules wanted to remove. */
  notes: string[];
  /** Every piece of metadata found, each with its line (title, bylines, credits, outlet, date). */
  metadata?: MetaItem[];
}

export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Sentence extends Span {
  words: Span[];
}

export interface SegmentedParagraph extends Span {
  lineStart: number;
  lineEnd: number;
  sentences: Sentence[];
}

export interface Segmented {
  clean: CleanDocument;
  paragraphs: SegmentedParagraph[];
  /** Maps an offset to its 1-based line and column. */
  position(offset: number): { line: number; column: number };
}

export type Qualifier = 'exact' | 'about' | 'up-to' | 'more-than' | 'at-least' | 'less-than' | 'range' | 'vague';

export type Precision = 'day' | 'month' | 'year';

interface ClaimBase {
  id: string;
  line: number;
  column: number;
  offset: number;
  /** Exactly Document.text.slice(offset, offset + text.length). */
  text: string;
}

export interface QuantityClaim extends ClaimBase {
  kind: 'quantity';
  value: number | null;
  valueMax: number | null;
  /** Canonical unit (soldiers/men/personnel/forces fold into "troops"). */
  unit: string;
  /** The unit as written. */
  unitText: string;
  qualifier: Qualifier;
  attributedTo: string | null;
  /** A few content words around the figure that say what is counted. */
  context: string[];
}

export interface DateClaim extends ClaimBase {
  kind: 'date';
  /** YYYY-MM-DD, YYYY-MM or YYYY; null when too vague to pin down. */
  resolved: string | null;
  precision: Precision | null;
  /** A few content words around the date that say what happened then. */
  context: string[];
}

export interface QuoteClaim extends ClaimBase {
  kind: 'quote';
  /** The resolved person (canonical name) or role; null when unknown. */
  speaker: string | null;
  /** The words the article uses for the speaker. */
  speakerText: string | null;
  partial: boolean;
}

export type Claim = QuantityClaim | DateClaim | QuoteClaim;

export interface Person {
  name: string;
  mentions: string[];
  role: string | null;
}

export interface Source {
  id: string;
  path: string;
  title: string | null;
  titleLine: number | null;
  publishedAt: string | null;
  /** How publishedAt was found: "metadata", "text", "inferred", "reference-date" or null. */
  publishedAtBasis: string | null;
  byline: string[];
  outlet: string | null;
  /** Input format; for html/json inputs offsets are into the extracted article text, not the raw file. */
  format?: InputFormat;
  metadata?: MetaItem[];
  stats: { lines: number; words: number };
  removed: Removal[];
  warnings: string[];
  claims: Claim[];
  people: Person[];
  /**
   * Per body paragraph, hashes of its stemmed content words: what the
   * shared-origin check compares. Carried by `extract` output so a separate
   * `compare` run can use it; dropped from the final report.
   */
  fingerprint?: number[][];
}

export type FactStatus = 'agree' | 'conflict' | 'single-source';

export interface Fact {
  id: string;
  kind: 'quantity' | 'date' | 'quote';
  label: string;
  status: FactStatus;
  /** sourceId → claim ids. */
  claims: Record<string, string[]>;
  missingFrom: string[];
  /** The distinct values the sources give (figures, resolved dates). */
  values?: Record<string, string[]>;
  speaker?: string | null;
  unit?: string;
}

export interface SameOrigin {
  sources: string[];
  similarity: number;
}

export interface Comparison {
  facts: Fact[];
  sameOrigin: SameOrigin[];
}

export interface Report {
  schemaVersion: 1;
  tool: { name: string; version: string };
  corpus: { inputs: string[]; files: number; skipped: Skipped[] };
  sources: Source[];
  comparison: Comparison;
}

export interface AnalyzeOptions {
  /** YYYY-MM-DD: overrides every article's inferred publication date. */
  referenceDate?: string;
  inputs?: string[];
  skipped?: Skipped[];
  toolVersion?: string;
  /** The configuration's extra boilerplate patterns and speech verbs. */
  extensions?: { boilerplate?: { id: string; pattern: string; note?: string }[]; speechVerbs?: string[] };
}

/** What an extractor returns: line, column and id are filled in by extract/. */
export type Draft<T extends Claim> = Omit<T, 'id' | 'line' | 'column'>;

export interface QuoteDraft extends Draft<QuoteClaim> {
  /**
   * The name or role the quote is attributed to after following pronouns and
   * continuation paragraphs back to a named speaker ("Okafor", "the White
   * House", "senior administration official"); resolved to a Person later.
   */
  speakerName: string | null;
}

/** The date every relative date of one article is resolved against. */
export interface ReferenceDate {
  date: string;
  /** "reference-date" (flag), "metadata", "text", "inferred" or "corpus". */
  basis: string;
}
