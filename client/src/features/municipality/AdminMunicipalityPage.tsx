// /admin/kommun: a platform administrator sets the municipality's face — its name, logo, primary
// colour (its contrast against white shown as it is typed; the server refuses below 4.5:1) and the
// registry's contact details, shown in every page's header and footer, in e-mail, feeds and OParl.
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  contrastRatio,
  HEX_COLOR,
  LOGO_MAX_BYTES,
  LOGO_TYPES,
  MIN_CONTRAST,
  type MunicipalityProfile,
  type UpdateMunicipality,
} from '@shared/schemas/municipality';
import { ApiError, apiData } from '../../api';
import { ErrorText } from '../../errors/ErrorText';
import { useMunicipality } from '../../municipality';
import { queryKeys } from '../../query/keys';
import { useSession } from '../../session';
import { usePageTitle } from '../../usePageTitle';
import './municipality.css';

type Draft = Omit<UpdateMunicipality, 'registry' | 'logo'> & {
  registry: { name: string; email: string; phone: string; address: string };
};

function contrastDetail(error: unknown): number | undefined {
  if (!(error instanceof ApiError) || !Array.isArray(error.details)) return undefined;
  const detail = (error.details as { code?: string; ratio?: number }[]).find(
    (d) => d.code === 'contrast_too_low',
  );
  return detail?.ratio;
}

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(file);
  });
}

