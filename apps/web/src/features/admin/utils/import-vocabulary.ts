import type { ImportAction, ImportField } from '@nk/shared';

/*
 * The import's fields and actions in the order the screens show them. Kept here rather than
 * imported from @nk/shared at run time, so the browser bundle stays free of the shared schemas.
 */

export const importFieldOrder = [
  'givenName',
  'familyName',
  'email',
  'title',
  'phone',
  'mobile',
  'role',
  'validFrom',
] as const satisfies readonly ImportField[];

export const importActionOrder = [
  'add',
  'change',
  'end',
  'unchanged',
  'error',
  'duplicate',
] as const satisfies readonly ImportAction[];
