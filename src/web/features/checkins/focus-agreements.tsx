import { useState } from 'react';
import { Input, Label, Text, TextField } from 'react-aria-components';
import { CHECKIN_LIMITS } from '../../../core/checkin';
import type {
  CurrentCheckinView,
  ReviewItem,
  ReviewOutcomeName,
} from '../../../shared/checkins-api';
import { BusyButton } from '../../components/busy-button';
import { type Choice, ChoiceGroup } from '../../components/choice-group';
import { Notice } from '../../components/notice';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formatDay } from '../../lib/format';
import { useAddAgreement, useRemoveAgreement, useReviewAgreement } from './checkin-api';

const OUTCOMES: readonly ReviewOutcomeName[] = ['kept', 'partly', 'not-yet'];

function ReviewRow({ item }: { item: ReviewItem }) {
  const review = useReviewAgreement();
  const labelId = `focus-review-${item.id}`;
  const options: Choice<ReviewOutcomeName>[] = OUTCOMES.map((value) => ({
    value,
    label: t(`checkins.focus.outcome.${value}`),
  }));
  return (
    <li className="focus-review__item">
      <p id={labelId} className="focus-review__text">
        {item.text}
      </p>
      <p className="field__hint">
        {t('checkins.agreements.made', { day: formatDay(item.madeOn) })}
      </p>
      <div className="checkin-choices">
        <ChoiceGroup
          labelledBy={labelId}
          layout="row"
          options={options}
          value={item.outcome}
          onChange={(outcome) => review.mutate({ id: item.id, outcome })}
        />
      </div>
      {review.isError && <Notice tone="error">{errorText(review.error)}</Notice>}
    </li>
  );
}

function AddAgreement() {
  const [text, setText] = useState('');
  const add = useAddAgreement();
  const tooLong = text.length > CHECKIN_LIMITS.agreement;
  return (
    <form
      className="form focus-agreements__add"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = text.trim();
        if (!trimmed || tooLong) return;
        add.mutate(trimmed, { onSuccess: () => setText('') });
      }}
    >
      <TextField className="field" value={text} onChange={setText} isInvalid={tooLong}>
        <Label className="field__label">{t('checkins.focus.addLabel')}</Label>
        <Text slot="description" className="field__hint">
          {t('checkins.focus.addAgreementHint')}
        </Text>
        <Input className="field__input" />
      </TextField>
      {add.isError && <Notice tone="error">{errorText(add.error)}</Notice>}
      <BusyButton type="submit" className="button button--secondary" isBusy={add.isPending}>
        {t('checkins.focus.add')}
      </BusyButton>
    </form>
  );
}

function MadeNow({ checkin }: { checkin: CurrentCheckinView }) {
  const remove = useRemoveAgreement();
  if (checkin.agreements.length === 0) {
    return <p className="status-line">{t('checkins.focus.agreedNone')}</p>;
  }
  return (
    <ul className="checkin-list">
      {checkin.agreements.map((agreement) => (
        <li key={agreement.id} className="checkin-list__item checkin-list__item--row">
          <p className="checkin-list__text">{agreement.text}</p>
          <BusyButton
            className="button button--quiet button--small"
            isBusy={remove.isPending && remove.variables === agreement.id}
            aria-label={t('checkins.focus.removeLabel', { text: agreement.text })}
            onPress={() => remove.mutate(agreement.id)}
          >
            {t('checkins.focus.remove')}
          </BusyButton>
        </li>
      ))}
    </ul>
  );
}

/** The last step: how the earlier agreements went, then what we agree on now. */
export function AgreementsStepView({
  checkin,
  partner,
}: {
  checkin: CurrentCheckinView;
  partner: string;
}) {
  return (
    <div className="focus__agreements">
      <WhoSees visibility="shared" partnerName={partner} />
      <section className="focus-review" aria-labelledby="focus-review-heading">
        <h3 id="focus-review-heading" className="focus__subheading">
          {t('checkins.focus.reviewHeading')}
        </h3>
        {checkin.review.length === 0 ? (
          <p className="status-line">{t('checkins.focus.reviewNone')}</p>
        ) : (
          <>
            <p className="field__hint">{t('checkins.focus.reviewQuestion')}</p>
            <ul className="focus-review__list">
              {checkin.review.map((item) => (
                <ReviewRow key={item.id} item={item} />
              ))}
            </ul>
          </>
        )}
      </section>
      <section className="focus-agreements" aria-labelledby="focus-agreements-heading">
        <h3 id="focus-agreements-heading" className="focus__subheading">
          {t('checkins.focus.addHeading')}
        </h3>
        <MadeNow checkin={checkin} />
        <AddAgreement />
      </section>
    </div>
  );
}
