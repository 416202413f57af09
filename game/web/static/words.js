// The few words the page says before the server words the table for it (joining,
// reconnecting, the clock), fetched from the host in the page's language: the one the
// address asks for (?lang=de), else the browser's, else the host's. Everything about the
// game itself comes worded from the server, in the language the connection asks for.

function asked() {
  const fromAddress = new URLSearchParams(location.search).get("lang");
  const wanted = [fromAddress, ...(navigator.languages || [navigator.language])];
  return wanted.filter(Boolean).map((code) => code.toLowerCase().split(/[-_]/)[0]);
}

async function load() {
  for (const code of asked()) {
    const response = await fetch(`words.${code}.json`);
    if (response.ok) return response.json();
  }
  const response = await fetch("words.json"); // the host's own language
  if (!response.ok) throw new Error(`words.json: ${response.status}`);
  return response.json();
}

const PAGE = await load();

export const LANG = PAGE.lang; // the language the page speaks, as the game names it
export const LANGUAGES = PAGE.languages; // every one it may switch to, by its own name
export const WORDS = { title: PAGE.title, ...PAGE.words };

// A message's {placeholders} filled in: fill(WORDS.timeLeft, { clock: "1:30" }).
export function fill(message, values) {
  return message.replace(/\{(\w+)(?::[^{}]*)?\}/g, (whole, name) => (name in values ? values[name] : whole));
}
