/**
 * Articles and help answers. A person's read marks are theirs alone: they
 * shape only their own answers, raise no event, and count nowhere. The
 * routes that read or mark articles, or search the answers, are traceless.
 */
import { searchItems } from '../../../core/library';
import type {
  Article,
  ArticleList,
  ArticleSummary,
  FaqAnswer,
  FaqList,
} from '../../../shared/library-api';
import type { AuthContext } from '../../lib/auth-context';
import { notFound } from '../../lib/errors';
import type { ServiceDeps } from '../deps';
import { type LibraryArticle, type LibraryContent, libraryOf } from './library.content';
import { deleteRead, insertRead, readArticleIdsOf } from './library.repository';

type Deps = Pick<ServiceDeps, 'db' | 'catalog'>;

/** Articles of the same track offered after one. */
const MORE_OF_TRACK = 3;

function summaryOf(article: LibraryArticle, read: ReadonlySet<string>): ArticleSummary {
  const { id, track, kinds, title, summary, minutes } = article.item;
  return { id, read: read.has(id), track, kinds, title, summary, minutes };
}

function requireArticle(content: LibraryContent, articleId: string): LibraryArticle {
  const article = content.byId.get(articleId);
  if (!article) throw notFound();
  return article;
}

/** Every article (or one track's), with my own read marks. */
export async function listArticles(
  deps: Deps,
  auth: AuthContext,
  track: number | undefined,
): Promise<ArticleList> {
  const read = await readArticleIdsOf(deps.db, auth.user.id);
  const articles = libraryOf(deps.catalog).articles.filter(
    (article) => track === undefined || article.item.track === track,
  );
  return { track: track ?? null, articles: articles.map((a) => summaryOf(a, read)) };
}

/** One article with its body, the pages that act on it, and what to read next. */
export async function getArticle(
  deps: Deps,
  auth: AuthContext,
  articleId: string,
): Promise<Article> {
  const content = libraryOf(deps.catalog);
  const article = requireArticle(content, articleId);
  const read = await readArticleIdsOf(deps.db, auth.user.id);
  const sameTrack = content.articles.filter((a) => a.item.track === article.item.track);
  const at = sameTrack.indexOf(article);
  // The ones after it first, then from the start of the track: a gentle "next".
  const more = [...sameTrack.slice(at + 1), ...sameTrack.slice(0, at)].slice(0, MORE_OF_TRACK);
  return {
    ...summaryOf(article, read),
    body: article.blocks,
    related: article.item.related,
    more: more.map((a) => summaryOf(a, read)),
  };
}

/** Marks an article read, for me only; marking it twice changes nothing. */
export async function markArticleRead(
  deps: Deps,
  auth: AuthContext,
  articleId: string,
): Promise<void> {
  requireArticle(libraryOf(deps.catalog), articleId);
  await insertRead(deps.db, auth.user.id, articleId);
}

/** Takes my read mark away again. */
export async function unmarkArticleRead(
  deps: Deps,
  auth: AuthContext,
  articleId: string,
): Promise<void> {
  requireArticle(libraryOf(deps.catalog), articleId);
  await deleteRead(deps.db, auth.user.id, articleId);
}

/** The help answers, all in order, or those matching a search, best first. */
export function listFaq(deps: Pick<ServiceDeps, 'catalog'>, query: string | undefined): FaqList {
  const content = libraryOf(deps.catalog);
  const q = query?.trim() ? query.trim() : null;
  const found = q === null ? [...content.faq] : searchItems(content.faq, q, (f) => f.searchable);
  const items: FaqAnswer[] = found.map(({ item, blocks }) => ({
    id: item.id,
    topic: item.topic,
    question: item.question,
    answer: blocks,
    related: item.related,
    articles: item.articles.flatMap((id) => {
      const article = content.byId.get(id);
      return article ? [{ id, title: article.item.title, minutes: article.item.minutes }] : [];
    }),
  }));
  return { query: q, items };
}
