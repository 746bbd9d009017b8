// /forslag/:id: one proposal with its text, progress, timeline, sign/withdraw and follow, the
// body's answer and decision, the staff forms, and the comment thread. Live: joins the proposal's
// room and reloads when it changes.
import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { Proposal } from '@shared/schemas/proposals';
import { api } from '../../api';
import { formatDate } from '../../dates';
import { asApiError } from '../../errors/errorText';
import { ErrorText } from '../../errors/ErrorText';
import { queryKeys } from '../../query/keys';
import { useRoom, useRoomEvent } from '../../realtime/useRoom';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { CommentThread } from '../comments/CommentThread';
import { PlainText } from './PlainText';
import { Progress } from './Progress';
import { StatusBadge } from './ProposalCard';
import { Timeline } from './Timeline';
import { DraftEditor } from './DraftEditor';
import { ReviewForm } from './ReviewForm';
import { AnswerForm, DecideForm, ReferralForm } from './StaffForms';
import { useProposal } from './queries';
import { AuthorTools, ThankYou, UpcomingSteps } from './AuthorTools';
import './proposals.css';

/** The proposal, kept current in room `proposal:<id>` while the page is open. */
function useLiveProposal(id: string) {
  const client = useQueryClient();
  const key = queryKeys.proposals.detail(id);
  const proposal = useProposal(id);
  const reload = () => client.invalidateQueries({ queryKey: key });
  const updated = useRoomEvent('proposal:updated', {
    belongs: (update) => update.id === id,
    apply: (update) => {
      const shown = client.getQueryData<Proposal>(key);
      // A new status brings a new timeline entry and more: reload. A new count is applied in
      // place, so a burst of signatures does not cost a reload each.
      if (!shown || update.status !== shown.status) {
        void reload();
        return;
      }
      client.setQueryData<Proposal>(key, {
        ...shown,
        signatureCount: update.signatureCount,
        seq: update.seq,
      });
    },
  });
  useRoom({
    key: `proposal:${id}`,
    join: { event: 'proposal:join', payload: { proposalId: id } },
    leave: { event: 'proposal:leave', payload: { proposalId: id } },
    events: [updated],
    onJoined: (ack, { missed }) => {
      const shown = client.getQueryData<Proposal>(key);
      if (missed || (shown && shown.seq < ack.seq)) void reload();
    },
  });
  return proposal;
}

