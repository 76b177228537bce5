import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import type { NewFeed } from '../../../shared/dates-api';
import { BusyButton } from '../../components/busy-button';
import { CopyButton } from '../../components/copy-button';
import { Notice } from '../../components/notice';
import { errorText } from '../../data/error-text';
import { t } from '../../i18n';
import { announce } from '../../lib/announcer';
import { useFeedState, useMakeFeed, useStopFeed } from './dates-api';

/**
 * Subscribing in a calendar app: one private link for both of us. Its address
 * is shown only when made (the server keeps no readable copy); making a new
 * one stops the old one everywhere.
 */
export function FeedBox({ partner }: { partner: string }) {
  const state = useFeedState();
  const make = useMakeFeed();
  const stop = useStopFeed();
  const [made, setMade] = useState<NewFeed | null>(null);
  const ids = useId();
  const active = state.data?.active ?? false;

  const makeLink = () =>
    make.mutate(undefined, {
      onSuccess: (feed) => {
        setMade(feed);
        announce(t('dates.feed.made'));
      },
    });
  const stopLink = () =>
    stop.mutate(undefined, {
      onSuccess: () => {
        setMade(null);
        announce(t('dates.feed.stopped'));
      },
    });

  return (
    <section className="card feed-box" aria-labelledby={`${ids}-heading`}>
      <h2 id={`${ids}-heading`} className="card__title">
        {t('dates.feed.heading')}
      </h2>
      <p>{t('dates.feed.lead')}</p>
      {made ? (
        <>
          <div className="field feed-box__field">
            <label className="field__label" htmlFor={`${ids}-url`}>
              {t('dates.feed.urlLabel')}
            </label>
            <input
              id={`${ids}-url`}
              className="field__input feed-box__url"
              value={made.url}
              readOnly
              aria-describedby={`${ids}-once`}
              onFocus={(event) => event.currentTarget.select()}
            />
            <p id={`${ids}-once`} className="field__hint">
              {t('dates.feed.once')}
            </p>
          </div>
          <div className="actions">
            <CopyButton text={made.url} label={t('dates.feed.copy')} />
            <a className="button button--secondary" href={made.webcalUrl}>
              {t('dates.feed.open')}
            </a>
          </div>
        </>
      ) : active ? (
        <p className="status-line">{t('dates.feed.active')}</p>
      ) : (
        <p className="status-line">{t('dates.feed.off')}</p>
      )}
      <p className="field__hint">{t('dates.feed.private', { partner })}</p>
      {(make.isError || stop.isError || state.isError) && (
        <Notice tone="error">{errorText(make.error ?? stop.error ?? state.error)}</Notice>
      )}
      <div className="actions">
        <BusyButton
          className={made || active ? 'button button--quiet' : 'button button--primary'}
          isBusy={make.isPending}
          isDisabled={!state.isSuccess}
          onPress={makeLink}
        >
          {made || active ? t('dates.feed.remake') : t('dates.feed.make')}
        </BusyButton>
        {(made || active) && (
          <Button className="button button--quiet" onPress={stopLink} isDisabled={stop.isPending}>
            {t('dates.feed.stop')}
          </Button>
        )}
      </div>
      {(made || active) && <p className="field__hint">{t('dates.feed.remakeHint', { partner })}</p>}
    </section>
  );
}
