/**
 * OPLA field locations (Offices of the Chief Counsel), their sub-offices, and the EOIR immigration
 * courts with the OPLA office that appears before each.
 *
 * Transcribed from ../shared/legal/offices.md (§1.2, §1.3, §3.2), which was compiled on 2026-11-23
 * from COPIES of public pages and public code repositories. NOTHING HERE WAS CHECKED LIVE against
 * ice.gov or EOIR: `lastVerified` is the date the copies were read, not a date anyone confirmed an
 * address with ICE. Re-verify against ice.gov/contact/field-offices (OPLA filter) and EOIR's court
 * listing before each release (offices.md §4.2).
 *
 * How the app must use this data (offices.md §4.2):
 * - Suggest an OPLA office from the user's immigration court only; never "nearest office".
 * - The addressee block the user types (from their hearing notice / DHS filings / lawyer) always
 *   wins over these suggestions and is what gets printed.
 * - No e-mail address is bundled on purpose (PD mailboxes are the least stable item and most
 *   published ones are years old). Do not add any.
 *
 * `confidence` describes the postal address (what people mail letters to):
 * - 'two-sources'   the ICE listing copy [OPLA-LIST] and the 2026 court catalogue [COURTS] agree;
 * - 'single-source' only one source gives it (all §1.3 sub-offices: the doc marks them UNCERTAIN);
 * - 'conflict'      the sources disagree; `otherListing` is the other source's address, shown to
 *                   the person beside the one printed.
 * `note` is a research note for developers (offices.md's wording, in English). It is never shown:
 * the reference says such notes never reach users (reference.md §11.5).
 * Phone numbers come from [OPLA-LIST] only, for every row.
 * For a court, `confidence` describes the court → OPLA pairing (and the court's 2026 status); the
 * court street addresses themselves come from [COURTS] (Annandale also from lgilawyers.com).
 */

export type OfficeConfidence = 'two-sources' | 'single-source' | 'conflict';

export interface OplaOffice {
  /** Stable kebab-case id, e.g. 'opla-atlanta', 'opla-los-angeles-adelanto'. */
  id: string;
  /** ICE's name, e.g. 'Office of the Principal Legal Advisor, Los Angeles (Adelanto)'. */
  name: string;
  /** For sub-offices and units. */
  parentId?: string;
  /** Street/suite lines then 'City ST ZIP', exactly as the source gives them. Never an e-mail. */
  addressLines: string[];
  /** Where the source gives a separate mailing address. */
  mailingAddressLines?: string[];
  phone?: string;
  areaOfResponsibility?: string;
  /** Ids from OFFICE_SOURCES. */
  sourceIds: string[];
  /** The source's content date as offices.md states it. */
  sourceDate: string;
  /** Date the copies were read (2026-11-23). Not a live check. */
  lastVerified: string;
  confidence: OfficeConfidence;
  /** Where the sources disagree: the address the other source gives, as it gives it. */
  otherListing?: { sourceId: string; address: string };
  /** Research note for developers only: never shown to the person (reference.md §11.5). */
  note?: string;
}

export interface ImmigrationCourt {
  id: string;
  /** The court's name as offices.md §3.2 gives it, without the state. */
  name: string;
  /** The postal city of the court's address (last address line). */
  city: string;
  /** Two-letter state or territory code. */
  state: string;
  /** Detained-only docket ("D" in [COURTS]). */
  detainedOnly: boolean;
  addressLines: string[];
  /** The OPLA office (parent or sub-office id) that appears before it; null where the doc cannot say. */
  oplaOfficeId: string | null;
  confidence: OfficeConfidence;
  note?: string;
}

export const OFFICE_DATA_VERSION = '2026-11';

/** The day offices.md was compiled from copies. Nothing was checked live on that day or since. */
const LAST_VERIFIED = '2026-11-23';

const OPLA_LIST = 'opla-list';
const COURTS = 'courts-2026';
const LGI_ANNANDALE = 'lgilawyers-annandale';

const OPLA_LIST_DATE = 'undated, ~late 2025/early 2026';
const COURTS_DATE = '2026';
const BOTH_DATES = 'undated, ~late 2025/early 2026 (ICE listing copy); 2026 (court catalogue)';

const NAME = 'Office of the Principal Legal Advisor, ';

export const OFFICE_SOURCES: { id: string; title: string; date: string; note: string }[] = [
  {
    id: OPLA_LIST,
    title:
      "[OPLA-LIST] Text copy of ICE's public OPLA office listing (ice.gov/contact/field-offices, Office of the Principal Legal Advisor filter), pasted into a public GitHub file",
    date: OPLA_LIST_DATE,
    note: 'Undated; internal clues (new 2025 sites such as Sacramento and per-state Chicago entries) point to late 2025 / early 2026. Source of every phone number. Not verified live.',
  },
  {
    id: COURTS,
    title:
      '[COURTS] Court-to-OPLA catalogue in a public GitHub file, built from ICE\'s handout "Addresses for Immigration Court & ICE Attorneys" and cross-checked against EOIR\'s court list',
    date: COURTS_DATE,
    note: 'Mentions a 2026 EOIR announcement about the San Francisco court. Flags two errors in the ICE handout: Miami OPLA printed with a Puerto Rico address, Imperial OPLA printed with the Newburgh NY address. Not verified live.',
  },
  {
    id: LGI_ANNANDALE,
    title: 'lgilawyers.com, "Northern Virginia Immigration Court: Complete Visitor Guide for Annandale" (lgilawyers.com/?p=159633)',
    date: 'undated, ~2024-25',
    note: 'Confirms the Annandale court address and the October 2022 move of the Arlington court to Annandale.',
  },
];

/** Parent location whose street address also appears in [COURTS] (offices.md §1.2 status "2 sources"). */
function twoSourceParent(o: Omit<OplaOffice, 'sourceIds' | 'sourceDate' | 'lastVerified' | 'confidence'>): OplaOffice {
  return { ...o, sourceIds: [OPLA_LIST, COURTS], sourceDate: BOTH_DATES, lastVerified: LAST_VERIFIED, confidence: 'two-sources' };
}

/** Row from [OPLA-LIST] only (all §1.3 sub-offices; Hyattsville, Imperial). */
function listOnly(o: Omit<OplaOffice, 'sourceIds' | 'sourceDate' | 'lastVerified' | 'confidence'>): OplaOffice {
  return { ...o, sourceIds: [OPLA_LIST], sourceDate: OPLA_LIST_DATE, lastVerified: LAST_VERIFIED, confidence: 'single-source' };
}

/** Row where [OPLA-LIST] and [COURTS] disagree: addressLines are [OPLA-LIST]'s, `courtsAddress` is [COURTS]'s. */
function conflicting(
  o: Omit<OplaOffice, 'sourceIds' | 'sourceDate' | 'lastVerified' | 'confidence' | 'otherListing'> & { note: string; courtsAddress: string },
): OplaOffice {
  const { courtsAddress, ...office } = o;
  return {
    ...office,
    otherListing: { sourceId: COURTS, address: courtsAddress },
    sourceIds: [OPLA_LIST, COURTS],
    sourceDate: BOTH_DATES,
    lastVerified: LAST_VERIFIED,
    confidence: 'conflict',
  };
}

const SUB_OFFICE_NOTE = 'Sub-office from the ICE listing copy only (offices.md §1.3 marks all sub-offices UNCERTAIN).';

