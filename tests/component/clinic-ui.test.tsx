// @vitest-environment jsdom
/**
 * Clinic mode and case files in the real route table: setup validation (error summary with
 * focus), a wrong passphrase (plain message, nothing touched), the locked guard (no page and no
 * case content while locked), and import (a damaged file refused, asking before replacing, a new
 * case in clinic mode).
 */
import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import c from '../../locales/en/clinic.json';
import en from '../../locales/en/common.json';
import { enQuestions as q } from '../fixtures/question-strings';
import { type CaseData, emptyCase } from '../../src/domain';
import { exportCaseFile } from '../../src/state/case-file-io';
import { useCaseStore } from '../../src/state/case-store';
import { clinicSession, useClinicStore } from '../../src/state/clinic/clinic-session';
import { inCourtBaseline, walk } from '../unit/domain/walk';
import { renderApp } from './render-app';
import { stepUrl } from '../../src/ui/paths';
import { wipeAllStorage } from '../../src/state/device-storage';

const PASSPHRASE = 'volunteer passphrase 1';
const FAST = { iterations: 100_000 };
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));

const detainedAt = (facility: string): CaseData => walk({ 'posture.detained': 'yes', 'posture.detainedPerson': 'self', 'posture.detentionFacility': facility, 'posture.finalOrder': 'no' }).c;

function allStored(): string {
  const out: string[] = [];
  for (const s of [localStorage, sessionStorage]) for (let i = 0; i < s.length; i++) out.push(`${s.key(i)}=${s.getItem(s.key(i)!)}`);
  return out.join('\n');
}

const original = useClinicStore.getState();

beforeEach(() => {
  clinicSession.lock();
  localStorage.clear();
  // Also forget what this tab last saved (else the empty storage reads as "deleted in another tab").
  wipeAllStorage();
  sessionStorage.clear();
  useClinicStore.setState({ ...original, status: 'off', cases: [], activeId: null, saveFailed: false });
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
});

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

async function clinicWithCase(facility: string) {
  await clinicSession.setUp(PASSPHRASE, FAST);
  const { id } = await clinicSession.createCase('Ana R.');
  await clinicSession.openCase(id);
  useCaseStore.getState().replaceCase(detainedAt(facility));
  await clinicSession.flush();
  return id;
}

