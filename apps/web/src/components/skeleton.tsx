/**
 * Grey placeholders in the shape of what is coming, with one announcement for screen readers,
 * so the page does not jump and nobody stares at a spinner.
 */
export function Skeleton({ className }: { className?: string }) {
  return <span className={`skeleton${className ? ` ${className}` : ''}`} aria-hidden="true" />;
}

interface LoadingRegionProps {
  /** Read out by screen readers, e.g. "Laddar organisationer …". */
  label: string;
  children: React.ReactNode;
}

export function LoadingRegion({ label, children }: LoadingRegionProps) {
  return (
    <div className="loading-region" role="status">
      <span className="visually-hidden">{label}</span>
      {children}
    </div>
  );
}

/** A heading and a few paragraphs; for whole pages whose shape is not known yet. */
export function PageSkeleton({ label }: { label: string }) {
  return (
    <LoadingRegion label={label}>
      <Skeleton className="skeleton-heading" />
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-line" />
      <Skeleton className="skeleton-line skeleton-short" />
    </LoadingRegion>
  );
}
