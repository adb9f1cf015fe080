import type { Network, Organisation, Post } from '@nk/shared';
import { describe, expect, it } from 'vitest';
import { buildMapGraph, type GraphTexts } from './build-map-graph';
import { layoutGraph } from './layout-graph';

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

const lpo: Network = {
  ...network,
  id: 'lpo',
  name: 'LPO Äldres hälsa',
  shortName: null,
  kind: 'programme_area',
  parentId: 'nara-vard',
  organisationIds: ['region', 'flen'],
};

const heldPost = {
  ...post,
  id: 'sjk-kullbergska',
  organisationId: 'kullbergska',
  networkId: null,
  title: 'Sjukhuskoordinator, Kullbergska sjukhuset',
  role: {
    id: 'sjk',
    key: 'sjukhuskoordinator',
    nameSv: 'Sjukhuskoordinator',
    nameEn: 'Hospital coordinator',
  },
  organisation: {
    id: 'kullbergska',
    name: 'Kullbergska sjukhuset',
    shortName: null,
    kind: 'hospital',
  },
  network: null,
  holders: [
    {
      id: 'h1',
      kind: 'holder',
      validFrom: '2023-01-01',
      validTo: null,
      person: { id: 'elin', givenName: 'Elin', familyName: 'Sjöqvist' },
    },
  ],
  vacant: false,
  vacantSince: null,
} as unknown as Post;

const texts: GraphTexts = {
  compare: (a, b) => a.localeCompare(b, 'sv'),
  organisationKind: (o) => o.kind,
  networkKind: (n) => n.kind,
  roleName: (p) => p.role.nameSv,
  postHolders: (p) =>
    p.holders.length ? p.holders.map((h) => h.person.givenName).join(', ') : 'Vakant',
  organisationDescription: (o, kind) => `${o.name}, ${kind}`,
  networkDescription: (n, kind) => `${n.name}, ${kind}`,
  postDescription: (p, role) => `${role} på ${p.organisation.name}`,
};
const paths = {
  organisation: (id: string) => `/organisationer/${id}`,
  network: (id: string) => `/natverk/${id}`,
  post: (id: string) => `/funktioner/${id}`,
};
const link = (id: string, kind: 'serves' | 'partner', from: string, to: string) => ({
  id,
  kind,
  fromOrganisationId: from,
  toOrganisationId: to,
  validFrom: null,
  validTo: null,
});
const links = [
  link('l1', 'serves', 'kullbergska', 'flen'),
  link('l2', 'serves', 'kullbergska', 'vingaker'),
  link('l3', 'serves', 'nykoping-lasarett', 'gnesta'),
  link('l4', 'serves', 'nykoping-lasarett', 'trosa'),
  // An organisation that is not on the map (archived) leaves its link out.
  link('l5', 'partner', 'archived-org', 'gnesta'),
];

const build = (options = { showPosts: true, showNetworks: true }) =>
  buildMapGraph(
    { organisations, networks: [network, lpo], posts: [post, heldPost], links },
    texts,
    paths,
    options,
  );

