// The seat's connection to the classroom server (docs/protocol.md): a hello with the
// seat's code, then the server's messages; moves sent as `act` with a ticket each.
// A dropped connection is opened again by itself, with growing pauses, and the
// server sends the whole table again: nothing is lost. Each table carries only the
// parts that changed since the last one on this socket; `kept` names the others.

const PAUSES = [500, 1000, 2000, 4000, 8000]; // milliseconds before each new try

// The table with the parts it keeps taken from the last one (their objects too, so
// what did not change is not drawn again).
function whole(table, last) {
  const made = { ...table };
  for (const name of table.kept) made[name] = last[name];
  delete made.kept;
  return made;
}

export class Connection {
  // `listen(message)` gets every message from the server; `changed(state)` hears
  // "connecting", "open", "lost" (trying again) and "closed" (refused: no retry).
  constructor({ code, name, role, lang, listen, changed }) {
    this.code = code;
    this.name = name;
    this.lang = lang;
    this.role = role; // "seat", "observer" or "instructor"
    this.listen = listen;
    this.changed = changed;
    this.epoch = "";
    this.seen = 0;
    this.table = null; // the last table on this socket, whole
    this.ticket = 0;
    this.tries = 0;
    this.refused = false;
    this.socket = null;
    this.open();
  }

  open() {
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const socket = new WebSocket(`${scheme}//${location.host}/ws`);
    this.socket = socket;
    this.table = null;
    this.changed(this.tries ? "lost" : "connecting");
    socket.onopen = () => {
      const hello = {
        type: "hello",
        version: 2,
        lang: this.lang,
        code: this.code,
        name: this.name,
        worded: true,
        epoch: this.epoch,
        seen: this.seen,
      };
      if (this.role === "instructor") hello.instructor = true;
      socket.send(JSON.stringify(hello));
    };
    socket.onmessage = (event) => {
      let message;
      try {
        message = JSON.parse(event.data);
      } catch {
        return; // not the server's: ignored
      }
      if (message.type === "welcome") {
        this.epoch = message.epoch;
        this.tries = 0;
        this.changed("open");
      } else if (message.type === "table") {
        this.seen = message.seq;
        message = whole(message, this.table);
        this.table = message;
      } else if (message.type === "error" && message.fatal) {
        this.refused = true;
      }
      this.listen(message);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      if (this.refused) {
        this.changed("closed");
        return;
      }
      const pause = PAUSES[Math.min(this.tries, PAUSES.length - 1)];
      this.tries += 1;
      this.changed("lost");
      this.timer = setTimeout(() => this.open(), pause);
    };
  }

  // A move, as the engine's action text; the answer comes with the same ticket.
  act(action) {
    this.ticket += 1;
    this.send({ type: "act", ticket: this.ticket, action });
    return this.ticket;
  }

  control(command, fields = {}) {
    this.send({ type: "control", command, ...fields });
  }

  send(message) {
    if (this.socket && this.socket.readyState === WebSocket.OPEN) {
      this.socket.send(JSON.stringify(message));
      return true;
    }
    return false;
  }

  close() {
    this.refused = true;
    clearTimeout(this.timer);
    if (this.socket) this.socket.close();
  }
}