/** offices.md §1.2 — the 27 parent rows, in the doc's order. */
const parentOffices: OplaOffice[] = [
  twoSourceParent({
    id: 'opla-atlanta',
    name: `${NAME}Atlanta`,
    addressLines: ['180 Ted Turner Dr SW, Suite 332', 'Atlanta GA 30303'],
    phone: '(404) 893-1400',
    areaOfResponsibility: 'GA, NC, SC',
    note: 'ICE also lists a second Atlanta site: Peachtree Summit Federal Bldg, 401 W. Peachtree St NW, Suite 2850, Atlanta GA 30308, (404) 730-9756 (entry opla-atlanta-peachtree), which is the office for the W. Peachtree St court.',
  }),
  twoSourceParent({
    id: 'opla-baltimore',
    name: `${NAME}Baltimore`,
    addressLines: ['31 Hopkins Plaza, Room 1600', 'Baltimore MD 21201'],
    phone: '(443) 560-0600',
    areaOfResponsibility: 'Maryland',
  }),
  twoSourceParent({
    id: 'opla-boston',
    name: `${NAME}Boston`,
    addressLines: ['15 New Sudbury St, Room 425', 'Boston MA 02203'],
    phone: '(857) 416-3701',
    areaOfResponsibility: 'CT, ME, MA, NH, RI, VT',
  }),
  twoSourceParent({
    id: 'opla-buffalo',
    name: `${NAME}Buffalo`,
    addressLines: ['250 Delaware Ave, Suite 773', 'Buffalo NY 14202'],
    phone: '(716) 464-6000',
    areaOfResponsibility: 'Northern and Western New York',
  }),
  twoSourceParent({
    id: 'opla-chicago',
    name: `${NAME}Chicago`,
    addressLines: ['55 E. Monroe St, Suite 1400', 'Chicago IL 60603'],
    phone: '(312) 260-9513',
    areaOfResponsibility: 'IL, IN, KS, KY, MO, WI',
    note: 'Older papers may show 525 W. Van Buren St, Suite 701 (data from 2019 or earlier): that address is obsolete. An e-service mailbox that accepted PD requests in 2013 is likely obsolete and is deliberately not included. KY is also listed under New Orleans.',
  }),
  twoSourceParent({
    id: 'opla-dallas',
    name: `${NAME}Dallas`,
    addressLines: ['125 E. John Carpenter Fwy, Suite 500', 'Irving TX 75062'],
    phone: '(972) 373-2300',
    areaOfResponsibility: 'North Texas and Oklahoma',
  }),
  twoSourceParent({
    id: 'opla-denver',
    name: `${NAME}Denver`,
    addressLines: ['12445 E. Caley Ave', 'Centennial CO 80111-6432'],
    phone: '(983) 212-0405',
    areaOfResponsibility: 'CO, ID (ERO), MT, UT, WY',
    note: 'Phone as listed by ICE; 983 is believed to be a newer Colorado overlay area code (UNCERTAIN).',
  }),
  twoSourceParent({
    id: 'opla-detroit',
    name: `${NAME}Detroit`,
    addressLines: ['Rosa Parks Federal Bldg', '985 Michigan Ave, Suite 1010', 'Detroit MI 48226'],
    phone: '(313) 771-6500',
    areaOfResponsibility: 'Michigan and Ohio',
    note: 'A September 2015 fact sheet said PD requests for Detroit and Cleveland went to separate PD mailboxes; those addresses could not be recovered and none is included.',
  }),
  twoSourceParent({
    id: 'opla-el-paso',
    name: `${NAME}El Paso`,
    addressLines: ['11541 Montana Ave, Suite O', 'El Paso TX 79936'],
    phone: '(915) 856-2316',
    areaOfResponsibility: 'West Texas and New Mexico',
  }),
  twoSourceParent({
    id: 'opla-honolulu',
    name: `${NAME}Honolulu`,
    addressLines: ['300 Ala Moana Blvd, Suite 7-220', 'Honolulu HI 96850'],
    phone: '(808) 529-1900',
    areaOfResponsibility: 'Hawaii, Guam, Northern Mariana Islands (Saipan)',
    note: 'No Saipan (CNMI) court row was sourced; check EOIR for that court.',
  }),
  twoSourceParent({
    id: 'opla-houston',
    name: `${NAME}Houston`,
    addressLines: ['126 Northpoint Dr, Room 2020', 'Houston TX 77060'],
    phone: '(281) 931-2046',
    areaOfResponsibility: 'Southeast Texas',
  }),
  twoSourceParent({
    id: 'opla-los-angeles',
    name: `${NAME}Los Angeles`,
    addressLines: ['606 S. Olive St, 8th Floor', 'Los Angeles CA 90014'],
    phone: '(213) 894-2805',
    areaOfResponsibility: 'Greater Los Angeles area and Nevada',
  }),
  twoSourceParent({
    id: 'opla-miami',
    name: `${NAME}Miami`,
    addressLines: ['333 S. Miami Ave, Suite 200', 'Miami FL 33130'],
    phone: '(305) 400-6160',
    areaOfResponsibility: 'South Florida, Puerto Rico, U.S. Virgin Islands',
    note: 'ICE also lists Krome SPC, 18201 SW 12th St, Miami FL 33194, (305) 207-2001 (entry opla-miami-krome). The court catalogue warns that ICE\'s handout misprinted the Miami OPLA with a Puerto Rico address.',
  }),
  twoSourceParent({
    id: 'opla-minneapolis-st-paul',
    name: `${NAME}Minneapolis-St. Paul`,
    addressLines: ['1 Federal Dr, Suite 1800', 'Fort Snelling MN 55111'],
    phone: '(612) 843-8935',
    areaOfResponsibility: 'IA, MN, NE, ND, SD',
  }),
  conflicting({
    id: 'opla-new-orleans',
    name: `${NAME}New Orleans`,
    addressLines: ['423 Canal St, Suite 450', 'New Orleans LA 70130'],
    phone: '(504) 514-0001',
    areaOfResponsibility: 'AL, AR, KY, LA, MS, TN',
    courtsAddress: '1250 Poydras St, Suite 2100, New Orleans LA 70113',
    note: 'Address conflict: ICE\'s listing copy (~late 2025) gives 423 Canal St, Suite 450, New Orleans LA 70130; the 2026 court catalogue gives 1250 Poydras St, Suite 2100, New Orleans LA 70113. The office may have moved. Confirm with your own papers before mailing. KY is also listed under Chicago.',
  }),
  twoSourceParent({
    id: 'opla-new-york',
    name: `${NAME}New York`,
    addressLines: ['26 Federal Plaza, Room 1130', 'New York NY 10278'],
    phone: '(212) 436-9100',
    areaOfResponsibility: 'Long Island, New York City, southern NY counties',
    note: 'ICE also lists a detained unit: 201 Varick St, Room 738, New York NY 10014, (212) 367-6300 (entry opla-new-york-varick).',
  }),
  twoSourceParent({
    id: 'opla-newark',
    name: `${NAME}Newark`,
    addressLines: ['970 Broad St, Room 1300', 'Newark NJ 07102'],
    phone: '(973) 776-5400',
    areaOfResponsibility: 'New Jersey',
  }),
  conflicting({
    id: 'opla-orlando',
    name: `${NAME}Orlando`,
    addressLines: ['500 N. Orange Ave, Suite 5000', 'Orlando FL 32801'],
    phone: '(689) 319-0900',
    areaOfResponsibility: 'Central and North Florida',
    courtsAddress: '500 N. Orange Ave, Suite 500, Orlando FL 32801',
    note: 'Suite conflict: ICE\'s listing copy gives 500 N. Orange Ave, Suite 5000, Orlando FL 32801; the 2026 court catalogue gives Suite 500. Confirm the suite before mailing.',
  }),
  twoSourceParent({
    id: 'opla-philadelphia',
    name: `${NAME}Philadelphia`,
    addressLines: ['900 Market St, Suite 346', 'Philadelphia PA 19107'],
    phone: '(267) 479-3500',
    areaOfResponsibility: 'DE, PA, WV',
    note: 'ICE\'s Ms. L. settlement page uses "OPLA Philadelphia" as its worked example.',
  }),
  twoSourceParent({
    id: 'opla-phoenix',
    name: `${NAME}Phoenix`,
    addressLines: ['2035 N. Central Ave', 'Phoenix AZ 85004'],
    phone: '(602) 744-2412',
    areaOfResponsibility: 'Arizona',
  }),
  twoSourceParent({
    id: 'opla-san-antonio',
    name: `${NAME}San Antonio`,
    addressLines: ['1015 Jackson-Keller Rd, Suite 100', 'San Antonio TX 78213'],
    phone: '(210) 979-4600',
    areaOfResponsibility: 'Central and South Texas',
  }),
  twoSourceParent({
    id: 'opla-san-diego',
    name: `${NAME}San Diego`,
    addressLines: ['880 Front St, Suite 2246', 'San Diego CA 92101'],
    phone: '(619) 436-0277',
    areaOfResponsibility: 'San Diego and Imperial County',
    note: 'ICE also lists an Otay Mesa unit: 7488 Calzada de la Fuente, San Diego CA 92154; mail to P.O. Box 438150, San Diego CA 92143-8150 (entry opla-san-diego-otay-mesa).',
  }),
  twoSourceParent({
    id: 'opla-san-francisco',
    name: `${NAME}San Francisco`,
    addressLines: ['100 Montgomery St, Suite 200', 'San Francisco CA 94104'],
    phone: '(415) 705-4604',
    areaOfResponsibility: 'Northern and Central California',
    note: 'ICE also lists a detained unit at 630 Sansome St, 11th Floor, (415) 705-1855; the listing copy gives no city/ZIP line for it, so it is not a separate entry here.',
  }),
  twoSourceParent({
    id: 'opla-seattle',
    name: `${NAME}Seattle`,
    addressLines: ['915 Second Ave, Suite 708', 'Seattle WA 98174'],
    phone: '(206) 802-7666',
    areaOfResponsibility: 'AK, ID (HSI), OR, WA',
  }),
  {
    id: 'opla-washington-dc',
    name: `${NAME}Washington, D.C.`,
    // ICE lists this field location as two units with their own addresses and phones (entries
    // opla-washington-annandale and opla-washington-sterling); there is no single parent address.
    addressLines: [],
    areaOfResponsibility: 'DC and Virginia; Sterling unit also lists West Virginia',
    sourceIds: [OPLA_LIST, COURTS],
    sourceDate: BOTH_DATES,
    lastVerified: LAST_VERIFIED,
    confidence: 'two-sources',
    note: 'Two units, each with its own street address, phone and mail stop: Annandale and Sterling. Use the unit for the court that has the case.',
  },
  listOnly({
    id: 'opla-hyattsville',
    name: `${NAME}Hyattsville`,
    addressLines: ['6505 Belcrest Rd, Suite 450', 'Hyattsville MD 20782'],
    mailingAddressLines: ['500 12th St SW, Stop 5904', 'Washington DC 20536-5904'],
    phone: '(443) 560-0600',
    note: 'UNCERTAIN: only in ICE\'s listing copy; area of responsibility not stated. The phone is the same number ICE lists for OPLA Baltimore. The 2026 court catalogue sends the Hyattsville court to OPLA Baltimore instead.',
  }),
  listOnly({
    id: 'opla-imperial',
    name: `${NAME}Imperial`,
    addressLines: ['2409 La Brucherie Rd, Suite 3', 'Imperial CA 92251'],
    phone: '(760) 355-8361',
    note: 'UNCERTAIN: only in ICE\'s listing copy; area of responsibility not stated. ICE\'s handout printed the Newburgh NY address for Imperial by mistake (per the 2026 court catalogue).',
  }),
];

