// Chart.js (the npm package, served from its WebJar: decision 0011) is loaded before this file and
// defines the global Chart.
/**
 * <convene-chart config="{…Chart.js configuration…}" summary="text alternative">: draws the
 * chart in its shadow root and redraws it whenever the server changes the configuration.
 */
class ConveneChart extends HTMLElement {
  static get observedAttributes() {
    return ['config', 'summary', 'chart-height'];
  }

  connectedCallback() {
    if (!this.shadowRoot) {
      const root = this.attachShadow({ mode: 'open' });
      this.box = document.createElement('div');
      this.box.style.position = 'relative';
      this.canvas = document.createElement('canvas');
      this.canvas.setAttribute('role', 'img');
      this.box.appendChild(this.canvas);
      root.appendChild(this.box);
    }
    this.draw();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = null;
    }
  }

  attributeChangedCallback() {
    this.draw();
  }

  draw() {
    if (!this.canvas || !this.isConnected) {
      return;
    }
    const text = this.getAttribute('config');
    if (!text) {
      return;
    }
    this.box.style.height = this.getAttribute('chart-height') || '220px';
    const config = JSON.parse(text);
    config.options = Object.assign({ responsive: true, maintainAspectRatio: false, animation: false },
      config.options || {});
    this.canvas.setAttribute('aria-label', this.getAttribute('summary') || 'Chart');
    if (this.chart) {
      this.chart.destroy();
    }
    this.chart = new window.Chart(this.canvas, config);
    this.setAttribute('data-drawn', String(config.data.datasets.reduce((n, d) => n + d.data.length, 0)));
  }
}

if (!customElements.get('convene-chart')) {
  customElements.define('convene-chart', ConveneChart);
}
