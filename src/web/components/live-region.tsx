import { useSyncExternalStore } from 'react';
import { currentAnnouncement, subscribeAnnouncements } from '../lib/announcer';

/**
 * The one polite live region. Marked as a live announcer so it stays
 * audible while a dialog hides the rest of the page from assistive tech.
 */
export function LiveRegion() {
  const message = useSyncExternalStore(subscribeAnnouncements, currentAnnouncement);
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-live-announcer="true"
    >
      {message}
    </div>
  );
}
