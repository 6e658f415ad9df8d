import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { AgendaItem } from '../data/meetings.model';

/** Presentational: the meeting's agenda in the room; choosing an item opens its notes. */
@Component({
  selector: 'app-agenda-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, RouterLink, TranslatePipe],
  template: `
    <h2>{{ 'meetings.room.agenda' | translate }}</h2>
    <ol>
      @for (item of agenda(); track item.id) {
        <li>
          <button
            type="button"
            [class.current]="item.id === currentId()"
            [attr.aria-current]="item.id === currentId() ? 'true' : null"
            (click)="chosen.emit(item.id)"
          >
            {{ titleOf()(item) }}
          </button>
        </li>
      }
    </ol>
    @if (editable()) {
      <a mat-button routerLink="agenda">
        <mat-icon aria-hidden="true">edit</mat-icon>{{ 'meetings.room.editAgenda' | translate }}
      </a>
    }
  `,
  styles: `
    ol {
      padding-left: 1.2em;
    }
    button {
      background: none;
      border: 0;
      padding: 6px 4px;
      font: inherit;
      text-align: left;
      cursor: pointer;
      color: inherit;
    }
    button.current {
      font-weight: 600;
      text-decoration: underline;
    }
    h2 {
      font-size: 1rem;
    }
  `,
})
export class AgendaNav {
  readonly agenda = input.required<AgendaItem[]>();
  readonly currentId = input<string | null>(null);
  readonly titleOf = input.required<(item: AgendaItem) => string>();
  /** A draft's agenda can be edited (`/meetings/:id/agenda`, relative to the room). */
  readonly editable = input(false);
  readonly chosen = output<string>();
}
