import { driveIdFrom } from '../../src/core/report/drive-id';
import { ACTION_MARKERS, DOCUMENT_MARKERS } from '../../src/core/messages/report';
import { fillMarkers, markerPattern, markersIn } from '../../src/core/report/markers';

test('markers are found once each, spaces inside the braces allowed, names as written', () => {
  expect(markersIn('Informe {{semestre}} de {{ entidad }} — {{semestre}} {{Municipio}} {{no es}} {x}')).toEqual(['semestre', 'entidad', 'Municipio']);
  expect(markersIn('sin marcadores')).toEqual([]);
});

test('a marker pattern matches only its own marker, as RE2 reads it', () => {
  const re = new RegExp(markerPattern('fecha_corte'));
  expect(re.test('Corte: {{fecha_corte}}')).toBe(true);
  expect(re.test('Corte: {{ fecha_corte }}')).toBe(true);
  expect(re.test('Corte: {{fecha_corte_2}}')).toBe(false);
  expect(re.test('Corte: fecha_corte')).toBe(false);
});

test('an action-table cell is filled from its row, unknown markers are left for the document pass', () => {
  expect(fillMarkers('{{id}} — {{indicador}} ({{semestre}})', { id: 'A3', indicador: 'Manual' })).toBe('A3 — Manual ({{semestre}})');
  expect(fillMarkers('{{ estado }} {{ESTADO}}', { estado: 'Vencida' })).toBe('Vencida {{ESTADO}}');
});

test('document and action marker names do not collide', () => {
  expect(Object.keys(DOCUMENT_MARKERS).filter((k) => k in ACTION_MARKERS)).toEqual([]);
});

test('Drive IDs are taken from a Docs URL, a folder URL, an open?id= URL or the bare ID', () => {
  const id = '1AbCdEfGhIjKlMnOpQrStUvWxYz_-12345';
  expect(driveIdFrom(`https://docs.google.com/document/d/${id}/edit#heading=h.1`)).toBe(id);
  expect(driveIdFrom(`https://drive.google.com/drive/folders/${id}?usp=sharing`)).toBe(id);
  expect(driveIdFrom(`https://drive.google.com/open?id=${id}`)).toBe(id);
  expect(driveIdFrom(`  ${id} `)).toBe(id);
  expect(driveIdFrom('Carpeta de informes')).toBeNull();
  expect(driveIdFrom('InformesGELT2025')).toBeNull(); // a name, not an ID: Drive IDs are longer
  expect(driveIdFrom('')).toBeNull();
});
