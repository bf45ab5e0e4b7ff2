import type { Finding } from '../check/rules.js';

/** JUnit XML: one test case per source (and one for the batch), a failure per finding. */
export function renderFindingsJunit(findings: Finding[], sources: { id: string; path: string }[]): string {
  const cases = [{ id: '(batch)', path: '' }, ...sources].map((s) => {
    const mine = findings.filter((f) => (s.id === '(batch)' ? f.source === null : f.source === s.id));
    const failures = mine
      .map((f) => `      <failure type="${xml(f.rule)}" message="${xml(f.message)}">${xml(`${f.path}${f.line !== null ? `:${f.line}:${f.column ?? 1}` : ''} ${f.message}`)}</failure>`)
      .join('\n');
    return `    <testcase classname="corpus-diff" name="${xml(s.id)}" file="${xml(s.path)}">${failures ? `\n${failures}\n    ` : ''}</testcase>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="corpus-diff check" tests="${cases.length}" failures="${findings.length}">
  <testsuite name="corpus-diff check" tests="${cases.length}" failures="${findings.length}">
${cases.join('\n')}
  </testsuite>
</testsuites>
`;
}

/** XML-escapes text and drops characters XML 1.0 cannot carry. */
function xml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
