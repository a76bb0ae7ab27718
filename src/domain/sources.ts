/**
 * Every policy document, ruling and guide the product's rules come from, with its status and the
 * date that status was last checked. Facts here come from ../shared/legal/reference.md (compiled
 * 2026-11-23, updated by its §11 on 2026-11-30, from copies of public sources; nothing was checked live). Titles and issuers are
 * names, not quotations of the documents' text.
 */
import { STATUS_CHECKED_ON } from './policy-basis';

// The policy basis lives in its own module, so saving a case (case-file.ts) does not pull this
// source list into the first bundle (docs/adr/0004-bundle-budget.md).
export { POLICY_BASIS, type PolicyVersionId, policyVersions, STATUS_CHECKED_ON } from './policy-basis';

export type SourceStatus =
  /** In force as a rule or a standing practice. */
  | 'in_force'
  /** Withdrawn by a later memo or order. */
  | 'rescinded'
  /** Struck down by a court (may have been revived and later rescinded: see `note`). */
  | 'vacated'
  /** A court ruling that a higher court later reversed. */
  | 'reversed'
  /** No longer applied, though no document that ends it by name was found. */
  | 'not_applied'
  /** Not policy: a guide, an article, a form or a directory. */
  | 'guidance_only';

export type SourceKind = 'policy' | 'court' | 'regulation' | 'agency_page' | 'form' | 'guide' | 'directory';

export interface Source {
  id: string;
  title: string;
  /** Who issued it, in English; pages show the words of the catalog (`sources.<id>.issuer`), in the page language. */
  issuer: string;
  /** ISO date or partial date of the document, or a short era text when only that is known. */
  date: string;
  url?: string;
  /** The address is from general knowledge or the page has moved: shown with a caution. */
  urlUncertain?: boolean;
  kind: SourceKind;
  status: SourceStatus;
  statusCheckedOn: string;
  /** Plain-English note on what it did and what is uncertain about it. */
  note: string;
  /**
   * The title is our description, not a document's own name: pages show the catalog's
   * `sources.<id>.title`, in the page language, and `title` stays only as the research record
   * (what exactly was read). Without it, `title` is the document's own (English) name, shown as is.
   */
  titleIsOurs?: true;
}

const checked = STATUS_CHECKED_ON;

