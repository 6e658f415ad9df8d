import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { TranslatePipe } from '@ngx-translate/core';

import { NETWORK_SECTORS, NetworkMember } from '../data/network.model';
import { SUPPORT_GLYPHS } from './network-map-svg';
import { RowActions } from '../row-actions';

/** The network as a table, sector by sector and closest first: the list to edit and the map's text alternative. */
@Component({
  selector: 'app-network-table',
  imports: [RowActions, TranslatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './network-table.html',
  styleUrl: '../family-table.scss',
})
export class NetworkTable {
  readonly members = input.required<NetworkMember[]>();
  readonly readonly = input(false);
  readonly edit = output<NetworkMember>();
  readonly remove = output<NetworkMember>();
  protected readonly glyphs = SUPPORT_GLYPHS;
  protected readonly rows = computed(() =>
    [...this.members()].sort(
      (a, b) =>
        NETWORK_SECTORS.indexOf(a.sector) - NETWORK_SECTORS.indexOf(b.sector) ||
        a.closeness - b.closeness ||
        a.name.localeCompare(b.name, 'fi'),
    ),
  );
}
