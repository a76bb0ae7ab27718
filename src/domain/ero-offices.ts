/**
 * ERO field offices (Enforcement and Removal Operations), for the I-246 stay of removal: it is
 * filed in person at the ERO field office with jurisdiction over the person's home address
 * (reference.md §3.1 (d)).
 *
 * Transcribed from ../shared/legal/offices.md §2.2: two public copies of ICE's field-office list
 * (~March–April 2026) that agree, read on 2026-11-23. NOT checked live against ice.gov. The app
 * only suggests an office from the home state, and says that the office named on the person's
 * own ICE papers (an Order of Supervision, a check-in letter) wins. States split between offices
 * (California, New York, Texas) get every candidate, never a guess.
 */

export interface EroOffice {
  id: string;
  /** "ERO Atlanta Field Office". */
  name: string;
  /** The city in its name ("Atlanta"), for the name in the page language. */
  city: string;
  addressLines: string[];
  /** As listed; absent where the source lists none. */
  phone?: string;
  /** Two-letter codes of the states and territories it covers, wholly or in part. */
  states: string[];
  /** Part of a state only: the area as the source words it. */
  area?: string;
}

/** When the copies of ICE's list were read; nothing was checked live on that day or since. */
export const ERO_OFFICES_READ_ON = '2026-11-23';
/** The content date of the copies (offices.md: ~March–April 2026), as a month to format. */
export const ERO_OFFICES_LISTED = '2026-04';
export const ERO_OFFICES_FINDER = 'https://www.ice.gov/contact/field-offices';

const o = (id: string, city: string, addressLines: string[], phone: string | null, states: string[], area?: string): EroOffice => ({
  id: `ero-${id}`,
  name: `ERO ${city} Field Office`,
  city,
  addressLines,
  ...(phone ? { phone } : {}),
  states,
  ...(area ? { area } : {}),
});

export const eroOffices: readonly EroOffice[] = Object.freeze([
  o('atlanta', 'Atlanta', ['180 Ted Turner Dr SW, Suite 522', 'Atlanta GA 30303'], '(404) 893-1290', ['GA', 'NC', 'SC']),
  o('baltimore', 'Baltimore', ['31 Hopkins Plaza, 6th Floor', 'Baltimore MD 21201'], '(443) 560-0640', ['MD']),
  o('boston', 'Boston', ['1000 District Ave', 'Burlington MA 01803'], '(781) 359-7500', ['CT', 'ME', 'MA', 'NH', 'RI', 'VT']),
  o('buffalo', 'Buffalo', ['250 Delaware Ave, Floor 7', 'Buffalo NY 14202'], '(716) 464-5800', ['NY'],
    'Upstate New York (counties not covered by the New York City office)'),
  o('chicago', 'Chicago', ['101 W. Ida B. Wells Dr, Suite 4000', 'Chicago IL 60605'], '(872) 351-3990', ['IL', 'IN', 'WI', 'MO', 'KY', 'KS']),
  o('dallas', 'Dallas', ['8101 N. Stemmons Fwy', 'Dallas TX 75247'], null, ['TX', 'OK'], 'North Texas and Oklahoma'),
  o('denver', 'Denver', ['12445 E. Caley Ave', 'Centennial CO 80111'], '(720) 873-2899', ['CO', 'WY']),
  o('detroit', 'Detroit', ['985 Michigan Ave, Suite 207', 'Detroit MI 48226'], '(313) 771-6601', ['MI', 'OH']),
  o('el-paso', 'El Paso', ['11541 Montana Ave, Suite E', 'El Paso TX 79936'], '(915) 225-1901', ['TX', 'NM'], 'West Texas and New Mexico'),
  o('harlingen', 'Harlingen', ['1717 Zoy St', 'Harlingen TX 78552'], '(956) 389-7884', ['TX'],
    'South Texas (Rio Grande Valley, Laredo and Corpus Christi areas)'),
  o('houston', 'Houston', ['126 Northpoint Dr', 'Houston TX 77060'], '(281) 774-4816', ['TX'], 'Southeast Texas'),
  o('los-angeles', 'Los Angeles', ['300 N. Los Angeles St, Room 7631', 'Los Angeles CA 90012'], '(213) 830-7911', ['CA'],
    'Los Angeles, Orange, Riverside, San Bernardino, Ventura, Santa Barbara and San Luis Obispo counties'),
  o('miami', 'Miami (Miramar)', ['2805 SW 145th Ave', 'Miramar FL 33027'], '(954) 843-5800', ['FL', 'PR', 'VI']),
  o('new-orleans', 'New Orleans', ['181 James Dr W', 'St. Rose LA 70087'], null, ['AL', 'AR', 'LA', 'MS', 'TN']),
  o('new-york', 'New York City', ['26 Federal Plaza, 9th Floor', 'New York NY 10278'], '(212) 436-9315', ['NY'],
    'The five boroughs of New York City and Dutchess, Nassau, Putnam, Suffolk, Sullivan, Orange, Rockland, Ulster and Westchester counties'),
  o('newark', 'Newark', ['970 Broad St, 11th Floor', 'Newark NJ 07102'], '(862) 445-9200', ['NJ']),
  o('philadelphia', 'Philadelphia', ['114 N. 8th St', 'Philadelphia PA 19107'], '(215) 656-7164', ['DE', 'PA', 'WV']),
  o('phoenix', 'Phoenix', ['2035 N. Central Ave', 'Phoenix AZ 85004'], '(602) 257-5900', ['AZ']),
  o('salt-lake-city', 'Salt Lake City', ['2975 Decker Lake Dr, Suite 100', 'West Valley City UT 84119'], '(801) 736-1200', ['UT', 'ID', 'MT', 'NV']),
  o('san-antonio', 'San Antonio', ['1777 NE Loop 410, Floor 15', 'San Antonio TX 78217'], '(210) 283-4750', ['TX'], 'Central Texas'),
  o('san-diego', 'San Diego', ['880 Front St, #2242', 'San Diego CA 92101'], '(619) 436-0410', ['CA'], 'San Diego and Imperial counties'),
  o('san-francisco', 'San Francisco', ['630 Sansome St, Room 590', 'San Francisco CA 94111'], '(415) 365-8800', ['CA', 'HI', 'GU', 'MP'],
    'Northern and Central California, Hawaii, Guam and the Northern Mariana Islands'),
  o('seattle', 'Seattle', ['12500 Tukwila International Blvd', 'Seattle WA 98168'], '(206) 277-2000', ['AK', 'OR', 'WA']),
  o('st-paul', 'St. Paul', ['1 Federal Dr, Suite 1601', 'Fort Snelling MN 55111'], '(612) 409-7799', ['IA', 'MN', 'NE', 'ND', 'SD']),
  o('washington', 'Washington', ['14797 Murdock St', 'Chantilly VA 20598'], '(703) 633-2100', ['DC', 'VA']),
]);

