import { useEffect, useState } from 'react';
import { useT } from '../../../i18n/use-t';

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "copied" stays on screen. */
const messageMs = 4000;

/**
 * Copies a permanent link to the clipboard and says so in a live region. Where the clipboard is
 * not available (an old browser, a locked-down desktop), the link is shown to copy by hand.
 */
export function CopyLinkButton({ path }: { path: string }) {
  const t = useT();
  const [state, setState] = useState<CopyState>('idle');
  const url = new URL(path, window.location.origin).href;

  useEffect(() => {
    if (state !== 'copied') return;
    const timer = window.setTimeout(() => setState('idle'), messageMs);
    return () => window.clearTimeout(timer);
  }, [state]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('failed');
    }
  }

  return (
    <span className="copy-link">
      <button type="button" className="button button-secondary" onClick={copy}>
        {t('person.copyLink')}
      </button>
      <span className="copy-link-status" role="status">
        {state === 'copied' ? t('person.linkCopied') : null}
        {state === 'failed' ? (
          <>
            {t('person.linkCopyFailed')} <span className="copy-link-url">{url}</span>
          </>
        ) : null}
      </span>
    </span>
  );
}
