// JSON for other tools, and often for a terminal too (`corpus-diff … -f json | less`,
// a CI log). JSON.stringify escapes the C0 controls (ESC among them) but
// writes DEL, the C1 controls (U+009B is a one-character CSI on some
// terminals), the bidi controls (text that displays in another order than
// it reads) and the line and paragraph separators as they are. Those are
// written as \uXXXX escapes instead: still valid JSON, parsed back to the
// very same strings, so no data is lost, but inert on a screen.
const UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/** JSON.stringify, with the characters above escaped. Outside strings JSON has none of them. */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(UNSAFE, escape);
}
