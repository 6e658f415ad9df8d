import type { Connection } from 'mongoose';
import type { Language } from '@keha/shared';
import type { Caller } from '../../../platform/access/caller.js';
import type { ChecklistTemplateService } from '../checklists/template-service.js';
import { toTemplate } from '../checklists/template-service.js';
import type { PlacementAccess } from '../placement-access.js';
import { toUnit, type PlacementUnitService } from '../unit-service.js';
import { visitReportPdf } from './report-pdf.js';
import type { VisitService } from './visit-service.js';
import { visitView } from './visit-views.js';

/** The visit minutes as a PDF, decided and audited on each child of the visit (view placement.report). */
export class VisitReportService {
  constructor(
    private readonly connection: Connection,
    private readonly access: PlacementAccess,
    private readonly visits: VisitService,
    private readonly units: PlacementUnitService,
    private readonly templates: ChecklistTemplateService,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  async pdf(caller: Caller, id: string, language: Language, compress = true): Promise<Buffer> {
    const visit = await this.visits.find(id);
    await this.access.decide(caller, visit.childIds, 'read', 'placement.report');
    const [view, unit, template] = await Promise.all([
      visitView(this.connection, visit),
      this.units.find(String(visit.unitId)),
      this.templates.find(String(visit.templateId)),
    ]);
    return visitReportPdf({
      visit: view,
      unit: toUnit(unit, 0),
      template: toTemplate(template),
      language,
      printedAt: this.clock(),
      compress,
    });
  }
}
