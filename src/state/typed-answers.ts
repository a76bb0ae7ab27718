/**
 * Answers typed on the question page on screen but not yet sent with Continue. The page says how
 * to keep them (`keepTypedAnswersWith`); locking clinic mode (the Lock button, the idle timer,
 * another tab's Lock) keeps them first, so they are saved with the case, encrypted, before the
 * case leaves memory. What cannot be kept (not complete or not valid) is reported, so the locked
 * screen can say so.
 */
export type TypedAnswers = 'none' | 'kept' | 'not-kept';

let keep: (() => TypedAnswers) | null = null;

/** Called by the page on screen; returns the function that stops it (when the page goes). */
export function keepTypedAnswersWith(keeper: () => TypedAnswers): () => void {
  keep = keeper;
  return () => {
    if (keep === keeper) keep = null;
  };
}

/** Saves what the page on screen holds, if anything: 'not-kept' when it could not be saved. */
export function keepTypedAnswers(): TypedAnswers {
  return keep ? keep() : 'none';
}
