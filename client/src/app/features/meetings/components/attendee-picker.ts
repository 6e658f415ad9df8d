import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { TranslatePipe } from '@ngx-translate/core';

import { MEETING_ROLES, MeetingRole } from '../data/meetings.model';

/** Presentational: who of the team attends, and each attendee's role in the meeting. */
@Component({
  selector: 'app-attendee-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule, TranslatePipe],
  template: `
    @for (m of members(); track m.id) {
      <div class="attendee">
        <mat-checkbox [checked]="roles()[m.id] !== undefined" (change)="toggle(m.id, $event.checked)">
          {{ m.name }}
        </mat-checkbox>
        @if (roles()[m.id]; as role) {
          <select
            [attr.aria-label]="'meetings.new.roleOf' | translate: { name: m.name }"
            [value]="role"
            (change)="setRole(m.id, $event)"
          >
            @for (r of meetingRoles; track r) {
              <option [value]="r">{{ 'meetings.roles.' + r | translate }}</option>
            }
          </select>
        }
      </div>
    }
  `,
  styles: `
    .attendee {
      display: flex;
      align-items: center;
      gap: 12px;
    }
  `,
})
export class AttendeePicker {
  readonly members = input<{ id: string; name: string }[]>([]);
  /** userId -> role of the attendees. */
  readonly roles = input<Record<string, MeetingRole>>({});
  readonly rolesChange = output<Record<string, MeetingRole>>();
  protected readonly meetingRoles = MEETING_ROLES;

  protected toggle(userId: string, on: boolean): void {
    const { [userId]: _removed, ...rest } = this.roles();
    this.rolesChange.emit(on ? { ...rest, [userId]: 'participant' } : rest);
  }

  protected setRole(userId: string, event: Event): void {
    const role = (event.target as HTMLSelectElement).value as MeetingRole;
    this.rolesChange.emit({ ...this.roles(), [userId]: role });
  }
}
