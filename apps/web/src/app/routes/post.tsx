import { Link, useParams, useSearchParams } from 'react-router';
import { useMe } from '../../features/auth/api/get-me';
import { usePost } from '../../features/collaboration/api/get-post';
import { PostProfile } from '../../features/collaboration/components/post-profile';
import { useT } from '../../i18n/use-t';
import { isIsoDate } from '../../lib/format';
import { asOfParam, paths } from '../../lib/paths';

export function PostRoute() {
  const { id = '' } = useParams();
  const [searchParams] = useSearchParams();
  const asOf = searchParams.get(asOfParam);
  return (
    <>
      <PostProfile id={id} asOf={isIsoDate(asOf) ? asOf : undefined} />
      <PostEditLinks id={id} asOf={isIsoDate(asOf) ? asOf : undefined} />
    </>
  );
}

/** "Redigera" and "Överlämning" for those who may change the post: its stewards and admins. */
function PostEditLinks({ id, asOf }: { id: string; asOf?: string }) {
  const t = useT();
  const me = useMe().data;
  const organisationId = usePost(id, asOf).data?.organisationId;
  const mayEdit =
    organisationId !== undefined &&
    (me?.role === 'admin' || (me?.role === 'editor' && me.scope.includes(organisationId)));
  if (!mayEdit) return null;
  return (
    <nav aria-label={t('editing.link.actions')}>
      <p className="person-actions">
        <Link className="button button-secondary" to={paths.editPost(id)}>
          {t('editing.link.edit')}
        </Link>{' '}
        <Link className="button button-secondary" to={paths.adminHandover(id)}>
          {t('editing.link.handover')}
        </Link>
      </p>
    </nav>
  );
}
