import { describe, expect, it } from 'vitest';
import { extractQuantities } from '../../src/extract/quantities.js';
import { seg } from '../helpers.js';

const q = (text: string) => extractQuantities(seg(text));
const one = (text: string) => {
  const all = q(text);
  expect(all).toHaveLength(1);
  return all[0]!;
};

describe('extractQuantities: figures and units', () => {
  it.each([
    ['Officials counted 48,500 soldiers near the frontier.', 48500, 'troops', 'soldiers', '48,500 soldiers'],
    ['The column carried 3,200 Belarusian troops north.', 3200, 'troops', 'troops', '3,200 Belarusian troops'],
    ['A reserve of 12,000 men waited at the depot.', 12000, 'troops', 'men', '12,000 men'],
    ['The army kept 9,000 personnel on standby.', 9000, 'troops', 'personnel', '9,000 personnel'],
    ['The plan moved 40 tactical battalion groups forward.', 40, 'battalions', 'tactical battalion groups', '40 tactical battalion groups'],
    ['The ministers held four phone calls in a month.', 4, 'calls', 'phone calls', 'four phone calls'],
    ['The leaders spoke in a three-hour meeting.', 3, 'hours', 'hour', 'three-hour'],
    ['Flooding displaced twenty-five thousand people overnight.', 25000, 'people', 'people', 'twenty-five thousand people'],
    ['The mayor was joined by two other aides.', 2, 'people', 'aides', 'two other aides'],
  ])('%s', (text, value, unit, unitText, claimText) => {
    const c = one(text);
    expect(c).toMatchObject({ value, unit, unitText, text: claimText, qualifier: 'exact', valueMax: null });
    expect(text.slice(c.offset, c.offset + c.text.length)).toBe(c.text);
  });

  it.each([
    ['Congress approved US$4.2 billion in aid.', 4_200_000_000, 'usd'],
    ['The fund raised $750 million last year.', 750_000_000, 'usd'],
    ['Brussels pledged €3 billion for reconstruction.', 3_000_000_000, 'eur'],
    ['The deal was worth 20 million dollars.', 20_000_000, 'usd'],
  ])('money: %s', (text, value, unit) => {
    expect(one(text)).toMatchObject({ value, unit });
  });
});

describe('extractQuantities: qualifiers', () => {
  it.each([
    ['About 30,000 troops remain in the region.', 'about'],
    ['Around 30,000 troops remain in the region.', 'about'],
    ['Roughly 30,000 troops remain in the region.', 'about'],
    ['Nearly 30,000 troops remain in the region.', 'about'],
    ['Almost 30,000 troops remain in the region.', 'about'],
    ['The force includes an estimated 30,000 troops.', 'about'],
    ['The force includes some 30,000 troops.', 'about'],
    ['Up to 30,000 troops could take part.', 'up-to'],
    ['As many as 30,000 troops could take part.', 'up-to'],
    ['More than 30,000 troops took part.', 'more-than'],
    ['At least 30,000 troops took part.', 'at-least'],
    ['Fewer than 30,000 troops took part.', 'less-than'],
    ['Exactly 30,000 troops took part, the ministry said.', 'exact'],
    ['The army can call up within 30,000 troops a week.', 'up-to'],
    ['The army mobilises until 30,000 troops, the ministry said.', 'up-to'],
    ['The army mobilises till 30,000 troops, the ministry said.', 'up-to'],
    ['The army could exceed 30,000 troops next year.', 'more-than'],
    ['The force stayed above 30,000 troops all year.', 'more-than'],
    ['The force fell below 30,000 troops in May.', 'less-than'],
  ])('%s → %s', (text, qualifier) => {
    expect(one(text)).toMatchObject({ value: 30000, unit: 'troops', qualifier });
  });

  it('puts the qualifier in the claim text', () => {
    expect(one('As many as 30,000 troops could take part.').text).toBe('As many as 30,000 troops');
  });

  it.each([
    ['Between 5,000 and 8,000 people fled the town.', 5000, 8000, 'Between 5,000 and 8,000 people'],
    ['Officials said 5,000 to 8,000 people fled.', 5000, 8000, '5,000 to 8,000 people'],
    ['An estimated 5,000-8,000 people fled.', 5000, 8000, '5,000-8,000 people'],
  ])('range: %s', (text, value, valueMax, claimText) => {
    expect(one(text)).toMatchObject({ value, valueMax, qualifier: 'range', text: claimText });
  });

  it.each([
    ['Tens of thousands of Russian troops massed there.', 'Tens of thousands of Russian troops', 'troops'],
    ['Thousands of soldiers crossed the river.', 'Thousands of soldiers', 'troops'],
    ['Hundreds of people gathered outside.', 'Hundreds of people', 'people'],
    ['An army of thousands gathered at the border.', 'army of thousands', 'troops'],
  ])('vague: %s', (text, claimText, unit) => {
    expect(one(text)).toMatchObject({ value: null, qualifier: 'vague', text: claimText, unit });
  });
});

