import type { Organisation } from '@nk/shared';

export interface OrganisationNode {
  organisation: Organisation;
  children: OrganisationNode[];
}

export interface OrganisationGroups {
  /** Region Sörmland (and any other region) with its hospitals, divisions and units. */
  regions: OrganisationNode[];
  municipalities: OrganisationNode[];
  /** FoU Sörmland, civil society and anything else at the top level. */
  others: OrganisationNode[];
}

/**
 * Builds the hierarchy from `parentId`, every level sorted by name with the given collator.
 * An organisation whose parent is not in the list becomes a root, and so does one caught in a
 * parent cycle, so that nothing the API returned goes missing from the page.
 */
export function buildOrganisationTree(
  organisations: readonly Organisation[],
  collator: Intl.Collator,
): OrganisationNode[] {
  const nodes = new Map<string, OrganisationNode>();
  for (const organisation of organisations) {
    nodes.set(organisation.id, { organisation, children: [] });
  }

  const roots: OrganisationNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.organisation.parentId ? nodes.get(node.organisation.parentId) : undefined;
    if (parent && parent !== node) parent.children.push(node);
    else roots.push(node);
  }

  const reachable = new Set<OrganisationNode>();
  const visit = (node: OrganisationNode) => {
    if (reachable.has(node)) return;
    reachable.add(node);
    for (const child of node.children) visit(child);
  };
  for (const root of roots) visit(root);
  for (const node of nodes.values()) {
    if (reachable.has(node)) continue;
    // Part of a parent cycle: cut it loose from its parent and show it at the top level.
    const parent = node.organisation.parentId ? nodes.get(node.organisation.parentId) : undefined;
    if (parent) parent.children = parent.children.filter((child) => child !== node);
    roots.push(node);
    visit(node);
  }

  const byName = (a: OrganisationNode, b: OrganisationNode) =>
    collator.compare(a.organisation.name, b.organisation.name);
  const sortAll = (list: OrganisationNode[]) => {
    list.sort(byName);
    for (const node of list) sortAll(node.children);
  };
  sortAll(roots);
  return roots;
}

/** Splits the top level as people think of the network: the region, the municipalities, others. */
export function groupRoots(roots: readonly OrganisationNode[]): OrganisationGroups {
  const groups: OrganisationGroups = { regions: [], municipalities: [], others: [] };
  for (const root of roots) {
    if (root.organisation.kind === 'region') groups.regions.push(root);
    else if (root.organisation.kind === 'municipality') groups.municipalities.push(root);
    else groups.others.push(root);
  }
  return groups;
}
