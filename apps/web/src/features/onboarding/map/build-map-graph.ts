import type { Network, Organisation, OrganisationLinkEdge, Post } from '@nk/shared';
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
  /** Who holds the post today ("Elin Sjöqvist"), or that it is vacant: the node's second line. */
  postHolders: (post: Post) => string;
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
 * The network as a graph: a node per network, organisation and post (each post belongs to its
 * organisation's node), edges for the organisation and network hierarchies, catchment
 * (`serves`), partner links and network membership. Sorted by name, so the same data always
 * gives the same graph.
 */
export function buildMapGraph(
  source: MapSource,
  texts: GraphTexts,
  paths: GraphPaths,
  options: GraphOptions,
): GraphModel {
  const organisations = [...source.organisations].sort((a, b) => texts.compare(a.name, b.name));
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];

  if (options.showNetworks) {
    const networks = [...source.networks].sort((a, b) => texts.compare(a.name, b.name));
    for (const network of networks) {
      const kind = texts.networkKind(network);
      nodes.push({
        id: networkNodeId(network.id),
        kind: 'network',
        label: network.shortName ?? network.name,
        detail: kind,
        description: texts.networkDescription(network, kind),
        href: paths.network(network.id),
        tone: network.kind,
      });
      if (network.parentId) {
        edges.push({
          id: `network-parent:${network.id}`,
          kind: 'parent',
          source: networkNodeId(network.parentId),
          target: networkNodeId(network.id),
        });
      }
      for (const organisationId of network.organisationIds) {
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
    nodes.push({
      id: organisationNodeId(organisation.id),
      kind: 'organisation',
      label: organisation.shortName ?? organisation.name,
      detail: kind,
      description: texts.organisationDescription(organisation, kind),
      href: paths.organisation(organisation.id),
      tone: organisation.kind,
    });
    if (organisation.parentId) {
      edges.push({
        id: `parent:${organisation.id}`,
        kind: 'parent',
        source: organisationNodeId(organisation.parentId),
        target: organisationNodeId(organisation.id),
      });
    }
  }

  for (const link of source.links) {
    edges.push({
      id: `${link.kind}:${link.id}`,
      kind: link.kind,
      source: organisationNodeId(link.fromOrganisationId),
      target: organisationNodeId(link.toOrganisationId),
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
        detail: texts.postHolders(post),
        description: texts.postDescription(post, role),
        href: paths.post(post.id),
        tone: post.vacant ? 'vacant' : 'held',
        vacant: post.vacant,
        owner: organisationNodeId(post.organisation.id),
      });
    }
  }

  // An edge to a node that is not drawn (an archived organisation, a hidden layer) is left out.
  const present = new Set(nodes.map((node) => node.id));
  return {
    nodes,
    edges: edges.filter((edge) => present.has(edge.source) && present.has(edge.target)),
  };
}
