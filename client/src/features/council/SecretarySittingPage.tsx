// The secretary's console for the sitting (/sekreterare/moten/:id/sammantrade): open, adjourn and
// close it; the roll call from the body's members with a substitute picker and the quorum live;
// the current item; the speakers list; motions; the decision; votes with who has not voted yet;
// and after closing the minutes draft, edited and registered as the meeting's protokoll.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type {
  AttendeeView,
  Choice,
  ItemStateView,
  MeetingStateView,
  VoteView,
} from '@shared/schemas/council';
import type { MeetingView } from '@shared/schemas/meetings';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { stockholmToday } from '../../dates';
import { queryKeys } from '../../query/keys';
import { usePageTitle } from '../../usePageTitle';
import { useMeeting } from '../records/queries';
import { nameOf, VoteResult } from './parts';
import { currentItemOf, useSitting } from './useSitting';
import './council.css';

const post = (path: string, json: unknown = {}) => apiData(path, { method: 'POST', json });
const put = (path: string, json: unknown) => apiData(path, { method: 'PUT', json });

export function SecretarySittingPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('council');
  const meeting = useMeeting(id);
  const state = useSitting(id);
  const client = useQueryClient();
  usePageTitle(t('console.title'));
  const session = useMutation({
    mutationFn: (step: 'start' | 'adjourn' | 'resume' | 'close') =>
      post(`/meetings/${id}/session/${step}`),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.meetings.detail(id) }),
  });
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
          <p className="badge" role="status">
            {state.adjourned ? t('status.adjourned') : t(`status.${state.status}`)}
          </p>
          <div className="row-actions">
            {state.status === 'published' && (
              <button type="button" className="button" onClick={() => session.mutate('start')}>
                {t('console.start')}
              </button>
            )}
            {state.status === 'in_session' && (
              <>
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => session.mutate(state.adjourned ? 'resume' : 'adjourn')}
                >
                  {state.adjourned ? t('console.resume') : t('console.adjourn')}
                </button>
                <button
                  type="button"
                  className="button button--danger"
                  onClick={() => session.mutate('close')}
                >
                  {t('console.close')}
                </button>
              </>
            )}
            <Link to={`/moten/${id}/direkt`}>{t('console.followLink')}</Link>
          </div>
          <ErrorText error={session.error} />
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

function RollCall({ meetingId, state }: { meetingId: string; state: MeetingStateView }) {
  // The form starts again from the stored roll call whenever that changes.
  const signature = JSON.stringify(
    state.attendance.members.map((a) => [a.userId, a.present, a.substituteFor?.userId]),
  );
  return <RollCallForm key={signature} meetingId={meetingId} state={state} />;
}

