// Where notifications are e-mailed: an optional address on the person's own page.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { NotificationSettingsSchema } from '@shared/schemas/notifications';
import { ApiError, apiData } from '../../api';

export function EmailSettings() {
  const { t } = useTranslation('proposals');
  const [email, setEmail] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    apiData<{ email: string }>('/notification-settings')
      .then((s) => setEmail(s.email))
      .catch(() => undefined);
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = NotificationSettingsSchema.safeParse({ email: email.trim() });
    if (!parsed.success) {
      setMessage({ ok: false, text: parsed.error.issues[0]?.message ?? '' });
      return;
    }
    try {
      await apiData('/notification-settings', { method: 'PUT', json: parsed.data });
      setMessage({ ok: true, text: t('notifications.emailSaved') });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof ApiError ? error.message : String(error) });
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="email-settings-heading">
      <h3 id="email-settings-heading">{t('notifications.emailTitle')}</h3>
      <div className="field">
        <label htmlFor="notification-email">{t('notifications.emailLabel')}</label>
        <span className="hint" id="notification-email-hint">
          {t('notifications.emailHint')}
        </span>
        <input
          id="notification-email"
          type="email"
          autoComplete="email"
          aria-describedby="notification-email-hint"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </div>
      <button type="submit" className="button">
        {t('notifications.emailSave')}
      </button>
      <p role="status" className={message?.ok ? 'success-text' : 'error-text'}>
        {message?.text}
      </p>
    </form>
  );
}
