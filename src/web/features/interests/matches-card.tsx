import type { ReactNode } from 'react';

/**
 * The card on top of a play page with what we both want: its heading, then
 * the matches, or a line saying there are none yet.
 */
export function MatchesCard({
  id,
  title,
  count,
  empty,
  children,
}: {
  id: string;
  title: string;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  return (
    <section className="card play-matches" aria-labelledby={id}>
      <h2 id={id} className="card__title">
        {title}
      </h2>
      {count === 0 ? <p className="play-matches__empty">{empty}</p> : children}
    </section>
  );
}
