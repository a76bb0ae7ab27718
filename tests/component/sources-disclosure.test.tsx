// @vitest-environment jsdom
/**
 * The "Sources" lists: a document's own name stays as published (English, marked so), but a title
 * that is our description of a source is said in the page language, and no internal reference
 * (like "§11.2" of the developers' legal reference) reaches the person.
 */
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import enCatalog from '../../locales/en/catalog.json';
import esCatalog from '../../locales/es/catalog.json';
import i18n from '../../src/app/i18n';
import { findSource, sources } from '../../src/domain';
import { SourcesDisclosure } from '../../src/ui/sources-disclosure';

afterEach(() => cleanup());

const catalogs = { en: enCatalog, es: esCatalog } as const;

describe.each(['en', 'es'] as const)('the sources list (%s)', (lang) => {
  it('says our own titles in the page language and keeps documents\u2019 names as published', async () => {
    await i18n.changeLanguage(lang);
    await i18n.loadNamespaces(['catalog', 'pages']);
    const ours = sources.filter((s) => 'titleIsOurs' in s).map((s) => s.id);
    expect(ours).toContain('court-path-practice-2026');
    const { container } = render(<SourcesDisclosure ids={[...ours, 'morton-2011']} about="test" />);
    const titles = [...container.querySelectorAll('.source__title')];
    expect(titles).toHaveLength(ours.length + 1);
    ours.forEach((id, i) => {
      const expected = (catalogs[lang].sources as Record<string, { title?: string }>)[id]?.title;
      expect(expected, id).toBeTruthy();
      expect(titles[i]!.textContent).toBe(expected);
      // Read in the page's language by a screen reader, not as English.
      expect(titles[i]!.hasAttribute('lang'), id).toBe(false);
    });
    const morton = titles.at(-1)!;
    expect(morton.textContent).toBe(findSource('morton-2011')!.title);
    expect(morton.getAttribute('lang')).toBe('en');
    // No pointer into the developers' reference.
    expect(container.textContent).not.toMatch(/§\s*11|PD Helper legal reference|referencia legal/);
  });
});
