/**
 * Where a nudge goes besides the app itself (Today always shows what is
 * waiting). Each channel sends the same generic nudge its own way; a new
 * channel is one more entry in the list the feature builds (notifications.feature.ts).
 */
import type { ChannelId } from '../../../core/reminders';
import type { ServiceDeps } from '../deps';
import { nudgeEmail } from './notifications.messages';
import { unsubscribeToken } from './notifications.tokens';

export interface Recipient {
  userId: string;
  email: string;
  /** The person's local day the nudge belongs to: a retry skips devices it reached already. */
  day: string;
  /** When the nudge stops being wanted (core/nudge-expiry.ts): how long a push service may hold it. */
  until: Date;
}

export interface Channel {
  id: ChannelId;
  /** Whether this server can deliver over the channel at all. */
  available: boolean;
  /** Sends one person the generic nudge; rejects when it could not (the job is retried). */
  send(recipient: Recipient): Promise<void>;
}

/** Email over SMTP, when SMTP_URL and MAIL_FROM are set. */
export function emailChannel(deps: Pick<ServiceDeps, 'mailer' | 'publicUrl' | 'secret'>): Channel {
  const { mailer } = deps;
  return {
    id: 'email',
    available: mailer !== null,
    send: async (recipient) => {
      if (!mailer) throw new Error('email is off');
      await mailer.send(
        nudgeEmail(recipient.email, {
          app: `${deps.publicUrl}/`,
          settings: `${deps.publicUrl}/settings#notifications`,
          unsubscribe: `${deps.publicUrl}/unsubscribe/${unsubscribeToken(deps.secret, recipient.userId)}`,
        }),
      );
    },
  };
}

export function availabilityOf(channels: readonly Channel[]): Record<ChannelId, boolean> {
  const available: Record<ChannelId, boolean> = { email: false, push: false };
  for (const channel of channels) available[channel.id] = channel.available;
  return available;
}
