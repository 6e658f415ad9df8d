import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { loadConfig } from '../platform/config.js';
import { connectDatabase } from '../platform/db.js';
import { createLogger } from '../platform/logging.js';
import { userModel } from '../features/users/model.js';
import { hashPassword, passwordProblem } from '../features/users/passwords.js';

/**
 * `npm run create-admin -- --username NAME [--display-name "..."]`: creates the first administrator of
 * a production installation (no demo data there). The password is read from KEHA_ADMIN_PASSWORD or
 * asked on the terminal, so it never appears in the shell history.
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { username: { type: 'string' }, 'display-name': { type: 'string' } },
  });
  if (!values.username)
    throw new Error('Usage: npm run create-admin -- --username NAME [--display-name "Full Name"]');
  const password = process.env['KEHA_ADMIN_PASSWORD'] ?? (await askPassword());
  const problem = passwordProblem(password, values.username);
  if (problem) throw new Error(problem);

  const config = loadConfig();
  const database = await connectDatabase(config.database, createLogger('warn'));
  try {
    const Users = userModel(database.connection);
    await Users.init();
    if (await Users.exists({ username: values.username.toLowerCase() })) {
      throw new Error(`A user named ${values.username} already exists.`);
    }
    await Users.create({
      username: values.username,
      displayName: values['display-name'] ?? values.username,
      roles: ['administrator'],
      passwordHash: await hashPassword(password),
    });
    process.stdout.write(`Administrator ${values.username} created.\n`);
  } finally {
    await database.close();
  }
}

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error('Set KEHA_ADMIN_PASSWORD or run this in a terminal.');
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  // Mute the echo while the password is typed.
  const write = (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput.bind(rl);
  let muted = false;
  (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s) =>
    muted ? undefined : write(s);
  const pending = rl.question('Password (min 12 characters): ');
  muted = true;
  const password = await pending;
  rl.close();
  process.stdout.write('\n');
  return password;
}

main().catch((err: unknown) => {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
});
