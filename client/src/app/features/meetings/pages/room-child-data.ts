import { Injectable, inject, signal } from '@angular/core';
import { catchError, forkJoin, of } from 'rxjs';

import { HypothesisHistoryRow, MeetingsApi, PlanGoalOption } from '../data/meetings-api';
import { AgendaItem } from '../data/meetings.model';

/**
 * What the room shows about the agenda's children beside the notes: their plan goals (for linking
 * action points) and the team's hypotheses about them in earlier meetings. Read again only when the
 * agenda's children change (an edited agenda). Provided per room.
 */
@Injectable()
export class RoomChildData {
  private readonly api = inject(MeetingsApi);
  readonly goals = signal<Record<string, PlanGoalOption[]>>({});
  private readonly history = signal<Record<string, HypothesisHistoryRow[]>>({});
  private loadedFor: string | null = null;

  load(agenda: readonly AgendaItem[]): void {
    const childIds = [...new Set(agenda.flatMap((i) => (i.kind === 'family' ? i.childIds : [])))].sort();
    const key = childIds.join(',');
    if (key === this.loadedFor) return;
    this.loadedFor = key;
    if (!childIds.length) return;
    forkJoin(childIds.map((id) => this.api.planGoals(id).pipe(catchError(() => of([]))))).subscribe((all) =>
      this.goals.set(Object.fromEntries(childIds.map((id, i) => [id, all[i]]))),
    );
    forkJoin(childIds.map((id) => this.api.hypothesisHistory(id).pipe(catchError(() => of([]))))).subscribe(
      (all) => this.history.set(Object.fromEntries(childIds.map((id, i) => [id, all[i]]))),
    );
  }

  /** The earlier meetings' hypotheses about a family item's children (not this meeting's own). */
  historyOf(item: AgendaItem, meetingId: string): HypothesisHistoryRow[] {
    if (item.kind !== 'family') return [];
    const all = this.history();
    return item.childIds.flatMap((id) => all[id] ?? []).filter((row) => row.meetingId !== meetingId);
  }
}
