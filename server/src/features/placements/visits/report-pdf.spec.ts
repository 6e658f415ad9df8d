import { visitDraftSchema, type ChecklistTemplate, type PlacementUnit, type Visit } from '@keha/shared';
import { pdfText } from '../../therapy/spec-support.js';
import { DEFAULT_CHECKLIST } from '../checklists/default-template.js';
import { visitReportPdf } from './report-pdf.js';

const ONNI = 'aaaaaaaaaaaaaaaaaaaaaaaa';
const template = {
  id: 't1',
  key: 'default',
  version: 3,
  current: true,
  name: DEFAULT_CHECKLIST.name,
  items: DEFAULT_CHECKLIST.items.map((i) => ({ ...i, perChild: i.perChild ?? false })),
  createdByName: 'Kehä',
  createdAt: '2026-01-01T00:00:00.000Z',
} as ChecklistTemplate;
const unit = {
  name: 'Perhekoti Koivula',
  type: 'professional_family_home',
  address: { street: 'Koivukuja 4', postalCode: '04400', city: 'Järvenpää' },
  hostCounty: 'Keski-Uudenmaan hyvinvointialue',
} as PlacementUnit;
const visit = (status: Visit['status']): Visit =>
  ({
    id: 'v1',
    status,
    children: [{ childId: ONNI, name: 'Onni Salo', placementId: 'p1' }],
    plannedDate: '2026-03-09',
    announced: false,
    inspector: { id: 'u1', name: 'Pekka Järvinen' },
    attachments: [],
    submittedAt: status === 'submitted' ? '2026-03-10T12:00:00.000Z' : null,
    draft: visitDraftSchema.parse({
      visitDate: '2026-03-10',
      children: [
        { childId: ONNI, seen: true, metAlone: false, notAloneReason: 'Lapsi toivoi hoitajaa mukaan.' },
      ],
      answers: [
        { itemKey: 'child.knows-reason', childId: ONNI, value: 'yes' },
        { itemKey: 'unit.premises', value: 4 },
      ],
      findings: [
        {
          clientId: 'f-00000001',
          observation: 'Omavalvontasuunnitelma on vanhentunut.',
          legalReference: 'VL 27 §',
          severity: 'deficiency',
          actions: [{ description: 'Päivitä suunnitelma', owner: 'Perhekoti', deadline: '2026-04-10' }],
        },
      ],
      notifications: [{ recipient: 'avi', organisation: 'Etelä-Suomen AVI', sent: false }],
      signature: { name: 'Pekka Järvinen', signedAt: '2026-03-10T11:00:00.000Z' },
    }),
  }) as unknown as Visit;

describe('the visit minutes PDF (PHL 22 §)', () => {
  const text = async (status: Visit['status'], language: 'fi' | 'sv' | 'en') =>
    pdfText(
      await visitReportPdf({
        visit: visit(status),
        unit,
        template,
        language,
        printedAt: new Date(),
        compress: false,
      }),
    );

  it('has the unit, the child met (not alone, with the reason), answers, findings and notifications, in Finnish', async () => {
    const fi = await text('submitted', 'fi');
    for (const expected of [
      'Valvontakäynnin muistio: Perhekoti Koivula',
      'Perhehoitolaki 22 §',
      '10.3.2026',
      'Onni Salo',
      'ei kahden kesken (syy: Lapsi toivoi hoitajaa mukaan.)',
      'Lapsi tietää, miksi hänet on sijoitettu ja mitä on suunniteltu (LSL 53 §)',
      'puute (VL 27 §)',
      'määräaika 10.4.2026',
      'aluehallintovirasto: Etelä-Suomen AVI',
      'ei lähetetty',
      'versio 3',
    ])
      expect(fi).withContext(expected).toContain(expected);
    expect(fi).not.toContain('LUONNOS');
  });

  it('is worded in Swedish and English, and marks an unsubmitted draft', async () => {
    expect(await text('submitted', 'sv')).toContain('Promemoria över tillsynsbesök');
    expect(await text('submitted', 'sv')).toContain('inte enskilt');
    const en = await text('draft', 'en');
    expect(en).toContain('DRAFT');
    expect(en).toContain('The child knows why they are placed and what is planned (LSL 53 §)');
  });
});
