// Draws each analytics chart from the data table in the same figure (figure[data-chart]):
// data-chart="pivot" with data-label/data-series/data-value column indexes, or "columns" with
// data-label and data-values="2,3". Chart.js is bundled at build time (resources/vendor/chartjs);
// without it the tables stay, which carry every figure anyway.
import { pivot, columns } from './tables.js';

function cells(table) {
  const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
  const rows = [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((td) => td.textContent.trim()));
  return { headers, rows };
}

function dataOf(figure) {
  const { headers, rows } = cells(figure.querySelector('table'));
  const d = figure.dataset;
  if (d.chart === 'pivot') {
    return pivot(rows, Number(d.label), Number(d.series), Number(d.value));
  }
  return columns(headers, rows, Number(d.label), d.values.split(',').map(Number));
}

export async function drawCharts(root = document) {
  const figures = [...root.querySelectorAll('figure[data-chart]')];
  if (figures.length === 0) return;
  const holder = document.querySelector('[data-context-path]');
  const base = holder ? holder.dataset.contextPath : '';
  try {
    await import(base + '/resources/vendor/chartjs/chart.umd.min.js');
  } catch (e) {
    console.info('Charts are not available (built without npm); the tables show every figure.');
    return;
  }
  const Chart = globalThis.Chart;
  for (const figure of figures) {
    const canvas = figure.querySelector('canvas');
    const data = dataOf(figure);
    if (!canvas || data.labels.length === 0) continue;
    canvas.hidden = false;
    // eslint-disable-next-line no-new
    new Chart(canvas, {
      type: 'bar',
      data,
      options: {
        animation: false,
        responsive: true,
        maintainAspectRatio: false,
        scales: figure.dataset.chart === 'pivot' ? { x: { stacked: true }, y: { stacked: true, beginAtZero: true } }
          : { y: { beginAtZero: true } },
      },
    });
  }
}

drawCharts();
