import type { Me } from '@nk/shared';

/** Editors (stewards of their organisations) and administrators use the administration. */
export const canAdminister = (me: Me): boolean => me.role === 'editor' || me.role === 'admin';

/** The audit log and user management are for administrators only, as in the API. */
export const isAdmin = (me: Me): boolean => me.role === 'admin';
