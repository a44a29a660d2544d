import { createEnvironment } from './index';

function setup() {
  const env = createEnvironment();
  const doc = env.DocumentApp.create('Informe 2024-I');
  return { env, doc, body: doc.getBody() };
}

describe('DocumentApp', () => {
  test('a new document holds one empty paragraph; paragraphs keep heading, alignment and text styles', () => {
    const { env, body } = setup();
    const D = env.DocumentApp;
    expect(body.getNumChildren()).toBe(1);
    expect(body.getText()).toBe('');
    const title = body.appendParagraph('Informe de seguimiento').setHeading(D.ParagraphHeading.TITLE).setAlignment(D.HorizontalAlignment.CENTER);
    expect(title.getHeading()).toBe(D.ParagraphHeading.TITLE);
    const p = body.appendParagraph('Estado: ');
    p.appendText('Vencida').setBold(true).setForegroundColor('#cc0000');
    const text = p.editAsText();
    expect(text.getText()).toBe('Estado: Vencida');
    expect(text.isBold(0)).toBe(false);
    expect(text.isBold(8)).toBe(true);
    expect(text.getForegroundColor(10)).toBe('#cc0000');
    expect(body.getText()).toBe('\nInforme de seguimiento\nEstado: Vencida');
    body.getChild(0).asParagraph().removeFromParent();
    expect(body.getText()).toBe('Informe de seguimiento\nEstado: Vencida');
    expect(() => body.getChild(1).asParagraph().removeFromParent()).toThrow("Can't remove the last paragraph in a document section.");
  });

  test('tables: cells by row and column, backgrounds, an empty paragraph after a table appended last', () => {
    const { body } = setup();
    const t = body.appendTable([
      ['ID', 'Estado'],
      ['1', 'Vencida'],
    ]);
    expect(body.getNumChildren()).toBe(3); // the first empty paragraph, the table, the one Docs adds after it
    expect(t.getNumRows()).toBe(2);
    const cell = t.getRow(1).getCell(1);
    expect(cell.getText()).toBe('Vencida');
    expect(cell.getBackgroundColor()).toBeNull();
    cell.setBackgroundColor('#f4c7c3');
    cell.editAsText().setBold(true);
    expect(t.getCell(1, 1).getBackgroundColor()).toBe('#f4c7c3');
    expect(t.getCell(1, 1).editAsText().isBold()).toBe(true);
    t.appendTableRow().appendTableCell('2');
    expect(t.getNumRows()).toBe(3);
    expect(() => t.insertTableRow(1, t.getRow(0))).toThrow('Element must be detached.');
    t.insertTableRow(2, t.getRow(1).copy());
    expect(t.getRow(2).getCell(1).getText()).toBe('Vencida');
    expect(body.getTables()).toHaveLength(1);
  });

  test('images, list items and page breaks', () => {
    const { env, body } = setup();
    const blob = env.Utilities.newBlob('png-bytes', 'image/png', 'grafico.png');
    const img = body.appendImage(blob).setWidth(500).setHeight(250);
    expect(img.getWidth()).toBe(500);
    expect(body.getImages()).toHaveLength(1);
    expect(body.getImages()[0]?.getBlob().getDataAsString()).toBe('png-bytes');
    body.appendListItem('Primera recomendación').setGlyphType(env.DocumentApp.GlyphType.NUMBER);
    body.appendPageBreak();
    expect(body.getListItems().map((li) => li.getText())).toEqual(['Primera recomendación']);
    expect(body.getParagraphs().length).toBe(4); // empty first, image's, list item, page break's
  });

  test('replaceText matches a pattern inside each paragraph and cell, never across them', () => {
    const { body } = setup();
    body.appendParagraph('Entidad: {{entidad}} — {{entidad}}');
    body.appendParagraph('{{corte');
    body.appendParagraph('}}');
    body.appendTable([['{{entidad}}']]);
    // The replacement follows Java's rules (see replaceIn): `\\$` is a literal dollar, a bare `$1` needs group 1.
    expect(() => body.replaceText('\\{\\{entidad\\}\\}', 'Alcaldía de $1 Ejemplo')).toThrow('No group 1');
    body.replaceText('\\{\\{entidad\\}\\}', 'Alcaldía de \\$1 Ejemplo');
    expect(body.getText()).toContain('Entidad: Alcaldía de $1 Ejemplo — Alcaldía de $1 Ejemplo');
    expect(body.getTables()[0]?.getCell(0, 0).getText()).toBe('Alcaldía de $1 Ejemplo');
    body.replaceText('\\{\\{corte\\s*\\}\\}', 'X');
    expect(body.getText()).toContain('{{corte\n}}');
    expect(() => body.replaceText('a(?=b)', '')).toThrow(/Invalid regular expression/);
    const found = body.findText('Ejemplo');
    expect(found.getStartOffset()).toBe('Entidad: Alcaldía de $1 '.length);
    const next = body.findText('Ejemplo', found);
    expect(next.getStartOffset()).toBeGreaterThan(found.getStartOffset());
    expect(body.findText('no está')).toBeNull();
  });

  test('after saveAndClose the document refuses edits; Drive exports what was saved', () => {
    const { env, doc, body } = setup();
    const file = env.DriveApp.getFileById(doc.getId());
    body.appendParagraph('Resumen');
    expect(file.getAs('application/pdf').getDataAsString()).not.toContain('Resumen'); // not saved yet
    doc.saveAndClose();
    expect(() => body.appendParagraph('tarde')).toThrow('Document is closed, its contents cannot be updated.');
    const pdf = file.getAs('application/pdf');
    expect(pdf.getContentType()).toBe('application/pdf');
    expect(pdf.getName()).toBe('Informe 2024-I.pdf');
    expect(pdf.getDataAsString()).toContain('Resumen');
    expect(doc.getAs('application/pdf').getName()).toBe('Informe 2024-I.pdf');
    expect(env.DocumentApp.openById(doc.getId()).getBody().getText()).toContain('Resumen');
  });

  test('calls are counted and refused before authorisation', () => {
    const env = createEnvironment();
    env.DocumentApp.create('x').getBody().appendParagraph('y');
    expect(env.calls.byMethod('DocumentApp')).toEqual({ 'Body.appendParagraph': 1, 'Document.getBody': 1, create: 1 });
    env.authMode = 'NONE';
    expect(() => env.DocumentApp.create('z')).toThrow(/^You do not have permission to call DocumentApp.create/);
    expect(() => env.DriveApp.getRootFolder()).toThrow(/permission/);
    expect(() => env.DocumentApp.openById('1Doc0000000000000404')).toThrow(/permission/);
  });
});

