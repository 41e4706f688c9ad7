import { readArticle, type Article, type ArticleInput } from '../article.js';
import { normalize } from '../text/normalize.js';
import { segmentNormalized, type Segment } from '../text/segment.js';
import { NO_MODALITY } from './modality.js';
import type { Statement } from './statement.js';

/** Segment roles whose sentences carry claims. Subheads repeat the body; the rest is furniture. */
const CLAIM_ROLES = new Set<Segment['role']>(['headline', 'body']);

/**
 * Splits one article into statements: its headline and body sentences, each a claim with offsets.
 *
 * @example
 * extractStatements({ id: 'a', text: 'Talks stall\n\nTalks stalled on Monday.' }).map((s) => [s.role, s.text]);
 * // [['headline', 'Talks stall'], ['body', 'Talks stalled on Monday.']]
 */
export function extractStatements(input: ArticleInput | Article): Statement[] {
  const article = readArticle(input);
  const normalized = normalize(article.text);
  const statements: Statement[] = [];
  for (const segment of segmentNormalized(normalized)) {
    if (!CLAIM_ROLES.has(segment.role)) continue;
    statements.push({
      id: `${article.id}#${statements.length}`,
      articleId: article.id,
      outlet: article.outlet,
      text: segment.text,
      start: segment.start,
      end: segment.end,
      field: 'text',
      role: segment.role === 'headline' ? 'headline' : 'body',
      segment: segment.index,
      claim: { text: segment.text, start: segment.start, end: segment.end },
      attribution: { kind: 'outlet', source: article.outlet },
      certainty: 'asserted',
      quotes: [],
      quantities: [],
      times: [],
      durations: [],
      entities: [],
      polarity: { negated: false },
      modality: NO_MODALITY,
    });
  }
  return statements;
}
