import { type ReactNode, useEffect, useRef } from 'react';
import { t } from '../i18n';

let firstScreen = true;

type PageHeadingProps = {
  /** The neutral tab title part, e.g. "Today" → "Today · Rekindle". Omit for just "Rekindle". */
  title?: string;
  children: ReactNode;
  className?: string;
};

/**
 * The one h1 of a screen. Sets a neutral document title and, after an in-app
 * navigation, moves focus here so screen-reader users hear where they are.
 */
export function PageHeading({ title, children, className }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    document.title = title ? t('titles.page', { page: title }) : t('app.name');
  }, [title]);

  useEffect(() => {
    if (firstScreen) {
      firstScreen = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, []);

  return (
    <h1
      ref={ref}
      tabIndex={-1}
      className={className ? `page-heading ${className}` : 'page-heading'}
    >
      {children}
    </h1>
  );
}
