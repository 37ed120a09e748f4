import { css, html, LitElement, nothing } from 'lit';
import {
  CategoryScale,
  Chart,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
  type Scale,
} from 'chart.js';

// Only what a stacked area chart needs, so the bundle does not carry every chart type.
Chart.register(CategoryScale, LinearScale, LineController, LineElement, PointElement, Filler, Legend, Tooltip);

/** One category's running totals as the server sends them: numbers to plot and the same amounts as text. */
interface CostLine {
  key: string;
  label: string;
  values: number[];
  shown: string[];
}

/** Everything the chart and its table show; built by org.amilab.playground.ui.CostChart. */
interface CostFigures {
  summary: string;
  axis: string;
  labels: string[];
  lines: CostLine[];
  totals: string[];
}

const FILL_OPACITY = 0.35;

/**
 * The running cost by category over simulated time, as a stacked area chart with the same figures
 * in a table for those who cannot see the canvas. The server decides what to show; this element
 * only draws it, and redraws in place (no animation) so a live update every second does not flicker.
 */
class CostChart extends LitElement {
  static properties = {
    figures: { attribute: false },
  };

  declare figures: CostFigures | undefined;

  private chart?: Chart<'line', number[], string>;
  private themeWatch?: MutationObserver;

  static styles = css`
    :host {
      display: block;
      /* Lumo's text colours: each theme tunes them to contrast with its own background */
      --cost-chart-compute: var(--lumo-primary-text-color, #0057d9);
      --cost-chart-ebs: var(--lumo-success-text-color, #0a7537);
      --cost-chart-ami-storage: var(--lumo-warning-text-color, #994f00);
      --cost-chart-software: var(--lumo-error-text-color, #c9140a);
      --cost-chart-text: var(--lumo-secondary-text-color, #5b6770);
      --cost-chart-grid: var(--lumo-contrast-10pct, rgba(26, 57, 96, 0.1));
      font-family: var(--lumo-font-family, sans-serif);
      color: var(--lumo-body-text-color);
    }

    .plot {
      position: relative;
      width: 100%;
      height: var(--cost-chart-height, 16rem);
    }

    .probe {
      display: none;
    }

    summary {
      cursor: pointer;
      color: var(--lumo-primary-text-color);
      font-size: var(--lumo-font-size-s);
      margin-top: var(--lumo-space-s);
    }

    .table-scroll {
      overflow-x: auto;
    }

    .table-scroll:focus-visible {
      outline: 2px solid var(--lumo-primary-color);
    }

    table {
      border-collapse: collapse;
      font-size: var(--lumo-font-size-s);
      margin-top: var(--lumo-space-xs);
    }

    caption {
      text-align: start;
      color: var(--lumo-secondary-text-color);
      padding-bottom: var(--lumo-space-xs);
    }

    th,
    td {
      border-bottom: 1px solid var(--lumo-contrast-10pct);
      padding: var(--lumo-space-xs) var(--lumo-space-s);
      text-align: end;
      white-space: nowrap;
    }

    th[scope='row'] {
      text-align: start;
      font-weight: normal;
    }

    /* long column names wrap, so the figures still fit beside them on a phone */
    th[scope='col'] {
      white-space: normal;
      vertical-align: bottom;
    }

    td {
      font-variant-numeric: tabular-nums;
    }
  `;

  connectedCallback() {
    super.connectedCallback();
    // Lumo switches between light and dark with a theme attribute (Flow sets it on <body>, some apps
    // on <html>); a canvas holds resolved colours, so it has to be told
    this.themeWatch = new MutationObserver(() => this.draw());
    for (const root of [document.documentElement, document.body]) {
      this.themeWatch.observe(root, { attributes: true, attributeFilter: ['theme'] });
    }
    if (this.hasUpdated) {
      // back in the page after a detach (a dialog reopened): the old chart was destroyed
      this.draw();
    }
  }

  disconnectedCallback() {
    this.themeWatch?.disconnect();
    this.chart?.destroy();
    this.chart = undefined;
    super.disconnectedCallback();
  }

  render() {
    const figures = this.figures;
    return html`
      <div class="plot">
        <canvas role="img" aria-label=${figures?.summary ?? 'Cost chart'}></canvas>
      </div>
      <span class="probe"></span>
      ${figures ? this.table(figures) : nothing}
    `;
  }

