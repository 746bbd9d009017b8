// Small pieces shared by the live pages: the aria-live announcer, the connection notice, the
// "answering now" banner, and the links between the session's views.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LiveAbilities, LiveQuestion, LiveSession } from '@shared/schemas/live';

export function Announcer({ text }: { text: string }) {
  return (
    <div
      className="visually-hidden"
      aria-live="polite"
      aria-atomic="true"
      data-testid="live-announcer"
    >
      {text}
    </div>
  );
}

export function ConnectionNotice({ connected }: { connected: boolean }) {
  const { t } = useTranslation('live');
  return (
    <p role="status" className={connected ? 'visually-hidden' : 'live-offline'}>
      {connected ? '' : t('connection.offline')}
    </p>
  );
}

export function AnsweringBanner({ question }: { question?: LiveQuestion }) {
  const { t } = useTranslation('live');
  if (!question) return null;
  return (
    <section className="live-banner" aria-labelledby="live-answering-heading">
      <h2 id="live-answering-heading">{t('answeringNow')}</h2>
      <p className="live-banner__text">{question.text}</p>
    </section>
  );
}

export function SessionLinks({
  session,
  abilities,
  current,
}: {
  session: LiveSession;
  abilities: LiveAbilities;
  current: 'public' | 'moderate' | 'official' | 'projector';
}) {
  const { t } = useTranslation('live');
  const base = `/direkt/${session.id}`;
  const links = [
    { key: 'public', to: base, show: true },
    { key: 'moderate', to: `${base}/moderera`, show: abilities.moderate },
    { key: 'official', to: `${base}/svara`, show: abilities.mark },
    { key: 'projector', to: `${base}/storbild`, show: true },
  ].filter((l) => l.show && l.key !== current);
  return (
    <ul className="live-links">
      {links.map((l) => (
        <li key={l.key}>
          <Link to={l.to}>{t(`links.${l.key}`)}</Link>
        </li>
      ))}
    </ul>
  );
}

export function StatusBadge({ session }: { session: LiveSession }) {
  const { t } = useTranslation('live');
  return (
    <span className={`live-badge live-badge--${session.status}`}>
      {t(`status.${session.status}`)}
    </span>
  );
}
