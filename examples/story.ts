/**
 * Loads the example story: the five articles in `articles/`, with the outlet, date and address
 * that `articles/articles.json` gives each file. This is all `analyze` needs: an id, the text, and
 * whatever else you know about each article.
 */
import { readFileSync } from 'node:fs';
import type { ArticleInput } from '../src/index.js';

const FOLDER = new URL('./articles/', import.meta.url);

/** One entry of `articles.json`: a file and what we know about it. */
interface ManifestEntry {
  file: string;
  outlet: string;
  published: string;
  url?: string;
}

/** The five articles of the example story, ready for `analyze`. */
export function loadStory(): ArticleInput[] {
  const manifest = JSON.parse(readFileSync(new URL('articles.json', FOLDER), 'utf8')) as ManifestEntry[];
  return manifest.map(({ file, ...known }) => ({
    id: file.replace(/\.[^.]+$/, ''),
    text: readFileSync(new URL(file, FOLDER), 'utf8'),
    ...known,
  }));
}
