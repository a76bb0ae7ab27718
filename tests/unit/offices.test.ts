import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import {
  OFFICE_DATA_VERSION,
  OFFICE_SOURCES,
  courtFromLabel,
  courtInWords,
  courtLabel,
  courtsForPicker,
  findOplaOffice,
  immigrationCourts,
  isOfficeDataStale,
  oplaOffices,
  oplaOfficeForCourt,
  type OplaOffice,
  suggestedOfficeFor,
  suggestOffices,
} from '../../src/domain/offices';

/** The 27 rows of offices.md §1.2, in the doc's order. */
const PARENT_ROW_IDS = [
  'opla-atlanta',
  'opla-baltimore',
  'opla-boston',
  'opla-buffalo',
  'opla-chicago',
  'opla-dallas',
  'opla-denver',
  'opla-detroit',
  'opla-el-paso',
  'opla-honolulu',
  'opla-houston',
  'opla-los-angeles',
  'opla-miami',
  'opla-minneapolis-st-paul',
  'opla-new-orleans',
  'opla-new-york',
  'opla-newark',
  'opla-orlando',
  'opla-philadelphia',
  'opla-phoenix',
  'opla-san-antonio',
  'opla-san-diego',
  'opla-san-francisco',
  'opla-seattle',
  'opla-washington-dc',
  'opla-hyattsville',
  'opla-imperial',
];

/** Named only by the court catalogue (§3.2 row 26), not a §1.2 row, so it has no parent either. */
const COURT_ONLY_LOCATIONS = ['opla-laredo'];

/** Units given inside a §1.2 row that a §3.2 court row points to. */
const UNITS_FROM_PARENT_ROWS = [
  'opla-atlanta-peachtree',
  'opla-miami-krome',
  'opla-new-york-varick',
  'opla-san-diego-otay-mesa',
  'opla-washington-annandale',
  'opla-washington-sterling',
];

/** Rows where the doc lists no street address: handled explicitly. */
const NO_ADDRESS_AT_ALL = ['opla-washington-dc']; // two units, each with its own address
const NO_STREET_LINE = ['opla-san-francisco-sacramento']; // "Sacramento CA 95814 (no street)"

