import type { Network, Organisation, Post } from '@nk/shared';
import { describe, expect, it } from 'vitest';
import { buildMapGraph, type GraphTexts } from './build-map-graph';
import { layoutGraph } from './layout';

const stamp = { createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-01T00:00:00Z', version: 1 };

function organisation(
  id: string,
  name: string,
  kind: Organisation['kind'],
  parentId: string | null = null,
): Organisation {
  return {
    id,
    name,
    shortName: null,
    kind,
    parentId,
    municipalityCode: null,
    hsaId: null,
    email: null,
    phone: null,
    website: null,
    streetAddress: null,
    postalCode: null,
    city: null,
    description: null,
    archivedAt: null,
    ...stamp,
  };
}

const organisations = [
  organisation('region', 'Region Sörmland', 'region'),
  organisation('kullbergska', 'Kullbergska sjukhuset', 'hospital', 'region'),
  organisation('nykoping-lasarett', 'Nyköpings lasarett', 'hospital', 'region'),
  organisation('vingaker', 'Vingåkers kommun', 'municipality'),
  organisation('gnesta', 'Gnesta kommun', 'municipality'),
  organisation('flen', 'Flens kommun', 'municipality'),
  organisation('trosa', 'Trosa kommun', 'municipality'),
];

const network: Network = {
  id: 'nara-vard',
  name: 'Nätverket Nära vård i Sörmland',
  shortName: 'Nära vård',
  kind: 'network',
  parentId: null,
  description: null,
  website: null,
  topicIds: [],
  organisationIds: organisations.map((o) => o.id),
  archivedAt: null,
  ...stamp,
};

const post = {
  id: 'pl-gnesta',
  roleId: 'pl',
  organisationId: 'gnesta',
  networkId: 'nara-vard',
  title: 'Processledare Nära vård, Gnesta',
  functionalEmail: null,
  functionalPhone: null,
  required: true,
  note: null,
  archivedAt: null,
  ...stamp,
  role: {
    id: 'pl',
    key: 'processledare-kommun',
    nameSv: 'Processledare (kommun)',
    nameEn: 'Process lead',
  },
  organisation: { id: 'gnesta', name: 'Gnesta kommun', shortName: null, kind: 'municipality' },
  network: { id: 'nara-vard', name: 'Nätverket Nära vård i Sörmland' },
  holders: [],
  vacant: true,
  vacantSince: '2025-07-01',
} satisfies Post;

const texts: GraphTexts = {
  compare: (a, b) => a.localeCompare(b, 'sv'),
  organisationKind: (o) => o.kind,
  networkKind: (n) => n.kind,
  roleName: (p) => p.role.nameSv,
  organisationDescription: (o, kind) => `${o.name}, ${kind}`,
  networkDescription: (n, kind) => `${n.name}, ${kind}`,
  postDescription: (p, role) => `${role} på ${p.organisation.name}`,
};
const paths = {
  organisation: (id: string) => `/organisationer/${id}`,
  network: (id: string) => `/natverk/${id}`,
  post: (id: string) => `/funktioner/${id}`,
};
const links = [
  { id: 'l1', kind: 'serves' as const, from: 'kullbergska', to: 'flen' },
  { id: 'l2', kind: 'serves' as const, from: 'kullbergska', to: 'vingaker' },
  { id: 'l3', kind: 'serves' as const, from: 'nykoping-lasarett', to: 'gnesta' },
  { id: 'l4', kind: 'serves' as const, from: 'nykoping-lasarett', to: 'trosa' },
];

const build = (options = { showPosts: true, showNetworks: true }) =>
  buildMapGraph(
    { organisations, networks: [network], posts: [post], links },
    texts,
    paths,
    options,
  );

describe('the network map graph', () => {
  it('has a node per organisation, network and post, with hierarchy, catchment and membership edges', () => {
    const graph = build();
    expect(graph.nodes.map((n) => n.kind).sort()).toEqual([
      'network',
      ...Array(7).fill('organisation'),
      'post',
    ]);
    const kinds = graph.edges.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'parent')).toHaveLength(2);
    expect(kinds.filter((k) => k === 'serves')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'member')).toHaveLength(8); // 7 organisations + the post
    expect(graph.nodes.find((n) => n.kind === 'post')).toMatchObject({
      href: '/funktioner/pl-gnesta',
      tone: 'vacant',
      owner: 'organisation:gnesta',
    });
  });

  it('leaves posts and networks out when asked to', () => {
    const graph = build({ showPosts: false, showNetworks: false });
    expect(graph.nodes.every((n) => n.kind === 'organisation')).toBe(true);
    expect(graph.edges.every((e) => e.kind === 'parent' || e.kind === 'serves')).toBe(true);
  });

  it('puts networks on top, the region above its hospitals and municipalities at the bottom, by catchment', () => {
    const layout = layoutGraph(build());
    const at = (id: string) => {
      const node = layout.nodes.find((n) => n.id === id);
      if (!node) throw new Error(id);
      return node;
    };
    expect(at('network:nara-vard').y).toBeLessThan(at('organisation:region').y);
    expect(at('organisation:region').y).toBeLessThan(at('organisation:kullbergska').y);
    expect(at('organisation:kullbergska').y).toBeLessThan(at('organisation:flen').y);
    expect(at('post:pl-gnesta').y).toBeGreaterThan(at('organisation:gnesta').y);

    // Each hospital's catchment sits together, on the hospital's side.
    const x = (id: string) => at(`organisation:${id}`).x;
    const kullbergskaLeft = x('kullbergska') < x('nykoping-lasarett');
    const [near, far] = kullbergskaLeft
      ? [
          ['flen', 'vingaker'],
          ['gnesta', 'trosa'],
        ]
      : [
          ['gnesta', 'trosa'],
          ['flen', 'vingaker'],
        ];
    expect(Math.max(...near.map(x))).toBeLessThan(Math.min(...far.map(x)));

    for (const node of layout.nodes) {
      expect(node.x).toBeGreaterThanOrEqual(0);
      expect(node.x).toBeLessThanOrEqual(layout.width);
      expect(node.y).toBeLessThanOrEqual(layout.height);
    }
    expect(layoutGraph(build())).toEqual(layout);
  });
});
