import { describe, expect, it } from 'vitest';
import { applySafety } from '../../src/clean/safety.js';
import { prepare } from '../../src/clean/state.js';
import { splitLines } from '../../src/util/lines.js';
import { makeDoc } from '../helpers.js';
import { article, BODY, clean, page, TITLE } from './fixtures.js';

function stateOf(text: string) {
  const doc = makeDoc(text);
  const s = prepare(doc, splitLines(text));
  s.titleIndex = 0;
  return s;
}

describe('safety rules', () => {
  it('never removes the longest paragraph', () => {
    const long = 'Mayor Jane Roe (left) and council leader Tom Baker argued for most of the evening about the plan, which the mayor said would transform how people travel across the city over the coming decade, while critics said it ignored the southern districts entirely.';
    const c = clean(article({ middle: [long] }));
    expect(c.removed.map((r) => r.text)).not.toContain(long);
    expect(c.notes.join(' ')).toMatch(/longest paragraph/u);
  });

  it('gives back soft removals when more than half of the text would go', () => {
    const s = stateOf(page([TITLE, BODY[0]!, BODY[1]!, BODY[2]!, 'Share']));
    // Index 2 is BODY[0], 4 is BODY[1], 6 is BODY[2], 8 is "Share" (blank lines between).
    s.removed.set(4, { reason: 'low-score', evidence: 'test', soft: true });
    s.removed.set(6, { reason: 'repeated-line', evidence: 'test', soft: true });
    s.removed.set(8, { reason: 'share-widget', evidence: 'test', soft: false });
    const notes = applySafety(s);
    expect([...s.removed.keys()]).toEqual([8]);
    expect(notes.join(' ')).toMatch(/more than half/u);
  });

  it('keeps everything when even explicit patterns would take most of the text', () => {
    const s = stateOf(page([TITLE, BODY[0]!, BODY[1]!, BODY[2]!]));
    s.removed.set(4, { reason: 'comment-prompt', evidence: 'test', soft: false });
    s.removed.set(6, { reason: 'comment-prompt', evidence: 'test', soft: false });
    const notes = applySafety(s);
    expect(s.removed.size).toBe(0);
    expect(notes).toHaveLength(1);
  });

  it('says nothing when the removals are small', () => {
    const c = clean(article({ tail: ['Leave a Reply'] }));
    expect(c.notes).toEqual([]);
  });
});
