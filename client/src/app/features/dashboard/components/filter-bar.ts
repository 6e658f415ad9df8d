import { ChangeDetectionStrategy, Component, OnInit, computed, input, output } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import { TranslatePipe } from '@ngx-translate/core';

import { DashboardFilters, FilterOptions } from '../data/dashboard.model';

/** Team, worker and period (months, at most 24); applied on submit so a half-typed month is not sent. */
@Component({
  selector: 'app-filter-bar',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './filter-bar.html',
  styles: `
    form {
      display: flex;
      flex-wrap: wrap;
      gap: 8px 16px;
      align-items: baseline;
    }
  `,
})
export class FilterBar implements OnInit {
  readonly filters = input.required<DashboardFilters>();
  readonly options = input.required<FilterOptions | null>();
  readonly changed = output<DashboardFilters>();

  protected teamId: string | null = null;
  protected workerId: string | null = null;
  protected from = '';
  protected to = '';

  protected readonly workers = computed(() => this.options()?.workers ?? []);

  ngOnInit(): void {
    const f = this.filters();
    this.teamId = f.teamId;
    this.workerId = f.workerId;
    this.from = f.from ?? '';
    this.to = f.to ?? '';
  }

  protected workersOf(teamId: string | null) {
    return this.workers().filter((w) => !teamId || w.teamIds.includes(teamId));
  }

  protected apply(): void {
    this.changed.emit({
      teamId: this.teamId,
      workerId: this.workerId,
      from: this.from || null,
      to: this.to || null,
    });
  }
}
