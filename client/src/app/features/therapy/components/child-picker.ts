import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@ngx-translate/core';
import { catchError, debounceTime, map, of, switchMap } from 'rxjs';

import { ChildrenApi } from '../../children/data/children-api';
import { ChildListItem } from '../../children/data/children.model';

/** A new plan starts from one of the family's children: search the team's children by name. */
@Component({
  selector: 'app-child-picker',
  imports: [MatFormFieldModule, MatInputModule, RouterLink, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-form-field appearance="outline">
      <mat-label>{{ 'therapy.list.pickChild' | translate }}</mat-label>
      <input matInput type="search" autocomplete="off" (input)="query.set($any($event.target).value)" />
      <mat-hint>{{ 'therapy.list.pickChildHint' | translate }}</mat-hint>
    </mat-form-field>
    <ul aria-live="polite">
      @for (child of results(); track child.id) {
        <li>
          <a [routerLink]="['/therapy/plans/new']" [queryParams]="{ childId: child.id }">
            {{ 'therapy.list.newPlanFor' | translate: { name: child.firstName + ' ' + child.lastName } }}
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    :host {
      display: block;
      max-width: 32rem;
    }
    mat-form-field {
      width: 100%;
    }
    ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    li {
      min-height: 32px;
    }
  `,
})
export class ChildPicker {
  private readonly api = inject(ChildrenApi);
  protected readonly query = signal('');
  protected readonly results = signal<ChildListItem[]>([]);

  constructor() {
    toObservable(this.query)
      .pipe(
        debounceTime(250),
        map((q) => q.trim()),
        switchMap((q) =>
          q.length < 2
            ? of([])
            : this.api.list({ q, page: 1, pageSize: 10 }).pipe(
                map((page) => page.items),
                catchError(() => of([])),
              ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((items) => this.results.set(items));
  }
}