const STATE_NAMES: Record<string, string> = {
  alabama: 'AL', alaska: 'AK', arizona: 'AZ', arkansas: 'AR', california: 'CA', colorado: 'CO', connecticut: 'CT',
  delaware: 'DE', 'district of columbia': 'DC', 'washington dc': 'DC', florida: 'FL', georgia: 'GA', hawaii: 'HI',
  idaho: 'ID', illinois: 'IL', indiana: 'IN', iowa: 'IA', kansas: 'KS', kentucky: 'KY', louisiana: 'LA', maine: 'ME',
  maryland: 'MD', massachusetts: 'MA', michigan: 'MI', minnesota: 'MN', mississippi: 'MS', missouri: 'MO', montana: 'MT',
  nebraska: 'NE', nevada: 'NV', 'new hampshire': 'NH', 'new jersey': 'NJ', 'new mexico': 'NM', 'new york': 'NY',
  'north carolina': 'NC', 'north dakota': 'ND', ohio: 'OH', oklahoma: 'OK', oregon: 'OR', pennsylvania: 'PA',
  'rhode island': 'RI', 'south carolina': 'SC', 'south dakota': 'SD', tennessee: 'TN', texas: 'TX', utah: 'UT',
  vermont: 'VT', virginia: 'VA', washington: 'WA', 'west virginia': 'WV', wisconsin: 'WI', wyoming: 'WY',
  'puerto rico': 'PR', guam: 'GU', 'virgin islands': 'VI', 'us virgin islands': 'VI', 'u.s. virgin islands': 'VI',
  'northern mariana islands': 'MP',
  // The names people writing in Spanish often use.
  'carolina del norte': 'NC', 'carolina del sur': 'SC', 'dakota del norte': 'ND', 'dakota del sur': 'SD',
  'nueva york': 'NY', 'nueva jersey': 'NJ', 'nuevo méxico': 'NM', 'nuevo mexico': 'NM', 'nuevo hampshire': 'NH',
  'pensilvania': 'PA', 'tejas': 'TX', 'luisiana': 'LA', 'misisipi': 'MS', 'misuri': 'MO', 'virginia occidental': 'WV',
  'hawái': 'HI',
};

const CODES = new Set(eroOffices.flatMap((x) => x.states));

/** The two-letter code of a state as typed ("tx", "Texas", "Nueva York"); null if not recognised. */
export function stateCode(typed: string | undefined): string | null {
  if (!typed) return null;
  const text = typed.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ').replace(/\.$/, '');
  const upper = text.replace(/\./g, '').toUpperCase();
  if (upper.length === 2 && CODES.has(upper)) return upper;
  return STATE_NAMES[text] ?? null;
}

/** The ERO field offices that may cover a home in this state: one, several (a split state), or none. */
export function eroOfficesForState(typed: string | undefined): EroOffice[] {
  const code = stateCode(typed);
  return code ? eroOffices.filter((x) => x.states.includes(code)) : [];
}
