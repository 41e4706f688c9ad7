import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleInput } from '../src/index.js';
import { requirePath } from './dataPaths.js';

/** A document of the seed story as gold.json lists it, with its text. */
export interface SeedDocument {
  id: string;
  file: string;
  published: string;
  text: string;
}

/** One annotated statement: a document and a substring (anchor) of the sentence that states it. */
export interface GoldMember {
  doc: string;
  anchor: string;
}

export interface GoldPair {
  a: GoldMember;
  b: GoldMember;
  level?: 'must' | 'should';
  kind?: string;
  note?: string;
}

export interface GoldCluster {
  id: string;
  topic: string;
  members: GoldMember[];
  divergences?: GoldPair[];
  agreements?: GoldPair[];
}

export interface SeedGold {
  documents: SeedDocument[];
  clusters: GoldCluster[];
  kinds: Record<string, string>;
}

/** Reads `seeds/gold.json` and the five articles from the shared data folder. */
export function loadSeeds(dataDir: string): SeedGold {
  const seedsDir = requirePath(join(dataDir, 'seeds'), 'the seed articles');
  const gold = JSON.parse(readFileSync(join(seedsDir, 'gold.json'), 'utf8')) as {
    documents: Omit<SeedDocument, 'text'>[];
    clusters: GoldCluster[];
    kinds: Record<string, string>;
  };
  const documents = gold.documents.map((d) => ({ ...d, text: readFileSync(join(seedsDir, d.file), 'utf8') }));
  return { documents, clusters: gold.clusters, kinds: gold.kinds };
}

/** The seed documents as crosscheck input (outlet = document id, as the seeds carry no outlet names). */
export function seedArticles(seeds: SeedGold): ArticleInput[] {
  return seeds.documents.map((d) => ({ id: d.id, outlet: d.id, text: d.text, published: d.published }));
}

/** The folding gold anchors are compared under: straight quotes, no `*`, single spaces. */
export function foldForAnchor(text: string): string {
  return text
    .replace(/[\u201C\u201D\u201E\u00AB\u00BB]/g, '"')
    .replace(/[\u2018\u2019\u201A]/g, "'")
    .replace(/\*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
