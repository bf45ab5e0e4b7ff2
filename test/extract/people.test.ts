import { describe, expect, it } from 'vitest';
import { extractPeople, mergePeopleAcrossSources, resolvePerson } from '../../src/extract/people.js';
import type { Person } from '../../src/types.js';
import { seg } from '../helpers.js';

const people = (text: string): Person[] => extractPeople(seg(text));
const names = (text: string): string[] => people(text).map((p) => p.name);
const find = (ps: Person[], name: string): Person | undefined => ps.find((p) => p.name === name);

describe('extractPeople: cues that make a name', () => {
  it.each([
    ['honorific', 'The plan was backed by Mr. Okonkwo on Monday.', 'Okonkwo', 'Okonkwo'],
    ['honorific without a dot', 'The plan was backed by Mrs Okonkwo on Monday.', 'Okonkwo', 'Okonkwo'],
    ['office title', 'Finance Minister Tamsin Whitlow resigned on Friday.', 'Tamsin Whitlow', 'Tamsin Whitlow'],
    ['multi-word title', 'Secretary of State Halvard Brekke arrived in Oslo.', 'Halvard Brekke', 'Halvard Brekke'],
    ['lower-case role noun', 'Kremlin spokesman Arkady Velichko told reporters in Moscow.', 'Arkady Velichko', 'Arkady Velichko'],
    ['surname before a speech verb', 'Velichko said the talks would go on.', 'Velichko', 'Velichko'],
    ['auxiliary between name and verb', 'Velichko also said the talks would go on.', 'Velichko', 'Velichko'],
    ['inverted attribution', '“We will not wait,” said Okonkwo.', 'Okonkwo', 'Okonkwo'],
    ['known first name', 'The report cites Sarah Whitcombe at length.', 'Sarah Whitcombe', 'Sarah Whitcombe'],
    ['possessive dropped', 'Mr. Okonkwo’s plan was rejected.', 'Okonkwo', 'Okonkwo'],
    ['name glued to the next word', 'said the Rep. Daniel HolcombDemocrats on the panel.', 'Daniel Holcomb', 'Daniel Holcomb'],
    ['middle initial', 'Former President George W. Bush spoke first.', 'George W. Bush', 'George W. Bush'],
    ['name particle', 'Commission President Ursula von der Leyen said so.', 'Ursula von der Leyen', 'Ursula von der Leyen'],
    ['business role noun', 'Businessman Marek Solvang was sentenced to six years.', 'Marek Solvang', 'Marek Solvang'],
    ['legal role noun', 'The court heard defence lawyer Sabina Corvel on Monday.', 'Sabina Corvel', 'Sabina Corvel'],
    ['police rank', 'Police spokeswoman Inspector Berta Sallent said the man was held.', 'Berta Sallent', 'Berta Sallent'],
    ['age in apposition', 'Joaquim Pires, a 71-year-old olive farmer from Vilabruna, left on Monday.', 'Joaquim Pires', 'Joaquim Pires'],
    ['bare age in apposition', 'The plan was drawn up by Kask, 45, last year.', 'Kask', 'Kask'],
    ['company run into the name', 'The general director of Nordair Elin Vesterholm declared that losses rose.', 'Elin Vesterholm', 'Elin Vesterholm'],
  ])('%s', (_, text, name, mention) => {
    const ps = people(text);
    expect(ps.map((p) => p.name)).toContain(name);
    expect(find(ps, name)!.mentions).toContain(mention);
  });

  it('stops a name at a capitalised word machine translation glued after it', () => {
    const ps = people('“Stop now,” urged President Kovalenko It will be decided. Then Kovalenko Must show resolve. Kovalenko Consultation with allies.');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.mentions).toEqual(['Kovalenko']);
  });

  it('keeps the role the text gives', () => {
    const ps = people('Ukrainian Defense Minister Taras Hlushko warned of escalation. White House press secretary Dana Kimball disagreed.');
    expect(find(ps, 'Taras Hlushko')!.role).toBe('Ukrainian Defense Minister');
    expect(find(ps, 'Dana Kimball')!.role).toBe('White House press secretary');
  });

  it('reads a role given after the name', () => {
    const ps = people('“It is risky,” said Lena Hartwig, senior fellow at the Atlantic Institute.');
    expect(find(ps, 'Lena Hartwig')!.role).toBe('senior fellow at the Atlantic Institute');
  });

  it('gives no role for an honorific', () => {
    expect(people('Mr. Okonkwo declined to comment.')[0]!.role).toBeNull();
  });
});

