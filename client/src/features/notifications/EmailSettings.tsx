// Where notifications are e-mailed: the confirmed address, and a new one waiting for the person to
// open the confirmation link mailed to it (the server uses it only then).
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  NotificationSettingsSchema,
  type NotificationSettingsView,
} from '@shared/schemas/notifications';
import { apiData } from '../../api';

type Message = { ok: boolean; text: string } | null;

export function EmailSettings() {
  const { t } = useTranslation('proposals');
  const [email, setEmail] = useState('');
  const [settings, setSettings] = useState<NotificationSettingsView | null>(null);
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    apiData<NotificationSettingsView>('/notification-settings')
      .then((s) => {
        setSettings(s);
        // Whatever the person typed meanwhile wins.
        setEmail((typed) => typed || s.pending?.email || s.email);
      })
      .catch(() => undefined);
  }, []);

  async function save(event: FormEvent) {
    event.preventDefault();
    const parsed = NotificationSettingsSchema.safeParse({ email: email.trim() });
    if (!parsed.success) {
      setMessage({ ok: false, text: t('notifications.emailInvalid') });
      return;
    }
    try {
      const saved = await apiData<NotificationSettingsView>('/notification-settings', {
        method: 'PUT',
        json: parsed.data,
      });
      setSettings(saved);
      setMessage({
        ok: true,
        text: saved.pending
          ? t('notifications.emailPending', { email: saved.pending.email })
          : saved.email
            ? t('notifications.emailSaved')
            : t('notifications.emailRemoved'),
      });
    } catch {
      setMessage({ ok: false, text: t('error', { ns: 'common' }) });
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} aria-labelledby="email-settings-heading" noValidate>
      <h3 id="email-settings-heading">{t('notifications.emailTitle')}</h3>
      {settings && (
        <p data-testid="email-current">
          {settings.email
            ? t('notifications.emailCurrent', { email: settings.email })
            : t('notifications.emailNone')}
        </p>
      )}
      {settings?.pending && !message && (
        <p>{t('notifications.emailPending', { email: settings.pending.email })}</p>
      )}
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
          aria-invalid={message?.ok === false ? true : undefined}
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
