// The debrief as the server words it (game/present/debrief.py): the order and why, the
// turning point, key moments, doctrines in action, scores and secret objectives (now
// revealed), concepts met in play and questions for discussion; and the HTML report to
// download once the server has made it.

import { html } from "./vendor/preact-htm.js";

const EMPHASIS = { b: "strong", i: "em", holds: "strong", fails: "strong" };

function Runs({ runs }) {
  return runs.map(([text, style], i) => {
    const lines = text.split("\n").flatMap((line, n) => (n ? [html`<br />`, line] : [line]));
    const tag = EMPHASIS[style];
    if (!tag) return html`<span key=${i}>${lines}</span>`;
    return tag === "strong"
      ? html`<strong key=${i} class=${style}>${lines}</strong>`
      : html`<em key=${i}>${lines}</em>`;
  });
}

// Paragraphs, the points of a list gathered under the paragraph before them.
function Paragraphs({ paragraphs }) {
  const blocks = [];
  for (const p of paragraphs) {
    const last = blocks[blocks.length - 1];
    if (p.item && last && last.items) last.items.push(p);
    else if (p.item) blocks.push({ items: [p] });
    else blocks.push({ paragraph: p });
  }
  return blocks.map((block, i) =>
    block.items
      ? html`<ul key=${i}>${block.items.map(
          (p, n) => html`<li key=${n}><${Runs} runs=${p.runs} /></li>`,
        )}</ul>`
      : html`<p key=${i}><${Runs} runs=${block.paragraph.runs} /></p>`,
  );
}

export function Debrief({ debrief, back, backLabel }) {
  return html`<article class="debrief card" aria-labelledby="debrief-title">
    <h1 id="debrief-title" tabindex="-1">${debrief.title}</h1>
    <p class="actions">
      ${debrief.report
        ? html`<a class="button primary" href=${debrief.report} download>${debrief.report_label}</a>`
        : null}
      <button type="button" onClick=${back}>${backLabel}</button>
    </p>
    ${debrief.sections.map(
      (s, i) => html`<section key=${i}>
        <h2>${s.title}</h2>
        <${Paragraphs} paragraphs=${s.paragraphs} />
      </section>`,
    )}
  </article>`;
}
