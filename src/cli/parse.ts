// Value parsers for flags: each throws commander's InvalidArgumentError, which
// run() prints as one line with exit code 2.
import { InvalidArgumentError } from 'commander';
import { RULE_IDS, type RuleId } from '../check/rules.js';
import { SECTION_KEYS, type SectionKey } from '../render/view.js';

export function parseDate(value: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const d = m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)) : null;
  if (!d || d.toISOString().slice(0, 10) !== value) throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD');
  return value;
}

export function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new InvalidArgumentError('expected a positive whole number');
  return n;
}

export function parseSections(value: string): SectionKey[] {
  const keys = value.split(',').map((k) => k.trim()).filter(Boolean);
  const bad = keys.filter((k) => !(SECTION_KEYS as readonly string[]).includes(k));
  if (bad.length || keys.length === 0) throw new InvalidArgumentError(`expected some of ${SECTION_KEYS.join(', ')}`);
  return keys as SectionKey[];
}

export function parseRules(value: string): RuleId[] {
  if (value.trim() === 'all') return [...RULE_IDS];
  const ids = value.split(',').map((r) => r.trim()).filter(Boolean);
  const bad = ids.filter((r) => !(RULE_IDS as string[]).includes(r));
  if (bad.length || ids.length === 0) throw new InvalidArgumentError(`unknown rule ${bad.join(', ') || '(none)'}; expected "all" or some of ${RULE_IDS.join(', ')}`);
  return ids as RuleId[];
}
