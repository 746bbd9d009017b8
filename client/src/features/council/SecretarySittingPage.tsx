// The secretary's console for the sitting (/sekreterare/moten/:id/sammantrade): open, adjourn and
// close it; the roll call from the body's members with a substitute picker and the quorum live;
// the current item; the speakers list; motions; the decision; votes with who has not voted yet;
// reservations and recusals (jäv) entered for a member; and after closing the minutes draft,
// edited and registered as the meeting's protokoll. Each part lives in ./secretary; this page
// composes them.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorText } from '../../errors/ErrorText';
import { usePageTitle } from '../../usePageTitle';
import { useMeeting } from '../records/queries';
import { CurrentItem } from './secretary/CurrentItem';
import { ItemWork } from './secretary/ItemWork';
import { MinutesDraft } from './secretary/MinutesDraft';
import { RollCall } from './secretary/RollCall';
import { SessionControls } from './secretary/SessionControls';
import { useSitting } from './useSitting';
import './council.css';

export function SecretarySittingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const meeting = useMeeting(id);
  const state = useSitting(id);
  usePageTitle(t('console.title'));
  const m = meeting.data;
  return (
    <div className="page council">
      <p className="meta">
        <Link to={`/sekreterare/moten/${id}`}>{t('console.back')}</Link>
      </p>
      <h1>{t('console.title')}</h1>
      {m && <p>{m.title}</p>}
      <ErrorText error={meeting.error} />
      {state && m && (
        <>
          <SessionControls meetingId={id} state={state} />
          {state.status === 'in_session' && (
            <>
              <RollCall meetingId={id} state={state} />
              <CurrentItem meetingId={id} state={state} />
              <ItemWork meeting={m} state={state} />
            </>
          )}
          {state.status === 'closed' && <MinutesDraft meeting={m} />}
        </>
      )}
    </div>
  );
}