describe('the network map graph', () => {
  it('has a node per organisation, network and post, with hierarchy, catchment and membership edges', () => {
    const graph = build();
    expect(graph.nodes.map((n) => n.kind).sort()).toEqual([
      'network',
      'network',
      ...Array(7).fill('organisation'),
      'post',
      'post',
    ]);
    const kinds = graph.edges.map((e) => e.kind);
    expect(kinds.filter((k) => k === 'parent')).toHaveLength(3); // 2 hospitals + the LPO
    expect(kinds.filter((k) => k === 'serves')).toHaveLength(4);
    expect(kinds.filter((k) => k === 'partner')).toHaveLength(0);
    expect(kinds.filter((k) => k === 'member')).toHaveLength(9); // 7 + 2 organisations
    expect(graph.edges).toContainEqual({
      id: 'serves:l1',
      kind: 'serves',
      source: 'organisation:kullbergska',
      target: 'organisation:flen',
    });
    expect(graph.edges).toContainEqual({
      id: 'network-parent:lpo',
      kind: 'parent',
      source: 'network:nara-vard',
      target: 'network:lpo',
    });
  });

  it('marks a vacant post in words and puts each post in its organisation', () => {
    const graph = build();
    expect(graph.nodes.find((n) => n.id === 'post:pl-gnesta')).toMatchObject({
      href: '/funktioner/pl-gnesta',
      label: 'Processledare (kommun)',
      detail: 'Vakant',
      vacant: true,
      owner: 'organisation:gnesta',
    });
    expect(graph.nodes.find((n) => n.id === 'post:sjk-kullbergska')).toMatchObject({
      detail: 'Elin',
      vacant: false,
      owner: 'organisation:kullbergska',
    });
  });

  it('leaves posts and networks out when asked to', () => {
    const graph = build({ showPosts: false, showNetworks: false });
    expect(graph.nodes.every((n) => n.kind === 'organisation')).toBe(true);
    expect(graph.edges.every((e) => e.kind === 'parent' || e.kind === 'serves')).toBe(true);
  });
});

describe('the network map layout', () => {
  const placed = layoutGraph(build());
  const at = (id: string) => {
    const node = placed.find((n) => n.node.id === id);
    if (!node) throw new Error(id);
    return node;
  };
  const centre = (id: string) => at(id).x + at(id).width / 2;

  it('reads left to right: networks and the region first, then hospitals, then the municipalities they serve', () => {
    expect(centre('network:nara-vard')).toBeLessThan(centre('network:lpo'));
    expect(centre('organisation:region')).toBeLessThan(centre('organisation:kullbergska'));
    expect(centre('organisation:kullbergska')).toBeLessThan(centre('organisation:flen'));
    expect(centre('organisation:nykoping-lasarett')).toBeLessThan(centre('organisation:gnesta'));
    // Each hospital's catchment sits together, beside the hospital.
    const y = (id: string) => at(`organisation:${id}`).y;
    const kullbergskaFirst = y('kullbergska') < y('nykoping-lasarett');
    const [near, far] = kullbergskaFirst
      ? [
          ['flen', 'vingaker'],
          ['gnesta', 'trosa'],
        ]
      : [
          ['gnesta', 'trosa'],
          ['flen', 'vingaker'],
        ];
    expect(Math.max(...near.map(y))).toBeLessThan(Math.min(...far.map(y)));
  });

  it('draws each post inside its organisation, below the name, without overlaps', () => {
    const gnesta = at('organisation:gnesta');
    const pl = at('post:pl-gnesta');
    expect(pl.parent).toBe('organisation:gnesta');
    expect(pl.y).toBeGreaterThan(0);
    expect(pl.x + pl.width).toBeLessThanOrEqual(gnesta.width);
    expect(pl.y + pl.height).toBeLessThanOrEqual(gnesta.height);

    const boxes = placed.filter((n) => !n.parent);
    for (const a of boxes) {
      for (const b of boxes) {
        if (a === b) continue;
        const apart =
          a.x + a.width <= b.x ||
          b.x + b.width <= a.x ||
          a.y + a.height <= b.y ||
          b.y + b.height <= a.y;
        expect(apart, `${a.node.id} overlaps ${b.node.id}`).toBe(true);
      }
    }
  });

  it('lists nodes in reading order, each post right after its organisation, the same every time', () => {
    const tops = placed.filter((n) => !n.parent);
    for (let i = 1; i < tops.length; i++) {
      const [a, b] = [tops[i - 1], tops[i]];
      if (!a || !b) continue;
      const rowA = a.y + a.height / 2;
      const rowB = b.y + b.height / 2;
      expect(rowA < rowB || (rowA === rowB && a.x < b.x)).toBe(true);
    }
    const index = (id: string) => placed.findIndex((n) => n.node.id === id);
    expect(index('post:pl-gnesta')).toBe(index('organisation:gnesta') + 1);
    expect(layoutGraph(build())).toEqual(placed);
  });
});
