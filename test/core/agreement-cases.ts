import { serialFromParts } from '../../src/core/calendar';
import type { MatrizInput, SettingsInput } from '../support/tracker-workbook';

export const d = serialFromParts;

/** Every case of the first group is computed at this date: 15/03/2024. */
export const FECHA_CALCULO = d(2024, 3, 15);

export interface AgreementCase {
  readonly name: string;
  readonly row: MatrizInput;
  /** The due date falls on 29 February of a leap year, where HyperFormula's EDATE is wrong. */
  readonly leapFebruary?: boolean;
}

export interface CaseGroup {
  readonly name: string;
  readonly settings: SettingsInput;
  readonly cases: readonly AgreementCase[];
}

const base = { id: 'X', responsables: 'Comité', indicador: 'Indicador', meta: 1 } satisfies MatrizInput;
const mensual = (row: MatrizInput): MatrizInput => ({ ...base, frecuencia: 'MENSUALMENTE', ...row });
const medido = (numerador: MatrizInput['numerador'], denominador: MatrizInput['denominador'], meta: MatrizInput['meta'] = 1): MatrizInput => ({
  ...base,
  frecuencia: 'ANUAL',
  fechaInicio: d(2024, 1, 1),
  numerador,
  denominador,
  meta,
});

export const GROUPS: readonly CaseGroup[] = [
  {
    name: 'plantilla: 15 días de aviso, umbrales 60 % y 80 %, fecha 15/03/2024',
    settings: { fechaReferencia: FECHA_CALCULO },
    cases: [
      { name: 'sin fechas', row: { ...base, frecuencia: 'MENSUALMENTE' } },
      { name: 'vence exactamente hoy', row: mensual({ fechaInicio: d(2024, 2, 15) }) },
      { name: 'venció ayer', row: mensual({ fechaInicio: d(2024, 2, 14) }) },
      { name: 'vence mañana', row: mensual({ fechaInicio: d(2024, 2, 16) }) },
      { name: 'vence en 15 días (límite del aviso)', row: { ...base, frecuencia: 'TRIMESTRALMENTE', fechaInicio: d(2023, 12, 30) } },
      { name: 'vence en 16 días (fuera del aviso)', row: { ...base, frecuencia: 'TRIMESTRALMENTE', fechaInicio: d(2023, 12, 31) } },
      { name: '31/01 + 1 mes en año bisiesto = 29/02', row: mensual({ ultimoSeguimiento: d(2024, 1, 31) }), leapFebruary: true },
      { name: '30/01 + 1 mes en año bisiesto = 29/02', row: mensual({ ultimoSeguimiento: d(2024, 1, 30) }), leapFebruary: true },
      { name: '31/08 + 6 meses = 29/02 bisiesto', row: { ...base, frecuencia: 'SEMESTRALMENTE', ultimoSeguimiento: d(2023, 8, 31) }, leapFebruary: true },
      { name: '30/11 + 3 meses = 29/02 bisiesto', row: { ...base, frecuencia: 'TRIMESTRALMENTE', ultimoSeguimiento: d(2023, 11, 30) }, leapFebruary: true },
      { name: '31/01/2023 + 1 mes = 28/02 (no bisiesto)', row: mensual({ ultimoSeguimiento: d(2023, 1, 31) }) },
      { name: '29/02/2024 + 12 meses = 28/02/2025', row: { ...base, frecuencia: 'ANUAL', ultimoSeguimiento: d(2024, 2, 29) } },
      { name: '31/10 + 3 meses = 31/01', row: { ...base, frecuencia: 'TRIMESTRALMENTE', ultimoSeguimiento: d(2023, 10, 31) } },
      { name: '31/12 + 1 mes = 31/01', row: mensual({ fechaInicio: d(2023, 12, 31) }) },
      { name: '31/03 + 1 mes = 30/04', row: mensual({ ultimoSeguimiento: d(2024, 3, 31) }) },
      { name: 'el último seguimiento manda sobre el inicio', row: mensual({ fechaInicio: d(2020, 1, 1), ultimoSeguimiento: d(2024, 3, 10) }) },
      { name: 'fecha de inicio escrita como texto', row: mensual({ fechaInicio: '15/02/2024' }) },
      { name: 'último seguimiento basura: se usa el inicio', row: mensual({ fechaInicio: d(2024, 3, 1), ultimoSeguimiento: 'ayer' }) },
      { name: 'frecuencia desconocida', row: { ...base, frecuencia: 'QUINCENAL', fechaInicio: d(2024, 3, 1) } },
      { name: 'frecuencia en minúsculas con espacios', row: { ...base, frecuencia: '  trimestral  ', fechaInicio: d(2024, 1, 1) } },
      { name: 'frecuencia «Mensual»', row: { ...base, frecuencia: 'Mensual', fechaInicio: d(2024, 3, 1) } },
      { name: 'frecuencia «anualmente»', row: { ...base, frecuencia: 'anualmente', fechaInicio: d(2023, 3, 20) } },
      { name: 'de acuerdo al manual (con tilde)', row: { ...base, frecuencia: 'DE ACUERDO AL MANUAL DE IMPLEMENTACIÓN', fechaInicio: d(2024, 3, 1) } },
      {
        name: 'de acuerdo al manual (sin tilde, minúsculas)',
        row: { ...base, frecuencia: 'de acuerdo al manual de implementacion', fechaInicio: d(2024, 2, 20) },
      },
      { name: 'frecuencia vacía con fechas', row: { ...base, frecuencia: null, fechaInicio: d(2024, 3, 1) } },
      { name: 'frecuencia escrita como número', row: { ...base, frecuencia: 3, fechaInicio: d(2024, 3, 1) } },
      { name: 'fecha como número enorme', row: mensual({ ultimoSeguimiento: 99_999_999 }) },
      { name: 'cumplimiento 60 % exacto: Amarillo', row: medido(3, 5) },
      { name: 'cumplimiento 59 %: Rojo', row: medido(59, 100) },
      { name: 'cumplimiento 80 % exacto: Verde', row: medido(4, 5) },
      { name: 'cumplimiento 79 %: Amarillo', row: medido(79, 100) },
      { name: 'denominador 0', row: medido(3, 0) },
      { name: 'denominador vacío', row: medido(3, null) },
      { name: 'numerador vacío', row: medido(null, 10) },
      { name: 'meta 0', row: medido(5, 10, 0) },
      { name: 'meta vacía', row: medido(5, 10, null) },
      { name: 'meta como texto', row: medido(5, 10, '80%') },
      { name: 'valor por encima de la meta: se topa en 100 %', row: medido(9, 10, 0.8) },
      { name: '0,3 ÷ 0,5 = 60 %', row: medido(3, 10, 0.5) },
      { name: 'ruido de coma flotante: 0,42 ÷ 0,7', row: medido(0.42, 1, 0.7) },
      { name: 'numerador negativo', row: medido(-1, 10) },
      { name: 'numerador como texto', row: medido('5', 10) },
      { name: 'denominador como texto', row: medido(5, 'diez') },
      { name: 'numerador 0: Rojo', row: medido(0, 10) },
      { name: 'números enormes', row: medido(1e300, 1e300) },
      { name: 'numerador VERDADERO', row: medido(true, 10) },
      { name: 'meta FALSO', row: medido(5, 10, false) },
      { name: 'último seguimiento VERDADERO: se usa el inicio', row: mensual({ fechaInicio: d(2024, 3, 1), ultimoSeguimiento: true }) },
      { name: 'vencida con datos', row: { ...mensual({ fechaInicio: d(2023, 12, 31) }), numerador: 1, denominador: 2 } },
    ],
  },
  {
    name: 'otra configuración: 0 días de aviso, umbrales 50 % y 90 %',
    settings: { fechaReferencia: FECHA_CALCULO, diasAviso: 0, umbralRojo: 0.5, umbralAmarillo: 0.9 },
    cases: [
      { name: 'vence hoy con 0 días de aviso: Por vencer', row: mensual({ fechaInicio: d(2024, 2, 15) }) },
      { name: 'vence mañana con 0 días de aviso: Al día', row: mensual({ fechaInicio: d(2024, 2, 16) }) },
      { name: '50 % exacto: Amarillo', row: medido(1, 2) },
      { name: '49 %: Rojo', row: medido(49, 100) },
      { name: '89 %: Amarillo', row: medido(89, 100) },
      { name: '90 %: Verde', row: medido(9, 10) },
    ],
  },
];