/**
 * Units listed inside a §1.2 parent row (not in §1.3) that a §3.2 court row names, plus the
 * Laredo office that only [COURTS] names.
 */
const unitsFromParentRows: OplaOffice[] = [
  twoSourceParent({
    id: 'opla-atlanta-peachtree',
    name: `${NAME}Atlanta`,
    parentId: 'opla-atlanta',
    addressLines: ['Peachtree Summit Federal Bldg', '401 W. Peachtree St NW, Suite 2850', 'Atlanta GA 30308'],
    phone: '(404) 730-9756',
    note: 'Second Atlanta site listed in the OPLA Atlanta row (ICE gives it no separate sub-office name); the OPLA office for the Atlanta W. Peachtree St court.',
  }),
  twoSourceParent({
    id: 'opla-miami-krome',
    name: `${NAME}Miami (Krome)`,
    parentId: 'opla-miami',
    addressLines: ['Krome SPC', '18201 SW 12th St', 'Miami FL 33194'],
    phone: '(305) 207-2001',
    note: 'Listed in the OPLA Miami row. The 2026 court catalogue gives the ZIP as 33194-2700.',
  }),
  twoSourceParent({
    id: 'opla-new-york-varick',
    name: `${NAME}New York (Varick St)`,
    parentId: 'opla-new-york',
    addressLines: ['201 Varick St, Room 738', 'New York NY 10014'],
    phone: '(212) 367-6300',
    note: 'Detained unit listed in the OPLA New York row; "(Varick St)" is the court catalogue\'s name for it.',
  }),
  twoSourceParent({
    id: 'opla-san-diego-otay-mesa',
    name: `${NAME}San Diego (Otay Mesa)`,
    parentId: 'opla-san-diego',
    addressLines: ['7488 Calzada de la Fuente', 'San Diego CA 92154'],
    mailingAddressLines: ['P.O. Box 438150', 'San Diego CA 92143-8150'],
    note: 'Unit listed in the OPLA San Diego row; no phone listed. The court catalogue gives the same P.O. box for the Otay Mesa court, with the city written as San Ysidro.',
  }),
  twoSourceParent({
    id: 'opla-washington-annandale',
    name: `${NAME}Washington (Annandale)`,
    parentId: 'opla-washington-dc',
    addressLines: ['7619 Little River Tpk, Suite 900', 'Annandale VA 22003'],
    // ICE's listing copy writes the ZIP as 20536; the court catalogue as 20536-5902.
    mailingAddressLines: ['500 12th St SW, Mail Stop 5902', 'Washington DC 20536-5902'],
    phone: '(703) 962-2800',
  }),
  twoSourceParent({
    id: 'opla-washington-sterling',
    name: `${NAME}Washington (Sterling)`,
    parentId: 'opla-washington-dc',
    addressLines: ['21400 Ridgetop Cir, Suite 100', 'Sterling VA 20166'],
    // ICE's listing copy writes the ZIP as 20536; the court catalogue as 20536-5906.
    mailingAddressLines: ['500 12th St SW, Mail Stop 5906', 'Washington DC 20536-5906'],
    phone: '(571) 262-2300',
    note: 'ICE lists West Virginia in this unit\'s area as well as DC and Virginia.',
  }),
  {
    id: 'opla-laredo',
    name: `${NAME}Laredo`,
    // [COURTS] gives only '1406 Jacaman Rd, Suite C' for the office; the city/ZIP line is the one it
    // gives for the Laredo court at the same street address (Suite B).
    addressLines: ['1406 Jacaman Rd, Suite C', 'Laredo TX 78041'],
    sourceIds: [COURTS],
    sourceDate: COURTS_DATE,
    lastVerified: LAST_VERIFIED,
    confidence: 'single-source',
    note: 'UNCERTAIN: named only by the 2026 court catalogue, not in ICE\'s listing copy; no phone. The city/ZIP line was taken from the court at the same street address (1406 Jacaman Rd, Suite B, Laredo TX 78041).',
  },
];

