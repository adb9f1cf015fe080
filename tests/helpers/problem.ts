import { expect } from 'vitest';

interface InjectedResponse {
  statusCode: number;
  headers: Record<string, unknown>;
  json(): unknown;
}

export interface ProblemBody {
  status: number;
  code: string;
  title: string;
  detail?: string;
  errors?: { field: string; message: string }[];
}

/** Asserts an RFC 9457 problem+json answer with the status and code, and returns its body. */
export function expectProblem(
  response: InjectedResponse,
  status: number,
  code: string,
): ProblemBody {
  expect(response.statusCode).toBe(status);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  const body = response.json() as ProblemBody & { type: string };
  expect(body).toMatchObject({ status, code });
  expect(body.title).toBeTruthy();
  expect(body.type).toMatch(/^https:\/\//);
  return body;
}
