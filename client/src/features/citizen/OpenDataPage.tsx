// /oppna-data: what open data the municipality publishes here, in words: the feeds, the JSON API
// (with its OpenAPI description) and OParl, and under which licence.
import { useTranslation } from 'react-i18next';
import { usePageTitle } from '../../usePageTitle';
import { SubscribeAddress } from './SubscribeAddress';
import './citizen.css';

const SOURCES = [
  { key: 'calendar', href: '/feeds/meetings.ics' },
  { key: 'documents', href: '/feeds/documents.atom' },
  { key: 'api', href: '/api/v1/openapi.json' },
  { key: 'oparl', href: '/api/oparl/v1/system' },
] as const;

export function OpenDataPage() {
  const { t } = useTranslation('citizen');
  usePageTitle(t('openData.title'));
  return (
    <div className="page open-data">
      <h1>{t('openData.title')}</h1>
      <p className="lead">{t('openData.intro')}</p>

      <section aria-labelledby="open-data-what">
        <h2 id="open-data-what">{t('openData.whatTitle')}</h2>
        <ul>
          <li>{t('openData.what.meetings')}</li>
          <li>{t('openData.what.documents')}</li>
          <li>{t('openData.what.decisions')}</li>
          <li>{t('openData.what.proposals')}</li>
        </ul>
        <p>{t('openData.notIncluded')}</p>
      </section>

      <section aria-labelledby="open-data-how">
        <h2 id="open-data-how">{t('openData.howTitle')}</h2>
        <dl className="open-data-sources">
          {SOURCES.map(({ key, href }) => (
            <div key={key}>
              <dt>
                <a href={href}>{t(`openData.sources.${key}.name`)}</a>
              </dt>
              <dd>{t(`openData.sources.${key}.text`)}</dd>
            </div>
          ))}
        </dl>
        <SubscribeAddress path="/feeds/meetings.ics" label={t('openData.subscribe')} />
      </section>

      <section aria-labelledby="open-data-licence">
        <h2 id="open-data-licence">{t('openData.licenceTitle')}</h2>
        <p>{t('openData.licence')}</p>
        <p>
          <a href="https://creativecommons.org/publicdomain/zero/1.0/deed.sv" rel="license">
            {t('openData.licenceLink')}
          </a>
        </p>
        <p>{t('openData.documentsLicence')}</p>
      </section>
    </div>
  );
}
