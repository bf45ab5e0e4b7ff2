// Article text is untrusted: before it reaches a terminal, escape sequences
// (CSI, OSC — links, clipboard writes, title changes — DCS and friends) and
// other control characters are removed. Tabs become spaces; line ends stay.
// Each pattern is a bounded, non-nested scan, so it is linear on long input.
const OSC = /\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?/g;
const STRING_SEQ = /\u001b[PX^_][^\u001b]*(?:\u001b\\)?/g;
const CSI = /(?:\u001b\[|\u009b)[0-?]*[ -/]*[@-~]?/g;
const ESC = /\u001b[@-_]?/g;
// U+061C (Arabic letter mark) is a bidi control too, though outside the U+20xx blocks.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: no escape sequences, no control or bidi-override characters. */
export function sanitize(text: string): string {
  return text
    .replace(OSC, '')
    .replace(STRING_SEQ, '')
    .replace(CSI, '')
    .replace(ESC, '')
    .replace(/\t/g, ' ')
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '');
}

/** One line for a table cell: sanitized, whitespace runs folded. */
export function oneLine(text: string): string {
  return sanitize(text).replace(/\s+/g, ' ').trim();
}