const CHICAGO_PLACEHOLDER_NOTE =
  'UNCERTAIN: placeholder entry for the 2025 expansion; ICE lists it at the OPLA Chicago address with no phone.';

/** offices.md §1.3 — sub-offices, in the doc's order (the Chicago placeholder row is split into its 7 entries). */
const subOffices: OplaOffice[] = [
  listOnly({
    id: 'opla-los-angeles-adelanto',
    name: `${NAME}Los Angeles (Adelanto)`,
    parentId: 'opla-los-angeles',
    addressLines: ['10250 Rancho Rd', 'Adelanto CA 92301'],
    phone: '(760) 561-6460',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-los-angeles-north-los-angeles',
    name: `${NAME}Los Angeles (North Los Angeles)`,
    parentId: 'opla-los-angeles',
    addressLines: ['300 N. Los Angeles St, Suite 1240', 'Los Angeles CA 90012'],
    phone: '(213) 830-5555',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-los-angeles-van-nuys',
    name: `${NAME}Los Angeles (Van Nuys)`,
    parentId: 'opla-los-angeles',
    addressLines: ['6230 Van Nuys Blvd, Suite 1011', 'Van Nuys CA 91401'],
    phone: '(818) 670-3000',
    note: SUB_OFFICE_NOTE,
  }),
  conflicting({
    id: 'opla-los-angeles-santa-ana',
    name: `${NAME}Los Angeles (Santa Ana)`,
    parentId: 'opla-los-angeles',
    addressLines: ['1251 E. Dyer Rd, Suite 200', 'Santa Ana CA 92705'],
    courtsAddress: '1231 E. Dyer Rd, Suite 155, Santa Ana CA',
    note: 'Street number conflict: ICE\'s listing copy gives 1251 E. Dyer Rd, Suite 200, Santa Ana CA 92705; the 2026 court catalogue gives 1231 E. Dyer Rd, Suite 155. (The court itself is at 1241 E. Dyer Rd, Suite 200.) No phone listed.',
  }),
  listOnly({
    id: 'opla-los-angeles-las-vegas',
    name: `${NAME}Los Angeles (Las Vegas)`,
    parentId: 'opla-los-angeles',
    addressLines: ['501 S. Las Vegas Blvd, Suite 200', 'Las Vegas NV 89101'],
    phone: '(702) 433-7288',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-buffalo-batavia',
    name: `${NAME}Buffalo (Batavia)`,
    parentId: 'opla-buffalo',
    addressLines: ['Buffalo Federal Detention Facility', '4250 Federal Dr', 'Batavia NY 14020'],
    phone: '(585) 344-6600',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-detroit-cleveland',
    name: `${NAME}Detroit (Cleveland)`,
    parentId: 'opla-detroit',
    addressLines: ['925 Keynote Cir, Room 201', 'Brooklyn Heights OH 44131'],
    phone: '(216) 749-9955',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-el-paso-chaparral',
    name: `${NAME}El Paso (Chaparral)`,
    parentId: 'opla-el-paso',
    addressLines: ['Trial Attorney Unit', '26 McGregor Range Rd', 'Chaparral NM 88081'],
    phone: '(915) 834-5200',
    note: SUB_OFFICE_NOTE,
  }),
  conflicting({
    id: 'opla-atlanta-charlotte',
    name: `${NAME}Atlanta (Charlotte)`,
    parentId: 'opla-atlanta',
    addressLines: ['5701 Executive Center Dr, Suite 300', 'Charlotte NC 28212'],
    phone: '(704) 248-9605',
    courtsAddress: '701 Executive Center Dr, Charlotte NC',
    note: 'Street number conflict: ICE\'s listing copy gives 5701 Executive Center Dr, Suite 300, Charlotte NC 28212; the 2026 court catalogue prints 701 Executive Center Dr. 5701 is likely right.',
  }),
  listOnly({
    id: 'opla-atlanta-lumpkin',
    name: `${NAME}Atlanta (Lumpkin)`,
    parentId: 'opla-atlanta',
    addressLines: ['Stewart County Detention Facility', '146 CCA Rd', 'Lumpkin GA 31815'],
    phone: '(229) 838-1109',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-houston-conroe',
    name: `${NAME}Houston (Conroe)`,
    parentId: 'opla-houston',
    addressLines: ['Montgomery Processing Center', '806 Hilbig Rd, Suite 2-201', 'Conroe TX 77301'],
    phone: '(936) 520-5870',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-san-antonio-dilley',
    name: `${NAME}San Antonio (Dilley)`,
    parentId: 'opla-san-antonio',
    addressLines: ['South Texas Family Residential Center', '300 El Rancho Way', 'Dilley TX 78017'],
    phone: '(830) 378-6500',
    note: `${SUB_OFFICE_NOTE} Whether an EOIR court sits at Dilley now is UNCERTAIN; no court row was sourced.`,
  }),
  listOnly({
    id: 'opla-san-antonio-harlingen',
    name: `${NAME}San Antonio (Harlingen)`,
    parentId: 'opla-san-antonio',
    addressLines: ['1717 Zoy St, Annex', 'Harlingen TX 78552'],
    phone: '(956) 389-7051',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-san-antonio-los-fresnos',
    name: `${NAME}San Antonio (Los Fresnos)`,
    parentId: 'opla-san-antonio',
    addressLines: ['Port Isabel Detention Center', '27991 Buena Vista Blvd', 'Los Fresnos TX 78566'],
    phone: '(956) 547-1700',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-san-antonio-pearsall',
    name: `${NAME}San Antonio (Pearsall)`,
    parentId: 'opla-san-antonio',
    addressLines: ['South Texas ICE Processing Center', '566 Veterans Dr', 'Pearsall TX 78061'],
    phone: '(210) 231-4630',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-newark-elizabeth',
    name: `${NAME}Newark (Elizabeth)`,
    parentId: 'opla-newark',
    addressLines: ['Elizabeth Detention Facility', '625 Evans St, Room 135', 'Elizabeth NJ 07201'],
    phone: '(908) 282-5755',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-phoenix-eloy',
    name: `${NAME}Phoenix (Eloy)`,
    parentId: 'opla-phoenix',
    addressLines: ['Eloy Detention Center', '1705 E. Hanna Rd', 'Eloy AZ 85131'],
    phone: '(520) 464-3032',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-phoenix-florence',
    name: `${NAME}Phoenix (Florence)`,
    parentId: 'opla-phoenix',
    addressLines: ['Florence Detention Center', '3250 N. Pinal Pkwy Ave', 'Florence AZ 85132'],
    phone: '(520) 868-3310',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-phoenix-tucson',
    name: `${NAME}Phoenix (Tucson)`,
    parentId: 'opla-phoenix',
    addressLines: ['6431 S. Country Club Rd', 'Tucson AZ 85706'],
    phone: '(520) 295-4167',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-miami-san-juan',
    name: `${NAME}Miami (San Juan)`,
    parentId: 'opla-miami',
    addressLines: ['7 Tabonuco St, Room 300 (Suite 313)', 'Guaynabo PR 00968'],
    phone: '(787) 706-2352',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-miami-pompano-beach',
    name: `${NAME}Miami (Pompano Beach)`,
    parentId: 'opla-miami',
    addressLines: ['Broward Transitional Center', '3900 N. Powerline Rd', 'Pompano Beach FL 33073'],
    phone: '(954) 545-6060',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-boston-hartford',
    name: `${NAME}Boston (Hartford)`,
    parentId: 'opla-boston',
    addressLines: ['Ribicoff Federal Bldg', '450 Main St, Room 483', 'Hartford CT 06103-3060'],
    phone: '(860) 240-3615',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-chicago-indianapolis',
    name: `${NAME}Chicago (Indianapolis)`,
    parentId: 'opla-chicago',
    addressLines: ['575 N. Pennsylvania St, Suite 646', 'Indianapolis IN 46204'],
    phone: '(312) 260-9513',
    note: `${SUB_OFFICE_NOTE} The phone is the same number ICE lists for OPLA Chicago. The 2026 court catalogue sends the Indianapolis court to OPLA Chicago at 55 E. Monroe St, Suite 1400, Chicago IL 60603 instead.`,
  }),
  listOnly({
    id: 'opla-chicago-kansas-city',
    name: `${NAME}Chicago (Kansas City)`,
    parentId: 'opla-chicago',
    addressLines: ['2345 Grand Blvd, Suite 500', 'Kansas City MO 64108'],
    phone: '(816) 391-7200',
    note: SUB_OFFICE_NOTE,
  }),
  ...(['Louisville', 'Illinois', 'Indiana', 'Kansas', 'Kentucky', 'Missouri', 'Wisconsin'] as const).map((place) =>
    listOnly({
      id: `opla-chicago-${place.toLowerCase()}`,
      name: `${NAME}Chicago (${place})`,
      parentId: 'opla-chicago',
      addressLines: ['55 E. Monroe St, Suite 1400', 'Chicago IL 60603'],
      note: CHICAGO_PLACEHOLDER_NOTE,
    }),
  ),
  listOnly({
    id: 'opla-new-orleans-jena',
    name: `${NAME}New Orleans (Jena)`,
    parentId: 'opla-new-orleans',
    addressLines: ['LaSalle Detention Center', '830 Pinehill Rd', 'Jena LA 71342'],
    phone: '(318) 992-1455',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-new-orleans-oakdale',
    name: `${NAME}New Orleans (Oakdale)`,
    parentId: 'opla-new-orleans',
    addressLines: ['1010 E. Whatley Rd', 'Oakdale LA 71463-1128'],
    phone: '(318) 335-7500',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-new-orleans-memphis',
    name: `${NAME}New Orleans (Memphis)`,
    parentId: 'opla-new-orleans',
    addressLines: ['80 Monroe Ave, Suite 200', 'Memphis TN 38103'],
    phone: '(901) 462-9410',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-new-york-newburgh',
    name: `${NAME}New York (Newburgh)`,
    parentId: 'opla-new-york',
    addressLines: ['Hudson Valley', '15 Governor Dr', 'Newburgh NY 12550'],
    phone: '(845) 831-1576',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-minneapolis-st-paul-omaha',
    name: `${NAME}Minneapolis-St. Paul (Omaha)`,
    parentId: 'opla-minneapolis-st-paul',
    addressLines: ['1717 Avenue H, Room 174', 'Omaha NE 68110'],
    phone: '(402) 536-4804',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-philadelphia-york',
    name: `${NAME}Philadelphia (York)`,
    parentId: 'opla-philadelphia',
    addressLines: ['2350 Freedom Way, Suite 254', 'York PA 17402'],
    phone: '(717) 747-7250',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-seattle-portland',
    name: `${NAME}Seattle (Portland)`,
    parentId: 'opla-seattle',
    addressLines: ['1220 SW 3rd Ave, Suite 300', 'Portland OR 97204'],
    phone: '(503) 326-2059',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-seattle-tacoma',
    name: `${NAME}Seattle (Tacoma)`,
    parentId: 'opla-seattle',
    addressLines: ['Northwest ICE Processing Center', '1623 E. J St, Suite 2', 'Tacoma WA 98421'],
    phone: '(253) 779-6059',
    note: SUB_OFFICE_NOTE,
  }),
  listOnly({
    id: 'opla-san-francisco-sacramento',
    name: `${NAME}San Francisco (Sacramento)`,
    parentId: 'opla-san-francisco',
    // ICE's listing copy gives no street address for this new 2025 unit: only the city/ZIP line.
    addressLines: ['Sacramento CA 95814'],
    mailingAddressLines: ['100 Montgomery St, Suite 200', 'San Francisco CA 94104'],
    note: `${SUB_OFFICE_NOTE} New 2025 unit with no street address and no phone listed; mail goes to the San Francisco office.`,
  }),
  listOnly({
    id: 'opla-denver-salt-lake-city',
    name: `${NAME}Denver (Salt Lake City)`,
    parentId: 'opla-denver',
    addressLines: ['2975 Decker Lake Dr, Stop C', 'West Valley City UT 84119-6098'],
    phone: '(801) 736-1340',
    note: SUB_OFFICE_NOTE,
  }),
];

