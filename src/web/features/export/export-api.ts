/**
 * Downloading one's data: the password buys a short-lived ticket, then the
 * file is fetched with it and handed to the browser as a download.
 */
import { useMutation } from '@tanstack/react-query';
import type { ErrorResponse } from '../../../shared/api';
import type { ExportFormat, ExportTicket } from '../../../shared/export-api';
import { ApiError, api } from '../../data/client';

function errorOf(body: unknown): ErrorResponse['error'] | null {
  if (typeof body !== 'object' || body === null || !('error' in body)) return null;
  const error: unknown = body.error;
  if (typeof error !== 'object' || error === null) return null;
  if (!('code' in error) || typeof error.code !== 'string') return null;
  const message = 'message' in error && typeof error.message === 'string' ? error.message : '';
  return { code: error.code, message };
}

async function failure(response: Response): Promise<ApiError> {
  try {
    const error = errorOf(await response.json());
    if (error) return new ApiError(response.status, error.code, error.message);
  } catch {
    // Not JSON: a generic error below.
  }
  return new ApiError(response.status, 'unknown', response.statusText);
}

/** The file name the server gave, or a plain one. */
function fileNameOf(response: Response, format: ExportFormat): string {
  const header = response.headers.get('content-disposition') ?? '';
  return /filename="([^"]+)"/.exec(header)?.[1] ?? `rekindle.${format}`;
}

function saveFile(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the browser to start saving it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function downloadMyData(password: string, format: ExportFormat): Promise<void> {
  const { ticket } = await api.post<ExportTicket>('/api/me/export/ticket', { password });
  const query = new URLSearchParams({ format, ticket });
  let response: Response;
  try {
    response = await fetch(`/api/me/export?${query}`, { credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', 'Network request failed');
  }
  if (!response.ok) throw await failure(response);
  saveFile(await response.blob(), fileNameOf(response, format));
}

export function useDownloadMyData() {
  return useMutation({
    mutationFn: ({ password, format }: { password: string; format: ExportFormat }) =>
      downloadMyData(password, format),
  });
}
