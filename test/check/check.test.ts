import { describe, expect, it } from 'vitest';
import { check, factKey } from '../../src/check/check.js';
import { renderFindingsGithub } from '../../src/render/findings-github.js';
import { renderFindingsJunit } from '../../src/render/findings-junit.js';
import { renderFindingsText } from '../../src/render/findings-text.js';
import type { Report } from '../../src/types.js';
import { makeDoc } from '../helpers.js';
import { sampleReport } from '../render/report.js';

const docs = (report: Report) => report.sources.map((s) => makeDoc('x\n'.repeat(s.stats.lines), s.id));

describe('check', () => {
  it('reports every conflict under "conflict", with a place in each source', () => {
    const report = sampleReport();
    const findings = check(report, docs(report), { rules: ['conflict'] });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ rule: 'conflict', source: 'alpha_0001', line: 1 });
    expect(findings[0]!.places!.map((p) => p.source)).toEqual(['alpha_0001', 'beta_0002']);
  });

  it('reports only conflicts the baseline did not have as "new-conflict"', () => {
    const report = sampleReport();
    expect(check(report, docs(report), { rules: ['new-conflict'], baseline: report })).toEqual([]);
    const empty: Report = { ...report, comparison: { facts: [], sameOrigin: [] } };
    const fresh = check(report, docs(report), { rules: ['new-conflict'], baseline: empty });
    expect(fresh.map((f) => f.rule)).toEqual(['new-conflict']);
    expect(fresh[0]!.message).toMatch(/^new conflict: /);
  });

  it('keys a conflict by what it sets against what, not by its id', () => {
    const report = sampleReport();
    const fact = report.comparison.facts.find((f) => f.status === 'conflict')!;
    expect(factKey({ ...fact, id: 'quantity-99' }, report)).toBe(factKey(fact, report));
    expect(factKey({ ...fact, values: { '1': ['a'], '2': ['b'] } }, report)).not.toBe(factKey(fact, report));
  });

  it('finds skipped files, empty sources and sources without claims', () => {
    const report = sampleReport();
    report.sources[2]!.stats.words = 0;
    report.sources[2]!.claims = [];
    const rules = check(report, docs(report), { rules: ['skipped-file', 'empty-source', 'no-claims'] }).map((f) => `${f.rule}:${f.source ?? f.path}`);
    expect(rules).toEqual(['skipped-file:x/bad.bin', 'empty-source:gamma_0003', 'no-claims:gamma_0003']);
  });

  it('finds a claim taken from a line that looks like boilerplate', () => {
    const report = sampleReport();
    const documents = docs(report);
    documents[0] = makeDoc('Share this article on Facebook\nx\nx', report.sources[0]!.id);
    const findings = check(report, documents, { rules: ['boilerplate-leak'] });
    expect(findings.map((f) => [f.rule, f.source, f.line])).toEqual([['boilerplate-leak', 'alpha_0001', 1]]);
  });
});

describe('finding formatters', () => {
  const report = sampleReport();
  const findings = check(report, docs(report), { rules: ['conflict', 'skipped-file'] });

  it('text: compiler-style places and a count', () => {
    const text = renderFindingsText(findings);
    expect(text).toMatch(/^alpha_0001\.txt:1:1 {2}error {2}conflict {2}conflict: /m);
    expect(text).toMatch(/2 finding\(s\): 2 error\(s\), 0 warning\(s\)\n$/);
  });

  it('github: workflow commands with escaped properties and message', () => {
    const out = renderFindingsGithub([{ rule: 'conflict', severity: 'error', source: 'a', path: 'dir/a,b:c.txt', line: 3, column: 4, message: 'x\n::error::injected 100%' }]);
    expect(out).toBe('::error file=dir/a%2Cb%3Ac.txt,line=3,col=4,title=corpus-diff conflict::x%0A::error::injected 100%25\n');
  });

  it('github: escape sequences from article text never reach the Actions log', () => {
    const out = renderFindingsGithub([{ rule: 'boilerplate-leak', severity: 'warning', source: 'a', path: 'a\u001b[2J.txt', line: null, column: null, message: 'x\u001b[31mred\u001b]8;;http://e\u0007y' }]);
    expect(out).toBe('::warning file=a.txt,title=corpus-diff boilerplate-leak::xredy\n');
  });

  it('junit: one test case per source plus the batch, a failure per finding, escaped', () => {
    const xml = renderFindingsJunit(findings, report.sources);
    expect(xml.match(/<testcase /g)).toHaveLength(1 + report.sources.length);
    expect(xml.match(/<failure /g)).toHaveLength(2);
    expect(xml).toContain('tests="4" failures="2"');
    expect(renderFindingsJunit([{ ...findings[0]!, message: '<&"\u0007>' }], [])).toContain('message="&lt;&amp;&quot;&gt;"');
  });
});
