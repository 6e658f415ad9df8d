import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { LocalDateTimePipe } from '../../../core/i18n/local-date-time.pipe';
import { MinutesView } from '../components/minutes-view';
import { MeetingsApi, PdfLanguage } from '../data/meetings-api';
import { Minutes, MinutesVersionRow } from '../data/meetings.model';
import { meetingError } from '../data/meeting-error';

/**
 * Container: `/meetings/:meetingId/minutes`. The finalised minutes (read-only), every version, the
 * addenda (a new one makes the next version) and the PDF exports per meeting and per child.
 */
@Component({
  selector: 'app-minutes-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    LocalDatePipe,
    LocalDateTimePipe,
    MatButtonModule,
    MatIconModule,
    MinutesView,
    RouterLink,
    TranslatePipe,
  ],
  template: `
    <a mat-button routerLink="/meetings"
      ><mat-icon aria-hidden="true">arrow_back</mat-icon>{{ 'meetings.list.title' | translate }}</a
    >
    @if (error(); as e) {
      <p role="alert">{{ e | translate }}</p>
    }
    @if (minutes(); as m) {
      <h1>{{ 'meetings.minutes.title' | translate: { date: (m.date | localDate) } }}</h1>
      <p>{{ m.teamName }}</p>
      <div class="tools">
        <label>
          {{ 'meetings.minutes.version' | translate }}
          <select [value]="'' + m.version" (change)="openVersion($event)">
            @for (v of versions(); track v.version) {
              <option [value]="'' + v.version" [selected]="v.version === m.version">
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
            <a mat-stroked-button [href]="pdf(m, lang)" download>{{ 'language.' + lang | translate }}</a>
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
              <a mat-stroked-button [href]="pdf(m, lang, child.id)" download>{{
                'language.' + lang | translate
              }}</a>
            }
          </div>
        }
      </div>
      <app-minutes-view [minutes]="m" [kindTitle]="kindTitle" />

      <form class="addendum" (submit)="addAddendum($event, text)">
        <h2>{{ 'meetings.minutes.addAddendum' | translate }}</h2>
        <label>
          {{ 'meetings.minutes.addendumItem' | translate }}
          <select #item (change)="itemId.set(item.value)">
            <option value="">{{ 'meetings.minutes.wholeMeeting' | translate }}</option>
            @for (entry of m.items; track entry.item.id) {
              <option [value]="entry.item.id">
                {{ entry.item.kind === 'family' ? entry.item.children[0]?.name : kindTitle(entry.item.kind) }}
              </option>
            }
          </select>
        </label>
        <label>
          {{ 'meetings.minutes.addendumText' | translate }}
          <textarea #text rows="3" minlength="3" maxlength="10000" required></textarea>
        </label>
        @if (addendumError(); as e) {
          <p role="alert">{{ e | translate }}</p>
        }
        <button mat-flat-button type="submit" [disabled]="saving()">
          {{ 'meetings.minutes.saveAddendum' | translate }}
        </button>
      </form>
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      max-width: 960px;
    }
    .tools {
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
    .addendum {
      display: flex;
      flex-direction: column;
      gap: 8px;
      margin-top: 24px;
    }
    .addendum label {
      display: flex;
      flex-direction: column;
    }
  `,
})
export class MinutesPage {
  readonly meetingId = input.required<string>();
  private readonly api = inject(MeetingsApi);
  private readonly translate = inject(TranslateService);
  protected readonly languages: PdfLanguage[] = ['fi', 'sv', 'en'];
  protected readonly minutes = signal<Minutes | null>(null);
  protected readonly versions = signal<MinutesVersionRow[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly addendumError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly itemId = signal('');
  protected readonly children = computed(() => {
    const seen = new Map<string, { id: string; name: string }>();
    for (const entry of this.minutes()?.items ?? [])
      if (entry.item.kind === 'family') for (const c of entry.item.children) seen.set(c.id, c);
    return [...seen.values()];
  });
  protected readonly kindTitle = (kind: string) => this.translate.instant(`meetings.kinds.${kind}`) as string;

  constructor() {
    effect(() => this.load(this.meetingId()));
  }

  protected pdf(m: Minutes, lang: PdfLanguage, childId?: string): string {
    return this.api.pdfUrl(m.meetingId, lang, { ...(childId ? { childId } : {}), version: m.version });
  }

  protected openVersion(event: Event): void {
    const version = Number((event.target as HTMLSelectElement).value);
    this.api.minutes(this.meetingId(), version).subscribe({
      next: (m) => this.minutes.set(m),
      error: (err: unknown) => this.error.set(meetingError(err).error),
    });
  }

  protected addAddendum(event: Event, text: HTMLTextAreaElement): void {
    event.preventDefault();
    if (text.value.trim().length < 3) return this.addendumError.set('meetings.minutes.addendumTooShort');
    this.saving.set(true);
    this.addendumError.set(null);
    const itemId = this.itemId();
    this.api
      .addendum(this.meetingId(), { ...(itemId ? { itemId } : {}), text: text.value.trim() })
      .subscribe({
        next: (m) => {
          this.saving.set(false);
          text.value = '';
          this.minutes.set(m);
          this.loadVersions(this.meetingId());
        },
        error: (err: unknown) => {
          this.saving.set(false);
          this.addendumError.set(meetingError(err).error);
        },
      });
  }

  private load(id: string): void {
    this.api.minutes(id).subscribe({
      next: (m) => this.minutes.set(m),
      error: (err: unknown) => this.error.set(meetingError(err).error),
    });
    this.loadVersions(id);
  }

  private loadVersions(id: string): void {
    this.api.versions(id).subscribe({ next: (rows) => this.versions.set(rows), error: () => undefined });
  }
}
