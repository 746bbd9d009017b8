// The public timeline: every step with who, when and why.
import { useTranslation } from 'react-i18next';
import type { TimelineEntry } from '@shared/schemas/proposals';
import { formatDateTime } from '../../dates';

export function Timeline({ entries }: { entries: TimelineEntry[] }) {
  const { t, i18n } = useTranslation('proposals');
  return (
    <section aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('page.timeline')}</h2>
      <ol className="proposal-timeline" data-testid="timeline">
        {entries.map((entry, i) => (
          <li key={i}>
            <strong>{t(`step.${entry.kind}`)}</strong>
            <div className="meta">
              <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language, 'medium')}</time>
              {' · '}
              {entry.actor ? entry.actor.displayName : t('page.system')}
            </div>
            {entry.rule && <div>{t('page.ruleLabel', { rule: t(`rule.${entry.rule}`) })}</div>}
            {entry.reason && <div>{t('page.reason', { reason: entry.reason })}</div>}
          </li>
        ))}
      </ol>
    </section>
  );
}
