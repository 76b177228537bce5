import {
  type InfiniteData,
  useInfiniteQuery,
  useMutation,
  useQueryClient,
} from '@tanstack/react-query';
import type {
  NoteBody,
  ReceivedNote,
  ReceivedNotes,
  SentNote,
  SentNotes,
} from '../../../shared/notes-api';
import { api } from '../../data/client';
import { queryKeys } from '../../data/keys';

const receivedKey = [...queryKeys.notes, 'received'] as const;
const sentKey = [...queryKeys.notes, 'sent'] as const;

function pagePath(base: string, before: string | null): string {
  return before ? `${base}?before=${encodeURIComponent(before)}` : base;
}

/** The gallery of notes for me, newest first, a page at a time. */
export function useReceivedNotes() {
  return useInfiniteQuery({
    queryKey: receivedKey,
    queryFn: ({ pageParam }) => api.get<ReceivedNotes>(pagePath('/api/notes', pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useSentNotes() {
  return useInfiniteQuery({
    queryKey: sentKey,
    queryFn: ({ pageParam }) => api.get<SentNotes>(pagePath('/api/notes/sent', pageParam)),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextBefore,
  });
}

export function useSendNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: NoteBody) => api.post<SentNote>('/api/notes', body),
    onSuccess: () => void client.invalidateQueries({ queryKey: sentKey }),
  });
}

/** Opens a note I received: my own mark, never shown to the author. */
export function useOpenNote() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (noteId: string) =>
      api.put<ReceivedNote>(`/api/notes/${encodeURIComponent(noteId)}/read`, undefined),
    onSuccess: (opened) => {
      client.setQueryData<InfiniteData<ReceivedNotes>>(receivedKey, (data) =>
        data
          ? {
              ...data,
              pages: data.pages.map((page) => ({
                ...page,
                unread: Math.max(0, page.unread - 1),
                notes: page.notes.map((note) => (note.id === opened.id ? opened : note)),
              })),
            }
          : data,
      );
      void client.invalidateQueries({ queryKey: queryKeys.today });
    },
  });
}
