import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatTableModule } from '@angular/material/table';
import { MatTooltipModule } from '@angular/material/tooltip';
import { TranslatePipe } from '@ngx-translate/core';

import { AdminTeam, AdminUser } from '../data/admin.model';

/** Presentational: the users with their roles, teams and state, and the row actions. */
@Component({
  selector: 'app-users-table',
  imports: [MatButtonModule, MatIconModule, MatTableModule, MatTooltipModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-table.html',
  styleUrl: './users-table.scss',
})
export class UsersTable {
  readonly users = input<AdminUser[]>([]);
  readonly teams = input<AdminTeam[]>([]);
  /** Compared with the lock time; passed in so that the table stays pure. */
  readonly now = input(Date.now());
  readonly edit = output<AdminUser>();
  readonly unlock = output<AdminUser>();
  readonly resetMfa = output<AdminUser>();

  protected readonly columns = ['name', 'roles', 'teams', 'state', 'actions'];
  protected readonly teamNames = computed(() => new Map(this.teams().map((team) => [team.id, team.name])));

  protected isLocked(user: AdminUser): boolean {
    return !!user.lockedUntil && Date.parse(user.lockedUntil) > this.now();
  }

  protected teamsOf(user: AdminUser): string {
    return user.teamIds.map((id) => this.teamNames().get(id) ?? id).join(', ');
  }
}
