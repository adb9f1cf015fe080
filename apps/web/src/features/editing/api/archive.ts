import type { Organisation, Person, Post } from '@nk/shared';
import { editingRequest, type Versioned } from './editing-request';

/** What can be archived, and where it lives in the API. */
export type ArchivableKind = 'person' | 'organisation' | 'post';

const collection: Record<ArchivableKind, string> = {
  person: '/people',
  organisation: '/organisations',
  post: '/posts',
};

export type Archivable = Person | Organisation | Post;

/** DELETE archives: nothing is removed, and {@link restore} brings it back. */
export function archive(
  kind: ArchivableKind,
  id: string,
  etag: string,
): Promise<Versioned<Archivable>> {
  return editingRequest<Archivable>(`${collection[kind]}/${encodeURIComponent(id)}`, {
    method: 'DELETE',
    ifMatch: etag,
  });
}

/** `archivedAt: null` on the version just archived: the undo of {@link archive}. */
export function restore(
  kind: ArchivableKind,
  id: string,
  etag: string,
): Promise<Versioned<Archivable>> {
  return editingRequest<Archivable>(`${collection[kind]}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { archivedAt: null },
    ifMatch: etag,
  });
}
