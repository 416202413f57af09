// The browser's seat at a class's game: join with the seat's code and the team's name,
// then the table the server words for the seat, moves sent as the engine's action text.
// A reload or a dropped connection rejoins by itself (the code is kept for this tab
// only, in sessionStorage); the code is never put in the page's address.

import { html, render, useEffect, useRef, useState } from "./vendor/preact-htm.js";
import { Connection } from "./connection.js";
import { Debrief } from "./debrief.js";
import { Chamber } from "./pictures.js";
import { Table } from "./table.js";
import { LANG, LANGUAGES, WORDS, fill } from "./words.js";

// Who this page is for, by its address: a team's seat, the projector (the observers'
// code) or the instructor (the host's password).
const ROLE = { "/watch": "observer", "/teach": "instructor" }[location.pathname] || "seat";
const KEPT = `concert-of-powers.${ROLE}`; // this tab's code and team name
const PALETTE = "concert-of-powers.palette"; // the colours chosen on this device
document.documentElement.lang = LANG;

// The page in another language: the address asks for it, and the page loads again in it
// (a code typed already is kept for this tab).
function Languages() {
  const choose = (event) => {
    const search = new URLSearchParams(location.search);
    search.set("lang", event.currentTarget.value);
    location.search = search.toString();
  };
  return html`<p class="languages">
    <label for="language">${WORDS.language}</label>
    <select id="language" onChange=${choose}>
      ${Object.entries(LANGUAGES).map(
        ([code, name]) => html`<option key=${code} value=${code} lang=${code} selected=${code === LANG}>${name}</option>`,
      )}
    </select>
  </p>`;
}

function kept() {
  try {
    return JSON.parse(sessionStorage.getItem(KEPT) || "null");
  } catch {
    return null;
  }
}

// A code handed over in the address's fragment ('#code=ABCDE-FGHIJ': never sent to the
// server nor kept in its log), taken into the form and out of the address bar.
function codeFromAddress() {
  const found = new URLSearchParams(location.hash.slice(1)).get("code") || "";
  if (location.hash) history.replaceState(null, "", location.pathname + location.search);
  return found;
}

function Join({ join, error, busy }) {
  const [code, setCode] = useState(codeFromAddress);
  const [team, setTeam] = useState("");
  const [missing, setMissing] = useState("");
  const submit = (event) => {
    event.preventDefault();
    if (!code.trim()) {
      setMissing(WORDS.noCode);
      return;
    }
    setMissing("");
    join(code.trim(), ROLE === "seat" ? team.trim() : WORDS.clientName[ROLE]);
  };
  const said = missing || error;
  return html`<form class="join card" onSubmit=${submit} novalidate>
    <h1><img src="emblem.svg" alt="" width="40" height="40" /> ${WORDS.title}</h1>
    <${Languages} />
    <h2>${WORDS.joinHeading[ROLE]}</h2>
    <p>${WORDS.joinHelp[ROLE]}</p>
    <label for="code">${WORDS.code[ROLE]}</label>
    <input id="code" name="code" autocomplete="off" autocapitalize=${ROLE === "instructor" ? "off" : "characters"}
      type=${ROLE === "instructor" ? "password" : "text"}
      spellcheck="false" maxlength="40" value=${code} aria-invalid=${said ? "true" : "false"}
      aria-describedby="join-error" onInput=${(e) => setCode(e.currentTarget.value)} />
    ${ROLE === "seat"
      ? html`<label for="team">${WORDS.team}</label>
          <input id="team" name="team" maxlength="40" value=${team} aria-describedby="team-hint"
            onInput=${(e) => setTeam(e.currentTarget.value)} />
          <p id="team-hint" class="hint">${WORDS.teamHint}</p>`
      : null}
    <p id="join-error" class="error" role="alert">${said}</p>
    <button type="submit" class="primary" disabled=${busy}>
      ${busy ? WORDS.joining : WORDS.join}
    </button>
  </form>`;
}

// The scenario the instructor chose, shown before a team joins (the host's game.json,
// worded by the server): what the class will play, and its bodies as chambers.
function About() {
  const [card, setCard] = useState(null);
  useEffect(() => {
    fetch(`game.${LANG}.json`)
      .then((response) => (response.ok ? response.json() : null))
      .then(setCard)
      .catch(() => setCard(null));
  }, []);
  if (!card) return null;
  const w = card.words;
  return html`<section class="about card" aria-labelledby="about-title">
    <h2 id="about-title">${card.title}</h2>
    ${card.period ? html`<p><b>${w.period}</b> ${card.period}</p>` : null}
    ${card.lesson ? html`<p><b>${w.lesson}</b> ${card.lesson}</p>` : null}
    <h3>${w.chambers}</h3>
    <div class="chambers">
      ${card.chambers.map(
        (c, i) => html`<figure key=${i}>
          <${Chamber} seats=${c.seats} label=${c.seated} />
          <figcaption>${c.name}</figcaption>
        </figure>`,
      )}
    </div>
    <p>${card.summary}</p>
    <p><b>${w.length}</b> ${card.length}</p>
    <p><b>${w.seats}</b> ${card.seats}</p>
    <h3>${w.ends}</h3>
    ${card.ends.map((line, i) => html`<p key=${i}>${line}</p>`)}
  </section>`;
}

