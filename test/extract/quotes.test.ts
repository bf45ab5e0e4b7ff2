import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/extract/quotes.js';
import { seg } from '../helpers.js';

const run = (text: string) => extractQuotes(seg(text));
const pairs = (text: string): [string, string | null][] => run(text).map((q) => [q.text, q.speakerName]);

describe('extractQuotes: speakers by construction', () => {
  it.each([
    ['"…," X said', '“We will rebuild,” Ortega said on Monday.', [['We will rebuild,', 'Ortega']]],
    ['"…," said X', '“We will rebuild,” said Mayor Ana Ortega.', [['We will rebuild,', 'Ana Ortega']]],
    ['X said: "…"', 'Ana Ortega said: “The bridge will open in May.”', [['The bridge will open in May.', 'Ana Ortega']]],
    ['colon on the previous line', 'Ana Ortega said:\n“The bridge will open in May.”', [['The bridge will open in May.', 'Ana Ortega']]],
    ['X said "…" without a colon', 'Ortega said last week “The bridge will open in May.”', [['The bridge will open in May.', 'Ortega']]],
    ['according to X', 'The budget is “fully funded,” according to the finance ministry.', [['fully funded,', 'finance ministry']]],
    ['X told reporters: audience is not the speaker', 'Ortega told reporters in Lima: “We are not worried.”', [['We are not worried.', 'Ortega']]],
    ['X, a spokesman, said', '“No comment,” Luis Vega, a spokesman for the club, said.', [['No comment,', 'Luis Vega']]],
    ['said Y, description', '“Prices will rise,” said Mara Holt, research fellow at the Lowy Institute.', [['Prices will rise,', 'Mara Holt']]],
    ['X wrote', '“The data are incomplete,” Dr. Kim wrote in the journal.', [['The data are incomplete,', 'Kim']]],
    ['titles stripped', '“We are ready,” Defense Minister Carla Ruiz said.', [['We are ready,', 'Carla Ruiz']]],
    ['capitalised verb in translated text', '“It is over.” Haddad Said.', [['It is over.', 'Haddad']]],
    ['glued run-on words', '“We object,” the Sen. Maria CortesDemocrats on the panel said in a statement.', [['We object,', 'Maria Cortes']]],
    ['role kept when nobody is named', '“Talks will continue,” a senior European diplomat said.', [['Talks will continue,', 'senior European diplomat']]],
    ['institution as speaker', '“The visit is postponed,” the Foreign Ministry said in a statement.', [['The visit is postponed,', 'Foreign Ministry']]],
    ['garbled double attribution', '“Trade will resume,” it said Kremlin readout of the meeting said.', [['Trade will resume,', 'Kremlin']]],
    ['inverted subject after a time adjunct', '«We stay on the ground», declared on the Monday the chairman of the union captain Henrik Dahl in front of the hangar.', [['We stay on the ground', 'Henrik Dahl']]],
    ['inverted subject after a prepositional phrase', '„He sold his office,“ said in the justification the chairwoman of the senate Ilona Brezan.', [['He sold his office,', 'Ilona Brezan']]],
    ['"called" after an apposition', 'His lawyer, Sabina Corvel, called it “a political trial” on Thursday.', [['a political trial', 'Sabina Corvel']]],
    ['inverted subject after "yesterday"', '“We stay on the ground,” said yesterday the union chairman Henrik Dahl.', [['We stay on the ground,', 'Henrik Dahl']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('extractQuotes: reference and continuation', () => {
  it('resolves he to the nearest named speaker', () => {
    const text = 'Ana Ortega spoke first.\n\n“We will rebuild,” Ortega said.\n\nThe council met later.\n\n“It will take years,” he said.';
    expect(pairs(text)).toEqual([
      ['We will rebuild,', 'Ortega'],
      ['It will take years,', 'Ortega'],
    ]);
  });

  it('skips institutions when resolving she', () => {
    const text = '“We agree,” Ortega said. The ministry said it would comment later. “We always agreed,” she said.';
    expect(run(text).map((q) => q.speakerName)).toEqual(['Ortega', 'Ortega']);
  });

  it('gives a quote-only paragraph the previous paragraph’s speaker', () => {
    const text = 'Ortega said the plan was ready.\n\n“We start in March. Nothing will stop us.”';
    expect(pairs(text)).toEqual([['We start in March. Nothing will stop us.', 'Ortega']]);
  });

  it('continues a quote left open at the paragraph end', () => {
    const text = '“The first phase is done,” Ortega said. “The second starts now\n\n“and the third next year.”';
    const q = run(text);
    expect(q.map((x) => x.speakerName)).toEqual(['Ortega', 'Ortega', 'Ortega']);
    expect(q[1]!.text).toBe('The second starts now');
  });

  it('gives the second quote of a paragraph the first one’s speaker', () => {
    expect(run('“Yes,” said Ortega. “We will.”').map((q) => q.speakerName)).toEqual(['Ortega', 'Ortega']);
  });

  it('takes the speaker of a later quote in the same paragraph', () => {
    expect(run('“We are ready.” “Completely ready,” Ortega said.').map((q) => q.speakerName)).toEqual(['Ortega', 'Ortega']);
  });

  it('resolves "the official" to the earlier indefinite mention', () => {
    const text = 'A senior defence official briefed reporters on Monday.\n\n“We are watching closely,” the official said.';
    expect(pairs(text)).toEqual([['We are watching closely,', 'senior defence official']]);
  });

  it('resolves "the spokesman" to the named spokesman', () => {
    const text = 'Club spokesman Luis Vega said the match was off.\n\n“Safety comes first,” the spokesman said.';
    expect(pairs(text)).toEqual([['Safety comes first,', 'Luis Vega']]);
  });

  it('resolves a role written with "of" to the one person holding that title', () => {
    const text = 'The Mayor of Lima said the city would “recover”.\n\nLima Mayor Rosa Quispe visited the site.';
    expect(pairs(text)).toEqual([['recover', 'Rosa Quispe']]);
  });

  it('keeps a pronoun unresolved when no named speaker came before', () => {
    expect(pairs('“We are ready,” he said.')).toEqual([['We are ready,', null]]);
  });
});

describe('extractQuotes: titles and pronouns across paragraphs', () => {
  it('a bare capitalised title in a headline names the one person with that title', () => {
    const text = 'Minister: ‘We will not send in the army’\n\nTransport Minister Aurel Kask has been answering questions. “We will not send in the army,” Kask said.';
    expect(pairs(text)[0]).toEqual(['We will not send in the army', 'Aurel Kask']);
  });

  it('a bare title stays a role when two people hold it', () => {
    const text = 'Minister: ‘No deal yet’\n\nTransport Minister Aurel Kask met the unions. Finance Minister Juri Lepp said nothing.';
    expect(pairs(text)[0]).toEqual(['No deal yet', 'Minister']);
  });

  it('"he" after a paragraph quoting a name of unknown gender goes to that name, not to an earlier man', () => {
    const text = [
      '“Nobody called me,” said Tobias Engel, a stranded passenger. He was angry.',
      'Transport Minister Aurel Kask spoke in parliament. “We will not send in the army,” Kask said.',
      'He said he would meet both sides again “in the coming days”.',
    ].join('\n\n');
    expect(pairs(text).at(-1)).toEqual(['in the coming days', 'Kask']);
  });
});

describe('extractQuotes: headline labels', () => {
  it.each([
    ["Pellana mayor: 'at least 40 homes' lost", 'at least 40 homes', 'Pellana mayor'],
    ["Vesterholm: offer 'will not be improved'", 'will not be improved', 'Vesterholm'],
    ['Union leader: “We stay on the ground”', 'We stay on the ground', 'Union leader'],
  ])('%s', (text, quote, speaker) => {
    expect(pairs(text)).toEqual([[quote, speaker]]);
  });

  it('a role label names the one person the article gives that role in an apposition', () => {
    const text = "Pellana mayor: 'at least 40 homes' lost\n\nDora Vasquell, the mayor of Pellana, has challenged the official figures.";
    expect(pairs(text)).toEqual([['at least 40 homes', 'Dora Vasquell']]);
  });

  it('needs a short headline for words between the label and the quote, and no verb in the label', () => {
    const long = "Vesterholm: offer 'will not be improved' as the airline prepares for a long fight with its pilots over pay this summer";
    expect(run(long)).toEqual([]);
    expect(pairs('He said the following: “We will win.”')).toEqual([['We will win.', null]]);
  });
});

describe('extractQuotes: speakers named only by an age apposition', () => {
  it('"He told us:" goes to the person just introduced', () => {
    const text = [
      '“Two more planes are over the valley.” — Civil Protection (@civil) August 12, 2026',
      'Joaquim Pires, a 71-year-old olive farmer from Vilabruna, left with his wife on Monday evening. He told us:',
      '“We took the dog, our papers and a photo of our grandchildren.”',
    ].join('\n\n');
    expect(pairs(text).at(-1)).toEqual(['We took the dog, our papers and a photo of our grandchildren.', 'Joaquim Pires']);
  });
});

describe('extractQuotes: partial quotes and scare quotes', () => {
  it('marks a phrase inside a reported sentence as partial', () => {
    const q = run('Ortega warned of “serious consequences” if the deal failed.');
    expect(q).toMatchObject([{ text: 'serious consequences', partial: true, speakerName: 'Ortega' }]);
  });

  it('marks a sentence-level quote as not partial', () => {
    expect(run('“We are ready,” Ortega said.')[0]!.partial).toBe(false);
  });

  it('attributes a single word when the sentence has a speech verb', () => {
    expect(pairs('The minister said the army was ready to “respond”.')).toEqual([['respond', 'minister']]);
  });

  it('attributes a term to its possessive owner', () => {
    expect(pairs('Lima rejected Moscow’s “final offer” on Friday, Ortega said.')).toEqual([['final offer', 'Moscow']]);
  });

  it('uses a trailing ", X said" over the subject of the sentence', () => {
    expect(pairs('Ortega voiced “deep regret” over the delay, the mayor’s office said.')).toEqual([['deep regret', 'mayor’s office']]);
  });

  it('keeps a long phrase continuing the paragraph’s speaker', () => {
    const text = 'The statement said the parties agreed “to meet again soon”. They also discussed “a joint plan for the northern border”.';
    expect(run(text).map((q) => q.speakerName)).toEqual(['statement', 'statement']);
  });

  it('keeps two words the paragraph’s speaker goes on about (“for now”)', () => {
    const text = '“Nobody may hold the country hostage,” Kask said on Sunday. He ruled out intervention “for now”.';
    expect(pairs(text)).toEqual([
      ['Nobody may hold the country hostage,', 'Kask'],
      ['for now', 'Kask'],
    ]);
  });

  it.each([
    ['a capitalised name', '“We will fight,” Kask said. He once joined the “Freedom Party” as a student.'],
    ['no he or she in the sentence', '“We will fight,” Kask said. The plan ruled out intervention “for now”.'],
  ])('drops two words continuing a speaker without that: %s', (_name, text) => {
    expect(run(text).map((q) => q.text)).toEqual(['We will fight,']);
  });

  it.each([
    ['a quoted single word with no speaker', 'The so-called “experts” were wrong again.'],
    ['a short quoted term with no speech verb', 'The “peace plan” collapsed within a week.'],
    ['a title of a work', 'She watched “The Godfather” on Sunday.'],
    ['a speech verb in another clause', 'The “reform” failed, and Ortega said she was disappointed.'],
  ])('drops %s (scare quote)', (_name, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('extractQuotes: offsets', () => {
  it('text equals the document slice at offset and excludes marks and spaces', () => {
    const text = 'Intro line.\n\n“We are ready. ” “Always,” Ortega said.';
    const q = run(text);
    expect(q.map((x) => x.text)).toEqual(['We are ready.', 'Always,']);
    for (const x of q) expect(text.slice(x.offset, x.offset + x.text.length)).toBe(x.text);
    expect(q.every((x) => x.speaker === null)).toBe(true);
  });
});

// Once quadratic: each quote rescanned its paragraph (inherit, isSpeech, the sentence loop, leading).
describe('extractQuotes: long paragraphs', () => {
  it('attributes every quote of a 200 KB paragraph of quotes and speech clauses', () => {
    const unit = '“We stay,” he said, and “the port is shut for the winter” was the view. Ana Lima agreed. ';
    const n = Math.ceil(200_000 / unit.length);
    const q = run(`Mayor Ana Lima spoke.\n\n${unit.repeat(n)}`);
    expect(q.length).toBe(2 * n);
    expect(q.every((x) => x.speakerName === 'Ana Lima')).toBe(true);
  });

  it('reads a 200 KB paragraph of unattributed short quotes as scare quotes', () => {
    expect(run(`The “a” and the “b” ${'and the “c” '.repeat(20_000)}ended.`)).toEqual([]);
  });
});
