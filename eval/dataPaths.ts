import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (the folder holding `package.json`). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the shared evaluation material lives: `--data DIR`, else `$CROSSCHECK_DATA`, else `../shared`. */
export function resolveDataDir(flag?: string): string {
  return resolve(flag ?? process.env.CROSSCHECK_DATA ?? join(REPO_ROOT, '..', 'shared'));
}

/** Fails loudly when a data folder the suite needs is absent. */
export function requirePath(path: string, what: string): string {
  if (!existsSync(path)) {
    throw new Error(`${what} not found at ${path}; pass --data DIR (the folder holding seeds/ and data/)`);
  }
  return path;
}
