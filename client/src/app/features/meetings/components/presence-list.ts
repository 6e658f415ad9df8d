import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { Participant } from '../data/meetings.model';
import { Peer } from '../realtime/notes-provider';

/** Presentational: who is in the meeting now (every device counted) and where each one is typing. */
@Component({
  selector: 'app-presence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TranslatePipe],
  template: `
    <h2>{{ 'meetings.room.present' | translate }}</h2>
    <ul [attr.aria-label]="'meetings.room.present' | translate">
      @for (p of participants(); track p.userId) {
        <li>
          <span class="dot" [style.background]="colorOf(p.userId)"></span>
          <span>{{ p.name }}</span>
          @if (p.connections > 1) {
            <small>{{ 'meetings.room.devices' | translate: { count: p.connections } }}</small>
          }
          @for (s of sectionsOf(p.userId); track $index) {
            <small class="where">{{ 'meetings.room.typingIn' | translate: { section: s } }}</small>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    li {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 6px;
      padding: 4px 0;
    }
    .dot {
      width: 10px;
      height: 10px;
      border-radius: 50%;
    }
    .where {
      color: var(--mat-sys-on-surface-variant);
    }
    h2 {
      font-size: 1rem;
      margin: 0 0 8px;
    }
  `,
})
export class PresenceList {
  readonly participants = input.required<Participant[]>();
  readonly peers = input.required<Peer[]>();
  /** Section key (`<section>:<itemId>`) -> a readable name. */
  readonly sectionName = input.required<(key: string) => string>();

  protected colorOf(userId: string): string {
    return this.peers().find((p) => p.userId === userId)?.color ?? '#9e9e9e';
  }

  protected sectionsOf(userId: string): string[] {
    return this.peers()
      .filter((p) => p.userId === userId && p.section)
      .map((p) => this.sectionName()(p.section!));
  }
}
