import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { readArticle, type ArticleInput } from '../article.js';
import { CrosscheckInputError } from '../errors.js';
import { CliError } from './cliError.js';
import { htmlToArticle } from './htmlText.js';
import { articleFileType, nameOf, reason, shownPath, type InputFile } from './inputFiles.js';

/** An article read from a file, with where it came from for messages and ordering. */
export interface SourcedArticle {
  input: ArticleInput;
  /** Where it came from, as messages print it: `stories/a.txt`, or `stories.json[2]`. */
  origin: string;
  /** Absolute path of the file holding the text, and the entry's position in a JSON list: the sort key. */
  textPath: string;
  position: number;
  /** True when the id was made from the file name (and may be made longer to be unique). */
  idFromName: boolean;
}

/** What one file gave: its articles, or why it was skipped. */
export type FileArticles = { articles: SourcedArticle[]; referenced: string[] } | { skipped: string };

/**
 * Reads the articles of one file. Text and markdown files are one article each, the headline
 * being the first line; HTML files one article (see {@link htmlToArticle}); JSON files one article
 * or a list of them, each giving `text` or a `file` to read the text from (a path relative to the
 * JSON file: a manifest that adds outlets and dates to text files). Outlet and id default to the
 * file name without extension. A folder's JSON file that holds no articles is skipped; a named one,
 * or any file that cannot be read or holds a bad article, throws {@link CliError} naming the file.
 *
 * @example
 * readArticleFile(file, process.cwd());
 * // { articles: [{ input: { id: 'harbor-wire', outlet: 'harbor-wire', text: '...' }, origin: 'harbor-wire.txt', ... }], referenced: [] }
 */
export function readArticleFile(file: InputFile, cwd: string, checkFields = true): FileArticles {
  const content = readText(file.path, file.shown);
  if (file.type === 'json') return readJsonArticles(file, content, cwd, checkFields);
  if (content.trim() === '') return { skipped: 'empty file' };
  const input = file.type === 'html' ? htmlInput(file.path, content) : textInput(file.path, content);
  return { articles: [{ input, origin: file.shown, textPath: file.path, position: 0, idFromName: true }], referenced: [] };
}

function textInput(path: string, content: string): ArticleInput {
  const name = nameOf(path);
  return { id: name, outlet: name, text: content };
}

function htmlInput(path: string, content: string): ArticleInput {
  const name = nameOf(path);
  const page = htmlToArticle(content);
  return {
    id: name,
    outlet: name,
    text: page.text,
    ...(page.title !== undefined && { title: page.title }),
    ...(page.published !== undefined && { published: page.published }),
  };
}

/** `checkFields` false leaves the articles' fields to `analyze` (which may skip a bad one). */
function readJsonArticles(file: InputFile, content: string, cwd: string, checkFields: boolean): FileArticles {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    const problem = `${file.shown}: not valid JSON (${error instanceof Error ? error.message : String(error)})`;
    if (file.fromFolder) return { skipped: 'not valid JSON' };
    throw new CliError(problem);
  }
  const single = !Array.isArray(value);
  const entries: unknown[] = Array.isArray(value) ? value : [value];
  if (entries.length === 0 || !entries.every(looksLikeArticle)) {
    const what = 'holds no articles (an article is an object with "text", or with "file" naming a text file)';
    if (file.fromFolder) return { skipped: what };
    throw new CliError(`${file.shown}: ${what}`);
  }
  const referenced: string[] = [];
  const articles = (entries as Array<Record<string, unknown>>).map((entry, position): SourcedArticle => {
    const origin = single ? file.shown : `${file.shown}[${position}]`;
    const fail = (problem: string): never => {
      throw new CliError(`${origin}: ${problem}`);
    };
    let input: ArticleInput;
    let textPath = file.path;
    let idFromName = false;
    if (entry.file !== undefined && entry.text !== undefined) fail('give "text" or "file", not both');
    if (entry.file !== undefined) {
      if (typeof entry.file !== 'string' || entry.file.trim() === '') return fail('field "file" must be a file name');
      textPath = resolve(dirname(file.path), entry.file);
      const type = articleFileType(textPath);
      if (type !== 'text' && type !== 'html') fail(`field "file": ${entry.file} is not a .txt, .md or .html file`);
      const shown = shownPath(textPath, cwd);
      const text = readText(textPath, `${origin}: ${shown}`);
      const read = type === 'html' ? htmlInput(textPath, text) : textInput(textPath, text);
      const { file: _file, ...fields } = entry;
      input = { ...read, ...fields } as ArticleInput;
      idFromName = entry.id === undefined;
      referenced.push(textPath);
    } else {
      input = { ...entry } as unknown as ArticleInput;
      if (entry.id === undefined) {
        input.id = single ? nameOf(file.path) : `${nameOf(file.path)}-${position + 1}`;
        idFromName = true;
      }
    }
    try {
      if (checkFields) readArticle(input, position);
    } catch (error) {
      if (error instanceof CrosscheckInputError) fail(error.message.replace(/^articles\[\d+\]\s*/, '').replace(/^:\s*/, ''));
      throw error;
    }
    return { input, origin, textPath, position, idFromName };
  });
  return { articles, referenced };
}

function looksLikeArticle(value: unknown): boolean {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && ('text' in value || 'file' in value);
}

function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  } catch (error) {
    throw new CliError(`${shown}: cannot read (${reason(error)})`);
  }
}
