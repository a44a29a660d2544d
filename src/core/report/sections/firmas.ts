/**
 * Section 12: Firmas, by role. The Oficina de Control Interno elaborates and signs its follow-up
 * (Ley 87 de 1993 arts. 9 and 12; Decreto 648 de 2017 art. 17, «evaluación y seguimiento»); Revisó and
 * Aprobó appear when Configuración names them. The Alcalde does not sign: the evaluation is of his
 * administration, and Control Interno's independence is the point of it.
 */
import type { Settings } from '../../grid/configuracion';
import { rmsg, SECTION_TITLE, SIGNER_ROLE } from '../../messages/report';
import { para, heading } from '../cells';
import type { ReportSection, Signer } from '../model';

type SignerSettings = Pick<Settings, 'jefeControlInterno' | 'elaboroNombre' | 'elaboroCargo' | 'revisoNombre' | 'revisoCargo' | 'aproboNombre' | 'aproboCargo'>;

/** Elaboró always (its name defaults to the Jefe de Control Interno's); Revisó and Aprobó when named or given a cargo. */
export function signers(settings: SignerSettings): Signer[] {
  const out: Signer[] = [
    { role: SIGNER_ROLE.elaboro, name: settings.elaboroNombre.trim() || settings.jefeControlInterno.trim(), cargo: settings.elaboroCargo.trim() },
  ];
  const optional = (role: string, name: string, cargo: string): void => {
    if (name.trim() || cargo.trim()) out.push({ role, name: name.trim(), cargo: cargo.trim() });
  };
  optional(SIGNER_ROLE.reviso, settings.revisoNombre, settings.revisoCargo);
  optional(SIGNER_ROLE.aprobo, settings.aproboNombre, settings.aproboCargo);
  return out;
}

export function firmas(settings: SignerSettings): ReportSection {
  return {
    id: 'firmas',
    title: SECTION_TITLE.firmas,
    blocks: [heading(SECTION_TITLE.firmas), para(rmsg.firmasIntro), { kind: 'signatures', signers: signers(settings) }],
  };
}
