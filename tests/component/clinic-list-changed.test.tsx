// @vitest-environment jsdom
/**
 * When an older copy of the case list was put back, unlocking still works, and the case list page
 * says in plain words that the list was changed; in ordinary use it says nothing.
 */
import { act, cleanup, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import c from '../../locales/en/clinic.json';
import { emptyCase } from '../../src/domain';
import { useCaseStore } from '../../src/state/case-store';
import { clinicSession, useClinicStore } from '../../src/state/clinic/clinic-session';
import { CLINIC_INDEX_KEY } from '../../src/state/clinic/clinic-vault';
import { renderApp } from './render-app';

const PASSPHRASE = 'volunteer passphrase 1';
const FAST = { iterations: 100_000 };
const original = useClinicStore.getState();

beforeEach(() => {
  clinicSession.wipe();
  useClinicStore.setState({ ...original, status: 'off', cases: [], activeId: null, saveFailed: false, listChanged: false });
  useCaseStore.setState({ caseData: emptyCase(), loadError: null });
});

afterEach(() => {
  cleanup();
});

describe('the case list was changed', () => {
  it('is said on the case list after unlocking with an older list put back', async () => {
    await clinicSession.setUp(PASSPHRASE, FAST);
    const { id } = await clinicSession.createCase('Ana R.');
    const older = localStorage.getItem(CLINIC_INDEX_KEY)!;
    await clinicSession.renameCase(id, 'Ana R. (2)');
    act(() => clinicSession.lock());
    localStorage.setItem(CLINIC_INDEX_KEY, older);

    await clinicSession.unlock(PASSPHRASE);
    expect(useClinicStore.getState().listChanged).toBe(true);
    await renderApp('/clinic');
    await screen.findByRole('heading', { level: 1, name: c.list.title });
    expect(screen.getByRole('heading', { level: 2, name: c.list.changedList.title })).toBeTruthy();
    expect(screen.getByText(c.list.changedList.body)).toBeTruthy();
    // The cases still open: each one is checked on its own.
    expect(screen.getByRole('heading', { level: 2, name: 'Ana R.' })).toBeTruthy();
  });

  it('is not said in ordinary use', async () => {
    await clinicSession.setUp(PASSPHRASE, FAST);
    const { id } = await clinicSession.createCase('Ana R.');
    await clinicSession.renameCase(id, 'Ana R. (2)');
    act(() => clinicSession.lock());
    await clinicSession.unlock(PASSPHRASE);
    expect(useClinicStore.getState().listChanged).toBe(false);
    await renderApp('/clinic');
    await screen.findByRole('heading', { level: 1, name: c.list.title });
    expect(screen.queryByRole('heading', { level: 2, name: c.list.changedList.title })).toBeNull();
  });
});
