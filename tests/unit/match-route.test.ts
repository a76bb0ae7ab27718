/** Which page an address names (src/app/match-route.ts): the rules react-router applied before. */
import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../src/app/match-route';

const table = [
  { path: '', name: 'start' },
  { path: 'questions', name: 'task list' },
  { path: 'questions/:code', name: 'question' },
  { path: 'clinic/setup', name: 'clinic setup' },
  { path: 'learn/:topic', name: 'learn topic' },
  { path: '*', name: 'not found' },
];
const named = (pathname: string) => matchRoute(table, pathname)?.route.name;

describe('matchRoute', () => {
  it('finds fixed addresses, the start page included', () => {
    expect(named('/')).toBe('start');
    expect(named('')).toBe('start');
    expect(named('/questions')).toBe('task list');
    expect(named('/clinic/setup')).toBe('clinic setup');
  });

  it('ignores the case of fixed words and extra slashes, as react-router did', () => {
    expect(named('/Clinic/SETUP')).toBe('clinic setup');
    expect(named('/questions/')).toBe('task list');
    expect(named('//clinic//setup/')).toBe('clinic setup');
  });

  it('hands over the :name part, decoded, and keeps its case', () => {
    expect(matchRoute(table, '/questions/q7')?.params).toEqual({ code: 'q7' });
    expect(matchRoute(table, '/learn/Rights%20Cards')?.params).toEqual({ topic: 'Rights Cards' });
    // A broken escape is not an error: the page gets the text as it is (and says it knows no such topic).
    expect(matchRoute(table, '/learn/%E0%A4%A')?.params).toEqual({ topic: '%E0%A4%A' });
  });

  it('sends any other address to the catch-all, and to nothing without one', () => {
    expect(named('/questions/q7/more')).toBe('not found');
    expect(named('/clinic')).toBe('not found');
    expect(named('/nothing')).toBe('not found');
    expect(matchRoute(table.slice(0, -1), '/nothing')).toBeUndefined();
  });

  it('takes the first route that fits', () => {
    const both = [
      { path: 'learn/:topic', name: 'any topic' },
      { path: 'learn/first', name: 'first topic' },
    ];
    expect(matchRoute(both, '/learn/first')?.route.name).toBe('any topic');
    expect(matchRoute([...both].reverse(), '/learn/first')?.route.name).toBe('first topic');
  });
});