  /** The chart's figures as text, folded away so it does not crowd the page. */
  private table(figures: CostFigures) {
    return html`
      <details>
        <summary>Show the figures as a table</summary>
        <div class="table-scroll" tabindex="0" role="region" aria-label="Figures of the cost chart">
          <table>
            <caption>${figures.summary}</caption>
            <thead>
              <tr>
                <th scope="col">${figures.axis}</th>
                ${figures.lines.map((line) => html`<th scope="col">${line.label}</th>`)}
                <th scope="col">Total</th>
              </tr>
            </thead>
            <tbody>
              ${figures.labels.map(
                (label, i) => html`
                  <tr>
                    <th scope="row">${label}</th>
                    ${figures.lines.map((line) => html`<td data-key=${line.key}>${line.shown[i]}</td>`)}
                    <td data-key="total">${figures.totals[i]}</td>
                  </tr>
                `,
              )}
            </tbody>
          </table>
        </div>
      </details>
    `;
  }

  updated() {
    this.draw();
  }

  /** Creates the chart once, then only swaps its data and colours and redraws without animation. */
  private draw() {
    const figures = this.figures;
    const canvas = this.renderRoot.querySelector('canvas');
    if (!figures || !canvas || !this.isConnected) {
      return;
    }
    const text = this.resolve('--cost-chart-text');
    const grid = this.resolve('--cost-chart-grid');
    const datasets: ChartDataset<'line', number[]>[] = figures.lines.map((line, i) => {
      const colour = this.resolve(`--cost-chart-${line.key}`);
      return {
        label: line.label,
        data: line.values,
        borderColor: colour,
        backgroundColor: withOpacity(colour, FILL_OPACITY),
        borderWidth: 2,
        pointRadius: 0,
        pointHitRadius: 8,
        // each band fills down to the one below it: the top line is the total
        fill: i === 0 ? 'origin' : '-1',
      };
    });
    if (this.chart) {
      const options = this.chart.options;
      this.chart.data.labels = figures.labels;
      this.chart.data.datasets = datasets;
      setTextColours(options, text, grid);
      const x = options.scales?.x;
      if (x && 'title' in x && x.title) {
        x.title.text = figures.axis;
      }
      this.chart.update('none');
      return;
    }
    this.chart = new Chart<'line', number[], string>(canvas, {
      type: 'line',
      data: { labels: figures.labels, datasets },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        interaction: { mode: 'index', intersect: false },
        scales: {
          x: {
            title: { display: true, text: figures.axis, color: text },
            ticks: { color: text, maxRotation: 0, autoSkip: true, autoSkipPadding: 12 },
            grid: { color: grid },
          },
          y: {
            stacked: true,
            beginAtZero: true,
            ticks: {
              color: text,
              callback(this: Scale, value: number | string) {
                return dollars(Number(value), this.max);
              },
            },
            grid: { color: grid },
          },
        },
        plugins: {
          legend: { position: 'bottom', labels: { color: text, boxWidth: 12, boxHeight: 12 } },
          tooltip: {
            callbacks: {
              // the server's own rounding, so the tooltip agrees with the table and the cost panel
              label: (item) => {
                const line = this.figures?.lines[item.datasetIndex];
                return line ? `${line.label}: ${line.shown[item.dataIndex]}` : '';
              },
              footer: (items) => (items.length ? `Total: ${this.figures?.totals[items[0].dataIndex] ?? ''}` : ''),
            },
          },
        },
      },
    });
  }

  /** A colour custom property as the browser computes it (rgb), which a canvas can use. */
  private resolve(property: string): string {
    const probe = this.renderRoot.querySelector<HTMLElement>('.probe');
    if (!probe) {
      return 'currentColor';
    }
    probe.style.color = `var(${property})`;
    return getComputedStyle(probe).color;
  }
}

function setTextColours(options: Chart<'line'>['options'], text: string, grid: string) {
  for (const scale of Object.values(options.scales ?? {})) {
    if (scale?.ticks) {
      scale.ticks.color = text;
    }
    if (scale?.grid) {
      scale.grid.color = grid;
    }
    if (scale && 'title' in scale && scale.title) {
      scale.title.color = text;
    }
  }
  if (options.plugins?.legend?.labels) {
    options.plugins.legend.labels.color = text;
  }
}

/** rgb(r, g, b) or rgba(r, g, b, a) with the given opacity instead. */
function withOpacity(colour: string, opacity: number): string {
  const channels = colour.match(/[\d.]+/g);
  if (!channels || channels.length < 3) {
    return colour;
  }
  return `rgba(${channels[0]}, ${channels[1]}, ${channels[2]}, ${opacity})`;
}

/** Axis amounts: cents for dollars, hundredths of a cent while everything is still below ten cents. */
function dollars(value: number, max: number): string {
  const digits = max < 0.1 ? 4 : 2;
  return new Intl.NumberFormat('en-US', {
    style: 'currency',
    currency: 'USD',
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value);
}

customElements.define('cost-chart', CostChart);
