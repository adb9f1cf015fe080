import type { Network, Organisation, Post } from '@nk/shared';
import type { OrganisationLinkEdge } from '../api/get-map-data';
import type { GraphEdge, GraphModel, GraphNode } from './graph-types';

export interface MapSource {
  organisations: Organisation[];
  networks: Network[];
  posts: Post[];
  links: OrganisationLinkEdge[];
}

export interface GraphTexts {
  /** The organisation's kind in words. */
  organisationKind: (organisation: Organisation) => string;
  networkKind: (network: Network) => string;
  roleName: (post: Post) => string;
  /** "Sjukhuskoordinator på Kullbergska sjukhuset: Elin Sjöqvist" or "… : vakant". */
  postDescription: (post: Post, roleName: string) => string;
  organisationDescription: (organisation: Organisation, kind: string) => string;
  networkDescription: (network: Network, kind: string) => string;
  /** Sorting in the reader's language. */
  compare: (a: string, b: string) => number;
}

export interface GraphPaths {
  organisation: (id: string) => string;
  network: (id: string) => string;
  post: (id: string) => string;
}

export interface GraphOptions {
  showPosts: boolean;
  showNetworks: boolean;
}

export const organisationNodeId = (id: string) => `organisation:${id}`;
export const networkNodeId = (id: string) => `network:${id}`;
export const postNodeId = (id: string) => `post:${id}`;

/**
 * The network as a layered graph: networks on top, then organisations by depth in the
 * hierarchy (Region Sörmland, then its hospitals and divisions, then units), municipalities in
 * the bottom row, where the hospitals' catchment lines reach them; posts beside their organisation.
 */
export function buildMapGraph(
  source: MapSource,
  texts: GraphTexts,
  paths: GraphPaths,
  options: GraphOptions,
): GraphModel {
  const organisations = [...source.organisations].sort((a, b) => texts.compare(a.name, b.name));
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const depthOf = depthFinder(byId);
  const maxDepth = Math.max(0, ...organisations.map((organisation) => depthOf(organisation.id)));
  const networkRows = options.showNetworks && source.networks.length > 0 ? 1 : 0;

  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  if (networkRows) {
    const networks = [...source.networks].sort((a, b) => texts.compare(a.name, b.name));
    for (const network of networks) {
      const kind = texts.networkKind(network);
      nodes.push({
        id: networkNodeId(network.id),
        kind: 'network',
        label: network.shortName ?? network.name,
        description: texts.networkDescription(network, kind),
        href: paths.network(network.id),
        tone: `network-${network.kind}`,
        layer: 0,
      });
      for (const organisationId of network.organisationIds) {
        if (!byId.has(organisationId)) continue;
        edges.push({
          id: `member:${network.id}:${organisationId}`,
          kind: 'member',
          source: networkNodeId(network.id),
          target: organisationNodeId(organisationId),
        });
      }
    }
  }

  for (const organisation of organisations) {
    const kind = texts.organisationKind(organisation);
    const isTopMunicipality = organisation.kind === 'municipality' && !organisation.parentId;
    nodes.push({
      id: organisationNodeId(organisation.id),
      kind: 'organisation',
      label: organisation.shortName ?? organisation.name,
      description: texts.organisationDescription(organisation, kind),
      href: paths.organisation(organisation.id),
      tone: organisation.kind,
      layer: networkRows + (isTopMunicipality ? maxDepth + 1 : depthOf(organisation.id)),
    });
    if (organisation.parentId && byId.has(organisation.parentId)) {
      edges.push({
        id: `parent:${organisation.id}`,
        kind: 'parent',
        source: organisationNodeId(organisation.parentId),
        target: organisationNodeId(organisation.id),
      });
    }
  }

  for (const link of source.links) {
    if (!byId.has(link.from) || !byId.has(link.to)) continue;
    edges.push({
      id: `${link.kind}:${link.id}`,
      kind: link.kind,
      source: organisationNodeId(link.from),
      target: organisationNodeId(link.to),
    });
  }

  if (options.showPosts) {
    const posts = source.posts
      .filter((post) => byId.has(post.organisation.id))
      .map((post) => ({ post, role: texts.roleName(post) }))
      .sort((a, b) => texts.compare(a.role, b.role));
    for (const { post, role } of posts) {
      nodes.push({
        id: postNodeId(post.id),
        kind: 'post',
        label: role,
        description: texts.postDescription(post, role),
        href: paths.post(post.id),
        tone: post.vacant ? 'vacant' : 'held',
        owner: organisationNodeId(post.organisation.id),
      });
      edges.push({
        id: `post:${post.id}`,
        kind: 'post',
        source: organisationNodeId(post.organisation.id),
        target: postNodeId(post.id),
      });
      if (networkRows && post.network) {
        edges.push({
          id: `post-network:${post.id}`,
          kind: 'member',
          source: networkNodeId(post.network.id),
          target: postNodeId(post.id),
        });
      }
    }
  }

  // An edge to a node that is not drawn (an archived network, say) is left out.
  const present = new Set(nodes.map((node) => node.id));
  return {
    nodes,
    edges: edges.filter((edge) => present.has(edge.source) && present.has(edge.target)),
  };
}

/** Depth in the organisation hierarchy, 0 for a root; a loop in the data counts as a root. */
function depthFinder(byId: Map<string, Organisation>) {
  const cache = new Map<string, number>();
  return function depthOf(id: string): number {
    const cached = cache.get(id);
    if (cached !== undefined) return cached;
    let depth = 0;
    const seen = new Set([id]);
    let parent = byId.get(id)?.parentId;
    while (parent && byId.has(parent) && !seen.has(parent)) {
      seen.add(parent);
      depth++;
      parent = byId.get(parent)?.parentId;
    }
    cache.set(id, depth);
    return depth;
  };
}
