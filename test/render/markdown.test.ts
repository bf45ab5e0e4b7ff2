import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderNdjson } from '../../src/render/ndjson.js';
import { sampleReport } from './report.js';

describe('renderMarkdown', () => {
  const md = renderMarkdown(sampleReport());

  it('prints one table per kind with a column per source', () => {
    expect(md).toContain('## Conflicts');
    expect(md).toContain('| Fact | `alpha\\_0001` | `beta\\_0002` | `gamma\\_0003` |');
    const row = md.split('\n').find((l) => l.startsWith('| ⚠️'))!;
    expect(row.split(' | ')).toHaveLength(4);
    expect(row).toContain('| —');
  });

  it('escapes article text so it can neither break a table nor become HTML', () => {
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\| pipe');
    expect(md).not.toMatch(/<script>/);
    expect(md).not.toMatch(/\u001b/);
  });
});

describe('renderNdjson', () => {
  it('prints one line per source, then the comparison', () => {
    const lines = renderNdjson(sampleReport()).trimEnd().split('\n').map((l) => JSON.parse(l) as { type: string; id?: string; facts?: unknown[] });
    expect(lines.map((l) => l.type)).toEqual(['source', 'source', 'source', 'comparison']);
    expect(lines[0]!.id).toBe('alpha_0001');
    expect(lines[3]!.facts!.length).toBeGreaterThan(0);
  });
});
