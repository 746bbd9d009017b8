// The moderation rule a hiding or masking is made under, chosen from the shared list.
import { useTranslation } from 'react-i18next';
import { MODERATION_RULES, type ModerationRule } from '@shared/schemas/comments';

export function RuleSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: ModerationRule;
  onChange: (rule: ModerationRule) => void;
}) {
  const { t } = useTranslation('comments');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value as ModerationRule)}>
        {MODERATION_RULES.map((r) => (
          <option key={r} value={r}>
            {t(`moderation.rules.${r}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