function clock(seconds) {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

function Status({ table, status, welcome, link, left }) {
  const parts = [];
  if (link === "lost") parts.push(WORDS.lost);
  if (status && !status.started) parts.push(WORDS.notStarted);
  if (status && status.paused) parts.push(WORDS.paused);
  else if (status && status.thinking.length && table) {
    parts.push(fill(WORDS.thinking, { names: status.thinking.map((n) => table.names[n] || n).join(", ") }));
  } else if (table && table.status) parts.push(table.status);
  if (welcome && welcome.role === "watcher") parts.push(WORDS.watcher);
  if (welcome && welcome.role === "observer") parts.push(WORDS.observer);
  // (the clock apart: a live region that changed every second would talk over the game)
  return html`<p class="status" role="status" aria-live="polite">${parts.join(" · ")}</p>
    ${left !== null ? html`<p class="clock" role="timer">${fill(WORDS.timeLeft, { clock: clock(left) })}</p>` : null}`;
}

function App() {
  const [link, setLink] = useState("idle"); // idle, connecting, open, lost, closed
  const [error, setError] = useState("");
  const [welcome, setWelcome] = useState(null);
  const [table, setTable] = useState(null);
  const [status, setStatus] = useState(null);
  const [over, setOver] = useState(null); // the worded debrief, once the game is over
  const [reading, setReading] = useState(true); // the debrief rather than the table
  const [notice, setNotice] = useState("");
  const [picks, setPicks] = useState({});
  const [pending, setPending] = useState(0); // the ticket of a move awaiting its answer
  const [timer, setTimer] = useState(null); // [seconds left, when told]
  const [panel, setPanel] = useState(null); // the instructor's controls
  const [now, setNow] = useState(Date.now());
  const connection = useRef(null);

  const listen = (message) => {
    switch (message.type) {
      case "welcome":
        setWelcome(message);
        setError("");
        break;
      case "table":
        setTable(message);
        break;
      case "status":
        setStatus(message);
        setTimer(message.timer === null ? null : [message.timer, Date.now()]);
        break;
      case "answer":
        setPending(0);
        setNotice(message.accepted ? "" : fill(WORDS.refusedMove, { reason: message.reason }));
        break;
      case "class":
        setPanel(message);
        break;
      case "worded_debrief":
        setOver(message);
        break;
      case "error":
        if (message.fatal) {
          setError(message.message);
          sessionStorage.removeItem(KEPT);
        } else setNotice(message.message);
        break;
      default:
        break;
    }
  };

  const join = (code, name) => {
    if (connection.current) connection.current.close();
    setError("");
    sessionStorage.setItem(KEPT, JSON.stringify({ code, name }));
    connection.current = new Connection({ code, name, role: ROLE, lang: LANG, listen, changed: setLink });
  };

  useEffect(() => {
    const again = kept();
    if (again) join(again.code, again.name);
    const tick = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(tick);
  }, []);

  useEffect(() => {
    if (link === "closed") setWelcome(null);
    if (link === "open") setPending(0); // a move sent before a drop: its answer is lost
  }, [link]);

  // P ends the seat's part in the phase, as in the window (not while typing).
  useEffect(() => {
    const key = (event) => {
      const typing = ["INPUT", "SELECT", "TEXTAREA"].includes(document.activeElement?.tagName);
      if (event.key.toLowerCase() !== "p" || typing || event.ctrlKey || event.metaKey) return;
      const passing = document.querySelector("button[data-name=pass]:not([disabled])");
      if (passing) passing.click();
    };
    document.addEventListener("keydown", key);
    return () => document.removeEventListener("keydown", key);
  }, []);

  const [blind, setBlind] = useState(() => localStorage.getItem(PALETTE) === "colour-blind");
  useEffect(() => {
    document.body.classList.toggle("colour-blind", blind);
    localStorage.setItem(PALETTE, blind ? "colour-blind" : "standard");
  }, [blind]);

  // The debrief opens at its top, its title focused (a screen reader starts there).
  const showing = Boolean(over && reading);
  useEffect(() => {
    if (!showing) return;
    window.scrollTo(0, 0);
    document.getElementById("debrief-title")?.focus();
  }, [showing]);

  const move = (action) => {
    if (!connection.current || pending) return;
    setNotice("");
    setPending(connection.current.act(action));
  };
  const pick = (key, value) => setPicks((before) => ({ ...before, [key]: value }));
  const steer = (command, options) => {
    if (connection.current) connection.current.control(command, options);
  };
  const leave = () => {
    sessionStorage.removeItem(KEPT);
    if (connection.current) connection.current.close();
    connection.current = null;
    setWelcome(null);
    setTable(null);
    setLink("idle");
  };

  if (!welcome || !table) {
    const busy = link === "connecting" || (link === "open" && !table);
    return html`<${Join} join=${join} error=${error} busy=${busy} /><${About} />`;
  }
  const left = timer === null ? null : timer[0] - (now - timer[1]) / 1000;
  const projector = welcome.role === "observer" || welcome.role === "instructor";
  return html`<div class=${projector ? "seat projector" : "seat"}>
    <header class="topbar">
      <h1 title=${table.words.phase_help}>${table.heading}</h1>
      <p class="you">${table.you}</p>
      <${Status} table=${table} status=${status} welcome=${welcome} link=${link} left=${left} />
      ${over
        ? html`<button type="button" class="primary" onClick=${() => setReading(true)}>
            ${WORDS.over}
          </button>`
        : null}
      <label class="palette">
        <input type="checkbox" checked=${blind} onChange=${(e) => setBlind(e.currentTarget.checked)} />
        ${WORDS.colourBlind}
      </label>
      <button type="button" class="quiet" onClick=${leave}>${WORDS.leave}</button>
    </header>
    ${over && reading
      ? html`<${Debrief} debrief=${over} back=${() => setReading(false)}
          backLabel=${WORDS.backToTable} />`
      : html`<${Table} table=${table} picks=${picks} pick=${pick} move=${move}
          busy=${pending !== 0 || link !== "open"} notice=${notice} panel=${panel}
          steer=${steer} />`}
  </div>`;
}

render(html`<${App} />`, document.getElementById("app"));
