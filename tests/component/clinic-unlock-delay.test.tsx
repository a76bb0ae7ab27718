// @vitest-environment jsdom
/**
 * The locked screen after wrong passphrases: Unlock is disabled while the wait lasts, a line under
 * it says how long is left, a live region says once how long to wait and once that trying again is
 * possible; the wait survives a reload (it is in the device record). Spanish says it in Spanish.
 */
import { act, cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import c from '../../locales/en/clinic.json';
import cEs from '../../locales/es/clinic.json';
import { emptyCase } from '../../src/domain';
import { useCaseStore } from '../../src/state/case-store';
import { clinicSession, useClinicStore } from '../../src/state/clinic/clinic-session';
import { UnlockTooSoonError, recordUnlockFailure } from '../../src/state/clinic/unlock-delay';
import { renderApp } from './render-app';
import { wipeAllStorage } from '../../src/state/device-storage';

const PASSPHRASE = 'volunteer passphrase 1';
const FAST = { iterations: 100_000 };
const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(values[k] ?? ''));

const original = useClinicStore.getState();

beforeEach(async () => {
  clinicSession.wipe();
  localStorage.clear();
  // Also forget what this tab last saved (else the empty storage reads as "deleted in another tab").
  wipeAllStorage();
  sessionStorage.clear();
  useClinicStore.setState({ ...original, status: 'off', cases: [], activeId: null, saveFailed: false, listChanged: false });
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
  await clinicSession.setUp(PASSPHRASE, FAST);
  act(() => clinicSession.lock());
});

afterEach(() => {
  cleanup();
});

const unlockButton = () => screen.getByRole('button', { name: c.locked.submit }) as HTMLButtonElement;

async function tryPassphrase(value: string) {
  fireEvent.change(screen.getByLabelText(c.locked.label), { target: { value } });
  fireEvent.click(unlockButton());
}

describe('the wait after wrong passphrases', () => {
  it('none after the first; after the next ones, Unlock waits and the screen says so', async () => {
    await renderApp('/clinic');
    await screen.findByRole('heading', { level: 1, name: c.locked.title });
    await tryPassphrase('not the passphrase');
    await screen.findByRole('alert');
    await waitFor(() => expect(unlockButton().disabled).toBe(false));
    expect(document.getElementById('unlock-wait')?.textContent).toBe('');

    // A second wrong passphrase a minute ago (its 1 s wait is over): the third waits 2 s, long
    // enough to be seen on a busy machine.
    recordUnlockFailure(localStorage, Date.now() - 60_000);
    await tryPassphrase('still not the passphrase');
    // (While the passphrase is checked, Unlock is disabled too: wait for the wait line itself.)
    const waitLine = () => document.getElementById('unlock-wait')?.textContent ?? '';
    await waitFor(() => expect(waitLine()).not.toBe(''));
    expect([fill(c.locked.waitLeft_other, { count: 2 }), fill(c.locked.waitLeft_one, { count: 1 })]).toContain(waitLine());
    expect(unlockButton().disabled).toBe(true);
    const statuses = () => screen.getAllByRole('status').map((s) => s.textContent);
    expect(statuses()).toContain(fill(c.locked.wait_other, { count: 2 }));
    expect(unlockButton().getAttribute('aria-describedby')).toBe('unlock-wait');

    await waitFor(() => expect(unlockButton().disabled).toBe(false), { timeout: 4000 });
    expect(statuses()).toContain(c.locked.waitOver);
    expect(document.getElementById('unlock-wait')?.textContent).toBe('');
    await tryPassphrase(PASSPHRASE);
    await screen.findByRole('heading', { level: 1, name: c.list.title });
  });

  it('is still there after a reload, counted from the device record', async () => {
    for (let i = 0; i < 5; i++) recordUnlockFailure(localStorage);
    await renderApp('/clinic');
    await screen.findByRole('heading', { level: 1, name: c.locked.title });
    expect(unlockButton().disabled).toBe(true);
    const left = document.getElementById('unlock-wait')?.textContent ?? '';
    expect(left).toMatch(/^You can try again in [78] seconds\.$/);
    // Enter in the field does not try either.
    fireEvent.change(screen.getByLabelText(c.locked.label), { target: { value: PASSPHRASE } });
    fireEvent.submit(screen.getByLabelText(c.locked.label).closest('form')!);
    await expect(clinicSession.unlock(PASSPHRASE)).rejects.toBeInstanceOf(UnlockTooSoonError);
    expect(useClinicStore.getState().status).toBe('locked');
  });

  it('says it in Spanish on the Spanish page', async () => {
    for (let i = 0; i < 3; i++) recordUnlockFailure(localStorage);
    await renderApp('/clinic', undefined, 'es');
    await screen.findByRole('heading', { level: 1, name: cEs.locked.title });
    const left = document.getElementById('unlock-wait')?.textContent ?? '';
    expect(left === fill(cEs.locked.waitLeft_other, { count: 2 }) || left === fill(cEs.locked.waitLeft_one, { count: 1 })).toBe(true);
  });
});
