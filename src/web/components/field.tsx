import { type ReactNode, useId } from 'react';
import {
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';
import type { Visibility } from '../../shared/api';
import { LIMITS } from '../../shared/limits';
import { t } from '../i18n';
import { useClearFieldError } from './validated-form';
import { WhoSees } from './who-sees';

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

type WordsFieldProps = {
  name: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Who will read the words, said under the label (see WhoSees). */
  visibility: Visibility;
  partnerName: string | null;
  detail?: string | null;
  rows: number;
  /** A lower box, for a sentence or two. */
  short?: boolean;
  autoFocus?: boolean;
};

/** A required box for a person's own words, with who will read them right under its label. */
export function WordsField({
  name,
  label,
  value,
  onChange,
  visibility,
  partnerName,
  detail,
  rows,
  short = false,
  autoFocus,
}: WordsFieldProps) {
  const clearError = useClearFieldError();
  return (
    <TextField
      className="field"
      name={name}
      value={value}
      onChange={(next) => {
        clearError(name);
        onChange(next);
      }}
      isRequired
    >
      <Label className="field__label">{label}</Label>
      <WhoSees
        slot="description"
        visibility={visibility}
        partnerName={partnerName}
        detail={detail}
      />
      <TextArea
        className={
          short
            ? 'field__input field__textarea field__textarea--short'
            : 'field__input field__textarea'
        }
        rows={rows}
        autoFocus={autoFocus}
      />
      <FieldError className="field__error" />
    </TextField>
  );
}

type SelectFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** A line under the select. */
  hint?: string | null;
  /** The options. */
  children: ReactNode;
  /** A class beside "field", for a screen's own layout. */
  className?: string;
};

/** A labelled native select, for lists too long for a row of choices. */
export function SelectField({
  label,
  value,
  onChange,
  hint,
  children,
  className,
}: SelectFieldProps) {
  const id = useId();
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <select
        id={id}
        className="field__input field__select"
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {children}
      </select>
      {hint && <p className="field__hint">{hint}</p>}
    </div>
  );
}

/**
 * A country chosen from a list, after a first option for none. A code the list
 * does not hold (one remembered from before, say) shows as none.
 */
export function CountryField({
  countries,
  value,
  none,
  ...field
}: Omit<SelectFieldProps, 'children' | 'className'> & {
  countries: readonly { code: string; name: string }[];
  /** The first option's words, for no country yet. */
  none: string;
}) {
  return (
    <SelectField {...field} value={countries.some((c) => c.code === value) ? value : ''}>
      <option value="">{none}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </SelectField>
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