describe('extractPeople: near-misses that are not people', () => {
  it.each([
    ['an institution before a speech verb', 'The Kremlin said talks were possible. The White House said nothing.'],
    ['a plural noun before a speech verb', 'Officials said the troops had moved. Analysts said it was a bluff.'],
    ['a country or city before a speech verb', 'Russia denied the report. Moscow said it was a provocation.'],
    ['a weekday or month after a speech verb', 'The minister spoke on Monday, said Friday’s paper. In May said nothing.'],
    ['a nationality', 'Ukrainian said the talks failed. Russian officials said otherwise.'],
    ['a place after a place word', 'The president went to Camp David for the weekend.'],
    ['a place named after a preposition', 'The talks were held in Varnavka. Varnavka said it was ready.'],
    ['capitalised words that open sentences', 'Meanwhile, tensions grew. Tens of thousands of troops gathered. Potential invasion looms.'],
    ['a common word before a speech verb with no name near it', 'Walking said nothing. Everyone said yes.'],
    ['a title alone', 'The President of Ukraine said on Monday that the army was ready.'],
    ['an acronym', 'NATO said the alliance was united. TASS reported the meeting.'],
    ['a town after an area noun', 'In the municipality Lindholm only 1,500 voters came to the polls.'],
    ['a town before an area noun', 'The Lindholm constituency voted early.'],
    ['a hyphenated place before an area noun', 'The seat in the Lindholm-North district went to the liberals.'],
    ['a known surname after "in" with no other cue', 'Voters in Lindholm stayed home. Lindholm has a new school.'],
  ])('%s', (_, text) => {
    expect(names(text)).toEqual([]);
  });
});

describe('extractPeople: places and people with the same word', () => {
  it.each([
    ['a title vouches for a surname after "from"', 'A letter from Mr. Lindholm arrived on Monday.', ['Lindholm']],
    ['a speech verb vouches for it', 'Lindholm said the school would open. She lives near the station.', ['Lindholm']],
    ['a possessive after "in" is no place', 'In Lindholm’s view the count was fair. Lindholm has been mayor since 2019.', ['Lindholm']],
  ])('%s', (_, text, expected) => {
    expect(names(text)).toEqual(expected);
  });
});

describe('extractPeople: ages in apposition', () => {
  it('keeps the description after a "year-old" age as the role', () => {
    expect(people('Joaquim Pires, a 71-year-old olive farmer from Vilabruna, left on Monday.')[0]).toMatchObject({ name: 'Joaquim Pires', role: 'olive farmer from Vilabruna' });
  });

  it('a title in apposition is the role, whatever the verb ("Dora Vasquell, the mayor of Pellana, has challenged")', () => {
    expect(people('Dora Vasquell, the mayor of Pellana, has challenged the figures.')[0]).toMatchObject({ name: 'Dora Vasquell', role: 'mayor of Pellana' });
    // A place described with a common noun is no person.
    expect(names('Pellana Nova, the capital of the province, was evacuated.')).toEqual([]);
  });

  it('a place described with an age is no person', () => {
    expect(names('Orsedo, a 300-year-old village, burned overnight.')).toEqual([]);
  });
});

describe('extractPeople: merging mentions of one person', () => {
  it('merges a full name and later bare surnames', () => {
    const ps = people('Maria Ostrowska leads the mission. Ostrowska said the mission would stay. Ms. Ostrowska left.');
    expect(ps).toHaveLength(1);
    expect(ps[0]).toMatchObject({ name: 'Maria Ostrowska', mentions: ['Maria Ostrowska', 'Ostrowska'] });
  });

  it('merges a surname that comes before the full name', () => {
    const ps = people('Ostrowska said the mission would stay. Envoy Maria Ostrowska arrived later.');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.name).toBe('Maria Ostrowska');
  });

  it('counts a known surname with no cue of its own', () => {
    const ps = people('Minister Olek Dombrowski spoke. Critics of Dombrowski were silent.');
    expect(ps[0]!.mentions).toEqual(['Olek Dombrowski', 'Dombrowski']);
  });

  it('merges a rare garble one letter off a frequent name', () => {
    const ps = people('Mr. Kowalski spoke. Mr. Kowalski left. Kowalski said no. It was hard for Mr Kowalsky to agree.');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.mentions).toEqual(['Kowalski', 'Kowalsky']);
  });

  it('merges a garble two letters off when the stem agrees', () => {
    const ps = people('“It is costly,” said Rainer Glassmann, an analyst. Mr. Glasman wrote the report.');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.mentions).toEqual(['Rainer Glassmann', 'Glasman']);
  });

  it('merges a common word next to a speech verb that garbles a name', () => {
    const ps = people('Envoy Tomas Marken arrived. Marking said last month that the talks failed.');
    expect(ps).toHaveLength(1);
    expect(ps[0]!.mentions).toEqual(['Tomas Marken', 'Marking']);
  });

  it('drops a stuttered first-name fragment from the name but keeps the mention', () => {
    const ps = people('Defense Minister Ale Aleksandr Petrenko warned of an attack.');
    expect(ps[0]).toMatchObject({ name: 'Aleksandr Petrenko', mentions: ['Ale Aleksandr Petrenko'] });
  });

  it('merges first-name spellings of one full name', () => {
    const ps = people('President Volodymir Hrytsenko spoke. Volodymyr Hrytsenko said more. Hrytsenko left.');
    expect(ps).toHaveLength(1);
  });
});

