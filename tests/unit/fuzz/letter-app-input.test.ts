// @vitest-environment jsdom
/**
 * The same hostile text fields through the PDF input the app really builds (buildPdfInput, with
 * the real translations: the Spanish page repeats the court and the office, the sending sheet the
 * office). Nothing throws; i18next never expands "{{…}}" or "$t(…)" typed into an answer; and a
 * character the font lacks is always named at the field the person typed it in. Where the text is
 * repeated on the Spanish page or the sending sheet, the same character is named there as well
 * (as "other text"), never at another answer. No PDF is drawn, so this runs 1,000 times.
 */
import fc from 'fast-check';
import { beforeAll, expect, it, vi } from 'vitest';
import { assess, checklist, LANGUAGES, letterModel, pdfFileName } from '../../../src/domain';
import { buildPdfInput } from '../../../src/features/letter/pdf-input';
import i18n from '../../../src/app/i18n';
import { findUnsupportedCharacters, fontSupports } from '../../../src/pdf/render-letter-pdf';
import { AS_OF, FONTS } from '../pdf/support';
import { hostileString, runs } from './hostile';
import { caseWith, comesFrom, fit, TEXT_FIELDS } from './text-fields';
import { propertyRuns } from '../property-runs';

// Property tests: 1,000 runs can take longer than the default 5 s on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const RUNS = propertyRuns(1_000);
const supports = fontSupports(FONTS);
/** Parts of the packet made of translated words (into which an answer may be repeated). */
const TRANSLATED_PARTS = ['spanishPage', 'sendingSheet', 'checklistPage'];

beforeAll(async () => {
  // The PDF needs these in both languages (the Spanish page, and the sending sheet in the UI language).
  await i18n.reloadResources(LANGUAGES.map((l) => l.code), ['common', 'questions', 'catalog', 'pages']);
  expect(i18n.getFixedT('es')('catalog:letterSummary.story')).not.toBe('letterSummary.story');
});

const caseArb = fc.constantFrom(...TEXT_FIELDS).chain((field) =>
  fc.record({
    field: fc.constant(field),
    value: hostileString().map((s) => fit(field, s)),
    uiLanguage: fc.constantFrom(...LANGUAGES.map((l) => l.code)),
  }),
);

it(`the app's PDF input names the right field for every character the font lacks (${RUNS} runs)`, () => {
  let repeatedElsewhere = 0;
  fc.assert(
    fc.property(caseArb, ({ field, value, uiLanguage }) => {
      const c = caseWith(field, value).data!;
      const a = assess(c, { asOf: AS_OF });
      const list = checklist(c, a);
      const model = letterModel(c, a, list)!;
      const input = buildPdfInput(model, list, { es: i18n.getFixedT('es'), ui: i18n.getFixedT(uiLanguage), uiLanguage }, { appVersion: '0.1.0', letterFileName: pdfFileName(c.person.fullName ?? '', AS_OF) });

      // Answers are data to i18next, never templates: the court city is repeated as typed (cleaned).
      if (field.id === 'posture.courtCity' && field.clean(value) !== 'unknown') {
        expect(input.spanishPage.blocks.flatMap((b) => b.paragraphs).join('\n')).toContain(field.clean(value));
      }

      const problems = findUnsupportedCharacters(input, supports);
      const atField = new Set(problems.filter((p) => !TRANSLATED_PARTS.includes(p.field)).map((p) => p.char));
      for (const p of problems) {
        expect(comesFrom(p.char, value), `${p.codePoint} in ${p.field} is not in ${field.id}`).toBe(true);
        if (TRANSLATED_PARTS.includes(p.field)) {
          repeatedElsewhere += 1;
          expect(atField.has(p.char), `${p.codePoint} named only in ${p.field}`).toBe(true);
        } else {
          expect(p.field).toBe(field.pdfField);
        }
      }
    }),
    runs(RUNS),
  );
  // The repetition on the Spanish page and the sending sheet really is exercised.
  expect(repeatedElsewhere).toBeGreaterThan(0);
});
