import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatMenuModule } from '@angular/material/menu';
import { TranslatePipe } from '@ngx-translate/core';

import { LanguageService } from '../core/i18n/language.service';
import { Language, SUPPORTED_LANGUAGES } from '../core/i18n/languages';

@Component({
  selector: 'app-language-switcher',
  imports: [MatButtonModule, MatIconModule, MatMenuModule, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <button
      mat-button
      type="button"
      class="trigger"
      [matMenuTriggerFor]="menu"
      [attr.aria-label]="'language.choose' | translate: { current: ('language.' + language() | translate) }"
    >
      <mat-icon aria-hidden="true">translate</mat-icon>
      <span class="code">{{ language().toUpperCase() }}</span>
    </button>
    <mat-menu #menu="matMenu">
      @for (option of languages; track option) {
        <button
          mat-menu-item
          type="button"
          role="menuitemradio"
          [attr.aria-checked]="option === language()"
          [attr.lang]="option"
          (click)="select(option)"
        >
          <mat-icon aria-hidden="true">{{ option === language() ? 'check' : '' }}</mat-icon>
          {{ 'language.' + option | translate }}
        </button>
      }
    </mat-menu>
  `,
  styles: `
    .trigger {
      color: inherit;
    }
  `,
})
export class LanguageSwitcher {
  private readonly languageService = inject(LanguageService);

  protected readonly languages = SUPPORTED_LANGUAGES;
  protected readonly language = this.languageService.language;

  select(language: Language): void {
    this.languageService.use(language).subscribe();
  }
}