export const sources = [
  {
    id: 'morton-2011',
    title: 'Exercising Prosecutorial Discretion Consistent with the Civil Immigration Enforcement Priorities of the Agency (the "Morton memo")',
    issuer: 'ICE Director John Morton',
    date: '2011-06-17',
    url: 'https://papers.ssrn.com/sol3/papers.cfm?abstract_id=1891883',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'Listed about 19 factors ICE could weigh. Replaced by the 2014 Johnson memo. The link is a 2011 overview of the memo by Prof. Shoba Wadhia, not the memo itself.',
  },
  {
    id: 'morton-2011-victims',
    title: 'Prosecutorial Discretion: Certain Victims, Witnesses, and Plaintiffs',
    issuer: 'ICE Director John Morton',
    date: '2011-06-17',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'Said ICE should usually not start removal against a known victim or witness of a crime. Part of the 2011 framework later replaced.',
  },
  {
    id: 'johnson-2014',
    title: 'Policies for the Apprehension, Detention and Removal of Undocumented Immigrants',
    issuer: 'DHS Secretary Jeh Johnson',
    date: '2014-11-20',
    url: 'https://assets.documentcloud.org/documents/3764982/14-1120-Memo-Prosecutorial-Discretion-8.txt',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'Set three priority groups. Rescinded on February 20, 2017. Its exact list of "significant misdemeanors" is not verified here.',
  },
  {
    id: 'kelly-short-2017',
    title: 'Enforcement of the Immigration Laws to Serve the National Interest; OPLA guidance of August 15, 2017',
    issuer: 'DHS Secretary John Kelly; OPLA Principal Legal Advisor Tracy Short',
    date: '2017-02-20',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'Made almost anyone removable a target, including people with unresolved criminal charges. Revoked in 2021.',
  },
  {
    id: 'pekoske-2021',
    title: 'Review of and Interim Revision to Civil Immigration Enforcement and Removal Policies and Priorities',
    issuer: 'Acting DHS Secretary David Pekoske',
    date: '2021-01-20',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'Interim priorities; introduced the November 1, 2020 border cut-off date. Replaced by the Mayorkas guidelines.',
  },
  {
    id: 'trasvina-2021',
    title: 'Interim Guidance to OPLA Attorneys Regarding Civil Immigration Enforcement and Removal Policies and Priorities',
    issuer: 'OPLA Principal Legal Advisor John D. Trasviña',
    date: '2021-05-27',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'Told ICE attorneys how to use discretion in court cases and named mitigating factors. Replaced by the Doyle memo in April 2022.',
  },
  {
    id: 'mayorkas-2021',
    title: 'Guidelines for the Enforcement of Civil Immigration Law',
    issuer: 'DHS Secretary Alejandro Mayorkas',
    date: '2021-09-30',
    url: 'https://www.ice.gov/doclib/news/guidelines-civilimmigrationlaw.pdf',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'The most detailed public list of aggravating and mitigating factors. Vacated by a court in June 2022, usable again after June 2023, and revoked in January 2025. Exact wording of its factor lists is not verified here.',
  },
  {
    id: 'doyle-2022',
    title: 'Guidance to OPLA Attorneys Regarding the Enforcement of Civil Immigration Laws and the Exercise of Prosecutorial Discretion',
    issuer: 'OPLA Principal Legal Advisor Kerry E. Doyle',
    date: '2022-04-03',
    kind: 'policy',
    status: 'not_applied',
    statusCheckedOn: checked,
    note: 'Told ICE attorneys they would generally use discretion in cases outside the priorities. No source found that formally rescinds it by name, but every 2025 source treats it as no longer in effect (uncertain).',
  },
  {
    id: 'texas-vacatur-2022',
    title: 'Texas v. United States (S.D. Tex.), final judgment vacating the Mayorkas guidelines',
    issuer: 'U.S. District Court, Southern District of Texas',
    date: '2022-06-10',
    kind: 'court',
    status: 'reversed',
    statusCheckedOn: checked,
    note: 'Struck down the Mayorkas guidelines nationwide from June 24, 2022 (vacated 2022, reversed 2023). ICE said its attorneys could still use case-by-case discretion. Reversed by the Supreme Court in 2023.',
  },
  {
    id: 'us-v-texas-2023',
    title: 'United States v. Texas, 599 U.S. 670',
    issuer: 'U.S. Supreme Court',
    date: '2023-06-23',
    kind: 'court',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Held that the states could not sue over the guidelines, so the guidelines could be used again. The ruling stands, but the guidelines it revived were revoked in January 2025.',
  },
  {
    id: 'eoir-rule-2024',
    title: 'Efficient Case and Docket Management in Immigration Proceedings, 89 FR 46742 (8 C.F.R. §§ 1003.18(c), 1003.1(l))',
    issuer: 'Executive Office for Immigration Review (EOIR)',
    date: '2024-05-29',
    kind: 'regulation',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Since July 29, 2024, immigration judges can close or end cases on a motion even when ICE objects. No source found that it was rescinded by late 2026 (uncertain).',
  },
  {
    id: 'eo-14159-2025',
    title: 'Executive Order 14159, Protecting the American People Against Invasion',
    issuer: 'President of the United States',
    date: '2025-01-20',
    kind: 'policy',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Revoked the 2021 executive orders behind the Mayorkas guidelines. Since then there is no published list of who ICE treats as a low priority.',
  },
  {
    id: 'huffman-2025',
    title: 'Guidance Regarding How to Exercise Enforcement Discretion',
    issuer: 'Acting DHS Secretary Benjamine Huffman',
    date: '2025-01-23',
    kind: 'policy',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Tells officers to consider expedited removal for anyone it can apply to, which may include ending an ongoing court case.',
  },
  {
    id: 'er-designation-2025',
    title: 'Designating Aliens for Expedited Removal, 90 FR 8139 (FR Doc. 2025-01720)',
    issuer: 'Department of Homeland Security',
    date: '2025-01-21',
    url: 'https://www.govinfo.gov/content/pkg/FR-2025-01-24/pdf/2025-01720.pdf',
    urlUncertain: true,
    kind: 'regulation',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Extended fast-track removal without a judge (expedited removal) to people anywhere in the U.S. who were not admitted or paroled and cannot show 2 years of continuous presence. The D.D.C. stayed it in August 2025; the D.C. Circuit reversed that stay about ten months later (Make the Road New York v. Noem, No. 25-5320), so it is treated as in effect as of 2026-11-30, with litigation ongoing.',
  },
  {
    id: 'dismissal-practice-2025',
    title: 'ICE motions to dismiss followed by arrests for expedited removal (NIPNLG practice alert, May 28, 2025; EOIR guidance to judges, May 30, 2025)',
    titleIsOurs: true,
    issuer: 'National Immigration Project (NIPNLG); EOIR',
    date: '2025-05-28',
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Since May 2025, ICE attorneys have asked judges to dismiss cases and ICE then arrested people at court to use expedited removal, mostly people here less than 2 years. Whether this still happens in late 2026 is uncertain.',
  },
  {
    id: 'opla-pd-page',
    title: 'Prosecutorial Discretion and the ICE Office of the Principal Legal Advisor (OPLA)',
    issuer: 'U.S. Immigration and Customs Enforcement',
    date: '2021-06-14',
    url: 'https://www.ice.gov/about-ice/opla/prosecutorial-discretion',
    kind: 'agency_page',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Lists the kinds of discretion ICE attorneys can use (continuances, closure, dismissal, joining motions) and past factors. Versions from 2021 to 2023 were read; what it says now is unknown.',
  },
  {
    id: 'ice-gov-2014',
    title: 'How to Seek Prosecutorial Discretion from ICE',
    issuer: 'U.S. Immigration and Customs Enforcement (ICE.gov)',
    date: '2014-11',
    url: 'https://www.ice.gov/immigrationAction',
    urlUncertain: true,
    kind: 'agency_page',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'ICE’s own how-to page from 2014: detained people use the detention facility’s procedures or the ERO line 1-888-351-4024; court cases write to the OPLA field office; final orders contact the ERO officer. Its priorities are rescinded; the page has since been removed.',
  },
  {
    id: 'law-firm-2025',
    title: 'Prosecutorial Discretion & ICE Enforcement Defense (law-firm web page)',
    titleIsOurs: true,
    // The firm's name is not in the copy we have (research note, not shown): the issuer line says only what is known.
    issuer: 'A U.S. immigration law firm',
    date: '2025',
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Useful lists of documents and help lines. Its "current enforcement priorities (2025)" list is really the 2021 framework and is not shown as current policy here.',
  },
  {
    id: 'florence-2011',
    title: 'Pro Se Guide to Prosecutorial Discretion',
    issuer: 'Florence Immigrant & Refugee Rights Project',
    date: '2011',
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Self-help guide from the Morton memo era. Its warnings still hold: do not ask for discretion unless you are already in proceedings, and do not hide a record.',
  },
  {
    id: 'nolo-2012',
    title: 'Which Undocumented Persons Are Helped By Prosecutorial Discretion',
    issuer: 'Nolo',
    date: '2012',
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Article from the Morton memo era: address every factor, including saying you have no record and proving it; see a lawyer if there is any negative factor.',
  },
  {
    id: 'ilrc-2022',
    title: 'ICE prosecutorial discretion and community advocacy',
    issuer: 'Immigrant Legal Resource Center (ILRC)',
    date: '2022',
    url: 'https://www.ilrc.org',
    urlUncertain: true,
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Written when the Mayorkas guidelines were blocked in 2022; points to case-by-case discretion.',
  },
  {
    id: 'eoir-practice-manual',
    title: 'Immigration Court Practice Manual, chapters 1.6 and 3.3',
    issuer: 'Executive Office for Immigration Review (EOIR)',
    date: '2026',
    url: 'https://www.justice.gov/eoir/reference-materials/ic/chapter-1/6',
    kind: 'guide',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'What an inquiry about a case must include (name, A-number, next hearing) and how translations must be certified.',
  },
  {
    id: 'eoir-case-status',
    title: 'EOIR Automated Case Information (phone 1-800-898-7180 and online portal)',
    issuer: 'Executive Office for Immigration Review (EOIR)',
    date: '2026',
    url: 'https://acis.eoir.justice.gov',
    urlUncertain: true,
    kind: 'directory',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Gives next hearing date and place and judge decisions by A-number. Does not show expedited-removal orders. "Not found" can mean the case is not filed with the court yet.',
  },
  {
    id: 'i-246-instructions',
    title: 'Form I-246, Application for a Stay of Deportation or Removal, and its instructions (edition 11/20)',
    issuer: 'U.S. Immigration and Customs Enforcement',
    date: '2020-11',
    kind: 'form',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Filed in person at the ERO field office, with identity documents and a statement of reasons. Fee was $155; a proposed rule would raise it (not confirmed).',
  },
  {
    id: 'eoir-pro-bono-list',
    title: 'List of Pro Bono Legal Service Providers; Recognition & Accreditation roster',
    issuer: 'Executive Office for Immigration Review (EOIR)',
    date: '2026',
    url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers',
    kind: 'directory',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Free or low-cost legal help listed for each immigration court, updated every quarter; and the roster of accredited representatives.',
  },
  {
    id: 'in-absentia-guides',
    title: 'Practitioner guides on in-absentia orders and missed hearings (walthergoss.com; immigranthelpny help center)',
    titleIsOurs: true,
    issuer: 'Immigration law practitioners and legal-aid volunteers',
    date: '2025',
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'A missed hearing usually leads to a removal order "in absentia" (made while you were not there), which people often do not know about. Deadlines to reopen are short.',
  },
  {
    id: 'legal-directories',
    title: 'National Immigration Legal Services Directory (ImmigrationAdvocates.org) and AILA lawyer search',
    issuer: 'Immigration Advocates Network; American Immigration Lawyers Association',
    date: '2026',
    url: 'https://www.immigrationadvocates.org/legaldirectory/',
    urlUncertain: true,
    kind: 'directory',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Directories of nonprofit legal services by state and ZIP code, and of private immigration lawyers. Addresses are from general knowledge (uncertain).',
  },
  {
    id: 'ftc-notario',
    title: 'Notario fraud consumer materials',
    titleIsOurs: true,
    issuer: 'Federal Trade Commission',
    date: '2016',
    url: 'https://consumer.ftc.gov/fotonovela',
    urlUncertain: true,
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'A notario or consultant is not a lawyer and may not give immigration legal advice.',
  },
  {
    id: 'ice-directive-11005-4-2025',
    title: 'ICE Directive 11005.4, Interim Guidance on Civil Immigration Enforcement Actions Involving Current or Potential Beneficiaries of Victim-Based Immigration Benefits',
    issuer: 'U.S. Immigration and Customs Enforcement',
    date: '2025-01-31',
    kind: 'policy',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Replaced the 2021 victim-centered directive (11005.3) and the 2011 victims and witnesses memo. Officers are not required to look for signs that a person is a crime victim or to treat it as a positive factor. A class action filed October 14, 2025 (ICWC v. Noem) challenges it. Sources: immpolicytracking.org (ID 1491); Tahirih Justice Center explainer (Feb 2025).',
  },
  {
    id: 'ice-directive-11005-3-2021',
    title: 'ICE Directive 11005.3, Using a Victim-Centered Approach with Noncitizen Crime Victims',
    issuer: 'U.S. Immigration and Customs Enforcement',
    date: '2021-08-10',
    kind: 'policy',
    status: 'rescinded',
    statusCheckedOn: checked,
    note: 'Told ICE to avoid enforcement against crime victims with pending or approved victim-based applications. Superseded by Directive 11005.4 on January 31, 2025.',
  },
  {
    id: 'yajure-hurtado-2025',
    title: 'Matter of Yajure Hurtado, 29 I&N Dec. 216 (BIA 2025)',
    issuer: 'Board of Immigration Appeals',
    date: '2025-09-05',
    kind: 'court',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'Immigration judges cannot hear bond for people present without admission (INA § 235(b)(2)(A)), however long they have lived here. Release then depends on ICE parole or a federal habeas petition filed by a lawyer; litigation continues. Sources: CLINIC, "Three BIA Decisions Severely Limit Bond Eligibility"; American Immigration Council (Sept 2025).',
  },
  {
    id: 'make-the-road-2026',
    title: 'Make the Road New York v. Noem, No. 25-5320 (D.C. Cir.)',
    issuer: 'U.S. Court of Appeals for the D.C. Circuit',
    date: '2026',
    kind: 'court',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'A 2–1 ruling, about ten months after the August 2025 stay, that reversed the stay of the January 2025 expansion of expedited removal. Treated as in effect as of the last check; litigation continues.',
  },
  {
    id: 'bia-appeal-deadline',
    title: '8 C.F.R. § 1003.38(b): time to appeal an immigration judge’s decision to the BIA',
    titleIsOurs: true,
    issuer: 'Executive Office for Immigration Review (EOIR)',
    date: '2026',
    kind: 'regulation',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'An appeal to the Board of Immigration Appeals must be received within 30 days of the judge’s decision.',
  },
  {
    id: 'in-absentia-reopen-rule',
    title: 'INA § 240(b)(5)(C); 8 C.F.R. § 1003.23(b)(4)(ii): reopening an order made in absentia',
    titleIsOurs: true,
    issuer: 'Congress; Executive Office for Immigration Review (EOIR)',
    date: '2026',
    kind: 'regulation',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'An order made while the person was not at the hearing can be reopened: within 180 days for exceptional circumstances, or at any time if the person did not get proper notice. Filing such a motion stops removal while the judge decides it.',
  },
  {
    id: 'matter-of-m-a-m-2011',
    title: 'Matter of M-A-M-, 25 I&N Dec. 474 (BIA 2011)',
    issuer: 'Board of Immigration Appeals',
    date: '2011-05-04',
    kind: 'court',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'When there are signs that a person may not be competent to take part in their case, the immigration judge must look into it and may order safeguards.',
  },
  {
    id: 'i-601a-rule',
    title: '8 C.F.R. § 212.7(e)(4)(iii): provisional unlawful presence waiver (Form I-601A) and removal proceedings',
    titleIsOurs: true,
    issuer: 'U.S. Citizenship and Immigration Services (DHS)',
    date: '2016',
    kind: 'regulation',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'A person in removal proceedings cannot get an I-601A waiver unless the case is administratively closed (and not back on the calendar) or has ended.',
  },
  {
    id: 'tps-changes-2025',
    title: 'TPS terminations announced in 2025 and the court rulings on them',
    titleIsOurs: true,
    issuer: 'Department of Homeland Security; federal courts',
    date: '2025',
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Several TPS designations were ended in 2025; some of those endings were blocked or reversed in court. Whether TPS is in effect varies by country and changes often.',
  },
  {
    id: 'fcc-211-2000',
    title: 'Use of N11 Codes: designation of 211 for community information and referral services (FCC 00-256)',
    issuer: 'Federal Communications Commission',
    date: '2000-07-21',
    kind: 'regulation',
    status: 'in_force',
    statusCheckedOn: checked,
    note: 'The FCC set aside the phone number 211 for community information and referral services across the U.S.',
  },
  {
    id: 'court-path-practice-2026',
    title: 'Practitioner guidance on hearing dates, appeals, closed cases, detention with an order, children, competency and check-ins',
    titleIsOurs: true,
    // Summed up in the legal reference, §11.2 (a research note, not shown).
    issuer: 'Immigration practitioners (as summed up by the makers of this tool)',
    date: '2026-11-30',
    kind: 'guide',
    status: 'guidance_only',
    statusCheckedOn: checked,
    note: 'Practice consensus on situations that change what is safe to do: a hearing date that has passed, a hearing within about 30 days, a recent decision, an appeal, a closed or dismissed case, detention with a final order, a person under 18, competency concerns, an earlier denied request, and release on bond or check-ins.',
  },
] as const satisfies readonly Source[];

