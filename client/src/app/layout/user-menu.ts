import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDividerModule } from '@angular/material/divider';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';

import { SessionUser } from '../features/auth/data/session.model';

/** Presentational: who is signed in, with sign-out; a sign-in link when nobody is. */
@Component({
  selector: 'app-user-menu',
  imports: [MatButtonModule, MatDividerModule, MatIconModule, MatMenuModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (user(); as user) {
      <button
        mat-button
        type="button"
        class="trigger"
        [matMenuTriggerFor]="menu"
        [attr.aria-label]="'layout.user.menu' | translate: { name: user.displayName }"
      >
        <mat-icon aria-hidden="true">account_circle</mat-icon>
        <span class="name">{{ user.displayName }}</span>
      </button>
      <mat-menu #menu="matMenu">
        <div class="who" role="presentation">
          <strong>{{ user.displayName }}</strong>
          <span>
            @for (role of user.roles; track role) {
              {{ 'roles.' + role | translate }}{{ $last ? '' : ', ' }}
            }
          </span>
        </div>
        <mat-divider />
        <a mat-menu-item routerLink="/account/security">
          <mat-icon aria-hidden="true">security</mat-icon>
          {{ 'layout.user.security' | translate }}
        </a>
        <button mat-menu-item type="button" (click)="signOut.emit()">
          <mat-icon aria-hidden="true">logout</mat-icon>
          {{ 'layout.user.signOut' | translate }}
        </button>
        <button mat-menu-item type="button" (click)="signOutEverywhere.emit()">
          <mat-icon aria-hidden="true">devices</mat-icon>
          {{ 'layout.user.signOutEverywhere' | translate }}
        </button>
      </mat-menu>
    } @else {
      <a mat-button class="trigger" routerLink="/login">
        <mat-icon aria-hidden="true">login</mat-icon>
        {{ 'layout.user.signIn' | translate }}
      </a>
    }
  `,
  styles: `
    .trigger {
      color: inherit;
    }
    .who {
      display: grid;
      gap: 2px;
      padding: 8px 16px 12px;
      font: var(--mat-sys-body-medium);
    }
    @media (max-width: 599.98px) {
      .name {
        display: none;
      }
    }
  `,
})
export class UserMenu {
  readonly user = input<SessionUser | null>(null);
  readonly signOut = output<void>();
  readonly signOutEverywhere = output<void>();
}
