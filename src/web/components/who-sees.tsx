import { Text } from 'react-aria-components';
import type { Visibility } from '../../shared/api';
import { t } from '../i18n';
import { EyeIcon, LockIcon, PeopleIcon } from './icons';

/** The label a person reads before writing: it mirrors the visibility the server enforces. */
export function whoSeesText(visibility: Visibility, partnerName: string | null): string {
  switch (visibility) {
    case 'private':
      return t('visibility.private');
    case 'reveal-together':
      return t('visibility.revealTogether');
    case 'shared':
      return t('visibility.shared', { partner: partnerName ?? t('nav.partner') });
  }
}

const ICONS = { private: LockIcon, 'reveal-together': EyeIcon, shared: PeopleIcon } as const;

type WhoSeesProps = {
  visibility: Visibility;
  partnerName: string | null;
  /** "description" when placed inside a react-aria field, so the control is described by it. */
  slot?: 'description';
  /** One more sentence on what exactly is seen, or when that would change. */
  detail?: string | null;
};

export function WhoSees({ visibility, partnerName, slot, detail }: WhoSeesProps) {
  const VisibilityIcon = ICONS[visibility];
  return (
    <Text slot={slot} elementType="p" className={`who-sees who-sees--${visibility}`}>
      <VisibilityIcon />
      <span>
        <span className="who-sees__label">{t('visibility.label')}</span>{' '}
        <strong>{whoSeesText(visibility, partnerName)}</strong>
        {detail && (
          <>
            <span className="visually-hidden">. </span>
            <span className="who-sees__detail">{detail}</span>
          </>
        )}
      </span>
    </Text>
  );
}
