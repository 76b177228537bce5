import '../styles/skip-control.css';
import type { UseMutationResult } from '@tanstack/react-query';
import { errorText } from '../data/error-text';
import { announce } from '../lib/announcer';
import { BusyButton } from './busy-button';
import { Notice } from './notice';

type SkipControlProps<Result> = {
  /** Sets the thing aside (`true`); only ever about me. */
  skip: UseMutationResult<Result, Error, boolean>;
  label: string;
  /** Who it stays with, under the button. */
  hint: string;
  hintId: string;
  /** Said to a screen reader once it is set aside. */
  announcement: string;
  onSkipped?: (() => void) | undefined;
};

/** "Not now", and who it stays with: nobody is told. */
export function SkipControl<Result>({
  skip,
  label,
  hint,
  hintId,
  announcement,
  onSkipped,
}: SkipControlProps<Result>) {
  return (
    <div className="skip-control">
      <BusyButton
        className="button button--quiet"
        isBusy={skip.isPending}
        aria-describedby={hintId}
        onPress={() =>
          skip.mutate(true, {
            onSuccess: () => {
              announce(announcement);
              onSkipped?.();
            },
          })
        }
      >
        {label}
      </BusyButton>
      <p id={hintId} className="field__hint skip-control__hint">
        {hint}
      </p>
      {skip.isError && <Notice tone="error">{errorText(skip.error)}</Notice>}
    </div>
  );
}
