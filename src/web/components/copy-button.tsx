import { useEffect, useState } from 'react';
import { Button } from 'react-aria-components';
import { t } from '../i18n';
import { announce } from '../lib/announcer';

/** Copies text to the clipboard and says so, in words, without a pop-up. */
export function CopyButton({ text, label }: { text: string; label: string }) {
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 3000);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
      announce(t('common.copied'));
    } catch {
      announce(t('common.copyFailed'));
    }
  };

  return (
    <Button className="button button--secondary" onPress={() => void copy()}>
      {copied ? t('common.copied') : label}
    </Button>
  );
}
