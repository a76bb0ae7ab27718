import { type FocusEvent, lazy, memo, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { type FieldErrors, get, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import {
  canOpenStep,
  type CaseData,
  type DateOrder,
  type FieldPath,
  getField,
  languageInfo,
  learnTopicForStep,
  nextStepId,
  previousStepId,
  type SectionId,
  sectionProgress,
  speaksToHelper,
  type Step,
  stepCode,
  stepNumber,
  todayContext,
} from '../../domain';
import { useCaseStore } from '../../state/case-store';
import { keepTypedAnswersWith } from '../../state/typed-answers';
import { whenIdleAfterPaint } from '../../ui/after-paint';
import { AppLink, useAppNavigate } from '../../ui/app-link';
import { BackLink } from '../../ui/back-link';
import { ErrorSummary, type SummaryError } from '../../ui/form/error-summary';
import { useDocumentTitle } from '../../ui/use-document-title';
import { Disclosure } from '../../ui/why-we-ask';
import { FieldInput, focusTargetId, PageWordsContext, StepFormContext, TickListInput, WordingContext } from './field-input';
import { fieldErrorMessage, fieldId, hasWords, type PageWords, plainFirst, usePageWords, useStepForm } from './field-parts';
import { fieldWidgets } from '../../ui/form/field-specs';
import {
  fieldsAskedNow,
  fieldsAskedWithChoices,
  pageParts,
  revealingChoices,
  stepAnswers,
  stepDefaultValues,
  TICK_MODE,
  tickAnswers,
  tickListFocusId,
  tickListHasError,
  type TickMode,
} from './step-form-schema';
import type * as StepFormRules from './step-form-rules';
import { paths, resumeUrl, stepUrl } from '../../ui/paths';
import './wizard.css';

const headingWidgets = new Set(['radio', 'text', 'date', 'number', 'a-number']);

/** Once after saved answers were upgraded (rare): its code and words load then, not with the first page. */
const UpgradeNotice = lazy(() => import('./upgrade-notice').then((m) => ({ default: m.UpgradeNotice })));

/** The pages' checks (with zod), once loaded (see `prepareChecksSoon`). */
let formRules: typeof StepFormRules | null = null;
function loadFormRules(): Promise<typeof StepFormRules> {
  return formRules ? Promise.resolve(formRules) : import('./step-form-rules').then((m) => (formRules = m));
}
/**
 * Get the page's checks ready once it is on screen and the browser is idle: fetch them (on the
 * first page), then make this page's schema and run it once, so that Continue finds it made.
 * Fetching them used to wait 2 s, and a first Continue within that time waited for them; making
 * a page's schema at Continue was about 2 ms of a step on a slow phone (issue 17). A focus or tap
 * in the form fetches them at once (`preloadFormRules`).
 */
function prepareChecksSoon(prepare: (rules: typeof StepFormRules) => void): () => void {
  let live = true;
  // The frame that shows the page first, then the next idle moment.
  const cancel = whenIdleAfterPaint(() => {
    // Offline before the app was saved for offline use: Continue tries again, and says so if it fails.
    loadFormRules().then((rules) => live && prepare(rules), () => {});
  }, 1000);
  return () => {
    live = false;
    cancel();
  };
}
/** A field focused (not the heading, which the app focuses on a new page): the person is about to answer. */
function preloadOnFieldFocus(event: FocusEvent): void {
  if (event.target instanceof HTMLElement && event.target.matches('input, select, textarea, button')) preloadFormRules();
}
function preloadFormRules(): void {
  // A failure here is not shown: Continue tries again, and says so if it fails.
  if (!formRules) loadFormRules().catch(() => {});
}

/** `code`: the step the address names (its `:code` part, src/ui/paths.ts). */
export function StepPage({ code }: { code: string | undefined }) {
  const c = useCaseStore((s) => s.caseData);
  const search = new URLSearchParams(useLocation().search);
  const step = paths.question.step(code);
  const fromReview = paths.question.fromReview(search);
  const reviewSection = paths.question.reviewSection(search);
  if (!step || !canOpenStep(c, todayContext(), step.id)) return <Navigate to={resumeUrl(c)} replace />;
  // A link saved by an older version names the step by its id: move to the neutral URL.
  if (code !== stepCode(step.id)) return <Navigate to={stepUrl(step.id, fromReview)} replace />;
  // The later questions' words are loaded around this page by the shell (src/app/app.tsx).
  return <StepForm key={step.id} step={step} caseData={c} fromReview={fromReview} reviewSection={reviewSection} />;
}

/**
 * Sections whose names say nothing about the person's case, so a tab title may carry them. The
 * others ("Things that may count against you", "Your court case", "Your immigration history")
 * would tell anyone who reads the browser's history what was asked.
 */
const NEUTRAL_SECTIONS: ReadonlySet<SectionId> = new Set<SectionId>(['situation', 'favour', 'about-you']);

/**
 * The tab title of a question page: its number, and its section where that is neutral ("Question
 * 45 of 47: About you"), never the question itself. Titles stay in the browser's history.
 */
function questionTabTitle(t: PageWords['t'], step: Step): string {
  const n = stepNumber(step.id)!;
  return NEUTRAL_SECTIONS.has(step.section)
    ? t('pageTitle.questionInSection', { number: n.number, total: n.total, section: t(`sections.${step.section}`) })
    : t('pageTitle.question', { number: n.number, total: n.total });
}

/** The first error under a field, and the address line it is on (for an address). */
function firstError(error: unknown, part?: string): { message: string; part?: string } | null {
  if (!error || typeof error !== 'object') return null;
  const e = error as { message?: unknown };
  if (typeof e.message === 'string' && e.message !== '') return part ? { message: e.message, part } : { message: e.message };
  for (const [key, v] of Object.entries(error)) {
    const found = firstError(v, part ?? key);
    if (found) return found;
  }
  return null;
}

/** The questions a page asks with the choices in its form now, against the saved answers. */
function askedNow(step: Step, values: Record<string, Record<string, unknown>>) {
  return fieldsAskedNow(step, useCaseStore.getState().caseData, values);
}

/** A problem found at Continue: a question's error code (and its address line), or the tick list's (`path: null`). */
type Problem = { path: FieldPath; code: string; part?: string } | { path: null };

interface StepFormProps {
  step: Step;
  caseData: CaseData;
  fromReview: boolean;
  reviewSection?: SectionId;
}

/**
 * The page's form and what follows its state: new saved answers, clinic mode's lock. The page
 * itself (`StepFormPage`) does not render again when only the form's state changes (the form's
 * first render ends with one such change, on every step): it follows what it shows.
 */
function StepForm({ step, caseData, fromReview, reviewSection }: StepFormProps) {
  const { t, i18n } = useTranslation('questions');
  const { t: tc } = useTranslation();
  const words = useMemo<PageWords>(
    () => ({ t: plainFirst(t, i18n, 'questions'), tc: plainFirst(tc, i18n, 'common'), has: (key) => hasWords(i18n, 'questions', key), i18n }),
    [t, tc, i18n],
  );
  const answer = useCaseStore((s) => s.answer);
  const order: DateOrder = languageInfo(i18n.resolvedLanguage).dateOrder;
  const defaults = stepDefaultValues(step, (p) => getField(caseData, p), order);
  // Only the questions the page asks with the choices made so far are checked (and kept).
  const form = useForm({
    resolver: async (values, context, options) => {
      const rules = await loadFormRules();
      const result = await rules.stepResolver(step, order, askedNow(step, values))(values, context, options);
      return rules.withDatesChecked(step, result, useCaseStore.getState().caseData);
    },
    defaultValues: defaults,
    shouldFocusError: false,
  });
  // New saved answers for this page (another tab's save, or dates in the new language's order):
  // show them, unless the person has already changed something here. Not on the page's first
  // showing: the form starts with these very answers. Messages shown after a Continue are
  // checked again against them, rather than dropped.
  const { isDirty } = form.formState;
  const latest = JSON.stringify(defaults);
  const shownAnswers = useRef(latest);
  useEffect(() => {
    if (latest === shownAnswers.current) return;
    shownAnswers.current = latest;
    if (isDirty) return;
    // Read live (`formState` is this component's copy, and it does not follow the errors).
    const hadMessages = [...step.fields.map((f) => f.path), TICK_MODE].some((path) => form.getFieldState(path).invalid);
    form.reset(JSON.parse(latest) as typeof defaults, { keepIsSubmitted: true, keepSubmitCount: true });
    if (hadMessages) void form.trigger();
  }, [latest]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the saved answers change

  // A change of language with something typed here: its dates are written again in the new
  // language's order (day and month swap), so what was typed keeps its meaning. (Untouched, the
  // page shows the saved answers in the new order: the effect above.)
  const shownOrder = useRef(order);
  useEffect(() => {
    const from = shownOrder.current;
    shownOrder.current = order;
    if (from === order || !form.formState.isDirty) return;
    loadFormRules().then((rules) => {
      for (const [path, text] of rules.retypedDates(step, form.getValues(), from, order)) form.setValue(path as never, text as never, { shouldDirty: true });
    }, () => {});
  }, [order]); // eslint-disable-line react-hooks/exhaustive-deps -- only when the language's date order changes

  useEffect(
    () =>
      prepareChecksSoon((rules) => {
        const values = form.getValues();
        rules.prepareStepChecks(step, order, askedNow(step, values), values);
      }),
    [], // eslint-disable-line react-hooks/exhaustive-deps -- once, for the page as it first shows
  );
  // Clinic mode locks (or another tab locks it) while something is typed here: keep it if valid.
  // (The first focus or tap starts loading the checks, so they are there once anything is typed.)
  useEffect(
    () =>
      keepTypedAnswersWith(() => {
        if (!form.formState.isDirty) return 'none';
        const values = form.getValues();
        const answers = formRules?.validStepAnswers(step, order, askedNow(step, values), values) ?? null;
        if (!answers) return 'not-kept';
        answer(answers);
        return 'kept';
      }),
    [form, step, order, answer],
  );

  return (
    <StepFormContext.Provider value={form}>
      <PageWordsContext.Provider value={words}>
        <StepFormPage step={step} caseData={caseData} fromReview={fromReview} reviewSection={reviewSection} />
      </PageWordsContext.Provider>
    </StepFormContext.Provider>
  );
}

const StepFormPage = memo(function StepFormPage({ step, caseData, fromReview, reviewSection }: StepFormProps) {
  const { t, tc, has, i18n } = usePageWords();
  const form = useStepForm();
  const navigate = useAppNavigate();
  const answer = useCaseStore((s) => s.answer);
  const upgradedFrom = useCaseStore((s) => s.upgradedFrom);
  // What was wrong at the last Continue; worded as the page renders, so a change of language rewords it.
  const [problems, setProblems] = useState<readonly Problem[]>([]);
  const [focusKey, setFocusKey] = useState(0);
  // The page's checks could not be loaded (the connection dropped before the app was saved for offline use).
  const [checkFailed, setCheckFailed] = useState(false);
  const checkFailedRef = useRef<HTMLParagraphElement>(null);
  // Focus goes to the message, as to the error summary: a screen reader reads it, and the person sees it.
  useEffect(() => {
    if (checkFailed) checkFailedRef.current?.focus();
  }, [checkFailed]);
  // "Why we ask this" links to a learn page for a few questions (src/domain/learn-links.ts).
  const learnTopic = learnTopicForStep(step.id);

  // Only the page's choices (its radio answers) can show a question under them: watch those, so
  // typing in a box does not render the whole page again at each key.
  const choicePaths = revealingChoices(step);
  const choices: unknown[] = useWatch({ control: form.control, name: choicePaths, disabled: choicePaths.length === 0 });
  const shown = fieldsAskedWithChoices(step, caseData, choices);
  const parts = pageParts(step, shown);
  const tickItems = parts.flatMap((p) => (p.kind === 'ticks' ? p.items : []));

  const hasIntro = has(`steps.${step.id}.intro`);
  const context = speaksToHelper(caseData) ? 'helper' : undefined;
  // A lone simple question is the page heading itself (GOV.UK); otherwise the step title is. A
  // question shown under another once it is chosen does not count: the heading never jumps.
  const main = shown.filter((f) => !f.reveal);
  const only = main.length === 1 ? main[0]! : null;
  const single = only !== null && !hasIntro && headingWidgets.has(fieldWidgets[only.path].kind);
  const title = single ? t(`fields.${only.path}.label`, { context }) : t(`steps.${step.id}.title`, { context });
  const summary = problems.map((p): SummaryError => {
    // A tick list shown as boxes has one message: tick the ones that apply, or "None of these".
    if (p.path === null) return { fieldId: tickListFocusId(tickItems), message: t('ticks.error') };
    const { text, own } = fieldErrorMessage(i18n, context, p.path, p.code, p.part);
    // The question's own message says what to do ("Choose whether…"). A general one ("Enter a
    // 5-digit ZIP code…") names its question only where the page asks more than one.
    const named = own || shown.length === 1 ? text : `${t(`fields.${p.path}.label`, { context })}: ${text}`;
    return { fieldId: p.part ? `${fieldId(p.path)}-${p.part}` : focusTargetId(p.path), message: named };
  });
  const tabTitle = questionTabTitle(t, step);
  useDocumentTitle(summary.length ? `${tc('errors.titlePrefix')} ${tabTitle}` : tabTitle);

  const ctx = todayContext();
  const progress = sectionProgress(caseData, ctx, step.id);
  const prev = previousStepId(caseData, ctx, step.id);
  const back = fromReview ? paths.review.href(reviewSection) : prev ? stepUrl(prev) : paths.taskList.href();

  const onValid = (output: Record<string, Record<string, unknown>>) => {
    answer(stepAnswers(step, output));
    const updated = useCaseStore.getState().caseData;
    // "Save and go back to your answers" goes there, even when the change opened a new question:
    // the answers page then says so and links to it.
    if (fromReview) {
      // The answers page puts the focus back on this page's answer (its "Change" link).
      navigate(paths.review.href(reviewSection), paths.review.changedState(step));
      return;
    }
    const next = nextStepId(updated, ctx, step.id);
    navigate(next ? stepUrl(next) : paths.review.href());
  };

  const onInvalid = (errors: FieldErrors) => {
    const found: Problem[] = [];
    const mode = (form.getValues(TICK_MODE) ?? '') as TickMode;
    const inList = new Set<string>(mode === 'unsure' ? [] : tickItems.map((i) => i.field.path));
    if (tickListHasError(errors, tickItems, mode)) found.push({ path: null });
    for (const f of shown) {
      if (inList.has(f.path)) continue;
      const error = firstError(get(errors, f.path));
      if (!error) continue;
      const part = fieldWidgets[f.path].kind === 'address' ? error.part : undefined;
      found.push(part ? { path: f.path, code: error.message, part } : { path: f.path, code: error.message });
    }
    setProblems(found);
    setFocusKey((k) => k + 1);
  };

  return (
    <div className="step">
      <BackLink to={back} label={tc('actions.back')} />
      {progress && (
        <p className="section-progress">
          {t('sections.progress', { index: progress.index, total: progress.total, name: t(`sections.${progress.section}`) })}
          {progress.questions > 1 && (
            <span className="section-progress__question">
              {t('sections.question', { index: progress.question, total: progress.questions })}
            </span>
          )}
          <AppLink to={paths.taskList.href()} className="section-progress__all">{tc('taskList.allParts')}</AppLink>
        </p>
      )}
      <ErrorSummary errors={summary} focusKey={focusKey} />
      {upgradedFrom !== null && (
        <Suspense fallback={null}>
          <UpgradeNotice />
        </Suspense>
      )}
      <WordingContext.Provider value={context}>
        <form
          noValidate
          onFocus={preloadOnFieldFocus}
          onPointerDown={preloadFormRules}
          onSubmit={(e) => {
            // Only when set: React may draw the page again even for a state that does not change.
            if (checkFailed) setCheckFailed(false);
            // The tick list's unticked questions are "no" once one is ticked, or with "None of these".
            const mode = (form.getValues(TICK_MODE) ?? '') as TickMode;
            const listed = tickItems.map((i) => i.field.path);
            for (const [path, v] of tickAnswers(mode, listed, (p) => form.getValues(p))) form.setValue(path, v);
            form.handleSubmit(onValid, onInvalid)(e).catch(() => setCheckFailed(true));
          }}
        >
          {checkFailed && (
            <p className="page-failed" role="alert" tabIndex={-1} ref={checkFailedRef}>
              {tc('errors.checkFailed')}
            </p>
          )}
          {!single && <h1>{title}</h1>}
          {hasIntro && <p className="lead">{t(`steps.${step.id}.intro`)}</p>}
          {parts.map((part) =>
            part.kind === 'ticks' ? (
              <TickListInput key="ticks" stepId={step.id} items={part.items} />
            ) : part.field.reveal ? (
              <div key={part.field.path} className="field-reveal">
                <FieldInput path={part.field.path} asHeading={false} />
              </div>
            ) : (
              <FieldInput key={part.field.path} path={part.field.path} asHeading={single} />
            ),
          )}
          <Disclosure summary={tc('actions.whyWeAsk')} more={learnTopic && { to: paths.learnTopic.href(learnTopic), label: t(`steps.${step.id}.learnMore`) }}>
            <p>{t(`steps.${step.id}.why`, { context })}</p>
          </Disclosure>
          <button type="submit" className="button">
            {fromReview ? tc('actions.saveAndReview') : tc('actions.continue')}
          </button>
        </form>
      </WordingContext.Provider>
    </div>
  );
});
