import { describe, expect, it } from 'vitest';
import { sanitize } from '../../src/render/sanitize.js';

describe('sanitize', () => {
  it.each([
    ['CSI colour', 'a\u001b[31mred\u001b[0m b', 'ared b'],
    ['CSI clear screen', 'x\u001b[2Jy', 'xy'],
    ['8-bit CSI', 'x\u009b2Jy', 'xy'],
    ['OSC 8 hyperlink', '\u001b]8;;http://evil\u0007link\u001b]8;;\u0007', 'link'],
    ['OSC 52 clipboard (ST)', 'a\u001b]52;c;ZXZpbA==\u001b\\b', 'ab'],
    ['DCS', 'a\u001bPq#0;2;0;0;0\u001b\\b', 'ab'],
    ['bell, backspace, NUL', 'a\u0007b\u0008c\u0000d', 'abcd'],
    ['bidi override', 'abc\u202edef', 'abcdef'],
    ['tabs and CRLF kept readable', 'a\tb\r\nc', 'a b\nc'],
  ])('%s', (_name, input, expected) => {
    expect(sanitize(input)).toBe(expected);
  });

  it('is linear on a long run of escapes', () => {
    const input = '\u001b['.repeat(50_000) + '\nx' + '\u001b]8;;'.repeat(50_000);
    expect(sanitize(input)).toBe('\nx');
  });
});
