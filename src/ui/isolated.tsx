/**
 * A translated sentence with the person's own words in it (a case name, a city), the words set
 * in <bdi>: a name in a right-to-left script cannot reorder the sentence around it. The sentence
 * is translated with a marker in place of the words, then split at the marker.
 */
import { Fragment } from 'react';

/** U+2063 INVISIBLE SEPARATOR twice: no translation holds it, and cleaned text never does. */
const SLOT = '\u2063\u2063';

export function Isolated({ sentence, value }: { sentence: (slot: string) => string; value: string }) {
  const parts = sentence(SLOT).split(SLOT);
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {i > 0 && <bdi>{value}</bdi>}
          {part}
        </Fragment>
      ))}
    </>
  );
}
