import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { FamilyDraft } from '../data/agenda-form';
import { TeamChild } from '../data/meetings-api';

/**
 * Presentational: one family chosen for discussion: the children (siblings may share an item), the
 * presenting worker and the question to the team; the server's refusals of this item under it.
 */
@Component({
  selector: 'app-family-item-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatIconModule, MatInputModule, TranslatePipe],
  template: `
    <section [attr.aria-label]="'meetings.new.familyN' | translate: { n: number() }">
      <h3>{{ 'meetings.new.familyN' | translate: { n: number() } }}</h3>
      <label>
        {{ 'meetings.new.children' | translate }}
        <select multiple size="4" (change)="childrenChosen($event)">
          @for (c of children(); track c.id) {
            <option [value]="c.id" [selected]="family().childIds.includes(c.id)">
              {{ c.firstName }} {{ c.lastName }}
            </option>
          }
        </select>
      </label>
      <label>
        {{ 'meetings.new.presenter' | translate }}
        <select
          [value]="family().presentingWorkerId"
          (change)="patch.emit({ presentingWorkerId: value($event) })"
        >
          <option value="">{{ 'meetings.new.choose' | translate }}</option>
          @for (m of members(); track m.id) {
            <option [value]="m.id">{{ m.name }}</option>
          }
        </select>
      </label>
      <mat-form-field appearance="outline" class="wide">
        <mat-label>{{ 'meetings.new.question' | translate }}</mat-label>
        <textarea
          matInput
          rows="2"
          [value]="family().question"
          (input)="patch.emit({ question: value($event) })"
        ></textarea>
      </mat-form-field>
      @for (e of errors(); track $index) {
        <p class="error">{{ e | translate }}</p>
      }
      <button mat-button type="button" (click)="remove.emit()">
        <mat-icon aria-hidden="true">delete</mat-icon>{{ 'meetings.new.removeFamily' | translate }}
      </button>
    </section>
  `,
  styles: `
    section {
      border-left: 4px solid var(--mat-sys-primary);
      padding-left: 12px;
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    label {
      display: flex;
      flex-direction: column;
      gap: 4px;
    }
    .wide {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
      margin: 0;
    }
  `,
})
export class FamilyItemFields {
  readonly family = input.required<FamilyDraft>();
  /** 1-based, as the user counts. */
  readonly number = input.required<number>();
  readonly children = input<TeamChild[]>([]);
  readonly members = input<{ id: string; name: string }[]>([]);
  /** Translation keys (or the server's own message). */
  readonly errors = input<string[]>([]);
  readonly patch = output<Partial<Omit<FamilyDraft, 'key' | 'id'>>>();
  readonly remove = output<void>();

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected childrenChosen(event: Event): void {
    const select = event.target as HTMLSelectElement;
    this.patch.emit({ childIds: Array.from(select.selectedOptions, (o) => o.value) });
  }
}
