import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/extract/quote-tokens.js';
import { genderOf, parseSpeaker, RECENT, resolveSpeaker, type Attribution, type SpeakerPhrase } from '../../src/extract/speakers.js';

const parse = (phrase: string): SpeakerPhrase | null => parseSpeaker(tokenize(phrase), phrase, 0);

describe('parseSpeaker', () => {
  it.each([
    ['Mr. Ortega', 'name', 'Ortega'],
    ['Defense Minister Carla Ruiz', 'name', 'Carla Ruiz'],
    ['US Secretary of State Ana Lima', 'name', 'Ana Lima'],
    ['Club spokesman Luis Vega', 'name', 'Luis Vega'],
    ['Rebel Spokesperson Ivo Marx', 'name', 'Ivo Marx'],
    ['the Rep. Ann CortesDemocrats on the panel', 'name', 'Ann Cortes'],
    ['Stephen King', 'name', 'Stephen King'],
    ['the White House', 'org', 'White House'],
    ['White House summary of the call', 'org', 'White House'],
    ['the Foreign Ministry', 'org', 'Foreign Ministry'],
    ['China', 'org', 'China'],
    ['The general director of Nordair Elin Vesterholm', 'name', 'Elin Vesterholm'],
  ])('%s → %s %s', (phrase, kind, name) => {
    expect(parse(phrase)).toMatchObject({ kind, name });
  });

  it.each([
    ['a senior administration official', 'senior administration official', false],
    ['the Texas Republican', 'Texas Republican', true],
    ['The President of Ukraine', 'President of Ukraine', true],
    ['Officials', 'Officials', false],
    ['Republicans on Capitol Hill', 'Republicans', false],
    ['On Tuesday the analysts', 'analysts', true],
  ])('%s → role %s', (phrase, role, definite) => {
    expect(parse(phrase)).toMatchObject({ kind: 'role', name: null, role, definite });
  });

  it.each([['he'], ['She'], ['they'], ['it']])('%s is a pronoun', (phrase) => {
    expect(parse(phrase)).toMatchObject({ kind: 'pronoun', pronoun: phrase.toLowerCase() });
  });

  it('reads a document noun as a document', () => {
    expect(parse('The statement')).toMatchObject({ kind: 'document', definite: true });
  });

  it('returns null for an empty phrase', () => {
    expect(parse('the')).toBeNull();
  });
});

describe('resolveSpeaker', () => {
  const attr = (phrase: string, offset: number): Attribution => {
    const p = parse(phrase)!;
    const r = resolveSpeaker(p, [], '');
    return { offset, paragraph: 0, phrase: { ...p, offset }, speakerName: r.speakerName, kind: r.kind };
  };

  it('he → the nearest named person, skipping institutions and places', () => {
    const earlier = [attr('Ana Lima', 0), attr('the White House', 10), attr('China', 20)];
    expect(resolveSpeaker(parse('he')!, earlier, '').speakerName).toBe('Ana Lima');
  });

  it('it → the nearest institution', () => {
    const earlier = [attr('the Kremlin', 0), attr('Ana Lima', 10)];
    expect(resolveSpeaker(parse('it')!, earlier, '').speakerName).toBe('Kremlin');
  });

  it('they → the nearest group', () => {
    const earlier = [attr('US officials', 0), attr('Ana Lima', 10)];
    expect(resolveSpeaker(parse('they')!, earlier, '').speakerName).toBe('US officials');
  });

  it('the spokesman → the earlier speaker described as a spokesman', () => {
    const earlier = [attr('Club spokesman Luis Vega', 0), attr('Ana Lima', 10)];
    expect(resolveSpeaker(parse('the spokesman')!, earlier, '').speakerName).toBe('Luis Vega');
  });

  it('a singular role does not take a group described with the plural', () => {
    const earlier = [attr('US officials', 0)];
    expect(resolveSpeaker(parse('the senior official')!, earlier, '').speakerName).toBe('senior official');
  });

  it('the official → the nearest indefinite mention in the text before', () => {
    const before = 'A junior official spoke first. Later an unnamed trade official briefed reporters.';
    expect(resolveSpeaker(parse('the official')!, [], before).speakerName).toBe('unnamed trade official');
  });

  it('leaves a pronoun with no fitting antecedent unresolved', () => {
    expect(resolveSpeaker(parse('she')!, [attr('the Kremlin', 0)], '').speakerName).toBeNull();
  });

  // Once quadratic (cubic with genderOf): every pronoun scanned every earlier attribution.
  it('looks back over the latest attributions only', () => {
    const older = [attr('Ana Lima', 0), attr('Club spokesman Luis Vega', 5)];
    const filler = (n: number): Attribution[] => Array.from({ length: n }, (_, i) => attr('the Kremlin', 10 + i));
    expect(resolveSpeaker(parse('she')!, [...older, ...filler(RECENT - 2)], '').speakerName).toBe('Ana Lima');
    expect(resolveSpeaker(parse('the spokesman')!, [...older, ...filler(RECENT - 2)], '').speakerName).toBe('Luis Vega');
    expect(resolveSpeaker(parse('she')!, [...older, ...filler(RECENT)], '').speakerName).toBeNull();
    expect(resolveSpeaker(parse('the spokesman')!, [...older, ...filler(RECENT)], '').speakerName).toBe('spokesman');
  });

  it('resolves thousands of pronouns against a growing history', () => {
    const template = attr('Okafor', 0);
    const earlier: Attribution[] = [];
    const she = { ...parse('she')!, offset: 5000 };
    for (let i = 0; i < 5000; i++) {
      earlier.push({ ...template, offset: i, phrase: { ...template.phrase, offset: i } });
      expect(resolveSpeaker(she, earlier, '').speakerName).toBe('Okafor');
    }
  });
});

