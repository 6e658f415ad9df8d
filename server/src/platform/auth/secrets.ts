import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AppConfig } from '../config.js';

export interface AuthSecrets {
  sessionSecret: string;
  mfaEncryptionKey: string;
}

/**
 * Production must set SESSION_SECRET and MFA_ENCRYPTION_KEY (config.ts refuses to start otherwise).
 * Elsewhere a random secret is generated once and kept in DATA_DIR (mode 0600), so development
 * sessions and enrolled TOTP secrets survive restarts without any setup.
 */
export function resolveAuthSecrets(config: AppConfig): AuthSecrets {
  return {
    sessionSecret: config.auth.sessionSecret ?? generatedSecret(config.database.dataDir, 'session-secret'),
    mfaEncryptionKey:
      config.auth.mfaEncryptionKey ?? generatedSecret(config.database.dataDir, 'mfa-encryption-key'),
  };
}

function generatedSecret(dataDir: string, name: string): string {
  const file = path.join(dataDir, 'secrets', name);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const secret = crypto.randomBytes(32).toString('base64url');
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // `wx`: if another process created it meanwhile, fail and read theirs instead of overwriting.
  try {
    fs.writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return fs.readFileSync(file, 'utf8').trim();
    throw err;
  }
}
