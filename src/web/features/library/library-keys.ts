/** The library's query keys: every one starts with `library`. */
export const libraryKeys = {
  all: ['library'] as const,
  articles: ['library', 'articles'] as const,
  article: (articleId: string) => ['library', 'article', articleId] as const,
  faq: (query: string) => ['library', 'faq', query] as const,
  /** The notebook of a couple (or of a person alone): a new link reads a new notebook. */
  notebook: (coupleId: string | null) => ['library', 'notebook', coupleId ?? 'alone'] as const,
};
