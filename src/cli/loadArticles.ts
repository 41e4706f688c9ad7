import type { ArticleInput } from '../article.js';
import { CliError } from './cliError.js';
import { collectInputFiles, shownPath, type InputFile, type SkippedFile } from './inputFiles.js';
import { readArticleFile, type SourcedArticle } from './readArticleFile.js';

/** The articles of a command line's inputs, ready for `analyze`. */
export interface LoadedArticles {
  articles: ArticleInput[];
  /** Where each article came from, by id, for messages about it. */
  origins: Map<string, string>;
  skipped: SkippedFile[];
  files: InputFile[];
  /** Size of the input files, for deciding whether to show progress. */
  bytes: number;
}

export interface LoadOptions {
  cwd: string;
  /** Publication date for articles that give none. */
  published?: string;
  /** Called before each file is read (`done` files of `total` read so far). */
  onFile?: (done: number, total: number, file: InputFile) => void;
  /** Called once the files are listed, before any is read. */
  onListed?: (files: InputFile[]) => void;
  /** Whether a JSON article's fields are checked here (default); `false` leaves them to `analyze`. */
  checkFields?: boolean;
}

/**
 * Reads every article of the inputs: lists the files (see `collectInputFiles`), reads JSON files
 * first so that text files named in a JSON manifest are read once, through it, then the other
 * files; orders the articles by the path of the file holding their text; makes file-name ids
 * unique (the path relative to the working folder when two files share a name); fills in the
 * default publication date. Throws {@link CliError} naming the file at the first problem, when
 * two articles share an id, or when nothing readable is left.
 *
 * @example
 * loadArticles(['examples/articles'], { cwd: process.cwd() }).articles.map((a) => a.outlet);
 * // ['Eastgate Daily', 'Harbor Wire', 'Meridian Post', 'Northstar Review', 'The Lantern']
 */
export function loadArticles(inputs: readonly string[], options: LoadOptions): LoadedArticles {
  const { files, skipped } = collectInputFiles(inputs, options.cwd);
  options.onListed?.(files);
  const read: SourcedArticle[] = [];
  const referenced = new Set<string>();
  // Manifests first: the files they name are then not read a second time on their own.
  const ordered = [...files.filter((f) => f.type === 'json'), ...files.filter((f) => f.type !== 'json')];
  let done = 0;
  for (const file of ordered) {
    options.onFile?.(done, ordered.length, file);
    done += 1;
    if (file.type !== 'json' && referenced.has(file.path)) continue;
    const result = readArticleFile(file, options.cwd, options.checkFields ?? true);
    if ('skipped' in result) {
      skipped.push({ shown: file.shown, reason: result.skipped });
      continue;
    }
    for (const path of result.referenced) referenced.add(path);
    read.push(...result.articles);
  }
  if (read.length === 0) {
    const why = skipped.length > 0 ? ` (skipped: ${skipped.map((s) => s.shown).join(', ')})` : '';
    throw new CliError(`no articles found in ${inputs.join(', ')}${why}`);
  }
  read.sort((a, b) => (a.textPath < b.textPath ? -1 : a.textPath > b.textPath ? 1 : a.position - b.position));
  uniqueNameIds(read, options.cwd);

  const origins = new Map<string, string>();
  for (const article of read) {
    const previous = origins.get(article.input.id);
    if (previous !== undefined) {
      throw new CliError(`${article.origin}: article id "${article.input.id}" is already used by ${previous}; give each article its own "id"`);
    }
    origins.set(article.input.id, article.origin);
  }
  const articles = read.map(({ input }) =>
    options.published !== undefined && (input.published === undefined || input.published === null || input.published === '')
      ? { ...input, published: options.published }
      : input,
  );
  return { articles, origins, skipped, files, bytes: files.reduce((sum, f) => sum + f.bytes, 0) };
}

/**
 * Ids made from file names that clash become the file's path without extension, relative to the
 * working folder, or with the extension when that still clashes (`a.txt` and `a.md` in one folder).
 */
function uniqueNameIds(read: SourcedArticle[], cwd: string): void {
  const byId = new Map<string, SourcedArticle[]>();
  for (const article of read) byId.set(article.input.id, [...(byId.get(article.input.id) ?? []), article]);
  for (const group of byId.values()) {
    const named = group.filter((a) => a.idFromName);
    if (group.length < 2 || named.length === 0) continue;
    const longer = (a: SourcedArticle, withExtension: boolean): string => {
      const shown = shownPath(a.textPath, cwd);
      const id = withExtension ? shown : shown.replace(/\.[^./]*$/, '');
      return a.position > 0 || a.origin.endsWith(']') ? `${id}-${a.position + 1}` : id;
    };
    const withoutExt = named.map((a) => longer(a, false));
    named.forEach((a, i) => {
      const id = withoutExt[i]!;
      const clash = withoutExt.filter((other) => other === id).length > 1;
      a.input = { ...a.input, id: clash ? longer(a, true) : id };
    });
  }
}
