import { MATRIZ_COLUMNS } from '../../src/core/tracker/matriz';
import { SHEET } from '../../src/core/tracker/names';
import { uiText } from '../../src/core/messages/sheets';
import { preparedTracker } from './fixtures';
import { runPage } from './sidebar-script';
import { lastMessage } from './support';

describe('the Validar sidebar, run as the browser runs it', () => {
  function sidebar(): { b: ReturnType<typeof preparedTracker>; page: ReturnType<typeof runPage> } {
    const b = preparedTracker();
    const m = b.ss.sheet(SHEET.matriz);
    m.getRange(2, MATRIZ_COLUMNS.findIndex((c) => c.key === 'frecuencia') + 1).setValue('QUINCENAL');
    (b.g.menuValidar as () => void)();
    return { b, page: runPage(lastMessage(b)) };
  }

  test('a click calls irACelda on the server with the sheet and cell; its note is shown', () => {
    const { b, page } = sidebar();
    page.click(0);
    expect(page.calls).toHaveLength(1);
    const call = page.calls[0];
    expect(call.name).toBe('irACelda');
    expect(call.args).toEqual(['Matriz', 'I2']);
    // The server side, through the bundle's global function, as google.script.run would call it.
    b.ss.sheet(SHEET.tablero).activate();
    const note = (b.g.irACelda as (...a: unknown[]) => unknown)(...call.args);
    expect(b.ss.getActiveSheet().getName()).toBe(SHEET.matriz);
    call.succeed(note);
    // A visible result: the note says which cell was selected.
    expect(page.text('nota')).toBe(uiText.goToCellDone('Matriz', 'I2'));
  });

  test('every google.script.run call has a failure handler that shows a Spanish message', () => {
    const { page } = sidebar();
    page.click(0);
    expect(page.calls.every((c) => c.hasFailureHandler)).toBe(true);
    page.calls[0].fail(new Error("ScriptError: We're sorry, a server error occurred. Please wait a bit and try again."));
    expect(page.text('nota')).toBe(uiText.goToCellFailed());
    expect(page.text('nota')).not.toMatch(/server error|ScriptError/);
  });

  test('a cell beyond the sheet (a sidebar older than the sheet) is ignored with a Spanish note', () => {
    const { b } = sidebar();
    const go = b.g.irACelda as (...a: unknown[]) => unknown;
    const m = b.ss.sheet(SHEET.matriz);
    b.ss.sheet(SHEET.tablero).activate();
    expect(go('Matriz', `A${m.maxRows + 5}`)).toBe(uiText.goToCellOutside('Matriz', `A${m.maxRows + 5}`));
    expect(go('Matriz', 'ZZ2')).toBe(uiText.goToCellOutside('Matriz', 'ZZ2'));
    expect(go('No existe', 'A1')).toBe(uiText.goToCellNoSheet('No existe'));
    expect(go(undefined, null)).toBe(uiText.goToCellFailed());
    expect(go('Matriz', 'A1); alert(1')).toBe(uiText.goToSheetDone('Matriz'));
  });
});
