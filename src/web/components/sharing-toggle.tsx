import { Switch } from 'react-aria-components';
import type { SharingTopic } from '../../shared/program-api';
import { errorText } from '../data/error-text';
import { useSetSharing, useSharing } from '../data/sharing';
import { Notice } from './notice';

type SharingToggleProps = {
  topic: SharingTopic;
  label: string;
  /** Exactly what the partner would see, and when. */
  explain: string;
};

/** An opt-in to show my own results to my partner; off by default, off again any time. */
export function SharingToggle({ topic, label, explain }: SharingToggleProps) {
  const sharing = useSharing();
  const set = useSetSharing(topic);
  const explainId = `sharing-${topic}-explain`;
  const on = set.isPending ? (set.variables ?? false) : (sharing.data?.[topic] ?? false);
  return (
    <div className="sharing">
      <Switch
        className="switch"
        isSelected={on}
        isDisabled={!sharing.isSuccess}
        onChange={(share) => set.mutate(share)}
        aria-describedby={explainId}
      >
        <span className="switch__track" aria-hidden="true">
          <span className="switch__handle" />
        </span>
        <span className="switch__label">{label}</span>
      </Switch>
      <p id={explainId} className="field__hint">
        {explain}
      </p>
      {set.isError && <Notice tone="error">{errorText(set.error)}</Notice>}
      {sharing.isError && <Notice tone="error">{errorText(sharing.error)}</Notice>}
    </div>
  );
}
