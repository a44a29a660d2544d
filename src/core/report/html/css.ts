/**
 * The page's only stylesheet, inlined in <head>. System fonts (nothing to download), one column
 * that reflows down to 320 px, and a print layout. Colours meet WCAG 2.1 AA: text ≥ 4.5:1 on its
 * background, bars and borders that carry meaning ≥ 3:1 on white.
 */
export const BRAND = '#004884';

export const PAGE_CSS = `
*,*::before,*::after{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:#fff;color:#1b1b1b;font:1rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
.pagina{max-width:66rem;margin:0 auto;padding:0 1rem 1.5rem}
.encabezado{border-top:.5rem solid ${BRAND};padding:1rem 0 .5rem;text-align:center}
.encabezado p{margin:.125rem 0}
h1{color:${BRAND};font-size:1.5rem;line-height:1.25;margin:.75rem 0}
h2{color:${BRAND};font-size:1.25rem;line-height:1.3;margin:2rem 0 .5rem;padding-bottom:.25rem;border-bottom:2px solid #c9d3dd}
h3{font-size:1.0625rem;line-height:1.35;margin:1.25rem 0 .5rem}
p,ul,ol{margin:.5rem 0}
li{margin:.25rem 0}
main p,main li{max-width:46rem}
a{color:#0645ad;overflow-wrap:anywhere}
a:focus-visible{outline:3px solid ${BRAND};outline-offset:2px}
.centro{text-align:center}
.subtitulo{font-size:1.0625rem}
.nota{color:#444;border-left:4px solid #8a5a00;padding-left:.75rem}
.marca{display:inline-block;padding:0 .4rem;border:1px solid currentColor;border-radius:.25rem;font-weight:700;white-space:nowrap}
table{width:100%;border-collapse:collapse;margin:.75rem 0 1rem}
caption{text-align:left;font-weight:700;padding:0 0 .375rem}
th,td{border:1px solid #bbb;padding:.375rem .5rem;text-align:left;vertical-align:top;overflow-wrap:break-word}
table.corta{display:inline-table;width:auto;min-width:min(100%,20rem);margin-right:1.5rem;vertical-align:top}
thead th{background:#eaf0f6}
tbody th{font-weight:700}
.num{text-align:right;font-variant-numeric:tabular-nums}
.vacio{font-style:italic;color:#444}
.fichas{list-style:none;padding:0;margin:.75rem 0;display:grid;grid-template-columns:repeat(auto-fill,minmax(min(100%,19rem),1fr));gap:.75rem}
.ficha{margin:0;border:1px solid #bbb;border-radius:.375rem;padding:.75rem;break-inside:avoid}
.ficha h3{margin:0 0 .5rem;font-size:1rem}
.ficha dl{display:grid;grid-template-columns:minmax(6.5rem,auto) 1fr;gap:.25rem .75rem;margin:0}
.ficha dt{font-weight:700;color:#333}
.ficha dd{margin:0;overflow-wrap:anywhere}
figure{margin:1rem 0}
figcaption{font-weight:700;margin-bottom:.5rem}
.grafico{display:block;width:100%;overflow:visible;font:.875rem system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif}
.grafico text{fill:#1b1b1b}
details{margin:.5rem 0}
summary{cursor:pointer;color:#0645ad}
.renglon{border-bottom:1px solid #555;height:1.75rem;margin:0 0 .25rem}
.firmas{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,14rem),1fr));gap:2.5rem 1.5rem;margin:3rem 0 1rem}
.firma{break-inside:avoid}
.firma p{margin:0;overflow-wrap:anywhere}
.firma .rol{font-weight:700;margin-bottom:2.5rem}
.firma .linea{border-top:1px solid #1b1b1b;padding-top:.375rem}
.pie{border-top:1px solid #c9d3dd;margin-top:2rem;padding-top:.75rem;font-size:.875rem;color:#444}
@media (max-width:40rem){
h1{font-size:1.3rem}
h2{font-size:1.125rem}
table.corta{display:table;width:100%;margin-right:0}
table.apilada caption{display:block}
table.apilada thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
table.apilada,table.apilada tbody,table.apilada tr,table.apilada th,table.apilada td{display:block;width:100%}
table.apilada tr{border:1px solid #bbb;border-radius:.25rem;margin:0 0 .75rem}
table.apilada th,table.apilada td{border:0;border-top:1px solid #e2e2e2;text-align:left}
table.apilada tbody th{border-top:0;background:#eaf0f6}
table.apilada td[data-etiqueta]::before{content:attr(data-etiqueta) ": ";font-weight:700}
}
@media screen{.solo-papel{display:none}}
@media print{
@page{margin:1.5cm}
body{font-size:10.5pt;-webkit-print-color-adjust:exact;print-color-adjust:exact}
.pagina{max-width:none;padding:0}
h2,h3,h2+p{break-after:avoid}
tr,figure,.firmas{break-inside:avoid}
details{display:none}
.salto{break-before:page}
a{color:#1b1b1b}
}
`;
