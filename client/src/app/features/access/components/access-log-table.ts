import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { AccessLogEntry } from '../data/access.model';

/** Presentational: who used the child's data, when, how and why (ATL 11 §). */
@Component({
  selector: 'app-access-log-table',
  imports: [LocalDateTimePipe, MatIconModule, MatTableModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <table mat-table [dataSource]="entries()" [attr.aria-label]="'access.log.tableLabel' | translate">
      <ng-container matColumnDef="at">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'access.log.at' | translate }}</th>
        <td mat-cell *matCellDef="let entry">{{ entry.at | localDateTime }}</td>
      </ng-container>
      <ng-container matColumnDef="user">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'access.log.user' | translate }}</th>
        <td mat-cell *matCellDef="let entry">
          {{ entry.username }}
          <span class="roles">
            @for (role of entry.roles; track role) {
              {{ 'roles.' + role | translate }}{{ $last ? '' : ', ' }}
            }
          </span>
        </td>
      </ng-container>
      <ng-container matColumnDef="action">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'access.log.action' | translate }}</th>
        <td mat-cell *matCellDef="let entry">
          @let actionKey = 'access.log.actions.' + entry.action;
          {{ worded(actionKey | translate, actionKey, entry.action) }}
          @if (entry.view) {
            @let viewKey = 'access.log.views.' + entry.view;
            ({{ worded(viewKey | translate, viewKey, entry.view) }})
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="purpose">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'access.log.purpose' | translate }}</th>
        <td mat-cell *matCellDef="let entry">
          {{ entry.purpose ?? '' }}
          @if (entry.flagged) {
            <span class="flag">
              <mat-icon aria-hidden="true">flag</mat-icon>
              {{ 'access.log.flagged.' + entry.flagged | translate }}
            </span>
          }
        </td>
      </ng-container>
      <ng-container matColumnDef="outcome">
        <th mat-header-cell *matHeaderCellDef scope="col">{{ 'access.log.outcome' | translate }}</th>
        <td mat-cell *matCellDef="let entry">{{ 'access.log.outcomes.' + entry.outcome | translate }}</td>
      </ng-container>
      <tr mat-header-row *matHeaderRowDef="columns"></tr>
      <tr mat-row *matRowDef="let row; columns: columns"></tr>
      <tr class="mat-mdc-row" *matNoDataRow>
        <td class="mat-mdc-cell empty" [attr.colspan]="columns.length">
          {{ 'access.log.empty' | translate }}
        </td>
      </tr>
    </table>
  `,
  styles: `
    table {
      width: 100%;
    }
    .roles {
      display: block;
      color: var(--mat-sys-on-surface-variant);
      font: var(--mat-sys-body-small);
    }
    .flag {
      display: inline-flex;
      align-items: center;
      gap: 4px;
      color: var(--mat-sys-error);
    }
    .empty {
      padding: 16px;
    }
  `,
})
export class AccessLogTable {
  readonly entries = input<AccessLogEntry[]>([]);
  protected readonly columns = ['at', 'user', 'action', 'purpose', 'outcome'];

  /**
   * The API sends stable codes and the UI words them in its language; a code without wording (an older
   * event, the request line of a request refused before any route) is shown as it is.
   */
  protected worded(translated: unknown, key: string, code: string): string {
    return typeof translated === 'string' && translated !== key ? translated : code;
  }
}
