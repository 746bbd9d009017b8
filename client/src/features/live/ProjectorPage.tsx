// /direkt/:id/storbild — the large-screen view for the meeting room, without the site's frame: the
// question being answered, the most voted questions in large type, updated live, and how to take
// part: the session's address and a QR code of it.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../usePageTitle';
import { Announcer } from './LiveParts';
import { isMissing, sortQuestions, useLiveSession } from './useLiveSession';
import { ErrorText } from '../../errors/ErrorText';
import './live.css';

/** The session's public address and its QR code (an image, drawn in the browser). */
function JoinCode({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation('live');
  const url = `${window.location.origin}/direkt/${sessionId}`;
  const [image, setImage] = useState<string>();
  useEffect(() => {
    let current = true;
    void import('qrcode').then(async (qrcode) => {
      const data = await qrcode.toDataURL(url, { margin: 1, width: 480 });
      if (current) setImage(data);
    });
    return () => {
      current = false;
    };
  }, [url]);
  return (
    <section className="live-projector__join" aria-labelledby="projector-join">
      <h2 id="projector-join">{t('projector.join')}</h2>
      {image && <img src={image} alt={t('projector.qrAlt', { url })} width={240} height={240} />}
      <p className="live-projector__url">{url}</p>
    </section>
  );
}

export function ProjectorPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('live');
  const { state } = useLiveSession(id);
  const { session } = state;
  usePageTitle(t('projector.title', { title: session?.title ?? '' }));
  if (!session) {
    return (
      <div className="page">
        <h1>{state.error ? t('notFound') : t('projector.title', { title: '' })}</h1>
        <ErrorText error={isMissing(state.error) ? null : state.error} />
      </div>
    );
  }
  const answering = state.questions.find((q) => q.state === 'answering');
  const top = sortQuestions(
    state.questions.filter((q) => q.state === 'visible'),
    'votes',
  ).slice(0, 5);
  return (
    <div className="live-projector">
      <h1>{session.title}</h1>
      <Announcer text={state.announcement} />
      <div className="live-projector__grid">
        <div>
          {answering && (
            <section className="live-projector__now" aria-labelledby="projector-now">
              <h2 id="projector-now">{t('answeringNow')}</h2>
              <p>{answering.text}</p>
            </section>
          )}
          <section aria-labelledby="projector-top">
            <h2 id="projector-top">{t('projector.top')}</h2>
            <ol>
              {top.map((q) => (
                <li key={q.id}>
                  <span className="live-projector__votes">{q.votes}</span> {q.text}
                </li>
              ))}
            </ol>
          </section>
        </div>
        {session.status !== 'closed' && <JoinCode sessionId={session.id} />}
      </div>
    </div>
  );
}
