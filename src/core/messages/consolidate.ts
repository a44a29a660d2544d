import { count, quote as q } from './common';

/** The departmental consolidation (npm run consolidar): sheets, headers, progress and skipped files. */
export const consolidateMsg = {
  title: 'Consolidado departamental del seguimiento a los planes de acción',
  sheets: { indicadores: 'Indicadores', tablero: 'Tablero', resumen: 'Resumen', omitidos: 'Archivos omitidos' },
  indicatorHeaders: [
    'Municipio',
    'Entidad',
    'Fecha de cálculo',
    'ID',
    'Indicador',
    'Responsables',
    'Valor',
    'Meta',
    'Cumplimiento',
    'Estado',
    'Semáforo',
    'Próximo vencimiento',
    'Archivo',
  ],
  tableroHeaders: [
    'Puesto',
    'Municipio',
    'Entidad',
    'Fecha de cálculo',
    'Indicadores',
    'Cumplimiento promedio',
    'Vencidas',
    'Por vencer',
    'Verde',
    'Amarillo',
    'Rojo',
    'Sin medir',
  ],
  skippedHeaders: ['Archivo', 'Motivo'],
  summaryLabels: {
    municipios: 'Municipios consolidados',
    indicadores: 'Indicadores',
    medidos: 'Indicadores medidos',
    promedio: 'Cumplimiento promedio (todos los indicadores medidos)',
    vencidas: 'Vencidas',
    porVencer: 'Por vencer',
    omitidos: 'Archivos omitidos',
    duplicados: 'Duplicados descartados',
    corte: 'Fecha de corte común',
    corteNone: 'la fecha de cálculo de cada archivo',
  },
  noConfiguracion: 'no tiene la hoja «Configuración»: no se sabe de qué municipio es.',
  noEntity: 'la hoja «Configuración» no dice el municipio ni la entidad.',
  unusableCells: (cells: number): string =>
    `tiene ${count(cells)} ${cells === 1 ? 'celda que no se puede usar' : 'celdas que no se pueden usar'} en la Matriz; corríjalas con «Validar la matriz».`,
  duplicate: (municipio: string, kept: string, dropped: string): string =>
    `${q(dropped)} es otra copia de ${q(municipio)}: se usa ${q(kept)}, la de fecha de cálculo más reciente.`,
  duplicateSameDate: (municipio: string, kept: string, dropped: string): string =>
    `${q(dropped)} es otra copia de ${q(municipio)} con la misma fecha de cálculo: se usa ${q(kept)} (la última por nombre de archivo).`,
  progress: (done: number, total: number, file: string): string => `Consolidando ${count(done)}/${count(total)}: ${file}`,
  noFiles: (folder: string): string => `La carpeta ${q(folder)} no tiene archivos .xlsx para consolidar.`,
  notAFolder: (folder: string): string => `${q(folder)} no es una carpeta: escriba en --entrada la carpeta con los seguimientos descargados.`,
  missingEntrada: (): string => 'Falta --entrada: escriba la carpeta con los seguimientos (por ejemplo --entrada descargas/).',
  written: (municipios: number, skipped: number, file: string): string =>
    `Listo: ${count(municipios)} municipios consolidados en ${file}${skipped > 0 ? ` (${count(skipped)} ${skipped === 1 ? 'archivo omitido' : 'archivos omitidos'}: vea la hoja «Archivos omitidos»)` : ''}.`,
  skippedLine: (file: string, reason: string): string => `Se omite ${q(file)}: ${reason}`,
  unknownOption: (option: string): string => `La opción ${q(option)} no existe. Las opciones son --entrada, --salida, --corte y --help.`,
  help: (): string =>
    [
      'Uso: npm run consolidar -- --entrada CARPETA [--salida ARCHIVO.xlsx] [--corte dd/mm/aaaa]',
      '',
      'Lee, uno por uno, los seguimientos (.xlsx) de la carpeta y escribe un libro departamental con las',
      'hojas Indicadores (municipio × indicador), Tablero (ranking por cumplimiento promedio), Resumen y',
      'Archivos omitidos. Sin --corte, cada municipio se calcula a su propia fecha de cálculo.',
      'Por omisión guarda consolidado.xlsx en la carpeta actual.',
    ].join('\n'),
} as const;
