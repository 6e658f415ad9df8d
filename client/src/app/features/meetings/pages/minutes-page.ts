import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { TranslatePipe, TranslateService } from '@ngx-translate/core';

import { LocalDatePipe } from '../../../core/i18n/local-date.pipe';
import { AddendumDraft, AddendumForm } from '../components/addendum-form';
import { MinutesDownloads } from '../components/minutes-downloads';
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
    AddendumForm,
    LocalDatePipe,
    MatButtonModule,
    MatIconModule,
    MinutesDownloads,
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
      <app-minutes-downloads
        [minutes]="m"
        [versions]="versions()"
        [pdfUrl]="pdfUrl()"
        (versionChosen)="openVersion($event)"
      />
      <app-minutes-view [minutes]="m" [kindTitle]="kindTitle" />
      <app-addendum-form
        [minutes]="m"
        [kindTitle]="kindTitle"
        [saving]="saving()"
        [error]="addendumError()"
        [savedCount]="addendaSaved()"
        (submitted)="addAddendum($event)"
      />
    }
  `,
  styles: `
    :host {
      display: block;
      padding: 16px;
      max-width: 960px;
    }
  `,
})
export class MinutesPage {
  readonly meetingId = input.required<string>();
  private readonly api = inject(MeetingsApi);
  private readonly translate = inject(TranslateService);
  protected readonly minutes = signal<Minutes | null>(null);
  protected readonly versions = signal<MinutesVersionRow[]>([]);
  protected readonly error = signal<string | null>(null);
  protected readonly addendumError = signal<string | null>(null);
  protected readonly saving = signal(false);
  protected readonly addendaSaved = signal(0);
  protected readonly kindTitle = (kind: string) => this.translate.instant(`meetings.kinds.${kind}`) as string;

  constructor() {
    effect(() => this.load(this.meetingId()));
  }

  /** The shown version's PDF address: the whole meeting, or one child's part. */
  protected readonly pdfUrl = computed(() => {
    const m = this.minutes();
    return (lang: PdfLanguage, childId?: string) =>
      m ? this.api.pdfUrl(m.meetingId, lang, { ...(childId ? { childId } : {}), version: m.version }) : '';
  });

  protected openVersion(version: number): void {
    this.api.minutes(this.meetingId(), version).subscribe({
      next: (m) => this.minutes.set(m),
      error: (err: unknown) => this.error.set(meetingError(err).error),
    });
  }

  protected addAddendum(draft: AddendumDraft): void {
    const text = draft.text.trim();
    if (text.length < 3) return this.addendumError.set('meetings.minutes.addendumTooShort');
    this.saving.set(true);
    this.addendumError.set(null);
    this.api.addendum(this.meetingId(), { ...draft, text }).subscribe({
      next: (m) => {
        this.saving.set(false);
        this.addendaSaved.update((n) => n + 1);
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
