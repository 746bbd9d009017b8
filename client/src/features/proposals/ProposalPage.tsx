// /forslag/:id: one proposal with its text, progress, timeline, sign/withdraw and follow, the
// body's answer and decision, the staff forms, and the comment thread. Live: joins the proposal's
// room and reloads when it changes.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Proposal, ProposalUpdate } from '@shared/schemas/proposals';
import { ApiError, api, apiData } from '../../api';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { CommentThread } from '../comments/CommentThread';
import { proposalsSocket } from '../notifications/socket';
import { formatDate } from './format';
import { PlainText } from './PlainText';
import { Progress } from './Progress';
import { StatusBadge } from './ProposalCard';
import { Timeline } from './Timeline';
import { AnswerForm, DecideForm, ReferralForm, ReviewForm } from './StaffForms';
import { useAction } from './useAction';
import './proposals.css';

function useProposal(id: string) {
  const [proposal, setProposal] = useState<Proposal | null>(null);
  const [missing, setMissing] = useState(false);
  const shownStatus = useRef<string | null>(null);
  useEffect(() => {
    shownStatus.current = proposal?.status ?? null;
  }, [proposal?.status]);
  const reload = useCallback(
    () =>
      apiData<Proposal>(`/proposals/${id}`)
        .then(setProposal)
        .catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 404) setMissing(true);
        }),
    [id],
  );
  useEffect(() => {
    const socket = proposalsSocket();
    const join = () => {
      socket.emit('proposal:join', { proposalId: id }, () => undefined);
      // Joining (again, after a reconnect) is when to catch up on what changed meanwhile.
      void reload();
    };
    const onUpdate = (update: ProposalUpdate) => {
      if (update.id !== id) return;
      // A new status brings a new timeline entry and more: reload. A new count is applied in
      // place (in seq order), so a burst of signatures does not cost a reload each.
      if (update.status !== shownStatus.current) {
        void reload();
        return;
      }
      setProposal((p) =>
        p && update.seq > p.seq
          ? { ...p, signatureCount: update.signatureCount, seq: update.seq }
          : p,
      );
    };
    join();
    socket.on('connect', join);
    socket.on('proposal:updated', onUpdate);
    return () => {
      socket.off('connect', join);
      socket.off('proposal:updated', onUpdate);
      socket.emit('proposal:leave', { proposalId: id }, () => undefined);
    };
  }, [id, reload]);
  return { proposal, missing, reload, setProposal };
}

export function ProposalPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation('proposals');
  const { me } = useSession();
  const { proposal, missing, reload, setProposal } = useProposal(id);
  const { busy, error, run } = useAction();
  usePageTitle(proposal?.title ?? t('list.title'));

  if (missing) {
    return (
      <>
        <h1>{t('list.title')}</h1>
        <p>{t('page.notFound')}</p>
      </>
    );
  }
  if (!proposal) return <p>{t('loading', { ns: 'common' })}</p>;

  const viewer = proposal.viewer;
  const isPublic = !['draft', 'pending_review', 'rejected'].includes(proposal.status);
  const act = (path: string, method: 'POST' | 'DELETE') =>
    run(
      () => api(path, { method }),
      () => void reload(),
    );

  return (
    <article className="proposal">
      <h1>{proposal.title}</h1>
      <p className="meta">
        <StatusBadge status={proposal.status} />{' '}
        {t('page.by', { name: proposal.author.displayName })}
        {proposal.openedAt && <> · {formatDate(proposal.openedAt, i18n.language)}</>}
      </p>
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
                onClick={() => void act(`/proposals/${id}/signatures`, 'POST')}
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
                  onClick={() => void act(`/proposals/${id}/signatures`, 'DELETE')}
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
                onClick={() =>
                  void act(`/proposals/${id}/follow`, viewer.following ? 'DELETE' : 'POST')
                }
              >
                {viewer.following ? t('page.unfollow') : t('page.follow')}
              </button>
            )}
          </div>
          {viewer?.following && <p className="meta">{t('page.following')}</p>}
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

      {error && (
        <p role="alert" className="error-text">
          {t('page.actionFailed', { message: error })}
        </p>
      )}
      {viewer?.isAuthor && proposal.status === 'draft' && (
        <p className="button-row">
          <button
            type="button"
            className="button"
            disabled={busy}
            onClick={() => void act(`/proposals/${id}/submit`, 'POST')}
          >
            {t('page.submitDraft')}
          </button>
        </p>
      )}
      {viewer?.canReview && proposal.status === 'pending_review' && (
        <ReviewForm proposal={proposal} onDone={setProposal} />
      )}
      {viewer?.canRefer && proposal.status === 'referred' && !proposal.referral && (
        <ReferralForm proposal={proposal} onDone={setProposal} />
      )}
      {viewer?.canAnswer && proposal.status === 'referred' && proposal.referral && (
        <AnswerForm proposal={proposal} onDone={setProposal} />
      )}
      {viewer?.canAnswer && proposal.status === 'answered' && (
        <DecideForm proposal={proposal} onDone={setProposal} />
      )}

      <Timeline entries={proposal.timeline} />

      {isPublic && <CommentThread subjectType="proposal" subjectId={proposal.id} />}
    </article>
  );
}
