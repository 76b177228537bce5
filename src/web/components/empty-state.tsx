import type { ReactNode } from 'react';

type EmptyStateProps = {
  title: string;
  body: string;
  /** One next step: a single link or button. */
  action: ReactNode;
  headingLevel?: 2 | 3;
};

/** Teaches the next step in one sentence and one button. */
export function EmptyState({ title, body, action, headingLevel = 2 }: EmptyStateProps) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="card empty-state">
      <Heading className="card__title">{title}</Heading>
      <p>{body}</p>
      {action}
    </section>
  );
}
