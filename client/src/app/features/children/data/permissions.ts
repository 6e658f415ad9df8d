import { SessionInfo, hasRole } from '../../auth/data/session.model';
import { SituationalPicture } from './children.model';

/**
 * What the page offers; the server decides again on every request (shared `can()`), so these only
 * keep the user from buttons that would be refused.
 */
export function canWriteRecord(session: SessionInfo | null, picture: SituationalPicture | null): boolean {
  // A reasoned (break-the-glass or supervisor) access only reads; a member of the child's team writes.
  return !!picture && !picture.access.flagged && !!session?.user.teamIds.includes(picture.child.teamId);
}

/** ATL 11 § log requests: supervisors, and the team lead of the child's own team. */
export function canSeeAccessLog(session: SessionInfo | null, picture: SituationalPicture | null): boolean {
  if (hasRole(session, 'supervisor')) return true;
  return !!picture && hasRole(session, 'team_lead') && !!session?.user.teamIds.includes(picture.child.teamId);
}
