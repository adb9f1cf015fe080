import type { Me } from '@nk/shared';

/** Stewards (editors, scoped to their organisations) and administrators review and merge. */
export const canReview = (me: Me): boolean => me.role === 'editor' || me.role === 'admin';
