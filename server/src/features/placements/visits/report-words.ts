import type { Language } from '@keha/shared';
import { CONFIDENTIAL, w, type Words } from '../../../platform/pdf/pdf-document.js';

/** Wording of the visit minutes (PHL 22 §) in the three document languages. */
export const REPORT_WORDS = {
  title: w('Valvontakäynnin muistio', 'Promemoria över tillsynsbesök', 'Minutes of a supervision visit'),
  legal: w(
    'Perhehoitolaki 22 §, lastensuojelulaki 79 §',
    'Familjevårdslagen 22 §, barnskyddslagen 79 §',
    'Family Care Act 22 §, Child Welfare Act 79 §',
  ),
  confidential: CONFIDENTIAL,
  draft: w('LUONNOS – ei lähetetty', 'UTKAST – inte inlämnat', 'DRAFT – not submitted'),
  unit: w('Sijoituspaikka', 'Vårdplats', 'Placement unit'),
  address: w('Osoite', 'Adress', 'Address'),
  hostCounty: w('Sijaintihyvinvointialue', 'Välfärdsområde där enheten finns', 'Host county'),
  visitDate: w('Käyntipäivä', 'Besöksdatum', 'Visit date'),
  plannedDate: w('Suunniteltu päivä', 'Planerat datum', 'Planned date'),
  announced: w('Ennalta ilmoitettu', 'Anmält på förhand', 'Announced'),
  unannounced: w('Ennalta ilmoittamaton', 'Oanmält', 'Unannounced'),
  inspector: w('Valvoja', 'Tillsynsperson', 'Inspector'),
  checklist: w('Tarkistuslista', 'Checklista', 'Checklist'),
  version: w('versio', 'version', 'version'),
  printed: w('Tulostettu', 'Utskriven', 'Printed'),
  children: w('Lapset', 'Barnen', 'The children'),
  seen: w('tavattu', 'träffad', 'seen'),
  notSeen: w('ei tavattu', 'inte träffad', 'not seen'),
  alone: w('kahden kesken', 'enskilt', 'alone'),
  notAlone: w('ei kahden kesken', 'inte enskilt', 'not alone'),
  reason: w('syy', 'orsak', 'reason'),
  account: w('Lapsen oma kertomus', 'Barnets egen berättelse', "The child's own account"),
  answers: w('Tarkistuslistan vastaukset', 'Checklistans svar', 'Checklist answers'),
  findings: w(
    'Havainnot ja vaaditut toimenpiteet',
    'Iakttagelser och krävda åtgärder',
    'Findings and required actions',
  ),
  noFindings: w('Ei havaintoja.', 'Inga iakttagelser.', 'No findings.'),
  evidence: w('Näyttö', 'Belägg', 'Evidence'),
  action: w('Toimenpide', 'Åtgärd', 'Action'),
  owner: w('vastuu', 'ansvar', 'owner'),
  deadline: w('määräaika', 'tidsfrist', 'deadline'),
  followUp: w('Seuranta', 'Uppföljning', 'Follow-up'),
  notifications: w('Ilmoitukset (LSL 79 §)', 'Anmälningar (BSL 79 §)', 'Notifications (LSL 79 §)'),
  sent: w('lähetetty', 'skickad', 'sent'),
  notSent: w('ei lähetetty', 'inte skickad', 'not sent'),
  attachments: w('Liitteet', 'Bilagor', 'Attachments'),
  summary: w('Yhteenveto', 'Sammanfattning', 'Summary'),
  signature: w('Allekirjoitus', 'Underskrift', 'Signature'),
  submitted: w('Lähetetty', 'Inlämnat', 'Submitted'),
  none: w('-', '-', '-'),
};

export const ANSWER_WORDS: Record<string, Words> = {
  yes: w('kyllä', 'ja', 'yes'),
  no: w('ei', 'nej', 'no'),
  na: w('ei koske', 'ej tillämpligt', 'not applicable'),
};

export const ENUM_WORDS: Record<string, Words> = {
  foster_family: w('sijaisperhe', 'familjehem', 'foster family'),
  professional_family_home: w(
    'ammatillinen perhekoti',
    'professionellt familjehem',
    'professional family home',
  ),
  institution: w('laitos', 'institution', 'institution'),
  info: w('tiedoksi', 'för kännedom', 'for information'),
  deficiency: w('puute', 'brist', 'deficiency'),
  serious: w('vakava, välitön', 'allvarlig, omedelbar', 'serious, immediate'),
  host_county: w('sijaintihyvinvointialue', 'välfärdsområdet där enheten finns', 'host county'),
  avi: w('aluehallintovirasto', 'regionförvaltningsverket', 'regional state administrative agency'),
  other_placing_county: w(
    'muu sijoittanut hyvinvointialue',
    'annat placerande välfärdsområde',
    'other placing county',
  ),
  conversation_alone: w('keskustelu kahden kesken', 'samtal enskilt', 'conversation alone'),
  conversation_with_parent: w(
    'keskustelu vanhemman läsnä ollessa',
    'samtal med förälder närvarande',
    'conversation with a parent',
  ),
  drawing_or_play: w('piirtäminen tai leikki', 'teckning eller lek', 'drawing or play'),
  observation: w('havainnointi', 'observation', 'observation'),
  written: w('kirjallisesti', 'skriftligt', 'in writing'),
  other: w('muu', 'annat', 'other'),
  child_seen_alone: w('Lapsi, tavattu kahden kesken', 'Barnet, träffat enskilt', 'The child, seen alone'),
  restrictions_incidents: w(
    'Rajoitukset ja poikkeamat',
    'Begränsningar och avvikelser',
    'Restrictions and incidents',
  ),
  unit: w('Sijoituspaikka', 'Vårdplatsen', 'The unit'),
  outcome: w('Lopputulos', 'Resultat', 'Outcome'),
};

export const word = (key: string, l: Language): string =>
  ENUM_WORDS[key]?.[l] ?? ANSWER_WORDS[key]?.[l] ?? key;
