// A small hand-made report for formatter tests.
import { compare } from '../../src/compare/compare.js';
import type { Report } from '../../src/types.js';
import { date, qty, quote, source } from '../compare/sources.js';

export function sampleReport(): Report {
  const a = source('alpha_0001', [
    qty('n1', 70000, 'troops', ['assembled', 'near', 'border']),
    date('d1', '2030-03-05', ['video', 'call']),
    quote('q1', 'We will not accept anyone’s red line,', 'Jan Novak'),
  ]);
  const b = source('beta_0002', [
    qty('n1', 94000, 'troops', ['assembled', 'near', 'border']),
    date('d1', '2030-03-05', ['call']),
    quote('q1', 'does not accept anyone’s red lines', 'Jan Novak'),
  ]);
  const c = source('gamma_0003', [quote('q1', 'A <script>alert(1)</script> | pipe \u001b]52;c;ZXZpbA==\u0007 here', 'Eve Doe')]);
  a.people = [{ name: 'Jan Novak', mentions: ['Jan Novak', 'Novak'], role: 'Minister' }];
  b.people = [{ name: 'Jan Novak', mentions: ['Novak'], role: null }];
  a.title = 'Alpha \u001b[31mheadline\u001b[0m';
  const sources = [a, b, c];
  return {
    schemaVersion: 1,
    tool: { name: 'corpus-diff', version: '0.0.0-test' },
    corpus: { inputs: ['x'], files: 4, skipped: [{ path: 'x/bad.bin', reason: 'binary', message: 'file contains NUL bytes: not text' }] },
    sources,
    comparison: compare(sources),
  };
}
