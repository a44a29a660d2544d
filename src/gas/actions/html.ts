/**
 * The one page template for every dialog and sidebar: a standards-mode document (DOCTYPE), in
 * Spanish (lang="es-CO"), with the shared styles, so each screen reads and behaves the same.
 * Every piece of sheet text is escaped before it is shown.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A value as a JavaScript literal that can sit inside a <script> element whatever it says. */
export function scriptLiteral(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

// Colors checked for WCAG AA contrast on white (≥ 4.5:1): #202124, #a50e0e, #7f6000, #1a73e8 on #fff text.
const STYLES = `
*{box-sizing:border-box}
body{font-family:Arial,sans-serif;font-size:13px;line-height:1.4;color:#202124;margin:0;padding:12px;overflow-wrap:anywhere}
h1{font-size:15px;margin:0 0 8px}h2{font-size:14px;margin:14px 0 6px}h3{font-size:13px;margin:10px 0 4px}body>h2:first-child{margin-top:0}
p{margin:0 0 8px}ul{margin:0 0 8px;padding-left:18px}dl{margin:0}dt{margin-top:6px}dd{margin:0 0 4px 14px}
.error{color:#a50e0e}.aviso{color:#7f6000}.ok{color:#137333}
.caja{border-left:4px solid #dadce0;padding:4px 8px;margin:0 0 8px}
.caja.error{border-color:#a50e0e}.caja.aviso{border-color:#b08600}.caja.ok{border-color:#137333}
.caja p,.caja li{color:#202124}
button,a.boton{display:inline-block;font:inherit;font-weight:bold;background:#1a73e8;color:#fff;border:0;border-radius:4px;padding:7px 14px;margin:0 6px 6px 0;text-decoration:none;cursor:pointer}
button.secundario,a.boton.secundario{background:#fff;color:#1a73e8;border:1px solid #1a73e8}
button:focus-visible,a:focus-visible{outline:2px solid #202124;outline-offset:2px}
a{color:#1a73e8}
#nota:empty{display:none}
fieldset{border:0;margin:0 0 8px;padding:0}legend{font-weight:bold;margin-bottom:4px}
.planes{list-style:none;padding:0}.planes li{display:flex;gap:8px;align-items:flex-start;margin:0 0 8px}.planes input{margin-top:3px;flex:none}
.nombre{display:block;color:#5f6368;font-size:12px}
`;

/** A whole page; the title names it for screen readers (Sheets shows its own title bar too). */
export function page(body: string, title: string): string {
  return `<!DOCTYPE html><html lang="es-CO"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title><base target="_top"><style>${STYLES}</style></head><body>${body}</body></html>`;
}
