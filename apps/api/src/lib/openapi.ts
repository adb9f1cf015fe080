import { Type } from 'typebox';

/** Routes that need a signed-in caller accept either a bearer token or the session cookie. */
export const signedIn: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];

/** The shared problem+json response, registered once as a schema with `$id: 'Problem'`. */
export const problemRef = Type.Unsafe<never>({ $ref: 'Problem' });

/** The problems any write route may answer with, for its `response` schema. */
export const writeErrors = {
  400: problemRef,
  401: problemRef,
  403: problemRef,
  404: problemRef,
  409: problemRef,
  412: problemRef,
  422: problemRef,
  428: problemRef,
};
