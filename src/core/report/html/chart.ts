/**
 * The compliance chart as inline SVG: one horizontal bar per indicator, its length the
 * cumplimiento (the track is 100 %). Bars are sized in percent of the SVG's width and text in
 * pixels, so the labels stay readable on a 360 px phone. Colour is never alone: each semáforo has
 * its own pattern and every bar is labelled with its value and its semáforo; the same data follows
 * as a table (the text alternative), and role="img" with <title>/<desc> for screen readers.
 */
import { SEMAFORO, type Semaforo } from '../../tracker/names';
import { NO_VALUE, percentText } from '../format';
import type { ChartBlock } from '../model';
import { esc } from './escape';
import { webMsg } from '../../messages';

const ROW = 44;
const BAR = 16;

/** Bar colour and pattern per semáforo (≥ 3:1 against white, WCAG 1.4.11). */
const BAR_STYLE: Readonly<Record<Semaforo, { readonly id: string; readonly svg: string }>> = {
  [SEMAFORO.verde]: {
    id: 'barra-verde',
    svg: '<pattern id="barra-verde" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#2e7d32"/></pattern>',
  },
  [SEMAFORO.amarillo]: {
    id: 'barra-amarillo',
    svg: '<pattern id="barra-amarillo" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="8" height="8" fill="#9a6200"/><rect width="3" height="8" fill="#f2d08a"/></pattern>',
  },
  [SEMAFORO.rojo]: {
    id: 'barra-rojo',
    svg: '<pattern id="barra-rojo" width="8" height="8" patternUnits="userSpaceOnUse"><rect width="8" height="8" fill="#c62828"/><circle cx="4" cy="4" r="1.6" fill="#fbd0d0"/></pattern>',
  },
  [SEMAFORO.sinMedir]: { id: 'barra-sin-medir', svg: '' },
};

function barLabel(category: string, value: number | null, semaforo: Semaforo | undefined): string {
  return webMsg.chartBarLabel(category, value === null ? null : percentText(value), semaforo ?? webMsg.noSemaforo);
}

export function chartHtml(chart: ChartBlock): string {
  const n = chart.categories.length;
  const labels = chart.categories.map((c, i) => barLabel(c, chart.values[i] ?? null, chart.semaforos?.[i]));
  const used = new Set(chart.semaforos ?? []);
  const defs = Object.entries(BAR_STYLE)
    .filter(([s]) => used.has(s as Semaforo))
    .map(([, v]) => v.svg)
    .join('');
  const bars = chart.categories
    .map((_, i) => {
      const y = i * ROW;
      const v = chart.values[i] ?? null;
      const semaforo = chart.semaforos?.[i];
      const width = v === null ? 0 : Math.max(0, Math.min(1, v)) * 100;
      const fill = semaforo && semaforo !== SEMAFORO.sinMedir ? `url(#${BAR_STYLE[semaforo].id})` : '#555';
      const bar = width > 0 ? `<rect x="0" y="${y + 22}" width="${Number(width.toFixed(2))}%" height="${BAR}" fill="${fill}"/>` : '';
      return (
        `<text x="0" y="${y + 15}">${esc(labels[i])}</text>` + `<rect x="0" y="${y + 22}" width="100%" height="${BAR}" fill="#f2f2f2" stroke="#767676"/>${bar}`
      );
    })
    .join('');
  const height = n * ROW + 4;
  // The thresholds as dashed vertical lines across every track, each in its semáforo's colour.
  const t = chart.thresholds;
  const lines = t
    ? (
        [
          [t.rojo, '#8e0000'],
          [t.amarillo, '#7a4e00'],
        ] as const
      )
        .map(([v, color]) => {
          const x = `${Number((Math.max(0, Math.min(1, v)) * 100).toFixed(2))}%`;
          return `<line class="umbral" x1="${x}" x2="${x}" y1="18" y2="${height}" stroke="${color}" stroke-width="2" stroke-dasharray="6 4"/>`;
        })
        .join('')
    : '';
  const thresholdText = t ? webMsg.chartThresholds(percentText(t.rojo), percentText(t.amarillo)) : '';
  const [h1, h2, h3] = webMsg.chartHeaders;
  const rows = chart.categories
    .map((c, i) => {
      const v = chart.values[i] ?? null;
      return (
        `<tr><th scope="row">${esc(c)}</th><td class="num" data-etiqueta="${esc(h2)}">${esc(v === null ? NO_VALUE : percentText(v))}</td>` +
        `<td data-etiqueta="${esc(h3)}">${esc(chart.semaforos?.[i] ?? webMsg.noSemaforo)}</td></tr>`
      );
    })
    .join('');
  return (
    `<figure aria-labelledby="grafico-titulo"><figcaption id="grafico-titulo">${esc(chart.title)}</figcaption>` +
    `<svg class="grafico" xmlns="http://www.w3.org/2000/svg" width="100%" height="${height}" role="img" aria-labelledby="grafico-svg-titulo grafico-svg-desc">` +
    `<title id="grafico-svg-titulo">${esc(chart.title)}</title><desc id="grafico-svg-desc">${esc(`${webMsg.chartDescription} ${thresholdText ? `${thresholdText} ` : ''}${labels.join('; ')}.`)}</desc>` +
    `${defs ? `<defs>${defs}</defs>` : ''}${bars}${lines}</svg>` +
    (thresholdText ? `<p class="nota">${esc(thresholdText)}</p>` : '') +
    `<details><summary>${esc(webMsg.chartSummary(n))}</summary><table class="apilada"><caption>${esc(chart.title)}</caption>` +
    `<thead><tr><th scope="col">${esc(h1)}</th><th scope="col">${esc(h2)}</th><th scope="col">${esc(h3)}</th></tr></thead><tbody>${rows}</tbody></table></details></figure>`
  );
}
