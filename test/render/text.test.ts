import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { sampleReport } from './report.js';

describe('renderText', () => {
  const plain = renderText(sampleReport(), { width: 120, color: false });

  it('shows one column per source, a conflict mark and a dash where a source is silent', () => {
    const conflicts = plain.slice(plain.indexOf('Conflicts'));
    const header = conflicts.split('\n')[1]!;
    expect(header).toMatch(/alpha_0001 .*│ beta_0002 .*│ gamma_0003/);
    const row = conflicts.split('\n').find((l) => l.includes('✗'))!;
    expect(row).toMatch(/70000 troops .*│ 94000 troops .*│ —/);
  });

  it('puts conflicts first and only there, and ends with what each source omits', () => {
    const order = ['Conflicts', 'Dates', 'Quotes by speaker', 'People', 'Omissions'].map((t) => plain.indexOf(`${t} (`));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(plain).not.toContain('Figures (');
    const omissions = plain.slice(plain.indexOf('Omissions ('));
    const row = omissions.split('\n').find((l) => l.startsWith('date: 2030-03-05'))!;
    expect(row).toMatch(/│ +│ +│ omits$/);
  });

  it('shows only the sections asked for', () => {
    const out = renderText(sampleReport(), { width: 120, color: false, only: ['quotes'] });
    expect(out).toContain('Quotes by speaker');
    expect(out).not.toContain('Conflicts (');
    expect(out).not.toContain('Dates (');
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
