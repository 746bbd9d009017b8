// A labelled choice among the members present (who speaks, whose motion, who reserves), less any
// the part leaves out (e.g. those recused from the item).
import { useTranslation } from 'react-i18next';
import type { MeetingStateView } from '@shared/schemas/council';
import { nameOf } from '../parts';

export function MemberPicker({
  id,
  label,
  state,
  value,
  onChange,
  omit = [],
}: {
  id: string;
  label: string;
  state: MeetingStateView;
  value: string;
  onChange: (value: string) => void;
  /** Members not offered (by user id). */
  omit?: readonly string[];
}) {
  const { t } = useTranslation('council');
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('console.choose')}</option>
        {state.attendance.members
          .filter((m) => m.present && !omit.includes(m.userId))
          .map((m) => (
            <option key={m.userId} value={m.userId}>
              {nameOf(m)}
            </option>
          ))}
      </select>
    </>
  );
}
