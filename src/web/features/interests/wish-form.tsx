import { useState } from 'react';
import { FieldError, Label, TextArea, TextField } from 'react-aria-components';
import {
  type BudgetBand,
  PLAY_LIMITS,
  TRAVEL_SCALES,
  type TravelScale,
} from '../../../shared/play-limits';
import { BusyButton } from '../../components/busy-button';
import { ChoiceField } from '../../components/choice-group';
import { Field } from '../../components/field';
import { Notice } from '../../components/notice';
import { useClearFieldError, ValidatedForm } from '../../components/validated-form';
import { WhoSees } from '../../components/who-sees';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { formText } from '../../lib/form-text';
import { useAddWish } from './interests-api';
import { budgetChoices, SCALE_KEYS } from './travel-words';

function validateTitle(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return t('common.required');
  if (trimmed.length < 3) return t('interests.wish.titleShort');
  return trimmed.length > PLAY_LIMITS.wishTitle
    ? t('interests.wish.titleLong', { max: PLAY_LIMITS.wishTitle })
    : null;
}

function validateNote(value: string): string | null {
  return value.trim().length > PLAY_LIMITS.wishDescription
    ? t('interests.wish.noteLong', { max: PLAY_LIMITS.wishDescription })
    : null;
}

const VALIDATORS = { title: validateTitle, note: validateNote };

function NoteBox() {
  const clearError = useClearFieldError();
  return (
    <TextField className="field" name="note" onChange={() => clearError('note')}>
      <Label className="field__label">{t('interests.wish.note')}</Label>
      <TextArea className="field__input field__textarea field__textarea--short" rows={2} />
      <FieldError className="field__error" />
    </TextField>
  );
}

/** A trip idea in our own words: my "yes" on it, and my partner sees it as my idea. */
export function WishForm({ partner, linked }: { partner: string; linked: boolean }) {
  const add = useAddWish();
  const [scale, setScale] = useState<TravelScale>('weekend');
  const [budget, setBudget] = useState<BudgetBand>('$$');
  const [formKey, setFormKey] = useState(0);

  return (
    <section className="card play-wish" aria-labelledby="wish-title">
      <h2 id="wish-title" className="card__title">
        {t('interests.wish.heading')}
      </h2>
      <WhoSees
        visibility={linked ? 'shared' : 'private'}
        partnerName={partner}
        detail={linked ? t('interests.wish.whoSees', { partner }) : null}
      />
      <ValidatedForm
        key={formKey}
        className="form"
        validators={VALIDATORS}
        onValidSubmit={(form) =>
          add.mutate(
            {
              title: formText(form, 'title').trim(),
              description: formText(form, 'note').trim() || null,
              scale,
              budget,
            },
            {
              onSuccess: (idea) => {
                announce(t('interests.wish.added', { title: idea.title }));
                setFormKey((k) => k + 1);
              },
            },
          )
        }
      >
        <Field name="title" label={t('interests.wish.title')} isRequired />
        <NoteBox />
        <ChoiceField<TravelScale>
          id="wish-scale-label"
          label={t('interests.wish.scale')}
          layout="row"
          value={scale}
          options={TRAVEL_SCALES.map((value) => ({ value, label: t(SCALE_KEYS[value]) }))}
          onChange={setScale}
        />
        <ChoiceField<BudgetBand>
          id="wish-budget-label"
          label={t('interests.wish.budget')}
          layout="row"
          value={budget}
          options={budgetChoices()}
          onChange={setBudget}
        />
        {add.isError && <Notice tone="error">{errorText(add.error)}</Notice>}
        <div className="actions">
          <BusyButton type="submit" className="button button--primary" isBusy={add.isPending}>
            {add.isPending ? t('common.saving') : t('interests.wish.add')}
          </BusyButton>
        </div>
      </ValidatedForm>
    </section>
  );
}
