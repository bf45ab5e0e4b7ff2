// Round 2 constructions: who a pronoun or a role phrase refers to, clause
// nearest the quote, label quotes in single marks, dash credits, relative
// clauses and numbers that must never be speakers.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes.js';
import { seg } from '../helpers.js';

const pairs = (text: string): [string, string | null][] => extractQuotes(seg(text)).map((q) => [q.text, q.speakerName]);

describe('pronouns refer to the person last named as subject', () => {
  it.each([
    [
      'subject of an earlier sentence, no earlier speech verb',
      'Lukas Brenner has addressed supporters at the depot in Tarnow. To loud cheers, he said: “We start work tomorrow.”',
      [['We start work tomorrow.', 'Lukas Brenner']],
    ],
    [
      'across a crosshead',
      'Night of celebration\n\nLukas Brenner has addressed supporters at the depot.\n\nDecisive win\n\n“We start work tomorrow,” he said.',
      [['We start work tomorrow,', 'Lukas Brenner']],
    ],
    [
      'subject with a relative clause',
      'Lukas Brenner won the vote.\n\nBrenner, who became party leader in March, built his campaign on rents. “People could not pay,” he said.',
      [['People could not pay,', 'Brenner']],
    ],
    [
      'subject of the paragraph, not the previous speaker',
      '“We will not sign a blank cheque,” said Edda Morvik.\n\nPeter Lindqvist, the liberal leader, was more relaxed. Asked whether he could work with Brenner, he told the Herald: “Of course.”',
      [
        ['We will not sign a blank cheque,', 'Edda Morvik'],
        ['Of course.', 'Peter Lindqvist'],
      ],
    ],
    [
      'the nearer subject of unknown gender beats a farther man',
      'Victor Halloran said he would appeal.\n\nProf Teodor Maskin, a historian at the university, said the result was historic. He adds: “That should worry everybody.”',
      [['That should worry everybody.', 'Teodor Maskin']],
    ],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it('near-miss: a name in the object of the sentence is not the antecedent', () => {
    const text = 'Peter Lindqvist met Brenner on Monday. Afterwards he told the Herald: “We agree on rents.”';
    expect(pairs(text)).toEqual([['We agree on rents.', 'Peter Lindqvist']]);
  });

  it('near-miss: a capitalised sentence opener that names nobody is no antecedent', () => {
    const text = 'Turnout reached a record. “It was a good night,” he said.';
    expect(pairs(text)).toEqual([['It was a good night,', null]]);
  });

  it('near-miss: she skips a man named in the paragraph', () => {
    const text = 'Mrs. Edda Morvik spoke first.\n\nMr. Peter Lindqvist arrived late. “We are ready,” she said.';
    expect(pairs(text)).toEqual([['We are ready,', 'Edda Morvik']]);
  });
});

describe('a role phrase names the person whose role matches', () => {
  it('the only person named just before in the paragraph', () => {
    const text = 'Karin Solberg has conceded defeat. Speaking to a subdued crowd, the outgoing prime minister said:\n\n“The voters have spoken.”';
    const q = extractQuotes(seg(text));
    expect(q.map((x) => [x.text, x.speakerName, x.speakerText])).toEqual([['The voters have spoken.', 'Karin Solberg', 'the outgoing prime minister']]);
  });

  it('a title written elsewhere in the article, modifiers aside', () => {
    const text = 'Prime Minister Karin Solberg lost her majority.\n\nTurnout was high.\n\n“We accept it,” the outgoing prime minister said.';
    expect(pairs(text)).toEqual([['We accept it,', 'Karin Solberg']]);
  });

  it('near-miss: two people named just before leave the role as written', () => {
    const text = 'Karin Solberg called Lukas Brenner. Nils Aune thanked Karin Solberg. Later, the prime minister said: “It is over.”';
    expect(pairs(text)).toEqual([['It is over.', 'prime minister']]);
  });
});

describe('the attribution nearest the quote in its own clause', () => {
  it.each([
    [
      ', and X said',
      'The recount cost about $200,000, the commission said, and Dr. Ilona Markert, its chair, said it had found “no irregularities of any kind.”',
      'Ilona Markert',
    ],
    ['; X said', 'The board said it would meet again; Ilona Markert said the plan was “dead on arrival”.', 'Ilona Markert'],
    ['near-miss: one clause keeps its first verb', 'Ilona Markert said the board had argued the plan was “dead on arrival”.', 'Ilona Markert'],
  ])('%s', (_name, text, speaker) => {
    expect(pairs(text).map((p) => p[1])).toEqual([speaker]);
  });
});

describe('relative clauses and numbers', () => {
  it('the antecedent of "who" speaks, not the date after it', () => {
    const text = 'Outgoing Premier Karin Solberg, who on Oct. 12 told a rally that the polls were “wrong again,” will step down.';
    expect(pairs(text)).toEqual([['wrong again,', 'Karin Solberg']]);
  });

  it.each([
    ['a month abbreviation', 'The result, announced on Sept. 3 said to be “final and binding,” stands.'],
    ['a number', 'The 12 said the rules were “final and binding for everyone”.'],
  ])('near-miss: %s is never a speaker', (_name, text) => {
    for (const [, speaker] of pairs(text)) expect(speaker ?? '').not.toMatch(/\d/);
  });
});

describe('label quotes and credits', () => {
  it.each([
    ["Brenner: 'Tomorrow we start work'", [['Tomorrow we start work', 'Brenner']]],
    ["Karin Solberg: 'We don't give up' as count ends", [["We don't give up", 'Karin Solberg']]],
  ])('%s', (text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });

  it.each([
    ["The party's 'core voters' stayed home."],
    ["Brenner said the 'plan' was ready."],
    ["Voters' anger: the turnout was low."],
  ])('near-miss: single marks in body text are no quotes: %s', (text) => {
    expect(pairs(text)).toEqual([]);
  });

  it('a dash credit after a quote names its speaker', () => {
    const text = '“Thank you, everyone. Now the work begins.” — Lukas Brenner (@brenner) October 13, 2024';
    expect(pairs(text)).toEqual([['Thank you, everyone. Now the work begins.', 'Lukas Brenner']]);
  });
});
