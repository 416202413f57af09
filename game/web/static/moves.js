// What the seat may do now: the server's tree of moves (game/present/moves.py), laid
// out as the window lays it out: words to read, a move's button, buttons side by side,
// a menu whose choice decides what shows under it, a line to type a new body's name.
// What is picked and typed is kept by key across new tables, as in the window.

import { html } from "./vendor/preact-htm.js";

function Item({ item, picks, pick, move, busy }) {
  switch (item.kind) {
    case "words":
      return html`<p class=${`words ${item.style}`} title=${item.tip || null}>${item.text}</p>`;
    case "move":
      return html`<${MoveButton} item=${item} picks=${picks} move=${move} busy=${busy} />`;
    case "row":
      return html`<div class="row">
        ${item.moves.map(
          (m) => html`<${MoveButton} key=${m.name} item=${m} picks=${picks} move=${move}
            busy=${busy} />`,
        )}
      </div>`;
    case "menu":
      return html`<${Menu} item=${item} picks=${picks} pick=${pick} move=${move} busy=${busy} />`;
    case "entry":
      return html`<label class="entry">
        <span class="visually-hidden">${item.placeholder}</span>
        <input type="text" maxlength=${item.limit} placeholder=${item.placeholder}
          value=${picks[item.key] || ""}
          onInput=${(e) => pick(item.key, e.currentTarget.value)} />
      </label>`;
    default:
      return null;
  }
}

function MoveButton({ item, picks, move, busy }) {
  const press = () => {
    let action = item.action;
    if (item.entry) {
      const name = (picks[item.entry] || "").trim().split(/\s+/).join(" ");
      if (name) action = `${action} named ${name}`;
    }
    move(action);
  };
  return html`<button type="button" class=${item.primary ? "primary" : ""} data-name=${item.name}
    title=${item.tip || null} disabled=${busy} onClick=${press}>${item.text}</button>`;
}

function Menu({ item, picks, pick, move, busy }) {
  const texts = item.choices.map((c) => c.text);
  const chosenText = texts.includes(picks[item.key]) ? picks[item.key] : texts[0];
  const chosen = item.choices.find((c) => c.text === chosenText);
  const id = `pick-${item.key}`;
  return html`<div class="menu">
    <label for=${id}>${item.label}</label>
    <select id=${id} value=${chosenText} onChange=${(e) => pick(item.key, e.currentTarget.value)}>
      ${texts.map((t) => html`<option key=${t} value=${t}>${t}</option>`)}
    </select>
    ${chosen
      ? chosen.items.map(
          (inner, i) => html`<${Item} key=${i} item=${inner} picks=${picks} pick=${pick}
            move=${move} busy=${busy} />`,
        )
      : null}
  </div>`;
}

export function Moves({ steps, picks, pick, move, busy }) {
  return steps.map(
    (step, n) => html`<div class="step" key=${n}>
      ${step.map(
        (item, i) => html`<${Item} key=${i} item=${item} picks=${picks} pick=${pick} move=${move}
          busy=${busy} />`,
      )}
    </div>`,
  );
}
