/** The learning library: articles and read marks, help answers, and the notebook. */
import {
  keepPreviousData,
  type QueryClient,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  Article,
  ArticleList,
  CreateNotebookEntryBody,
  FaqList,
  Notebook,
  NotebookEntry,
} from '../../../shared/library-api';
import { api } from '../../data/client';
import { useCurrentMe } from '../../data/me';
import { libraryKeys } from './library-keys';

const articlePath = (articleId: string, rest = '') =>
  `/api/articles/${encodeURIComponent(articleId)}${rest}`;

export function useArticles() {
  return useQuery({
    queryKey: libraryKeys.articles,
    queryFn: () => api.get<ArticleList>('/api/articles'),
  });
}

export function useArticle(articleId: string) {
  return useQuery({
    queryKey: libraryKeys.article(articleId),
    queryFn: () => api.get<Article>(articlePath(articleId)),
    // A "not found" is an answer, not a hiccup to retry.
    retry: false,
  });
}

/** Sets my read mark in every cached view at once; the server's answer follows. */
function setReadMark(client: QueryClient, articleId: string, read: boolean): void {
  client.setQueryData<Article>(libraryKeys.article(articleId), (article) =>
    article ? { ...article, read } : article,
  );
  client.setQueryData<ArticleList>(libraryKeys.articles, (list) =>
    list
      ? { ...list, articles: list.articles.map((a) => (a.id === articleId ? { ...a, read } : a)) }
      : list,
  );
}

/** Marks an article read or unread, for me only. Shown at once, put back if the server says no. */
export function useReadMark(articleId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (read: boolean) =>
      read
        ? api.put<undefined>(articlePath(articleId, '/read'), undefined)
        : api.delete<undefined>(articlePath(articleId, '/read')),
    onMutate: async (read) => {
      await client.cancelQueries({ queryKey: libraryKeys.article(articleId) });
      setReadMark(client, articleId, read);
      return { read };
    },
    onError: (_error, read) => setReadMark(client, articleId, !read),
    onSettled: () => void client.invalidateQueries({ queryKey: libraryKeys.articles }),
  });
}

/** The help answers for a search (all of them for an empty one); the last answer stays while typing. */
export function useFaq(query: string) {
  const q = query.trim();
  return useQuery({
    queryKey: libraryKeys.faq(q),
    queryFn: () => api.get<FaqList>(q ? `/api/faq?q=${encodeURIComponent(q)}` : '/api/faq'),
    placeholderData: keepPreviousData,
    staleTime: 5 * 60_000,
  });
}

function useNotebookKey() {
  const me = useCurrentMe();
  return libraryKeys.notebook(me.couple?.id ?? null);
}

export function useNotebook() {
  return useQuery({
    queryKey: useNotebookKey(),
    queryFn: () => api.get<Notebook>('/api/notebook'),
    // The partner may have written since: read it fresh on every visit.
    staleTime: 0,
  });
}

export function useAddEntry() {
  const client = useQueryClient();
  const key = useNotebookKey();
  return useMutation({
    mutationFn: (body: CreateNotebookEntryBody) => api.post<NotebookEntry>('/api/notebook', body),
    onSuccess: (entry) => {
      client.setQueryData<Notebook>(key, (notebook) =>
        notebook ? { ...notebook, entries: [entry, ...notebook.entries] } : notebook,
      );
      void client.invalidateQueries({ queryKey: key });
    },
  });
}

export function useEditEntry() {
  const client = useQueryClient();
  const key = useNotebookKey();
  return useMutation({
    mutationFn: ({ entryId, text }: { entryId: string; text: string }) =>
      api.patch<NotebookEntry>(`/api/notebook/${encodeURIComponent(entryId)}`, { text }),
    onSuccess: (entry) =>
      client.setQueryData<Notebook>(key, (notebook) =>
        notebook
          ? { ...notebook, entries: notebook.entries.map((e) => (e.id === entry.id ? entry : e)) }
          : notebook,
      ),
  });
}

export function useRemoveEntry() {
  const client = useQueryClient();
  const key = useNotebookKey();
  return useMutation({
    mutationFn: (entryId: string) =>
      api.delete<undefined>(`/api/notebook/${encodeURIComponent(entryId)}`),
    onSuccess: (_none, entryId) =>
      client.setQueryData<Notebook>(key, (notebook) =>
        notebook
          ? { ...notebook, entries: notebook.entries.filter((e) => e.id !== entryId) }
          : notebook,
      ),
  });
}
