/**
 * The library's content, read once per catalog: articles in track order with
 * their bodies split into text blocks, and the help answers in their order.
 */
import type { Catalog } from '../../../content/load';
import type { ArticleItem, FaqItem } from '../../../content/schema';
import { parseBlocks, type Searchable, type TextBlock } from '../../../core/library';

export interface LibraryArticle {
  item: ArticleItem;
  blocks: TextBlock[];
}

export interface LibraryFaq {
  item: FaqItem;
  blocks: TextBlock[];
  /** The words the search looks in. */
  searchable: Searchable;
}

export interface LibraryContent {
  articles: readonly LibraryArticle[];
  byId: ReadonlyMap<string, LibraryArticle>;
  faq: readonly LibraryFaq[];
}

const cache = new WeakMap<Catalog, LibraryContent>();

/** The articles (by track, then as written) and the answers (by `order`) of a catalog. */
export function libraryOf(catalog: Catalog): LibraryContent {
  let content = cache.get(catalog);
  if (content) return content;
  const articles = catalog.items
    .filter((item): item is ArticleItem => item.type === 'article')
    .map((item, index) => ({ item, index }))
    .sort((a, b) => a.item.track - b.item.track || a.index - b.index)
    .map(({ item }) => ({ item, blocks: parseBlocks(item.body) }));
  const faq = catalog.items
    .filter((item): item is FaqItem => item.type === 'faq')
    .sort((a, b) => a.order - b.order)
    .map((item) => ({
      item,
      blocks: parseBlocks(item.answer),
      searchable: { title: item.question, body: item.answer },
    }));
  content = {
    articles,
    byId: new Map(articles.map((article) => [article.item.id, article])),
    faq,
  };
  cache.set(catalog, content);
  return content;
}
