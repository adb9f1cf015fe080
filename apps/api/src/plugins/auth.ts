import cookie from '@fastify/cookie';
import jwt from '@fastify/jwt';
import type { UserRole } from '@nk/shared';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { findUserById } from '../features/auth/repository';
import { AppError } from '../lib/app-error';

export const sessionCookie = 'nk_session';
export const tokenLifetimeSeconds = 15 * 60;
/** A browser session slides with use but never outlives this. */
export const absoluteSessionSeconds = 8 * 60 * 60;
const refreshAfterSeconds = 5 * 60;
const issuer = 'natverkskatalogen';
/**
 * How long a user row read for authentication is reused. Signed tokens are checked on every
 * request against the user's token version; re-reading the row each time cost most of a tiny
 * request's time. Any accepted write to users, sign-in or `/me` empties this process's copy at
 * once (see onSend below), so revocation is immediate here and at most this late on other
 * instances sharing the database.
 */
const userReuseMs = 2000;
const accountWrites = /^\/api\/v1\/(users|auth|me|people\/[^/]+\/erase)(\/|\?|$)/;
const audience = 'natverkskatalogen-api';

export interface TokenClaims {
  sub: string;
  /** The user's token version when issued; a bump revokes the token. */
  tv: number;
  /** When the user signed in (seconds): sliding refresh stops 8 h after it. */
  auth_time: number;
  iat?: number;
  exp?: number;
}

export interface AuthUser {
  id: string;
  email: string;
  displayName: string | null;
  role: UserRole;
  locale: 'sv' | 'en';
  personId: string | null;
  tokenVersion: number;
}

declare module '@fastify/jwt' {
  interface FastifyJWT {
    payload: TokenClaims;
    user: AuthUser;
  }
}

declare module 'fastify' {
  interface FastifyInstance {
    /** preHandler: 401 unless a valid, unrevoked token of an enabled user comes with the request. */
    authenticate: (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** preHandler factory: 403 unless the signed-in user has one of the roles. */
    requireRole: (
      ...roles: UserRole[]
    ) => (request: FastifyRequest, reply: FastifyReply) => Promise<void>;
    /** Signs a token for the user and sets it as the session cookie; returns token and expiry. */
    issueSession: (
      reply: FastifyReply,
      user: { id: string; tokenVersion: number },
      authTime?: number,
    ) => Promise<{ token: string; expiresAt: Date }>;
  }
}

export interface AuthOptions {
  jwtSecret: string;
  secureCookies: boolean;
}

export default fp<AuthOptions>(
  async function auth(app: FastifyInstance, options) {
    await app.register(cookie);
    await app.register(jwt, {
      secret: options.jwtSecret,
      sign: { algorithm: 'HS256', iss: issuer, aud: audience, expiresIn: tokenLifetimeSeconds },
      verify: {
        algorithms: ['HS256'],
        allowedIss: issuer,
        allowedAud: audience,
      },
    });

    app.decorate('issueSession', async (reply, user, authTime = nowSeconds()) => {
      const token = await reply.jwtSign({
        sub: user.id,
        tv: user.tokenVersion,
        auth_time: authTime,
      });
      const expiresAt = new Date((nowSeconds() + tokenLifetimeSeconds) * 1000);
      reply.setCookie(sessionCookie, token, {
        path: '/',
        httpOnly: true,
        sameSite: 'lax',
        secure: options.secureCookies,
        maxAge: tokenLifetimeSeconds,
      });
      return { token, expiresAt };
    });

    const recentUsers = new Map<string, { row: UserRow | undefined; readAt: number }>();
    const userFor = async (claims: TokenClaims) => {
      const recent = recentUsers.get(claims.sub);
      // A newer token than the copy means the copy is out of date: read again.
      if (
        recent?.row &&
        Date.now() - recent.readAt < userReuseMs &&
        recent.row.token_version >= claims.tv
      ) {
        return recent.row;
      }
      const row = await findUserById(app.db, claims.sub);
      if (recentUsers.size > 10_000) recentUsers.clear();
      recentUsers.set(claims.sub, { row, readAt: Date.now() });
      return row;
    };
    app.addHook('onSend', (request, reply, _payload, done) => {
      if (request.method !== 'GET' && reply.statusCode < 400 && accountWrites.test(request.url)) {
        recentUsers.clear();
      }
      done();
    });

    /**
     * Tokens checked once, with their claims, until they expire. fast-jwt can keep them too, but
     * keys its cache by a SHA-256 of the token, about a fifth of a tiny request's time; given the
     * token itself as the key, it warns at every start that keys might collide, which these
     * cannot. Checked by the instance's verifier, built once: `request.jwtVerify` merges its
     * options, decodes the token and builds a chain of callbacks on every request first.
     */
    const checkedTokens = new Map<string, TokenClaims>();
    const claimsOf = (token: string): TokenClaims => {
      const known = checkedTokens.get(token);
      if (known && (known.exp ?? 0) * 1000 > Date.now()) return known;
      checkedTokens.delete(token);
      const claims = app.jwt.verify<TokenClaims>(token);
      if (checkedTokens.size >= 1000) checkedTokens.clear();
      checkedTokens.set(token, claims);
      return claims;
    };

    app.decorate('authenticate', async (request: FastifyRequest, reply: FastifyReply) => {
      const claims = claimsOf(sessionToken(request));
      const row = await userFor(claims);
      if (!row || row.disabled_at !== null || row.token_version !== claims.tv) {
        throw new AppError('TOKEN_INVALID', 'This sign-in is no longer valid. Sign in again.');
      }
      request.user = {
        id: row.id,
        email: row.email,
        displayName: row.display_name,
        role: row.role,
        locale: row.locale,
        personId: row.person_id,
        tokenVersion: row.token_version,
      };
      const fromCookie = request.headers.authorization === undefined;
      const age = nowSeconds() - (claims.iat ?? 0);
      const sessionAge = nowSeconds() - claims.auth_time;
      if (fromCookie && age > refreshAfterSeconds && sessionAge < absoluteSessionSeconds) {
        await app.issueSession(reply, request.user, claims.auth_time);
      }
    });

    app.decorate('requireRole', (...roles: UserRole[]) => async (request: FastifyRequest) => {
      if (!roles.includes(request.user.role)) {
        request.log.warn({ userId: request.user.id, url: request.url }, 'authorisation denied');
        throw new AppError('FORBIDDEN', 'Your role does not allow this.');
      }
    });
  },
  { name: 'auth', dependencies: ['database'] },
);

const nowSeconds = () => Math.floor(Date.now() / 1000);

/** The token from `Authorization: Bearer`, or else from the session cookie. */
function sessionToken(request: FastifyRequest): string {
  const header = request.headers.authorization;
  if (header) {
    const space = header.indexOf(' ');
    const token = header.slice(space + 1);
    if (
      space < 0 ||
      header.slice(0, space).toLowerCase() !== 'bearer' ||
      !token ||
      token.includes(' ')
    ) {
      throw new AppError('TOKEN_INVALID', 'Send the token as "Authorization: Bearer <token>".');
    }
    return token;
  }
  const token = request.cookies[sessionCookie];
  if (!token) throw new AppError('NOT_SIGNED_IN', 'Sign in to use the directory.');
  return token;
}

type UserRow = Awaited<ReturnType<typeof findUserById>>;
