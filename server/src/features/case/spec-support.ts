import { addCalendarDays, syntheticIdentityCode } from '@keha/shared';
import type { Connection } from 'mongoose';
import { childModel } from '../children/model.js';
import { teamModel } from '../teams/model.js';
import { userModel } from '../users/model.js';

let created = 0;

/**
 * A child of its own for a case spec, so that the spec does not depend on what the demo seed records
 * about the demo children. Team 1 with anna.sw as the named social worker unless told otherwise.
 */
export async function newChild(
  connection: Connection,
  options: { born?: string; team?: string; worker?: string; firstName?: string } = {},
): Promise<string> {
  created++;
  // A day apart per child, so that each gets a date (and identity code) of its own however many specs run.
  const born = options.born ?? addCalendarDays('2013-02-01', created);
  const dateOfBirth = new Date(`${born}T00:00:00Z`);
  const [team, worker] = await Promise.all([
    teamModel(connection)
      .findOne({ code: options.team ?? 'team-1' })
      .lean(),
    userModel(connection)
      .findOne({ username: options.worker ?? 'anna.sw' })
      .lean(),
  ]);
  const child = await childModel(connection).create({
    firstName: options.firstName ?? `Testi${created}`,
    lastName: 'Tapauslapsi',
    dateOfBirth,
    identityCode: syntheticIdentityCode(dateOfBirth, 77 + created),
    teamId: team!._id,
    namedSocialWorkerId: worker!._id,
    status: 'client',
    languages: { preferred: 'fi', interpreterNeeded: false },
    guardianDisclosureRestriction: { active: false },
  });
  return String(child._id);
}

/** A notification as the contract requires it (who reported and what). */
export function notification(date: string, content = 'Koulun ilmoitus poissaoloista.') {
  return { type: 'notification_received', date, details: { reporterType: 'school', content } };
}
