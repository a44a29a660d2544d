/** HTML for dialogs and sidebars: every piece of sheet text is escaped before it is shown. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

export function page(body: string): string {
  return `<!DOCTYPE html><html lang="es"><head><meta charset="utf-8"><style>
body{font-family:Arial,sans-serif;font-size:13px;color:#202124;margin:12px}
table{border-collapse:collapse;width:100%}th,td{border:1px solid #dadce0;padding:4px;text-align:left;vertical-align:top}
th{background:#f1f3f4}.error{color:#a50e0e;font-weight:bold}.aviso{color:#7f6000}
a.boton{display:inline-block;background:#1a73e8;color:#fff;padding:8px 14px;border-radius:4px;text-decoration:none}
</style></head><body>${body}</body></html>`;
}