describe('extractPeople: different people stay apart', () => {
  it('keeps two frequent one-letter-different names apart', () => {
    const text =
      'Mr. Kowalski spoke. Mr. Kowalska spoke. Kowalski said no. Kowalska said yes. Mr. Kowalski left. Mrs. Kowalska stayed.';
    expect(names(text).sort()).toEqual(['Kowalska', 'Kowalski']);
  });

  it('keeps two people sharing a surname apart and sends a bare surname to the nearest', () => {
    const ps = people('Senator Joan Carraway spoke first. Governor Peter Carraway answered. Carraway said he disagreed.');
    expect(ps.map((p) => p.name)).toEqual(['Joan Carraway', 'Peter Carraway']);
    expect(find(ps, 'Peter Carraway')!.mentions).toContain('Carraway');
    expect(find(ps, 'Joan Carraway')!.mentions).not.toContain('Carraway');
  });

  it('does not merge names that differ in the first letter', () => {
    expect(names('Mr. Holt spoke. Mr. Molt spoke.').sort()).toEqual(['Holt', 'Molt']);
  });

  it('does not merge a rare spelling whose title differs', () => {
    const ps = people('Mayor Lars Sandvik spoke. Sandvik said yes. Sandvik left. Judge Lars Sandvek ruled.');
    expect(ps).toHaveLength(2);
  });
});

describe('resolvePerson', () => {
  const ps = people('Secretary of State Halvard Brekke spoke. Brekke said the talks failed. Mr. Okonkwo agreed.');
  it.each([
    ['Brekke', 'Halvard Brekke'],
    ['Mr. Brekke', 'Halvard Brekke'],
    ['Secretary of State Halvard Brekke', 'Halvard Brekke'],
    ['Brekke’s', 'Halvard Brekke'],
    ['Breke', 'Halvard Brekke'],
    ['Okonkwo', 'Okonkwo'],
  ])('%s → %s', (speaker, name) => {
    expect(resolvePerson(speaker, ps)?.name).toBe(name);
  });
  it.each([['the White House'], ['senior administration official'], ['the Kremlin spokesman'], ['Russian President'], ['Hansen'], ['he']])(
    '%s stays a role',
    (speaker) => {
      expect(resolvePerson(speaker, ps)).toBeNull();
    },
  );
});

