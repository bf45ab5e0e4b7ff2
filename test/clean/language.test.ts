import { describe, expect, it } from 'vitest';
import { article, clean, keptText, removedByText } from './fixtures.js';

describe('other-language lines', () => {
  it('removes a Spanish copy of the English headline', () => {
    const line = 'El consejo de la ciudad aprueba la ampliación de la red de autobuses';
    expect(removedByText(clean(article({ head: [line] }))).get(line)).toBe('foreign-language');
  });

  it('removes a French line in the tail', () => {
    const line = 'Cet article est disponible en français sur notre site avec des photos.';
    expect(removedByText(clean(article({ tail: [line] }))).get(line)).toBe('foreign-language');
  });

  it('keeps English sentences with foreign names and phrases', () => {
    const lines = [
      'The Museo de la Ciudad de México reopened on Monday after two years of repairs.',
      'Supporters chanted "el pueblo unido" as the council members left the building.',
    ];
    const c = clean(article({ middle: lines }));
    expect(c.removed).toEqual([]);
    for (const l of lines) expect(keptText(c)).toContain(l);
  });

  it('treats English as foreign in a Spanish article', () => {
    const es = [
      'El ayuntamiento aprobó el miércoles la ampliación de la red de autobuses, una decisión que costará unos 40 millones.',
      'Los concejales discutieron durante horas sobre el plan, que según los críticos favorece a los barrios del norte.',
      'La alcaldesa, que apoya la ampliación desde su campaña, dijo que las primeras rutas se abrirán en la primavera.',
    ];
    const english = 'Read this story in English on our partner site';
    const c = clean(['Aprobada la ampliación de la red de autobuses', '', es[0], '', english, '', es[1], '', es[2]].join('\n'));
    expect(removedByText(c).get(english)).toBe('foreign-language');
    expect(c.paragraphs).toHaveLength(3);
  });
});