function ProfileForm({ profile }: { profile: MunicipalityProfile }) {
  const { t } = useTranslation('site');
  const client = useQueryClient();
  const [draft, setDraft] = useState<Draft>({
    name: profile.name,
    primaryColor: profile.primaryColor,
    registry: { ...profile.registry },
  });
  const [logo, setLogo] = useState<string | null | undefined>(undefined);
  const [logoProblem, setLogoProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: UpdateMunicipality) =>
      apiData<MunicipalityProfile>('/municipality', { method: 'PUT', json: body }),
    onSuccess: (next) => {
      client.setQueryData(queryKeys.municipality, next);
      // The contact beside confidential documents is the profile's registry now.
      void client.invalidateQueries({ queryKey: queryKeys.registry });
      setLogo(undefined);
      setSaved(true);
    },
  });
  const colourValid = HEX_COLOR.test(draft.primaryColor);
  const ratio = colourValid ? contrastRatio(draft.primaryColor, '#ffffff') : undefined;
  const tooLow = contrastDetail(save.error);

  const field = (key: 'name' | 'primaryColor') => (event: ChangeEvent<HTMLInputElement>) => {
    setSaved(false);
    setDraft({ ...draft, [key]: event.target.value });
  };
  const registryField =
    (key: keyof Draft['registry']) =>
    (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      setSaved(false);
      setDraft({ ...draft, registry: { ...draft.registry, [key]: event.target.value } });
    };

  async function chooseLogo(event: ChangeEvent<HTMLInputElement>) {
    setSaved(false);
    const file = event.target.files?.[0];
    setLogoProblem(null);
    if (!file) return setLogo(undefined);
    if (!(LOGO_TYPES as readonly string[]).includes(file.type)) {
      setLogoProblem(t('admin.logoType'));
      return setLogo(undefined);
    }
    if (file.size > LOGO_MAX_BYTES) {
      setLogoProblem(t('admin.logoSize'));
      return setLogo(undefined);
    }
    setLogo(await readAsDataUrl(file));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    save.mutate({ ...draft, ...(logo !== undefined ? { logo } : {}) });
  }

  const preview = logo ?? (logo === null ? null : profile.logoUrl);
  return (
    <form onSubmit={submit} className="municipality-form" noValidate>
      <div className="field">
        <label htmlFor="m-name">{t('admin.name')}</label>
        <input id="m-name" value={draft.name} onChange={field('name')} required maxLength={100} />
      </div>
      <div className="field">
        <label htmlFor="m-colour">{t('admin.colour')}</label>
        <span id="m-colour-hint" className="hint">
          {t('admin.colourHint', { minimum: MIN_CONTRAST })}
        </span>
        <div className="municipality-colour">
          <input
            id="m-colour"
            value={draft.primaryColor}
            onChange={field('primaryColor')}
            aria-describedby="m-colour-hint m-colour-ratio"
            aria-invalid={ratio !== undefined && ratio < MIN_CONTRAST ? true : undefined}
            maxLength={7}
          />
          <span
            className="municipality-colour__swatch"
            style={colourValid ? { background: draft.primaryColor } : undefined}
            aria-hidden="true"
          >
            Aa
          </span>
        </div>
        <span
          id="m-colour-ratio"
          className={ratio !== undefined && ratio < MIN_CONTRAST ? 'error-text' : 'hint'}
        >
          {ratio === undefined
            ? t('admin.colourFormat')
            : t('admin.colourRatio', { ratio: ratio.toFixed(1) })}
        </span>
      </div>
      <fieldset className="municipality-fieldset">
        <legend>{t('admin.logo')}</legend>
        {preview ? (
          <img className="municipality-logo-preview" src={preview} alt={t('admin.logoPreview')} />
        ) : (
          <p>{t('admin.noLogo')}</p>
        )}
        <div className="field">
          <label htmlFor="m-logo">{t('admin.logoFile')}</label>
          <span id="m-logo-hint" className="hint">
            {t('admin.logoHint')}
          </span>
          <input
            id="m-logo"
            type="file"
            accept={LOGO_TYPES.join(',')}
            aria-describedby="m-logo-hint"
            onChange={(event) => void chooseLogo(event)}
          />
          {logoProblem && <p className="error-text">{logoProblem}</p>}
        </div>
        {preview && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => {
              setSaved(false);
              setLogo(null);
            }}
          >
            {t('admin.removeLogo')}
          </button>
        )}
      </fieldset>
      <fieldset className="municipality-fieldset">
        <legend>{t('admin.registry')}</legend>
        <p className="hint">{t('admin.registryHint')}</p>
        <div className="field">
          <label htmlFor="m-r-name">{t('admin.registryName')}</label>
          <input id="m-r-name" value={draft.registry.name} onChange={registryField('name')} />
        </div>
        <div className="field">
          <label htmlFor="m-r-email">{t('email')}</label>
          <input
            id="m-r-email"
            type="email"
            value={draft.registry.email}
            onChange={registryField('email')}
          />
        </div>
        <div className="field">
          <label htmlFor="m-r-phone">{t('phone')}</label>
          <input
            id="m-r-phone"
            type="tel"
            value={draft.registry.phone}
            onChange={registryField('phone')}
          />
        </div>
        <div className="field">
          <label htmlFor="m-r-address">{t('admin.address')}</label>
          <textarea
            id="m-r-address"
            value={draft.registry.address}
            onChange={registryField('address')}
          />
        </div>
      </fieldset>
      {tooLow !== undefined ? (
        <p role="alert" className="error-text">
          {t('admin.contrastTooLow', { ratio: tooLow.toFixed(1), minimum: MIN_CONTRAST })}
        </p>
      ) : (
        <ErrorText
          error={save.error}
          labels={{
            name: t('admin.name'),
            primaryColor: t('admin.colour'),
            'registry.email': t('email'),
            logo: t('admin.logo'),
          }}
        />
      )}
      <p role="status" className="success-text">
        {saved ? t('admin.saved') : ''}
      </p>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('admin.save')}
      </button>
    </form>
  );
}

export function AdminMunicipalityPage() {
  const { t } = useTranslation('site');
  usePageTitle(t('admin.title'));
  const { me, loading } = useSession();
  const profile = useMunicipality();
  const allowed = Boolean(me?.roles.some((grant) => grant.role === 'admin' && !grant.bodyId));
  return (
    <div className="page">
      <h1>{t('admin.title')}</h1>
      {loading ? (
        <p>{t('common:loading')}</p>
      ) : !allowed ? (
        <p>{t('admin.forbidden')}</p>
      ) : (
        <>
          <p className="lead">{t('admin.intro')}</p>
          {profile ? <ProfileForm profile={profile} /> : <p>{t('common:loading')}</p>}
        </>
      )}
    </div>
  );
}
