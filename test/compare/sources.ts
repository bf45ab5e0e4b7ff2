// Hand-made sources for comparison tests: only the fields compare() reads matter.
import type { DateClaim, QuantityClaim, QuoteClaim, Source } from '../../src/types.js';

let offset = 0;

export function source(id: string, claims: Source['claims'], fingerprint?: number[][]): Source {
  return {
    id,
    path: `${id}.txt`,
    title: `Title of ${id}`,
    titleLine: 1,
    publishedAt: null,
    publishedAtBasis: null,
    byline: [],
    outlet: null,
    stats: { lines: 10, words: 100 },
    removed: [],
    warnings: [],
    claims,
    people: [],
    fingerprint,
  };
}

export function qty(id: string, value: number | null, unit: string, context: string[], text = `${value} ${unit}`): QuantityClaim {
  return { id, kind: 'quantity', line: 1, column: 1, offset: offset++, text, value, valueMax: null, unit, unitText: unit, qualifier: 'exact', attributedTo: null, context };
}

export function date(id: string, resolved: string, context: string[], text = resolved): DateClaim {
  const precision = resolved.length === 10 ? 'day' : resolved.length === 7 ? 'month' : 'year';
  return { id, kind: 'date', line: 1, column: 1, offset: offset++, text, resolved, precision, context };
}

export function quote(id: string, text: string, speaker: string | null): QuoteClaim {
  return { id, kind: 'quote', line: 1, column: 1, offset: offset++, text, speaker, speakerText: speaker, partial: false };
}
