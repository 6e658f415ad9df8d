import type { Connection } from 'mongoose';
import { childModel } from '../features/children/model.js';
import { userModel } from '../features/users/model.js';

/** Ids of the seeded demo children and users by name, for integration specs. */
export async function demoIds(
  connection: Connection,
): Promise<{ child: (firstName: string) => string; user: (username: string) => string }> {
  const [children, users] = await Promise.all([
    childModel(connection).find().lean(),
    userModel(connection).find().lean(),
  ]);
  return {
    child: (firstName) => String(children.find((c) => c.firstName === firstName)!._id),
    user: (username) => String(users.find((u) => u.username === username)!._id),
  };
}