function RollCallForm({ meetingId, state }: { meetingId: string; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const members = state.attendance.members;
  const [marks, setMarks] = useState<Record<string, { present: boolean; substituteFor?: string }>>(
    () =>
      Object.fromEntries(
        members.map((a) => [
          a.userId,
          { present: a.present, substituteFor: a.substituteFor?.userId },
        ]),
      ),
  );
  const save = useMutation({
    mutationFn: () =>
      put(`/meetings/${meetingId}/attendance`, {
        entries: Object.entries(marks).map(([userId, mark]) => ({
          userId,
          present: mark.present,
          ...(mark.present && mark.substituteFor ? { substituteFor: mark.substituteFor } : {}),
        })),
      }),
  });
  const absentSeats = members.filter((a) => a.seat && !marks[a.userId]?.present);
  const q = state.attendance;
  return (
    <section aria-labelledby="rollcall-heading">
      <h2 id="rollcall-heading">{t('console.rollCall')}</h2>
      <p role="status">
        {t('quorum.line', { present: q.present, seats: q.seats, required: q.required })}{' '}
        <strong>{q.quorum ? t('quorum.yes') : t('quorum.no')}</strong>
      </p>
      <div className="roll-call">
        <table>
          <caption className="visually-hidden">{t('console.rollCall')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('console.member')}</th>
              <th scope="col">{t('console.present')}</th>
              <th scope="col">{t('console.substituteFor')}</th>
            </tr>
          </thead>
          <tbody>
            {members.map((a: AttendeeView) => {
              const mark = marks[a.userId] ?? { present: false };
              return (
                <tr key={a.userId}>
                  <th scope="row">
                    {nameOf(a)}
                    {a.position ? `, ${a.position}` : ''}
                  </th>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('console.presentFor', { name: a.displayName })}
                      checked={mark.present}
                      onChange={(e) => {
                        const present = e.currentTarget.checked;
                        setMarks((all) => ({ ...all, [a.userId]: { ...mark, present } }));
                      }}
                    />
                  </td>
                  <td>
                    {!a.seat && (
                      <select
                        aria-label={t('console.substituteForName', { name: a.displayName })}
                        value={mark.substituteFor ?? ''}
                        onChange={(e) => {
                          const substituteFor = e.currentTarget.value || undefined;
                          setMarks((all) => ({
                            ...all,
                            [a.userId]: {
                              present: mark.present || Boolean(substituteFor),
                              substituteFor,
                            },
                          }));
                        }}
                      >
                        <option value="">{t('console.noSubstitute')}</option>
                        {absentSeats.map((s) => (
                          <option key={s.userId} value={s.userId}>
                            {nameOf(s)}
                          </option>
                        ))}
                        {mark.substituteFor &&
                          !absentSeats.some((s) => s.userId === mark.substituteFor) && (
                            <option value={mark.substituteFor}>
                              {members.find((s) => s.userId === mark.substituteFor)?.displayName}
                            </option>
                          )}
                      </select>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <button type="button" className="button" onClick={() => save.mutate()}>
        {t('console.saveRollCall')}
      </button>
      {save.isSuccess && <p role="status">{t('console.saved')}</p>}
      <ErrorText error={save.error} />
    </section>
  );
}

function CurrentItem({ meetingId, state }: { meetingId: string; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const take = useMutation({
    mutationFn: (itemId: string) => put(`/meetings/${meetingId}/current-item`, { itemId }),
  });
  return (
    <section aria-labelledby="items-heading">
      <h2 id="items-heading">{t('items')}</h2>
      <ol className="sitting-items">
        {state.items.map((item) => {
          const current = item.itemId === state.currentItemId;
          return (
            <li
              key={item.itemId}
              className={current ? 'current' : undefined}
              aria-current={current ? 'step' : undefined}
            >
              <div className="row-actions">
                <span>
                  § {item.number} {item.title}
                  {current ? ` – ${t('currentItem')}` : ''}
                </span>
                {!current && (
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('console.takeUpItem', { number: item.number })}
                    onClick={() => take.mutate(item.itemId)}
                  >
                    {t('console.takeUp')}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      <ErrorText error={take.error} />
    </section>
  );
}

function ItemWork({ meeting, state }: { meeting: MeetingView; state: MeetingStateView }) {
  const item = currentItemOf(state);
  if (!item) return null;
  return (
    <>
      <Speakers item={item} state={state} />
      <Motions item={item} state={state} />
      <Votes item={item} state={state} />
      <Decision meeting={meeting} item={item} />
    </>
  );
}

function MemberPicker({
  id,
  label,
  state,
  value,
  onChange,
}: {
  id: string;
  label: string;
  state: MeetingStateView;
  value: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation('council');
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('console.choose')}</option>
        {state.attendance.members
          .filter((m) => m.present)
          .map((m) => (
            <option key={m.userId} value={m.userId}>
              {nameOf(m)}
            </option>
          ))}
      </select>
    </>
  );
}

function Speakers({ item, state }: { item: ItemStateView; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const [who, setWho] = useState('');
  const [replik, setReplik] = useState(false);
  const base = `/agenda-items/${item.itemId}/speakers`;
  const add = useMutation({
    mutationFn: () => post(base, { userId: who, replik }),
    onSuccess: () => {
      setWho('');
      setReplik(false);
    },
  });
  const next = useMutation({
    mutationFn: (speakerId?: string) => post(`${base}/next`, speakerId ? { speakerId } : {}),
  });
  const order = useMutation({
    mutationFn: (speakerIds: string[]) => put(`${base}/order`, { speakerIds }),
  });
  const move = (index: number, by: number) => {
    const ids = state.speakers.map((s) => s.id);
    const [moved] = ids.splice(index, 1);
    ids.splice(index + by, 0, moved!);
    order.mutate(ids);
  };
  return (
    <section aria-labelledby="speakers-heading">
      <h2 id="speakers-heading">{t('speakers.heading')}</h2>
      <p role="status">
        {state.speaking
          ? t('speakers.now', { name: nameOf(state.speaking) })
          : t('speakers.nobody')}
      </p>
      <ol>
        {state.speakers.map((s, index) => (
          <li key={s.id}>
            <div className="row-actions">
              <span>
                {nameOf(s)}
                {s.replik ? ` (${t('speakers.replik')})` : ''}
              </span>
              <button
                type="button"
                className="button button--small"
                onClick={() => next.mutate(s.id)}
                aria-label={t('speakers.giveFloorTo', { name: s.displayName })}
              >
                {t('speakers.giveFloor')}
              </button>
              {index > 0 && (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('speakers.up', { name: s.displayName })}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
              )}
              {index < state.speakers.length - 1 && (
                <button
                  type="button"
                  className="button button--small button--secondary"
                  aria-label={t('speakers.down', { name: s.displayName })}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
              )}
            </div>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={() => next.mutate(undefined)}>
        {t('speakers.nextButton')}
      </button>
      <div className="row-actions">
        <MemberPicker
          id="speaker-add"
          label={t('speakers.add')}
          state={state}
          value={who}
          onChange={setWho}
        />
        <label>
          <input
            type="checkbox"
            checked={replik}
            onChange={(e) => setReplik(e.currentTarget.checked)}
          />{' '}
          {t('speakers.replik')}
        </label>
        <button
          type="button"
          className="button button--secondary"
          disabled={!who}
          onClick={() => add.mutate()}
        >
          {t('speakers.addButton')}
        </button>
      </div>
      <ErrorText error={add.error ?? next.error ?? order.error} />
    </section>
  );
}

function Motions({ item, state }: { item: ItemStateView; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const [who, setWho] = useState('');
  const [text, setText] = useState('');
  const add = useMutation({
    mutationFn: () =>
      post(`/agenda-items/${item.itemId}/motions`, { text, ...(who ? { userId: who } : {}) }),
    onSuccess: () => {
      setText('');
      setWho('');
    },
  });
  return (
    <section aria-labelledby="motions-heading">
      <h2 id="motions-heading">{t('motions.heading')}</h2>
      <ul>
        {item.motions.map((m) => (
          <li key={m.id}>
            {m.by ? `${nameOf(m.by)}: ` : ''}
            {m.text}
          </li>
        ))}
      </ul>
      <MemberPicker
        id="motion-by"
        label={t('motions.by')}
        state={state}
        value={who}
        onChange={setWho}
      />
      <label htmlFor="motion-text">{t('motions.text')}</label>
      <textarea
        id="motion-text"
        rows={2}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button
          type="button"
          className="button button--secondary"
          disabled={!text.trim()}
          onClick={() => add.mutate()}
        >
          {t('motions.add')}
        </button>
      </p>
      <ErrorText error={add.error} />
    </section>
  );
}

function Votes({ item, state }: { item: ItemStateView; state: MeetingStateView }) {
  const { t } = useTranslation('council');
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<'open' | 'secret'>('open');
  const open = useMutation({
    mutationFn: () => post(`/agenda-items/${item.itemId}/votes`, { question, kind }),
    onSuccess: () => setQuestion(''),
  });
  return (
    <section aria-labelledby="votes-heading">
      <h2 id="votes-heading">{t('vote.heading')}</h2>
      {state.vote ? (
        <OpenVote vote={state.vote} />
      ) : (
        <>
          <label htmlFor="vote-question">{t('vote.question')}</label>
          <input
            id="vote-question"
            type="text"
            value={question}
            onChange={(e) => setQuestion(e.currentTarget.value)}
          />
          <fieldset>
            <legend>{t('vote.kind')}</legend>
            {(['open', 'secret'] as const).map((k) => (
              <label key={k}>
                <input
                  type="radio"
                  name="vote-kind"
                  checked={kind === k}
                  onChange={() => setKind(k)}
                />{' '}
                {t(`vote.${k}`)}
              </label>
            ))}
          </fieldset>
          <button
            type="button"
            className="button"
            disabled={!question.trim()}
            onClick={() => open.mutate()}
          >
            {t('vote.openButton')}
          </button>
          <ErrorText error={open.error} />
        </>
      )}
      {item.votes
        .filter((v) => v.status === 'closed')
        .map((v) => (
          <VoteResult key={v.id} vote={v} />
        ))}
    </section>
  );
}

function OpenVote({ vote }: { vote: VoteView }) {
  const { t } = useTranslation('council');
  // Refetched whenever the count changes: who has not voted yet (the secretary's view).
  const detail = useQuery({
    queryKey: ['council', 'vote', vote.id, 'secretary', vote.voted, vote.eligible],
    queryFn: ({ signal }) => apiData<VoteView>(`/votes/${vote.id}`, { signal }),
  });
  const [who, setWho] = useState('');
  const [choice, setChoice] = useState<Choice>('ja');
  const record = useMutation({
    mutationFn: () => post(`/votes/${vote.id}/ballots`, { userId: who, choice }),
    onSuccess: () => setWho(''),
  });
  const close = useMutation({ mutationFn: () => post(`/votes/${vote.id}/close`) });
  const notVoted = detail.data?.notVoted ?? [];
  return (
    <div>
      <VoteResult vote={vote} />
      <h3>{t('vote.notVoted', { count: notVoted.length })}</h3>
      <ul>
        {notVoted.map((p) => (
          <li key={p.userId}>{nameOf(p)}</li>
        ))}
      </ul>
      <div className="row-actions">
        <label htmlFor="record-who">{t('vote.recordFor')}</label>
        <select id="record-who" value={who} onChange={(e) => setWho(e.currentTarget.value)}>
          <option value="">{t('console.choose')}</option>
          {notVoted.map((p) => (
            <option key={p.userId} value={p.userId}>
              {nameOf(p)}
            </option>
          ))}
        </select>
        <label htmlFor="record-choice">{t('vote.choice')}</label>
        <select
          id="record-choice"
          value={choice}
          onChange={(e) => setChoice(e.currentTarget.value as Choice)}
        >
          {(['ja', 'nej', 'avstar'] as const).map((c) => (
            <option key={c} value={c}>
              {t(`choice.${c}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button button--secondary"
          disabled={!who}
          onClick={() => record.mutate()}
        >
          {t('vote.record')}
        </button>
      </div>
      <p>
        <button type="button" className="button button--danger" onClick={() => close.mutate()}>
          {t('vote.close')}
        </button>
      </p>
      <ErrorText error={record.error ?? close.error} />
    </div>
  );
}

function Decision({ meeting, item }: { meeting: MeetingView; item: ItemStateView }) {
  return (
    <DecisionForm key={`${item.itemId}|${item.decision ?? ''}`} meeting={meeting} item={item} />
  );
}

function DecisionForm({ meeting, item }: { meeting: MeetingView; item: ItemStateView }) {
  const { t } = useTranslation('council');
  const [text, setText] = useState(item.decision ?? '');
  const save = useMutation({
    mutationFn: () => put(`/meetings/${meeting.id}/agenda-items/${item.itemId}/decision`, { text }),
  });
  return (
    <section aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('decision')}</h2>
      <label htmlFor="decision-text">{t('console.decisionText')}</label>
      <textarea
        id="decision-text"
        rows={3}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <p>
        <button
          type="button"
          className="button"
          disabled={!text.trim()}
          onClick={() => save.mutate()}
        >
          {t('console.saveDecision')}
        </button>
      </p>
      {save.isSuccess && <p role="status">{t('console.saved')}</p>}
      <ErrorText error={save.error} />
    </section>
  );
}

function MinutesDraft({ meeting }: { meeting: MeetingView }) {
  const { t } = useTranslation('council');
  const draft = useQuery({
    queryKey: ['council', 'minutes', meeting.id],
    queryFn: ({ signal }) =>
      apiData<{ text: string; html: string; generatedAt: string }>(
        `/meetings/${meeting.id}/minutes-draft`,
        { signal },
      ),
  });
  return (
    <section aria-labelledby="minutes-heading">
      <h2 id="minutes-heading">{t('minutes.heading')}</h2>
      <ErrorText error={draft.error} />
      {draft.data && (
        <MinutesEditor key={draft.data.generatedAt} meeting={meeting} initial={draft.data.text} />
      )}
    </section>
  );
}

function MinutesEditor({ meeting, initial }: { meeting: MeetingView; initial: string }) {
  const { t } = useTranslation('council');
  const client = useQueryClient();
  const [text, setText] = useState(initial);
  const save = useMutation({
    mutationFn: () => put(`/meetings/${meeting.id}/minutes-draft`, { text }),
  });
  const register = useMutation({
    mutationFn: async () => {
      await put(`/meetings/${meeting.id}/minutes-draft`, { text });
      const document = await apiData<{ id: string }>('/documents', {
        method: 'POST',
        json: {
          title: t('minutes.documentTitle', { title: meeting.title }),
          kind: 'protokoll',
          bodyId: meeting.bodyId,
          date: stockholmToday(),
          secrecy: 'public',
          text,
        },
      });
      await put(`/meetings/${meeting.id}/minutes`, { documentId: document.id });
    },
    onSuccess: () =>
      void client.invalidateQueries({ queryKey: queryKeys.meetings.detail(meeting.id) }),
  });
  return (
    <>
      <label htmlFor="minutes-text">{t('minutes.text')}</label>
      <textarea
        id="minutes-text"
        rows={20}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <div className="row-actions">
        <button type="button" className="button button--secondary" onClick={() => save.mutate()}>
          {t('minutes.save')}
        </button>
        <button
          type="button"
          className="button"
          disabled={Boolean(meeting.minutes) || register.isPending}
          onClick={() => register.mutate()}
        >
          {t('minutes.register')}
        </button>
      </div>
      {save.isSuccess && <p role="status">{t('console.saved')}</p>}
      {(register.isSuccess || meeting.minutes) && (
        <p role="status">
          {t('minutes.registered')}{' '}
          <Link to={`/sekreterare/moten/${meeting.id}`}>{t('minutes.continue')}</Link>
        </p>
      )}
      <ErrorText error={save.error ?? register.error} />
    </>
  );
}
