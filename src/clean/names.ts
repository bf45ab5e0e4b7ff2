// Person-name shape for bylines: a lone short line such as "Jane Doe" near
// the top, or the names in "By Jane Doe and John Roe" and "X and Y
// contributed to this report". A shape test, not a list of names: two to
// four capitalised words, name particles allowed, no function words and no
// words that mark an organisation, a place or a section label.
import { loadData } from '../data.js';
import { getLanguages } from './features.js';

interface MetadataLexicon {
  nameParticles: { words: string[] };
  notNameWords: { words: string[] };
}

let lexicon: { particles: Set<string>; notName: Set<string> } | null = null;

function getLexicon(): { particles: Set<string>; notName: Set<string> } {
  if (!lexicon) {
    const data = loadData<MetadataLexicon>('clean-metadata');
    lexicon = { particles: new Set(data.nameParticles.words), notName: new Set(data.notNameWords.words) };
  }
  return lexicon;
}

const NAME_WORD = /^(?:\p{Lu}[\p{Ll}\p{M}]+(?:['’-]\p{Lu}?[\p{Ll}\p{M}]+){0,2}|\p{Lu}{2,}(?:['’-]\p{Lu}{2,}){0,2}|\p{Lu}\.(?:\p{Lu}\.)?|Mc\p{Lu}[\p{Ll}]+|Ma?c\p{Lu}[\p{Ll}]+)$/u;

/** True when the text is shaped like one person's name ("Jane Doe", "J. R. Smith", "Ana de la Cruz"). */
export function isPersonName(text: string): boolean {
  const parts = text.trim().split(/\s+/u);
  if (parts.length < 2 || parts.length > 4) return false;
  const { particles, notName } = getLexicon();
  const english = getLanguages().sets[getLanguages().ids.indexOf('en')];
  let capitalised = 0;
  for (const [i, part] of parts.entries()) {
    const lower = part.toLowerCase().replace(/\.$/u, '');
    if (notName.has(lower)) return false;
    if (particles.has(part) && i > 0 && i < parts.length - 1) continue;
    if (!NAME_WORD.test(part)) return false;
    if (part.length > 2 && english?.has(lower)) return false;
    capitalised++;
  }
  return capitalised >= 2;
}

/**
 * Splits a credit list ("Jane Doe, John Roe and Ann Poe") into person names.
 * A piece that is not a name as a whole gives the name-shaped runs inside it
 * ("Associated Press writer Mark Smith in Moscow" → "Mark Smith").
 */
export function namesIn(list: string): string[] {
  const out: string[] = [];
  for (const raw of list.split(/\s*(?:,|;|&|\band\b|\|)\s*/u)) {
    const piece = raw.trim().replace(/[.,;:]+$/u, '');
    if (piece === '') continue;
    if (isPersonName(piece)) out.push(piece);
    else out.push(...nameRuns(piece));
  }
  return out;
}

/** Runs of capitalised words in one letter case (a change of case ends a name: "JOHN ROE Associated"). */
function nameRuns(piece: string): string[] {
  const found: string[] = [];
  let run: string[] = [];
  let upper: boolean | null = null;
  const flush = (): void => {
    for (let len = Math.min(4, run.length); len >= 2; len--) {
      const candidate = run.slice(0, len).join(' ');
      if (isPersonName(candidate)) {
        found.push(candidate);
        break;
      }
    }
    run = [];
    upper = null;
  };
  for (const token of piece.split(/\s+/u)) {
    const capital = /^\p{Lu}/u.test(token);
    const allCaps = /^\p{Lu}{2,}$/u.test(token);
    if (!capital || (upper !== null && allCaps !== upper)) flush();
    if (capital) {
      run.push(token);
      upper = allCaps;
    }
  }
  flush();
  return found;
}
