import { Injectable, Injector, inject } from '@angular/core';
import type { ComponentType } from '@angular/cdk/portal';
import { firstValueFrom } from 'rxjs';

import { Language } from '../../../core/i18n/languages';
import { FamilyApi } from '../../family/data/family-api';
import type { HandoverChoice } from '../components/handover-dialog';
import { TherapyApi } from '../data/therapy-api';
import { TherapyPlan, TherapySessionInput } from '../data/therapy.model';

/** Today in Finland (the server dates records in Helsinki time). */
export const helsinkiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(new Date());

/** Opens the plan page's dialogs (each loaded on first use, with Material's dialog). */
@Injectable()
export class PlanDialogs {
  private readonly injector = inject(Injector);
  private readonly api = inject(TherapyApi);
  private readonly family = inject(FamilyApi);

  /** Resolves true when a session was logged. */
  async session(plan: TherapyPlan, meId: string): Promise<boolean> {
    const { SessionDialog } = await import('../components/session-dialog');
    const save = (input: TherapySessionInput) => this.api.addSession(plan.id, input);
    return (await this.open(SessionDialog, { plan, meId, today: helsinkiToday(), save })) === true;
  }

  /** The handover set-up; undefined when cancelled. */
  async handover(plan: TherapyPlan, language: Language): Promise<HandoverChoice | undefined> {
    const [{ HandoverDialog }, family] = await Promise.all([
      import('../components/handover-dialog'),
      firstValueFrom(this.family.family(plan.childIds[0]!)),
    ]);
    const data = {
      persons: family?.persons ?? [],
      startDate: plan.startDate,
      today: helsinkiToday(),
      language,
    };
    return (await this.open(HandoverDialog, data)) as HandoverChoice | undefined;
  }

  private async open(component: ComponentType<unknown>, data: unknown): Promise<unknown> {
    const { MatDialog } = await import('@angular/material/dialog');
    const ref = this.injector
      .get(MatDialog)
      .open(component, { data, width: '44rem', autoFocus: 'first-tabbable' });
    return firstValueFrom(ref.afterClosed());
  }
}