type CourtRow = [
  id: string,
  name: string,
  city: string,
  state: string,
  detainedOnly: boolean,
  addressLines: string[],
  oplaOfficeId: string | null,
  confidence: OfficeConfidence,
  note?: string,
];

const D = true;
const ND = false;
const OK: OfficeConfidence = 'two-sources';

/** offices.md §3.2 — 70 rows in the doc's order (rows 54-70 are detained-only dockets). */
const courtRows: CourtRow[] = [
  ['court-annandale', 'Annandale', 'Annandale', 'VA', ND, ['7619 Little River Tpk, Suite 400', 'Annandale VA 22003'], 'opla-washington-annandale', OK,
    'Replaced the Arlington court in October 2022 (lgilawyers.com). The OPLA unit is in the same building, Suite 900.'],
  ['court-atlanta-ted-turner', 'Atlanta – Ted Turner Dr', 'Atlanta', 'GA', ND, ['180 Ted Turner Dr SW, Suite 241', 'Atlanta GA 30303'], 'opla-atlanta', OK],
  ['court-atlanta-peachtree', 'Atlanta – W. Peachtree St', 'Atlanta', 'GA', ND, ['Peachtree Summit Fed. Bldg', '401 W. Peachtree St, Suite 2600', 'Atlanta GA 30308'], 'opla-atlanta-peachtree', OK],
  ['court-baltimore', 'Baltimore', 'Baltimore', 'MD', ND, ['Fallon Fed. Bldg', '31 Hopkins Plaza, Room 440', 'Baltimore MD 21201'], 'opla-baltimore', OK],
  ['court-boston', 'Boston', 'Boston', 'MA', ND, ['JFK Fed. Bldg', '15 New Sudbury St, Room 320', 'Boston MA 02203'], 'opla-boston', OK],
  ['court-buffalo', 'Buffalo', 'Buffalo', 'NY', ND, ['130 Delaware Ave, Suite 300', 'Buffalo NY 14202'], 'opla-buffalo', OK],
  ['court-charlotte', 'Charlotte', 'Charlotte', 'NC', ND, ['5701 Executive Center Dr, Suite 400', 'Charlotte NC 28212'], 'opla-atlanta-charlotte', 'conflict',
    'OPLA street number conflict: ICE\'s listing copy gives 5701 Executive Center Dr, Suite 300; the 2026 court catalogue prints 701. 5701 is likely right.'],
  ['court-chelmsford', 'Chelmsford', 'Chelmsford', 'MA', ND, ['150 Apollo Dr, Suite 100', 'Chelmsford MA 01824'], 'opla-boston', 'single-source',
    'Only the 2026 court catalogue pairs this court with OPLA Boston; not cross-checked.'],
  ['court-chicago', 'Chicago', 'Chicago', 'IL', ND, ['55 E. Monroe St, Suite 1500', 'Chicago IL 60603'], 'opla-chicago', OK],
  ['court-cleveland', 'Cleveland', 'Cleveland', 'OH', ND, ['801 W. Superior Ave, Suite 13-100', 'Cleveland OH 44113'], 'opla-detroit-cleveland', OK],
  ['court-concord', 'Concord', 'Concord', 'CA', ND, ['1855 Gateway Blvd, Suite 850', 'Concord CA 94520'], 'opla-san-francisco', OK],
  ['court-dallas', 'Dallas', 'Dallas', 'TX', ND, ['1100 Commerce St, Suite 1060', 'Dallas TX 75242'], 'opla-dallas', OK],
  ['court-denver', 'Denver', 'Denver', 'CO', ND, ['1961 Stout St, Suite 3101', 'Denver CO 80294'], 'opla-denver', OK],
  ['court-detroit', 'Detroit', 'Detroit', 'MI', ND, ['477 Michigan Ave, Suite 440', 'Detroit MI 48226'], 'opla-detroit', OK],
  ['court-el-paso', 'El Paso', 'El Paso', 'TX', ND, ['700 E. San Antonio Ave, Suite 750', 'El Paso TX 79901'], 'opla-el-paso', OK],
  ['court-fort-snelling', 'Fort Snelling', 'Fort Snelling', 'MN', ND, ['Whipple Fed. Bldg', '1 Federal Dr, Suite 1850', 'Fort Snelling MN 55111'], 'opla-minneapolis-st-paul', OK],
  ['court-guaynabo', 'Guaynabo (San Juan)', 'Guaynabo', 'PR', ND, ['San Patricio Office Ctr', '7 Tabonuco St, Room 401', 'Guaynabo PR 00968-4605'], 'opla-miami-san-juan', OK],
  ['court-harlingen', 'Harlingen', 'Harlingen', 'TX', ND, ['2009 W. Jefferson Ave, Suite 300', 'Harlingen TX 78550'], 'opla-san-antonio-harlingen', OK],
  ['court-hartford', 'Hartford', 'Hartford', 'CT', ND, ['Ribicoff Fed. Bldg', '450 Main St, Suite 628', 'Hartford CT 06103-3015'], 'opla-boston-hartford', OK],
  ['court-honolulu', 'Honolulu', 'Honolulu', 'HI', ND, ['PJKK Fed. Bldg', '300 Ala Moana Blvd, Room 8-112', 'Honolulu HI 96850'], 'opla-honolulu', OK],
  ['court-houston-greenspoint', 'Houston – Greenspoint Park', 'Houston', 'TX', ND, ['16800 Greenspoint Park Dr, 2nd Floor', 'Houston TX 77060'], 'opla-houston', OK],
  ['court-houston-gessner', 'Houston – S. Gessner Rd', 'Houston', 'TX', ND, ['8701 S. Gessner Rd, 10th Floor', 'Houston TX 77074'], 'opla-houston', OK],
  ['court-hyattsville', 'Hyattsville', 'Hyattsville', 'MD', ND, ['3311 Toledo Rd, Suite 105', 'Hyattsville MD 20782'], 'opla-hyattsville', 'conflict',
    'UNCERTAIN which office: ICE\'s listing copy has a separate OPLA Hyattsville (6505 Belcrest Rd, Suite 450, Hyattsville MD 20782; mail 500 12th St SW, Stop 5904, Washington DC 20536-5904), likely the right one; the 2026 court catalogue pairs this court with OPLA Baltimore, 31 Hopkins Plaza, Room 1600, Baltimore MD 21201.'],
  ['court-indianapolis', 'Indianapolis', 'Indianapolis', 'IN', ND, ['950 N. Meridian St, Suite 185', 'Indianapolis IN 46204'], 'opla-chicago-indianapolis', 'conflict',
    'UNCERTAIN (new court): ICE\'s listing copy has OPLA Chicago (Indianapolis), 575 N. Pennsylvania St, Suite 646, Indianapolis IN 46204; the 2026 court catalogue pairs this court with OPLA Chicago, 55 E. Monroe St, Suite 1400, Chicago IL 60603, and itself says "verify".'],
  ['court-kansas-city', 'Kansas City', 'Kansas City', 'MO', ND, ['2345 Grand Blvd, Suite 525', 'Kansas City MO 64108'], 'opla-chicago-kansas-city', OK],
  ['court-laredo', 'Laredo', 'Laredo', 'TX', ND, ['1406 Jacaman Rd, Suite B', 'Laredo TX 78041'], 'opla-laredo', 'single-source',
    'UNCERTAIN: OPLA Laredo (1406 Jacaman Rd, Suite C) is named only by the 2026 court catalogue; it is not in ICE\'s listing copy.'],
  ['court-las-vegas', 'Las Vegas', 'Las Vegas', 'NV', ND, ['110 N. City Pkwy, Suite 400', 'Las Vegas NV 89106'], 'opla-los-angeles-las-vegas', OK],
  ['court-los-angeles-pacific-concourse', 'Los Angeles – West LA (Pacific Concourse)', 'Los Angeles', 'CA', ND, ['5245 Pacific Concourse Dr', 'Los Angeles CA 90045'], 'opla-los-angeles', OK],
  ['court-los-angeles-north-los-angeles-st', 'Los Angeles – N. Los Angeles St', 'Los Angeles', 'CA', ND, ['300 N. Los Angeles St, Room 4330', 'Los Angeles CA 90012'], 'opla-los-angeles-north-los-angeles', OK],
  ['court-los-angeles-van-nuys', 'Los Angeles – Van Nuys Blvd', 'Van Nuys', 'CA', ND, ['6230 Van Nuys Blvd, 3rd Floor, Suite 300', 'Van Nuys CA 91401'], 'opla-los-angeles-van-nuys', OK],
  ['court-memphis', 'Memphis', 'Memphis', 'TN', ND, ['80 Monroe Ave, Lower Level Suite G-10', 'Memphis TN 38103'], 'opla-new-orleans-memphis', OK],
  ['court-miami', 'Miami', 'Miami', 'FL', ND, ['One Riverview Sq', '333 S. Miami Ave, Suite 700', 'Miami FL 33130'], 'opla-miami', OK,
    'Verify the suite. The court catalogue warns that ICE\'s handout misprinted the Miami OPLA with a Puerto Rico address.'],
  ['court-new-orleans', 'New Orleans', 'New Orleans', 'LA', ND, ['One Canal Place', '365 Canal St, Suite 500', 'New Orleans LA 70130'], 'opla-new-orleans', 'conflict',
    'OPLA address conflict: the 2026 court catalogue gives 1250 Poydras St, Suite 2100, New Orleans LA 70113; ICE\'s listing copy gives 423 Canal St, Suite 450, New Orleans LA 70130. The office may have moved.'],
  ['court-new-york-broadway', 'New York – Broadway', 'New York', 'NY', ND, ['Ted Weiss Fed. Bldg', '290 Broadway, 15th Floor', 'New York NY 10007'], 'opla-new-york', OK],
  ['court-new-york-federal-plaza', 'New York – Federal Plaza', 'New York', 'NY', ND, ['26 Federal Plaza, 12th Floor, Room 1237', 'New York NY 10278'], 'opla-new-york', OK],
  ['court-new-york-varick', 'New York – Varick St', 'New York', 'NY', ND, ['201 Varick St, 5th Floor, Room 507', 'New York NY 10014'], 'opla-new-york-varick', OK],
  ['court-newark', 'Newark', 'Newark', 'NJ', ND, ['970 Broad St, Room 1200', 'Newark NJ 07102'], 'opla-newark', OK],
  ['court-oakdale', 'Oakdale', 'Oakdale', 'LA', ND, ['1900 E. Whatley Rd', 'Oakdale LA 71463'], 'opla-new-orleans-oakdale', OK],
  ['court-omaha', 'Omaha', 'Omaha', 'NE', ND, ['1717 Avenue H, Suite 100', 'Omaha NE 68110'], 'opla-minneapolis-st-paul-omaha', OK],
  ['court-orlando', 'Orlando', 'Orlando', 'FL', ND, ['500 N. Orange Ave, Suite 1100', 'Orlando FL 32801'], 'opla-orlando', 'conflict',
    'OPLA suite conflict: the 2026 court catalogue gives 500 N. Orange Ave, Suite 500; ICE\'s listing copy gives Suite 5000 (Orlando FL 32801).'],
  ['court-philadelphia', 'Philadelphia', 'Philadelphia', 'PA', ND, ['Nix Fed. Bldg', '900 Market St, Suite 504', 'Philadelphia PA 19107'], 'opla-philadelphia', OK],
  ['court-phoenix', 'Phoenix', 'Phoenix', 'AZ', ND, ['250 N. 7th Ave, Suite 300', 'Phoenix AZ 85007'], 'opla-phoenix', OK],
  ['court-portland', 'Portland', 'Portland', 'OR', ND, ['1220 SW 3rd Ave, Suite 500', 'Portland OR 97204'], 'opla-seattle-portland', OK],
  ['court-sacramento', 'Sacramento', 'Sacramento', 'CA', ND, ['Moss Fed. Bldg', '650 Capitol Mall, Suite 4-200', 'Sacramento CA 95814'], 'opla-san-francisco-sacramento', OK,
    'New court; verify. The OPLA unit has no street address listed: mail goes to 100 Montgomery St, Suite 200, San Francisco CA 94104.'],
  ['court-salt-lake-city', 'Salt Lake City (West Valley City)', 'West Valley City', 'UT', ND, ['2975 S. Decker Lake Dr, #200', 'West Valley City UT 84119-6094'], 'opla-denver-salt-lake-city', OK],
  ['court-san-antonio', 'San Antonio', 'San Antonio', 'TX', ND, ['800 Dolorosa, Suite 300', 'San Antonio TX 78207'], 'opla-san-antonio', OK],
  ['court-san-diego', 'San Diego', 'San Diego', 'CA', ND, ['880 Front St, Suite 4240', 'San Diego CA 92101'], 'opla-san-diego', OK],
  ['court-san-francisco', 'San Francisco', 'San Francisco', 'CA', ND, ['100 Montgomery St, Suite 800', 'San Francisco CA 94104'], 'opla-san-francisco', 'single-source',
    'UNCERTAIN court status: the 2026 court catalogue notes a 2026 EOIR announcement about closing or reorganizing this court. The OPLA pairing agrees in both sources.'],
  ['court-santa-ana', 'Santa Ana', 'Santa Ana', 'CA', ND, ['1241 E. Dyer Rd, Suite 200', 'Santa Ana CA 92705'], 'opla-los-angeles-santa-ana', 'conflict',
    'OPLA street number conflict: the 2026 court catalogue gives 1231 E. Dyer Rd, Suite 155; ICE\'s listing copy gives 1251 E. Dyer Rd, Suite 200, Santa Ana CA 92705.'],
  ['court-seattle', 'Seattle', 'Seattle', 'WA', ND, ['915 2nd Ave, Suite 613', 'Seattle WA 98174'], 'opla-seattle', OK],
  ['court-sterling', 'Sterling', 'Sterling', 'VA', ND, ['21400 Ridgetop Cir, Suite 200', 'Sterling VA 20166'], 'opla-washington-sterling', OK],
  ['court-tucson', 'Tucson', 'Tucson', 'AZ', ND, ['300 W. Congress, Suite 300', 'Tucson AZ 85701'], 'opla-phoenix-tucson', OK],
  ['court-ulster', 'Ulster (Napanoch)', 'Napanoch', 'NY', ND, ['750 Berme Rd', 'PO Box 800', 'Napanoch NY 12458'], 'opla-new-york-newburgh', OK],
  ['court-adelanto', 'Adelanto', 'Adelanto', 'CA', D, ['Adelanto Det. Facility', '10250 Rancho Rd, Suite 201A', 'Adelanto CA 92301'], 'opla-los-angeles-adelanto', OK],
  ['court-aurora', 'Aurora', 'Aurora', 'CO', D, ['3130 N. Oakland St', 'Aurora CO 80010'], 'opla-denver', OK],
  ['court-batavia', 'Batavia', 'Batavia', 'NY', D, ['4250 Federal Dr, Room F108', 'Batavia NY 14020'], 'opla-buffalo-batavia', OK],
  ['court-conroe', 'Conroe', 'Conroe', 'TX', D, ['806 Hilbig Rd, Suite 2-300', 'Conroe TX 77301'], 'opla-houston-conroe', OK],
  ['court-el-paso-spc', 'El Paso SPC', 'El Paso', 'TX', D, ['8915 Montana Ave, Suite 100', 'El Paso TX 79925'], 'opla-el-paso', OK],
  ['court-elizabeth', 'Elizabeth', 'Elizabeth', 'NJ', D, ['625 Evans St, Room 148A', 'Elizabeth NJ 07201'], 'opla-newark-elizabeth', OK],
  ['court-eloy', 'Eloy', 'Eloy', 'AZ', D, ['1705 E. Hanna Rd, Suite 366', 'Eloy AZ 85131'], 'opla-phoenix-eloy', OK],
  ['court-florence', 'Florence', 'Florence', 'AZ', D, ['3260 N. Pinal Pkwy Ave', 'Florence AZ 85132'], 'opla-phoenix-florence', OK],
  ['court-imperial', 'Imperial', 'Imperial', 'CA', D, ['2409 La Brucherie Rd', 'Imperial CA 92251'], 'opla-imperial', 'single-source',
    'UNCERTAIN: ICE\'s handout printed the Newburgh NY address for the Imperial OPLA by mistake (per the 2026 court catalogue); the OPLA address here is from ICE\'s listing copy only.'],
  ['court-lasalle', 'LaSalle (Jena)', 'Jena', 'LA', D, ['830 Pine Hill Rd', 'P.O. Box 2179', 'Jena LA 71342'], 'opla-new-orleans-jena', OK],
  ['court-krome', 'Miami – Krome', 'Miami', 'FL', D, ['Krome North Processing Center', '18201 SW 12th St', 'Miami FL 33194'], 'opla-miami-krome', OK],
  ['court-otay-mesa', 'Otay Mesa', 'San Ysidro', 'CA', D, ['P.O. Box 438150', 'San Ysidro CA 92143-8150'], 'opla-san-diego-otay-mesa', OK],
  ['court-otero', 'Otero (Chaparral)', 'Chaparral', 'NM', D, ['26 McGregor Range Rd, Door #1', 'Chaparral NM 88081'], 'opla-el-paso-chaparral', OK],
  ['court-pearsall', 'Pearsall', 'Pearsall', 'TX', D, ['566 Veterans Dr', 'Pearsall TX 78061'], 'opla-san-antonio-pearsall', OK],
  ['court-port-isabel', 'Port Isabel (Los Fresnos)', 'Los Fresnos', 'TX', D, ['27991 Buena Vista Blvd', 'Los Fresnos TX 78566'], 'opla-san-antonio-los-fresnos', OK],
  ['court-stewart', 'Stewart (Lumpkin)', 'Lumpkin', 'GA', D, ['146 CCA Rd', 'PO Box 248', 'Lumpkin GA 31815'], 'opla-atlanta-lumpkin', OK],
  ['court-tacoma', 'Tacoma', 'Tacoma', 'WA', D, ['1623 E. J St, Suite 3', 'Tacoma WA 98421'], 'opla-seattle-tacoma', OK],
];

