// What the scorer returns: plain data, so format.ts and --json share it.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Pooled counts with their ratios; a ratio is null when its denominator is 0. */
export interface StageScore extends Counts {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

export interface Accuracy {
  correct: number;
  total: number;
  rate: number | null;
}

export type Stage = 'boilerplate' | 'quantities' | 'dates' | 'quotes' | 'people' | 'title';

/**
 * One thing a developer may want to look at: a gold item missed, a predicted
 * item nothing in the key accounts for, or a match whose attribute is wrong.
 */
export interface Issue {
  stage: Stage;
  type: 'missed' | 'spurious' | 'merge' | 'split' | 'qualifier' | 'source' | 'resolution' | 'speaker' | 'title';
  line: number | null;
  text: string;
  expected?: string;
  got?: string;
}

export interface FileScore {
  /** The gold file's `file`. */
  file: string;
  /** The report source it was paired with; null when the report has none. */
  sourceId: string | null;
  boilerplate: Counts;
  /**
   * Body lines (non-blank, not gold boilerplate, not the gold title line) the
   * report kept; null when the scorer was not given the article's text.
   */
  body: Accuracy | null;
  quantities: Counts;
  dates: Counts;
  quotes: Counts;
  people: Counts;
  /** Predictions absorbed by optional or removed-boilerplate gold items: neither TP nor FP. */
  neutral: number;
  issues: Issue[];
}

export interface ComparisonItem {
  type: 'agreement' | 'conflict' | 'sameOrigin';
  kind: 'quantity' | 'date' | 'quote' | null;
  description: string;
  found: boolean;
  /** The report fact that satisfied it, if any. */
  factId: string | null;
}

export interface RejectedConflict {
  factId: string;
  label: string;
  reason: string;
}

export interface ComparisonScore {
  items: ComparisonItem[];
  found: number;
  total: number;
  /** Facts with status "conflict" in the report. */
  reportedConflicts: number;
  rejected: RejectedConflict[];
  /** Reported conflicts the key neither lists nor rejects: for a human to judge. */
  unlisted: Array<{ factId: string; label: string }>;
}

export interface Scores {
  files: FileScore[];
  /** Report sources no gold file pairs with (not scored). */
  unscoredSources: string[];
  boilerplate: StageScore;
  /** Body-line recall pooled over the files whose text the scorer had; null when it had none. */
  body: Accuracy | null;
  quantities: StageScore;
  dates: StageScore;
  quotes: StageScore;
  people: StageScore;
  qualifier: Accuracy;
  /** Figures credited to the key's source (an extra measure; see claims.ts scoreQuantitySources). */
  source: Accuracy;
  resolution: Accuracy;
  speaker: Accuracy;
  title: Accuracy;
  comparison: ComparisonScore | null;
}
