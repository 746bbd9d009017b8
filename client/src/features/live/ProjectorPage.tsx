// /direkt/:id/storbild — the large-screen view for the meeting room: the question being answered
// and the most voted questions, in large type, updated live.
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { usePageTitle } from '../../usePageTitle';
import { Announcer } from './LiveParts';
import { isMissing, sortQuestions, useLiveSession } from './useLiveSession';
import { ErrorText } from '../../errors/ErrorText';
import './live.css';

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
  );
}
