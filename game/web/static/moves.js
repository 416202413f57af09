// What the seat may do now: the server's tree of moves (game/present/moves.py), laid
// out as the window lays it out: words to read, a move's button, buttons side by side,
// a menu whose choice decides what shows under it, a line to type a new body's name;
// for the instructor, the class's controls (game/present/classroom.py) the same way.
// What is picked and typed is kept by key across new tables, as in the window.
//
// `ctx`: { picks, pick(key, value), move(action), steer(command, options), busy }.

import { html } from "./vendor/preact-htm.js";

// A choice longer than a narrow menu shows is written out in full under it.
const LONG = 32;

function Item({ item, ctx }) {
  switch (item.kind) {
    case "words":
      return html`<p class=${`words ${item.style}`} title=${item.tip || null}>${item.text}</p>`;
    case "move":
      return html`<${MoveButton} item=${item} ctx=${ctx} />`;
    case "row":
      return html`<div class="row">
        ${item.moves.map((m) => html`<${MoveButton} key=${m.name} item=${m} ctx=${ctx} />`)}
      </div>`;
    case "menu":
      return html`<${Menu} item=${item} ctx=${ctx} />`;
    case "entry":
      return html`<label class="entry">
        <span class="visually-hidden">${item.placeholder}</span>
        <input type="text" maxlength=${item.limit} placeholder=${item.placeholder}
          value=${ctx.picks[item.key] || ""}
          onInput=${(e) => ctx.pick(item.key, e.currentTarget.value)} />
      </label>`;
    case "command":
      return html`<button type="button" class=${item.primary ? "primary" : ""}
        data-name=${`class-${item.command}`} disabled=${!item.enabled || ctx.busy}
        onClick=${() => ctx.steer(item.command, item.options)}>${item.text}</button>`;
    default:
      return null;
  }
}

function MoveButton({ item, ctx }) {
  const press = () => {
    let action = item.action;
    if (item.entry) {
      const name = (ctx.picks[item.entry] || "").trim().split(/\s+/).join(" ");
      if (name) action = `${action} named ${name}`;
    }
    ctx.move(action);
  };
  return html`<button type="button" class=${item.primary ? "primary" : ""} data-name=${item.name}
    title=${item.tip || null} disabled=${ctx.busy} onClick=${press}>${item.text}</button>`;
}

function Menu({ item, ctx }) {
  const texts = item.choices.map((c) => c.text);
  const chosenText = texts.includes(ctx.picks[item.key]) ? ctx.picks[item.key] : texts[0];
  const chosen = item.choices.find((c) => c.text === chosenText);
  const id = `pick-${item.key}`;
  return html`<div class="menu">
    <label for=${id}>${item.label}</label>
    <select id=${id} value=${chosenText}
      onChange=${(e) => ctx.pick(item.key, e.currentTarget.value)}>
      ${texts.map((t) => html`<option key=${t} value=${t}>${t}</option>`)}
    </select>
    ${chosenText && chosenText.length > LONG ? html`<p class="chosen">${chosenText}</p>` : null}
    ${chosen ? chosen.items.map((inner, i) => html`<${Item} key=${i} item=${inner} ctx=${ctx} />`) : null}
  </div>`;
}

// The seat's moves, a step (an offer, a motion, a ballot) a block.
export function Moves({ steps, ctx }) {
  return steps.map(
    (step, n) => html`<div class="step" key=${n}>
      ${step.map((item, i) => html`<${Item} key=${i} item=${item} ctx=${ctx} />`)}
    </div>`,
  );
}

// The instructor's controls, one after the other.
export function Controls({ items, ctx }) {
  return html`<div class="controls">
    ${items.map((item, i) => html`<${Item} key=${i} item=${item} ctx=${ctx} />`)}
  </div>`;
}
