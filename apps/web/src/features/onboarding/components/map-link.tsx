import type { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { paths } from '../../../lib/paths';
import { mapTableValue, mapViewParam } from '../map/view-param';

/**
 * A link to the network map. Followed with the keyboard (a click event with `detail` 0 comes
 * from Enter, not a pointer), it opens the table view, which suits keyboard use best.
 */
export function MapLink({ className, children }: { className?: string; children: ReactNode }) {
  const navigate = useNavigate();
  return (
    <Link
      to={paths.networkMap()}
      className={className}
      onClick={(event) => {
        if (event.detail !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(`${paths.networkMap()}?${mapViewParam}=${mapTableValue}`);
      }}
    >
      {children}
    </Link>
  );
}
