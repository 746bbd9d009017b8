// Every environment variable the server reads, parsed once with zod. Nothing else reads process.env.
import { z } from 'zod';
import {
  contrastRatio,
  DEFAULT_PRIMARY_COLOR,
  HEX_COLOR,
  MIN_CONTRAST,
} from '@shared/schemas/municipality';

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value));

const onOff = z
  .enum(['on', 'off', 'true', 'false', '1', '0'])
  .optional()
  .transform((value) => (value === undefined ? undefined : ['on', 'true', '1'].includes(value)));

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  MONGODB_URI: optionalText.pipe(
    z
      .string()
      .regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  SESSION_SECRET: optionalText.pipe(
    z.string().min(32, 'must be at least 32 characters').optional(),
  ),
  PID_PEPPER: optionalText.pipe(z.string().min(32, 'must be at least 32 characters').optional()),
  SAML_IDP_ENTRYPOINT: optionalText.pipe(z.url().optional()),
  SAML_IDP_CERT: optionalText,
  SAML_IDP_ISSUER: optionalText,
  SAML_REQUIRE_ISSUER: onOff,
  SAML_REQUIRE_ENCRYPTED: onOff,
  SAML_SP_KEY: optionalText,
  SAML_SP_CERT: optionalText,
  SAML_REQUIRED_LOA: z.string().min(1).default('http://id.elegnamnden.se/loa/1.0/loa3'),
  SAML_IDPS_FILE: optionalText,
  DEV_IDP: onOff,
  REDIS_URL: optionalText.pipe(
    z
      .string()
      .regex(/^rediss?:\/\//, 'must start with redis:// or rediss://')
      .optional(),
  ),
  SMTP_URL: optionalText.pipe(
    z
      .string()
      .regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://')
      .optional(),
  ),
  MAIL_FROM: z.string().default('Mötesplats <noreply@localhost>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TRUST_PROXY: onOff,
  SEED_DEMO: onOff,
  /** Confidential documents may be kept on devices for reading offline (issue 17). */
  OFFLINE_CONFIDENTIAL: onOff,
  METRICS_TOKEN: optionalText.pipe(z.string().min(16, 'must be at least 16 characters').optional()),
  MUNICIPALITY_NAME: z.string().trim().min(2).max(100).default('Exempelby kommun'),
  MUNICIPALITY_COLOR: z
    .string()
    .regex(HEX_COLOR, 'must be a colour like #003b56')
    .refine((c) => contrastRatio(c, '#ffffff') >= MIN_CONTRAST, {
      message: `must reach ${MIN_CONTRAST}:1 contrast against white (WCAG AA)`,
    })
    .default(DEFAULT_PRIMARY_COLOR),
  SECURITY_CONTACT: optionalText.pipe(
    z
      .string()
      .regex(/^(mailto:\S+@\S+|https:\/\/\S+)$/, 'must be a mailto: address or an https:// URL')
      .optional(),
  ),
  // The registry (registratur): where requests to see documents are mailed, shown on documents;
  // each only where the municipality's profile (/admin/kommun) leaves the field empty.
  REGISTRY_EMAIL: optionalText.pipe(z.email('must be an e-mail address').optional()),
  REGISTRY_NAME: optionalText,
  REGISTRY_PHONE: optionalText,
  REGISTRY_ADDRESS: optionalText,
  REGISTRY_HOURS: optionalText,
});

export interface Config {
  env: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  publicUrl: string;
  publicOrigin: string;
  mongodbUri?: string;
  dataDir: string;
  sessionSecret?: string;
  pidPepper?: string;
  saml: {
    idpEntryPoint?: string;
    idpCert?: string;
    idpIssuer?: string;
    spKey?: string;
    spCert?: string;
    requiredLoa: string;
    idpsFile?: string;
    /** Every IdP must name its entityID, and logins are checked against it. */
    requireIssuer: boolean;
    /** Assertions must arrive encrypted for our SP key. */
    requireEncrypted: boolean;
  };
  devIdp: boolean;
  redisUrl?: string;
  smtpUrl?: string;
  mailFrom: string;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
  trustProxy: boolean;
  seedDemo: boolean;
  /** OFFLINE_CONFIDENTIAL: the service worker may keep confidential documents (default off). */
  offlineConfidential: boolean;
  /** Bearer token of GET /metrics; unset: /metrics answers 404. */
  metricsToken?: string;
  /** RFC 9116 Contact of /.well-known/security.txt; required in production. */
  securityContact?: string;
  /** The registry's contact (REGISTRY_*): for each field the municipality's profile leaves empty. */
  registry: { email?: string; name?: string; phone?: string; address?: string; hours?: string };
  /** The municipality's profile until an administrator saves one (/admin/kommun). */
  municipality: { name: string; primaryColor: string };
}

/** localhost, 127.0.0.0/8 or [::1]: a development machine, unreachable from elsewhere. */
export function isLoopbackOrigin(url: string): boolean {
  const { hostname } = new URL(url);
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

/** Thrown with one line that names the variable at fault. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const variable = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid configuration: ${variable}: ${issue?.message ?? 'invalid'}`);
  }
  const e = parsed.data;
  const isProduction = e.NODE_ENV === 'production';
  const publicUrl = (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, '');
  const citizenIdp = Boolean(e.SAML_IDP_ENTRYPOINT || e.SAML_IDP_CERT);
  const loopback = isLoopbackOrigin(publicUrl);
  const requireIssuer = e.SAML_REQUIRE_ISSUER ?? isProduction;

  if (isProduction) {
    for (const name of ['SESSION_SECRET', 'PID_PEPPER'] as const) {
      if (!e[name]) throw new ConfigError(`Invalid configuration: ${name}: required in production`);
    }
    if (e.DEV_IDP) {
      throw new ConfigError('Invalid configuration: DEV_IDP: never allowed in production');
    }
    if (!publicUrl.startsWith('https://') && !loopback) {
      throw new ConfigError(
        'Invalid configuration: PUBLIC_URL: must be https in production (a loopback origin excepted)',
      );
    }
  }
  if (e.SAML_IDP_ENTRYPOINT && requireIssuer && !e.SAML_IDP_ISSUER) {
    throw new ConfigError(
      'Invalid configuration: SAML_IDP_ISSUER: required (the IdP entityID), or set SAML_REQUIRE_ISSUER=off',
    );
  }
  if (isProduction && !e.SECURITY_CONTACT) {
    throw new ConfigError('Invalid configuration: SECURITY_CONTACT: required in production');
  }
  if (e.SAML_IDP_ENTRYPOINT && !e.SAML_IDP_CERT) {
    throw new ConfigError(
      'Invalid configuration: SAML_IDP_CERT: required when SAML_IDP_ENTRYPOINT is set',
    );
  }

  return {
    env: e.NODE_ENV,
    isProduction,
    port: e.PORT,
    publicUrl,
    publicOrigin: new URL(publicUrl).origin,
    mongodbUri: e.MONGODB_URI,
    dataDir: e.DATA_DIR,
    sessionSecret: e.SESSION_SECRET,
    pidPepper: e.PID_PEPPER,
    saml: {
      idpEntryPoint: e.SAML_IDP_ENTRYPOINT,
      idpCert: e.SAML_IDP_CERT,
      idpIssuer: e.SAML_IDP_ISSUER,
      spKey: e.SAML_SP_KEY,
      spCert: e.SAML_SP_CERT,
      requiredLoa: e.SAML_REQUIRED_LOA,
      idpsFile: e.SAML_IDPS_FILE,
      requireIssuer,
      requireEncrypted: e.SAML_REQUIRE_ENCRYPTED ?? isProduction,
    },
    // Anyone may log in as anyone through the development IdP, and its mailbox shows everyone's
    // mail: on by itself only on a development machine without a real IdP, else only on purpose.
    devIdp: !isProduction && (e.DEV_IDP ?? (!citizenIdp && !e.SAML_IDPS_FILE && loopback)),
    redisUrl: e.REDIS_URL,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY ?? false,
    seedDemo: e.SEED_DEMO ?? !isProduction,
    offlineConfidential: e.OFFLINE_CONFIDENTIAL ?? false,
    metricsToken: e.METRICS_TOKEN,
    securityContact: e.SECURITY_CONTACT,
    registry: {
      email: e.REGISTRY_EMAIL,
      name: e.REGISTRY_NAME,
      phone: e.REGISTRY_PHONE,
      address: e.REGISTRY_ADDRESS,
      hours: e.REGISTRY_HOURS,
    },
    municipality: {
      name: e.MUNICIPALITY_NAME,
      primaryColor: e.MUNICIPALITY_COLOR,
    },
  };
}
