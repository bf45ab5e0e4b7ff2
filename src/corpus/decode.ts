import type { SkipReason } from '../types.js';

export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: SkipReason; message: string };

const SNIFF_BYTES = 8192;

/**
 * Bytes → text. Honours a UTF-8 or UTF-16 byte-order mark, otherwise reads
 * UTF-8 and replaces invalid bytes (reported as a warning, never fatal).
 * NUL bytes in the head of a BOM-less file mean it is not text.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty', message: 'file is empty' };
  let text: string;
  const warnings: string[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    const utf16 = sniffBomlessUtf16(bytes);
    if (utf16) {
      text = new TextDecoder(utf16).decode(bytes);
      warnings.push(`decoded as ${utf16.toUpperCase()} without a byte-order mark`);
    } else {
      if (hasNul(bytes)) return { ok: false, reason: 'binary', message: 'file contains NUL bytes: not text' };
      const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
      text = new TextDecoder('utf-8').decode(body);
      if (!isStrictUtf8(body)) {
        warnings.push(`invalid UTF-8: ${countReplacements(text)} byte sequence(s) replaced with U+FFFD`);
      }
    }
  }
  if (text.trim() === '') return { ok: false, reason: 'empty', message: 'file has only whitespace' };
  if (looksBinary(text)) return { ok: false, reason: 'binary', message: 'mostly control characters: not text' };
  return { ok: true, text, warnings };
}

function hasNul(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** UTF-16 without BOM shows as NUL in every other byte of ASCII text. */
function sniffBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const end = Math.min(bytes.length - (bytes.length % 2), SNIFF_BYTES);
  if (end < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < end; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = end / 2;
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

function isStrictUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** More than 10% C0 control characters (other than tab and line ends) is not prose. */
function looksBinary(text: string): boolean {
  const end = Math.min(text.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return control > end * 0.1;
}
