// @vitest-environment jsdom
/**
 * The learn pages (issue 16 §4): the index lists every topic; every topic page, in every
 * language, has its title, words for each section (no missing key), its sources and the date it
 * was checked; an unknown topic is a calm "not found"; the rights cards come in every language;
 * the footer, the result page and "Why we ask this" link to them.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import i18n from '../../src/app/i18n';
import { findSource, LANGUAGES, learnTopicForStep, learnTopicIds, learnTopics, STATUS_CHECKED_ON } from '../../src/domain';
import { formatDate, uiLocale } from '../../src/ui/format';
import { paths, stepUrl } from '../../src/ui/paths';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import { startEachTestAfresh } from './support/fresh-page';

startEachTestAfresh();

/** Text that is an i18next key, not words: a key path left on the page. */
const looksLikeKey = (text: string) => /\b(topics|sections|cards|shared|index|afterSending)\.[\w-]+/.test(text);

describe('learn topics (data)', () => {
  it('has one topic per id, each section with at least one known source', () => {
    expect(learnTopics.map((t) => t.id).sort()).toEqual([...learnTopicIds].sort());
    for (const topic of learnTopics) {
      expect(topic.sections.length, topic.id).toBeGreaterThan(0);
      for (const s of topic.sections) {
        expect(s.sources.length, `${topic.id}/${s.id}`).toBeGreaterThan(0);
        for (const id of s.sources) expect(findSource(id), `${topic.id}/${s.id}: ${id}`).toBeDefined();
      }
    }
  });
});

// The first test loads the learn page chunks and strings (slow on shared cores).
describe.each(LANGUAGES.map((l) => l.code))('learn pages (%s)', { timeout: 20_000 }, (lng) => {
  const date = formatDate(STATUS_CHECKED_ON, uiLocale(lng));

  it('the index links every topic, with a line on each and the date it was checked', async () => {
    await renderApp(paths.learn.href(), undefined, lng);
    const h1 = await screen.findByRole('heading', { level: 1 });
    expect(h1.textContent).toBe(i18n.t('learn.title', { ns: 'pages', lng }));
    for (const topic of learnTopics) {
      const link = screen.getByRole('link', { name: i18n.t(`learn.topics.${topic.id}`, { ns: 'pages', lng }) });
      expect(link.getAttribute('href')).toBe(paths.learnTopic.href(topic.id));
      const summary = link.closest('li')!.querySelector('p')!.textContent!;
      expect(summary.length).toBeGreaterThan(20);
      expect(looksLikeKey(summary)).toBe(false);
    }
    expect(screen.getByText(new RegExp(date))).toBeTruthy();
  });

  it.each(learnTopicIds)('topic %s: title, every section with words and sources, the date, free help', async (id) => {
    await renderApp(paths.learnTopic.href(id), undefined, lng);
    const h1 = await screen.findByRole('heading', { level: 1 });
    const title = i18n.t(`learn.topics.${id}`, { ns: 'pages', lng });
    expect(h1.textContent).toBe(title);
    await waitFor(() => expect(document.title).toContain(title));
    expect(screen.getByText(new RegExp(`${date}`), { selector: '.learn-page__as-of' })).toBeTruthy();
    const topic = learnTopics.find((t) => t.id === id)!;
    const sections = document.querySelectorAll('.learn-section');
    expect(sections).toHaveLength(topic.sections.length);
    sections.forEach((section, i) => {
      // Every source of the section is listed in its "Sources" disclosure.
      expect(section.querySelectorAll('.sources .source'), topic.sections[i]!.id).toHaveLength(topic.sections[i]!.sources.length);
      const heading = section.querySelector('h2')!.textContent!;
      const paragraphs = [...section.querySelectorAll(':scope > p')].map((p) => p.textContent!);
      expect(heading.length, heading).toBeGreaterThan(2);
      expect(looksLikeKey(heading), heading).toBe(false);
      expect(paragraphs.length, heading).toBeGreaterThan(0);
      for (const p of paragraphs) expect(looksLikeKey(p), p).toBe(false);
    });
    // Sections the reference marks uncertain say so, with the date.
    expect(document.querySelectorAll('.learn-section__uncertain')).toHaveLength(topic.sections.filter((s) => 'uncertain' in s && s.uncertain).length);
    expect(screen.getByRole('heading', { name: i18n.t('result.help.title', { ns: 'pages', lng }) })).toBeTruthy();
  });

  it('the rights cards come in every language, the page language first', async () => {
    await renderApp(paths.learnTopic.href('rights-cards'), undefined, lng);
    await screen.findByRole('heading', { level: 1 });
    await screen.findAllByText(i18n.t('cards.detained.title', { ns: 'learn', lng: LANGUAGES.find((l) => l.code !== lng)!.code }));
    const cards = [...document.querySelectorAll('.rights-card:not(.rights-card--copy)')];
    expect(cards.map((c) => c.getAttribute('lang'))).toEqual([lng, lng, ...LANGUAGES.filter((l) => l.code !== lng).flatMap((l) => [l.code, l.code])]);
    for (const card of cards) {
      expect(card.querySelectorAll('li').length).toBeGreaterThanOrEqual(3);
      expect(looksLikeKey(card.textContent!)).toBe(false);
    }
    // Two copies of each card on the printed sheet.
    expect(document.querySelectorAll('.rights-card')).toHaveLength(cards.length * 2);
  });
});

describe('links to the learn pages', () => {
  it('an unknown topic is "not found", with a way back to the list', async () => {
    await renderApp('/learn/no-such-topic');
    await screen.findByRole('heading', { level: 1, name: 'Page not found' });
    expect(screen.getByRole('link', { name: 'All learn pages' }).getAttribute('href')).toBe(paths.learn.href());
  });

  it('the footer links to the learn pages', async () => {
    await renderApp(paths.start.href());
    const footer = await screen.findByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Learn about PD and your rights' }).getAttribute('href')).toBe(paths.learn.href());
  });

  it('the result page has a short "Learn more" list', async () => {
    await renderApp(paths.result.href(), walk(inCourtBaseline).c);
    const nav = await screen.findByRole('navigation', { name: 'Learn more' });
    expect(within(nav).getByRole('link', { name: 'What you can ask ICE for, and the risks' }).getAttribute('href')).toBe(paths.learnTopic.href('asks'));
    expect(within(nav).getByRole('link', { name: 'All learn pages' })).toBeTruthy();
  });

  it('"Why we ask this" links to the topic that explains the question, in Spanish too', async () => {
    expect(learnTopicForStep('applications')).toBe('faq');
    expect(learnTopicForStep('family')).toBeUndefined();
    await renderApp(stepUrl('applications'), walk(inCourtBaseline).c, 'es');
    await screen.findByRole('heading', { level: 1 });
    const link = await screen.findByRole('link', { name: 'Lea más: preguntas frecuentes' });
    expect(link.getAttribute('href')).toBe(paths.learnTopic.href('faq'));
    expect(link.closest('details')?.querySelector('summary')?.textContent).toBe(i18n.t('actions.whyWeAsk', { lng: 'es' }));
  });

});
