import type { Import } from '@nk/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { importQueryKey } from './get-import';

export interface PreviewImportInput {
  organisationId: string;
  /** The file exactly as chosen: the API detects UTF-8 or Windows-1252 from the bytes. */
  bytes: ArrayBuffer;
  filename: string;
  /** Column heading → field (`''` ignores the column); only when the headings are not known. */
  mapping?: Record<string, string>;
}

/** Sends the file for a preview; nothing in the directory changes yet. */
export function previewImport(input: PreviewImportInput): Promise<Import> {
  return apiFetch<Import>('/imports', {
    method: 'POST',
    raw: { bytes: input.bytes, contentType: 'text/csv' },
    query: {
      organisation: input.organisationId,
      filename: input.filename.slice(0, 200),
      mapping: input.mapping ? JSON.stringify(input.mapping) : undefined,
    },
  });
}

export function usePreviewImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: previewImport,
    onSuccess: (result) => queryClient.setQueryData(importQueryKey(result.id), result),
  });
}