describe('extractQuantities: attribution and context', () => {
  it.each([
    ['Up to 30,000 troops could be involved, Western officials confirmed to the broadcaster.', 'Western officials'],
    ['The plan involves 12 brigades, according to a senior defense official.', 'a senior defense official'],
    ['Interior Minister Anna Example cited police reports that 2,000 people marched.', 'Interior Minister Anna Example'],
    ['“We delivered 300 tanks,” said Peter Sample, a former adviser.', 'Peter Sample'],
    ['About 8,000 soldiers are stationed there.', null],
    // A lower-case institution, with the words that name it, bounded by an article or a comma.
    ['The port authority said 40 ships were waiting.', 'The port authority'],
    ['According to the port authority, 40 ships were waiting.', 'the port authority'],
    ['The national statistics office estimated that 43 firms closed.', 'The national statistics office'],
    ['Ships queued outside, harbour officials said, and 42 ships were waiting.', 'harbour officials'],
    ['The Ministry of Health said 40 people were hurt.', 'The Ministry of Health'],
    ['According to the Centre for Disease Control, 41 cases were found.', 'the Centre for Disease Control'],
    ['Luis Example, the mayor of Sometown, said 42 homes were damaged.', 'Luis Example'],
    ['Jana Example, president of the Example Red Cross, said 15,000 people needed help.', 'Jana Example'],
    ['The U.S. Geological Survey recorded 46 aftershocks.', 'The U.S. Geological Survey'],
    ['According to the latest report from the National Example Office (NEO), 47 people died.', 'the latest report from the National Example Office (NEO)'],
    ['Preliminary figures showed 31.4% of the vote for the party.', 'Preliminary figures'],
    // A month after "in" is a date, not a speaker.
    ['Talks stalled in March, said the union, and 16 ships waited.', 'the union'],
    ['Jan Example, who took over in March, said the Greens won 16 seats.', 'Jan Example'],
    // Function words end the phrase: "the port and officials" is no source.
    ['He visited the port and officials said 40 ships were waiting.', 'officials'],
    // Auxiliaries between subject and verb, a plural possessive inside the name, a hyphenated modifier.
    ["The Example Pilots' Association has announced a 48-hour strike.", "The Example Pilots' Association"],
    ['Airlines cancelled 1,450 flights, according to the flight-tracking service AeroData.', 'the flight-tracking service AeroData'],
    ['Analysts at Example Securities estimate the cost at 15 million euros.', 'Example Securities'],
    ["The gap is worth roughly €38m a year, by Example's calculation.", 'Example'],
    ["By the agency's count, 40 people died.", 'the agency'],
    ['The estimate of 500 deaths was wrong.', null],
    ['Prosecutors had sought 10 years for the former minister.', 'Prosecutors'],
    ['According to the verdict, he was paid in at least 11 instalments.', 'the verdict'],
    ['The latest Civil Protection figures put the burnt area at 9,400 hectares.', 'Civil Protection figures'],
    ['He put 40 tanks in the hall.', null],
    ['Carla Example, chief economist at Example Re, estimates losses at €150m.', 'Carla Example'],
    ['Spending fell to €48m, according to budget figures compiled by the opposition Green Left party.', 'budget figures compiled by the opposition Green Left'],
    ['The fire left 11,200 hectares burned, according to the European satellite monitoring service EFMS.', 'the European satellite monitoring service EFMS'],
    ['The weather institute INMET expects temperatures above 35C.', 'The weather institute INMET'],
    ['The airport operator says it expects 800 passengers to sleep in the terminals.', 'The airport operator'],
    // A measured figure in an apposition describes a place, not a speaker.
    ['Interior Minister Rafael Example, who visited a shelter in Santa Lira, 30 km to the north, said the evacuation went well.', null],
  ])('%s', (text, who) => {
    expect(one(text).attributedTo).toBe(who);
  });

  it('"and, according to X, …" credits only the figures after it', () => {
    const all = q('The party won 24 seats and, according to exit-poll data, 20% of voters under 30.');
    expect(all.map((c) => [c.text, c.attributedTo])).toEqual([
      ['24 seats', null],
      ['20%', 'exit-poll data'],
    ]);
    // At the end, or between two figures of one clause, it credits them all.
    const end = q('The quake killed 48 people, according to officials, and injured 300 people.');
    expect(end.map((c) => c.attributedTo)).toEqual(['officials', 'officials']);
  });

  it('a capitalised "States" is not a speech verb', () => {
    expect(one('The United States has sent US$1 billion in aid.').attributedTo).toBeNull();
  });

  it('keeps content words that say what is counted and where', () => {
    const c = one('Currently about 20,000 troops are deployed along the northern border.');
    expect(c.context).toEqual(expect.arrayContaining(['deployed', 'border']));
    expect(c.context.every((w) => w === w.toLowerCase())).toBe(true);
  });
});

