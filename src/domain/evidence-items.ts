/**
 * The documents a person may gather. Words (title, why, where to get it) live in the locales
 * under `checklist.items.<id>`; the English letter uses `letterDescription` for the exhibit index.
 */
import type { SourceId } from './sources';

export const checklistGroups = ['identity-case', 'favourable', 'concerns', 'route'] as const;
export type ChecklistGroup = (typeof checklistGroups)[number];

export interface EvidenceItem {
  id: string;
  group: ChecklistGroup;
  /** Can be enclosed with the letter as an exhibit (tabbed). False for papers to keep or bring. */
  exhibit: boolean;
  /** How the exhibit index describes it (English, for the letter). */
  letterDescription: string;
  sources: readonly SourceId[];
}

export const evidenceItems = [
  // Identity and case papers
  { id: 'hearing-notice', group: 'identity-case', exhibit: false,
    letterDescription: 'Notice to Appear and latest hearing notice',
    sources: ['eoir-practice-manual', 'ice-gov-2014'] },
  { id: 'personal-declaration', group: 'identity-case', exhibit: true,
    letterDescription: 'Personal declaration of the respondent',
    sources: ['florence-2011', 'nolo-2012', 'law-firm-2025'] },
  { id: 'photo-id', group: 'identity-case', exhibit: true,
    letterDescription: 'Identity document (passport, consular ID or birth certificate)',
    sources: ['law-firm-2025', 'i-246-instructions'] },
  { id: 'translations', group: 'identity-case', exhibit: false,
    letterDescription: 'English translations with translator certificates',
    sources: ['eoir-practice-manual', 'law-firm-2025'] },
  { id: 'copies-kept', group: 'identity-case', exhibit: false,
    letterDescription: 'Full copy of the request kept by the respondent',
    sources: ['law-firm-2025', 'ice-gov-2014'] },

  // Proof of favourable factors
  { id: 'residence-proof', group: 'favourable', exhibit: true,
    letterDescription: 'Proof of residence in the United States over the years (leases, bills, records)',
    sources: ['florence-2011', 'law-firm-2025'] },
  { id: 'childhood-records', group: 'favourable', exhibit: true,
    letterDescription: 'Records showing arrival as a child (early school or medical records)',
    sources: ['morton-2011', 'florence-2011'] },
  { id: 'family-status-proof', group: 'favourable', exhibit: true,
    letterDescription: 'Proof of the U.S. citizenship or permanent residence of family members',
    sources: ['florence-2011', 'law-firm-2025', 'nolo-2012'] },
  { id: 'relationship-proof', group: 'favourable', exhibit: true,
    letterDescription: 'Birth and marriage certificates showing family relationships',
    sources: ['florence-2011', 'law-firm-2025'] },
  { id: 'caregiving-proof', group: 'favourable', exhibit: true,
    letterDescription: 'Evidence of caregiving responsibilities (medical letters, school records, declarations)',
    sources: ['morton-2011', 'law-firm-2025'] },
  { id: 'hardship-evidence', group: 'favourable', exhibit: true,
    letterDescription: 'Evidence of hardship to family members',
    sources: ['law-firm-2025', 'mayorkas-2021'] },
  { id: 'military-records', group: 'favourable', exhibit: true,
    letterDescription: 'Military service records (DD-214 or discharge papers)',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'education-records', group: 'favourable', exhibit: true,
    letterDescription: 'School records, diplomas and transcripts',
    sources: ['florence-2011', 'law-firm-2025'] },
  { id: 'pregnancy-records', group: 'favourable', exhibit: true,
    letterDescription: 'Medical letter confirming pregnancy or nursing',
    sources: ['florence-2011', 'law-firm-2025'] },
  { id: 'medical-records', group: 'favourable', exhibit: true,
    letterDescription: 'Medical records and doctor’s letter (diagnosis and treatment)',
    sources: ['florence-2011', 'law-firm-2025'] },
  { id: 'proof-of-age', group: 'favourable', exhibit: true,
    letterDescription: 'Document showing date of birth',
    sources: ['florence-2011'] },
  { id: 'victim-witness-records', group: 'favourable', exhibit: true,
    letterDescription: 'Police reports, protection orders or certifications showing the respondent was a victim or witness',
    sources: ['morton-2011-victims', 'law-firm-2025'] },
  // The checklist names each application's own form (e.g. I-918) next to this item.
  { id: 'uscis-filings', group: 'favourable', exhibit: true,
    letterDescription: 'Receipt and approval notices and copies of pending applications',
    sources: ['florence-2011', 'law-firm-2025', 'eoir-rule-2024'] },
  // One letter of support per kind of writer the answers point to (src/domain/support-letters.ts),
  // each its own exhibit tab.
  { id: 'support-letter-spouse', group: 'favourable', exhibit: true,
    letterDescription: 'Letter of support from the respondent’s spouse or partner',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'support-letter-school', group: 'favourable', exhibit: true,
    letterDescription: 'Letter of support from the school of the respondent’s children',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'support-letter-employer', group: 'favourable', exhibit: true,
    letterDescription: 'Letter of support from the respondent’s employer',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'support-letter-community', group: 'favourable', exhibit: true,
    letterDescription: 'Letter of support from a faith or community leader',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'support-letter-doctor', group: 'favourable', exhibit: true,
    letterDescription: 'Letter from a doctor or other health care provider',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'support-letter-neighbour', group: 'favourable', exhibit: true,
    letterDescription: 'Letter of support from a landlord or neighbor',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'employment-records', group: 'favourable', exhibit: true,
    letterDescription: 'Employment letters and pay records',
    sources: ['law-firm-2025'] },
  { id: 'tax-records', group: 'favourable', exhibit: true,
    letterDescription: 'Tax returns or IRS tax transcripts',
    sources: ['law-firm-2025', 'florence-2011'] },
  { id: 'rehabilitation-proof', group: 'favourable', exhibit: true,
    letterDescription: 'Evidence of rehabilitation (completed programs, counselor and employer letters)',
    sources: ['mayorkas-2021', 'law-firm-2025'] },
  { id: 'background-checks', group: 'favourable', exhibit: true,
    letterDescription: 'FBI Identity History Summary and state or local police records',
    sources: ['nolo-2012', 'law-firm-2025'] },
  { id: 'humanitarian-evidence', group: 'favourable', exhibit: true,
    letterDescription: 'Evidence of other humanitarian circumstances',
    sources: ['law-firm-2025', 'opla-pd-page'] },
  { id: 'lpr-proof', group: 'favourable', exhibit: true,
    letterDescription: 'Permanent resident card or records of permanent residence',
    sources: ['trasvina-2021'] },
  { id: 'law-enforcement-letters', group: 'favourable', exhibit: true,
    letterDescription: 'Letters from law enforcement about cooperation',
    sources: ['law-firm-2025'] },
  { id: 'country-conditions', group: 'favourable', exhibit: true,
    letterDescription: 'Information about conditions in the home country',
    sources: ['morton-2011'] },
  { id: 'supervision-records', group: 'favourable', exhibit: true,
    letterDescription: 'Records of release by ICE and of check-ins attended (bond receipt, order of release, check-in records)',
    sources: ['court-path-practice-2026'] },

  // Answers to concerns
  { id: 'certified-dispositions', group: 'concerns', exhibit: true,
    letterDescription: 'Certified court dispositions for every arrest or charge',
    sources: ['nolo-2012', 'law-firm-2025', 'florence-2011'] },
  { id: 'probation-records', group: 'concerns', exhibit: true,
    letterDescription: 'Records of the status of any open case, sentence or probation',
    sources: ['kelly-short-2017', 'law-firm-2025'] },
  { id: 'prior-removal-papers', group: 'concerns', exhibit: false,
    letterDescription: 'Papers from any earlier removal or departure',
    sources: ['florence-2011'] },
  { id: 'missed-hearing-reasons', group: 'concerns', exhibit: true,
    letterDescription: 'Evidence of the reason a hearing or check-in was missed',
    sources: ['in-absentia-guides', 'eoir-case-status'] },
  { id: 'notario-papers', group: 'concerns', exhibit: false,
    letterDescription: 'Copies and receipts of anything a notario or consultant filed',
    sources: ['ftc-notario'] },
  { id: 'prior-pd-papers', group: 'concerns', exhibit: true,
    letterDescription: 'Copy of the earlier request for prosecutorial discretion and any answer from ICE',
    sources: ['ice-gov-2014', 'florence-2011'] },
  { id: 'judge-order', group: 'concerns', exhibit: false,
    letterDescription: 'The immigration judge’s written decision or order',
    sources: ['court-path-practice-2026', 'eoir-case-status'] },

  // Papers for a specific route
  { id: 'papers-for-lawyer', group: 'route', exhibit: false,
    letterDescription: 'Every paper received from immigration, courts or police',
    sources: ['florence-2011', 'nolo-2012'] },
  { id: 'papers-to-find', group: 'route', exhibit: false,
    letterDescription: 'Notice to Appear, hearing notices and any order from the judge',
    sources: ['eoir-case-status', 'eoir-practice-manual', 'in-absentia-guides'] },
  { id: 'case-status-record', group: 'route', exhibit: false,
    letterDescription: 'Notes of what the EOIR case status line or portal says',
    sources: ['eoir-case-status'] },
  { id: 'detainee-details', group: 'route', exhibit: false,
    letterDescription: 'Full name, A-number, country of birth and detention center of the detained person',
    sources: ['ice-gov-2014', 'law-firm-2025'] },
  { id: 'stay-form-i-246', group: 'route', exhibit: false,
    letterDescription: 'Form I-246, Application for a Stay of Deportation or Removal',
    sources: ['i-246-instructions'] },
  { id: 'stay-passport', group: 'route', exhibit: false,
    letterDescription: 'Passport valid for at least 6 months, or a copy with a birth certificate, or proof of a passport application',
    sources: ['i-246-instructions'] },
  { id: 'stay-fee', group: 'route', exhibit: false,
    letterDescription: 'Filing fee by money order or cashier’s check (confirm the current amount)',
    sources: ['i-246-instructions'] },
  { id: 'stay-statement', group: 'route', exhibit: false,
    letterDescription: 'Written statement of the reasons for the stay request',
    sources: ['i-246-instructions'] },
] as const satisfies readonly EvidenceItem[];

export type EvidenceItemId = (typeof evidenceItems)[number]['id'];

const itemsById = new Map<string, EvidenceItem>(evidenceItems.map((i) => [i.id, i]));

export function findEvidenceItem(id: string): EvidenceItem | undefined {
  return itemsById.get(id);
}
