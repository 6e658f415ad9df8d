import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { MatChipsModule } from '@angular/material/chips';
import { MatIconModule } from '@angular/material/icon';

export type Indication = 'good' | 'bad' | 'unknown';

const ICONS: Record<Indication, string> = { good: 'check_circle', bad: 'error', unknown: 'help' };

/** A chip whose icon shape and text carry the meaning; colour only reinforces it (WCAG 1.4.1). */
@Component({
  selector: 'app-status-indicator',
  imports: [MatChipsModule, MatIconModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <mat-chip-set>
      <mat-chip [class]="'indication-' + indication()" [disableRipple]="true">
        <mat-icon matChipAvatar aria-hidden="true">{{ icon() }}</mat-icon>
        {{ label() }}
      </mat-chip>
    </mat-chip-set>
  `,
  styles: `
    .indication-good {
      --mat-chip-outline-color: var(--mat-sys-primary);
      --mat-chip-with-icon-icon-color: var(--mat-sys-primary);
    }
    .indication-bad {
      --mat-chip-outline-color: var(--mat-sys-error);
      --mat-chip-with-icon-icon-color: var(--mat-sys-error);
      --mat-chip-outline-width: 2px;
    }
  `,
})
export class StatusIndicator {
  readonly indication = input.required<Indication>();
  /** Already translated text. */
  readonly label = input.required<string>();

  protected readonly icon = computed(() => ICONS[this.indication()]);
}
