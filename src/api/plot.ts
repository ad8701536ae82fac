/** Self-contained SVG line plots (linear or log axes, dashed fits, markers) for scenarios and the HTML report. */
export { svgPlot, PALETTE, type Series, type PlotSpec, type Marker } from '../report/plot.ts';
