import { describe, expect, it } from 'vitest';
import { decode } from '../../src/corpus/decode.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 and strips a UTF-8 byte-order mark', () => {
    expect(decode(utf8('\uFEFFHello “world”'))).toEqual({ ok: true, text: 'Hello “world”', warnings: [] });
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Héllo', 'utf16le')]);
    expect(decode(le)).toMatchObject({ ok: true, text: 'Héllo' });
    const be = Buffer.from('Héllo', 'utf16le').swap16();
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toMatchObject({ ok: true, text: 'Héllo' });
  });

  it('reads UTF-16 LE without a BOM and says so', () => {
    const r = decode(Buffer.from('Plain English text here.', 'utf16le'));
    expect(r).toMatchObject({ ok: true, text: 'Plain English text here.' });
    expect(r.ok && r.warnings[0]).toMatch(/UTF-16LE/);
  });

  it('replaces invalid UTF-8 and reports it as a warning', () => {
    const r = decode(Buffer.from([0x61, 0xff, 0x62, 0xc3]));
    expect(r).toMatchObject({ ok: true, text: 'a\uFFFDb\uFFFD' });
    expect(r.ok && r.warnings[0]).toMatch(/invalid UTF-8: 2/);
  });

  it('refuses empty, whitespace-only and binary input with a reason', () => {
    expect(decode(new Uint8Array())).toMatchObject({ ok: false, reason: 'empty' });
    expect(decode(utf8('  \n\t\n'))).toMatchObject({ ok: false, reason: 'empty' });
    expect(decode(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]))).toMatchObject({
      ok: false,
      reason: 'binary',
    });
  });
});
