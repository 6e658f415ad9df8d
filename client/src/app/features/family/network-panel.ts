import { ChangeDetectionStrategy, Component, Injector, computed, inject, input, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';
import { catchError, firstValueFrom, of, switchMap, tap } from 'rxjs';

import { NetworkApi } from './data/network-api';
import { NetworkMember, NetworkMemberInput } from './data/network.model';
import { NetworkMapSvg } from './network/network-map-svg';
import { NetworkTable } from './network/network-table';

/**
 * Container: the child's network map (verkostokartta). State stays local in signals; the list is
 * read again after each change.
 */
@Component({
  selector: 'app-network-panel',
  imports: [MatButtonModule, MatIconModule, MatProgressBarModule, NetworkMapSvg, NetworkTable, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './network-panel.html',
  styleUrl: './family-panel.scss',
})
export class NetworkPanel {
  readonly childId = input.required<string>();
  readonly childName = input('');
  readonly readonly = input(false);

  private readonly api = inject(NetworkApi);
  private readonly injector = inject(Injector);
  private readonly translate = inject(TranslateService);
  protected readonly members = signal<NetworkMember[] | undefined>(undefined);
  protected readonly loading = signal(false);
  /** Translation key announced in the status region. */
  protected readonly message = signal<string | null>(null);
  private readonly version = signal(0);

  constructor() {
    toObservable(computed(() => ({ id: this.childId(), version: this.version() })))
      .pipe(
        switchMap(({ id }) => this.load(id)),
        takeUntilDestroyed(),
      )
      .subscribe();
  }

  protected async open(member?: NetworkMember): Promise<void> {
    const [{ MatDialog }, { MemberDialog }] = await Promise.all([
      import('@angular/material/dialog'),
      import('./dialogs/member-dialog'),
    ]);
    const childId = this.childId();
    const save = (body: NetworkMemberInput) =>
      member ? this.api.update(childId, member.id, body) : this.api.add(childId, body);
    const ref = this.injector.get(MatDialog).open(MemberDialog, { data: { member, save }, width: '40rem' });
    if ((await firstValueFrom(ref.afterClosed())) === true) this.changed();
  }

  protected remove(member: NetworkMember): void {
    if (!window.confirm(this.translate.instant('network.table.removeConfirm', { name: member.name }))) return;
    this.api.remove(this.childId(), member.id).subscribe({
      next: () => this.changed(),
      error: () => this.message.set('network.saveFailed'),
    });
  }

  private changed(): void {
    this.message.set('network.saved');
    this.version.update((v) => v + 1);
  }

  private load(childId: string) {
    this.loading.set(true);
    return this.api.members(childId).pipe(
      tap((members) => {
        this.members.set(members);
        this.loading.set(false);
      }),
      catchError(() => {
        this.loading.set(false);
        this.message.set('network.loadFailed');
        return of(null);
      }),
    );
  }
}
