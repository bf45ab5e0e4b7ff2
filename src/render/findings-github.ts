import type { Finding } from '../check/rules.js';
import { sanitize } from './sanitize.js';

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which
 * annotate the files in a pull request. Properties and message are escaped as
 * the runner expects, so article text cannot inject another command, and
 * sanitized first: the Actions log renders escape sequences.
 */
export function renderFindingsGithub(findings: Finding[]): string {
  return findings
    .map((f) => {
      const props = [`file=${prop(f.path)}`];
      if (f.line !== null) props.push(`line=${f.line}`);
      if (f.column !== null) props.push(`col=${f.column}`);
      props.push(`title=${prop(`corpus-diff ${f.rule}`)}`);
      return `::${f.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${data(f.message)}\n`;
    })
    .join('');
}

function data(text: string): string {
  return sanitize(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function prop(text: string): string {
  return data(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