describe('DriveApp', () => {
  test('unknown and malformed IDs fail with the real messages', () => {
    const env = createEnvironment();
    expect(() => env.DriveApp.getFileById('1AbCdEfGhIjKlMnOpQrStUv')).toThrow(
      'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.',
    );
    expect(() => env.DriveApp.getFolderById('carpeta de informes')).toThrow(
      'Unexpected error while getting the method or property getFolderById on object DriveApp.',
    );
    expect(() => env.DocumentApp.openById('1AbCdEfGhIjKlMnOpQrStUv')).toThrow(/^Document is missing/);
  });

  test('folders hold files; copies of a Doc open as documents; moveTo changes the parent', () => {
    const env = createEnvironment();
    const folderRec = env.drive.createFolder('Informes');
    const template = env.drive.createDocument('Plantilla');
    const folder = env.DriveApp.getFolderById(folderRec.id);
    const templateFile = env.DriveApp.getFileById(template.file.id);
    const tdoc = env.DocumentApp.openById(template.file.id);
    tdoc.getBody().appendParagraph('{{entidad}}');
    tdoc.saveAndClose();

    const copy = templateFile.makeCopy('Informe 2024-I', folder);
    expect(copy.getMimeType()).toBe('application/vnd.google-apps.document');
    const cdoc = env.DocumentApp.openById(copy.getId());
    cdoc.getBody().replaceText('\\{\\{entidad\\}\\}', 'Alcaldía');
    expect(cdoc.getBody().getText()).toContain('Alcaldía');
    expect(tdoc.getName()).toBe('Plantilla');
    expect(env.drive.files.get(template.file.id)?.doc?.body.text()).toContain('{{entidad}}'); // the template is untouched

    const pdf = folder.createFile(copy.getAs('application/pdf'));
    expect(pdf.getName()).toBe('Informe 2024-I.pdf');
    const names: string[] = [];
    const it = folder.getFiles();
    while (it.hasNext()) names.push(it.next().getName());
    expect(names.sort()).toEqual(['Informe 2024-I', 'Informe 2024-I.pdf']);
    expect(() => it.next()).toThrow('Cannot retrieve the next object: iterator has reached the end.');

    const root = env.DriveApp.getRootFolder();
    const other = root.createFolder('Otra');
    pdf.moveTo(other);
    expect(pdf.getParents().next().getName()).toBe('Otra');
    expect(() => env.DriveApp.createFile(env.Utilities.newBlob('x'))).toThrow('Blob object must have non-null name for this operation.');
  });

  test('the active spreadsheet is a Drive file in My Drive', () => {
    const env = createEnvironment();
    const ss = env.createSpreadsheet({ sheets: { S: [] } });
    const parents = env.DriveApp.getFileById(ss.id).getParents();
    expect(parents.hasNext()).toBe(true);
    expect(parents.next().getName()).toBe('Mi unidad');
  });
});
