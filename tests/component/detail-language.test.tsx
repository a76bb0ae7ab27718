// @vitest-environment jsdom
/**
 * A paragraph's facts typed in Spanish ("limpieza de casas") would be printed inside the English
 * letter's sentences. The box says so, and "Before you send it" links to it; names are left alone,
 * and it is advice, not a block (reference.md §11.4).
 */
import { cleanup, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import enCatalog from '../../locales/en/catalog.json';
import enPages from '../../locales/en/pages.json';
import esCatalog from '../../locales/es/catalog.json';
import esPages from '../../locales/es/pages.json';
import type { CaseData } from '../../src/domain';
import { duiInCourt, strongInCourt, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';

afterEach(() => cleanup());

const words = { en: { pages: enPages, catalog: enCatalog }, es: { pages: esPages, catalog: esCatalog } } as const;

function withDetails(details: CaseData['letter']['details']): CaseData {
  const c = walk(strongInCourt).c;
  return { ...c, letter: { ...c.letter, office: { kind: 'listed', id: 'opla-new-york' }, details } };
}

const messageOf = (id: string) => {
  const box = document.getElementById(id)!;
  const errorId = box.getAttribute('aria-describedby')?.split(' ').find((x) => x.endsWith('-error'));
  return errorId ? document.getElementById(errorId)?.textContent ?? '' : '';
};

describe.each(['en', 'es'] as const)('the facts of a paragraph (%s)', (lang) => {
  const { pages, catalog } = words[lang];

  it('says at the box and before sending when they do not seem to be in English', async () => {
    await renderApp('/letter', withDetails({ jobTitle: 'limpieza de casas', employer: 'Casa de la Cruz Restaurant' }), lang);
    await waitFor(() => expect(document.getElementById('detail-jobTitle')).not.toBeNull());
    expect(messageOf('detail-jobTitle')).toContain(pages.letter.notInEnglish);
    expect(document.getElementById('detail-jobTitle')!.getAttribute('aria-invalid')).toBe('true');
    // A business's name is printed as typed: no message.
    expect(messageOf('detail-employer')).toBe('');
    const link = screen.getByRole('link', { name: catalog.letterGaps['not-in-english'] });
    expect(link.getAttribute('href')).toBe('#detail-jobTitle');
  });

  it('says nothing for facts in English', async () => {
    await renderApp('/letter', withDetails({ jobTitle: 'house cleaner', employer: 'Casa de la Cruz Restaurant' }), lang);
    await waitFor(() => expect(document.getElementById('detail-jobTitle')).not.toBeNull());
    expect(messageOf('detail-jobTitle')).toBe('');
    expect(screen.queryByRole('link', { name: catalog.letterGaps['not-in-english'] })).toBeNull();
  });
});

describe.each(['en', 'es'] as const)('a text partly in Spanish (%s)', (lang) => {
  const { pages } = words[lang];
  const mixedStory = 'Vivo en Phoenix desde 2005. Mis hijos Sofía y Mateo nacieron aquí y van a la escuela. I am the only one who works in my family.';
  const mixedConcern = 'I completed my probation in 2016, fui a las clases de alcohol y no he tomado y manejado desde entonces.';

  it('offers the story as a declaration, and says so at a box the letter prints as typed', async () => {
    const c = walk(duiInCourt).c;
    await renderApp('/letter', { ...c, letter: { ...c.letter, office: { kind: 'listed', id: 'opla-new-york' }, story: mixedStory, concernExplanations: { rf_dui: mixedConcern } } }, lang);
    await waitFor(() => expect(screen.getByText(pages.letter.storyLanguage.titlePart)).toBeTruthy());
    expect(screen.getByRole('button', { name: pages.letter.storyLanguage.makeDeclaration })).toBeTruthy();
    expect(messageOf('concern-rf_dui')).toContain(pages.letter.notInEnglishPart);
  });

  it('says nothing for English with Spanish names in it', async () => {
    const c = walk(duiInCourt).c;
    const english = 'I work at Restaurante El Mesón de la Plaza, and my children are Sofía y Mateo. We go to Nuestra Señora de Guadalupe church.';
    await renderApp('/letter', { ...c, letter: { ...c.letter, office: { kind: 'listed', id: 'opla-new-york' }, story: english, concernExplanations: { rf_dui: english } } }, lang);
    await waitFor(() => expect(document.getElementById('concern-rf_dui')).not.toBeNull());
    expect(screen.queryByText(pages.letter.storyLanguage.titlePart)).toBeNull();
    expect(messageOf('concern-rf_dui')).toBe('');
  });
});
