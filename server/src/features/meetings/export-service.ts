import type { Connection } from 'mongoose';
import type { HypothesisHistory, Language } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { NotFoundError } from '../../platform/errors.js';
import type { ChildGuard } from '../children/child-guard.js';
import { userNames } from '../case/task-service.js';
import type { FinaliseService } from './finalise-service.js';
import { hypothesisHistory } from './hypotheses.js';
import type { MeetingAccess } from './meeting-access.js';
import { minutesPdf } from './minutes-pdf.js';
import { Types } from 'mongoose';

/** The minutes as a PDF (whole meeting or one child's extract) and a child's hypothesis history. */
export class MinutesExportService {
  constructor(
    private readonly connection: Connection,
    private readonly access: MeetingAccess,
    private readonly finalise: FinaliseService,
    private readonly guard: ChildGuard,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async pdf(
    caller: Caller,
    meetingId: string,
    query: { lang: Language; childId?: string; version?: number },
  ): Promise<Buffer> {
    const { meeting } = await this.access.open(caller, meetingId, 'child.read', 'meeting.export');
    if (meeting.status !== 'finalised') throw new NotFoundError('The meeting has no minutes yet.');
    if (query.childId && !meeting.childIds.some((id) => String(id) === query.childId))
      throw new NotFoundError('The child was not discussed in this meeting.');
    const minutes = await this.finalise.version(meeting, query.version ?? meeting.minutesVersion);
    const ownerIds = minutes.items.flatMap((i) => i.actionPoints.map((a) => new Types.ObjectId(a.ownerId)));
    return minutesPdf({
      minutes,
      language: query.lang,
      ...(query.childId ? { childId: query.childId } : {}),
      names: await userNames(this.connection, ownerIds),
      printedAt: this.clock(),
    });
  }

  async hypotheses(caller: Caller, childId: string): Promise<HypothesisHistory> {
    const child = await this.guard.open(caller, childId, 'child.read', {
      part: 'meeting-notes',
      view: 'meeting.minutes',
    });
    return { items: await hypothesisHistory(this.connection, child._id) };
  }
}
