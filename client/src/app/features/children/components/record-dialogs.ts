import { Injectable, Injector, inject } from '@angular/core';
import { Action, Store } from '@ngrx/store';
import { firstValueFrom } from 'rxjs';

import { ChildrenApi } from '../data/children-api';
import {
  CaseEvent,
  ChildViewInput,
  DecisionType,
  PlanGoal,
  SafetyScoreInput,
  TaskInput,
} from '../data/children.model';
import { ChildPageActions } from '../state/child-page.actions';
import { selectSave } from '../state/child-page.feature';
import { EventFormValue } from './event-input';

let sequence = 0;
const nextRequestId = () => `${Date.now().toString(36)}-${++sequence}`;

/**
 * Opens the child page's record dialogs (loaded on first use, with Material's dialog) and wires each
 * to the store: the dialog's save dispatches, and it watches the save state for its request id.
 */
@Injectable()
export class RecordDialogs {
  private readonly injector = inject(Injector);
  private readonly store = inject(Store);
  private readonly api = inject(ChildrenApi);
  private readonly state = this.store.selectSignal(selectSave);

  async event(childId: string, event?: CaseEvent): Promise<void> {
    const { EventForm } = await import('./event-form');
    await this.open(EventForm, {
      event,
      decisionMakers: (type: DecisionType) => this.api.decisionMakers(childId, type),
      save: this.saver(({ event: input, reason }: EventFormValue, requestId) =>
        event
          ? ChildPageActions.eventCorrectionSubmitted({
              childId,
              requestId,
              eventId: event.id,
              correction: { event: { details: {}, ...input, links: event.links }, reason: reason ?? '' },
            })
          : ChildPageActions.eventSubmitted({ childId, requestId, input }),
      ),
    });
  }

  /** A correction starts from the event's current version (the timeline shows a summary only). */
  async correction(childId: string, eventId: string): Promise<void> {
    const versions = await firstValueFrom(this.api.eventVersions(childId, eventId));
    const current = versions.find((version) => version.current) ?? versions.at(-1);
    if (current) await this.event(childId, current);
  }

  async childView(childId: string): Promise<void> {
    const { ChildViewForm } = await import('./child-view-form');
    const save = this.saver((input: ChildViewInput, requestId) =>
      ChildPageActions.childViewSubmitted({ childId, requestId, input }),
    );
    await this.open(ChildViewForm, { save });
  }

  async safetyScore(childId: string): Promise<void> {
    const { SafetyScoreForm } = await import('./safety-score-form');
    const save = this.saver((input: SafetyScoreInput, requestId) =>
      ChildPageActions.safetyScoreSubmitted({ childId, requestId, input }),
    );
    await this.open(SafetyScoreForm, { save });
  }

  async task(childId: string, owners: { id: string; name: string }[], goals: PlanGoal[]): Promise<void> {
    const { TaskForm } = await import('./task-form');
    const save = this.saver((input: TaskInput, requestId) =>
      ChildPageActions.taskSubmitted({ childId, requestId, input }),
    );
    await this.open(TaskForm, { save, owners, goals });
  }

  private saver<T>(action: (value: T, requestId: string) => Action) {
    return (value: T): string => {
      const requestId = nextRequestId();
      this.store.dispatch(action(value, requestId));
      return requestId;
    };
  }

  private async open(component: unknown, data: object): Promise<void> {
    const { MatDialog } = await import('@angular/material/dialog');
    const ref = this.injector
      .get(MatDialog)
      .open(component as never, { data: { ...data, state: this.state }, width: '40rem', maxWidth: '95vw' });
    await new Promise((resolve) => ref.afterClosed().subscribe(resolve));
  }
}
