// A last-resort reader for pages the HTML parser cannot take (nesting so
// deep its tree conversion runs out of stack): a single linear pass that
// drops invisible elements and tags, keeps block boundaries as blank lines
// and decodes the common entities.

/** Openings of content a browser never shows; the scan jumps to each one's end. */
const HIDDEN_OPEN = /<!--|<(script|style|noscript|template|svg|iframe|head|textarea|select)\b/giu;
// [^<>] keeps each tag match from rescanning past the next "<": linear overall.
const BLOCK_TAG = /<\/?(?:p|div|h[1-6]|li|ul|ol|blockquote|section|article|header|footer|nav|aside|figure|figcaption|table|tr|pre|main|hr|dl|dt|dd|form)\b[^<>]{0,2000}>/giu;
const BR = /<br\b[^<>]{0,200}>/giu;
const TAG = /<[^<>]{0,2000}>/gu;

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', copy: '©', reg: '®', eacute: 'é',
};

export function stripTags(html: string): string {
  const text = dropHidden(html)
    .replace(BR, '\n')
    .replace(BLOCK_TAG, '\n\n')
    .replace(TAG, ' ');
  return decodeEntities(text)
    .split(/\n{2,}/u)
    .map((block) =>
      block
        .split('\n')
        .map((l) => l.replace(/\s+/gu, ' ').trim())
        .filter((l) => l !== '')
        .join('\n'),
    )
    .filter((b) => b !== '')
    .join('\n\n');
}

/**
 * Cuts comments and invisible elements in one forward pass. An element
 * left open hides the rest of the page, as it does in a browser.
 */
function dropHidden(html: string): string {
  let out = '';
  let i = 0;
  for (;;) {
    HIDDEN_OPEN.lastIndex = i;
    const open = HIDDEN_OPEN.exec(html);
    if (!open) return out + html.slice(i);
    out += `${html.slice(i, open.index)} `;
    const close = open[1] ? new RegExp(`</${open[1]}\\s{0,20}>`, 'giu') : /-->/gu;
    close.lastIndex = open.index + open[0].length;
    const end = close.exec(html);
    if (!end) return out;
    i = end.index + end[0].length;
  }
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,8});/giu, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return Object.hasOwn(NAMED, body) ? NAMED[body]! : whole;
  });
}