export type SourceId = (typeof sources)[number]['id'];

const byId = new Map<string, Source>(sources.map((s) => [s.id, s]));

export function findSource(id: string): Source | undefined {
  return byId.get(id);
}

/**
 * Referral resources shown on every result (national, long-lived). Only numbers confirmed in an
 * official or long-standing source are listed (reference.md §11.5): hotlines found on a single
 * unverified page are left out.
 */
export interface HelpResource {
  id: string;
  phone?: string;
  url?: string;
  urlUncertain?: boolean;
  sourceIds: SourceId[];
}

export const helpResources: readonly HelpResource[] = [
  { id: 'eoir-pro-bono', url: 'https://www.justice.gov/eoir/list-pro-bono-legal-service-providers', sourceIds: ['eoir-pro-bono-list'] },
  { id: 'immigration-advocates', url: 'https://www.immigrationadvocates.org/legaldirectory/', urlUncertain: true, sourceIds: ['legal-directories'] },
  { id: 'eoir-case-status', phone: '1-800-898-7180', url: 'https://acis.eoir.justice.gov', urlUncertain: true, sourceIds: ['eoir-case-status'] },
  { id: 'ice-ero-line', phone: '1-888-351-4024', sourceIds: ['ice-gov-2014'] },
  { id: 'ice-detainee-locator', url: 'https://locator.ice.gov', urlUncertain: true, sourceIds: ['law-firm-2025'] },
  { id: 'dial-211', phone: '211', sourceIds: ['fcc-211-2000', 'law-firm-2025'] },
  { id: 'ftc-notario', phone: '1-877-382-4357', sourceIds: ['ftc-notario'] },
];
