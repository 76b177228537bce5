/**
 * Email over SMTP (nodemailer), configured by SMTP_URL and MAIL_FROM. Without
 * them there is no mailer and email is simply off. Messages are plain text,
 * written by the features that send them; this module only delivers.
 */
import { createTransport } from 'nodemailer';

export interface MailConfig {
  /** smtp:// or smtps:// with user, password and options, e.g. smtps://user:pass@mail.example:465 */
  smtpUrl: string;
  /** The sender, e.g. "Rekindle <rekindle@example.org>". */
  from: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  /** Extra header lines, such as List-Unsubscribe. */
  headers?: Readonly<Record<string, string>>;
}

export interface Mailer {
  /** Delivers one message to the SMTP server; rejects when it is not accepted. */
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

/** Bounded waits, so a mail server that hangs cannot hold a job for minutes. */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 };

export function createSmtpMailer(config: MailConfig): Mailer {
  const transport = createTransport({ url: config.smtpUrl, ...TIMEOUTS });
  return {
    send: async (mail) => {
      await transport.sendMail({
        from: config.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        headers: { 'Auto-Submitted': 'auto-generated', ...mail.headers },
      });
    },
    close: () => transport.close(),
  };
}
