import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@ngx-translate/core';

import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { PdfLanguage } from '../data/meetings-api';
import { Minutes, MinutesVersionRow } from '../data/meetings.model';

/**
 * Presentational: which version of the minutes is shown (every version is kept), and the PDF
 * downloads of that version: the whole meeting and each child's part, in fi/sv/en.
 */
@Component({
  selector: 'app-minutes-downloads',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [LocalDateTimePipe, MatButtonModule, TranslatePipe],
  template: `
    <label>
      {{ 'meetings.minutes.version' | translate }}
      <select [value]="'' + minutes().version" (change)="versionChosen.emit(+value($event))">
        @for (v of versions(); track v.version) {
          <option [value]="'' + v.version" [selected]="v.version === minutes().version">
            {{
              'meetings.minutes.versionOption'
                | translate
                  : { version: v.version, reason: ('meetings.minutes.reasons.' + v.reason | translate) }
            }}
            {{ v.createdAt | localDateTime }}
          </option>
        }
      </select>
    </label>
    <div class="pdf" role="group" [attr.aria-label]="'meetings.minutes.pdf' | translate">
      <span>{{ 'meetings.minutes.pdf' | translate }}:</span>
      @for (lang of languages; track lang) {
        <a mat-stroked-button [href]="pdfUrl()(lang)" download>{{ 'language.' + lang | translate }}</a>
      }
    </div>
    @for (child of children(); track child.id) {
      <div
        class="pdf"
        role="group"
        [attr.aria-label]="'meetings.minutes.childPdf' | translate: { name: child.name }"
      >
        <span>{{ 'meetings.minutes.childPdf' | translate: { name: child.name } }}:</span>
        @for (lang of languages; track lang) {
          <a mat-stroked-button [href]="pdfUrl()(lang, child.id)" download>{{
            'language.' + lang | translate
          }}</a>
        }
      </div>
    }
  `,
  styles: `
    :host {
      display: flex;
      flex-direction: column;
      gap: 8px;
    }
    .pdf {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 8px;
    }
  `,
})
export class MinutesDownloads {
  readonly minutes = input.required<Minutes>();
  readonly versions = input<MinutesVersionRow[]>([]);
  /** The download address of the shown version: the whole meeting, or one child's part. */
  readonly pdfUrl = input.required<(lang: PdfLanguage, childId?: string) => string>();
  readonly versionChosen = output<number>();
  protected readonly languages: PdfLanguage[] = ['fi', 'sv', 'en'];
  /** The children on the agenda (each has a PDF of their own part, for the child's file). */
  protected readonly children = computed(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const entry of this.minutes().items)
      if (entry.item.kind === 'family') for (const c of entry.item.children) seen.set(c.id, c);
    return [...seen.values()];
  });

  protected value(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }
}
