import type { Connection } from 'mongoose';
import { io as connect, type Socket } from 'socket.io-client';
import type { ApiClient } from '../../testing/api-client.js';
import type { TestServer } from '../../testing/test-server.js';
import { teamModel } from '../teams/model.js';
import { userModel } from '../users/model.js';

let made = 0;

/** A supervisor of team 1 only (the demo supervisor oversees every team), with the demo password. */
export async function teamOneSupervisor(connection: Connection): Promise<string> {
  made++;
  const Users = userModel(connection);
  const johanna = await Users.findOne({ username: 'johanna.supervisor' }).select('+passwordHash').lean();
  const team = await teamModel(connection).findOne({ code: 'team-1' }).lean();
  const { _id, createdAt: _c, updatedAt: _u, ...rest } = johanna!;
  void _id;
  const username = `dash.sup${made}`;
  await Users.create({ ...rest, username, displayName: `Valvoja ${made}`, teamIds: [team!._id] });
  return username;
}

export function socketOf(server: TestServer, client: ApiClient): Promise<Socket> {
  const socket = connect(server.url, {
    path: '/socket.io',
    transports: ['websocket'],
    extraHeaders: { cookie: `keha.sid=${client.sessionToken}` },
    reconnection: false,
  });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}
