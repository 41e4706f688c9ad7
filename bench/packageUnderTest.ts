import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPO_ROOT } from '../eval/dataPaths.js';

/** What a benchmark measures: crosscheck's API, and which code it came from. */
export interface PackageUnderTest {
  crosscheck: typeof import('../src/index.js');
  /** Printed with the figures: the built package or the sources. */
  code: string;
}

/**
 * The built package (`dist/index.js`, as users run it: extraction in worker threads when the
 * input is large) when there is one, the sources through tsx otherwise (one thread: the worker
 * file exists only in the build). A build older than a file of `src/` is refused: its figures
 * would be those of other code.
 *
 * @example
 * const { crosscheck, code } = await packageUnderTest();
 * crosscheck.analyze(articles);
 */
export async function packageUnderTest(): Promise<PackageUnderTest> {
  const built = join(REPO_ROOT, 'dist', 'index.js');
  if (!existsSync(built)) {
    return { crosscheck: await import('../src/index.js'), code: 'src/ through tsx, one thread (run `npm run build` to measure the package)' };
  }
  const builtAt = statSync(built).mtimeMs;
  const newer = sourceFiles(join(REPO_ROOT, 'src')).find((file) => statSync(file).mtimeMs > builtAt);
  if (newer) throw new Error(`dist/ is older than ${newer.slice(REPO_ROOT.length + 1)}: run \`npm run build\` (or remove dist/ to measure the sources)`);
  return { crosscheck: (await import(pathToFileURL(built).href)) as typeof import('../src/index.js'), code: 'dist/index.js (the built package)' };
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : [path];
  });
}
