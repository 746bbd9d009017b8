// The live feature's section on the start page: "Direkt just nu", the open live dialogues.
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLiveSessions } from './queries';

function LiveNow() {
  const { t } = useTranslation('live');
  const { data: sessions } = useLiveSessions('?status=open&pageSize=5');
  return (
    <section aria-labelledby="home-live-heading" className="home-section">
      <h2 id="home-live-heading">{t('homeTitle')}</h2>
      {sessions === undefined ? null : sessions.length === 0 ? (
        <p>{t('homeNone')}</p>
      ) : (
        <ul className="card-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <Link to={`/direkt/${s.id}`}>{s.title}</Link>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link to="/direkt">{t('homeAll')}</Link>
      </p>
    </section>
  );
}

export const liveHomeSections: ComponentType[] = [LiveNow];
