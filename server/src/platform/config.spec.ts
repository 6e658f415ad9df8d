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
    expect(loadConfig({ NODE_ENV: 'production' }).seedDemoData).toBeFalse();
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
