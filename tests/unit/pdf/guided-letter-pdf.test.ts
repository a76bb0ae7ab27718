// @vitest-environment jsdom
/**
 * Issue 14 §1 and §5, read back from the PDF with pdf.js: the grouped paragraphs carry the facts
 * the person gave and cite their tabs; a rewritten paragraph is printed as written; the story is
 * printed once and no fixed sentence repeats it; a story in Spanish is not in the letter but in a
 * signed declaration after the exhibit index, and the guide ends with the certificate of translation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../../src/app/i18n';
import { assess, type CaseData, checklist, LANGUAGES } from '../../../src/domain';
import { buildPdfInput } from '../../../src/features/letter/pdf-input';
import { renderDocuments } from '../../../src/pdf/render-letter-pdf';
import { duiInCourt, inCourtBaseline, walk } from '../domain/walk';
import { extractPages, FONTS, letterFor, squash } from './support';

beforeAll(async () => {
  await i18n.reloadResources(LANGUAGES.map((l) => l.code), ['common', 'questions', 'catalog', 'pages']);
});

const person = {
  ...inCourtBaseline,
  'person.fullName': 'María Elena Ruiz',
  'favourable.family': [{ relationship: 'child', status: 'citizen' }, { relationship: 'spouse', status: 'permanent_resident' }],
  'favourable.work': 'yes',
  'favourable.taxes': 'yes',
  'favourable.community': 'yes',
} as const;
const details = { childrenNames: 'Ana, 8, and Luis, 5', jobTitle: 'a cook', employer: 'Casa Lupe', workSince: '2015',
  taxYears: '2016 to 2025', communityGroup: 'St. Mary’s Church', communityRole: 'help run the food bank' };
const included = ['family-status-proof', 'employment-records', 'tax-records', 'support-letter-community'];

async function texts(letter: Partial<CaseData['letter']>) {
  const { c } = walk(person, { letter, checklist: { included } });
  const model = letterFor(c)!;
  // The input the app builds (its words from the locales), with the person's page in English.
  const list = checklist(c, assess(c, { asOf: '2026-11-23' }));
  const input = buildPdfInput(model, list, { es: i18n.getFixedT('es'), ui: i18n.getFixedT('en'), uiLanguage: 'en' },
    { appVersion: '0.1.0', letterFileName: 'PD-request.pdf' });
  const docs = await renderDocuments({ ...input, fonts: FONTS });
  const toSend = await extractPages(docs.toSend);
  const forYou = await extractPages(docs.forYou);
  return { model, toSend, forYou, letter: squash(toSend.map((p) => p.text).join('')) };
}

describe('the letter PDF, paragraph by paragraph', () => {
  it('groups the facts the person gave into paragraphs that cite their tabs', async () => {
    const { letter } = await texts({ details });
    expect(letter).toContain(squash('My close family in the United States includes my child, who is a U.S. citizen, and my spouse, who is a'
      + ' lawful permanent resident. My children are Ana, 8, and Luis, 5. See Tab A.'));
    // Tabs in checklist order: A family papers, B the community leader's letter, C work, D taxes.
    expect(letter).toContain(squash('I have worked as a cook for Casa Lupe since 2015. I have filed U.S. tax returns for 2016 to 2025. See Tabs C and D.'));
    expect(letter).toContain(squash('I take part in St. Mary’s Church, where I help run the food bank. See Tab B.'));
  });

  it('prints a rewritten paragraph as written, with its tabs, and not the suggested one', async () => {
    const mine = 'For ten years I have cooked at Casa Lupe, six days a week, and I have paid my taxes every year.';
    const { letter } = await texts({ details, paragraphEdits: { work: { text: mine, factors: ['employment_history', 'tax_compliance'] } } });
    expect(letter).toContain(squash(`${mine} See Tabs C and D.`));
    expect(letter).not.toContain(squash('I have worked as a cook for Casa Lupe'));
  });

  it('prints the story once, and no fixed sentence repeats it', async () => {
    const story = 'I came here in 2010 to work. My children were born in Chicago.\n\nMy wife and I run the food bank at our church.';
    const { model, letter } = await texts({ details, story });
    expect(letter.split(squash('My children were born in Chicago.')).length - 1).toBe(1);
    const fixed = model.paragraphs.filter((p) => !p.verbatim).map((p) => p.text).join(' ');
    for (const sentence of ['I came here in 2010 to work.', 'My children were born in Chicago.', 'My wife and I run the food bank at our church.']) {
      expect(fixed).not.toContain(sentence);
    }
  });

  it('puts a story in Spanish in a signed declaration after the exhibit index, with the certificate of translation in the guide', async () => {
    const story = 'Llegué a este país en 2010 con mis dos hijos. Trabajo en un restaurante y vamos a la iglesia todos los domingos.';
    const undecided = await texts({ details, story });
    expect(undecided.letter).not.toContain(squash('Llegué'));
    expect(undecided.model.gaps).toContain('story-language');

    const { toSend, forYou, letter } = await texts({ details, story, storyAs: 'declaration' });
    const at = toSend.findIndex((p) => p.text.includes('Declaración de María Elena Ruiz'));
    const index = toSend.findIndex((p) => p.text.includes('Exhibit Index'));
    expect(at).toBeGreaterThan(index);
    expect(squash(toSend.slice(0, at).map((p) => p.text).join(''))).not.toContain(squash('Llegué'));
    expect(squash(toSend.slice(at).map((p) => p.text).join(''))).toContain(squash(story));
    expect(letter).toContain(squash('I have written a declaration about my situation in Spanish, which I have signed.'));
    // The declaration is an exhibit of its own, first in the index.
    expect(letter).toContain(squash('A Personal declaration of the respondent'));
    const certificate = forYou[forYou.length - 1]!.text;
    expect(squash(certificate)).toContain(squash('I, ______________________________ (full name of the translator), certify that I am competent to translate from Spanish into English'));
    expect(squash(certificate)).toContain('Signature:');
    // The guide is not sent, except that last page: its first page and the email step say so.
    const guide = squash(forYou.map((p) => p.text).join(''));
    const es = i18n.getFixedT('es');
    const en = i18n.getFixedT('en');
    expect(guide).toContain(squash(es('pages:pdf.spanish.notForMailingButCertificate')));
    expect(guide).toContain(squash(en('pages:pdf.sending.emailBodyWithCertificate', { fileName: 'PD-request.pdf' })));
    expect(guide).toContain(squash(en('pages:pdf.translatorNote.sendingBody')));
    expect(guide).not.toContain(squash(en('pages:pdf.sending.emailBody', { fileName: 'PD-request.pdf' })));
    // Without a declaration there is no certificate: the guide is not sent at all.
    const plain = squash((await texts({ details })).forYou.map((p) => p.text).join(''));
    expect(plain).toContain(squash(es('pages:pdf.spanish.notForMailing')));
    expect(plain).toContain(squash(en('pages:pdf.sending.emailBody', { fileName: 'PD-request.pdf' })));
    expect(plain).not.toContain('Certificate');
  });
});

describe('page headers', () => {
  it('name no A-number when there is none (no English "Not known" on a Spanish page)', async () => {
    const { c } = walk({ ...person, 'person.aNumber': 'unknown' }, { letter: { details }, checklist: { included } });
    const model = letterFor(c)!;
    const list = checklist(c, assess(c, { asOf: '2026-11-23' }));
    const input = buildPdfInput(model, list, { es: i18n.getFixedT('es'), ui: i18n.getFixedT('es'), uiLanguage: 'es' },
      { appVersion: '0.1.0', letterFileName: 'PD-request.pdf' });
    const docs = await renderDocuments({ ...input, fonts: FONTS });
    const toSend = await extractPages(docs.toSend);
    const forYou = await extractPages(docs.forYou);
    expect(toSend.length).toBeGreaterThan(1);
    expect(forYou.length).toBeGreaterThan(1);
    // The Re: block says it once; no header repeats it, in either language.
    expect(toSend.map((p) => p.text).join('\n').match(/Not known/g)).toHaveLength(1);
    for (const p of forYou) expect(p.text).not.toMatch(/Número A|Not known/);
  });
});

describe('a draft with a declaration in Spanish', () => {
  it('puts the draft banner on every page of the letter file, in each page\'s language', async () => {
    const story = 'Llegué a este país en 2010 con mis dos hijos. Trabajo en un restaurante y vamos a la iglesia todos los domingos.';
    const { c } = walk({ ...duiInCourt, ...person, ...Object.fromEntries(Object.entries(duiInCourt).filter(([k]) => k.startsWith('criminal.'))) }, { letter: { story, storyAs: 'declaration' }, checklist: { included } });
    const model = letterFor(c)!;
    expect(model.kind).toBe('draft');
    const list = checklist(c, assess(c, { asOf: '2026-11-23' }));
    const input = buildPdfInput(model, list, { es: i18n.getFixedT('es'), ui: i18n.getFixedT('en'), uiLanguage: 'en' },
      { appVersion: '0.1.0', letterFileName: 'DRAFT-PD-request.pdf' });
    const toSend = await extractPages((await renderDocuments({ ...input, fonts: FONTS })).toSend);
    for (const p of toSend) {
      const spanish = p.text.includes('Declaración de');
      expect(squash(p.text)).toContain(squash(spanish ? 'BORRADOR PARA QUE LO REVISE UN ABOGADO.' : 'DRAFT FOR REVIEW BY A LAWYER.'));
      expect(p.text).toMatch(spanish ? /Página \d+ de \d+/ : /Page \d+ of \d+/);
    }
    expect(toSend.some((p) => p.text.includes('Declaración de'))).toBe(true);
  });
});

describe('the guide of a draft for a lawyer', () => {
  const sheetOf = (c: CaseData, lang: 'en' | 'es') => {
    const model = letterFor(c)!;
    const list = checklist(c, assess(c, { asOf: '2026-11-23' }));
    return buildPdfInput(model, list, { es: i18n.getFixedT('es'), ui: i18n.getFixedT(lang), uiLanguage: lang },
      { appVersion: '0.1.0', letterFileName: 'DRAFT-PD-request.pdf' }).sendingSheet;
  };
  const words = (sheet: ReturnType<typeof sheetOf>) => [sheet.title, ...sheet.blocks.flatMap((b) => [b.heading ?? '', ...b.paragraphs])].join('\n');

  it.each(['en', 'es'] as const)('says what to take to the lawyer, never how to sign, mail or email the draft (%s)', (lang) => {
    const s = i18n.getFixedT(lang)('pages:pdf.sending', { returnObjects: true }) as Record<string, string>;
    const { c } = walk({ ...duiInCourt, ...person, ...Object.fromEntries(Object.entries(duiInCourt).filter(([k]) => k.startsWith('criminal.'))) }, { checklist: { included } });
    expect(letterFor(c)!.kind).toBe('draft');
    const draft = words(sheetOf(c, lang));
    expect(draft).toContain(s.titleDraft);
    expect(draft).toContain(s.draftTakeBody!.replace('{{fileName}}', 'DRAFT-PD-request.pdf'));
    expect(draft).toContain(s.draftNotSentBody);
    for (const key of ['title', 'encloseWithTabs', 'encloseNoTabs', 'sendBody', 'emailBody', 'copiesBody', 'afterHeading', 'noAnswerBody']) {
      expect(draft, key).not.toContain(s[key]!.split('{{')[0]);
    }
    // The letter's address is not given as a place to mail it.
    expect(draft).not.toContain('Chief Counsel');

    // A letter to send keeps the sending steps.
    const { c: ready } = walk(person, { checklist: { included } });
    expect(letterFor(ready)!.kind).not.toBe('draft');
    const sheet = words(sheetOf(ready, lang));
    for (const key of ['title', 'sendBody', 'afterHeading', 'noAnswerBody']) expect(sheet, key).toContain(s[key]!);
    expect(sheet).not.toContain(s.draftNotSentBody);
  });
});

describe('a story in a script the font cannot draw', () => {
  it('becomes a handwritten declaration: the letter file prints, with a page to put on top of it', async () => {
    const story = 'جئت إلى الولايات المتحدة في عام 2010 مع أطفالي، وأعمل في مطعم منذ ذلك الوقت.';
    const { letter, toSend } = await texts({ details, story, storyAs: 'declaration' });
    const cover = squash(toSend.find((p) => p.text.includes('Declaration of María Elena Ruiz'))!.text);
    expect(cover).toContain(squash('My declaration follows this page. I, María Elena Ruiz, wrote it by hand in my own language'));
    expect(letter).not.toContain(squash('جئت'));
    expect(letter).toContain(squash('I have written a declaration about my situation in my own language, which I have signed.'));
  });
});
