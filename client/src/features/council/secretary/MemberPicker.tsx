// A labelled choice among the members present (who speaks, whose motion).
import { useTranslation } from 'react-i18next';
import type { MeetingStateView } from '@shared/schemas/council';
import { nameOf } from '../parts';

export function MemberPicker({
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
