import { createHash, randomBytes } from 'node:crypto';

/** How long an invitation link works. */
export const invitationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** The web app's set-password page; the link carries the token. */
export const invitationPath = '/aktivera';

/** Only this hash is stored, so a copy of the database cannot be used to accept an invitation. */
export function inviteTokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export interface NewInvitation {
  url: string;
  expiresAt: Date;
  tokenHash: string;
}

/** A fresh one-time token (256 random bits) and the link that carries it. */
export function newInvitation(now = new Date()): NewInvitation {
  const token = randomBytes(32).toString('base64url');
  return {
    url: `${invitationPath}?token=${token}`,
    expiresAt: new Date(now.getTime() + invitationLifetimeMs),
    tokenHash: inviteTokenHash(token),
  };
}
