// A small line chart of one figure's months (Chart.js, MIT). The host element carries the text alternative
// (role="img", aria-label from the server) and the figures sit in a table beside it, so the canvas is hidden from
// assistive technology: it would only repeat them less precisely.
import {
  CategoryScale, Chart, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip,
} from 'chart.js';

Chart.register(CategoryScale, Filler, LinearScale, LineController, LineElement, PointElement, Tooltip);

class MentorflowTrendChart extends HTMLElement {

  connectedCallback() {
    if (!this.shadowRoot) {
      // Chart.js sizes the canvas to its parent; the parent's own box comes from the host's height.
      this.attachShadow({ mode: 'open' }).innerHTML = `
        <style>:host { display: block; } div { position: relative; width: 100%; height: 100%; }</style>
        <div><canvas aria-hidden="true"></canvas></div>`;
    }
    if (this.data && !this.chart) {
      this.draw();
    }
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  /** labels: one per month, oldest first; values: numbers or null where a month has none; name: the figure. */
  show(labels, values, name) {
    this.data = { labels, values, name };
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
    if (this.isConnected) {
      this.connectedCallback();
    }
  }

  draw() {
    const style = getComputedStyle(this);
    const colour = (property, fallback) => style.getPropertyValue(property).trim() || fallback;
    const line = colour('--lumo-primary-color', '#1d8671');
    const grid = colour('--lumo-contrast-10pct', 'rgba(0, 0, 0, 0.1)');
    const text = colour('--lumo-secondary-text-color', '#555');
    this.chart = new Chart(this.shadowRoot.querySelector('canvas'), {
      type: 'line',
      data: {
        labels: this.data.labels,
        datasets: [{
          label: this.data.name,
          data: this.data.values,
          borderColor: line,
          backgroundColor: colour('--lumo-primary-color-10pct', 'rgba(29, 134, 113, 0.1)'),
          pointBackgroundColor: line,
          pointRadius: 2.5,
          borderWidth: 2,
          fill: true,
          spanGaps: false,
        }],
      },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        // Figures are read, not watched: no motion, and nothing moves for people who asked for less of it.
        animation: false,
        interaction: { mode: 'index', intersect: false },
        plugins: { legend: { display: false }, tooltip: { displayColors: false } },
        scales: {
          x: { grid: { display: false }, ticks: { color: text, maxRotation: 0, autoSkipPadding: 8, font: { size: 11 } } },
          y: {
            beginAtZero: true, grid: { color: grid }, border: { display: false },
            ticks: { color: text, maxTicksLimit: 4, precision: 0, font: { size: 11 } },
          },
        },
      },
    });
    this.setAttribute('drawn', '');
  }
}

customElements.define('mentorflow-trend-chart', MentorflowTrendChart);
