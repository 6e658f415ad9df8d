import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatIconModule } from '@angular/material/icon';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { TranslatePipe } from '@ngx-translate/core';

import { HealthStatus } from '../data/health.model';
import { Indication, StatusIndicator } from './status-indicator';

/** Presentational: shows what the container selected and asks it to refresh. */
@Component({
  selector: 'app-status-card',
  imports: [
    MatButtonModule,
    MatCardModule,
    MatIconModule,
    MatProgressBarModule,
    TranslatePipe,
    StatusIndicator,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './status-card.html',
  styleUrl: './status-card.scss',
})
export class StatusCard {
  readonly status = input<HealthStatus | null>(null);
  /** null while unknown (first load). */
  readonly reachable = input<boolean | null>(null);
  readonly loading = input(false);
  /** Translation key of the last failure, if any. */
  readonly error = input<string | null>(null);
  readonly refresh = output<void>();

  protected readonly apiIndication = computed<Indication>(() => toIndication(this.reachable()));
  protected readonly databaseIndication = computed<Indication>(() => {
    const database = this.status()?.database;
    return database ? toIndication(database.status === 'up') : 'unknown';
  });
  protected readonly uptime = computed(() => {
    const seconds = this.status()?.uptimeSeconds ?? 0;
    return { hours: Math.floor(seconds / 3600), minutes: Math.floor((seconds % 3600) / 60) };
  });
}

function toIndication(good: boolean | null): Indication {
  return good === null ? 'unknown' : good ? 'good' : 'bad';
}
