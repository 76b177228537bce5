import './couple-notice.css';
import { useEffect, useId, useRef } from 'react';
import { Button } from 'react-aria-components';
import type { CoupleNotice as ServerNotice } from '../../../shared/api';
import { PartnerIcon } from '../../components/icons';
import { ApiError } from '../../data/client';
import { useCurrentMe } from '../../data/me';
import { t } from '../../i18n';
import { type Confirmation, forgetConfirmation, useConfirmation } from './couple-confirmation';
import { useCoupleNotice, useDismissNotice } from './partner-api';

interface NoteWords {
  title: string;
  body: string;
  warm: boolean;
}

/** After a note is put away, focus goes back to the screen's heading instead of the page's top. */
function focusScreenHeading(): void {
  document.querySelector<HTMLElement>('main h1')?.focus();
}

function Note({
  words,
  onDismiss,
  error,
  focusOnArrival = false,
}: {
  words: NoteWords;
  onDismiss: () => void;
  error?: string | null;
  /** Take focus when the note appears while the screen is open (after the person acted). */
  focusOnArrival?: boolean;
}) {
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    if (focusOnArrival) ref.current?.focus();
  }, [focusOnArrival]);
  return (
    <section
      ref={ref}
      tabIndex={-1}
      className={words.warm ? 'couple-note couple-note--warm' : 'couple-note'}
      aria-labelledby={titleId}
    >
      <span className="couple-note__icon">
        <PartnerIcon />
      </span>
      <div className="couple-note__text">
        <h2 id={titleId} className="couple-note__title">
          {words.title}
        </h2>
        <p>{words.body}</p>
      </div>
      <div className="couple-note__actions">
        <Button className="button button--secondary button--small" onPress={onDismiss}>
          {t('partner.notice.dismiss')}
        </Button>
        {error && (
          <p className="couple-note__error" role="alert">
            {error}
          </p>
        )}
      </div>
    </section>
  );
}

/** The words for what the person did themselves; null when it no longer fits who they are now. */
function confirmationWords(
  confirmation: Confirmation,
  partnerName: string | null,
  where: 'today' | 'partner',
): NoteWords | null {
  switch (confirmation.kind) {
    case 'linked':
      if (where !== 'today' || partnerName === null) return null;
      return {
        title: t('partner.notice.linkedByYou', { partner: partnerName }),
        body: t('partner.notice.linkedBody'),
        warm: true,
      };
    case 'inviteGone':
      if (where !== 'today' || partnerName !== null) return null;
      return {
        title: t('partner.notice.inviteGone'),
        body: t('partner.notice.inviteGoneBody'),
        warm: false,
      };
    case 'unlinked':
      if (where !== 'partner' || partnerName !== null) return null;
      return {
        title: t('partner.notice.unlinkedByYou', { partner: confirmation.partnerName }),
        body: t('partner.notice.unlinkedBody'),
        warm: false,
      };
  }
}

/** The words for what the other partner did; null when it no longer fits who they are now. */
function noticeWords(notice: ServerNotice, linked: boolean): NoteWords | null {
  if (notice.kind === 'linked') {
    if (!linked || notice.partnerName === null) return null;
    return {
      title: t('partner.notice.linkedByOther', { partner: notice.partnerName }),
      body: t('partner.notice.linkedBody'),
      warm: true,
    };
  }
  if (linked) return null;
  return {
    title:
      notice.partnerName === null
        ? t('partner.notice.unlinkedByOtherNameless')
        : t('partner.notice.unlinkedByOther', { partner: notice.partnerName }),
    body: t('partner.notice.unlinkedBody'),
    warm: false,
  };
}

/** What the person just did themselves, confirmed where it happened, until they put it away. */
function OwnConfirmation({ where }: { where: 'today' | 'partner' }) {
  const me = useCurrentMe();
  const confirmation = useConfirmation(me.user.id);
  // Present when the screen opened (arriving on Today after joining): the heading has focus.
  // Arriving later (unlinking on this screen): the note takes focus, the dialog's button is gone.
  const presentAtOpen = useRef(confirmation !== null);
  const words = confirmation
    ? confirmationWords(confirmation, me.couple?.partnerName ?? null, where)
    : null;
  if (!words) return null;
  return (
    <Note
      words={words}
      focusOnArrival={!presentAtOpen.current}
      onDismiss={() => {
        forgetConfirmation();
        focusScreenHeading();
      }}
    />
  );
}

/** The note the server keeps for this person about what their partner did. */
function PartnerNotice() {
  const me = useCurrentMe();
  const notice = useCoupleNotice(me.couple?.id ?? null);
  const dismiss = useDismissNotice();
  const shown = notice.data?.notice ?? null;
  const words = shown ? noticeWords(shown, me.couple !== null) : null;
  if (!shown || !words) return null;
  // A note already put away elsewhere is not a failure; anything else brings it back with a word.
  const failed =
    dismiss.isError && !(dismiss.error instanceof ApiError && dismiss.error.status === 404);
  return (
    <Note
      words={words}
      error={failed ? t('partner.notice.dismissFailed') : null}
      onDismiss={() => {
        dismiss.mutate(shown.kind);
        focusScreenHeading();
      }}
    />
  );
}

/**
 * The top of Today: a kind confirmation of what the person just did (joined,
 * or signed up from an invite that no longer works), and the calm note of
 * what their partner did (linked with them, or ended the link), each shown
 * until put away. Renders nothing when there is nothing to say.
 */
export function CoupleNotice() {
  return (
    <div className="couple-notes">
      <OwnConfirmation where="today" />
      <PartnerNotice />
    </div>
  );
}

/** The top of Partner: the confirmation right after unlinking there. */
export function UnlinkConfirmation() {
  return <OwnConfirmation where="partner" />;
}
