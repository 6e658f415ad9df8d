import type { Connection } from 'mongoose';
import type { Language } from '@keha/shared';
import type { Caller } from '../../platform/access/caller.js';
import { toSession } from './mapping.js';
import type { Score15Service } from './measurement-service.js';
import { planNames } from './plan-checks.js';
import { toTherapyPlan } from './mapping.js';
import { therapySessionModel } from './session.model.js';
import type { TherapyAccess } from './therapy-access.js';
import { therapyPdf } from './therapy-pdf.js';

export type ExportKind = 'plan' | 'progress';

/**
 * The therapy plan and the progress report as PDF. One audit event per child, view `therapy.export`,
 * naming the document and its language: an export is a disclosure, so it is logged as one.
 */
export class TherapyExportService {
  constructor(
    private readonly connection: Connection,
    private readonly access: TherapyAccess,
    private readonly measurements: Score15Service,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async pdf(caller: Caller, planId: string, kind: ExportKind, language: Language): Promise<Buffer> {
    const { plan } = await this.access.plan(caller, planId, 'read', 'therapy.export', [
      `pdf:${kind}`,
      `lang:${language}`,
    ]);
    const [names, sessions, series] = await Promise.all([
      planNames(this.connection, [plan]),
      therapySessionModel(this.connection).find({ planId: plan.planId }).sort({ date: 1, _id: 1 }).lean(),
      this.measurements.seriesOf(plan),
    ]);
    return therapyPdf({
      kind,
      plan: toTherapyPlan(plan, names(plan)),
      sessions: sessions.map((s, i) => toSession(s, i + 1)),
      series,
      language,
      printedAt: this.clock(),
    });
  }
}
