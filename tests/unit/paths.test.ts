/**
 * The addresses of the review page and of a question opened from it: written by `href` and read
 * back only through `paths` (one place knows the query's names), for every part of the questions.
 */
import { describe, expect, it } from 'vitest';
import { sectionIds } from '../../src/domain';
import { paths, stepUrl } from '../../src/ui/paths';

const query = (href: string) => new URLSearchParams(href.split('?')[1] ?? '');

describe('review addresses', () => {
  it.each(sectionIds)('the review of part %s reads back as that part', (section) => {
    expect(paths.review.section(query(paths.review.href(section)))).toBe(section);
  });

  it('all the answers, or a name that is no part, read as no part', () => {
    expect(paths.review.section(query(paths.review.href()))).toBeUndefined();
    expect(paths.review.section(new URLSearchParams('section=nothing'))).toBeUndefined();
    expect(paths.review.section(new URLSearchParams('section=constructor'))).toBeUndefined();
  });

  it.each(sectionIds)('a question opened from the review of part %s returns there', (section) => {
    const search = query(stepUrl('detained', true, section));
    expect(paths.question.fromReview(search)).toBe(true);
    expect(paths.question.reviewSection(search)).toBe(section);
  });

  it('a question opened from the questions returns nowhere', () => {
    const search = query(stepUrl('detained'));
    expect(paths.question.fromReview(search)).toBe(false);
    expect(paths.question.reviewSection(search)).toBeUndefined();
    expect(paths.question.reviewSection(query(stepUrl('detained', true)))).toBeUndefined();
  });
});
