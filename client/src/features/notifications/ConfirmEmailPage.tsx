// /bekrafta-epost?token=…: the page the confirmation mail links to. Signed in, it sends the token
// once and shows the result; otherwise it asks the person to log in and come back here. (Opening
// the link alone changes nothing, so a mail scanner that fetches links confirms nothing.)
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { NotificationSettingsView } from '@shared/schemas/notifications';
import { ApiError, apiData } from '../../api';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';

type Outcome =
  | { state: 'working' }
  | { state: 'done'; email: string }
  | { state: 'failed'; key: 'confirmInvalid' | 'confirmExpired' | 'confirmNoToken' };

function failureKey(error: unknown): 'confirmInvalid' | 'confirmExpired' | 'confirmNoToken' {
  if (!(error instanceof ApiError) || error.code !== 'validation_failed') return 'confirmInvalid';
  const reason = (error.details as { reason?: string } | undefined)?.reason;
  if (reason === 'email_token_expired') return 'confirmExpired';
  return reason === 'email_token_invalid' ? 'confirmInvalid' : 'confirmNoToken';
}

export function ConfirmEmailPage() {
  const { t } = useTranslation('proposals');
  usePageTitle(t('notifications.confirmTitle'));
  const { me, loading } = useSession();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [result, setOutcome] = useState<Outcome>({ state: 'working' });
  const outcome: Outcome = token ? result : { state: 'failed', key: 'confirmNoToken' };
  const sent = useRef(false);

  useEffect(() => {
    if (loading || !me || !token || sent.current) return;
    sent.current = true;
    apiData<NotificationSettingsView>('/notification-settings/confirm', {
      method: 'POST',
      json: { token },
    })
      .then((settings) => setOutcome({ state: 'done', email: settings.email }))
      .catch((error: unknown) => setOutcome({ state: 'failed', key: failureKey(error) }));
  }, [loading, me, token]);

  const here = `/bekrafta-epost?token=${encodeURIComponent(token)}`;
  return (
    <div className="page">
      <h1>{t('notifications.confirmTitle')}</h1>
      {!loading && !me && (
        <>
          <p>{t('notifications.confirmLogin')}</p>
          <p>
            <Link className="button" to={`/logga-in?returnTo=${encodeURIComponent(here)}`}>
              {t('form.login')}
            </Link>
          </p>
        </>
      )}
      {me && (
        <div role="status">
          {outcome.state === 'working' && <p>{t('notifications.confirming')}</p>}
          {outcome.state === 'done' && (
            <p className="success-text">{t('notifications.confirmed', { email: outcome.email })}</p>
          )}
          {outcome.state === 'failed' && (
            <p className="error-text">{t(`notifications.${outcome.key}`)}</p>
          )}
        </div>
      )}
      {me && outcome.state !== 'working' && (
        <p>
          <Link to="/aviseringar">{t('notifications.toSettings')}</Link>
        </p>
      )}
    </div>
  );
}
