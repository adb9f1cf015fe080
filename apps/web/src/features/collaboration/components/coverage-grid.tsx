import type { CounterpartPost, Coverage, CoverageCell } from '@nk/shared';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/use-t';
import { formatDate, nameCollator } from '../../../lib/format';
import { paths } from '../../../lib/paths';
import { KindBadge, PersonLink, sortHolders, useRoleName, VacancyNotice } from './post-bits';

/**
 * The coverage grid: one row per member organisation, one column per role, and in each cell who
 * holds the network's posts of that role there, or since when they are vacant. On a narrow
 * screen the table scrolls sideways inside a focusable region (arrow keys scroll it) while the
 * organisation names stay put.
 */
export function CoverageGrid({ coverage }: { coverage: Coverage }) {
  const { t, locale } = useI18n();
  const roleName = useRoleName();
  const date = formatDate(coverage.asOf, locale);

  if (coverage.rows.length === 0 || coverage.roles.length === 0) {
    return <p className="empty-state">{t('collaboration.coverage.empty')}</p>;
  }

  return (
    <>
      <p className="coverage-scroll-hint">{t('collaboration.coverage.scrollHint')}</p>
      <section
        className="coverage-scroll"
        aria-labelledby="coverage-caption"
        // Focusable so keyboard users can scroll a table wider than the screen.
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard (WCAG 2.1.1)
        tabIndex={0}
      >
        <table className="coverage-table">
          <caption id="coverage-caption">
            {t('collaboration.coverage.caption', { network: coverage.network.name, date })}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="coverage-corner">
                {t('collaboration.coverage.organisation')}
              </th>
              {coverage.roles.map((role) => (
                <th scope="col" key={role.id}>
                  <Link to={paths.role(role.id)}>{roleName(role)}</Link>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {coverage.rows.map((row) => (
              <tr key={row.organisation.id}>
                <th scope="row">
                  <Link to={paths.organisation(row.organisation.id)}>{row.organisation.name}</Link>
                </th>
                {row.cells.map((cell) => (
                  <CoverageCellView key={cell.roleId} cell={cell} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function CoverageCellView({ cell }: { cell: CoverageCell }) {
  const { t } = useI18n();
  if (cell.postCount === 0) {
    return (
      <td className="coverage-none">
        <span aria-hidden="true">–</span>
        <span className="visually-hidden">{t('collaboration.coverage.noPost')}</span>
      </td>
    );
  }
  const more = cell.postCount - cell.posts.length;
  return (
    <td className={cell.vacantCount > 0 ? 'coverage-vacant' : undefined}>
      <ul className="coverage-posts">
        {cell.posts.map((post) => (
          <li key={post.id}>
            <CoveragePost post={post} />
          </li>
        ))}
      </ul>
      {more > 0 ? (
        <p className="coverage-more">{t('collaboration.coverage.more', { count: more })}</p>
      ) : null}
    </td>
  );
}

function CoveragePost({ post }: { post: CounterpartPost }) {
  const { language } = useI18n();
  const holders = sortHolders(post.holders, nameCollator(language));
  return (
    <>
      {post.vacant ? (
        <Link to={paths.post(post.id)} className="coverage-vacancy">
          <VacancyNotice vacantSince={post.vacantSince} />
        </Link>
      ) : null}
      {holders.length > 0 ? (
        <ul className="coverage-holders">
          {holders.map((holder) => (
            <li key={holder.assignmentId}>
              <PersonLink person={holder.person} />
              <KindBadge kind={holder.kind} />
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** Posts and vacancies in the grid, for the sentence above it. */
export function coverageCounts(coverage: Coverage) {
  let posts = 0;
  let vacant = 0;
  const vacancies: CounterpartPost[] = [];
  for (const row of coverage.rows) {
    for (const cell of row.cells) {
      posts += cell.postCount;
      vacant += cell.vacantCount;
      vacancies.push(...cell.posts.filter((post) => post.vacant));
    }
  }
  return { posts, vacant, vacancies };
}
