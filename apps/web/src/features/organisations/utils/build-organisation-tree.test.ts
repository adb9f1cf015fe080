import type { Organisation } from '@nk/shared';
import { describe, expect, it } from 'vitest';
import { buildOrganisationTree, groupRoots } from './build-organisation-tree';

let counter = 0;
function organisation(
  name: string,
  kind: Organisation['kind'],
  parentId: string | null = null,
): Organisation {
  counter += 1;
  return {
    id: `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`,
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
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    version: 1,
  };
}

const collator = new Intl.Collator('sv');
const names = (nodes: { organisation: Organisation }[]) => nodes.map((n) => n.organisation.name);

describe('buildOrganisationTree', () => {
  it('nests organisations under their parents and sorts every level the Swedish way', () => {
    const region = organisation('Region Sörmland', 'region');
    const list = [
      organisation('Östra enheten', 'unit', region.id),
      organisation('Mälarsjukhuset', 'hospital', region.id),
      organisation('Ängens enhet', 'unit', region.id),
      organisation('Zeta enhet', 'unit', region.id),
      region,
    ];
    const roots = buildOrganisationTree(list, collator);
    expect(names(roots)).toEqual(['Region Sörmland']);
    expect(names(roots[0]?.children ?? [])).toEqual([
      'Mälarsjukhuset',
      'Zeta enhet',
      'Ängens enhet',
      'Östra enheten',
    ]);
  });

  it('keeps an organisation whose parent is missing, and one caught in a cycle, at the top', () => {
    const a = organisation('A', 'unit');
    const b = organisation('B', 'unit', a.id);
    a.parentId = b.id;
    const orphan = organisation('Orphan', 'unit', '00000000-0000-4000-8000-999999999999');
    const roots = buildOrganisationTree([a, b, orphan], collator);
    const all = new Set<string>();
    const walk = (nodes: typeof roots) => {
      for (const node of nodes) {
        all.add(node.organisation.name);
        walk(node.children);
      }
    };
    walk(roots);
    expect([...all].sort()).toEqual(['A', 'B', 'Orphan']);
  });
});

describe('groupRoots', () => {
  it('puts the region first, then municipalities, then the rest', () => {
    const roots = buildOrganisationTree(
      [
        organisation('FoU Sörmland', 'research'),
        organisation('Vingåkers kommun', 'municipality'),
        organisation('Region Sörmland', 'region'),
        organisation('Eskilstuna kommun', 'municipality'),
      ],
      collator,
    );
    const groups = groupRoots(roots);
    expect(names(groups.regions)).toEqual(['Region Sörmland']);
    expect(names(groups.municipalities)).toEqual(['Eskilstuna kommun', 'Vingåkers kommun']);
    expect(names(groups.others)).toEqual(['FoU Sörmland']);
  });
});