describe('parseSpeaker: a name in apposition to a description', () => {
  const withApp = (phrase: string, app: string): SpeakerPhrase | null => {
    const text = `${phrase}, ${app}`;
    const toks = tokenize(text);
    const n = tokenize(phrase).length;
    return parseSpeaker(toks.slice(0, n), text, 0, toks.slice(n));
  };

  it.each([
    ['the minister of Health', 'Radu Constantin', 'Radu Constantin'],
    ['a 58-year-old fisherman', 'Tiago Mbeki', 'Tiago Mbeki'],
    ['the spokeswoman', 'Ines Faria on Monday', 'Ines Faria'],
  ])('%s, %s → %s', (phrase, app, name) => {
    const p = withApp(phrase, app)!;
    expect(p).toMatchObject({ kind: 'name', name });
    expect(`${phrase}, ${app}`.startsWith(p.text)).toBe(true);
  });

  it.each([
    ['the mayor of Cuenca', 'Ecuador'],
    ['Officials', 'Tiago Mbeki'],
    ['the spokesman', 'who declined to comment'],
    ['Tiago Mbeki', 'Ines Faria'],
  ])('near-miss: %s, %s keeps the phrase itself', (phrase, app) => {
    expect(withApp(phrase, app)!.name).not.toBe(app);
  });
});

describe('genderOf', () => {
  const attr = (phrase: string, speakerName: string): Attribution => {
    const p = parse(phrase)!;
    return { offset: 0, paragraph: 0, phrase: p, speakerName, kind: 'name' };
  };

  it.each([
    ['Mrs. Varela', 'Varela', { gender: 'female', sure: true }],
    ['Mr. Gómez', 'Gómez', { gender: 'male', sure: true }],
    ['union spokeswoman Kerrigan', 'Kerrigan', { gender: 'female', sure: true }],
    ['she', 'Okafor', { gender: 'female', sure: true }],
    ['Carlos Benítez', 'Carlos Benítez', { gender: 'male', sure: false }],
    ['María Prates', 'María Prates', { gender: 'female', sure: false }],
    ['club spokesman Dale', 'Dale', { gender: 'male', sure: false }],
  ])('%s → %o', (phrase, name, expected) => {
    expect(genderOf(name, [attr(phrase, name)])).toEqual(expected);
  });

  it('knows nothing of a bare surname', () => {
    expect(genderOf('Okafor', [attr('Okafor', 'Okafor')])).toBeNull();
  });
});
