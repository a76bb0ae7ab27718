/**
 * Component tests: `findBy…` and `waitFor` wait up to 5 s, not 1 s. The screens are lazy (chunks,
 * strings), and with the unit tests on the other core a first render once took just over 1 s.
 * A real failure still fails, only later.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5_000 });
