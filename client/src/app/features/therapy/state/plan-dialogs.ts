import { Injectable, Injector, inject } from '@angular/core';
import type { ComponentType } from '@angular/cdk/portal';
import { Router } from '@angular/router';
import { firstValueFrom } from 'rxjs';

import { Language } from '../../../core/i18n/languages';
import { FamilyApi } from '../../family/data/family-api';
import type { HandoverChoice } from '../components/handover-dialog';
import { TherapyApi } from '../data/therapy-api';
import { TherapyPlan, TherapySessionInput } from '../data/therapy.model';
import { SessionUser } from '../../auth/data/session.model';
import { TabletHandover } from './tablet-handover';

/** Today in Finland (the server dates records in Helsinki time). */
export const helsinkiToday = (): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', dateStyle: 'short' }).format(new Date());

/** Opens the plan page's dialogs (each loaded on first use, with Material's dialog). */
@Injectable()
export class PlanDialogs {
  private readonly injector = inject(Injector);
  private readonly api = inject(TherapyApi);
  private readonly family = inject(FamilyApi);
  private readonly router = inject(Router);
  private readonly handover = inject(TabletHandover);

  /** Resolves true when a session was logged. */
  async session(plan: TherapyPlan, meId: string): Promise<boolean> {
    const { SessionDialog } = await import('../components/session-dialog');
    const save = (input: TherapySessionInput) => this.api.addSession(plan.id, input);
    return (await this.open(SessionDialog, { plan, meId, today: helsinkiToday(), save })) === true;
  }

  /** The handover set-up; undefined when cancelled. */
  private async handoverChoice(plan: TherapyPlan, language: Language): Promise<HandoverChoice | undefined> {
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

  /** Set up the handover, then give the device to the family member: the bare SCORE-15 route. */
  async administer(plan: TherapyPlan, me: SessionUser, language: Language): Promise<void> {
    const choice = await this.handoverChoice(plan, language);
    if (!choice) return;
    this.handover.start({
      planId: plan.id,
      respondent: { personId: choice.person.id, firstName: choice.person.firstName },
      date: choice.date,
      point: choice.point,
      language: choice.language,
      therapist: { id: me.id, username: me.username, displayName: me.displayName },
    });
    await this.router.navigate(['/therapy/plans', plan.id, 'score15', choice.person.id]);
  }

  private async open(component: ComponentType<unknown>, data: unknown): Promise<unknown> {
    const { MatDialog } = await import('@angular/material/dialog');
    const ref = this.injector
      .get(MatDialog)
      .open(component, { data, width: '44rem', autoFocus: 'first-tabbable' });
    return firstValueFrom(ref.afterClosed());
  }
}
