import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { sampleReport } from './report.js';

describe('renderText', () => {
  const plain = renderText(sampleReport(), { width: 120, color: false });

  it('shows one column per source, a conflict mark and a dash where a source is silent', () => {
    const figures = plain.slice(plain.indexOf('Figures'));
    const header = figures.split('\n')[1]!;
    expect(header).toMatch(/alpha_0001 .*│ beta_0002 .*│ gamma_0003/);
    const row = figures.split('\n').find((l) => l.includes('✗'))!;
    expect(row).toMatch(/70000 troops .*│ 94000 troops .*│ —/);
  });

  it('groups quotes under their speaker and marks agreement', () => {
    const quotes = plain.slice(plain.indexOf('Quotes by speaker'));
    expect(quotes.indexOf('▸ Eve Doe')).toBeLessThan(quotes.indexOf('▸ Jan Novak'));
    expect(quotes).toMatch(/✓ Jan Novak/);
  });

  it('fits the width it is given, wrapping long cells', () => {
    for (const width of [60, 120]) {
      const out = renderText(sampleReport(), { width, color: false });
      for (const line of out.split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(width);
    }
  });

  it('falls back to one block per fact when the columns would be too narrow', () => {
    const out = renderText(sampleReport(), { width: 50, color: false });
    expect(out).toMatch(/\n {2}alpha_0001: 70000 troops/);
    expect(out).toMatch(/\n {2}— gamma_0003\n/);
  });

  it('colours only when asked', () => {
    expect(plain).not.toMatch(/\u001b\[/);
    expect(renderText(sampleReport(), { width: 120, color: true })).toMatch(/\u001b\[31m/);
  });

  it('lets no escape sequence or control character from an article reach the terminal', () => {
    expect(plain).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
    expect(plain).toContain('Alpha headline');
    expect(plain).toContain('<script>');
  });

  it('shows line provenance on request', () => {
    expect(renderText(sampleReport(), { width: 160, color: false, provenance: true })).toMatch(/\[L1\]/);
  });
});
