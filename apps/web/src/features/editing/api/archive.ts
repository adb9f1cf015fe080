import type { Network, Organisation, Person, Post, Role, Topic } from '@nk/shared';
import { apiFetchVersioned, type Versioned } from '../../../lib/api-client';

/** What can be archived, and where it lives in the API. */
export type ArchivableKind = 'person' | 'organisation' | 'post' | 'role' | 'network' | 'topic';

const collection: Record<ArchivableKind, string> = {
  person: '/people',
  organisation: '/organisations',
  post: '/posts',
  role: '/roles',
  network: '/networks',
  topic: '/topics',
};

export type Archivable = Person | Organisation | Post | Role | Network | Topic;

/** DELETE archives: nothing is removed, and {@link restore} brings it back. */
export function archive(
  kind: ArchivableKind,
  id: string,
  etag: string,
): Promise<Versioned<Archivable>> {
  return apiFetchVersioned<Archivable>(`${collection[kind]}/${encodeURIComponent(id)}`, {
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
  return apiFetchVersioned<Archivable>(`${collection[kind]}/${encodeURIComponent(id)}`, {
    method: 'PATCH',
    body: { archivedAt: null },
    ifMatch: etag,
  });
}
