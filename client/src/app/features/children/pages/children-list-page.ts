import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  linkedSignal,
  signal,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormControl, ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatPaginatorModule, PageEvent } from '@angular/material/paginator';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { MatTableModule } from '@angular/material/table';
import { Router, RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, distinctUntilChanged, filter, map, of, switchMap, tap } from 'rxjs';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { ChildrenApi } from '../data/children-api';
import { CHILD_STATUSES, ChildListItem, ChildListResponse, ChildStatus } from '../data/children.model';

export const SEARCH_DEBOUNCE_MS = 300;
/** The server searches from two characters on (a whole identity code or a name prefix). */
export const MIN_SEARCH_LENGTH = 2;

/** Container: `/children`, the children the user may see, searched by name or identity code. */
@Component({
  selector: 'app-children-list-page',
  imports: [
    ReactiveFormsModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatPaginatorModule,
    MatProgressBarModule,
    MatSelectModule,
    MatTableModule,
    RouterLink,
    TranslatePipe,
    LocalDatePipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './children-list-page.html',
  styleUrl: './children-list-page.scss',
})
export class ChildrenListPage {
  private readonly api = inject(ChildrenApi);
  private readonly router = inject(Router);

  protected readonly statuses = CHILD_STATUSES;
  protected readonly columns = ['name', 'identityCode', 'dateOfBirth', 'status'];
  protected readonly search = new FormControl('', { nonNullable: true });
  protected readonly typed = toSignal(this.search.valueChanges.pipe(map((v) => v.trim())), {
    initialValue: '',
  });
  protected readonly status = signal<ChildStatus | ''>('');
  private readonly query = toSignal(
    this.search.valueChanges.pipe(
      debounceTime(SEARCH_DEBOUNCE_MS),
      map((v) => v.trim()),
      filter((v) => v.length === 0 || v.length >= MIN_SEARCH_LENGTH),
      distinctUntilChanged(),
    ),
    { initialValue: '' },
  );
  /** A new search or filter starts from the first page. */
  protected readonly page = linkedSignal<unknown, { index: number; size: number }>({
    source: () => [this.query(), this.status()],
    computation: (_, previous) => ({ index: 0, size: previous?.value.size ?? 25 }),
  });
  /** One value per change (glitch-free), so a new search sends one request, not one per signal. */
  private readonly criteria = computed(() => ({ q: this.query(), status: this.status(), page: this.page() }));
  protected readonly result = signal<ChildListResponse | null>(null);
  protected readonly loading = signal(false);
  protected readonly failed = signal(false);

  constructor() {
    toObservable(this.criteria)
      .pipe(
        tap(() => this.loading.set(true)),
        switchMap(({ q, status, page }) =>
          this.api
            .list({ q, status: status || undefined, page: page.index + 1, pageSize: page.size })
            .pipe(catchError(() => of(null))),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((result) => {
        this.loading.set(false);
        this.failed.set(result === null);
        this.result.set(result);
      });
  }

  protected pageChanged({ pageIndex, pageSize }: PageEvent): void {
    this.page.set({ index: pageIndex, size: pageSize });
  }

  protected open(child: ChildListItem): void {
    void this.router.navigate(['/children', child.id]);
  }
}
