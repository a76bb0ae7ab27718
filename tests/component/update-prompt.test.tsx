// @vitest-environment jsdom
/**
 * The "new version ready" banner, with a fake register function: nothing shows until a new version is
 * waiting; then a polite message with "Reload now" (which hands over to the waiting version) and
 * "Later" (which only hides the banner). The real flow with a service worker is in
 * tests/e2e/offline.e2e.ts.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/pages.json';
import es from '../../locales/es/pages.json';
import i18n from '../../src/app/i18n';
import { useClinicStore } from '../../src/state/clinic/clinic-status';
import { type RegisterServiceWorker, UpdatePrompt, watchForUpdates } from '../../src/app/update-prompt';

function fakeRegister() {
  const fake = {
    needRefresh: () => {},
    registerError: (_e: unknown) => {},
    update: vi.fn((_reload?: boolean) => Promise.resolve()),
    calls: 0,
  };
  const register: RegisterServiceWorker = (options) => {
    fake.calls++;
    fake.needRefresh = options.onNeedRefresh ?? (() => {});
    fake.registerError = options.onRegisterError ?? (() => {});
    return fake.update;
  };
  return { fake, register };
}

beforeEach(async () => {
  await i18n.changeLanguage('en');
});
afterEach(() => {
  cleanup();
});

describe('UpdatePrompt', () => {
  it('shows nothing until a new version is waiting, but keeps a polite live region ready', () => {
    const { fake, register } = fakeRegister();
    const { container } = render(<UpdatePrompt updates={watchForUpdates(register)} />);
    expect(fake.calls).toBe(1);
    const live = container.querySelector('[aria-live="polite"]');
    expect(live).not.toBeNull();
    expect(live?.textContent).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('tells the person a new version is ready; "Reload now" hands over to it', async () => {
    const { fake, register } = fakeRegister();
    const { container } = render(<UpdatePrompt updates={watchForUpdates(register)} />);
    act(() => fake.needRefresh());
    const region = await screen.findByRole('region', { name: en.update.label });
    expect(region.textContent).toContain(en.update.message);
    expect(container.querySelector('[aria-live="polite"]')?.contains(region)).toBe(true);
    const reload = screen.getByRole('button', { name: en.update.reload });
    fireEvent.click(reload);
    // No second click while the new version takes over (the page then reloads).
    expect((reload as HTMLButtonElement).disabled).toBe(true);
    await act(async () => {});
    expect(fake.update).toHaveBeenCalledTimes(1);
    expect(region.textContent).not.toContain(en.update.clinicLocks);
  });

  it('in clinic mode, says the reload locks the cases and saves the open case before handing over', async () => {
    const { clinicSession } = await import('../../src/state/clinic/clinic-session');
    const order: string[] = [];
    const flush = vi.spyOn(clinicSession, 'flush').mockImplementation(async () => {
      order.push('flush');
    });
    useClinicStore.setState({ status: 'unlocked' });
    try {
      const { fake, register } = fakeRegister();
      fake.update.mockImplementation(() => {
        order.push('update');
        return Promise.resolve();
      });
      render(<UpdatePrompt updates={watchForUpdates(register)} />);
      act(() => fake.needRefresh());
      expect((await screen.findByRole('region', { name: en.update.label })).textContent).toContain(en.update.clinicLocks);
      fireEvent.click(screen.getByRole('button', { name: en.update.reload }));
      await waitFor(() => expect(order).toEqual(['flush', 'update']));
      expect(flush).toHaveBeenCalledTimes(1);
    } finally {
      useClinicStore.setState({ status: 'off' });
      flush.mockRestore();
    }
  });

  it('"Later" hides the banner and reloads nothing', async () => {
    const { fake, register } = fakeRegister();
    render(<UpdatePrompt updates={watchForUpdates(register)} />);
    act(() => fake.needRefresh());
    fireEvent.click(await screen.findByRole('button', { name: en.update.later }));
    expect(screen.queryByRole('region')).toBeNull();
    expect(fake.update).not.toHaveBeenCalled();
  });

  it('lets the person try again if handing over failed', async () => {
    const { fake, register } = fakeRegister();
    fake.update.mockImplementationOnce(() => Promise.reject(new Error('gone')));
    render(<UpdatePrompt updates={watchForUpdates(register)} />);
    act(() => fake.needRefresh());
    fireEvent.click(await screen.findByRole('button', { name: en.update.reload }));
    await act(async () => {});
    expect((screen.getByRole('button', { name: en.update.reload }) as HTMLButtonElement).disabled).toBe(false);
  });

  it('speaks Spanish (usted)', async () => {
    await i18n.changeLanguage('es');
    const { fake, register } = fakeRegister();
    render(<UpdatePrompt updates={watchForUpdates(register)} />);
    act(() => fake.needRefresh());
    expect((await screen.findByRole('region', { name: es.update.label })).textContent).toContain('Sus respuestas se conservan.');
    expect(screen.getByRole('button', { name: es.update.reload })).toBeTruthy();
    expect(screen.getByRole('button', { name: es.update.later })).toBeTruthy();
  });

  it('without a service worker (registration failed) the app just carries on', () => {
    const { fake, register } = fakeRegister();
    render(<UpdatePrompt updates={watchForUpdates(register)} />);
    expect(() => fake.registerError(new Error('no service worker'))).not.toThrow();
    expect(screen.queryByRole('region')).toBeNull();
  });
});
