// Key pairs for SAML: the SP's (signs AuthnRequests, decrypts assertions) and the development
// IdP's (signs its responses). Configured PEMs are read at start; outside production a missing
// pair is generated once and kept in DATA_DIR, like server/secrets.ts does for secrets.
import { createPublicKey, createPrivateKey, X509Certificate } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generate } from 'selfsigned';
import { ConfigError, type Config } from '../../config';

export interface KeyPair {
  key: string;
  cert: string;
}

/** A setting holding PEM text or the path to a PEM file; the variable is named on failure. */
export function readPemSetting(variable: string, value: string): string {
  const text = value.includes('-----BEGIN') ? value : readPemFile(variable, value);
  return text.replace(/\\n/g, '\n').trim();
}

function readPemFile(variable: string, file: string): string {
  if (!existsSync(file)) {
    throw new ConfigError(`Invalid configuration: ${variable}: not PEM text and no such file`);
  }
  return readFileSync(file, 'utf8');
}

export function checkCertificate(variable: string, pem: string): string {
  try {
    new X509Certificate(pem);
  } catch {
    throw new ConfigError(`Invalid configuration: ${variable}: not a valid PEM certificate`);
  }
  return pem;
}

function checkPrivateKey(variable: string, pem: string): string {
  try {
    createPrivateKey(pem);
  } catch {
    throw new ConfigError(`Invalid configuration: ${variable}: not a valid PEM private key`);
  }
  return pem;
}

/** The certificate's base64 body, as it goes into <ds:X509Certificate>. */
export function certBody(pem: string): string {
  return pem
    .replace(/-----(BEGIN|END) CERTIFICATE-----/g, '')
    .replace(/\s+/g, '')
    .trim();
}

/** The configured SP pair, or undefined when it must be generated (outside production only). */
export function configuredSpKeys(config: Config): KeyPair | undefined {
  const { spKey, spCert } = config.saml;
  if (spKey && spCert) {
    const key = checkPrivateKey('SAML_SP_KEY', readPemSetting('SAML_SP_KEY', spKey));
    const cert = checkCertificate('SAML_SP_CERT', readPemSetting('SAML_SP_CERT', spCert));
    const matches =
      createPublicKey(key).export({ format: 'der', type: 'spki' }).toString('base64') ===
      new X509Certificate(cert).publicKey
        .export({ format: 'der', type: 'spki' })
        .toString('base64');
    if (!matches) {
      throw new ConfigError('Invalid configuration: SAML_SP_CERT: does not match SAML_SP_KEY');
    }
    return { key, cert };
  }
  if (spKey || spCert) {
    const missing = spKey ? 'SAML_SP_CERT' : 'SAML_SP_KEY';
    throw new ConfigError(`Invalid configuration: ${missing}: required with its pair`);
  }
  if (config.isProduction && (config.saml.idpEntryPoint || config.saml.idpsFile)) {
    throw new ConfigError('Invalid configuration: SAML_SP_KEY: required in production');
  }
  return undefined;
}

const pending = new Map<string, Promise<KeyPair>>();

/** A generated pair stored in DATA_DIR/<file>; created on first use, then reused. */
export function storedKeyPair(dataDir: string, file: string, commonName: string): Promise<KeyPair> {
  const full = path.resolve(dataDir, file);
  let promise = pending.get(full);
  if (!promise) {
    promise = loadOrGenerate(full, commonName);
    pending.set(full, promise);
    promise.catch(() => pending.delete(full));
  }
  return promise;
}

async function loadOrGenerate(file: string, commonName: string): Promise<KeyPair> {
  try {
    const stored = JSON.parse(await readFile(file, 'utf8')) as Partial<KeyPair>;
    if (stored.key && stored.cert) return { key: stored.key, cert: stored.cert };
  } catch {
    // Not there yet: generate below.
  }
  const notAfter = new Date();
  notAfter.setFullYear(notAfter.getFullYear() + 10);
  const pems = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notAfterDate: notAfter,
  });
  const pair = { key: pems.private, cert: pems.cert };
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(pair), { mode: 0o600 });
  return pair;
}
