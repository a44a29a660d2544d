import { createEngine } from './formula-engine';

test('the engine evaluates EDATE, VLOOKUP with FALSE over a named range, and whole-column COUNTIF across sheets', () => {
  const e = createEngine(
    {
      Configuración: [
        ['Frecuencia', 'Meses'],
        ['MENSUALMENTE', 1],
      ],
      Matriz: [
        ['Estado', 'Fecha', 'Cuenta'],
        ['Vencida', 45306, null], // 15/01/2024
        ['Al día', '=EDATE(B2,VLOOKUP(TRIM(" mensualmente "),FRECUENCIAS,2,FALSE))', null],
      ],
      Tablero: [['=COUNTIF(Matriz!$A:$A,"Vencida")']],
    },
    { FRECUENCIAS: "'Configuración'!$A$2:$B$2" },
  );
  expect(e.value('Matriz', 3, 2)).toBe(45337); // 15/02/2024
  expect(e.value('Tablero', 1, 1)).toBe(1);
  e.destroy();
});

test('HyperFormula still clamps EDATE into a leap February at the 28th (why the agreement table checks those cases in LibreOffice)', () => {
  const e = createEngine({ S: [['=EDATE(DATE(2024,1,31),1)']] }, {});
  // The real hosts give 29/02/2024 (45351). When this fails, HyperFormula is fixed: drop the workaround.
  expect(e.value('S', 1, 1)).toBe(45350);
  e.destroy();
});
