/**
 * The words of a nudge. Every nudge says the same thing, whatever it is
 * about: no name, no content, no word that would tell anyone reading over a
 * shoulder or on a lock screen more than that the app has something new.
 */
import type { OutgoingMail } from '../../mail/mailer';

export const NUDGE_SUBJECT = 'You have something new in Rekindle';

export interface NudgeLinks {
  /** The app itself. */
  app: string;
  /** Where reminders are changed (time, quiet hours, channels). */
  settings: string;
  /** Turns email reminders off at once, without logging in. */
  unsubscribe: string;
}

/** The email nudge, with RFC 8058 one-click unsubscribe headers. */
export function nudgeEmail(to: string, links: NudgeLinks): OutgoingMail {
  return {
    to,
    subject: NUDGE_SUBJECT,
    text: [
      'Hello,',
      '',
      'You have something new in Rekindle.',
      '',
      `Open Rekindle: ${links.app}`,
      '',
      '—',
      'You get this because you turned on email reminders. You can change their time,',
      `set quiet hours or turn them off in your settings: ${links.settings}`,
      '',
      `To stop these emails now, without logging in: ${links.unsubscribe}`,
      '',
    ].join('\n'),
    headers: {
      'List-Unsubscribe': `<${links.unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
