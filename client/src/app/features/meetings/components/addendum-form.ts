import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  effect,
  input,
  output,
  viewChild,
} from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

import { Minutes } from '../data/meetings.model';

export interface AddendumDraft {
  /** The agenda item it concerns; none for the whole meeting. */
  itemId?: string;
  text: string;
}

/**
 * Presentational: an addendum to finalised minutes (later changes never rewrite them: each addendum
 * makes the next version). The text is cleared once the addendum is saved.
 */
@Component({
  selector: 'app-addendum-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <form (submit)="send($event, item.value, text.value)">
      <h2>{{ 'meetings.minutes.addAddendum' | translate }}</h2>
      <label>
        {{ 'meetings.minutes.addendumItem' | translate }}
        <select #item>
          <option value="">{{ 'meetings.minutes.wholeMeeting' | translate }}</option>
          @for (entry of minutes().items; track entry.item.id) {
            <option [value]="entry.item.id">
              {{ entry.item.kind === 'family' ? entry.item.children[0]?.name : kindTitle()(entry.item.kind) }}
            </option>
          }
        </select>
      </label>
      <label>
        {{ 'meetings.minutes.addendumText' | translate }}
        <textarea #text rows="3" minlength="3" maxlength="10000" required></textarea>
      </label>
      @if (error(); as e) {
        <p role="alert">{{ e | translate }}</p>
      }
      <button mat-flat-button type="submit" [disabled]="saving()">
        {{ 'meetings.minutes.saveAddendum' | translate }}
      </button>
    </form>
  `,
  styles: `
    form {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 24px;
    }
    label {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class AddendumForm {
  readonly minutes = input.required<Minutes>();
  readonly kindTitle = input.required<(kind: string) => string>();
  readonly saving = input(false);
  /** A translation key, or null. */
  readonly error = input<string | null>(null);
  readonly submitted = output<AddendumDraft>();
  private readonly text = viewChild.required<ElementRef<HTMLTextAreaElement>>('text');

  /** How many addenda the page has saved: each new one empties the form. */
  readonly savedCount = input(0);

  constructor() {
    effect(() => {
      if (this.savedCount() > 0) this.text().nativeElement.value = '';
    });
  }

  protected send(event: Event, itemId: string, text: string): void {
    event.preventDefault();
    this.submitted.emit({ ...(itemId ? { itemId } : {}), text });
  }
}
