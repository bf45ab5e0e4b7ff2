// Finds the words that attribute a quotation inside its paragraph: a trailing
// clause ('“…,” X said' / '“…,” said X'), a leading one ('X said: “…”',
// 'X said that … “…”'), a possessive ('Beijing’s “core interests”') or
// 'according to X'; and the speech clauses of sentences without quotes, which
// later quotes may continue or refer back to.
import { HEADLINE_CHARS, pairMarks, type MarkedQuote } from './quote-marks.js';
import { DAY_PARTS, WEEKDAYS } from './dates/lexicon.js';
import { inList, lexicon, type SpeechVerb } from './quote-lexicon.js';
import { charClass, SPACE } from './people-tokens.js';
import { isAbbreviation, isCapitalized, isLowerInitial, sentenceStarts, tokenize, type Tok } from './quote-tokens.js';

export interface ParaCtx {
  index: number;
  base: number;
  text: string;
  quotes: MarkedQuote[];
  toks: Tok[];
  /** Per token: the index of the quote it lies in, or -1. */
  inQuote: number[];
  starts: number[];
  /** Where leading() left off in its last scan (see LeadScan). */
  leadScan?: LeadScan;
}

/**
 * leading() scans a sentence from its start to each quote; for the quotes of
 * one long sentence the scans share their start, so the next quote continues
 * the last scan instead of redoing it (quadratic otherwise). Every step of
 * the scan depends only on the paragraph, the token and the sentence start.
 */
interface LeadScan {
  from: number;
  minTok: number;
  /** First token not scanned yet. */
  next: number;
  found: PhraseSpan | null;
  /** First unquoted "according to" scanned, or -1. */
  according: number;
}

/** A speaker phrase located by token range, with an optional apposition. */
export interface PhraseSpan {
  start: number;
  end: number;
  appositive: [number, number] | null;
  /** Replaces the last token's text (possessive "Beijing’s" → "Beijing"). */
  lastText?: string;
}

