import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { followUpLetter, type SentRecord } from '../../../src/domain';
import { followUpPlan, renderFollowUpPdf } from '../../../src/pdf/follow-up-pdf';
import { UnsupportedCharactersError } from '../../../src/pdf/render-letter-pdf';
import { inCourtBaseline, walk } from '../domain/walk';
import { renderPageImage, inkShare } from './page-image';
import { AS_OF, extractPages, FONTS, letterFor, spaced } from './support';

const META = { appName: 'PD Helper', appVersion: '0.1.0' };
const sent: SentRecord = { date: '2026-10-05', method: 'mail', tracking: '9400 1111 2222' };

function letter(extra: Parameters<typeof walk>[0] = {}, record: SentRecord = sent) {
  const model = letterFor(walk({ ...inCourtBaseline, ...extra }, { letter: { office: { kind: 'listed', id: 'opla-chicago' } } }).c);
  if (!model) throw new Error('no letter');
  return followUpLetter(model, record, AS_OF);
}

describe('the follow-up letter', () => {
  it('names the date and the way the request was sent, the A-number, and asks whether more is needed', async () => {
    const l = letter();
    const pages = await extractPages(await renderFollowUpPdf(l, FONTS, META));
    expect(pages).toHaveLength(1);
    const text = spaced(pages[0]!.text.replace(/\n/g, ' '));
    expect(text).toContain('Follow-Up: Request for Prosecutorial Discretion');
    expect(text).toContain('On October 5, 2026, I sent your office a request for prosecutorial discretion by mail (tracking number 9400 1111 2222).');
    expect(text).toContain('I am writing to ask whether you received it.');
    expect(text).toContain('Please let me know if you need any more information or documents from me to consider my request.');
    const aNumber = l.re.find((r) => r.kind === 'a-number')!.value;
    expect(aNumber).toMatch(/\d/);
    expect(text).toContain(aNumber);
    expect(text).toContain('Chief Counsel');
    expect(text).toContain('Respectfully,');
    // It says nothing the person did not answer: no hearing promise, no reasons.
    expect(text).not.toMatch(/attend|hearing on/i);
  });

  it('says "by email" or "in person", and no tracking number when there is none', () => {
    expect(letter({}, { date: '2026-10-05', method: 'email' }).paragraphs[0]).toBe(
      'On October 5, 2026, I sent your office a request for prosecutorial discretion by email. I am writing to ask whether you received it.');
    expect(letter({}, { date: '2026-10-05', method: 'in_person' }).paragraphs[0]).toContain('prosecutorial discretion in person.');
  });

  it('refuses a character the font cannot draw, naming the answer it is in', async () => {
    const l = letter({}, { ...sent, tracking: 'AB\u{1F600}1' });
    await expect(renderFollowUpPdf(l, FONTS, META)).rejects.toBeInstanceOf(UnsupportedCharactersError);
    await renderFollowUpPdf(l, FONTS, META).catch((e: UnsupportedCharactersError) => expect(e.problems.map((p) => p.field)).toEqual(['sent']));
  });

  it('is one page with the text inside the margins (rendered to an image)', async () => {
    const bytes = await renderFollowUpPdf(letter(), FONTS, META);
    expect(followUpPlan(letter()).ops.filter((o) => o.kind === 'page')).toHaveLength(1);
    const image = await renderPageImage(bytes, 1);
    expect(inkShare(image)).toBeGreaterThan(0.01);
    // Nothing in the left and right 1-inch margins (60 px at 60 dpi), less a little for antialiasing.
    expect(inkShare(image, { x: 0, y: 0, width: 55, height: image.height })).toBe(0);
    expect(inkShare(image, { x: image.width - 55, y: 0, width: 55, height: image.height })).toBe(0);
    if (process.env.PD_HELPER_SCREENSHOTS === '1') {
      const dir = path.resolve('tests/artifacts/screenshots');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'follow-up-letter.png'), image.png);
    }
  });
});