function freezeOffice(o: OplaOffice): OplaOffice {
  Object.freeze(o.addressLines);
  if (o.mailingAddressLines) Object.freeze(o.mailingAddressLines);
  Object.freeze(o.sourceIds);
  return Object.freeze(o);
}

export const oplaOffices: readonly OplaOffice[] = Object.freeze(
  [...parentOffices, ...unitsFromParentRows, ...subOffices].map(freezeOffice),
);

export const immigrationCourts: readonly ImmigrationCourt[] = Object.freeze(
  courtRows.map(([id, name, city, state, detainedOnly, addressLines, oplaOfficeId, confidence, note]) => {
    const court: ImmigrationCourt = { id, name, city, state, detainedOnly, addressLines: Object.freeze(addressLines) as string[], oplaOfficeId, confidence };
    if (note !== undefined) court.note = note;
    return Object.freeze(court);
  }),
);

const officeById: ReadonlyMap<string, OplaOffice> = new Map(oplaOffices.map((o) => [o.id, o]));
const courtById: ReadonlyMap<string, ImmigrationCourt> = new Map(immigrationCourts.map((c) => [c.id, c]));

/**
 * How the question about the court names a court, and how the case keeps it: "Chicago, IL",
 * "Atlanta – Ted Turner Dr, GA". A label finds its court again (and so its OPLA office).
 */
