import { ChangeDetectionStrategy, Component, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { PlanGoalOption } from '../data/meetings-api';
import { ActionPointEntry } from '../data/meetings.model';
import { EntryJson } from '../realtime/structured-entries';
import { ChangedBy } from './changed-by';
import { LiveField } from './live-field';
import { StructuredSection } from './structured-section';

export interface NamedId {
  id: string;
  name: string;
}

/**
 * Action points of a family item (child, text, owner, due date, linked plan goal), shared live; each
 * becomes a task on its child when the meeting is finalised.
 */
@Component({
  selector: 'app-action-points-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ChangedBy, LiveField, MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <h4>{{ 'meetings.sections.action_points' | translate }}</h4>
    <ul class="entries">
      @for (a of entries(); track a.id) {
        <li>
          <input
            [attr.aria-label]="'meetings.actions.text' | translate"
            [appLiveField]="a.text"
            [readOnly]="readOnly()"
            (focus)="focus()"
            (liveChange)="set(a.id, 'text', $event)"
          />
          <div class="fields">
            <label>
              {{ 'meetings.actions.child' | translate }}
              <select [disabled]="readOnly()" (change)="set(a.id, 'childId', value($event))">
                @for (c of children(); track c.id) {
                  <option [value]="c.id" [selected]="c.id === a.childId">{{ c.name }}</option>
                }
              </select>
            </label>
            <label>
              {{ 'meetings.actions.owner' | translate }}
              <select [disabled]="readOnly()" (change)="set(a.id, 'ownerId', value($event))">
                @for (m of members(); track m.id) {
                  <option [value]="m.id" [selected]="m.id === a.ownerId">{{ m.name }}</option>
                }
              </select>
            </label>
            <label>
              {{ 'meetings.actions.due' | translate }}
              <input
                type="date"
                [value]="a.dueDate"
                [readOnly]="readOnly()"
                (change)="set(a.id, 'dueDate', value($event))"
              />
            </label>
            <label>
              {{ 'meetings.actions.goal' | translate }}
              <select [disabled]="readOnly()" (change)="set(a.id, 'goalId', value($event))">
                <option value="">{{ 'meetings.actions.noGoal' | translate }}</option>
                @for (g of goalsOf(a.childId); track g.goalId) {
                  <option [value]="g.goalId" [selected]="g.goalId === a.goalId">{{ g.text }}</option>
                }
              </select>
            </label>
            @if (!readOnly()) {
              <button
                mat-icon-button
                type="button"
                (click)="remove(a.id)"
                [attr.aria-label]="'meetings.actions.remove' | translate"
              >
                <mat-icon>delete</mat-icon>
              </button>
            }
          </div>
          <app-changed-by [entry]="a" />
        </li>
      }
    </ul>
    @if (!readOnly()) {
      <form class="add fields" (submit)="addPoint($event, text, child, owner, due)">
        <label>
          {{ 'meetings.actions.new' | translate }}
          <input #text minlength="3" maxlength="500" required (focus)="focus()" />
        </label>
        <label>
          {{ 'meetings.actions.child' | translate }}
          <select #child>
            @for (c of children(); track c.id) {
              <option [value]="c.id">{{ c.name }}</option>
            }
          </select>
        </label>
        <label>
          {{ 'meetings.actions.owner' | translate }}
          <select #owner>
            @for (m of members(); track m.id) {
              <option [value]="m.id" [selected]="m.id === editor().id">{{ m.name }}</option>
            }
          </select>
        </label>
        <label>
          {{ 'meetings.actions.due' | translate }}
          <input #due type="date" required />
        </label>
        <button mat-stroked-button type="submit">
          <mat-icon aria-hidden="true">add</mat-icon>{{ 'meetings.actions.add' | translate }}
        </button>
        @if (problem()) {
          <span role="alert">{{ 'meetings.actions.incomplete' | translate }}</span>
        }
      </form>
    }
  `,
  styleUrl: './structured-section.scss',
})
export class ActionPointsSection extends StructuredSection<EntryJson & ActionPointEntry> {
  protected readonly section = 'action_points' as const;
  readonly children = input<NamedId[]>([]);
  readonly members = input<NamedId[]>([]);
  /** childId -> the goals of the child's current plan. */
  readonly goals = input<Record<string, PlanGoalOption[]>>({});
  protected readonly problem = signal(false);

  protected goalsOf(childId: string): PlanGoalOption[] {
    return this.goals()[childId] ?? [];
  }

  protected addPoint(
    event: Event,
    text: HTMLInputElement,
    child: HTMLSelectElement,
    owner: HTMLSelectElement,
    due: HTMLInputElement,
  ): void {
    event.preventDefault();
    const value = text.value.trim();
    if (value.length < 3 || !child.value || !owner.value || !due.value) return this.problem.set(true);
    this.problem.set(false);
    this.add({ childId: child.value, text: value, ownerId: owner.value, dueDate: due.value });
    text.value = '';
  }
}
