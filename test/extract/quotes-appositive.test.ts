// Constructions that name a speaker through an apposition, a relative clause
// or a pronoun whose gender the article gives away; each with a near-miss.
import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes.js';
import { seg } from '../helpers.js';

const pairs = (text: string): [string, string | null][] => extractQuotes(seg(text)).map((q) => [q.text, q.speakerName]);
const speakers = (text: string): (string | null)[] => extractQuotes(seg(text)).map((q) => q.speakerName);

describe('extractQuotes: a name in apposition to a description', () => {
  it.each([
    ['description, NAME, said (before the quote)', 'The minister of Transport, Olga Ferreira, said the bridge was safe. “We checked every cable,” she said.', 'Olga Ferreira'],
    ['said the ROLE, NAME, adjunct', '“Every cable was checked,” said the secretary of Public Works, Joao Albuquerque, on Monday night.', 'Joao Albuquerque'],
    ['"…," a description, NAME, said', '“The water came in minutes,” a 58-year-old fisherman, Tiago Mbeki, said.', 'Tiago Mbeki'],
    ['accented name after a description', '“Nos quedamos sin nada,” said a shop owner, Begoña Ibáñez.', 'Begoña Ibáñez'],
    ['NAME, description, said', 'Nguyen Thi Lan, a rice farmer, said the water rose at night. “We lost the harvest,” she said.', 'Nguyen Thi Lan'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text).at(-1)).toBe(speaker);
  });

  it('keeps the role when the apposition is a place, not a person', () => {
    expect(pairs('“Roads are closed,” said the mayor of Cuenca, Ecuador, on Friday.')).toEqual([['Roads are closed,', 'mayor of Cuenca']]);
  });

  it('a plural group before a capitalised aside is not replaced by the aside', () => {
    expect(speakers('Officials in Kyiv, Ukraine, said the talks were over. “There is nothing left to discuss,” they said.')).not.toContain('Ukraine');
  });

  it('"he said" after "the minister of X, NAME, said" is NAME, not an earlier speaker', () => {
    const text =
      '“We have reached most villages,” said Interior Secretary Paula Ostrowska.\n\n' +
      'The minister of Health, Radu Constantin, said that the hospitals were full. “We moved 40 patients,” he said.\n\n' +
      'He added: “Nobody should travel to the area.”';
    expect(speakers(text)).toEqual(['Paula Ostrowska', 'Radu Constantin', 'Radu Constantin']);
  });
});

describe('extractQuotes: the speaker phrase is never a clause', () => {
  it('a quote inside a relative clause belongs to its antecedent', () => {
    expect(pairs('The government, which has called the flood “the worst in a century”, says it will need foreign help.')).toEqual([
      ['the worst in a century', 'government'],
    ]);
  });

  it.each([
    ['a pronoun clause after the verb', 'The storm was “the worst in a century”, says it will need foreign help.'],
    ['an auxiliary clause after the verb', 'Farmers called it “a disaster for the whole valley”, said the harvest would fail.'],
  ])('does not take %s as the speaker', (_name, text) => {
    for (const [, s] of pairs(text)) expect(s ?? '').not.toMatch(/will|would| it /);
  });

  it('a partial quote that closes its sentence does not take the next sentence’s speaker', () => {
    const text = 'Health Minister Anil Varma said 200 people were hurt and called the situation “serious but stable.” Twenty people were still missing, officials said.';
    expect(pairs(text)).toEqual([['serious but stable.', 'Anil Varma']]);
  });

  it('near-miss: a partial quote followed by ", officials said" in the same sentence keeps them', () => {
    expect(pairs('The dam was “close to breaking” on Sunday, officials said.')).toEqual([['close to breaking', 'officials']]);
  });

  it('a bare "X said." right after a closed quote still attributes it', () => {
    expect(pairs('“We will stay until the end.” Varma said.')).toEqual([['We will stay until the end.', 'Varma']]);
  });
});

describe('extractQuotes: sentence ends that look like abbreviations', () => {
  it.each([
    ['a title word ending a sentence', 'Families slept on the football field. Joana Prates said she had nowhere to go.\n\n“We lost everything,” she said.'],
    ['a decimal ending a sentence', 'The largest aftershock had a magnitude of 5.4. Joana Prates said she had nowhere to go.\n\n“We lost everything,” she said.'],
  ])('%s still starts a new sentence', (_name, text) => {
    expect(speakers(text)).toEqual(['Joana Prates']);
  });
});

describe('extractQuotes: he/she follow the gender the article gives', () => {
  it.each([
    ['she skips a nearer man with a male first name', 'Ana Ruiz, a nurse, said the clinic was full. Mayor Carlos Benítez said the roads were open.\n\n“We need more beds,” she said.', 'Ana Ruiz'],
    ['he skips a nearer woman called Mrs', 'Gómez said the roads were open. Mrs. Varela said the clinic was full.\n\n“We need trucks,” he said.', 'Gómez'],
    ['she takes a spokeswoman over a nearer man', 'A union spokeswoman, Kerrigan, said the strike would go on. Dunleavy said talks had stalled.\n\n“We will not move,” she said.', 'Kerrigan'],
    ['an earlier "she" marks a woman for later', '“We are tired,” Okafor said. “We want answers,” she said. Mr. Adeyemi said the plan was ready.\n\n“We are still waiting,” she said.', 'Okafor'],
    ['unknown gender: the nearest person', 'Okafor said the clinic was full. Adeyemi said the roads were open.\n\n“We need trucks,” she said.', 'Adeyemi'],
    ['a female first name outranks a generic "spokesman"', 'Club spokesman Laura Finch said the match was off. Mr. Dale said the pitch was flooded.\n\n“Safety comes first,” she said.', 'Laura Finch'],
  ])('%s', (_name, text, speaker) => {
    expect(speakers(text).at(-1)).toBe(speaker);
  });
});
