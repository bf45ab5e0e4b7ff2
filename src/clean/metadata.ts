// Metadata the text states: the agency or outlet it names and the date it
// says it was published. Read from every line, kept or removed, because the
// evidence usually sits in a removed line ("© Agency", "Published …").
// The text wins over container fields: the container of a repost often
// carries the reposting site's own name and crawl date.
import { loadData } from '../data.js';
import type { CleanDocument, MetaItem } from '../types.js';
import { normaliseDate, statedDate } from './dates.js';
import { bodyCore, zoneOf, type DocState } from './state.js';

interface OutletData {
  outletPatterns: { dateline: string; copyright: string; appearedFirst: string };
  datelineAgencyExclude: { words: string[] };
}

let outletRes: { dateline: RegExp; copyright: RegExp; appearedFirst: RegExp; exclude: Set<string> } | null = null;

function getOutletRes(): NonNullable<typeof outletRes> {
  if (!outletRes) {
    const d = loadData<OutletData>('clean-metadata');
    outletRes = {
      // Case matters for a dateline: "WASHINGTON (Reuters) -" names the agency in capitals.
      dateline: new RegExp(d.outletPatterns.dateline, 'u'),
      copyright: new RegExp(d.outletPatterns.copyright, 'iu'),
      appearedFirst: new RegExp(d.outletPatterns.appearedFirst, 'iu'),
      exclude: new Set(d.datelineAgencyExclude.words),
    };
  }
  return outletRes;
}

/** How many kept lines after the headline may carry the dateline. */
const DATELINE_LINES = 3;

/** Every outlet the text names, best first: the dateline agency, then "©" notices, then feed footers. */
export function outletItems(state: DocState): MetaItem[] {
  const res = getOutletRes();
  const out: MetaItem[] = [];
  const lead = state.nonBlank.filter((i) => i !== state.titleIndex && !state.removed.has(i)).slice(0, DATELINE_LINES);
  for (const i of lead) {
    const m = res.dateline.exec(state.info[i]!.folded);
    const name = m?.[1]?.trim();
    if (name && !res.exclude.has(name.toLowerCase())) {
      out.push({ kind: 'outlet', value: name, line: state.info[i]!.line.n });
      break;
    }
  }
  for (const re of [res.copyright, res.appearedFirst]) {
    for (const i of state.nonBlank) {
      const folded = state.info[i]!.folded;
      if (state.info[i]!.f.words > 120) continue;
      const name = re.exec(folded)?.[1]?.trim().replace(/[.,;:]+$/u, '');
      if (name) out.push({ kind: 'outlet', value: name, line: state.info[i]!.line.n });
    }
  }
  return out;
}

export function findOutlet(state: DocState, items: MetaItem[] = outletItems(state)): string | null {
  return items[0]?.value ?? state.doc.meta?.outlet ?? null;
}

/** The publication date the page states, an update stamp only when it states none. */
export function textPublishedAt(state: DocState): CleanDocument['publishedAt'] {
  const core = bodyCore(state);
  let updated: CleanDocument['publishedAt'] = null;
  for (const i of state.nonBlank) {
    const li = state.info[i]!;
    if (li.f.words > 15 || zoneOf(state, i, core) === 'body') continue;
    const stated = statedDate(li.folded);
    if (!stated) continue;
    if (stated.kind !== 'updated') return { value: stated.value, line: li.line.n };
    updated ??= { value: stated.value, line: li.line.n };
  }
  return updated;
}

export function findPublishedAt(state: DocState, fromText: CleanDocument['publishedAt'] = textPublishedAt(state)): CleanDocument['publishedAt'] {
  if (fromText) return fromText;
  const meta = state.doc.meta?.publishedAt;
  const metaDate = meta ? normaliseDate(meta) : null;
  return metaDate ? { value: metaDate, line: null } : null;
}
