import { Type } from 'typebox';

/** Routes that need a signed-in caller accept either a bearer token or the session cookie. */
export const signedIn: { [scheme: string]: string[] }[] = [{ bearer: [] }, { cookie: [] }];

/** The shared problem+json response, registered once as a schema with `$id: 'Problem'`. */
export const problemRef = Type.Unsafe<never>({ $ref: 'Problem' });
