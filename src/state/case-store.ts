/**
 * The one store of the app: the person's case, their settings and whether saved data loaded.
 * Persisted with zustand's `persist` under a versioned key; what is loaded is validated and
 * migrated by the domain's `restoreCase`, and unreadable data is kept aside, never erased unasked.
 * Saved answers load with `loadSavedAnswers()` (before the first render, and whenever another tab
 * saved): the case reader (the case schema and zod) is fetched only when something is saved, so a
 * first visit does without it (docs/adr/0004-bundle-budget.md).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import {
  type CaseData,
  cleanText,
  emptyCase,
  type FieldPath,
  isEmptyCase,
  isLanguageCode,
  LIMITS,
  type LanguageCode,
  type ParagraphEdit,
  prune,
  type RestoreErrorCode,
  type RestoreIssue,
  type RestoreResult,
  saveCase,
  setField,
  type SupporterKind,
  type SupportLetterChoice,
  todayContext,
} from '../domain';
import {
  blockWrites,
  clearCorrupt,
  deviceStorage,
  getStorageMode,
  resolveConflict,
  STORAGE_KEY,
  type StorageMode,
  switchStorageMode,
  takeCorruptRaw,
  wipeAllStorage,
} from './device-storage';

/** The app's name in the metadata of every PDF it makes (creator and producer). */
export const APP_NAME = 'PD Helper';
export const APP_VERSION = '0.1.0';
/**
 * Version of the stored shape (not of the case schema, which the envelope carries).
 *   1 (app 0.1.0): { envelope, language, hasData }
 *   2:             { envelope, settings: { language, storageMode }, hasData }
 * Older versions are upgraded by `migratePersisted`; newer or unknown ones are refused.
 */
export const STORE_VERSION = 2;

export interface LoadError {
  code: RestoreErrorCode | 'unreadable' | 'unknown-store-version';
  issues: RestoreIssue[];
  /** Exactly what was stored, for the person to download before starting over. */
  raw: string;
}

/** What is stored today (version 2). */
export interface PersistedState {
  envelope: unknown;
  settings: {
    language: LanguageCode | null;
    /** Where the person chose to keep their answers (a record: the area they are read from decides). */
    storageMode: StorageMode;
  };
  hasData: boolean;
}

/** What version 1 (app 0.1.0) stored. */
export interface PersistedStateV1 {
  envelope: unknown;
  language: LanguageCode | null;
  hasData: boolean;
}

/** A stored shape this version cannot read: kept as is and shown to the person, never overwritten. */
interface RefusedState {
  __storeVersion: number;
  persisted: unknown;
}

export interface CaseState {
  caseData: CaseData;
  language: LanguageCode | null;
  storageMode: StorageMode;
  loadError: LoadError | null;
  /**
   * The case schema version the saved answers were upgraded from on this load (null: none). Not
   * saved: the wizard says once that some questions are new or changed and are asked again.
   */
  upgradedFrom: number | null;
  answer: (values: Partial<Record<FieldPath, unknown>>) => void;
  setLetter: (values: Partial<CaseData['letter']>) => void;
  setChecklistFlag: (itemId: string, flag: 'gathered' | 'included', on: boolean) => void;
  /** The support-letter kit's choice for one kind of writer, merged into what is saved. */
  setSupportLetter: (kind: SupporterKind, choice: SupportLetterChoice) => void;
  /** Only the i18next `languageChanged` listener (src/app/i18n.ts) calls this: the language flows i18next → store. */
  setLanguage: (language: LanguageCode) => void;
  setStorageMode: (mode: StorageMode) => void;
  /** Replace the whole case (e.g. an imported file that restoreCase accepted). */
  replaceCase: (data: CaseData) => void;
  /** Forget the unreadable data and start with an empty case. */
  startOver: () => void;
  /** Remove the case and every setting from this device. */
  deleteEverything: () => void;
  /**
   * After another tab saved newer answers while this tab had its own (useSaveStatus().conflict):
   * 'theirs' loads the saved answers, 'mine' saves this tab's over them.
   */
  resolveSaveConflict: (choice: 'theirs' | 'mine') => void;
}

function hasData(s: Pick<CaseState, 'caseData' | 'language'>): boolean {
  return s.language !== null || !isEmptyCase(s.caseData);
}

/** A new, empty case and default settings. */
export const initial = () => ({
  caseData: emptyCase(),
  language: null as LanguageCode | null,
  storageMode: 'device' as StorageMode,
  loadError: null as LoadError | null,
  upgradedFrom: null as number | null,
});

