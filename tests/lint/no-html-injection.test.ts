/**
 * Proves the no-HTML-injection rule in eslint.config.js: in src/, text is never turned into HTML
 * (dangerouslySetInnerHTML, innerHTML/outerHTML assignments, insertAdjacentHTML, document.write).
 */
import { describe, expect, it } from 'vitest';
import { useProjectEslint } from './project-eslint';

const lint = useProjectEslint();

async function errorsFor(code: string, filePath: string) {
  return (await lint(code, filePath)).filter((m) => m.severity === 2).map((m) => ({ rule: m.ruleId, message: m.message }));
}

const htmlRule = (errors: { rule: string | null; message: string }[]) =>
  errors.filter((e) => e.rule === 'no-restricted-syntax' && e.message.includes('No HTML injection'));

describe('no HTML injection in src/', () => {
  it.each([
    ['a dangerouslySetInnerHTML prop', 'export const P = ({ s }: { s: string }) => <p dangerouslySetInnerHTML={{ __html: s }} />;', 'src/features/x.tsx', 'dangerouslySetInnerHTML'],
    ['a spread-free dangerouslySetInnerHTML on a component', 'const Box = (p: object) => <div {...p} />;\nexport const B = () => <Box dangerouslySetInnerHTML={{ __html: "<b>x</b>" }} />;', 'src/ui/x.tsx', 'dangerouslySetInnerHTML'],
    ['an innerHTML assignment', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', 'src/features/x.ts', 'innerHTML'],
    ['an innerHTML += assignment', 'export function f(el: HTMLElement, s: string) { el.innerHTML += s; }', 'src/ui/x.ts', 'innerHTML'],
    ['an outerHTML assignment', "export function f(s: string) { document.body.outerHTML = s; }", 'src/x.ts', 'outerHTML'],
    ['a computed innerHTML assignment', "export function f(el: HTMLElement, s: string) { el['innerHTML'] = s; }", 'src/features/x.ts', 'innerHTML'],
    ['an innerHTML assignment in the domain', 'export function f(el: { innerHTML: string }, s: string) { el.innerHTML = s; }', 'src/domain/x.ts', 'innerHTML'],
    ['insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }", 'src/features/x.ts', 'insertAdjacentHTML'],
    ['a computed insertAdjacentHTML', "export function f(el: HTMLElement, s: string) { el['insertAdjacentHTML']('beforeend', s); }", 'src/ui/x.ts', 'insertAdjacentHTML'],
    ['document.write', 'export function f(s: string) { document.write(s); }', 'src/x.ts', 'document.write'],
  ])('rejects %s', async (_name, code, filePath, sink) => {
    const errors = htmlRule(await errorsFor(code, filePath));
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.message).toContain(sink);
  });

  it.each([
    ['text through React', 'export const P = ({ s }: { s: string }) => <p title={s}>{s}</p>;', 'src/features/x.tsx'],
    ['reading innerHTML', 'export const read = (el: HTMLElement) => el.innerHTML.length;', 'src/ui/x.ts'],
    ['textContent', 'export function f(el: HTMLElement, s: string) { el.textContent = s; }', 'src/ui/x.ts'],
    ['insertAdjacentText', "export function f(el: HTMLElement, s: string) { el.insertAdjacentText('beforeend', s); }", 'src/ui/x.ts'],
    ['a stream writer', 'export async function f(w: WritableStreamDefaultWriter<string>) { await w.write("x"); }', 'src/ui/x.ts'],
    ['a property merely named like a sink', 'export const o = { innerHTML: "" };', 'src/ui/x.ts'],
  ])('allows %s', async (_name, code, filePath) => {
    expect(htmlRule(await errorsFor(code, filePath))).toEqual([]);
  });
});
