import type { Network, Organisation, Role, SearchResult } from '@nk/shared';
import { familyNames } from '../../packages/db/src/seed/swedish-names';
import { benchPassword } from './databases';
import { shuffled } from './random';

/** A signed-in client of one running API: what scenarios use to look before they load. */
export interface Api {
  url: string;
  headers: Record<string, string>;
  get<T>(path: string): Promise<{ status: number; body: T; etag: string | null }>;
}

export async function signIn(url: string): Promise<Api> {
  const response = await fetch(`${url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.example', password: benchPassword }),
  });
  if (!response.ok) throw new Error(`sign-in answered ${response.status}`);
  const { token } = (await response.json()) as { token: string };
  const headers = { authorization: `Bearer ${token}` };
  return {
    url,
    headers,
    async get<T>(path: string) {
      const answer = await fetch(`${url}${path}`, { headers });
      const body = (await answer.json().catch(() => null)) as T;
      return { status: answer.status, body, etag: answer.headers.get('etag') };
    },
  };
}

export interface SampledPerson {
  id: string;
  givenName: string;
  familyName: string;
  email: string | null;
  phone: string | null;
  mobile: string | null;
  /** Posts held now: what counterparts are asked for. */
  posts: { roleId: string; organisationId: string }[];
}

/** Records of the generated directory that queries and paths are drawn from. */
export interface Sample {
  people: SampledPerson[];
  roles: Pick<Role, 'id' | 'nameSv' | 'synonyms'>[];
  networks: Pick<Network, 'id' | 'name'>[];
  municipalities: { id: string; name: string; code: string }[];
}

/** `{ items, nextCursor }`: every list of the API. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

async function list<T>(api: Api, path: string): Promise<T[]> {
  const answer = await api.get<Page<T>>(path);
  if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
  return answer.body.items;
}

/** Every fourth family name, so common and rare ones (and those with diacritics) are both drawn. */
const samplingNames = familyNames.filter((_, i) => i % 4 === 0);

async function samplePeople(api: Api, random: () => number): Promise<SampledPerson[]> {
  const people = new Map<string, SampledPerson>();
  for (const name of samplingNames) {
    const answer = await api.get<SearchResult>(
      `/api/v1/search?type=person&limit=20&q=${encodeURIComponent(name)}`,
    );
    if (answer.status !== 200) throw new Error(`sampling search answered ${answer.status}`);
    for (const hit of answer.body.items) {
      if (!hit.person) continue;
      const p = hit.person;
      people.set(p.id, {
        id: p.id,
        givenName: p.givenName,
        familyName: p.familyName,
        email: p.email,
        phone: p.phone,
        mobile: p.mobile,
        posts: p.currentPosts.map((post) => ({
          roleId: post.role.id,
          organisationId: post.organisation.id,
        })),
      });
    }
  }
  return shuffled([...people.values()], random);
}

/** Draws people through search by the generator's own names, plus the catalogue around them. */
export async function drawSample(api: Api, random: () => number): Promise<Sample> {
  const roles = await list<Role>(api, '/api/v1/roles?limit=500');
  const networks = await list<Network>(api, '/api/v1/networks?limit=500');
  const municipalities = await list<Organisation>(
    api,
    '/api/v1/organisations?kind=municipality&limit=500',
  );
  return {
    people: await samplePeople(api, random),
    roles: roles.map(({ id, nameSv, synonyms }) => ({ id, nameSv, synonyms })),
    networks: networks.map(({ id, name }) => ({ id, name })),
    municipalities: municipalities.map((m) => ({
      id: m.id,
      name: m.name,
      code: m.municipalityCode ?? '',
    })),
  };
}
