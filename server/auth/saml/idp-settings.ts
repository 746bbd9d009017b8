// Which identity providers the SP talks to: `eid` from the SAML_IDP_* variables (or, when none
// is configured and the development IdP is on, the development IdP under that name), plus any
// further IdPs (e.g. the municipality's own, for staff) from the JSON file in SAML_IDPS_FILE.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RoleGrantSchema, type RoleGrant } from '@shared/roles';
import { ConfigError, type Config } from '../../config';
import { checkCertificate, readPemSetting } from './keys';

export interface IdpSettings {
  name: string;
  label: { sv: string; en: string };
  /** Absolute URL, or a path on our own site for the development IdP. */
  entryPoint: string;
  /** PEM; undefined for the development IdP, whose certificate is generated. */
  cert?: string;
  issuer?: string;
  requiredLoa: string;
  /** An attribute carrying group names, mapped to role grants at each login. */
  groupAttribute?: string;
  groupRoles?: Record<string, RoleGrant[]>;
  /** Refuse assertions that did not arrive encrypted for our SP key (SAML_REQUIRE_ENCRYPTED). */
  requireEncrypted: boolean;
  dev: boolean;
}

export const DEV_IDP_ENTITY_PATH = '/dev-idp/metadata';

const IdpFileSchema = z.array(
  z.object({
    name: z.string().regex(/^[a-z][a-z0-9-]{0,30}$/),
    label: z.object({ sv: z.string().min(1), en: z.string().min(1) }),
    entryPoint: z.url(),
    cert: z.string().min(1),
    issuer: z.string().optional(),
    requiredLoa: z.string().optional(),
    groupAttribute: z.string().optional(),
    groupRoles: z.record(z.string(), z.array(RoleGrantSchema)).optional(),
  }),
);

function readIdpsFile(config: Config): IdpSettings[] {
  const file = config.saml.idpsFile;
  if (!file) return [];
  let parsed: z.infer<typeof IdpFileSchema>;
  try {
    parsed = IdpFileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    const detail =
      error instanceof z.ZodError
        ? `${error.issues[0]?.path.join('.')}: ${error.issues[0]?.message}`
        : 'unreadable or not JSON';
    throw new ConfigError(`Invalid configuration: SAML_IDPS_FILE: ${detail}`);
  }
  const missingIssuer = parsed.findIndex((idp) => !idp.issuer);
  if (config.saml.requireIssuer && missingIssuer !== -1) {
    throw new ConfigError(
      `Invalid configuration: SAML_IDPS_FILE: ${missingIssuer}.issuer: required (the IdP entityID), or set SAML_REQUIRE_ISSUER=off`,
    );
  }
  return parsed.map((idp) => ({
    ...idp,
    requireEncrypted: config.saml.requireEncrypted,
    cert: checkCertificate('SAML_IDPS_FILE', readPemSetting('SAML_IDPS_FILE', idp.cert)),
    requiredLoa: idp.requiredLoa ?? config.saml.requiredLoa,
    dev: false,
  }));
}

export function idpSettings(config: Config): IdpSettings[] {
  const list: IdpSettings[] = [];
  const { idpEntryPoint, idpCert, idpIssuer, requiredLoa } = config.saml;
  const eidLabel = { sv: 'E-legitimation (BankID, Freja eID)', en: 'e-ID (BankID, Freja eID)' };
  if (idpEntryPoint && idpCert) {
    list.push({
      name: 'eid',
      label: eidLabel,
      entryPoint: idpEntryPoint,
      cert: checkCertificate('SAML_IDP_CERT', readPemSetting('SAML_IDP_CERT', idpCert)),
      issuer: idpIssuer,
      requiredLoa,
      requireEncrypted: config.saml.requireEncrypted,
      dev: false,
    });
  }
  if (config.devIdp) {
    list.push({
      name: list.length === 0 ? 'eid' : 'dev',
      label: list.length === 0 ? eidLabel : { sv: 'Testlegitimering', en: 'Test login' },
      entryPoint: `${config.publicUrl}/dev-idp`,
      issuer: `${config.publicUrl}${DEV_IDP_ENTITY_PATH}`,
      requiredLoa,
      requireEncrypted: config.saml.requireEncrypted,
      dev: true,
    });
  }
  for (const idp of readIdpsFile(config)) {
    if (list.some((other) => other.name === idp.name)) {
      throw new ConfigError(`Invalid configuration: SAML_IDPS_FILE: duplicate IdP ${idp.name}`);
    }
    list.push(idp);
  }
  return list;
}
