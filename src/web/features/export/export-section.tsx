import '../../styles/flows.css';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import type { ExportFormat } from '../../../shared/export-api';
import { BusyButton } from '../../components/busy-button';
import { ChoiceField } from '../../components/choice-group';
import { DialogShell } from '../../components/dialog-shell';
import { Field, requireText } from '../../components/field';
import { Notice } from '../../components/notice';
import { ValidatedForm } from '../../components/validated-form';
import { hasCode } from '../../data/client';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { formText } from '../../lib/form-text';
import { useDownloadMyData } from './export-api';

function ExportForm({ close, done }: { close: () => void; done: () => void }) {
  const download = useDownloadMyData();
  const [format, setFormat] = useState<ExportFormat>('json');
  const wrongPassword = hasCode(download.error, 'invalid_credentials');
  return (
    <ValidatedForm
      validators={{ password: requireText }}
      onValidSubmit={(form, showErrors) =>
        download.mutate(
          { password: formText(form, 'password'), format },
          {
            onSuccess: () => {
              done();
              close();
            },
            onError: (error) => {
              if (hasCode(error, 'invalid_credentials'))
                showErrors({ password: t('errors.wrongPassword') });
            },
          },
        )
      }
    >
      <ChoiceField<ExportFormat>
        id="export-format"
        label={t('export.formatQuestion')}
        options={[
          { value: 'json', label: t('export.json'), hint: t('export.jsonHint') },
          { value: 'html', label: t('export.html'), hint: t('export.htmlHint') },
        ]}
        value={format}
        onChange={setFormat}
      />
      <Field
        label={t('export.password')}
        description={t('export.passwordHint')}
        name="password"
        type="password"
        autoComplete="current-password"
        isRequired
      />
      {download.isError && !wrongPassword && (
        <Notice tone="error">{errorText(download.error)}</Notice>
      )}
      <div className="actions">
        <BusyButton type="submit" className="button button--primary" isBusy={download.isPending}>
          {download.isPending ? t('export.preparing') : t('export.download')}
        </BusyButton>
        <Button className="button button--quiet" onPress={close} isDisabled={download.isPending}>
          {t('common.cancel')}
        </Button>
      </div>
    </ValidatedForm>
  );
}

/** Your data, to keep: everything you wrote, behind your password. */
export function ExportSection() {
  const [started, setStarted] = useState(false);
  return (
    <section className="card" aria-labelledby="export-heading">
      <h2 id="export-heading" className="card__title">
        {t('export.heading')}
      </h2>
      <p>{t('export.body')}</p>
      <p className="field__hint">{t('export.partnerNote')}</p>
      {started && <Notice tone="success">{t('export.started')}</Notice>}
      <DialogShell
        triggerLabel={t('export.open')}
        triggerClassName="button button--secondary"
        title={t('export.title')}
      >
        {(close) => <ExportForm close={close} done={() => setStarted(true)} />}
      </DialogShell>
    </section>
  );
}
