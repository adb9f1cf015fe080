import type { DB } from '@nk/db';
import type {
  CounterpartPost,
  CounterpartRelation,
  Counterparts,
  CounterpartsQuery,
  Coverage,
  CoverageCell,
  CoverageQuery,
} from '@nk/shared';
import type { Kysely } from 'kysely';
import type { Access } from '../../lib/access';
import { notFound } from '../../lib/app-error';
import { todayInSweden } from '../../lib/dates';
import { findNetworkSummary } from '../networks/repository';
import { keepPosts, keptPostsAnswer } from '../posts/kept-posts';
import type { PostRow } from '../posts/repository';
import { toPost } from '../posts/service';
import { listCounterparts } from '../roles/repository';
import { toCounterpart } from '../roles/service';
import * as repository from './repository';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The posts as the caller may see them (the posts read model decides holders, vacancy and what
 * protected identities and restricted numbers hide), by id.
 */
function shownToCaller(access: Access, rows: PostRow[]): Map<string, CounterpartPost> {
  return new Map(rows.map((row) => [row.id, toPost(access, row)]));
}

function pick(posts: Map<string, CounterpartPost>, ids: readonly string[] | null) {
  return (ids ?? []).flatMap((id) => {
    const post = posts.get(id);
    return post ? [post] : [];
  });
}

function toRelation(row: repository.RelationRow): CounterpartRelation {
  return {
    kind: row.kind,
    direction: row.direction,
    through:
      row.throughId && row.throughName && row.throughKind
        ? {
            id: row.throughId,
            name: row.throughName,
            shortName: row.throughShortName,
            kind: row.throughKind,
          }
        : null,
    network: row.networkId && row.networkName ? { id: row.networkId, name: row.networkName } : null,
  };
}

/** The part of a counterparts answer that does not depend on the caller. */
async function workOutCounterparts(
  db: Kysely<DB>,
  query: CounterpartsQuery,
  asOf: string,
  perOrganisation: number,
) {
  const { role, organisation, target } = await repository.findSubjects(db, {
    role: uuidPattern.test(query.role) ? { id: query.role } : { key: query.role },
    organisationId: query.organisation,
    targetId: query.target,
  });
  if (!role) throw notFound('The role');
  if (!organisation) throw notFound('The organisation');
  if (query.target && !target) throw notFound('The target organisation');

  const pairs = await listCounterparts(db, role.id);
  const groups = await repository.listCounterpartGroups(db, {
    organisationId: query.organisation,
    roleIds: [...new Set(pairs.map((pair) => pair.role_id))],
    targetId: query.target,
    asOf,
    perOrganisation,
  });
  const posts = keepPosts(
    groups.flatMap((group) => group.post_ids),
    asOf,
  );
  return { role, organisation, target, pairs, groups, posts };
}

/**
 * The holders of the counterpart roles of `role` in the organisations related to
 * `organisation` (see `listCounterpartGroups`), grouped per related organisation, as of a date,
 * as JSON made by `toJson`. The groups are kept while the data they come from stands still
 * (`kept-answers.ts`), and the posts with their people, and the answer as each kind of caller is
 * shown it, while those people stand still too (`kept-posts.ts`).
 */
export async function getCounterparts(
  db: Kysely<DB>,
  access: Access,
  query: CounterpartsQuery,
  toJson: (answer: Counterparts) => string,
): Promise<Buffer> {
  const asOf = query.asOf ?? todayInSweden();
  const perOrganisation = query.perOrganisation ?? 5;
  const key = JSON.stringify([
    'counterparts',
    query.role,
    query.organisation,
    query.target ?? null,
    asOf,
    perOrganisation,
  ]);
  const work = () => workOutCounterparts(db, query, asOf, perOrganisation);
  return keptPostsAnswer(db, key, work, access, (kept, rows) => {
    const { role, organisation, target, pairs, groups } = kept;
    const posts = shownToCaller(access, rows);
    return toJson({
      asOf,
      role,
      organisation,
      target,
      counterpartRoles: pairs.map(toCounterpart),
      groups: groups.map((group) => ({
        organisation: {
          id: group.id,
          name: group.name,
          shortName: group.short_name,
          kind: group.kind,
        },
        relations: (group.relations ?? []).map(toRelation),
        posts: pick(posts, group.post_ids),
        postCount: group.post_count,
      })),
    });
  });
}

const emptyCell = (roleId: string): CoverageCell => ({
  roleId,
  postCount: 0,
  vacantCount: 0,
  posts: [],
});

/** The part of a coverage grid that does not depend on the caller. */
async function workOutCoverage(db: Kysely<DB>, networkId: string, asOf: string, perCell: number) {
  const network = await findNetworkSummary(db, networkId);
  if (!network) throw notFound('The network');
  const [members, roles, cells] = await Promise.all([
    repository.listCoverageMembers(db, networkId, asOf),
    repository.listCoverageRoles(db, networkId),
    repository.listCoverageCells(db, networkId, asOf, perCell),
  ]);
  const posts = keepPosts(
    cells.flatMap((cell) => cell.post_ids ?? []),
    asOf,
  );
  return { network, members, roles, cells, posts };
}

type KeptCoverage = Awaited<ReturnType<typeof workOutCoverage>>;

/** The grid from the kept answer, with the posts as the caller may see them. */
function toCoverage(
  asOf: string,
  { network, members, roles, cells }: KeptCoverage,
  posts: Map<string, CounterpartPost>,
): Coverage {
  const byMember = new Map<string, Map<string, CoverageCell>>();
  let postsOutsideMembers = 0;
  for (const cell of cells) {
    if (cell.member_id === null) {
      postsOutsideMembers += cell.post_count;
      continue;
    }
    let row = byMember.get(cell.member_id);
    if (!row) {
      row = new Map();
      byMember.set(cell.member_id, row);
    }
    row.set(cell.role_id, {
      roleId: cell.role_id,
      postCount: cell.post_count,
      vacantCount: cell.vacant_count,
      posts: pick(posts, cell.post_ids),
    });
  }

  return {
    asOf,
    network: {
      id: network.id,
      name: network.name,
      shortName: network.short_name,
      kind: network.kind,
    },
    roles: roles.map((role) => ({
      id: role.id,
      key: role.key,
      nameSv: role.name_sv,
      nameEn: role.name_en,
    })),
    rows: members.map((member) => {
      const row = byMember.get(member.id);
      return {
        organisation: {
          id: member.id,
          name: member.name,
          shortName: member.short_name,
          kind: member.kind,
        },
        cells: roles.map((role) => row?.get(role.id) ?? emptyCell(role.id)),
      };
    }),
    postsOutsideMembers,
  };
}

/**
 * The network's coverage grid as of a date, as JSON made by `toJson`: a row per member
 * organisation, a column per role its posts use, and in each cell the network's posts of that
 * role in or below the member. Kept like counterparts, with the shown posts, their people and
 * the grid as each kind of caller is shown it.
 */
export async function getCoverage(
  db: Kysely<DB>,
  access: Access,
  networkId: string,
  query: CoverageQuery,
  toJson: (answer: Coverage) => string,
): Promise<Buffer> {
  const asOf = query.asOf ?? todayInSweden();
  const perCell = query.perCell ?? 1;
  const key = JSON.stringify(['coverage', networkId, asOf, perCell]);
  const work = () => workOutCoverage(db, networkId, asOf, perCell);
  return keptPostsAnswer(db, key, work, access, (kept, rows) =>
    toJson(toCoverage(asOf, kept, shownToCaller(access, rows))),
  );
}
