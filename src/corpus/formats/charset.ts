// Pages older than UTF-8-everywhere declare their encoding in a <meta>
// tag. Honoured only when the bytes are not valid UTF-8 anyway, so a page
// that lies about its charset while sending UTF-8 is still read right.

const HEAD_BYTES = 4096;
const CHARSET = /<meta[^>]{0,300}?charset\s{0,5}=\s{0,5}["']?\s{0,5}([\w.:-]{1,40})/iu;

/** The page's declared encoding re-applied to its bytes, or null when none is usable. */
export function redecodeDeclared(bytes: Uint8Array): { text: string; label: string } | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, HEAD_BYTES));
  const label = CHARSET.exec(head)?.[1]?.toLowerCase();
  if (!label || label === 'utf-8' || label === 'utf8') return null;
  let decoder;
  try {
    decoder = new TextDecoder(label);
  } catch {
    return null;
  }
  if (decoder.encoding.startsWith('utf-')) return null;
  let text = decoder.decode(bytes);
  if (decoder.encoding === 'windows-1252') text = text.replace(/[\u0080-\u009f]/gu, (c) => CP1252[c.charCodeAt(0) - 0x80] ?? c);
  return { text, label: decoder.encoding };
}

/**
 * windows-1252 bytes 0x80–0x9F (curly quotes, dashes, €). Node 20 decodes
 * that label as ISO-8859-1 and leaves them as C1 controls.
 */
const CP1252 = [
  '€', '\u0081', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u008d', 'Ž', '\u008f',
  '\u0090', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u009d', 'ž', 'Ÿ',
];
