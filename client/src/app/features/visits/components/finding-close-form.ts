import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { FindingClosure } from '../data/visit.model';

/** Closes a finding with the evidence that its required actions were taken, dated between the visit and today. */
@Component({
  selector: 'app-finding-close-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <form novalidate (submit)="$event.preventDefault(); submit()">
      <mat-form-field>
        <mat-label>{{ 'visits.close.evidence' | translate }}</mat-label>
        <textarea
          matInput
          required
          rows="3"
          maxlength="5000"
          [value]="evidence()"
          (input)="evidence.set($any($event.target).value)"
        ></textarea>
      </mat-form-field>
      @if (tried() && !evidence().trim()) {
        <p class="field-error" role="alert">{{ 'visits.close.evidenceRequired' | translate }}</p>
      }
      <mat-form-field>
        <mat-label>{{ 'visits.close.closedOn' | translate }}</mat-label>
        <input
          matInput
          type="date"
          required
          [min]="visitDate()"
          [max]="today()"
          [value]="closedOn()"
          (input)="closedOn.set($any($event.target).value)"
        />
      </mat-form-field>
      @if (tried() && !dateOk()) {
        <p class="field-error" role="alert">{{ 'visits.close.dateRange' | translate }}</p>
      }
      <div class="actions">
        <button mat-button type="button" (click)="cancelled.emit()">
          {{ 'visits.plan.cancel' | translate }}
        </button>
        <button mat-flat-button type="submit" [disabled]="busy()">
          {{ 'visits.close.submit' | translate }}
        </button>
      </div>
    </form>
  `,
  styleUrl: './form-section.scss',
})
export class FindingCloseForm {
  readonly visitDate = input.required<string>();
  readonly today = input.required<string>();
  readonly busy = input(false);
  readonly closed = output<FindingClosure>();
  readonly cancelled = output<void>();
  protected readonly evidence = signal('');
  protected readonly closedOn = signal('');
  protected readonly tried = signal(false);
  protected readonly dateOk = computed(() => {
    const day = this.closedOn() || this.today();
    return day >= this.visitDate() && day <= this.today();
  });

  protected submit(): void {
    this.tried.set(true);
    if (!this.evidence().trim() || !this.dateOk()) return;
    this.closed.emit({ evidence: this.evidence().trim(), closedOn: this.closedOn() || this.today() });
  }
}
