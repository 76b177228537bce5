import {
  createContext,
  type FormEvent,
  type ReactNode,
  useCallback,
  useContext,
  useState,
} from 'react';
import { Form } from 'react-aria-components';
import { formText } from '../lib/form-text';

export type FieldErrors = Readonly<Record<string, string>>;
export type Validators = Readonly<Record<string, (value: string) => string | null>>;

const ClearFieldErrorContext = createContext<(name: string) => void>(() => {});

/** Lets a field drop its error as soon as the person edits it. */
export function useClearFieldError(): (name: string) => void {
  return useContext(ClearFieldErrorContext);
}

type ValidatedFormProps = {
  validators?: Validators;
  /** Called only when every field passes; `showErrors` puts server answers under fields. */
  onValidSubmit: (form: HTMLFormElement, showErrors: (errors: FieldErrors) => void) => void;
  className?: string;
  children: ReactNode;
};

/**
 * A form whose errors appear on submit, sit under their field, and go away
 * while the person fixes them — so nothing shifts under a pointer mid-click.
 */
export function ValidatedForm({
  validators = {},
  onValidSubmit,
  className = 'form',
  children,
}: ValidatedFormProps) {
  const [errors, setErrors] = useState<FieldErrors>({});

  const clear = useCallback((name: string) => {
    setErrors((current) => {
      if (!(name in current)) return current;
      const { [name]: _removed, ...rest } = current;
      return rest;
    });
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    const found: Record<string, string> = {};
    for (const [name, validate] of Object.entries(validators)) {
      const message = validate(formText(form, name));
      if (message) found[name] = message;
    }
    setErrors(found);
    const first = Object.keys(found)[0];
    if (first) {
      form.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    onValidSubmit(form, setErrors);
  };

  return (
    <ClearFieldErrorContext.Provider value={clear}>
      <Form
        className={className}
        validationBehavior="aria"
        validationErrors={errors}
        onSubmit={onSubmit}
      >
        {children}
      </Form>
    </ClearFieldErrorContext.Provider>
  );
}
