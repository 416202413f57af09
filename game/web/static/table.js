// The seat's table as the server words it (game/net/worded.py): the great powers, the
// seat's aims, the institutions as chambers, what happened (or in its place the vote's
// results or the year in review, until set aside), the world order and its map, and
// the moves. Every name a person typed arrives as text and is shown as text.

import { html, useState } from "./vendor/preact-htm.js";
import { Controls, Moves } from "./moves.js";
import { Chamber, OrderMap } from "./pictures.js";

function Card({ name, title, help, children, className = "" }) {
  return html`<section class=${`card ${className}`} aria-labelledby=${`${name}-title`}>
    <h2 id=${`${name}-title`} title=${help || null}>${title}</h2>
    ${children}
  </section>`;
}

function Bar({ weights }) {
  const names = ["liberal", "transformative", "mercantilist", "sovereign"];
  return html`<div class="bar" aria-hidden="true">
    ${weights.map((w, i) =>
      w > 0 ? html`<span class=${`d-${names[i] || "other"}`} style=${{ flexGrow: w }}></span>` : null,
    )}
  </div>`;
}

function Powers({ table }) {
  return html`<${Card} name="powers" title=${table.words.powers} help=${table.words.powers_help}>
    ${table.powers.map((row) =>
      row.bar.length
        ? html`<${Bar} key=${row.key} weights=${row.bar} />`
        : html`<p key=${row.key} class=${row.style || "name"} title=${row.tip || null}>
            ${row.text}
          </p>`,
    )}
  </${Card}>`;
}

function Aims({ table }) {
  if (!table.aims.length && !table.briefing) return null;
  return html`<${Card} name="aims" title=${table.words.aims} help=${table.words.aims_help}>
    <ul>${table.aims.map((aim, i) => html`<li key=${i}>${aim}</li>`)}</ul>
    ${table.briefing ? html`<p class="briefing">${table.briefing}</p>` : null}
  </${Card}>`;
}

function Bodies({ table }) {
  return html`<${Card} name="bodies" title=${table.words.bodies} help=${table.words.chamber_help}
    className="bodies">
    ${table.bodies.map(
      (body) => html`<article class="institution" key=${body.id}>
        <div class="body-words">
          <h3 class=${body.member ? "member" : ""}>${body.title}</h3>
          ${body.lines.map((line, i) => html`<p key=${i}>${line}</p>`)}
        </div>
        <${Chamber} seats=${body.seats} label=${body.seated} />
      </article>`,
    )}
  </${Card}>`;
}

function Happened({ table }) {
  const lines = table.happened.length ? table.happened : [table.words.nothing];
  return html`<${Card} name="happened" title=${table.words.happened}
    help=${table.words.happened_help} className="happened">
    <ol class="log">${lines.map((line, i) => html`<li key=${table.happened_count - i}>${line}</li>`)}</ol>
  </${Card}>`;
}

function Results({ table, done }) {
  const [, outcomes] = table.results;
  return html`<${Card} name="results" title=${table.words.results}
    help=${table.words.results_help} className="results">
    ${outcomes.map(
      (o, i) => html`<div class="outcome" key=${i}>
        <${Chamber} seats=${o.seats} voted=${true} label=${table.words.vote_seats_help} />
        <div>
          <p class="body-text">${o.text}</p>
          <${Tally} tally=${o.tally} outcome=${o.outcome} />
          <p>${o.summary}</p>
        </div>
      </div>`,
    )}
    <button type="button" class="primary" data-name="results-ok" onClick=${done}>
      ${table.words.back}
    </button>
  </${Card}>`;
}

function Tally({ tally, outcome }) {
  const [yes, no, abstain] = tally;
  const total = yes + no + abstain || 1;
  return html`<div class=${`tally ${outcome}`} aria-hidden="true">
    <span class="vote-yes" style=${{ width: `${(100 * yes) / total}%` }}></span>
    <span class="vote-abstain" style=${{ width: `${(100 * abstain) / total}%` }}></span>
    <span class="vote-no" style=${{ width: `${(100 * no) / total}%` }}></span>
  </div>`;
}

function Review({ table, done }) {
  const [, lines] = table.review;
  return html`<${Card} name="review" title=${table.review_title} help=${table.words.review_help}
    className="review">
    <ul>${(lines.length ? lines : [table.words.nothing_changed]).map(
      (line, i) => html`<li key=${i}>${line}</li>`,
    )}</ul>
    <button type="button" class="primary" data-name="review-ok" onClick=${done}>
      ${table.words.back}
    </button>
  </${Card}>`;
}

function Order({ table }) {
  const order = table.order;
  return html`<${Card} name="order" title=${table.words.order} help=${table.words.order_help}
    className="order">
    <div class="order-body">
      <${OrderMap} order=${order} label=${table.words.map_help} />
      <div>
        <p class=${`verdict v-${order.colour}`}><strong>${order.shown}</strong></p>
        ${order.reasons.length
          ? html`<ul class="reasons">${order.reasons.map(
              (r, i) => html`<li key=${i}><strong class=${r.holds ? "holds" : "fails"}>${r.mark}</strong>
                ${" "}${r.text}</li>`,
            )}</ul>`
          : html`<p>${table.words.not_judged}</p>`}
        ${order.tipping
          ? html`<p><em>${table.words.tipping}</em> ${order.tipping}</p>`
          : null}
      </div>
    </div>
  </${Card}>`;
}

// The card under the chambers: the vote's results, then the year in review, each until
// set aside (by round: a new vote or year shows again), else what happened.
function Under({ table, seen, setSeen }) {
  if (table.results && seen.results !== table.results[0]) {
    return html`<${Results} table=${table}
      done=${() => setSeen({ ...seen, results: table.results[0] })} />`;
  }
  if (table.review && seen.review !== table.review[0]) {
    return html`<${Review} table=${table}
      done=${() => setSeen({ ...seen, review: table.review[0] })} />`;
  }
  return html`<${Happened} table=${table} />`;
}

export function Table({ table, picks, pick, move, busy, notice, panel, steer }) {
  const [seen, setSeen] = useState({ results: null, review: null });
  const acting = table.moves.length > 0;
  const ctx = { picks, pick, move, steer, busy };
  return html`<div class="table">
    <div class="side">
      <${Powers} table=${table} />
      <${Aims} table=${table} />
    </div>
    <div class="middle">
      <${Bodies} table=${table} />
      <${Under} table=${table} seen=${seen} setSeen=${setSeen} />
    </div>
    <div class="side">
      ${panel
        ? html`<${Card} name="class" title=${panel.title} className="class">
            ${notice ? html`<p class="notice" role="alert">${notice}</p>` : null}
            <${Controls} items=${panel.items} ctx=${ctx} />
          </${Card}>`
        : html`<${Card} name="moves" title=${acting ? table.words.moves : table.words.waiting}
            help=${table.words.phase_help} className="moves">
            ${notice ? html`<p class="notice" role="alert">${notice}</p>` : null}
            <${Moves} steps=${table.moves} ctx=${ctx} />
          </${Card}>`}
      <${Order} table=${table} />
    </div>
  </div>`;
}