export function buildPara(text: string, base: number, index: number): ParaCtx {
  const quotes = pairMarks(text);
  const toks = tokenize(text);
  // Quotes are ordered and disjoint, so one sweep assigns every token.
  const inQuote: number[] = [];
  let qi = 0;
  for (const t of toks) {
    while (qi < quotes.length && quoteEnd(quotes[qi]!) <= t.start) qi++;
    const q = quotes[qi];
    inQuote.push(q && q.open <= t.start && t.end <= quoteEnd(q) ? qi : -1);
  }
  const masked = quotes.map((q): [number, number] => [q.open, quoteEnd(q)]);
  const extra: number[] = [];
  for (const q of quotes) {
    // The quote's last character (what /[.!?]$/ tests on its slice; a quote is never empty).
    const last = text.charCodeAt(q.end - 1);
    if (last !== 46 && last !== 33 && last !== 63) continue;
    let k = quoteEnd(q);
    while (k < text.length && (charClass(text.charCodeAt(k)) & SPACE) !== 0) k++;
    if (k < text.length && /[\p{Lu}\p{N}“"„«]/u.test(text.charAt(k))) extra.push(k);
  }
  return { index, base, text, quotes, toks, inQuote, starts: sentenceStarts(text, masked, extra) };
}

/** Offset just past the quote, closing mark included. */
export function quoteEnd(q: MarkedQuote): number {
  return q.close === null ? q.end : q.close + 1;
}

export function sentenceAt(p: ParaCtx, pos: number): [number, number] {
  // Binary search over the sorted starts: a scan per quote is quadratic in a long paragraph.
  let lo = 0;
  let hi = p.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.starts[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return [lo > 0 ? p.starts[lo - 1]! : 0, p.starts[lo] ?? p.text.length];
}

/** Index of the first token starting at or after pos (toks.length if none). */
export function tokAtOrAfter(p: ParaCtx, pos: number): number {
  let lo = 0;
  let hi = p.toks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (p.toks[mid]!.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const BREAK = /[,;:!?()[\]"“”„«»—–]|\s-\s/;

/** True when punctuation between token a and a+1 ends a phrase. */
function gapBreak(p: ParaCtx, a: number): boolean {
  const next = p.toks[a + 1];
  if (!next) return true;
  const gap = p.text.slice(p.toks[a]!.end, next.start);
  if (BREAK.test(gap)) return true;
  return gap.includes('.') && !isAbbreviation(p.toks[a]!.text);
}

function gapText(p: ParaCtx, a: number): string {
  const next = p.toks[a + 1];
  return next ? p.text.slice(p.toks[a]!.end, next.start) : '';
}

/** The speech verb at token k, if any; a noun-like form ("call") counts only after a subject-like word. */
export function verbAt(p: ParaCtx, k: number): SpeechVerb | null {
  const t = p.toks[k];
  if (!t || p.inQuote[k]! >= 0) return null;
  const lx = lexicon();
  const v = lx.mayBeVerb(t.lower) ? lx.verbs.get(t.lower) : undefined;
  if (!v) return null;
  if (v.ambiguous) {
    const prev = p.toks[k - 1];
    if (!prev) return null;
    // "His lawyer, Sabina Corvel, called it …": after the comma that closes an apposition naming someone.
    if (gapBreak(p, k - 1)) return closesApposition(p, k) ? v : null;
    const plural = prev.lower.length > 3 && prev.lower.endsWith('s') && !prev.lower.endsWith("'s") && !inList('determiners', prev.lower) && !/(?:ss|us|is)$/.test(prev.lower);
    if (!inList('pronouns', prev.lower) && !plural) return null;
  }
  return v;
}

/** Token k follows ", " after a capitalised name that itself follows a comma a few words back. */
function closesApposition(p: ParaCtx, k: number): boolean {
  if (!/^,\s+$/.test(gapText(p, k - 1)) || !isCapitalized(p.toks[k - 1]!.text)) return false;
  for (let j = k - 2; j >= Math.max(0, k - 6); j--) {
    if (p.inQuote[j]! >= 0 || !isCapitalized(p.toks[j + 1]!.text)) return false;
    if (/^,\s+$/.test(gapText(p, j))) return true;
  }
  return false;
}

function skippable(lower: string): boolean {
  return inList('skip-before-verb', lower) || (lower.endsWith('ly') && lower.length > 4);
}

/** Looks back from verb v for its subject, not before token minTok. */
export function subjectBefore(p: ParaCtx, v: number, minTok: number): PhraseSpan | null {
  let k = v - 1;
  while (k >= minTok && p.inQuote[k]! < 0 && !gapBreak(p, k) && skippable(p.toks[k]!.lower)) k--;
  if (k < minTok || p.inQuote[k]! >= 0) return null;
  let appositive: [number, number] | null = null;
  if (gapBreak(p, k)) {
    // "X, a spokesman, said" / "X, however, said": skip the aside and keep looking.
    if (!gapText(p, k).includes(',')) return null;
    let s = k;
    while (s - 1 >= minTok && p.inQuote[s - 1]! < 0 && !gapBreak(p, s - 1) && k - s < 12) s--;
    const t = p.toks[s]!;
    if (s - 1 < minTok || !gapText(p, s - 1).includes(',') || p.inQuote[s - 1]! >= 0) return null;
    // An aside starts like a description: "a spokesman", "however", "who…", an age ("45").
    const aside = inList('determiners', t.lower) || isLowerInitial(t.text) || /^\d/.test(t.text);
    if (!aside) return nameAfterDescription(p, s, k, minTok);
    appositive = [s, k];
    k = s - 1;
  }
  if (inList('relative-pronouns', p.toks[k]!.lower)) return appositive ? null : relativeSubject(p, k, minTok);
  if (inList('subject-breaks', p.toks[k]!.lower) || verbAt(p, k)) return null;
  const start = phraseStart(p, k, minTok);
  // "Halvorsen, who on Oct. 12 told a rally…": what stands between the relative pronoun and the verb is an adjunct.
  if (start - 1 >= minTok && inList('relative-pronouns', p.toks[start - 1]!.lower) && !gapBreak(p, start - 1)) return relativeSubject(p, start - 1, minTok);
  return { start, end: k, appositive };
}

/** The antecedent of a relative pronoun at token r ("Ana Ruiz, who …"): the words before its comma, back to a break. */
function relativeSubject(p: ParaCtx, r: number, minTok: number): PhraseSpan | null {
  const end = r - 1;
  if (end < minTok || p.inQuote[end]! >= 0 || !gapText(p, end).includes(',')) return null;
  return { start: phraseStart(p, end, minTok), end, appositive: null };
}

/** Walks back from token `end` to where its noun phrase starts: a quote, a break, a verb, or ten words. */
function phraseStart(p: ParaCtx, end: number, minTok: number): number {
  let start = end;
  while (
    start - 1 >= minTok &&
    p.inQuote[start - 1]! < 0 &&
    !gapBreak(p, start - 1) &&
    !inList('subject-breaks', p.toks[start - 1]!.lower) &&
    !verbAt(p, start - 1) &&
    end - start < 9
  ) {
    start--;
  }
  return start;
}

/**
 * "The minister of Health, Rafael Montalbo, said": the capitalised aside
 * [s, k] names the description before it. The description is the phrase and
 * the name its apposition; parseSpeaker decides whether the name stands.
 */
function nameAfterDescription(p: ParaCtx, s: number, k: number, minTok: number): PhraseSpan | null {
  for (let i = s; i <= k; i++) if (!isCapitalized(p.toks[i]!.text)) return null;
  const end = s - 1;
  const start = phraseStart(p, end, minTok);
  const t = p.toks[start]!;
  if (!inList('determiners', t.lower) && !isLowerInitial(t.text)) return null;
  return { start, end, appositive: [s, k] };
}

/**
 * "declared on Monday the chairman…", "said yesterday the minister", "said in
 * the justification the chairwoman": a time adjunct or a short prepositional
 * phrase between the verb and an inverted subject, as machine translation
 * from languages with free word order keeps it. The token after the adjunct,
 * or s itself when there is none.
 */
function afterAdjunct(p: ParaCtx, s: number, maxTok: number): number {
  // Callers may pass a bound past the paragraph's last token.
  maxTok = Math.min(maxTok, p.toks.length - 1);
  let k = s;
  if (k <= maxTok && TIME_PREPS.has(p.toks[k]!.lower)) k++;
  if (k <= maxTok && p.toks[k]!.lower === 'the') k++;
  let time = false;
  while (k <= maxTok && k - s < 5 && (WEEKDAYS.has(p.toks[k]!.lower) || DAY_PARTS.has(p.toks[k]!.lower) || DEICTIC_DAYS.has(p.toks[k]!.lower))) {
    time = true;
    k++;
  }
  if (!time) {
    // "said in the justification the chairwoman …": any short place or manner phrase.
    k = s;
    if (k > maxTok || !PLACE_PREPS.has(p.toks[k]!.lower)) return s;
    k++;
    if (k <= maxTok && (inList('determiners', p.toks[k]!.lower) || POSSESSIVES.has(p.toks[k]!.lower))) k++;
    const from = k;
    while (k <= maxTok && k - from < 2 && /^\p{Ll}/u.test(p.toks[k]!.text) && !inList('determiners', p.toks[k]!.lower) && !gapBreak(p, k - 1)) k++;
    if (k === from) return s;
  }
  if (k > maxTok || gapBreak(p, k - 1)) return s;
  // The adjunct must be followed by a phrase that can be a subject.
  const next = p.toks[k]!;
  return inList('determiners', next.lower) || isCapitalized(next.text) ? k : s;
}

const PLACE_PREPS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'for', 'during', 'before']);
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

const TIME_PREPS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'during', 'late', 'early', 'last', 'this']);
const DEICTIC_DAYS: ReadonlySet<string> = new Set(['yesterday', 'today', 'tonight']);

/** The speaker named after the verb ("said Mr. Smith, who…"), up to token maxTok. */
function subjectAfter(p: ParaCtx, v: number, maxTok: number): PhraseSpan | null {
  const s = afterAdjunct(p, v + 1, maxTok);
  if (s > maxTok || gapBreak(p, v) || p.inQuote[s]! >= 0 || inList('speaker-ends', p.toks[s]!.lower)) return null;
  let e = s;
  while (e + 1 <= maxTok && !gapBreak(p, e) && p.inQuote[e + 1]! < 0 && !inList('speaker-ends', p.toks[e + 1]!.lower) && e - s < 9) e++;
  // "says it will need far more", "said the plan would fail": a clause, not a speaker.
  if (e > s && inList('pronouns', p.toks[s]!.lower)) return null;
  for (let i = s; i <= e; i++) if (inList('clause-words', p.toks[i]!.lower)) return null;
  let appositive: [number, number] | null = null;
  if (e + 1 <= maxTok && gapText(p, e).includes(',') && p.inQuote[e + 1]! < 0) {
    let a = e + 1;
    while (a + 1 <= maxTok && !gapBreak(p, a) && p.inQuote[a + 1]! < 0 && a - e < 12) a++;
    appositive = [e + 1, a];
  }
  return { start: s, end: e, appositive };
}

/** After a trailing verb only adjuncts may follow ('said on Friday'); anything else is reported content. */
function attributionEnds(p: ParaCtx, v: number, maxTok: number, verb: SpeechVerb): boolean {
  if (v + 1 > maxTok || gapBreak(p, v)) return true;
  if (verb.audience) return true;
  return inList('after-verb-adjuncts', p.toks[v + 1]!.lower);
}

/** The attribution that follows a quote in its sentence. */
export function trailing(p: ParaCtx, qi: number, full: boolean): PhraseSpan | null {
  const q = p.quotes[qi]!;
  if (q.close === null) return null;
  const from = q.close + 1;
  let firstWord = from;
  while (firstWord < p.text.length && /[\s,]/.test(p.text.charAt(firstWord))) firstWord++;
  let to = p.text.length;
  for (const st of p.starts) {
    if (st > firstWord) {
      to = st;
      break;
    }
  }
  const nextQuote = p.quotes[qi + 1];
  if (nextQuote && nextQuote.open < to) to = nextQuote.open;
  const a = tokAtOrAfter(p, from);
  let b = tokAtOrAfter(p, to) - 1;
  if (a > b) return null;
  if (!/^[\s,—–-]*$/.test(p.text.slice(from, p.toks[a]!.start))) return null;
  b = Math.min(b, a + 24);
  // The quote closed its sentence ("…manageable.” Officials said…"): only a bare "X said." still belongs to it.
  const ownSentence = firstWord > from && p.starts.includes(firstWord);
  // "“…” — Ana Ruiz (@handle)": a credit line after the quote.
  if (full && /[—–]/.test(p.text.slice(from, p.toks[a]!.start))) {
    const credit = dashCredit(p, a, b);
    if (credit) return credit;
  }
  const first = verbAt(p, a);
  if (first) {
    if (first.audience) return null;
    return subjectAfter(p, a, b) ?? (full ? null : relativeAntecedent(p, q.open));
  }
  for (let v = a + 1; v <= Math.min(b, a + 14); v++) {
    const verb = verbAt(p, v);
    if (!verb) continue;
    let subject = subjectBefore(p, v, a);
    if (!subject) return null;
    let end = v;
    // "it said White House summary of the call said": a garbled double attribution; the named one wins.
    if (subject.end === subject.start && inList('pronouns', p.toks[subject.start]!.lower)) {
      for (let w = v + 2; w <= Math.min(b, v + 10); w++) {
        if (gapBreak(p, w - 1)) break;
        const second = verbAt(p, w);
        if (!second) continue;
        const s2 = subjectBefore(p, w, v + 1);
        if (s2) {
          subject = s2;
          end = w;
        }
        break;
      }
    }
    const startsRight = subject.start === a || (full && subject.start === a);
    const afterComma = subject.start > a && gapText(p, subject.start - 1).includes(',');
    if (!startsRight && !(afterComma && !full && !ownSentence) && end === v) return null;
    if (!attributionEnds(p, end, b, verbAt(p, end)!)) return null;
    return subject;
  }
  return accordingTo(p, a, b + 1);
}

/** The capitalised name (up to four words) that a dash credit names, from token a. */
function dashCredit(p: ParaCtx, a: number, b: number): PhraseSpan | null {
  if (!isCapitalized(p.toks[a]!.text)) return null;
  let e = a;
  while (e + 1 <= b && e - a < 3 && !gapBreak(p, e) && isCapitalized(p.toks[e + 1]!.text)) e++;
  return { start: a, end: e, appositive: null };
}

/**
 * "Ecuador’s government, which has called it “the worst blow”, says…": a
 * quote inside a relative clause belongs to the clause's antecedent.
 */
function relativeAntecedent(p: ParaCtx, open: number): PhraseSpan | null {
  const [s] = sentenceAt(p, open);
  const minTok = tokAtOrAfter(p, s);
  const last = tokAtOrAfter(p, open) - 1;
  for (let r = last; r > minTok && last - r < 16; r--) {
    if (p.inQuote[r]! >= 0) return null;
    if (!inList('relative-pronouns', p.toks[r]!.lower)) continue;
    if (!gapText(p, r - 1).includes(',')) return null;
    const end = r - 1;
    let start = end;
    while (start - 1 >= minTok && p.inQuote[start - 1]! < 0 && !gapBreak(p, start - 1) && !inList('subject-breaks', p.toks[start - 1]!.lower) && end - start < 6) start--;
    // The antecedent opens the sentence: "…, which" after an object is not the speaker.
    return start === minTok ? { start, end, appositive: null } : null;
  }
  return null;
}

/** The first speech verb of the sentence before the quote and its subject. */
export function leading(p: ParaCtx, qi: number, full: boolean): PhraseSpan | null {
  const q = p.quotes[qi]!;
  const [s] = sentenceAt(p, q.open);
  let from = s;
  if (full) {
    // Quotes are ordered and disjoint: the nearest earlier one that ends before this one ends last.
    for (let i = qi - 1; i >= 0; i--) {
      const e = quoteEnd(p.quotes[i]!);
      if (e > q.open) continue;
      if (e > from) from = e;
      break;
    }
  }
  const a = tokAtOrAfter(p, from);
  const b = tokAtOrAfter(p, q.open) - 1;
  const minTok = tokAtOrAfter(p, s);
  const last = p.leadScan;
  const scan: LeadScan =
    last && last.from === a && last.minTok === minTok && last.next <= b + 1 ? last : { from: a, minTok, next: a, found: null, according: -1 };
  for (let v = scan.next; v <= b; v++) {
    if (scan.according < 0 && p.toks[v]!.lower === 'according' && p.toks[v + 1]?.lower === 'to' && p.inQuote[v]! < 0) scan.according = v;
    if (!verbAt(p, v)) continue;
    if (scan.found) {
      // "the commission said, and Dr. Vogt, its chair, said “…”": the clause nearest the quote speaks it.
      const later = subjectBefore(p, v, minTok);
      if (later && opensClause(p, later.start, minTok)) scan.found = later;
      continue;
    }
    // "…, claiming that …": a participle takes the subject of the sentence.
    scan.found = subjectBefore(p, v, minTok) ?? sentenceSubject(p, minTok, v);
  }
  scan.next = Math.max(scan.next, b + 1);
  p.leadScan = scan;
  // accordingTo(p, a, b + 1), from the scan.
  const according = scan.according >= 0 ? subjectAfter(p, scan.according + 1, b + 1) : null;
  return scan.found ?? according ?? (full ? colonSpeaker(p, a, b, q.open) : headlineLabel(p, q.open));
}

/**
 * "Pellana mayor: 'at least 40 homes' lost", "Vesterholm: offer 'will not be
 * improved'": in a one-line headline or subhead, a short label before a
 * colon speaks the quoted words after it, even when they are not a sentence.
 */
function headlineLabel(p: ParaCtx, open: number): PhraseSpan | null {
  if (p.text.length > HEADLINE_CHARS || /[\n.]\s*$/u.test(p.text) || p.text.includes('\n')) return null;
  const colon = p.text.indexOf(':');
  if (colon <= 0 || colon > open) return null;
  const a = 0;
  const b = tokAtOrAfter(p, colon) - 1;
  if (b < a || b - a > 3 || !isCapitalized(p.toks[a]!.text)) return null;
  for (let k = a; k <= b; k++) if (p.inQuote[k]! >= 0 || (k < b && gapBreak(p, k))) return null;
  return { start: a, end: b, appositive: null };
}

/** Token i starts a coordinated clause: after ", and" / ", but" / ", while" or a semicolon. */
function opensClause(p: ParaCtx, i: number, minTok: number): boolean {
  if (i - 1 < minTok) return false;
  if (gapText(p, i - 1).includes(';')) return true;
  const conj = p.toks[i - 1]!;
  return i - 2 >= minTok && inList('clause-conjunctions', conj.lower) && gapText(p, i - 2).includes(',');
}

/** The named subjects of a paragraph's sentences ("Tomas Rehn has addressed…", "On Monday, Ruiz…"): who a later "he" may mean. */
export function sentenceSubjects(p: ParaCtx): PhraseSpan[] {
  const out: PhraseSpan[] = [];
  for (let si = 0; si < p.starts.length; si++) {
    const a = tokAtOrAfter(p, p.starts[si]!);
    const b = tokAtOrAfter(p, p.starts[si + 1] ?? p.text.length);
    if (a >= b || p.inQuote[a]! >= 0) continue;
    const span = sentenceSubject(p, a, b);
    if (span) out.push(span);
  }
  return out;
}

/** A headline or transcript label: 'Ortega: “We will not resign”'. */
function colonSpeaker(p: ParaCtx, a: number, b: number, open: number): PhraseSpan | null {
  if (b < a || b - a > 4 || !/^:\s*$/.test(p.text.slice(p.toks[b]!.end, open))) return null;
  if (!isCapitalized(p.toks[a]!.text)) return null;
  // After a capital, lower-case role words may follow ("Pellana mayor:"), but no verb or pronoun ("He said the following:").
  for (let k = a; k <= b; k++) {
    const t = p.toks[k]!;
    if (k < b && gapBreak(p, k)) return null;
    if (k > a && !isCapitalized(t.text) && (verbAt(p, k) || inList('pronouns', t.lower) || inList('clause-words', t.lower) || inList('skip-before-verb', t.lower))) return null;
  }
  if (inList('pronouns', p.toks[a]!.lower)) return null;
  return { start: a, end: b, appositive: null };
}

/** The proper-noun subject at the start of a sentence, after an introductory phrase. */
function sentenceSubject(p: ParaCtx, a: number, limit: number): PhraseSpan | null {
  let k = a;
  const t0 = p.toks[k];
  if (!t0) return null;
  if (inList('prepositions', t0.lower) || t0.lower.endsWith('ly') || inList('skip-before-verb', t0.lower)) {
    while (k < limit && !gapText(p, k).includes(',')) k++;
    k++;
  }
  if (k >= limit || p.inQuote[k]! >= 0) return null;
  let e = k;
  if (!isCapitalized(p.toks[k]!.text) && !inList('determiners', p.toks[k]!.lower)) return null;
  while (e + 1 < limit && !gapBreak(p, e) && p.inQuote[e + 1]! < 0 && (isCapitalized(p.toks[e + 1]!.text) || p.toks[e + 1]!.lower === 'of') && e - k < 8) e++;
  return { start: k, end: e, appositive: null };
}

/** "according to X" between tokens a and b. */
export function accordingTo(p: ParaCtx, a: number, b: number): PhraseSpan | null {
  for (let k = a; k < b; k++) {
    if (p.toks[k]!.lower === 'according' && p.toks[k + 1]!.lower === 'to' && p.inQuote[k]! < 0) {
      return subjectAfter(p, k + 1, b);
    }
  }
  return null;
}

/** 'Beijing’s “core interests”': the owner of a quoted term is its speaker. */
export function possessive(p: ParaCtx, qi: number): PhraseSpan | null {
  const q = p.quotes[qi]!;
  const k = tokAtOrAfter(p, q.open) - 1;
  const t = p.toks[k];
  if (!t || p.inQuote[k]! >= 0 || !/^\s*$/.test(p.text.slice(t.end, q.open))) return null;
  if (!t.lower.endsWith("'s") || !isCapitalized(t.text)) return null;
  let s = k;
  while (s - 1 >= 0 && p.inQuote[s - 1]! < 0 && !gapBreak(p, s - 1) && isCapitalized(p.toks[s - 1]!.text) && k - s < 4) s--;
  return { start: s, end: k, appositive: null, lastText: t.text.slice(0, -2) };
}

/** True when the quote stands as a sentence of its own (or is introduced as one), not embedded in a clause. */
export function isFullQuote(p: ParaCtx, qi: number): boolean {
  const q = p.quotes[qi]!;
  // Only the characters just before the quote matter; copying and testing the
  // whole paragraph so far for every quote is quadratic in a long paragraph.
  const end = skipSpaceBack(p.text, q.open);
  if (end === 0) return true;
  const prev = p.quotes[qi - 1];
  if (prev && prev.endedBy === 'reopen' && prev.start < q.open && quoteEnd(prev) >= q.open) return true;
  const c = p.text.charAt(end - 1);
  if ('.!?:'.includes(c)) return true;
  if ('”"»“'.includes(c)) {
    const mark = p.text.charAt(skipSpaceBack(p.text, end - 1) - 1);
    if (mark !== '' && '.!?,'.includes(mark)) return mark !== ',';
  }
  const startsUpper = /^\p{Lu}/u.test(p.text.slice(q.start, q.start + 1));
  if (!startsUpper) return false;
  // "Okafor said last month “Our concern…”": direct speech after the verb without a colon.
  const k = tokAtOrAfter(p, q.open) - 1;
  for (let v = k; v >= Math.max(0, k - 3); v--) {
    if (p.inQuote[v]! >= 0) return false;
    if (p.toks[v]!.lower === 'that' || p.toks[v]!.lower.endsWith("'s")) return false;
    if (verbAt(p, v)) return true;
    if (v < k && gapBreak(p, v)) return false;
  }
  return false;
}

/**
 * The offset just after the last non-space character before `pos` (0 when
 * none). Linear over all quotes: each quote's open mark is a non-space, so
 * the runs scanned for two quotes never overlap.
 */
function skipSpaceBack(text: string, pos: number): number {
  let k = pos;
  while (k > 0 && /\s/.test(text.charAt(k - 1))) k--;
  return k;
}

/** The speech clause of a sentence without quotes ("Officials said the US would…"). */
export function sentenceEvent(p: ParaCtx, s: number, e: number): { verb: number; span: PhraseSpan } | null {
  const a = tokAtOrAfter(p, s);
  const b = tokAtOrAfter(p, e) - 1;
  for (let v = a; v <= b; v++) {
    if (!verbAt(p, v)) continue;
    const span = subjectBefore(p, v, a) ?? sentenceSubject(p, a, v);
    return span ? { verb: v, span } : null;
  }
  const acc = accordingTo(p, a, b + 1);
  return acc ? { verb: a, span: acc } : null;
}

