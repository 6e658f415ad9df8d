import { BreakpointObserver } from '@angular/cdk/layout';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { MatButtonModule } from '@angular/material/button';
import { MatIconModule } from '@angular/material/icon';
import { MatSidenavModule } from '@angular/material/sidenav';
import { MatToolbarModule } from '@angular/material/toolbar';
import {
  ActivatedRouteSnapshot,
  NavigationEnd,
  Router,
  RouterLink,
  RouterLinkActive,
  RouterOutlet,
} from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '@ngx-translate/core';
import { filter, map } from 'rxjs';

import { UserMenuActions } from '../features/auth/state/auth.actions';
import { selectSession } from '../features/auth/state/auth.feature';
import { SeriousFindingAlerts } from '../features/visits/alerts/serious-finding-alerts';
import { LanguageSwitcher } from './language-switcher';
import { navItemsFor } from './nav-items';
import { UserMenu } from './user-menu';

/** Below this width (tablets, phones) the navigation becomes an overlay opened from the toolbar. */
export const COMPACT_LAYOUT_QUERY = '(max-width: 1023.98px)';

/**
 * A route with `data: { bare: true }` is shown alone, without the toolbar and the navigation (the
 * SCORE-15 form handed to a family member must show nothing else of the case or of the app).
 */
export function isBareRoute(route: ActivatedRouteSnapshot | null): boolean {
  for (let at = route; at; at = at.firstChild) if (at.data['bare'] === true) return true;
  return false;
}

@Component({
  selector: 'app-shell',
  imports: [
    MatButtonModule,
    MatIconModule,
    MatSidenavModule,
    MatToolbarModule,
    RouterLink,
    RouterLinkActive,
    RouterOutlet,
    TranslatePipe,
    LanguageSwitcher,
    SeriousFindingAlerts,
    UserMenu,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './shell.html',
  styleUrl: './shell.scss',
})
export class Shell {
  private readonly store = inject(Store);
  private readonly session = this.store.selectSignal(selectSession);
  private readonly main = viewChild.required<ElementRef<HTMLElement>>('main');

  protected readonly compact = toSignal(
    inject(BreakpointObserver)
      .observe(COMPACT_LAYOUT_QUERY)
      .pipe(map((state) => state.matches)),
    { initialValue: false },
  );
  private readonly router = inject(Router);
  protected readonly bare = toSignal(
    this.router.events.pipe(
      filter((event) => event instanceof NavigationEnd),
      map(() => isBareRoute(this.router.routerState.snapshot.root)),
    ),
    { initialValue: false },
  );
  protected readonly navOpen = signal(false);
  /**
   * The navigation drawer is built when it is first needed: at once on wide screens, on the first
   * opening on a tablet or phone (the offline visit form then starts without it).
   */
  private readonly navOpenedOnce = signal(false);
  protected readonly drawer = computed(() => !this.compact() || this.navOpenedOnce());
  protected readonly user = computed(() => this.session()?.user ?? null);
  protected readonly navItems = computed(() => navItemsFor(this.session()));
  protected readonly supervisor = computed(() => this.user()?.roles.includes('supervisor') ?? false);

  protected toggleNav(): void {
    this.navOpenedOnce.set(true);
    this.navOpen.update((open) => !open);
  }

  protected closeNavIfCompact(): void {
    if (this.compact()) this.navOpen.set(false);
  }

  protected onSignOut(): void {
    this.store.dispatch(UserMenuActions.signOutClicked());
  }

  protected onSignOutEverywhere(): void {
    this.store.dispatch(UserMenuActions.signOutEverywhereClicked());
  }

  /** A plain `#main` href would navigate away under `<base href>`; move focus instead. */
  protected skipToMain(event: Event): void {
    event.preventDefault();
    this.main().nativeElement.focus();
  }
}