describe('setting up clinic mode', () => {
  it('says what is wrong in an error summary that takes focus, and sets up with the chosen idle time', async () => {
    const setUp = vi.spyOn(clinicSession, 'setUp').mockImplementation(async () => {
      useClinicStore.setState({ status: 'unlocked' });
    });
    useCaseStore.setState({ caseData: walk(inCourtBaseline).c });
    const { router } = await renderApp('/clinic/setup');
    await screen.findByRole('heading', { level: 1, name: c.setup.title });
    // The warning comes before the passphrase is chosen.
    const warning = screen.getByRole('region', { name: c.setup.warning.title });
    const pass = screen.getByLabelText(c.setup.passphrase);
    expect(warning.compareDocumentPosition(pass) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(warning.textContent).toContain(c.setup.warning.wipe);

    const submit = screen.getByRole('button', { name: c.setup.submit });
    fireEvent.click(submit);
    let summary = await screen.findByRole('alert');
    await waitFor(() => expect(document.activeElement).toBe(summary));
    expect(within(summary).getByRole('link', { name: c.setup.errors.passphraseEmpty })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: c.setup.errors.confirmEmpty })).toBeTruthy();
    expect(within(summary).getByRole('link', { name: c.setup.errors.labelEmpty })).toBeTruthy();
    expect(pass.getAttribute('aria-invalid')).toBe('true');
    await waitFor(() => expect(document.title.startsWith(en.errors.titlePrefix)).toBe(true));

    fireEvent.change(pass, { target: { value: 'short' } });
    fireEvent.change(screen.getByLabelText(c.setup.confirm), { target: { value: 'shorter' } });
    fireEvent.click(submit);
    summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain(fill(c.setup.errors.passphraseShort, { min: 10 }));
    expect(summary.textContent).toContain(c.setup.errors.mismatch);
    await waitFor(() => expect(document.activeElement).toBe(summary));

    // Show / hide.
    expect(pass.getAttribute('type')).toBe('password');
    fireEvent.click(screen.getByLabelText(c.passphrase.show));
    expect(pass.getAttribute('type')).toBe('text');

    fireEvent.change(pass, { target: { value: PASSPHRASE } });
    fireEvent.change(screen.getByLabelText(c.setup.confirm), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByLabelText(fill(c.setup.idle.option, { count: 15 })));
    fireEvent.change(screen.getByLabelText(c.setup.keep.label), { target: { value: ' Ana R. ' } });
    expect(setUp).not.toHaveBeenCalled();
    fireEvent.click(submit);
    await waitFor(() => expect(setUp).toHaveBeenCalledWith(PASSPHRASE, { idleMinutes: 15, keepCurrentAs: 'Ana R.' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/clinic'));
    // The page loads the real strength estimator (a 461 kB module, transformed on first use): with
    // both cores busy that alone took a few seconds.
  }, 20_000);

  it('does not offer to keep answers when there are none', async () => {
    await renderApp('/clinic/setup');
    await screen.findByRole('heading', { level: 1, name: c.setup.title });
    expect(screen.queryByText(c.setup.keep.legend)).toBeNull();
  });
});

describe('the locked screen', () => {
  it('says plainly that the passphrase is wrong, and changes nothing', async () => {
    await clinicWithCase('Oakridge Heron Center');
    act(() => clinicSession.lock());
    await clinicSession.flush();
    const before = allStored();
    await renderApp('/clinic');
    await screen.findByRole('heading', { level: 1, name: c.locked.title });
    fireEvent.change(screen.getByLabelText(c.locked.label), { target: { value: 'not the passphrase' } });
    fireEvent.click(screen.getByRole('button', { name: c.locked.submit }));
    const summary = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(summary.textContent).toContain(c.locked.wrong);
    await waitFor(() => expect(document.activeElement).toBe(summary));
    // Only the count of wrong passphrases (for the wait before the next try) was added.
    expect(allStored().replace(/,"unlockFailures":\{[^}]*\}/, '')).toBe(before);
    expect(useClinicStore.getState().status).toBe('locked');
    expect(screen.getByRole('link', { name: c.locked.wipeLink }).getAttribute('href')).toBe('/clinic/wipe');

    fireEvent.change(screen.getByLabelText(c.locked.label), { target: { value: PASSPHRASE } });
    fireEvent.click(screen.getByRole('button', { name: c.locked.submit }));
    await screen.findByRole('heading', { level: 1, name: c.list.title }, { timeout: 5000 });
    expect(screen.getByRole('heading', { level: 2, name: 'Ana R.' })).toBeTruthy();
  });

  it('replaces every page while locked: no form and nothing of the case stays on screen', async () => {
    await clinicWithCase('Oakridge Heron Center');
    const { router } = await renderApp('/review');
    await screen.findByText('Oakridge Heron Center');
    expect(screen.getByRole('navigation', { name: c.bar.label }).textContent).toContain(fill(c.bar.case, { label: 'Ana R.' }));

    fireEvent.click(within(screen.getByRole('navigation', { name: c.bar.label })).getByRole('button', { name: c.bar.lock }));
    await screen.findByRole('heading', { level: 1, name: c.locked.title });
    expect(document.body.textContent).not.toContain('Oakridge');
    expect(document.body.textContent).not.toContain('Ana R.');
    expect(screen.queryByRole('navigation', { name: c.bar.label })).toBeNull();
    expect(useCaseStore.getState().caseData).toEqual(emptyCase());
    // The only field on the page is the passphrase (and its show box).
    expect(document.querySelectorAll('main input').length).toBe(2);

    // Any other address shows the locked screen too; the wipe page is the one exception.
    await act(() => router.navigate(stepUrl('detained')));
    await screen.findByRole('heading', { level: 1, name: c.locked.title });
    await act(() => router.navigate('/clinic/wipe'));
    await screen.findByRole('heading', { level: 1, name: c.wipe.title });
    expect(screen.getByText(fill(c.wipe.cases, { count: 1 }))).toBeTruthy();
    // What wiping cannot reach: downloaded files and the browser's history.
    expect(screen.getByText(c.wipe.notDeleted)).toBeTruthy();
    expect(screen.getByText(c.wipe.history)).toBeTruthy();
  });
});

function chooseFile(text: string, name = 'case.pdcase.json') {
  const input = screen.getByLabelText(c.caseFile.import.label);
  fireEvent.change(input, { target: { files: [new File([text], name, { type: 'application/json' })] } });
  fireEvent.click(screen.getByRole('button', { name: c.caseFile.import.submit }));
}

describe('opening a case file', () => {
  it('refuses a damaged file in plain words and keeps the current answers', async () => {
    const current = detainedAt('Pinecrest Current Center');
    await renderApp('/case-file', current);
    await screen.findByRole('heading', { level: 1, name: c.caseFile.title });

    chooseFile('{"type":"pd-helper-case","schemaVers');
    expect((await screen.findByRole('alert')).textContent).toContain(c.caseFile.import.errors['not-json']);

    chooseFile(JSON.stringify({ type: 'pd-helper-case-encrypted', v: 1, kdf: 'PBKDF2-SHA-256', iterations: 600_000, salt: 'AAAA', blob: { v: 1 } }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(c.caseFile.import.errors['damaged-encryption']));

    const envelope = JSON.parse(exportCaseFile(detainedAt('X'), 'test')) as { data: { posture: Record<string, unknown> } };
    envelope.data.posture.detained = 'maybe';
    chooseFile(JSON.stringify(envelope));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(c.caseFile.import.errors['invalid-data'].split('{{')[0]!));
    expect(screen.getByRole('alert').textContent).toContain(`“${q.fields.posture.detained.label}”`);

    chooseFile(JSON.stringify({ ...envelope, schemaVersion: 99 }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(c.caseFile.import.errors['newer-version']));

    expect(useCaseStore.getState().caseData).toEqual(current);
  });

  it('asks before replacing the current answers, and replaces them only when asked to', async () => {
    const current = detainedAt('Pinecrest Current Center');
    const incoming = detainedAt('Willowbank Incoming Site');
    await renderApp('/case-file', current);
    await screen.findByRole('heading', { level: 1, name: c.caseFile.title });

    chooseFile(exportCaseFile(incoming, 'test'));
    await screen.findByRole('heading', { name: c.caseFile.import.replace.title });
    expect(useCaseStore.getState().caseData).toEqual(current);
    fireEvent.click(screen.getByRole('button', { name: c.caseFile.import.replace.no }));
    await screen.findByText(c.caseFile.import.kept);
    expect(useCaseStore.getState().caseData).toEqual(current);

    fireEvent.click(screen.getByRole('button', { name: c.caseFile.import.heading }));
    chooseFile(exportCaseFile(incoming, 'test'));
    fireEvent.click(await screen.findByRole('button', { name: c.caseFile.import.replace.yes }));
    await screen.findByText(c.caseFile.import.opened);
    expect(useCaseStore.getState().caseData).toEqual(incoming);
  });

  it('does not ask when there are no answers yet', async () => {
    const incoming = detainedAt('Willowbank Incoming Site');
    await renderApp('/case-file');
    await screen.findByRole('heading', { level: 1, name: c.caseFile.title });
    expect(screen.getByText(c.caseFile.export.noCase)).toBeTruthy();
    chooseFile(exportCaseFile(incoming, 'test'));
    await screen.findByText(c.caseFile.import.opened);
    expect(useCaseStore.getState().caseData).toEqual(incoming);
  });

  it('in clinic mode adds the file as a new case and leaves the open case alone', async () => {
    const id = await clinicWithCase('Oakridge Heron Center');
    const open = useCaseStore.getState().caseData;
    await renderApp('/case-file');
    await screen.findByRole('heading', { level: 1, name: c.caseFile.title });
    expect(screen.getByText(c.caseFile.import.clinicHint)).toBeTruthy();
    chooseFile(exportCaseFile(detainedAt('Willowbank Incoming Site'), 'test'), 'PD-case-Lopez-2027-01-02.pdcase.json');
    await screen.findByText(fill(c.caseFile.import.added, { label: 'PD-case-Lopez-2027-01-02' }));
    expect(useClinicStore.getState().cases.map((x) => x.label).sort()).toEqual(['Ana R.', 'PD-case-Lopez-2027-01-02']);
    expect(useClinicStore.getState().activeId).toBe(id);
    expect(useCaseStore.getState().caseData).toEqual(open);
    expect(screen.queryByText(c.caseFile.import.replace.title)).toBeNull();
  });
});