export function courtLabel(court: ImmigrationCourt): string {
  return `${court.name}, ${court.state}`;
}

const courtByLabel: ReadonlyMap<string, ImmigrationCourt> = new Map(immigrationCourts.map((c) => [courtLabel(c), c]));

/**
 * A court as the letter names it: a city with more than one court gets its place after the state
 * ("Houston – S. Gessner Rd, TX" → "Houston, TX (S. Gessner Rd)"); any other answer as saved.
 */
export function courtInWords(label: string): string {
  const court = courtFromLabel(label);
  const place = court?.name.split(' – ')[1];
  return court && place ? `${court.city}, ${court.state} (${place.replace(/ \((.*)\)$/u, ', $1')})` : label;
}

/** The court a saved answer names by its label, if it is one. */
export function courtFromLabel(label: string | undefined): ImmigrationCourt | undefined {
  return label === undefined ? undefined : courtByLabel.get(label);
}

/**
 * Plain code-unit order. For the courts' states and names it is the same as alphabetical order
 * (a test compares it with `localeCompare`), and it needs no collation data: the first
 * `localeCompare` of a page loads it, 10–25 ms on a desktop, inside the Continue that opens the
 * court question.
 */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The courts for the picker, by state then name (detained-only dockets included: a detained person's family may use it). */
export function courtsForPicker(): ImmigrationCourt[] {
  return [...immigrationCourts].sort((a, b) => byCodeUnits(a.state, b.state) || byCodeUnits(a.name, b.name));
}

export function findOplaOffice(id: string): OplaOffice | undefined {
  return officeById.get(id);
}

/** The OPLA office (parent or sub-office) that appears before the court; undefined when unknown. */
export function oplaOfficeForCourt(courtId: string): OplaOffice | undefined {
  const court = courtById.get(courtId);
  if (!court || court.oplaOfficeId === null) return undefined;
  return officeById.get(court.oplaOfficeId);
}

function normaliseCity(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[.]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "Chicago, IL", "chicago il", "Chicago" → the city part, in several readings. */
function cityCandidates(courtCity: string): Set<string> {
  const whole = normaliseCity(courtCity);
  const beforeComma = normaliseCity(courtCity.split(',')[0] ?? '');
  const withoutState = whole.replace(/,?\s+[a-z]{2}$/, '');
  return new Set([whole, beforeComma, withoutState].filter((s) => s !== ''));
}

/** A court's name without its location detail: "Los Angeles – Van Nuys Blvd" → "los angeles". */
function courtNameBase(name: string): string {
  return normaliseCity(name.split(/\s[–-]\s|\s\(/)[0] ?? name);
}

/**
 * Offices suggested from the court the person chose from the list (its OPLA office), or from
 * the court city they typed: the OPLA office for each immigration court in that city (courts with a detained-only docket only when no other court matches).
 * Never "nearest office": only a match by the court's city name (offices.md §4.2).
 */
export function suggestOffices(courtCity: string | undefined): OplaOffice[] {
  if (!courtCity || courtCity === 'unknown') return [];
  // A court chosen from the list: its own OPLA office, even where a city has several courts.
  const chosen = courtFromLabel(courtCity);
  if (chosen) {
    const office = chosen.oplaOfficeId === null ? undefined : officeById.get(chosen.oplaOfficeId);
    if (office && office.addressLines.length > 0) return [office];
  }
  const wanted = cityCandidates(courtCity);
  const matches = immigrationCourts.filter((court) => wanted.has(normaliseCity(court.city)) || wanted.has(courtNameBase(court.name)));
  const open = matches.filter((court) => !court.detainedOnly);
  const courts = open.length > 0 ? open : matches;
  const ids = [...new Set(courts.map((court) => court.oplaOfficeId).filter((id): id is string => id !== null))];
  return ids.map((id) => officeById.get(id)).filter((o): o is OplaOffice => o !== undefined && o.addressLines.length > 0);
}

/**
 * The office the letter goes to when the person has chosen none: the one office their court city
 * matches. Several matches (e.g. Atlanta, New York) pick none: only the person's papers can say which.
 */
export function suggestedOfficeFor(courtCity: string | undefined): OplaOffice | null {
  const found = suggestOffices(courtCity);
  return found.length === 1 ? found[0]! : null;
}

const STALE_AFTER_DAYS = 183;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;
const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 (UTC) for an ISO date 'YYYY-MM-DD' (a time part is ignored), or null. */
function isoDay(value: string): number | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  const d = new Date(ms);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return ms / MS_PER_DAY;
}

/**
 * true when lastVerified is more than 183 days before asOf (ISO dates) — the UI shows a stronger
 * warning. An unreadable date counts as stale, so the warning errs on the side of showing.
 */
export function isOfficeDataStale(asOf: string, office: { lastVerified: string }): boolean {
  const now = isoDay(asOf);
  const verified = isoDay(office.lastVerified);
  if (now === null || verified === null) return true;
  return now - verified > STALE_AFTER_DAYS;
}
