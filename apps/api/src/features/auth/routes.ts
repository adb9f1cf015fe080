import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  AcceptInviteBodySchema,
  LoginBodySchema,
  LoginResponseSchema,
  MeSchema,
  NewPasswordSchema,
} from '@nk/shared';
import { Type } from 'typebox';
import { problemRef, signedIn } from '../../lib/openapi';
import { sessionCookie } from '../../plugins/auth';
import { acceptInvitation, changePassword, describeUser, signIn, signOut } from './service';

export interface AuthRoutesOptions {
  /** Sign-in attempts per client address per minute. */
  loginRateLimit: number;
}

const authRoutes: FastifyPluginAsyncTypebox<AuthRoutesOptions> = async (app, options) => {
  app.post(
    '/auth/login',
    {
      config: { rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with e-mail and password',
        description:
          'Returns a JWT for `Authorization: Bearer` and sets it as an httpOnly cookie for browsers.',
        body: LoginBodySchema,
        response: { 200: LoginResponseSchema, 401: problemRef, 429: problemRef },
      },
    },
    async (request, reply) => {
      const context = { actorId: null, requestId: request.id };
      const user = await signIn(app.db, request.body.email, request.body.password, context);
      const { token, expiresAt } = await app.issueSession(reply, user);
      return { token, expiresAt: expiresAt.toISOString(), user: await describeUser(app.db, user) };
    },
  );

  app.post(
    '/auth/accept-invite',
    {
      // Throttled like sign-in: it sets a password and hands out a session.
      config: { rateLimit: { max: options.loginRateLimit, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: 'Accept an invitation: choose a password and sign in',
        description:
          'The token comes from the invitation link (`/aktivera?token=…`) and works once, for seven days. Answers like sign-in.',
        body: AcceptInviteBodySchema,
        response: { 200: LoginResponseSchema, 400: problemRef, 429: problemRef },
      },
    },
    async (request, reply) => {
      const context = { actorId: null, requestId: request.id };
      const { token, password } = request.body;
      const user = await acceptInvitation(app.db, token, password, context);
      const { token: session, expiresAt } = await app.issueSession(reply, user);
      return {
        token: session,
        expiresAt: expiresAt.toISOString(),
        user: await describeUser(app.db, user),
      };
    },
  );

  app.post(
    '/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'Sign out everywhere: revokes every token of the user',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const signedIn = await app.authenticate(request, reply).then(
        () => true,
        () => false,
      );
      if (signedIn) {
        await signOut(app.db, request.user, { actorId: request.user.id, requestId: request.id });
      }
      reply.clearCookie(sessionCookie, { path: '/' });
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/me',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['auth'],
        summary: 'The signed-in user',
        security: signedIn,
        response: { 200: MeSchema, 401: problemRef },
      },
    },
    async (request) => describeUser(app.db, request.user),
  );

  app.post(
    '/me/password',
    {
      onRequest: [app.authenticate],
      schema: {
        tags: ['auth'],
        summary: 'Change the password; every other session is signed out',
        security: signedIn,
        body: Type.Object(
          {
            currentPassword: Type.String({ minLength: 1, maxLength: 256 }),
            newPassword: NewPasswordSchema,
          },
          { additionalProperties: false },
        ),
        response: { 200: LoginResponseSchema, 400: problemRef, 401: problemRef },
      },
    },
    async (request, reply) => {
      const context = { actorId: request.user.id, requestId: request.id };
      const { currentPassword, newPassword } = request.body;
      const tokenVersion = await changePassword(
        app.db,
        request.user,
        currentPassword,
        newPassword,
        context,
      );
      const user = { ...request.user, tokenVersion };
      const { token, expiresAt } = await app.issueSession(reply, user);
      return { token, expiresAt: expiresAt.toISOString(), user: await describeUser(app.db, user) };
    },
  );
};

export default authRoutes;
