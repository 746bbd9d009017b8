// The public moderation log: what was hidden or shown again, when and under which rule; never
// the content.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../../dates';
import { ErrorText } from '../../errors/ErrorText';
import { Pager } from '../../layout/Pager';
import { usePageTitle } from '../../usePageTitle';
import { useModerationLog } from './queries';
import './comments.css';

const PAGE_SIZE = 50;

export function LogPage() {
  const { t, i18n } = useTranslation('comments');
  usePageTitle(t('log.title'));
  const [page, setPage] = useState(1);
  const { data: result, error } = useModerationLog(page, PAGE_SIZE);

  const pages = result ? Math.max(1, Math.ceil(result.total / PAGE_SIZE)) : 1;
  return (
    <div className="page">
      <h1>{t('log.title')}</h1>
      <p className="lead">{t('log.intro')}</p>
      <ErrorText error={error} />
      {!error && !result && <p>{t('thread.loading')}</p>}
      {result?.data.length === 0 && <p>{t('log.empty')}</p>}
      {result && result.data.length > 0 && (
        <table>
          <caption className="visually-hidden">{t('log.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('log.when')}</th>
              <th scope="col">{t('log.action')}</th>
              <th scope="col">{t('log.rule')}</th>
              <th scope="col">{t('log.where')}</th>
            </tr>
          </thead>
          <tbody>
            {result.data.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <time dateTime={entry.at}>
                    {formatDateTime(entry.at, i18n.language, 'medium')}
                  </time>
                </td>
                <td>{t(`log.actions.${entry.action}`)}</td>
                <td>{entry.rule ? t(`moderation.rules.${entry.rule}`) : '–'}</td>
                <td>
                  {entry.path ? (
                    <Link to={entry.path}>{entry.subjectTitle}</Link>
                  ) : (
                    t('log.notPublic')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {pages > 1 && (
        <Pager
          page={page}
          pages={pages}
          onPage={setPage}
          label={t('log.title')}
          className="comment-form__buttons"
        />
      )}
    </div>
  );
}
