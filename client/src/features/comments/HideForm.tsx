// A moderator's form to hide a comment under a rule with a reason (used in threads and the queue).
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MODERATION_RULES, type Comment, type ModerationRule } from '@shared/schemas/comments';
import { apiData } from '../../api';

interface Props {
  commentId: string;
  onDone: (comment: Comment) => void;
  onCancel: () => void;
}

export function HideForm({ commentId, onDone, onCancel }: Props) {
  const { t } = useTranslation('comments');
  const id = useId();
  const [rule, setRule] = useState<ModerationRule>('personal_attack');
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return setError(t('form.empty'));
    try {
      onDone(
        await apiData<Comment>(`/comments/${commentId}/hide`, {
          method: 'POST',
          json: { rule, reason },
        }),
      );
    } catch {
      setError(t('comment.actionFailed'));
    }
  }

  return (
    <form className="comment-inline-form" onSubmit={(e) => void submit(e)} noValidate>
      <div className="field">
        <label htmlFor={`${id}-rule`}>{t('moderation.rule')}</label>
        <select
          id={`${id}-rule`}
          value={rule}
          onChange={(e) => setRule(e.target.value as ModerationRule)}
        >
          {MODERATION_RULES.map((r) => (
            <option key={r} value={r}>
              {t(`moderation.rules.${r}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('moderation.reason')}</label>
        <input
          id={`${id}-reason`}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          autoFocus
        />
      </div>
      {error && (
        <p className="error-text" role="alert">
          {error}
        </p>
      )}
      <div className="comment-form__buttons">
        <button type="submit" className="button button--danger">
          {t('moderation.hideSend')}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {t('form.cancel')}
        </button>
      </div>
    </form>
  );
}
