import type { ReactNode } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';
import { LIMITS } from '../../shared/limits';
import { t } from '../i18n';
import { useClearFieldError } from './validated-form';

type FieldProps = Omit<TextFieldProps, 'children' | 'className' | 'name'> & {
  name: string;
  label: string;
  description?: ReactNode;
  placeholder?: string;
};

/** A labelled single-line input with its hint and error under it. */
export function Field({ label, description, placeholder, name, onChange, ...props }: FieldProps) {
  const clearError = useClearFieldError();
  return (
    <TextField
      className="field"
      name={name}
      onChange={(value) => {
        clearError(name);
        onChange?.(value);
      }}
      {...props}
    >
      <Label className="field__label">{label}</Label>
      <Input className="field__input" placeholder={placeholder} />
      {description && (
        <Text slot="description" className="field__hint">
          {description}
        </Text>
      )}
      <FieldError className="field__error" />
    </TextField>
  );
}

/** Validators that speak in the app's own voice instead of the browser's. */
export function requireText(value: string): string | null {
  return value.trim() ? null : t('common.required');
}

export function requireEmail(value: string): string | null {
  if (!value.trim()) return t('common.required');
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value.trim()) ? null : t('fields.emailInvalid');
}

export function requireNewPassword(value: string): string | null {
  if (!value) return t('common.required');
  return value.length >= LIMITS.passwordMin
    ? null
    : t('fields.passwordTooShort', { min: LIMITS.passwordMin });
}