type ReadSavedCase = (envelope: unknown) => RestoreResult;
/** The domain's `restoreCase`, once fetched (the case schema and zod come with it). */
let readSavedCase: ReadSavedCase | null = null;
/** Saved answers waited for the reader: nothing was loaded (and nothing written) yet. */
let readerWanted = false;
/** The language saved with answers that wait for the reader (the first words load in it). */
let waitingLanguage: LanguageCode | null = null;

export const useCaseStore = create<CaseState>()(
  persist(
    (set) => ({
      ...initial(),
      answer: (values) =>
        set((s) => {
          let c = s.caseData;
          for (const [path, value] of Object.entries(values)) c = setField(c, path as FieldPath, value);
          return { caseData: prune(c, todayContext()) };
        }),
      setLetter: (values) => set((s) => ({ caseData: { ...s.caseData, letter: { ...s.caseData.letter, ...cleanLetter(values) } } })),
      setChecklistFlag: (itemId, flag, on) =>
        set((s) => {
          const current = new Set(s.caseData.checklist[flag] ?? []);
          if (on) current.add(itemId);
          else current.delete(itemId);
          return { caseData: { ...s.caseData, checklist: { ...s.caseData.checklist, [flag]: [...current] } } };
        }),
      setSupportLetter: (kind, choice) =>
        set((s) => {
          const all = s.caseData.supportLetters ?? {};
          return { caseData: { ...s.caseData, supportLetters: { ...all, [kind]: { ...all[kind], ...choice } } } };
        }),
      setLanguage: (language) => set({ language }),
      setStorageMode: (mode) => {
        switchStorageMode(mode);
        set({ storageMode: mode });
      },
      replaceCase: (data) => set({ caseData: data }),
      startOver: () => {
        clearCorrupt();
        set((s) => ({ ...initial(), language: s.language, storageMode: getStorageMode() }));
      },
      deleteEverything: () => {
        wipeAllStorage();
        set(initial());
        wipeAllStorage();
      },
      resolveSaveConflict: (choice) => {
        const { savedNow } = resolveConflict(choice);
        if (choice === 'mine') return;
        // The other tab deleted the answers: so does this one. Else load what it saved.
        if (!savedNow) set(initial());
        else void loadSavedAnswers();
      },
    }),
    {
      name: STORAGE_KEY,
      version: STORE_VERSION,
      // Nothing is written while saved answers wait for the case reader: the store is still empty.
      storage: createJSONStorage(() => ({ ...deviceStorage, setItem: (name, value) => (readerWanted ? undefined : deviceStorage.setItem(name, value)) })),
      partialize: (s): PersistedState => ({
        envelope: saveCase(s.caseData, { appVersion: APP_VERSION, savedAt: new Date().toISOString() }),
        settings: { language: s.language, storageMode: s.storageMode },
        hasData: hasData(s),
      }),
      // Called by zustand only when the stored version differs from STORE_VERSION. Older shapes
      // are upgraded (and written back once `merge` accepted them); unknown ones are refused in `merge`.
      migrate: (persisted, version) => migratePersisted(persisted, version) as unknown as CaseState,
      merge: (persisted, current) => mergePersisted(persisted, current),
    },
  ),
);

/**
 * Loads the saved answers and settings into the store: at start when some are saved, and again
 * when another tab saved or the person chose that tab's answers. The case reader comes first.
 */
export async function loadSavedAnswers(): Promise<void> {
  readSavedCase ??= (await import('../domain/case-restore')).restoreCase;
  readerWanted = false;
  await useCaseStore.persist.rehydrate();
}

/**
 * Resolves once the answers saved on this device are in the store. The store reads storage when
 * it is made: with nothing saved (or only data it refuses) that is already done; saved answers
 * need the case reader first. The shell renders after this.
 */
export function whenSavedAnswersLoaded(): Promise<void> {
  return readerWanted ? loadSavedAnswers() : Promise.resolve();
}

/** The person's saved language, also while their answers wait for the case reader. */
export function savedLanguage(): LanguageCode | null {
  return useCaseStore.getState().language ?? waitingLanguage;
}

/**
 * The letter's own texts as typed, cleaned by the domain's rule before they are kept (the case
 * schema does the same to saved data): the letter preview and the PDF then read the same text.
 * An office address that is blank once cleaned is no address.
 */
