/**
 * A real SMTP server on loopback (smtp-server) that keeps every message it
 * receives, for tests that check exactly what was sent. Plain SMTP: no
 * STARTTLS, no login; the app's SMTP_URL points at it with ignoreTLS.
 */
import { SMTPServer } from 'smtp-server';
import type { MailConfig } from '../../src/server/mail/mailer';

export interface CapturedMail {
  /** The envelope: who it was delivered to. */
  to: string[];
  from: string;
  /** Header names in lower case, values unfolded. */
  headers: Record<string, string>;
  subject: string;
  /** The body, decoded. */
  text: string;
  /** The message as it came over the wire. */
  raw: string;
}

export interface MailCapture {
  /** Point the app here. */
  config: MailConfig;
  messages: CapturedMail[];
  /** Messages to this address are refused (a mailbox that does not exist). */
  refuse(address: string): void;
  /** Waits until `count` messages have arrived in all. */
  waitFor(count: number, timeoutMs?: number): Promise<CapturedMail[]>;
  clear(): void;
  close(): Promise<void>;
}

function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

export function parseMail(raw: string, envelope: { from: string; to: string[] }): CapturedMail {
  const split = raw.indexOf('\r\n\r\n');
  const head = raw.slice(0, split).replace(/\r\n[ \t]+/g, ' ');
  const body = raw.slice(split + 4);
  const headers: Record<string, string> = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const encoding = (headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const text =
    encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : encoding === 'base64'
        ? Buffer.from(body, 'base64').toString('utf8')
        : body;
  return {
    ...envelope,
    headers,
    subject: headers.subject ?? '',
    text: text.replace(/\r\n/g, '\n'),
    raw,
  };
}

export async function startMailCapture(): Promise<MailCapture> {
  const messages: CapturedMail[] = [];
  const refused = new Set<string>();
  const waiters: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo: (address, _session, callback) => {
      if (refused.has(address.address.toLowerCase())) {
        const error = Object.assign(new Error('No such mailbox'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    onData: (stream, session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const mailFrom = session.envelope.mailFrom;
        messages.push(
          parseMail(Buffer.concat(chunks).toString('utf8'), {
            from: mailFrom ? mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
          }),
        );
        for (const wake of waiters.splice(0)) wake();
        callback();
      });
    },
  });
  const port = await new Promise<number>((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.server.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
  });
  return {
    config: {
      smtpUrl: `smtp://127.0.0.1:${port}/?ignoreTLS=true`,
      from: 'Rekindle <rekindle@example.org>',
    },
    messages,
    refuse: (address) => refused.add(address.toLowerCase()),
    waitFor: async (count, timeoutMs = 5000) => {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages.slice(0, count);
    },
    clear: () => {
      messages.length = 0;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
