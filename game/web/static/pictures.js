// The chambers and the order map as SVG, from the plain data the server lays out with
// the window's own code (game/layout): the same seats, the same map. Colours come from
// the style sheet (a doctrine's, a ballot's, a verdict's), so the colour-blind palette
// is a class on the page.

import { html } from "./vendor/preact-htm.js";

// A chamber: a dot a seat on half rings, x from -1 to 1, y from 0 (the floor) up to 1.
// With ballots (a vote's results): a full dot yes, a dot crossed by a white bar no, a
// ring an abstention, an outline a seat that did not vote.
const GREAT = 1;
const VETO = 2;
const AWAY = 4;

// A seat as the server sends it (game/net/worded.py's Dot, compact): x, y, its radius,
// the member's doctrine, its name, its marks and its ballot.
function seatOf([x, y, size, doctrine, name, marks, vote]) {
  return {
    x, y, size, doctrine, name, vote,
    great: Boolean(marks & GREAT), veto: Boolean(marks & VETO), away: Boolean(marks & AWAY),
  };
}

export function Chamber({ seats, label, voted = false }) {
  const dots = seats.map(seatOf).map((seat, i) => {
    const cx = seat.x;
    const cy = 1.02 - seat.y;
    const r = seat.size;
    const title = seat.name ? html`<title>${seat.name}</title>` : null;
    if (seat.away) {
      return html`<circle key=${i} class="seat away" cx=${cx} cy=${cy} r=${r}>${title}</circle>`;
    }
    const marks = [];
    if (voted) {
      const vote = seat.vote || "none";
      marks.push(html`<circle class=${`seat vote-${vote}`} cx=${cx} cy=${cy} r=${r}
        style=${{ "--i": i }} />`);
      if (vote === "no") {
        marks.push(
          html`<rect class="no-bar" x=${cx - r * 0.65} y=${cy - r / 6} width=${r * 1.3}
            height=${r / 3} style=${{ "--i": i }} />`,
        );
      }
    } else {
      marks.push(html`<circle class=${`seat d-${seat.doctrine}`} cx=${cx} cy=${cy} r=${r} />`);
      if (seat.veto) {
        marks.push(html`<circle class="veto" cx=${cx} cy=${cy} r=${r * 1.35} />`);
      }
    }
    if (seat.great) marks.push(html`<circle class="great" cx=${cx} cy=${cy} r=${r} />`);
    return html`<g key=${i}>${title}${marks}</g>`;
  });
  return html`<svg class="chamber" viewBox="-1.12 -0.12 2.24 1.24" role="img"
    aria-label=${label}>${dots}</svg>`;
}

const CORNERS = {
  hegemonic: [-1, 1],
  pluralist: [1, 1],
  bloc: [-1, -1],
  fragmented: [1, -1],
};

// The order map: the four orders in the corners, the circle of transition in the
// middle, and the order's point after each year, joined; the latest large and ringed.
export function OrderMap({ order, label }) {
  const at = ([x, y]) => [x, -y];
  const regions = Object.entries(CORNERS).map(([code, [cx, cy]]) => {
    const x = cx < 0 ? -1 : 0;
    const y = cy > 0 ? -1 : 0;
    const nameX = cx < 0 ? -0.96 : 0.96;
    const nameY = cy > 0 ? -0.86 : 0.94;
    return html`<g key=${code}>
      <rect class=${`region v-${code}`} x=${x} y=${y} width="1" height="1" />
      <text class=${`corner v-${code}`} x=${nameX} y=${nameY}
        text-anchor=${cx < 0 ? "start" : "end"}>${order.corners[code] || code}</text>
    </g>`;
  });
  const points = order.trail.map(([x, y]) => at([x, y]));
  const last = order.trail.length - 1;
  return html`<svg class="order-map" viewBox="-1.02 -1.02 2.04 2.04" role="img"
    aria-label=${label}>
    ${regions}
    <circle class="transition" cx="0" cy="0" r=${order.transition} />
    ${points.length > 1
      ? html`<polyline class="trail" points=${points.map((p) => p.join(",")).join(" ")} />`
      : null}
    ${order.trail.map(([, , shown], i) => {
      const [x, y] = points[i];
      return html`<circle key=${i} class=${`point v-${shown}${i === last ? " latest" : ""}`}
        cx=${x} cy=${y} r=${i === last ? 0.075 : 0.04} />`;
    })}
    <rect class="frame" x="-1" y="-1" width="2" height="2" />
  </svg>`;
}
