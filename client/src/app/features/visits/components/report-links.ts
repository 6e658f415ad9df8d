import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { TranslatePipe } from '@ngx-translate/core';

import { REPORT_LANGUAGES } from '../data/visit.model';
import { VisitsApi } from '../data/visits-api';

/** The submitted visit's minutes (PHL 22 §) as a PDF, in Finnish, Swedish or English. */
@Component({
  selector: 'app-report-links',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [MatButtonModule, MatIconModule, TranslatePipe],
  template: `
    <h2 id="report-heading">{{ 'visits.report.title' | translate }}</h2>
    <ul aria-labelledby="report-heading">
      @for (lang of languages; track lang) {
        <li>
          <a mat-stroked-button [href]="url(lang)" download [attr.hreflang]="lang">
            <mat-icon aria-hidden="true">picture_as_pdf</mat-icon>
            {{
              'visits.report.download'
                | translate: { language: ('visits.report.language.' + lang | translate) }
            }}
          </a>
        </li>
      }
    </ul>
  `,
  styles: `
    ul {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
    }
    a {
      min-height: 44px;
    }
  `,
})
export class ReportLinks {
  private readonly api = inject(VisitsApi);
  readonly visitId = input.required<string>();
  protected readonly languages = REPORT_LANGUAGES;

  protected url(lang: string): string {
    return this.api.reportUrl(this.visitId(), lang);
  }
}
