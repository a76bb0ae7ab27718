/**
 * The project's own ESLint config, for the tests that prove its rules fire. Loaded once per test
 * file, and warmed up before the first test: the first lint loads the config and the TypeScript
 * parser, which takes seconds when the other core is busy (it once went past a test's 5 s).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Call at the top of a test file; the function it returns lints `code` as if it were `filePath`. */
export function useProjectEslint(): (code: string, filePath: string) => Promise<Linter.LintMessage[]> {
  let eslint: ESLint | undefined;
  beforeAll(async () => {
    eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, 'eslint.config.js') });
    await eslint.lintText('export {};\n', { filePath: 'src/domain/warm-up.ts' });
  }, 60_000);
  return async (code, filePath) => {
    if (!eslint) throw new Error('useProjectEslint: ESLint is not loaded yet');
    const [result] = await eslint.lintText(code, { filePath });
    if (!result) throw new Error('ESLint returned no result');
    return result.messages;
  };
}