describe('extractQuantities: near-misses', () => {
  it.each([
    ['In 2014 the region was annexed and troops gathered.', 'a year'],
    ['The talks were held on December 7 with 30 observers.', 'a day of the month (and no unit)'],
    ['She finished a second round of talks.', '"a second"'],
    ['The 45-year-old commander resigned.', 'an age'],
    ['The commander, aged 52, resigned from 3 posts.', 'an age (and posts is no unit)'],
    ['Russia occupied the peninsula seven years ago.', '"N years ago" is a date'],
    ['The G20 summit and Nord Stream 2 pipeline were discussed.', 'figures glued to names'],
    ['It was the fifth meeting between the two leaders.', 'ordinal and "the two"'],
    ['The 3rd battalion moved.', 'ordinal digits'],
    ['One of the options is sanctions.', 'a number word without a counted noun'],
    ['The court will discuss the proposal today at 10 hours.', 'a clock time in machine translation'],
    ['The committee has nine members.', 'a bare "members" says not what is counted'],
  ])('%s (%s)', (text) => {
    expect(q(text)).toEqual([]);
  });

  it('"the" before a spelled number keeps a duration ("the three days of the strike")', () => {
    expect(one('Flights were cancelled in the three days of the strike.')).toMatchObject({ value: 3, unit: 'days', text: 'three days' });
  });

  it('"at N hours" is a duration when a rate follows', () => {
    expect(one('Pilots were paid at 10 hours a week.')).toMatchObject({ value: 10, unit: 'hours' });
  });

  it('money has two decimals, so one dot group before a currency is thousands', () => {
    expect(one('The management offered a bonus of 2.000 euros.')).toMatchObject({ value: 2000, unit: 'eur' });
    expect(one('The management offered a bonus of €2.000.')).toMatchObject({ value: 2000, unit: 'eur' });
    expect(one('Shares fell to 7.86 euros.')).toMatchObject({ value: 7.86, unit: 'eur' });
    expect(one('The bill reached 1.125 billion euros.')).toMatchObject({ value: 1_125_000_000, unit: 'eur' });
  });

  it('speeds: km/h with its slash, written against the digits, and spelled out', () => {
    expect(one('Gusts of up to 70 km/h pushed the flames.')).toMatchObject({ value: 70, unit: 'km/h', qualifier: 'up-to', text: 'up to 70 km/h' });
    expect(one('Gusts reached 70km/h overnight.')).toMatchObject({ value: 70, unit: 'km/h', text: '70km/h' });
    expect(one('The wind dropped to 40 miles per hour.')).toMatchObject({ value: 40, unit: 'mph' });
    expect(one('The wind should weaken on 20 till 30 km/h.')).toMatchObject({ value: 20, valueMax: 30, unit: 'km/h', qualifier: 'range' });
  });

  it('a document with decimal commas writes thousands with a dot, whatever the unit', () => {
    const text = 'The flames burned 9.800 hectares, around 3,5 % of the province.';
    expect(q(text).map((c) => [c.value, c.unit])).toEqual([
      [9800, 'hectares'],
      [3.5, 'percent'],
    ]);
    // Without one, a measure keeps the decimal reading.
    expect(one('The flames burned 9.800 hectares.').value).toBe(9.8);
    // And there a comma decimal needs no percent sign.
    expect(q('Solvang got 6,5 years. The bribes were 14,5 millions of crowns.')[0]).toMatchObject({ value: 6.5, unit: 'years' });
    expect(q('Solvang got 6,5 years.')).toEqual([]);
  });

  it('a settlement of N counts its people; "the number of X … to N" counts X', () => {
    expect(one('Pellana, a town of 9,300, is empty.')).toMatchObject({ value: 9300, unit: 'people' });
    expect(one('More planes arrived, bringing the number of aircraft fighting the fire to 16.')).toMatchObject({ value: 16, unit: 'aircraft' });
  });

  it('the answer to "How many X …?" counts X', () => {
    expect(q('How many people have had to leave?\n\nAbout 12,500, according to the agency.').map((c) => [c.value, c.unit, c.qualifier])).toEqual([[12500, 'people', 'about']]);
    expect(q('Who is in charge?\n\nAbout 12,500, according to the agency.')).toEqual([]);
  });

  it('payments in instalments and witnesses are counted', () => {
    expect(one('He was paid in at least 11 instalments.')).toMatchObject({ value: 11, unit: 'payments', qualifier: 'at-least' });
    expect(one('The court heard more than 60 witnesses.')).toMatchObject({ value: 60, unit: 'people', unitText: 'witnesses' });
    expect(one('The fine was CZK 12 million.')).toMatchObject({ value: 12_000_000, unit: 'czk' });
  });

  it('people counted by their trade fold into people', () => {
    expect(one('More than 3,000 pilots stayed on the ground.')).toMatchObject({ value: 3000, unit: 'people', unitText: 'pilots', qualifier: 'more-than' });
    expect(one('The council received 2,300 complaints.')).toMatchObject({ value: 2300, unit: 'complaints' });
  });

  it('money takes its currency, not a later time word', () => {
    expect(one('The fund raised $750 million last year.')).toMatchObject({ value: 750_000_000, unit: 'usd', text: '$750 million' });
  });

  it('repairs a glued article after the unit without swallowing it', () => {
    const c = one('The force could reach 90,000 soldiersa senior official said.');
    expect(c).toMatchObject({ value: 90000, unit: 'troops', text: '90,000 soldiers' });
  });
});

// Once a bug: lexicons loaded as plain objects found Object.prototype's keys,
// so "constructor workers" became a quantity whose value was a function's text.
describe('words that are keys of Object.prototype', () => {
  it.each([
    'The constructor workers said the bridge would open.',
    'Three toString crews and valueOf teams left, officials said.',
    'The hasOwnProperty question was debated at length.',
  ])('%s gives no figure from those words', (text) => {
    for (const q of extractQuantities(seg(text))) expect(typeof q.value === 'number' || q.value === null).toBe(true);
    expect(extractQuantities(seg(text)).map((q) => q.text).filter((t) => /constructor|toString|valueOf|hasOwnProperty/.test(t))).toEqual([]);
  });
});
