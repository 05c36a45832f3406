// Draws build time against the number of questions as a standalone SVG: one line per series,
// min–max whiskers at each point, and the fitted straight line dashed.
import { escapeHtml } from "../../../src/shared/escape-html.ts";

export interface Series {
  name: string;
  color: string;
  /** x: questions; y, min, max: seconds. */
  points: { x: number; y: number; min: number; max: number }[];
}

export interface Line {
  name: string;
  intercept: number;
  slope: number;
}

const width = 720;
const height = 420;
const margin = { top: 40, right: 200, bottom: 50, left: 60 };

/** The smallest round step that reaches `max` in at most six ticks. */
function tickStep(max: number): number {
  const power = 10 ** Math.floor(Math.log10(max / 6));
  return ([1, 2, 2.5, 5, 10].find((m) => Math.ceil(max / (m * power)) <= 6) ?? 10) * power;
}

export function chartSvg(title: string, series: Series[], fit?: Line): string {
  const points = series.flatMap((s) => s.points);
  const maxX = Math.max(1, ...points.map((p) => p.x));
  const xStep = tickStep(maxX);
  const xEnd = Math.ceil(maxX / xStep) * xStep;
  const fitEnd = fit ? fit.intercept + fit.slope * xEnd : 0;
  const maxY = Math.max(0.001, fitEnd, ...points.map((p) => p.max));
  const yStep = tickStep(maxY);
  const yEnd = Math.ceil(maxY / yStep) * yStep;
  const plotW = width - margin.left - margin.right;
  const plotH = height - margin.top - margin.bottom;
  const sx = (x: number) => (margin.left + (x / xEnd) * plotW).toFixed(1);
  const sy = (y: number) => (margin.top + plotH - (y / yEnd) * plotH).toFixed(1);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<title>${escapeHtml(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${margin.left}" y="24" font-size="15" font-weight="bold">${escapeHtml(title)}</text>`,
  ];
  for (let y = 0; y <= yEnd + 1e-9; y += yStep) {
    out.push(
      `<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${sy(y)}" y2="${sy(y)}" stroke="#ddd"/>`,
      `<text x="${margin.left - 8}" y="${sy(y)}" text-anchor="end" dominant-baseline="middle">${Number(y.toFixed(3))} s</text>`,
    );
  }
  for (let x = 0; x <= xEnd + 1e-9; x += xStep) {
    out.push(
      `<line x1="${sx(x)}" x2="${sx(x)}" y1="${margin.top + plotH}" y2="${margin.top + plotH + 5}" stroke="#333"/>`,
      `<text x="${sx(x)}" y="${margin.top + plotH + 18}" text-anchor="middle">${x.toLocaleString("en")}</text>`,
    );
  }
  out.push(
    `<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${margin.top + plotH}" y2="${margin.top + plotH}" stroke="#333"/>`,
    `<text x="${margin.left + plotW / 2}" y="${height - 10}" text-anchor="middle">questions</text>`,
  );
  if (fit) {
    out.push(
      `<line x1="${sx(0)}" y1="${sy(Math.max(0, fit.intercept))}" x2="${sx(xEnd)}" y2="${sy(fit.intercept + fit.slope * xEnd)}" stroke="#555" stroke-dasharray="6 4"/>`,
    );
  }
  const legend = [...series.map((s) => ({ name: s.name, color: s.color, dash: "" }))];
  if (fit) legend.push({ name: fit.name, color: "#555", dash: ' stroke-dasharray="6 4"' });
  series.forEach((s) => {
    const path = s.points.map((p, i) => `${i === 0 ? "M" : "L"}${sx(p.x)} ${sy(p.y)}`).join(" ");
    out.push(`<path d="${path}" fill="none" stroke="${s.color}" stroke-width="2"/>`);
    for (const p of s.points) {
      out.push(
        `<line x1="${sx(p.x)}" x2="${sx(p.x)}" y1="${sy(p.min)}" y2="${sy(p.max)}" stroke="${s.color}"/>`,
        `<circle cx="${sx(p.x)}" cy="${sy(p.y)}" r="3.5" fill="${s.color}"/>`,
      );
    }
  });
  legend.forEach((item, i) => {
    const y = margin.top + 10 + i * 20;
    const x = width - margin.right + 16;
    out.push(
      `<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="${item.color}" stroke-width="2"${item.dash}/>`,
      `<text x="${x + 30}" y="${y}" dominant-baseline="middle">${escapeHtml(item.name)}</text>`,
    );
  });
  out.push("</svg>");
  return `${out.join("\n")}\n`;
}