function cleanLetter(values: Partial<CaseData['letter']>): Partial<CaseData['letter']> {
  const out: Partial<CaseData['letter']> = { ...values };
  for (const key of ['story', 'concernsExplanation', 'requestDetails', 'whatIsNew'] as const) {
    const v = out[key];
    if (typeof v === 'string') out[key] = cleanText(v);
  }
  if (out.details) {
    // One-line facts: cleaned as one line, and a blank one is no fact. Not trimmed here: the
    // person is typing (a trailing space is the start of the next word); the letter trims.
    const details: NonNullable<CaseData['letter']['details']> = {};
    for (const [k, v] of Object.entries(out.details) as [keyof typeof details, string | undefined][]) {
      const text = typeof v === 'string' ? cleanText(v, 'line').slice(0, LIMITS.shortText) : '';
      if (text.trim() !== '') details[k] = text;
    }
    out.details = details;
  }
  if (out.paragraphEdits) {
    const edits: NonNullable<CaseData['letter']['paragraphEdits']> = {};
    for (const [k, v] of Object.entries(out.paragraphEdits) as [keyof typeof edits, ParagraphEdit | undefined][]) {
      if (v) edits[k] = { ...v, text: cleanText(v.text) };
    }
    out.paragraphEdits = edits;
  }
  if (out.concernExplanations) {
    // One box per concern: each cleaned like the other texts; an emptied box leaves no key behind.
    const kept = Object.entries(out.concernExplanations).map(([id, text]) => [id, cleanText(text)] as const).filter(([, text]) => text !== '');
    out.concernExplanations = Object.fromEntries(kept);
  }
  if (out.office?.kind === 'typed') {
    const text = cleanText(out.office.text);
    out.office = text.trim() === '' ? undefined : { kind: 'typed', text };
  }
  return out;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A saved language that is not (or no longer) in the list is forgotten: the browser's preference applies again. */
function asLanguage(value: unknown): LanguageCode | null {
  return isLanguageCode(value) ? value : null;
}

/**
 * Upgrades a stored state from an older store version to today's shape, one version at a time.
 * A newer or unknown version, or a state that is not the shape its version stored, is refused
 * (the person then sees "unknown-store-version" and can download exactly what was stored).
 * The case itself (the envelope) is validated and migrated afterwards by `restoreCase`.
 *
 * @param storageMode where the state was read from (version 1 did not record it)
 */
export function migratePersisted(
  persisted: unknown,
  version: number,
  storageMode: StorageMode = getStorageMode(),
): PersistedState | RefusedState {
  let state = persisted;
  let at = version;
  if (at === 1 && isRecord(state) && 'envelope' in state && !('settings' in state)) {
    const v1 = state as Partial<PersistedStateV1>;
    const v2: PersistedState = {
      envelope: v1.envelope,
      settings: { language: asLanguage(v1.language), storageMode },
      hasData: typeof v1.hasData === 'boolean' ? v1.hasData : true,
    };
    state = v2;
    at = 2;
  }
  if (at === STORE_VERSION && isRecord(state) && 'envelope' in state) return state as unknown as PersistedState;
  return { __storeVersion: version, persisted };
}

function mergePersisted(persisted: unknown, current: CaseState): CaseState {
  const base = { ...current, storageMode: getStorageMode() };
  const corrupt = takeCorruptRaw();
  if (corrupt !== null) {
    return { ...base, loadError: { code: 'unreadable', issues: [], raw: corrupt } };
  }
  if (persisted === undefined || persisted === null) return base;
  const raw = JSON.stringify(persisted);
  if (typeof persisted === 'object' && '__storeVersion' in persisted) {
    blockWrites(raw);
    return { ...base, loadError: { code: 'unknown-store-version', issues: [], raw } };
  }
  if (!readSavedCase) {
    waitingLanguage = asLanguage(isRecord(persisted) && isRecord(persisted.settings) ? persisted.settings.language : undefined);
    // Thrown, not returned: zustand then sets nothing and writes nothing back (an upgraded store
    // version is written back after `merge`), so the saved answers wait intact for the reader.
    readerWanted = true;
    throw new Error('PD Helper: the saved answers wait for the case reader');
  }
  const p = persisted as Partial<PersistedState>;
  const restored = readSavedCase(p.envelope);
  if (!restored.ok) {
    blockWrites(raw);
    return { ...base, loadError: { code: restored.error, issues: restored.issues, raw } };
  }
  const language = asLanguage(isRecord(p.settings) ? p.settings.language : undefined);
  return { ...base, caseData: restored.data, language, loadError: null, upgradedFrom: restored.migratedFrom };
}
