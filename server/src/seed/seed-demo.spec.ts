import { userModel } from '../features/users/model.js';
import { verifyPassword } from '../features/users/passwords.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-organisation.js';
import { seedDemoData } from './seed-demo.js';

describe('the demo seed', () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.dispose());

  it('creates every demo account with an argon2id hash of the demo password', async () => {
    expect(server.seeded).toBeTrue();
    const Users = userModel(server.database.connection);
    const users = await Users.find().select('+passwordHash').lean();
    expect(users.map((u) => u.username).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.username).sort());
    expect(users[0]!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(users[0]!.passwordHash, DEMO_PASSWORD)).toBeTrue();
  });

  it('never returns password hashes unless asked for explicitly', async () => {
    const user = await userModel(server.database.connection).findOne({ username: 'anna.sw' }).lean();
    expect(user).not.toBeNull();
    expect(Object.keys(user!)).not.toContain('passwordHash');
  });

  it('does nothing when the organisation already exists', async () => {
    expect(await seedDemoData(server.database.connection)).toBeFalse();
    expect(await userModel(server.database.connection).countDocuments()).toBe(DEMO_ACCOUNTS.length);
  });

  it('is not seeded in production mode', async () => {
    const production = await startTestServer({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(32),
      MFA_ENCRYPTION_KEY: 'y'.repeat(32),
    });
    expect(production.seeded).toBeFalse();
    expect(await userModel(production.database.connection).countDocuments()).toBe(0);
    await production.dispose();
  });
});
