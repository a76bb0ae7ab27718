/**
 * Expanded expedited removal was in force at the last check (reference.md §11.1): it reaches people
 * who were not admitted, and parolees, whatever their years here. No page may suggest the risk
 * after a dismissal may be over, or that it is mostly for people here less than 2 years (the
 * after-sending page did, found by a walk of the built app).
 */
import { describe, expect, it } from 'vitest';
import enCatalog from '../../locales/en/catalog.json';
import enLearn from '../../locales/en/learn.json';
import enPages from '../../locales/en/pages.json';
import esCatalog from '../../locales/es/catalog.json';
import esLearn from '../../locales/es/learn.json';
import esPages from '../../locales/es/pages.json';

function strings(tree: unknown, at = ''): [string, string][] {
  if (typeof tree === 'string') return [[at, tree]];
  if (Array.isArray(tree)) return tree.flatMap((x, i) => strings(x, `${at}[${i}]`));
  if (tree && typeof tree === 'object') return Object.entries(tree).flatMap(([k, v]) => strings(v, at ? `${at}.${k}` : k));
  return [];
}

const files = {
  en: { all: [enCatalog, enPages, enLearn].flatMap((f) => strings(f)), pages: enPages, removal: /expedited removal/i, over: /do not know if this still|may have stopped|no longer happens/i, parole: /parole/i },
  es: { all: [esCatalog, esPages, esLearn].flatMap((f) => strings(f)), pages: esPages, removal: /expedit|expedited removal/i, over: /no sabemos si esto sigue|ya no pasa|puede haber terminado/i, parole: /parole/i },
} as const;

describe.each(Object.entries(files))('expedited removal after a dismissal (%s)', (_lang, f) => {
  it('is never said to be over, on any page', () => {
    expect(f.all.filter(([, text]) => f.removal.test(text) && f.over.test(text)).map(([key]) => key)).toEqual([]);
  });

  it('is said, after sending, to reach people not admitted and parolees whatever their years here, as in force', () => {
    const body = f.pages.afterSending.next.dismiss.body;
    expect(body).toMatch(f.parole);
    expect(body).not.toMatch(/less than 2 years|menos de 2 años/);
    expect(body).toMatch(/in effect|vigente/);
  });
});