describe('mergePeopleAcrossSources', () => {
  const p = (name: string, mentions: string[], role: string | null = null): Person => ({ name, mentions, role });

  it('gives one canonical name to spellings of one person, keeping order and mentions', () => {
    const out = mergePeopleAcrossSources([
      [p('Antonin Veselka', ['Antonin Veselka', 'Veselka'], 'Foreign Minister')],
      [p('Antonín Veselka', ['Antonín Veselka'])],
      [p('Veselka', ['Veselka']), p('Marta Dvorak', ['Marta Dvorak'])],
      [p('Antonin Veselka', ['Antonin Veselka'])],
    ]);
    expect(out.map((s) => s.map((x) => x.name))).toEqual([
      ['Antonin Veselka'],
      ['Antonin Veselka'],
      ['Antonin Veselka', 'Marta Dvorak'],
      ['Antonin Veselka'],
    ]);
    expect(out[1]![0]!.mentions).toEqual(['Antonín Veselka']);
  });

  it('takes the majority spelling word by word', () => {
    const out = mergePeopleAcrossSources([
      [p('Volodymyr Hrytsenko', ['Volodymyr Hrytsenko'])],
      [p('Volodymyr Hrytsenkyi', ['Volodymyr Hrytsenkyi'])],
      [p('Volodmir Hrytsenko', ['Volodmir Hrytsenko', 'Hrytsenko'])],
    ]);
    expect(out.flat().map((x) => x.name)).toEqual(['Volodymyr Hrytsenko', 'Volodymyr Hrytsenko', 'Volodymyr Hrytsenko']);
  });

  it('merges a name garbled in both words only when the office agrees', () => {
    const same = mergePeopleAcrossSources([
      [p('Antony Blackwood', ['Antony Blackwood', 'Blackwood'], 'US Secretary of State')],
      [p('Anthony Brackwood', ['Anthony Brackwood'], 'Secretary of State')],
    ]);
    expect(same[1]![0]!.name).toBe('Antony Blackwood');
    const other = mergePeopleAcrossSources([
      [p('Antony Blackwood', ['Antony Blackwood'], 'Secretary of State')],
      [p('Anthony Brackwood', ['Anthony Brackwood'], 'Mayor')],
    ]);
    expect(other[1]![0]!.name).toBe('Anthony Brackwood');
  });

  it('never joins two people one source keeps apart', () => {
    const out = mergePeopleAcrossSources([
      [p('Jonah Lindqvist', ['Jonah Lindqvist']), p('Jonas Lindqvist', ['Jonas Lindqvist'])],
      [p('Jonas Lindqvist', ['Jonas Lindqvist'])],
    ]);
    expect(out[0]!.map((x) => x.name)).toEqual(['Jonah Lindqvist', 'Jonas Lindqvist']);
    expect(out[1]![0]!.name).toBe('Jonas Lindqvist');
  });

  // Once order-dependent: a tie went to whichever source came first.
  it('breaks a tie between two spellings the same way whatever the order of the sources', () => {
    const a = [p('Sergei Vasko', ['Sergei Vasko', 'Vasko'], 'Foreign Minister')];
    const b = [p('Sergey Vasko', ['Sergey Vasko', 'Vasko'], 'Foreign Minister')];
    expect(mergePeopleAcrossSources([a, b]).flat().map((x) => x.name)).toEqual(['Sergei Vasko', 'Sergei Vasko']);
    expect(mergePeopleAcrossSources([b, a]).flat().map((x) => x.name)).toEqual(['Sergei Vasko', 'Sergei Vasko']);
    // Votes first, then the longer spelling, whatever the order.
    const c = [p('Sergey Vasko', ['Sergey Vasko'])];
    expect(mergePeopleAcrossSources([c, a, b]).flat().map((x) => x.name)).toEqual(['Sergey Vasko', 'Sergey Vasko', 'Sergey Vasko']);
    const d = [p('Aleksandr Orlov', ['Aleksandr Orlov'])];
    const e = [p('Alexsandr Orlov', ['Alexsandr Orlov'])];
    const f = [p('Aleksander Orlov', ['Aleksander Orlov'])];
    for (const order of [[d, e, f], [f, e, d], [e, f, d]]) {
      expect(new Set(mergePeopleAcrossSources(order).flat().map((x) => x.name))).toEqual(new Set(['Aleksander Orlov']));
    }
  });

  it('leaves a bare surname alone when two full names fit it', () => {
    const out = mergePeopleAcrossSources([
      [p('Joan Carraway', ['Joan Carraway'])],
      [p('Peter Carraway', ['Peter Carraway'])],
      [p('Carraway', ['Carraway'])],
    ]);
    expect(out[2]![0]!.name).toBe('Carraway');
  });
});

describe('extractPeople: accented names and appositions', () => {
  it.each([
    ['accented known first name', 'The rescue was led by Martín Ocampo and his team.', 'Martín Ocampo'],
    ['accented first name with an unknown surname', 'Lucía Quenaya walked for two days to reach the town.', 'Lucía Quenaya'],
    ['NAME, description, said', 'Tshilombo Kasongo, a 62-year-old farmer, said the river rose overnight.', 'Tshilombo Kasongo'],
    ['description, NAME, said', 'The governor of the province, Ikenna Obiora, said the roads were closed.', 'Ikenna Obiora'],
  ])('%s', (_name, text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ['a place after a description', 'Residents of the valley, Cotacachi, said the river rose.'],
    ['a capitalised aside after a capitalised subject', 'Rescue Teams, Red Brigades, said the river rose.'],
  ])('near-miss: %s is not a person', (_name, text) => {
    expect(people(text)).toEqual([]);
  });
});
