// /mina-sidor/mina-uppgifter: everything stored about me (the GDPR export) as a readable page:
// each part under a heading, each field by its label, plain text; and the JSON download.
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import { plainValue } from './exportText';
import './citizen.css';

type Row = Record<string, unknown>;

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A database reference (`bodyId`, `_id`): meaningless to a person, kept in the JSON download. */
const isReference = (key: string) => /^_?id$|[a-z]Id$/.test(key);

/** Nested objects become one level of fields ("official.party"); references are left out. */
function flatten(row: Row, prefix = ''): Array<[string, unknown]> {
  return Object.entries(row).flatMap(([key, value]): Array<[string, unknown]> => {
    if (isReference(key)) return [];
    const path = prefix ? `${prefix}.${key}` : key;
    if (isRow(value) && !(value instanceof Date)) return flatten(value, path);
    if (Array.isArray(value) && value.every((v) => !isRow(v))) return [[path, value.join(', ')]];
    return [[path, value]];
  });
}

function Fields({ row }: { row: Row }) {
  const { t, i18n } = useTranslation('citizen');
  const label = (key: string) => {
    const last = key.split('.').at(-1) ?? key;
    return t(`export.fields.${last}`, { defaultValue: t('export.other', { key }) });
  };
  return (
    <dl className="data-export">
      {flatten(row).map(([key, value]) => (
        <div key={key} className="data-export__field">
          <dt>{label(key)}</dt>
          <dd>{plainValue(value, i18n.language, t('export.yes'), t('export.no'))}</dd>
        </div>
      ))}
    </dl>
  );
}

function Part({ name, value, parent }: { name: string; value: unknown; parent?: string }) {
  const { t } = useTranslation('citizen');
  // A part of a part: its own heading one level down ("Dina kommentarer" under "Kommentarer").
  const key = parent ? `${parent}_${name}` : name;
  const heading = t(`export.sections.${key}`, {
    defaultValue: t(`export.sections.${name}`, { defaultValue: t('export.other', { key: name }) }),
  });
  const id = `export-${key}`;
  const Heading = parent ? 'h3' : 'h2';
  let content;
  if (Array.isArray(value)) {
    content =
      value.length === 0 ? (
        <p>{t('export.none')}</p>
      ) : (
        <ol className="card-list">
          {value.map((item, i) => (
            <li key={i} className="card">
              {isRow(item) ? <Fields row={item} /> : String(item)}
            </li>
          ))}
        </ol>
      );
  } else if (isRow(value)) {
    // A section of several lists (comments: comments, agreements, reports).
    const lists = Object.entries(value).every(([, v]) => Array.isArray(v));
    content = lists ? (
      Object.entries(value).map(([sub, v]) => <Part key={sub} name={sub} value={v} parent={name} />)
    ) : (
      <Fields row={value} />
    );
  } else {
    content = <p>{String(value)}</p>;
  }
  return (
    <section aria-labelledby={id}>
      <Heading id={id}>{heading}</Heading>
      {content}
    </section>
  );
}

export function MyDataPage() {
  const { t } = useTranslation('citizen');
  const { me, loading } = useSession();
  usePageTitle(t('export.title'));
  const data = useQuery({
    queryKey: ['me', 'export'],
    queryFn: ({ signal }) => apiData<Row>('/me/export', { signal }),
    enabled: Boolean(me),
  });
  return (
    <div className="page">
      <h1>{t('export.title')}</h1>
      {!loading && !me && (
        <p>
          <Link to="/logga-in?returnTo=%2Fmina-sidor%2Fmina-uppgifter">{t('export.login')}</Link>
        </p>
      )}
      {me && (
        <>
          <p>{t('export.intro')}</p>
          <p>
            <a className="button button--secondary" href="/api/v1/me/export" download>
              {t('export.json')}
            </a>
          </p>
          <ErrorText error={data.error} />
          {data.data &&
            Object.entries(data.data)
              .filter(([key]) => key !== 'exportedAt')
              .map(([key, value]) => <Part key={key} name={key} value={value} />)}
        </>
      )}
    </div>
  );
}
