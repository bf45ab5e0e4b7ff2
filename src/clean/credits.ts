// Picture credits as metadata: the credit text of each removed credit line,
// and the credit a caption carries inside it ("… (Photo: Jane Roe / AFP)",
// "… March 3. REUTERS/Jane Roe", "… (AP Photo/Jane Roe)").
import type { MetaItem } from '../types.js';
import type { DocState } from './state.js';

/** Labels in front of a credit: "Photo:", "Image source,", "Credit:", "Photo by". */
const LABEL = /^\(?\s*(?:(?:photo|image|picture|photograph|video|illustration|graphic)s?(?:\s(?:credit|source|copyright))?|credit|source)\s*(?:[:,]|\bby\b)\s*/iu;
const PAREN_CREDIT = /\((?:photo|image|picture|photograph|foto|credit)s?(?: credit)?\s*:\s*([^()]{1,80})\)\.?$/iu;
const AGENCY_CREDIT = /[.!]\s+((?:reuters|afp|ap|ap photo|epa|epa-efe|efe|xinhua|anadolu|getty images|pool)\s*\/\s*[^.!?/]{1,60})$/iu;
/** "(AP Photo/Jane Roe)", "(Jane Roe/AFP via Getty Images)": the parenthesised credit at a caption's end. */
const PAREN_AGENCY = /\(([^()]{1,60}(?:\/|\bvia\s)[^()]{1,60})\)\.?$/iu;
/** "… on Tuesday. Photo: Jane Roe/AFP" */
const LABEL_CREDIT = /[.!]\s+(?:photo|image|picture|photograph|foto)s?(?: credit)?\s*:\s*([^.!?]{1,80})$/iu;

function tidy(text: string): string {
  return text.replace(LABEL, '').replace(/^\(|\)$/gu, '').trim();
}

/** The credit text a line holds, or null. */
export function creditIn(folded: string, reason: string): string | null {
  if (reason === 'photo-credit') return tidy(folded) || null;
  const m = PAREN_CREDIT.exec(folded) ?? AGENCY_CREDIT.exec(folded) ?? PAREN_AGENCY.exec(folded) ?? LABEL_CREDIT.exec(folded);
  return m ? m[1]!.trim() : null;
}

export function creditItems(state: DocState): MetaItem[] {
  const out: MetaItem[] = [];
  for (const [i, v] of [...state.removed].sort(([a], [b]) => a - b)) {
    if (v.reason !== 'photo-credit' && v.reason !== 'photo-caption') continue;
    const li = state.info[i]!;
    const credit = creditIn(li.folded, v.reason);
    if (credit) out.push({ kind: 'photo-credit', value: credit, line: li.line.n });
  }
  return out;
}
