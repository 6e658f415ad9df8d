import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { NOTIFICATION_RECIPIENTS, VisitDraft } from '../data/visit.model';

type Notification = VisitDraft['notifications'][number];
type Recipient = Notification['recipient'];

/** LSL 79 § notifications (host county, AVI, other placing counties): sent or not yet, with the date. */
@Component({
  selector: 'app-notifications-section',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatCheckboxModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <section aria-labelledby="notifications-heading">
      <h2 id="notifications-heading">{{ 'visits.notifications.title' | translate }}</h2>
      @for (r of recipients; track r) {
        <div class="row" [attr.data-recipient]="r">
          <mat-form-field>
            <mat-label>{{ 'visits.notifications.recipient.' + r | translate }}</mat-label>
            <input
              matInput
              [value]="find(r)?.organisation ?? ''"
              (input)="set(r, { organisation: $any($event.target).value })"
            />
          </mat-form-field>
          <mat-checkbox
            [checked]="find(r)?.sent ?? false"
            [disabled]="!find(r)"
            (change)="set(r, { sent: $event.checked, sentOn: $event.checked ? today() : undefined })"
          >
            {{ 'visits.notifications.sent' | translate }}
          </mat-checkbox>
          @if (find(r)?.sent) {
            <mat-form-field>
              <mat-label>{{ 'visits.notifications.sentOn' | translate }}</mat-label>
              <input
                matInput
                type="date"
                [value]="find(r)?.sentOn ?? ''"
                (input)="set(r, { sentOn: $any($event.target).value })"
              />
            </mat-form-field>
          }
        </div>
      }
    </section>
  `,
  styleUrl: './form-section.scss',
})
export class NotificationsSection {
  readonly draft = input.required<VisitDraft>();
  readonly errors = input<Record<string, string>>({});
  readonly draftChange = output<VisitDraft>();
  protected readonly recipients = NOTIFICATION_RECIPIENTS;

  protected find(r: Recipient): Notification | undefined {
    return this.draft().notifications.find((n) => n.recipient === r);
  }

  protected today(): string {
    return new Date().toISOString().slice(0, 10);
  }

  /** A row counts once its organisation is named; emptying the name removes it. */
  protected set(r: Recipient, patch: Partial<Notification>): void {
    const current = this.find(r) ?? { recipient: r, organisation: '', sent: false };
    const next = { ...current, ...patch };
    if (!next.sent) delete next.sentOn;
    const others = this.draft().notifications.filter((n) => n.recipient !== r);
    const notifications = next.organisation.trim() ? [...others, next] : others;
    this.draftChange.emit({ ...this.draft(), notifications });
  }
}
