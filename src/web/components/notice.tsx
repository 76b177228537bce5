import type { ReactNode } from 'react';

type NoticeProps = { tone?: 'error' | 'success' | 'info'; children: ReactNode; action?: ReactNode };

/**
 * An inline message. Errors use role="alert" so they are read at once;
 * confirmations use role="status" so they wait their turn.
 */
export function Notice({ tone = 'info', children, action }: NoticeProps) {
  return (
    <div className={`notice notice--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p>{children}</p>
      {action}
    </div>
  );
}
