/** The app's pages that act on what was just read: one tap each. */
import { Link } from 'react-router';
import type { RelatedPath } from '../../../shared/library-limits';
import { ChevronIcon } from '../../components/icons';
import { t } from '../../i18n';
import { RELATED_WORDS } from './library-words';

export function RelatedLinks({ paths }: { paths: readonly RelatedPath[] }) {
  return (
    <ul className="link-list related-links">
      {paths.map((path) => {
        const words = RELATED_WORDS[path];
        return (
          <li key={path}>
            <Link to={path} className="link-list__link">
              <span className="link-list__text">
                <span className="link-list__label">{t(words.label)}</span>
                <span className="link-list__hint">{t(words.hint)}</span>
              </span>
              <ChevronIcon />
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
