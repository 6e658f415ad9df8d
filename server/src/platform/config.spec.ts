import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('has defaults that work on a fresh machine', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.database.uri).toBeUndefined();
    expect(config.database.dataDir).toMatch(/data$/);
    expect(config.seedDemoData).toBeTrue();
  });

  it('never seeds demo data in production', () => {
    const secrets = { SESSION_SECRET: 'x'.repeat(32), MFA_ENCRYPTION_KEY: 'y'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).seedDemoData).toBeFalse();
  });

  it('refuses to start in production without the session secret and the MFA encryption key', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(
      ConfigError,
      /SESSION_SECRET.*\n.*MFA_ENCRYPTION_KEY/s,
    );
  });

  it('requires MFA in production and makes it optional elsewhere unless told', () => {
    const secrets = { SESSION_SECRET: 'x'.repeat(32), MFA_ENCRYPTION_KEY: 'y'.repeat(32) };
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).auth.mfaRequired).toBeTrue();
    expect(loadConfig({ NODE_ENV: 'production', ...secrets }).auth.secureCookies).toBeTrue();
    expect(loadConfig({}).auth.mfaRequired).toBeFalse();
    expect(loadConfig({ MFA_REQUIRED: 'true' }).auth.mfaRequired).toBeTrue();
    expect(loadConfig({}).auth.idleTimeoutMs).toBe(30 * 60_000);
    expect(loadConfig({}).auth.absoluteTimeoutMs).toBe(12 * 3600_000);
  });

  it('names every invalid variable at once', () => {
    try {
      loadConfig({ PORT: 'eighty', MONGODB_URI: 'postgres://x', DB_SYNC: 'sometimes' });
      fail('expected a ConfigError');
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      const message = (err as Error).message;
      for (const name of ['PORT', 'MONGODB_URI', 'DB_SYNC']) expect(message).toContain(name);
    }
  });
});