const CITY_ST_ZIP = /^[A-Z][A-Za-z.' -]+ [A-Z]{2} \d{5}(-\d{4})?$/;
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const PHONE = /^\(\d{3}\) \d{3}-\d{4}$/;
const US_STATES_AND_TERRITORIES = new Set(
  'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR GU MP VI'.split(' '),
);

function office(id: string): OplaOffice {
  const o = findOplaOffice(id);
  if (!o) throw new Error(`missing office ${id}`);
  return o;
}

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value !== null && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

describe('offices data: shape and counts', () => {
  it('has the 27 parent rows of §1.2, plus the court-only Laredo office, and nothing else without a parent', () => {
    const topLevel = oplaOffices.filter((o) => o.parentId === undefined).map((o) => o.id);
    expect(new Set(PARENT_ROW_IDS).size).toBe(27);
    expect(topLevel.filter((id) => !COURT_ONLY_LOCATIONS.includes(id))).toEqual(PARENT_ROW_IDS);
    expect(topLevel.length).toBe(28);
  });

  it('has the 35 sub-office rows of §1.3 (the Chicago placeholder row as its 7 entries) plus 6 units', () => {
    const subs = oplaOffices.filter((o) => o.parentId !== undefined);
    const fromSubTable = subs.filter((o) => !UNITS_FROM_PARENT_ROWS.includes(o.id));
    const chicagoPlaceholders = fromSubTable.filter((o) => /^opla-chicago-(louisville|illinois|indiana|kansas|kentucky|missouri|wisconsin)$/.test(o.id));
    expect(chicagoPlaceholders.length).toBe(7);
    expect(fromSubTable.length - chicagoPlaceholders.length + 1).toBe(35);
    for (const id of UNITS_FROM_PARENT_ROWS) expect(findOplaOffice(id)?.parentId).toBeDefined();
    expect(oplaOffices.length).toBe(27 + 1 + 41 + 6);
  });

  it('has all 70 court rows of §3.2, 17 of them detained-only', () => {
    expect(immigrationCourts.length).toBe(70);
    expect(immigrationCourts.filter((c) => c.detainedOnly).length).toBe(17);
  });

  it('uses unique kebab-case ids', () => {
    const officeIds = oplaOffices.map((o) => o.id);
    const courtIds = immigrationCourts.map((c) => c.id);
    expect(new Set(officeIds).size).toBe(officeIds.length);
    expect(new Set(courtIds).size).toBe(courtIds.length);
    expect(new Set([...officeIds, ...courtIds]).size).toBe(officeIds.length + courtIds.length);
    for (const id of [...officeIds, ...courtIds]) expect(id).toMatch(KEBAB);
    for (const id of officeIds) expect(id.startsWith('opla-')).toBe(true);
  });

  it('resolves every parentId to a top-level office', () => {
    for (const o of oplaOffices) {
      if (o.parentId === undefined) continue;
      const parent = findOplaOffice(o.parentId);
      expect(parent, `${o.id} -> ${o.parentId}`).toBeDefined();
      expect(parent?.parentId).toBeUndefined();
    }
  });

  it('resolves every court to an OPLA office', () => {
    for (const c of immigrationCourts) {
      if (c.oplaOfficeId === null) {
        expect(oplaOfficeForCourt(c.id)).toBeUndefined();
        continue;
      }
      const o = findOplaOffice(c.oplaOfficeId);
      expect(o, `${c.id} -> ${c.oplaOfficeId}`).toBeDefined();
      expect(oplaOfficeForCourt(c.id)).toBe(o);
    }
    // The doc gives an OPLA office for every one of the 70 rows.
    expect(immigrationCourts.every((c) => c.oplaOfficeId !== null)).toBe(true);
  });

  it('never points a court at an office with no address', () => {
    for (const c of immigrationCourts) {
      const o = oplaOfficeForCourt(c.id);
      expect(o && (o.addressLines.length > 0 || (o.mailingAddressLines?.length ?? 0) > 0), c.id).toBe(true);
    }
  });

  it('uses ICE-style names', () => {
    for (const o of oplaOffices) {
      expect(o.name.startsWith('Office of the Principal Legal Advisor, ')).toBe(true);
      if (o.parentId !== undefined && o.id !== 'opla-atlanta-peachtree') expect(o.name.endsWith(')'), o.id).toBe(true);
    }
  });

  it('exports a data version and is frozen', () => {
    expect(OFFICE_DATA_VERSION).toMatch(/^\d{4}-\d{2}$/);
    expect(Object.isFrozen(oplaOffices)).toBe(true);
    expect(Object.isFrozen(immigrationCourts)).toBe(true);
    expect(Object.isFrozen(office('opla-atlanta').addressLines)).toBe(true);
  });
});

describe('offices data: no e-mail addresses', () => {
  it('has no "@" in any exported string', () => {
    const strings = allStrings({ OFFICE_SOURCES, oplaOffices, immigrationCourts, OFFICE_DATA_VERSION });
    expect(strings.length).toBeGreaterThan(500);
    for (const s of strings) expect(s).not.toContain('@');
  });

  it('has no "@" anywhere in the source file, comments included', () => {
    const text = readFileSync(new URL('../../src/domain/offices.ts', import.meta.url), 'utf8');
    expect(text).not.toContain('@');
    expect(text.toLowerCase()).not.toContain('dhs.gov');
  });
});

describe('offices data: addresses and phones', () => {
  it('ends every office address with "City ST ZIP" (ZIP or ZIP+4), except the rows handled explicitly', () => {
    for (const o of oplaOffices) {
      if (NO_ADDRESS_AT_ALL.includes(o.id)) {
        expect(o.addressLines).toEqual([]);
        continue;
      }
      const last = o.addressLines[o.addressLines.length - 1];
      expect(last, o.id).toMatch(CITY_ST_ZIP);
      const zipLines = o.addressLines.filter((l) => /\d{5}(-\d{4})?$/.test(l));
      expect(zipLines.length, o.id).toBeGreaterThanOrEqual(1);
      if (NO_STREET_LINE.includes(o.id)) {
        expect(o.addressLines.length).toBe(1);
        expect(o.mailingAddressLines?.length).toBeGreaterThan(0);
      } else {
        expect(o.addressLines.length, `${o.id} has a street line`).toBeGreaterThanOrEqual(2);
      }
      if (o.mailingAddressLines) expect(o.mailingAddressLines[o.mailingAddressLines.length - 1], o.id).toMatch(CITY_ST_ZIP);
    }
  });

  it('gives the Washington, D.C. location its addresses through its two units', () => {
    const units = oplaOffices.filter((o) => o.parentId === 'opla-washington-dc').map((o) => o.id);
    expect(units.sort()).toEqual(['opla-washington-annandale', 'opla-washington-sterling']);
    expect(office('opla-washington-dc').phone).toBeUndefined();
  });

  it('ends every court address with its own city, state and ZIP', () => {
    for (const c of immigrationCourts) {
      expect(US_STATES_AND_TERRITORIES.has(c.state), c.id).toBe(true);
      const last = c.addressLines[c.addressLines.length - 1] ?? '';
      expect(last, c.id).toMatch(CITY_ST_ZIP);
      expect(last.startsWith(`${c.city} ${c.state} `), c.id).toBe(true);
      expect(c.addressLines.length, c.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('ends every office city line with a real state code', () => {
    for (const o of oplaOffices) {
      for (const lines of [o.addressLines, o.mailingAddressLines ?? []]) {
        const last = lines[lines.length - 1];
        if (last === undefined) continue;
        const state = / ([A-Z]{2}) \d{5}(-\d{4})?$/.exec(last)?.[1] ?? '';
        expect(US_STATES_AND_TERRITORIES.has(state), `${o.id}: ${last}`).toBe(true);
      }
    }
  });

  it('formats phones as (xxx) xxx-xxxx', () => {
    for (const o of oplaOffices) if (o.phone !== undefined) expect(o.phone, o.id).toMatch(PHONE);
  });

  it('has no empty lines, stray whitespace or doubled punctuation', () => {
    const lines = [
      ...oplaOffices.flatMap((o) => [...o.addressLines, ...(o.mailingAddressLines ?? [])]),
      ...immigrationCourts.flatMap((c) => c.addressLines),
    ];
    for (const l of lines) {
      expect(l.trim()).toBe(l);
      expect(l).not.toBe('');
      expect(l).not.toMatch(/\s{2}|,,|,$/);
    }
  });
});

describe('offices data: sources and confidence', () => {
  it('resolves every source id and dates every row', () => {
    const ids = new Set(OFFICE_SOURCES.map((s) => s.id));
    expect(ids.size).toBe(OFFICE_SOURCES.length);
    expect(ids.has('opla-list')).toBe(true);
    expect(ids.has('courts-2026')).toBe(true);
    for (const o of oplaOffices) {
      expect(o.sourceIds.length, o.id).toBeGreaterThan(0);
      for (const s of o.sourceIds) expect(ids.has(s), `${o.id}: ${s}`).toBe(true);
      expect(o.sourceDate.length).toBeGreaterThan(0);
      expect(o.lastVerified).toBe('2026-11-23');
    }
  });

  it('keeps confidence consistent with the number of sources and notes', () => {
    for (const o of oplaOffices) {
      if (o.confidence === 'single-source') expect(o.sourceIds.length, o.id).toBe(1);
      else expect(o.sourceIds.length, o.id).toBeGreaterThanOrEqual(2);
      if (o.confidence === 'conflict') expect(o.note?.length, o.id).toBeGreaterThan(20);
      // The person sees the other source's address only where the sources disagree.
      if (o.confidence === 'conflict') expect(o.otherListing, o.id).toEqual({ sourceId: 'courts-2026', address: expect.any(String) });
      else expect(o.otherListing, o.id).toBeUndefined();
    }
    for (const c of immigrationCourts) {
      if (c.confidence !== 'two-sources') expect(c.note?.length, c.id).toBeGreaterThan(20);
    }
  });

  it('marks exactly the offices the doc flags as conflicting', () => {
    const conflicts = oplaOffices.filter((o) => o.confidence === 'conflict').map((o) => o.id).sort();
    expect(conflicts).toEqual(['opla-atlanta-charlotte', 'opla-los-angeles-santa-ana', 'opla-new-orleans', 'opla-orlando']);
  });

  it('marks every §1.3 sub-office and Hyattsville/Imperial/Laredo as not confirmed by two sources', () => {
    for (const id of ['opla-hyattsville', 'opla-imperial', 'opla-laredo', 'opla-los-angeles-adelanto', 'opla-san-francisco-sacramento', 'opla-chicago-kentucky']) {
      expect(office(id).confidence, id).toBe('single-source');
    }
    for (const o of oplaOffices) {
      if (o.parentId !== undefined && !UNITS_FROM_PARENT_ROWS.includes(o.id)) expect(o.confidence, o.id).not.toBe('two-sources');
    }
  });

  it('marks exactly the 9 UNCERTAIN/⚠ court rows of §3.2 plus the single-source Chelmsford row', () => {
    const byConfidence = (k: string) => immigrationCourts.filter((c) => c.confidence === k).map((c) => c.id).sort();
    expect(byConfidence('conflict')).toEqual([
      'court-charlotte',
      'court-hyattsville',
      'court-indianapolis',
      'court-new-orleans',
      'court-orlando',
      'court-santa-ana',
    ]);
    expect(byConfidence('single-source')).toEqual(['court-chelmsford', 'court-imperial', 'court-laredo', 'court-san-francisco']);
  });
});

describe('offices data: spot checks against offices.md', () => {
  it('OPLA Atlanta', () => {
    const o = office('opla-atlanta');
    expect(o.name).toBe('Office of the Principal Legal Advisor, Atlanta');
    expect(o.addressLines).toEqual(['180 Ted Turner Dr SW, Suite 332', 'Atlanta GA 30303']);
    expect(o.phone).toBe('(404) 893-1400');
    expect(o.confidence).toBe('two-sources');
    expect(oplaOfficeForCourt('court-atlanta-ted-turner')?.id).toBe('opla-atlanta');
    expect(oplaOfficeForCourt('court-atlanta-peachtree')?.addressLines).toEqual([
      'Peachtree Summit Federal Bldg',
      '401 W. Peachtree St NW, Suite 2850',
      'Atlanta GA 30308',
    ]);
  });

  it('OPLA New Orleans: conflict, both addresses in the note', () => {
    const o = office('opla-new-orleans');
    expect(o.confidence).toBe('conflict');
    expect(o.addressLines).toEqual(['423 Canal St, Suite 450', 'New Orleans LA 70130']);
    expect(o.note).toContain('1250 Poydras St, Suite 2100, New Orleans LA 70113');
    expect(o.note).toContain('423 Canal St, Suite 450');
    expect(o.otherListing?.address).toBe('1250 Poydras St, Suite 2100, New Orleans LA 70113');
    const court = immigrationCourts.find((c) => c.id === 'court-new-orleans');
    expect(court?.oplaOfficeId).toBe('opla-new-orleans');
    expect(court?.note).toContain('1250 Poydras');
  });

  it('OPLA Orlando, Santa Ana and Charlotte conflicts carry the alternative', () => {
    expect(office('opla-orlando').addressLines[0]).toBe('500 N. Orange Ave, Suite 5000');
    expect(office('opla-orlando').note).toMatch(/Suite 500(?!0)/);
    expect(office('opla-los-angeles-santa-ana').addressLines[0]).toBe('1251 E. Dyer Rd, Suite 200');
    expect(office('opla-los-angeles-santa-ana').note).toContain('1231 E. Dyer Rd, Suite 155');
    expect(office('opla-atlanta-charlotte').addressLines[0]).toBe('5701 Executive Center Dr, Suite 300');
    expect(office('opla-atlanta-charlotte').note).toContain('701');
    // Each alternative, as the person is shown it, is the one the note records.
    for (const id of ['opla-orlando', 'opla-los-angeles-santa-ana', 'opla-atlanta-charlotte']) {
      const street = office(id).otherListing!.address.split(',')[0]!;
      expect(office(id).note, id).toContain(street);
    }
    expect(office('opla-orlando').otherListing?.address).toBe('500 N. Orange Ave, Suite 500, Orlando FL 32801');
  });

  it('the Imperial court maps to opla-imperial, not to the misprinted Newburgh address', () => {
    expect(oplaOfficeForCourt('court-imperial')?.id).toBe('opla-imperial');
    expect(office('opla-imperial').addressLines).toEqual(['2409 La Brucherie Rd, Suite 3', 'Imperial CA 92251']);
    expect(office('opla-imperial').phone).toBe('(760) 355-8361');
    expect(office('opla-new-york-newburgh').addressLines).toEqual(['Hudson Valley', '15 Governor Dr', 'Newburgh NY 12550']);
    expect(oplaOfficeForCourt('court-ulster')?.id).toBe('opla-new-york-newburgh');
  });

  it('the Hyattsville court: likely OPLA Hyattsville, with the Baltimore alternative in the note', () => {
    const court = immigrationCourts.find((c) => c.id === 'court-hyattsville');
    expect(court?.oplaOfficeId).toBe('opla-hyattsville');
    expect(court?.confidence).toBe('conflict');
    expect(court?.note).toContain('31 Hopkins Plaza');
    expect(office('opla-hyattsville').mailingAddressLines).toEqual(['500 12th St SW, Stop 5904', 'Washington DC 20536-5904']);
  });

  it('Washington units, Sacramento and Otay Mesa carry their mailing addresses', () => {
    expect(oplaOfficeForCourt('court-annandale')?.mailingAddressLines).toEqual(['500 12th St SW, Mail Stop 5902', 'Washington DC 20536-5902']);
    expect(oplaOfficeForCourt('court-annandale')?.addressLines).toEqual(['7619 Little River Tpk, Suite 900', 'Annandale VA 22003']);
    expect(oplaOfficeForCourt('court-sterling')?.mailingAddressLines).toEqual(['500 12th St SW, Mail Stop 5906', 'Washington DC 20536-5906']);
    expect(oplaOfficeForCourt('court-sterling')?.phone).toBe('(571) 262-2300');
    expect(oplaOfficeForCourt('court-sacramento')?.mailingAddressLines).toEqual(['100 Montgomery St, Suite 200', 'San Francisco CA 94104']);
    expect(oplaOfficeForCourt('court-otay-mesa')?.mailingAddressLines).toEqual(['P.O. Box 438150', 'San Diego CA 92143-8150']);
  });

  it('a sample of other rows, digit for digit', () => {
    expect(office('opla-denver').addressLines).toEqual(['12445 E. Caley Ave', 'Centennial CO 80111-6432']);
    expect(office('opla-denver').phone).toBe('(983) 212-0405');
    expect(office('opla-dallas').addressLines).toEqual(['125 E. John Carpenter Fwy, Suite 500', 'Irving TX 75062']);
    expect(office('opla-boston-hartford').addressLines).toEqual(['Ribicoff Federal Bldg', '450 Main St, Room 483', 'Hartford CT 06103-3060']);
    expect(office('opla-miami-san-juan').addressLines).toEqual(['7 Tabonuco St, Room 300 (Suite 313)', 'Guaynabo PR 00968']);
    expect(office('opla-el-paso').addressLines[0]).toBe('11541 Montana Ave, Suite O');
    expect(office('opla-houston-conroe').phone).toBe('(936) 520-5870');
    expect(office('opla-new-orleans-oakdale').addressLines).toEqual(['1010 E. Whatley Rd', 'Oakdale LA 71463-1128']);
    expect(office('opla-los-angeles-santa-ana').phone).toBeUndefined();
    const guaynabo = immigrationCourts.find((c) => c.id === 'court-guaynabo');
    expect(guaynabo?.addressLines).toEqual(['San Patricio Office Ctr', '7 Tabonuco St, Room 401', 'Guaynabo PR 00968-4605']);
    const laredo = immigrationCourts.find((c) => c.id === 'court-laredo');
    expect(laredo?.oplaOfficeId).toBe('opla-laredo');
    expect(office('opla-laredo').sourceIds).toEqual(['courts-2026']);
  });

  it('returns undefined for unknown ids', () => {
    expect(findOplaOffice('opla-nowhere')).toBeUndefined();
    expect(oplaOfficeForCourt('court-nowhere')).toBeUndefined();
    expect(oplaOfficeForCourt('opla-atlanta')).toBeUndefined();
  });
});

describe('isOfficeDataStale', () => {
  const verified = { lastVerified: '2026-11-23' };

  it('is false up to and including 183 days, true from 184 days', () => {
    expect(isOfficeDataStale('2026-11-23', verified)).toBe(false);
    expect(isOfficeDataStale('2027-05-25', verified)).toBe(false); // 183 days
    expect(isOfficeDataStale('2027-05-26', verified)).toBe(true); // 184 days
  });

  it('counts calendar days across a leap day', () => {
    // 2028-01-01 + 183 days = 2028-07-02 (2028 has Feb 29).
    expect(isOfficeDataStale('2028-07-02', { lastVerified: '2028-01-01' })).toBe(false);
    expect(isOfficeDataStale('2028-07-03', { lastVerified: '2028-01-01' })).toBe(true);
  });

  it('is false when asOf is before lastVerified', () => {
    expect(isOfficeDataStale('2026-01-01', verified)).toBe(false);
  });

  it('accepts a full ISO timestamp for asOf and ignores the time', () => {
    expect(isOfficeDataStale('2027-05-25T23:59:59Z', verified)).toBe(false);
    expect(isOfficeDataStale('2027-05-26T00:00:00Z', verified)).toBe(true);
  });

  it('treats unreadable dates as stale, so the warning shows', () => {
    expect(isOfficeDataStale('not a date', verified)).toBe(true);
    expect(isOfficeDataStale('2027-02-30', verified)).toBe(true);
    expect(isOfficeDataStale('2027-01-01', { lastVerified: '' })).toBe(true);
  });

  it('applies to the bundled data', () => {
    for (const o of oplaOffices) {
      expect(isOfficeDataStale('2027-05-25', o)).toBe(false);
      expect(isOfficeDataStale('2027-05-26', o)).toBe(true);
    }
  });
});

describe('suggestOffices / suggestedOfficeFor (from the court city only)', () => {
  const ids = (city: string | undefined) => suggestOffices(city).map((o) => o.id);

  it('matches the court city however it is written', () => {
    for (const city of ['Chicago', 'Chicago, IL', 'chicago il', '  CHICAGO ', 'Chicágo', 'Chicago.']) {
      expect(ids(city), city).toEqual(['opla-chicago']);
      expect(suggestedOfficeFor(city)?.id, city).toBe('opla-chicago');
    }
    expect(ids('san  antonio, tx')).toEqual(ids('San Antonio'));
    expect(ids('San Antonio')).toHaveLength(1);
  });

  it('pre-selects nothing when the city matches several offices, and lists them all', () => {
    for (const city of ['Atlanta', 'New York', 'Los Angeles']) {
      expect(ids(city).length, city).toBeGreaterThan(1);
      expect(suggestedOfficeFor(city), city).toBeNull();
    }
  });

  it('pre-selects nothing for no city, "I don\'t know", or a city with no court', () => {
    for (const city of [undefined, '', 'unknown', 'Springfield', 'Chicagoland', '\u202e']) {
      expect(ids(city), String(city)).toEqual([]);
      expect(suggestedOfficeFor(city), String(city)).toBeNull();
    }
  });

  it('only suggests offices with an address to print', () => {
    for (const court of immigrationCourts) {
      for (const o of suggestOffices(court.city)) expect(o.addressLines.length, o.id).toBeGreaterThan(0);
      const one = suggestedOfficeFor(court.city);
      if (one) expect(suggestOffices(court.city)).toEqual([one]);
    }
  });
});

describe('the court picker (issue 16)', () => {
  it('lists every court once, by state, each label finding its court again', () => {
    const list = courtsForPicker();
    expect(list).toHaveLength(immigrationCourts.length);
    const labels = list.map(courtLabel);
    expect(new Set(labels).size).toBe(labels.length);
    for (const court of list) expect(courtFromLabel(courtLabel(court))).toBe(court);
    const states = list.map((c) => c.state);
    expect(states).toEqual([...states].sort((a, b) => a.localeCompare(b)));
  });

  it('lists them in alphabetical order, by state then name, as a person reads it', () => {
    // The picker sorts by code units (no collation data to load); for these names that must be
    // the alphabetical order of English and of Spanish. A new court whose name sorts otherwise fails here.
    for (const locale of ['en', 'es']) {
      const alphabetical = [...immigrationCourts].sort((a, b) => a.state.localeCompare(b.state, locale) || a.name.localeCompare(b.name, locale));
      expect(courtsForPicker().map(courtLabel), locale).toEqual(alphabetical.map(courtLabel));
    }
  });

  it('picks the chosen court\'s own OPLA office where a city has several courts', () => {
    const peachtree = immigrationCourts.find((c) => c.id === 'court-atlanta-peachtree')!;
    expect(suggestOffices(courtLabel(peachtree)).map((o) => o.id)).toEqual(['opla-atlanta-peachtree']);
    expect(suggestedOfficeFor(courtLabel(peachtree))?.id).toBe('opla-atlanta-peachtree');
    // Typed as a city, Atlanta matches both courts there: the person's papers must say which.
    expect(suggestOffices('Atlanta, GA').length).toBeGreaterThan(1);
    expect(suggestedOfficeFor('Atlanta, GA')).toBeNull();
  });

  it('keeps the usual "City, ST" for a court named after its city', () => {
    const chicago = immigrationCourts.find((c) => c.id === 'court-chicago');
    expect(chicago && courtLabel(chicago)).toBe('Chicago, IL');
  });
});

describe('courtInWords', () => {
  it('names a court of a city with several courts by its place after the state, and leaves other answers as saved', () => {
    expect(courtInWords('Houston – S. Gessner Rd, TX')).toBe('Houston, TX (S. Gessner Rd)');
    expect(courtInWords('Los Angeles – West LA (Pacific Concourse), CA')).toBe('Los Angeles, CA (West LA, Pacific Concourse)');
    expect(courtInWords('Chicago, IL')).toBe('Chicago, IL');
    expect(courtInWords('Springfield')).toBe('Springfield');
  });
});