export function ProposalPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('proposals');
  const { t: c } = useTranslation('citizen');
  const [params] = useSearchParams();
  const { me } = useSession();
  const client = useQueryClient();
  const query = useLiveProposal(id);
  const proposal = query.data;
  const act = useMutation({
    mutationFn: ({ path, method }: { path: string; method: 'POST' | 'DELETE' }) =>
      api(path, { method }),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.proposals.all }),
  });
  /** A staff form's answer is the proposal as it now is. */
  const done = (next: Proposal) => {
    client.setQueryData(queryKeys.proposals.detail(id), next);
    void client.invalidateQueries({ queryKey: queryKeys.proposals.all });
  };
  /** What the last staff action did, for screen readers and everyone (aria-live). */
  const [staffStatus, setStaffStatus] = useState('');
  usePageTitle(proposal?.title ?? t('list.title'));

  if (query.error) {
    return (
      <>
        <h1>{t('list.title')}</h1>
        {asApiError(query.error).code === 'not_found' ? (
          <p>{t('page.notFound')}</p>
        ) : (
          <ErrorText error={query.error} />
        )}
      </>
    );
  }
  if (!proposal) return <p>{t('loading', { ns: 'common' })}</p>;

  const viewer = proposal.viewer;
  const isPublic = !['draft', 'pending_review', 'rejected'].includes(proposal.status);
  const thanks = params.get('tack') === '1' && proposal.status === 'pending_review';
  const busy = act.isPending;
  const run = (path: string, method: 'POST' | 'DELETE') => act.mutate({ path, method });

  return (
    <article className="proposal">
      <h1>{proposal.title}</h1>
      <p className="meta">
        <StatusBadge status={proposal.status} />{' '}
        {t('page.by', { name: proposal.author.displayName })}
        {proposal.openedAt && <> · {formatDate(proposal.openedAt, i18n.language)}</>}
        {' · '}
        {c(`topic.${proposal.topic}`)}
        {proposal.concerns && <> · {proposal.concerns.name}</>}
      </p>
      {thanks && viewer?.isAuthor && <ThankYou proposal={proposal} />}
      <div className="proposal__body">
        <PlainText text={proposal.body} />
      </div>

      {isPublic && (
        <section aria-labelledby="progress-heading" className="card">
          <h2 id="progress-heading">{t('progress.label')}</h2>
          <Progress count={proposal.signatureCount} threshold={proposal.threshold} />
          {proposal.closesAt && (
            <p className="meta">
              {t(proposal.status === 'open' ? 'progress.closes' : 'progress.closed', {
                date: formatDate(proposal.closesAt, i18n.language),
              })}
            </p>
          )}
          <div className="button-row">
            {proposal.status === 'open' && !me && (
              <Link className="button" to={`/logga-in?returnTo=/forslag/${proposal.id}`}>
                {t('page.loginToSign')}
              </Link>
            )}
            {proposal.status === 'open' && viewer && !viewer.signed && (
              <button
                type="button"
                className="button"
                disabled={busy}
                onClick={() => run(`/proposals/${id}/signatures`, 'POST')}
              >
                {t('page.sign')}
              </button>
            )}
            {proposal.status === 'open' && viewer?.signed && (
              <>
                <span className="success-text">{t('page.signed')}</span>
                <button
                  type="button"
                  className="button button--secondary"
                  disabled={busy}
                  onClick={() => run(`/proposals/${id}/signatures`, 'DELETE')}
                >
                  {t('page.withdraw')}
                </button>
              </>
            )}
            {viewer && (
              <button
                type="button"
                className="button button--secondary"
                aria-pressed={viewer.following}
                disabled={busy}
                onClick={() => run(`/proposals/${id}/follow`, viewer.following ? 'DELETE' : 'POST')}
              >
                {viewer.following ? t('page.unfollow') : t('page.follow')}
              </button>
            )}
          </div>
          {viewer?.following && <p className="meta">{t('page.following')}</p>}
          {proposal.status === 'open' && <p className="meta">{c('sign.public')}</p>}
        </section>
      )}

      {proposal.referral && (
        <p className="card">
          {t('page.referral', {
            body: proposal.referral.body.name,
            caseNumber: proposal.referral.caseNumber,
          })}
        </p>
      )}
      {proposal.answer && (
        <section aria-labelledby="answer-heading" className="card proposal-answer">
          <h2 id="answer-heading">
            {t('page.answer')} <span className="badge badge--official">{t('page.official')}</span>
          </h2>
          <PlainText text={proposal.answer.text} />
          {proposal.agendaItem && (
            <p>
              <Link to={proposal.agendaItem.path}>
                {t('page.agendaItem', { title: proposal.agendaItem.title })}
              </Link>
            </p>
          )}
        </section>
      )}
      {proposal.decision && (
        <section aria-labelledby="decision-heading" className="card">
          <h2 id="decision-heading">{t('page.decision')}</h2>
          <PlainText text={proposal.decision.text} />
          {proposal.decisionDocument && (
            <p>
              <Link to={proposal.decisionDocument.path}>
                {t('page.decisionDocument', { title: proposal.decisionDocument.title })}
              </Link>
            </p>
          )}
        </section>
      )}

      <ErrorText error={act.error} template={(message) => t('page.actionFailed', { message })} />
      <p role="status" className="success-text">
        {staffStatus}
      </p>
      {viewer?.isAuthor && proposal.status === 'draft' && (
        <DraftEditor key={proposal.timeline.length} proposal={proposal} onSaved={done} />
      )}
      {viewer?.isAuthor && proposal.status === 'draft' && (
        <p className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => run(`/proposals/${id}/submit`, 'POST')}
          >
            {t('page.submitDraft')}
          </button>
        </p>
      )}
      {viewer?.canReview && proposal.status === 'pending_review' && (
        <ReviewForm
          proposal={proposal}
          onDone={(next, message) => {
            done(next);
            setStaffStatus(message);
          }}
        />
      )}
      {viewer?.canRefer && proposal.status === 'referred' && !proposal.referral && (
        <ReferralForm proposal={proposal} onDone={done} />
      )}
      {viewer?.canAnswer && proposal.status === 'referred' && proposal.referral && (
        <AnswerForm proposal={proposal} onDone={done} />
      )}
      {viewer?.canAnswer && proposal.status === 'answered' && (
        <DecideForm proposal={proposal} onDone={done} />
      )}

      <AuthorTools proposal={proposal} onDone={done} />

      <Timeline entries={proposal.timeline} />
      <UpcomingSteps proposal={proposal} />

      {isPublic && <CommentThread subjectType="proposal" subjectId={proposal.id} />}
    </article>
  );
}
