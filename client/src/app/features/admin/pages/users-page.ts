import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  OnInit,
  computed,
  inject,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { forkJoin } from 'rxjs';

import { UsersTable } from '../components/users-table';
import { AdminApi } from '../data/admin-api';
import { AdminTeam, AdminUser, CreateUserRequest, UpdateUserRequest } from '../data/admin.model';

/** Container: `/admin/users`. */
@Component({
  selector: 'app-users-page',
  imports: [
    MatButtonModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    UsersTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './users-page.html',
  styleUrl: './admin-page.scss',
})
export class UsersPage implements OnInit {
  private readonly api = inject(AdminApi);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  private readonly destroyRef = inject(DestroyRef);

  protected readonly users = signal<AdminUser[]>([]);
  protected readonly teams = signal<AdminTeam[]>([]);
  protected readonly loading = signal(false);
  protected readonly filter = signal('');
  /** Translation key announced in the status region. */
  protected readonly message = signal<string | null>(null);
  protected readonly shown = computed(() => {
    const words = this.filter().trim().toLowerCase();
    if (!words) return this.users();
    return this.users().filter((user) =>
      `${user.displayName} ${user.username} ${user.roles.join(' ')}`.toLowerCase().includes(words),
    );
  });

  ngOnInit(): void {
    this.loading.set(true);
    forkJoin([this.api.listUsers(), this.api.listTeams()])
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: ([users, teams]) => {
          this.users.set(users);
          this.teams.set(teams);
          this.loading.set(false);
        },
        error: () => this.loading.set(false),
      });
  }

  protected async create(): Promise<void> {
    const created = await this.openDialog(undefined, (request) =>
      this.api.createUser(request as CreateUserRequest),
    );
    if (created) this.replace(created, 'admin.users.created');
  }

  protected async edit(user: AdminUser): Promise<void> {
    const updated = await this.openDialog(user, (request) =>
      this.api.updateUser(user.id, request as UpdateUserRequest),
    );
    if (updated) this.replace(updated, 'admin.users.saved');
  }

  protected unlock(user: AdminUser): void {
    this.api
      .unlockUser(user.id)
      .subscribe(() => this.replace({ ...user, lockedUntil: null }, 'admin.users.unlocked'));
  }

  protected resetMfa(user: AdminUser): void {
    const question: string = this.translate.instant('admin.users.resetMfaConfirm', {
      name: user.displayName,
    });
    if (!window.confirm(question)) return;
    this.api
      .resetMfa(user.id)
      .subscribe(() => this.replace({ ...user, mfaEnabled: false }, 'admin.users.mfaWasReset'));
  }

  private replace(user: AdminUser, message: string): void {
    this.users.update((users) =>
      users.some((u) => u.id === user.id)
        ? users.map((u) => (u.id === user.id ? user : u))
        : [...users, user],
    );
    this.message.set(message);
  }

  private async openDialog(
    user: AdminUser | undefined,
    save: (request: CreateUserRequest | UpdateUserRequest) => ReturnType<AdminApi['createUser']>,
  ): Promise<AdminUser | undefined> {
    const [{ MatDialog }, { UserDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('../components/user-dialog'),
    ]);
    const ref = this.injector.get(MatDialog).open<unknown, unknown, AdminUser>(UserDialog, {
      data: { user, teams: this.teams(), save },
      width: '40rem',
    });
    return new Promise((resolve) => ref.afterClosed().subscribe(resolve));
  }
}
