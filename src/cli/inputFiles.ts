import { readdirSync, statSync, type Stats } from 'node:fs';
import { basename, extname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { CliError } from './cliError.js';

/** How a file's articles are read, from its extension. */
export type ArticleFileType = 'text' | 'html' | 'json';

const TYPES: Readonly<Record<string, ArticleFileType>> = {
  '.txt': 'text',
  '.md': 'text',
  '.markdown': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.json': 'json',
};

/** The type of an article file, or `undefined` when crosscheck does not read that extension. */
export function articleFileType(path: string): ArticleFileType | undefined {
  const ext = extname(path).toLowerCase();
  return Object.hasOwn(TYPES, ext) ? TYPES[ext] : undefined;
}

/** A file to read articles from. */
export interface InputFile {
  /** Absolute path. */
  path: string;
  /** The path as messages print it (see {@link shownPath}). */
  shown: string;
  type: ArticleFileType;
  /** Found by listing a folder (rather than named): such a file may turn out not to be an article and is then skipped. */
  fromFolder: boolean;
  bytes: number;
}

/** A file left out, and why (printed as a note on standard error). */
export interface SkippedFile {
  shown: string;
  reason: string;
}

/** README, README.md, readme.txt...: a folder's description, not one of its articles. */
const README = /^readme(?:\.[^.]*)?$/i;

/**
 * The files to read for the command line's inputs, sorted by path so the report does not depend on
 * the order of the arguments. A named file must exist and have a readable extension (`.txt`, `.md`,
 * `.markdown`, `.html`, `.htm`, `.json`). A folder contributes the files of those types directly
 * inside it: not its sub-folders (a story is one folder; sub-folders hold other things, like the
 * seeds' reference splits), not hidden files, and not README files, which are reported as skipped.
 * Throws {@link CliError} naming an input that is missing or not readable.
 *
 * @example
 * collectInputFiles(['examples/articles'], process.cwd()).files.map((f) => f.shown);
 * // ['examples/articles/articles.json', 'examples/articles/eastgate-daily.md', ...]
 */
export function collectInputFiles(inputs: readonly string[], cwd: string): { files: InputFile[]; skipped: SkippedFile[] } {
  const files = new Map<string, InputFile>();
  const skipped: SkippedFile[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const stats = statOrFail(path, input);
    if (stats.isDirectory()) {
      let names: string[];
      try {
        names = readdirSync(path);
      } catch (error) {
        throw new CliError(`${input}: cannot list the folder (${reason(error)})`);
      }
      const found = names.filter((name) => !name.startsWith('.') && articleFileType(name) !== undefined);
      for (const name of found) {
        const filePath = join(path, name);
        const fileStats = statSync(filePath, { throwIfNoEntry: false });
        if (!fileStats?.isFile()) continue;
        if (README.test(name)) {
          skipped.push({ shown: shownPath(filePath, cwd), reason: 'a README, not an article' });
          continue;
        }
        if (!files.has(filePath)) files.set(filePath, inputFile(filePath, cwd, true, fileStats.size));
      }
      if (found.length === 0) throw new CliError(`${input}: the folder holds no .txt, .md, .html or .json files`);
    } else {
      if (articleFileType(path) === undefined) {
        throw new CliError(`${input}: cannot read ${extname(path) || 'files without an extension'}; crosscheck reads .txt, .md, .html, .htm and .json files`);
      }
      // Named explicitly: read it even if it is a README, and it is no longer optional.
      files.set(path, inputFile(path, cwd, false, stats.size));
    }
  }
  const sorted = [...files.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return { files: sorted, skipped };
}

function inputFile(path: string, cwd: string, fromFolder: boolean, bytes: number): InputFile {
  return { path, shown: shownPath(path, cwd), type: articleFileType(path)!, fromFolder, bytes };
}

function statOrFail(path: string, input: string): Stats {
  try {
    return statSync(path);
  } catch (error) {
    throw new CliError(`${input}: cannot read (${reason(error)})`);
  }
}

/**
 * A path as messages print it: relative to `cwd` (as the user likely typed it), with forward slashes.
 *
 * @example
 * shownPath('/work/shared/seeds/gold.json', '/work/main'); // '../shared/seeds/gold.json'
 */
export function shownPath(path: string, cwd: string): string {
  const rel = relative(cwd, path);
  const shown = rel === '' || isAbsolute(rel) ? path : rel;
  return shown.split(sep).join('/');
}

/**
 * The file name without its extension: the default id and outlet of the file's article.
 *
 * @example
 * nameOf('stories/harbor-wire.txt'); // 'harbor-wire'
 */
export function nameOf(path: string): string {
  return basename(path, extname(path));
}

/**
 * A short reason for a file-system error.
 *
 * @example
 * reason(Object.assign(new Error('ENOENT: ...'), { code: 'ENOENT' })); // 'no such file or folder'
 */
export function reason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
