/**
 * A country of birth typed in Spanish is printed in English in the English papers ("born … in
 * Mexico", not "in México"); any other answer is printed as typed.
 */
import { describe, expect, it } from 'vitest';
import { assess, checklist, countryInEnglish, inCountry, letterModel, setField, stayStatementBlocks } from '../../../src/domain';
import { finalOrderBaseline, inCourtBaseline, SCENARIO_DATE, walk } from './walk';

describe('the country of birth in the English papers', () => {
  it('writes a Spanish name in English, whatever its accents, capitals and spaces', () => {
    expect(countryInEnglish('México')).toBe('Mexico');
    expect(countryInEnglish(' mexico ')).toBe('Mexico');
    expect(countryInEnglish('PERÚ')).toBe('Peru');
    expect(countryInEnglish('República  Dominicana')).toBe('Dominican Republic');
    expect(countryInEnglish('Brasil')).toBe('Brazil');
    expect(countryInEnglish('Reino Unido')).toBe('United Kingdom');
    expect(countryInEnglish('Siria')).toBe('Syria');
    expect(countryInEnglish('Túnez')).toBe('Tunisia');
    expect(countryInEnglish('Arabia Saudita')).toBe('Saudi Arabia');
    expect(countryInEnglish('Zimbabue')).toBe('Zimbabwe');
  });

  it('leaves names that are the same in English, or unknown to it, as typed', () => {
    // "Granada" is a city in Nicaragua and in Spain as well as Grenada's Spanish name: left as typed.
    for (const name of ['Guatemala', 'El Salvador', 'Honduras', 'Colombia', 'Venezuela', 'Oaxaca, Mexico', 'Mexiko', 'Granada']) {
      expect(countryInEnglish(name)).toBe(name);
    }
  });

  it('puts "the" before the countries that take it', () => {
    expect(inCountry('República Dominicana')).toBe('in the Dominican Republic');
    expect(inCountry('Dominican Republic')).toBe('in the Dominican Republic');
    expect(inCountry('Filipinas')).toBe('in the Philippines');
    expect(inCountry('Países Bajos')).toBe('in the Netherlands');
    expect(inCountry('las Bahamas')).toBe('in the Bahamas');
    expect(inCountry('Emiratos Árabes Unidos')).toBe('in the United Arab Emirates');
    expect(inCountry('México')).toBe('in Mexico');
    expect(inCountry('Guatemala')).toBe('in Guatemala');
  });

  it('is used in the letter and in the stay statement', () => {
    const c = setField(walk(inCourtBaseline).c, 'person.countryOfBirth', 'México');
    const a = assess(c, { asOf: SCENARIO_DATE });
    const m = letterModel(c, a, checklist(c, a))!;
    const background = m.paragraphs.map((p) => p.text).join(' ');
    expect(background).toMatch(/I was born in Mexico\b/);
    expect(background).not.toContain('México');

    const f = setField(walk(finalOrderBaseline).c, 'person.countryOfBirth', 'Perú');
    const fa = assess(f, { asOf: SCENARIO_DATE });
    const rows = stayStatementBlocks(f, fa, checklist(f, fa)).flatMap((b) => (b.kind === 'rows' ? b.rows : []));
    expect(rows.find((r) => r.label === 'Country of birth')?.value).toBe('Peru');
  });
});
