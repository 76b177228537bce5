import { Switch } from 'react-aria-components';
import type { ChallengeSettings } from '../../../shared/challenges-api';
import { COST_BANDS, type CostBand } from '../../../shared/play-limits';
import { ChoiceField } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { type MessageKey, t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useChallengeSettings } from './challenges-api';

const MAX_COST_KEYS: Record<CostBand, MessageKey> = {
  free: 'challenges.settings.cost.free',
  $: 'challenges.settings.cost.low',
  $$: 'challenges.settings.cost.mid',
  $$$: 'challenges.settings.cost.any',
};

/**
 * What fits the two of us now: living apart for a while, and how much a
 * week may cost. Shared by both; the next challenges follow it.
 */
export function ChallengeSettingsPanel({
  settings,
  partner,
}: {
  settings: ChallengeSettings;
  partner: string;
}) {
  const save = useChallengeSettings();
  const shown = save.isPending && save.variables ? save.variables : settings;
  const change = (next: ChallengeSettings) =>
    save.mutate(next, { onSuccess: () => announce(t('challenges.settings.saved')) });
  return (
    <section className="card challenge-settings" aria-labelledby="challenge-settings-title">
      <h2 id="challenge-settings-title" className="card__title">
        {t('challenges.settings.heading')}
      </h2>
      <WhoSees visibility="shared" partnerName={partner} detail={t('challenges.settings.detail')} />
      <Switch
        className="switch"
        isSelected={shown.apart}
        onChange={(apart) => change({ ...shown, apart })}
        aria-describedby="challenge-apart-hint"
      >
        <span className="switch__track" aria-hidden="true">
          <span className="switch__handle" />
        </span>
        <span className="switch__label">{t('challenges.settings.apart')}</span>
      </Switch>
      <p id="challenge-apart-hint" className="field__hint">
        {t('challenges.settings.apartHint')}
      </p>
      <ChoiceField<CostBand>
        id="challenge-cost-label"
        label={t('challenges.settings.costLabel')}
        layout="row"
        value={shown.maxCost}
        options={COST_BANDS.map((cost) => ({ value: cost, label: t(MAX_COST_KEYS[cost]) }))}
        onChange={(maxCost) => change({ ...shown, maxCost })}
      />
      {save.isError && <Notice tone="error">{errorText(save.error)}</Notice>}
    </section>
  );
}
