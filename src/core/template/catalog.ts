// Every shipped plan, embedded: esbuild inlines these JSON imports into both bundles (Apps Script
// and the Node CLI), so choosing a plan needs no file access in Sheets.
import manifest from '../../../sheets-template/plantillas.json';
import gelPlan from '../../../sheets-template/gel-valle-de-san-juan/plan.json';
import gelFases from '../../../sheets-template/gel-valle-de-san-juan/fases.json';
import gelFrecuencias from '../../../sheets-template/gel-valle-de-san-juan/frecuencias.json';
import gelConfiguracion from '../../../sheets-template/gel-valle-de-san-juan/configuracion.json';
import gelFuentes from '../../../sheets-template/gel-valle-de-san-juan/fuentes.json';
import gdPlan from '../../../sheets-template/gobierno-digital/plan.json';
import gdFases from '../../../sheets-template/gobierno-digital/fases.json';
import gdFrecuencias from '../../../sheets-template/gobierno-digital/frecuencias.json';
import gdConfiguracion from '../../../sheets-template/gobierno-digital/configuracion.json';
import gdFuentes from '../../../sheets-template/gobierno-digital/fuentes.json';
import paPlan from '../../../sheets-template/plan-de-accion-institucional/plan.json';
import paFases from '../../../sheets-template/plan-de-accion-institucional/fases.json';
import paFrecuencias from '../../../sheets-template/plan-de-accion-institucional/frecuencias.json';
import paConfiguracion from '../../../sheets-template/plan-de-accion-institucional/configuracion.json';
import paFuentes from '../../../sheets-template/plan-de-accion-institucional/fuentes.json';
import { msg } from '../messages';
import { loadTemplatePackage, TemplateError, type TemplateFiles, type TemplatePackage } from './load';

/** The folder name of each shipped plan → its files (a new folder needs one line here). */
const FILES: Readonly<Record<string, TemplateFiles>> = {
  'gel-valle-de-san-juan': { plan: gelPlan, fases: gelFases, frecuencias: gelFrecuencias, configuracion: gelConfiguracion, fuentes: gelFuentes },
  'gobierno-digital': { plan: gdPlan, fases: gdFases, frecuencias: gdFrecuencias, configuracion: gdConfiguracion, fuentes: gdFuentes },
  'plan-de-accion-institucional': { plan: paPlan, fases: paFases, frecuencias: paFrecuencias, configuracion: paConfiguracion, fuentes: paFuentes },
};

export interface CatalogEntry {
  readonly nombre: string;
  /** One line in Spanish, shown when a person chooses a plan. */
  readonly descripcion: string;
}

/** The shipped plans in the manifest's order (sheets-template/plantillas.json). */
export function templateCatalog(): readonly CatalogEntry[] {
  return manifest.plantillas.map((p) => ({ nombre: p.nombre, descripcion: p.descripcion }));
}

export const DEFAULT_TEMPLATE: string = manifest.predeterminada;

/** A shipped plan by its folder name; an unknown name is a TemplateError listing the names there are. */
export function templateByName(nombre: string): TemplatePackage {
  const key = nombre.trim().toLowerCase();
  const files = Object.prototype.hasOwnProperty.call(FILES, key) ? FILES[key] : undefined;
  const entry = templateCatalog().find((e) => e.nombre === key);
  if (files === undefined || entry === undefined)
    throw new TemplateError([
      msg.unknownTemplate(
        nombre,
        templateCatalog().map((e) => e.nombre),
      ),
    ]);
  return { ...loadTemplatePackage(files), nombre: entry.nombre, descripcion: entry.descripcion };
}
