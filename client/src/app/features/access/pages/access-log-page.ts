import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  OnInit,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatIconModule } from '@angular/material/icon';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from '../../../core/i18n/language.service';
import { AccessLogTable } from '../components/access-log-table';
import { AccessApi } from '../data/access-api';
import { AccessLogPeriod, AccessLogReport } from '../data/access.model';

/** Container: `/children/:childId/access-log`, the log report for a client (ATL 11 §), with CSV export. */
@Component({
  selector: 'app-access-log-page',
  imports: [
    ReactiveFormsModule,
    MatButtonModule,
    MatCardModule,
    MatFormFieldModule,
    MatIconModule,
    MatInputModule,
    MatProgressBarModule,
    TranslatePipe,
    AccessLogTable,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './access-log-page.html',
  styleUrl: './access-log-page.scss',
})
export class AccessLogPage implements OnInit {
  private readonly api = inject(AccessApi);
  private readonly language = inject(LanguageService).language;
  private readonly destroyRef = inject(DestroyRef);

  /** Route parameter, bound by the router. */
  readonly childId = input.required<string>();

  protected readonly period = signal<AccessLogPeriod>({});
  protected readonly report = signal<AccessLogReport | null>(null);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly csvUrl = computed(() =>
    this.api.accessLogFileUrl(this.childId(), this.period(), 'csv', this.language()),
  );
  protected readonly pdfUrl = computed(() =>
    this.api.accessLogFileUrl(this.childId(), this.period(), 'pdf', this.language()),
  );
  protected readonly form = inject(NonNullableFormBuilder).group({ from: [''], to: [''] });

  ngOnInit(): void {
    this.load();
  }

  protected apply(): void {
    const { from, to } = this.form.getRawValue();
    this.period.set({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
    this.load();
  }

  private load(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .accessLog(this.childId(), this.period())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (report) => {
          this.report.set(report);
          this.loading.set(false);
        },
        error: () => {
          this.report.set(null);
          this.loading.set(false);
          this.error.set('access.log.loadFailed');
        },
      });
  }
}
