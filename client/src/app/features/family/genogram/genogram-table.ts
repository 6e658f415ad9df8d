import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { Family, Person, Relationship } from '../data/family.model';
import { RowActions } from '../row-actions';

/** The genogram as text: the same people and lines in two tables (the accessible alternative). */
@Component({
  selector: 'app-genogram-table',
  imports: [RowActions, LocalDatePipe, MatButtonModule, MatIconModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './genogram-table.html',
  styleUrl: '../family-table.scss',
})
export class GenogramTable {
  readonly family = input.required<Family>();
  /** The child whose page this is. */
  readonly indexChildId = input<string>();
  readonly readonly = input(false);
  readonly editPerson = output<Person>();
  readonly editLine = output<Relationship>();
  readonly removeLine = output<Relationship>();

  protected readonly names = computed(
    () => new Map(this.family().persons.map((p) => [p.id, `${p.firstName} ${p.lastName}`.trim()])),
  );
  protected readonly households = computed(
    () => new Map(this.family().households.map((h) => [h.id, h.label])),
  );
  protected readonly persons = computed(() =>
    [...this.family().persons].sort((a, b) =>
      (a.dateOfBirth ?? '9999').localeCompare(b.dateOfBirth ?? '9999'),
    ),
  );
  protected readonly lines = computed(() =>
    [...this.family().relationships].sort((a, b) => a.kind.localeCompare(b.kind)),
  );
}
