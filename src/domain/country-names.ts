/**
 * A country of birth typed in Spanish ("México", "Perú") is written in English in the English
 * papers (the letter, the stay statement): the same fact, in the papers' language. Only names a
 * Spanish speaker would type differently from English; any other answer is printed as typed.
 */

/** Lower case, without accents, single spaces: "  República  Dominicana " → "republica dominicana". */
function matchKey(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[.\s]+/g, ' ').trim();
}

const SPANISH_TO_ENGLISH: ReadonlyMap<string, string> = new Map(
  Object.entries({
    mexico: 'Mexico', 'estados unidos mexicanos': 'Mexico', peru: 'Peru', brasil: 'Brazil', haiti: 'Haiti',
    'republica dominicana': 'Dominican Republic', 'rep dominicana': 'Dominican Republic', panama: 'Panama',
    belice: 'Belize', 'trinidad y tobago': 'Trinidad and Tobago', 'estados unidos': 'United States', canada: 'Canada',
    espana: 'Spain', francia: 'France', alemania: 'Germany', italia: 'Italy', rumania: 'Romania', rusia: 'Russia',
    ucrania: 'Ukraine', turquia: 'Turkey', filipinas: 'Philippines', japon: 'Japan', 'corea del sur': 'South Korea',
    afganistan: 'Afghanistan', iran: 'Iran', irak: 'Iraq', pakistan: 'Pakistan', banglades: 'Bangladesh', 'la india': 'India',
    marruecos: 'Morocco', egipto: 'Egypt', etiopia: 'Ethiopia', eritrea: 'Eritrea', gana: 'Ghana', kenia: 'Kenya',
    camerun: 'Cameroon', 'sierra leona': 'Sierra Leone', 'costa de marfil': 'Côte d’Ivoire', sudafrica: 'South Africa',
    'republica democratica del congo': 'Democratic Republic of the Congo', 'guinea ecuatorial': 'Equatorial Guinea',
    'republica del congo': 'Republic of the Congo', 'sudan del sur': 'South Sudan', ruanda: 'Rwanda', zimbabue: 'Zimbabwe',
    argelia: 'Algeria', tunez: 'Tunisia', libia: 'Libya', 'cabo verde': 'Cape Verde', yibuti: 'Djibouti', 'guinea-bisau': 'Guinea-Bissau',
    'guinea bisau': 'Guinea-Bissau', 'reino unido': 'United Kingdom', inglaterra: 'England', escocia: 'Scotland', irlanda: 'Ireland',
    'paises bajos': 'Netherlands', holanda: 'Netherlands', belgica: 'Belgium', suiza: 'Switzerland', suecia: 'Sweden',
    noruega: 'Norway', dinamarca: 'Denmark', finlandia: 'Finland', polonia: 'Poland', hungria: 'Hungary', grecia: 'Greece',
    'republica checa': 'Czech Republic', chequia: 'Czechia', bielorrusia: 'Belarus', moldavia: 'Moldova', lituania: 'Lithuania',
    letonia: 'Latvia', albania: 'Albania', 'macedonia del norte': 'North Macedonia', azerbaiyan: 'Azerbaijan', kazajistan: 'Kazakhstan',
    uzbekistan: 'Uzbekistan', tayikistan: 'Tajikistan', kirguistan: 'Kyrgyzstan', turkmenistan: 'Turkmenistan', siria: 'Syria',
    libano: 'Lebanon', jordania: 'Jordan', 'arabia saudita': 'Saudi Arabia', 'arabia saudi': 'Saudi Arabia', catar: 'Qatar',
    'emiratos arabes unidos': 'United Arab Emirates', palestina: 'Palestine', tailandia: 'Thailand', camboya: 'Cambodia',
    birmania: 'Myanmar', malasia: 'Malaysia', singapur: 'Singapore', 'corea del norte': 'North Korea', corea: 'Korea',
    'nueva zelanda': 'New Zealand', surinam: 'Suriname', 'santa lucia': 'Saint Lucia',
    'san vicente y las granadinas': 'Saint Vincent and the Grenadines', 'san cristobal y nieves': 'Saint Kitts and Nevis',
    'antigua y barbuda': 'Antigua and Barbuda', 'las bahamas': 'Bahamas', 'la republica dominicana': 'Dominican Republic',
  }),
);

/** The country in English when it is a Spanish name for it; else the answer as typed. */
export function countryInEnglish(typed: string): string {
  return SPANISH_TO_ENGLISH.get(matchKey(typed)) ?? typed;
}

/** Countries said with "the" in an English sentence (matched as `matchKey` writes them). */
const WITH_THE = new Set(['dominican republic', 'united states', 'philippines', 'democratic republic of the congo', 'republic of the congo',
  'bahamas', 'gambia', 'netherlands', 'united kingdom', 'united arab emirates', 'czech republic', 'central african republic']);

/** "in Mexico", "in the Dominican Republic": the country of birth in an English sentence. */
export function inCountry(typed: string): string {
  const name = countryInEnglish(typed.trim());
  return WITH_THE.has(matchKey(name)) ? `in the ${name}` : `in ${name}`;
}
