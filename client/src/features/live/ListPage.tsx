// /direkt — live dialogues (open, scheduled, closed), and for secretaries and moderators the form
// that creates a new one.
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import type { LiveSession } from '@shared/schemas/live';
import { api, apiData } from '../../api';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { StatusBadge } from './LiveParts';
import './live.css';

function CreateForm() {
  const { t } = useTranslation('live');
  const navigate = useNavigate();
  const id = useId();
  const [title, setTitle] = useState('');
  const [premoderation, setPremoderation] = useState(true);
  const [streamUrl, setStreamUrl] = useState('');
  const [meetingId, setMeetingId] = useState('');
  const [officialIds, setOfficialIds] = useState('');
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ids = officialIds
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    try {
      const created = await apiData<LiveSession>('/live-sessions', {
        method: 'POST',
        json: {
          title,
          premoderation,
          ...(streamUrl ? { streamUrl } : {}),
          ...(meetingId ? { meetingId } : {}),
          ...(ids.length ? { officialIds: ids } : {}),
        },
      });
      void navigate(`/direkt/${created.id}/moderera`);
    } catch (e) {
      setError(t('error', { message: (e as Error).message }));
    }
  }

  return (
    <form className="live-create card" onSubmit={(e) => void submit(e)}>
      <h2>{t('create.title')}</h2>
      <label htmlFor={`${id}-title`}>{t('create.name')}</label>
      <input
        id={`${id}-title`}
        required
        maxLength={200}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <label className="live-check">
        <input
          type="checkbox"
          checked={premoderation}
          onChange={(e) => setPremoderation(e.target.checked)}
        />{' '}
        {t('create.premoderation')}
      </label>
      <label htmlFor={`${id}-stream`}>{t('create.streamUrl')}</label>
      <input
        id={`${id}-stream`}
        type="url"
        value={streamUrl}
        onChange={(e) => setStreamUrl(e.target.value)}
      />
      <label htmlFor={`${id}-meeting`}>{t('create.meetingId')}</label>
      <input
        id={`${id}-meeting`}
        value={meetingId}
        onChange={(e) => setMeetingId(e.target.value)}
      />
      <label htmlFor={`${id}-officials`}>{t('create.officialIds')}</label>
      <input
        id={`${id}-officials`}
        value={officialIds}
        onChange={(e) => setOfficialIds(e.target.value)}
      />
      <button type="submit" className="button">
        {t('create.submit')}
      </button>
      {error && <p role="alert">{error}</p>}
    </form>
  );
}

export function useLiveSessions(query: string) {
  const [sessions, setSessions] = useState<LiveSession[] | null>(null);
  useEffect(() => {
    let cancelled = false;
    api<{ data: LiveSession[] }>(`/live-sessions${query}`)
      .then((r) => !cancelled && setSessions(r.data))
      .catch(() => !cancelled && setSessions([]));
    return () => {
      cancelled = true;
    };
  }, [query]);
  return sessions;
}

export function ListPage() {
  const { t } = useTranslation('live');
  const { me } = useSession();
  usePageTitle(t('listTitle'));
  const sessions = useLiveSessions('?pageSize=50');
  const manager = me?.roles.some((r) => ['secretary', 'moderator', 'admin'].includes(r.role));
  return (
    <div className="page live-page">
      <h1>{t('listTitle')}</h1>
      <p className="lead">{t('listIntro')}</p>
      {manager && <CreateForm />}
      {sessions === null ? (
        <p role="status">…</p>
      ) : sessions.length === 0 ? (
        <p>{t('homeNone')}</p>
      ) : (
        <ul className="card-list">
          {sessions.map((s) => (
            <li key={s.id} className="card">
              <Link to={`/direkt/${s.id}`}>{s.title}</Link> <StatusBadge session={s} />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
