import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import helmet, { type HelmetOptions } from 'helmet';

/**
 * Helmet's hardening headers on every answer. They depend on nothing in the request, so Helmet
 * is run once, at start, to write them down, and each reply gets the written-down set: the
 * Fastify wrapper built Helmet anew for every request, parsing the policy each time, which cost
 * a tiny request a good part of its time.
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as never, response as never, (error?: unknown) => {
    if (error) throw error;
  });
  return headers;
}

/**
 * What an answer that is data, never a page, carries (OWASP's REST Security Cheat Sheet):
 * nothing may be loaded or framed on its account, and no browser or proxy keeps a copy, as
 * these answers hold people's contact details. A page's policy says what its scripts, styles
 * and images may load, which means nothing for JSON.
 */
export const dataHeaders: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
};

export interface SecurityHeadersOptions {
  /** Helmet's options for pages: the web app, the API docs, everything not under `dataPaths`. */
  pages: HelmetOptions;
  /** Where every answer is data (JSON, CSV, vCard): they get `dataHeaders` instead. */
  dataPaths: readonly string[];
}

export default fp<SecurityHeadersOptions>(
  async function securityHeaders(app: FastifyInstance, options) {
    const pageHeaders = helmetHeaders(options.pages);
    const isData = (url: string) => options.dataPaths.some((path) => url.startsWith(path));
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(isData(request.url) ? dataHeaders : pageHeaders);
      done();
    });
  },
  { name: 'security-headers' },
);
