// @vitest-environment jsdom
/**
 * Issue 16 §5: the Spanish pages of the PDFs (the page that says what the letter says, the
 * sending sheet and the checklist for a person reading in Spanish, a declaration in Spanish)
 * carry no English words in their words, headers or footers, outside names of papers and
 * offices (tests/fixtures/english-words.ts). The pages in English (the letter, the exhibit
 * index, the certificate of translation) are for ICE and stay English.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import i18n from '../../../src/app/i18n';
import { assess, type CaseData, checklist, LANGUAGES } from '../../../src/domain';
import { buildPdfInput } from '../../../src/features/letter/pdf-input';
import { type DocumentKind, paginateDocuments, renderDocuments } from '../../../src/pdf/render-letter-pdf';
import { englishWordsIn } from '../../fixtures/english-words';
import { duiInCourt, strongInCourt, walk } from '../domain/walk';
import { extractPages, FONTS, letterFor } from './support';

beforeAll(async () => {
  await i18n.reloadResources(LANGUAGES.map((l) => l.code), ['common', 'questions', 'catalog', 'pages']);
});

/** The words the person typed are theirs, in any language: they are taken out before the check. */
const TYPED = ['José Núñez Peña', 'Casa Lupe', 'María Elena Ruiz'];

async function spanishPageLeaks(answers: Record<string, unknown>, letter: Partial<CaseData['letter']> = {}): Promise<string[]> {
  const { c } = walk(answers as Parameters<typeof walk>[0], { letter, checklist: { included: ['family-status-proof', 'employment-records'] } });
  const model = letterFor(c)!;
  const list = checklist(c, assess(c, { asOf: '2026-11-23' }));
  const input = { ...buildPdfInput(model, list, { es: i18n.getFixedT('es'), ui: i18n.getFixedT('es'), uiLanguage: 'es' },
    { appVersion: '0.1.0', letterFileName: 'PD-request.pdf' }), fonts: FONTS };
  const { pages } = paginateDocuments(input);
  const docs = await renderDocuments(input);
  const typed = [...TYPED, c.person.fullName ?? '', c.posture.courtCity ?? '', letter.story ?? ''].filter((t) => t !== '');
  const out: string[] = [];
  for (const kind of ['toSend', 'forYou'] as DocumentKind[]) {
    const extracted = await extractPages(docs[kind]);
    pages[kind].pages.forEach((p, i) => {
      if (p.lang !== 'es') return;
      for (const leak of englishWordsIn(extracted[i]!.text.replace(/\s+/g, ' '), typed)) out.push(`${kind} page ${i + 1}: "${leak.word}" in "${leak.context}"`);
    });
  }
  return out;
}

describe('the Spanish pages of the PDFs', { timeout: 60_000 }, () => {
  it('have no English words: a strong case, read in Spanish', async () => {
    expect(await spanishPageLeaks({ ...strongInCourt, 'favourable.work': 'yes' }, { details: { employer: 'Casa Lupe' } })).toEqual([]);
  });

  it('have no English words: a draft for a lawyer, with a declaration in Spanish', async () => {
    const story = 'Llegué a este país en 2010 con mis dos hijos. Trabajo en un restaurante y vamos a la iglesia todos los domingos.';
    expect(await spanishPageLeaks(duiInCourt, { story, storyAs: 'declaration' })).toEqual([]);
  });

  it('the check finds an English word on a Spanish page (it would fail on a leak)', () => {
    expect(englishWordsIn('Página 2 de 3 · Your checklist').map((l) => l.word)).toEqual(['your']);
    expect(englishWordsIn('Su audiencia (master calendar hearing) en la corte de Notice to Appear')).toEqual([]);
  });
});
