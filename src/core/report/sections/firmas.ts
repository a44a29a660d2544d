/** Section 11: Firmas. */
import type { Settings } from '../../grid/configuracion';
import { rmsg, SECTION_TITLE, SIGNER_ROLE } from '../../messages/report';
import { para, heading } from '../cells';
import type { ReportSection } from '../model';

export function firmas(settings: Settings): ReportSection {
  return {
    id: 'firmas',
    title: SECTION_TITLE.firmas,
    blocks: [
      heading(SECTION_TITLE.firmas),
      para(rmsg.firmasIntro),
      {
        kind: 'signatures',
        signers: [
          { role: SIGNER_ROLE.jefeControlInterno, name: settings.jefeControlInterno.trim() },
          { role: SIGNER_ROLE.alcalde, name: settings.alcalde.trim() },
          { role: SIGNER_ROLE.comite, name: settings.representanteComite.trim() },
        ],
      },
    ],
  };
}
