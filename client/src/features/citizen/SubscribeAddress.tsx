// A calendar address to subscribe to: shown in full to copy into a calendar app (with a copy
// button), and, separately, a link that says it downloads the file. The text says what each does.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import './citizen.css';

export function SubscribeAddress({ path, label }: { path: string; label: string }) {
  const { t } = useTranslation('citizen');
  const [copied, setCopied] = useState(false);
  const address = new URL(path, window.location.origin).toString();
  const id = `subscribe-${path.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <div className="subscribe-address">
      <label htmlFor={id}>{label}</label>
      <span className="hint" id={`${id}-hint`}>
        {t('calendar.subscribeHint')}
      </span>
      <div className="subscribe-address__row">
        <input
          id={id}
          readOnly
          value={address}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            void navigator.clipboard?.writeText(address).then(() => setCopied(true));
          }}
        >
          {t('calendar.copy')}
        </button>
      </div>
      <p className="meta" role="status">
        {copied ? t('calendar.copied') : ''}
      </p>
      <p>
        <a href={path} download>
          {t('calendar.download')}
        </a>
      </p>
    </div>
  );
}
