import { LIMITS } from '../../../shared/limits';
import { Field } from '../../components/field';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';

/** "Your name", filled in with the name the person goes by now (settings, and the first stop after single sign-on). */
export function DisplayNameField({ onChange }: { onChange?: () => void }) {
  const me = useCurrentMe();
  return (
    <Field
      label={t('fields.displayName')}
      description={t('fields.displayNameHint')}
      name="displayName"
      defaultValue={me.user.displayName}
      autoComplete="nickname"
      maxLength={LIMITS.displayName}
      isRequired
      {...(onChange ? { onChange } : {})}
    />
  );
}
