import { quote as q } from './common';

/** Points with a decimal comma, as es-CO writes them: 8,5. */
const pt = (n: number): string => n.toFixed(1).replace('.', ',').replace(/,0$/, '');

/** The print preview command (npm run vista-previa): help, usage errors, what each sheet prints. */
export const previewMsg = {
  help: (): string =>
    [
      'Uso: npm run vista-previa -- [opciones]',
      '',
      'Muestra cómo se imprime el libro de Excel del seguimiento: lo exporta (como npm run export) o',
      'toma uno ya hecho, lo convierte a PDF con LibreOffice (sin abrir ventanas) y, si está pdftoppm',
      '(paquete poppler-utils), guarda una imagen PNG por página. Dice cuántas páginas imprime cada',
      'hoja y avisa si alguna página queda con letra de menos de 8 puntos, vacía o solo con títulos.',
      '',
      'Opciones:',
      '  --libro ARCHIVO     Un libro .xlsx ya exportado: se imprime tal cual, sin exportar de nuevo.',
      '  --salida CARPETA    Dónde dejar el libro, el PDF y las imágenes. Por omisión: salida/vista-previa',
      '  --entrada, --corte, --semestre, --plantilla, --forzar, --grafico',
      '                      Las mismas de npm run export (vea npm run export -- --help).',
      '  -h, --help          Muestra esta ayuda.',
      '',
      'Ejemplos:',
      '  npm run vista-previa',
      '  npm run vista-previa -- --entrada "Seguimiento GEL-T.xlsx"',
      '  npm run vista-previa -- --libro salida/Seguimiento-GEL-T_Valle-de-San-Juan_2025-12-31.xlsx',
      '',
      'Necesita LibreOffice (soffice). Para ver la letra como la imprime Excel, instale también la',
      'fuente Liberation Sans (paquete fonts-liberation2), gemela de Arial en medidas.',
      '',
      'Códigos de salida: 0 listo · 1 no se pudo imprimir · 2 opciones mal escritas.',
    ].join('\n'),
  usage: (detail: string): string => `${detail}\nEscriba «npm run vista-previa -- --help» para ver las opciones.`,
  unknownOption: (option: string): string =>
    `La opción ${q(option)} no existe. Las opciones son --libro, --salida, --entrada, --corte, --semestre, --plantilla, --forzar, --grafico y --help.`,
  unexpectedArgument: (arg: string): string => `Argumento inesperado ${q(arg)}: el libro se indica con --libro y la copia descargada con --entrada.`,
  libroAndEntrada: (): string => 'Use --libro (un libro ya exportado) o --entrada (una copia para exportar), no las dos.',
  libroNotFound: (file: string): string => `No se encontró el libro ${q(file)}: revise la ruta.`,
  noSoffice: (): string =>
    'LibreOffice no está instalado (no se encontró «soffice»): instálelo (en Debian o Ubuntu, el paquete libreoffice-calc) y vuelva a intentarlo.',
  noPoppler: (): string => 'No está pdftoppm (paquete poppler-utils): se hizo el PDF, sin imágenes ni revisión de páginas.',
  printing: (file: string): string => `Imprimiendo ${q(file)} con LibreOffice…`,
  sheetPages: (sheet: string, pages: number, smallest: number | null): string =>
    `  ${sheet}: ${pages} ${pages === 1 ? 'página' : 'páginas'}${smallest === null ? '' : `, letra más pequeña ${pt(smallest)} pt`}`,
  unnamedPages: (pages: number): string => `  (páginas sin el nombre de una hoja en el encabezado): ${pages}`,
  sheetsHeader: (total: number): string => `Páginas por hoja (${total} en total):`,
  tooSmall: (page: number, sheet: string, size: number, floor: number): string =>
    `Revise: la página ${page} (${sheet}) tiene letra de ${pt(size)} pt, menos de ${pt(floor)} pt: no se leerá bien en papel.`,
  emptyPage: (page: number, sheet: string): string => `Revise: la página ${page} (${sheet}) sale vacía.`,
  headersOnly: (page: number, sheet: string): string => `Revise: la página ${page} (${sheet}) solo tiene los títulos de las columnas.`,
  overlapping: (page: number, sheet: string, [a, b]: readonly [string, string]): string =>
    `Revise: en la página ${page} (${sheet}) hay texto impreso encima de otro (${q(a)} sobre ${q(b)}): una fila quedó más baja que su texto.`,
  allLegible: (floor: number): string =>
    `Todas las páginas tienen letra de ${pt(floor)} pt o más, y ninguna sale vacía, solo con títulos o con texto encimado.`,
  written: (pdf: string, pngs: number, folder: string): string => (pngs > 0 ? `PDF: ${pdf}\nImágenes: ${pngs} páginas PNG en ${folder}` : `PDF: ${pdf}`),
  failed: (detail: string): string => `No se pudo imprimir el libro con LibreOffice: ${detail}`,
};

/** The unknown sheet of a page without our print header (a copy downloaded from Google, for example). */
export const NO_SHEET = '?';
