import type { Network, Organisation, Post } from '@nk/shared';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import type { MapData } from '../api/get-map-data';

/**
 * The network map as two tables, for keyboard and screen reader users and anyone who prefers
 * reading: every organisation with what it belongs to, its catchment and partners, its networks
 * and posts; then every network with its members. Same data as the drawing.
 */
export function MapTable({ data }: { data: MapData }) {
  const { t, language } = useI18n();
  const collator = nameCollator(language);
  const byName = <T extends { name: string }>(a: T, b: T) => collator.compare(a.name, b.name);

  const organisations = [...data.organisations].sort(byName);
  const organisationById = new Map(organisations.map((o) => [o.id, o]));
  const networks = [...data.networks].sort(byName);
  const networkById = new Map(networks.map((n) => [n.id, n]));
  const roleName = (post: Post) => (language === 'sv' ? post.role.nameSv : post.role.nameEn);

  const postsOf = new Map<string, Post[]>();
  for (const post of data.posts) {
    const list = postsOf.get(post.organisation.id) ?? [];
    list.push(post);
    postsOf.set(post.organisation.id, list);
  }
  const networksOf = new Map<string, Network[]>();
  for (const network of networks) {
    for (const id of network.organisationIds) {
      networksOf.set(id, [...(networksOf.get(id) ?? []), network]);
    }
  }

  const linkText = (organisation: Organisation): ReactNode[] => {
    const names = (ids: string[]) =>
      ids
        .map((id) => organisationById.get(id))
        .filter((o): o is Organisation => Boolean(o))
        .sort(byName);
    const serves = names(
      data.links
        .filter((l) => l.kind === 'serves' && l.fromOrganisationId === organisation.id)
        .map((l) => l.toOrganisationId),
    );
    const servedBy = names(
      data.links
        .filter((l) => l.kind === 'serves' && l.toOrganisationId === organisation.id)
        .map((l) => l.fromOrganisationId),
    );
    const partners = names(
      data.links
        .filter(
          (l) =>
            l.kind === 'partner' &&
            (l.fromOrganisationId === organisation.id || l.toOrganisationId === organisation.id),
        )
        .map((l) =>
          l.fromOrganisationId === organisation.id ? l.toOrganisationId : l.fromOrganisationId,
        ),
    );
    const lines: ReactNode[] = [];
    if (serves.length) lines.push(linked('onboarding.table.serves', serves));
    if (servedBy.length) lines.push(linked('onboarding.table.servedBy', servedBy));
    if (partners.length) lines.push(linked('onboarding.table.partners', partners));
    return lines;
  };

  function linked(
    key: 'onboarding.table.serves' | 'onboarding.table.servedBy' | 'onboarding.table.partners',
    list: Organisation[],
  ): ReactNode {
    const [before, after] = t(key, { names: '\u0000' }).split('\u0000');
    return (
      <Fragment key={key}>
        {before}
        {list.map((o, index) => (
          <Fragment key={o.id}>
            {index > 0 ? ', ' : null}
            <Link to={paths.organisation(o.id)}>{o.name}</Link>
          </Fragment>
        ))}
        {after}
      </Fragment>
    );
  }

  const none = <span className="table-none">{t('onboarding.table.none')}</span>;

  return (
    <div className="map-tables">
      <section aria-labelledby="map-table-organisations">
        <h2 id="map-table-organisations">{t('onboarding.table.organisations')}</h2>
        <div className="table-scroll">
          <table className="map-table" aria-labelledby="map-table-organisations">
            <thead>
              <tr>
                <th scope="col">{t('onboarding.table.organisation')}</th>
                <th scope="col">{t('onboarding.table.kind')}</th>
                <th scope="col">{t('onboarding.table.partOf')}</th>
                <th scope="col">{t('onboarding.table.links')}</th>
                <th scope="col">{t('onboarding.table.networksCol')}</th>
                <th scope="col">{t('onboarding.table.posts')}</th>
              </tr>
            </thead>
            <tbody>
              {organisations.map((organisation) => {
                const parent = organisation.parentId
                  ? organisationById.get(organisation.parentId)
                  : undefined;
                const links = linkText(organisation);
                const memberOf = networksOf.get(organisation.id) ?? [];
                const posts = (postsOf.get(organisation.id) ?? []).sort((a, b) =>
                  collator.compare(roleName(a), roleName(b)),
                );
                return (
                  <tr key={organisation.id}>
                    <th scope="row">
                      <Link to={paths.organisation(organisation.id)}>{organisation.name}</Link>
                    </th>
                    <td data-label={t('onboarding.table.kind')}>
                      {t(`kind.${organisation.kind}`)}
                    </td>
                    <td
                      data-label={t('onboarding.table.partOf')}
                      className={parent ? undefined : 'is-empty'}
                    >
                      {parent ? (
                        <Link to={paths.organisation(parent.id)}>{parent.name}</Link>
                      ) : (
                        none
                      )}
                    </td>
                    <td
                      data-label={t('onboarding.table.links')}
                      className={links.length ? undefined : 'is-empty'}
                    >
                      {links.length ? (
                        <ul className="cell-list">
                          {links.map((line, index) => (
                            // biome-ignore lint/suspicious/noArrayIndexKey: fixed order of at most three lines
                            <li key={index}>{line}</li>
                          ))}
                        </ul>
                      ) : (
                        none
                      )}
                    </td>
                    <td
                      data-label={t('onboarding.table.networksCol')}
                      className={memberOf.length ? undefined : 'is-empty'}
                    >
                      {memberOf.length ? (
                        <ul className="cell-list">
                          {memberOf.map((network) => (
                            <li key={network.id}>
                              <Link to={paths.network(network.id)}>{network.name}</Link>
                            </li>
                          ))}
                        </ul>
                      ) : (
                        none
                      )}
                    </td>
                    <td
                      data-label={t('onboarding.table.posts')}
                      className={posts.length ? undefined : 'is-empty'}
                    >
                      {posts.length ? (
                        <ul className="cell-list">
                          {posts.map((post) => (
                            <li key={post.id}>
                              <Link to={paths.post(post.id)}>{post.title ?? roleName(post)}</Link>
                              {': '}
                              {post.holders.length > 0 ? (
                                post.holders
                                  .map(
                                    (h) =>
                                      `${h.person.givenName} ${h.person.familyName}${
                                        h.kind === 'holder'
                                          ? ''
                                          : ` (${t(`onboarding.contacts.${h.kind}`).toLowerCase()})`
                                      }`,
                                  )
                                  .join(', ')
                              ) : (
                                <span className="badge badge-vacant">
                                  {t('onboarding.table.vacant')}
                                </span>
                              )}
                            </li>
                          ))}
                        </ul>
                      ) : (
                        none
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="map-table-networks">
        <h2 id="map-table-networks">{t('onboarding.table.networks')}</h2>
        <div className="table-scroll">
          <table className="map-table" aria-labelledby="map-table-networks">
            <thead>
              <tr>
                <th scope="col">{t('onboarding.table.network')}</th>
                <th scope="col">{t('onboarding.table.kind')}</th>
                <th scope="col">{t('onboarding.table.partOf')}</th>
                <th scope="col">{t('onboarding.table.members')}</th>
              </tr>
            </thead>
            <tbody>
              {networks.map((network) => {
                const parent = network.parentId ? networkById.get(network.parentId) : undefined;
                const members = network.organisationIds
                  .map((id) => organisationById.get(id))
                  .filter((o): o is Organisation => Boolean(o))
                  .sort(byName);
                return (
                  <tr key={network.id}>
                    <th scope="row">
                      <Link to={paths.network(network.id)}>{network.name}</Link>
                    </th>
                    <td>{t(`networkKind.${network.kind}`)}</td>
                    <td>
                      {parent ? <Link to={paths.network(parent.id)}>{parent.name}</Link> : none}
                    </td>
                    <td
                      data-label={t('onboarding.table.members')}
                      className={members.length ? undefined : 'is-empty'}
                    >
                      {members.length
                        ? members.map((o, index) => (
                            <Fragment key={o.id}>
                              {index > 0 ? ', ' : null}
                              <Link to={paths.organisation(o.id)}>{o.name}</Link>
                            </Fragment>
                          ))
                        : none}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
