// The few words the page says before the server words the table for it (joining,
// reconnecting), in one place. Everything about the game itself comes worded from
// the server, in the language the seat's connection speaks.

export const WORDS = {
  title: "Concert of Powers",
  joinHeading: "Join the class's game",
  joinHelp:
    "Type the code your instructor gave your team, and your team's name. " +
    "Case, spaces and dashes in the code do not matter.",
  code: "Seat code",
  team: "Team name",
  teamHint: "Shown to the instructor and the other teams",
  join: "Join",
  joining: "Joining…",
  connecting: "Connecting to the host…",
  lost: "The connection dropped: reconnecting…",
  closed: "Disconnected.",
  again: "Try again",
  leave: "Leave this seat",
  notStarted: "The game has not started yet: it begins when the instructor starts it.",
  watcher: "A member of your team moves for it: you see what they see.",
  observer: "The public view of the table.",
  paused: "Paused by the instructor",
  thinking: (names) => `${names} thinking…`,
  timeLeft: (clock) => `${clock} left in this phase`,
  refusedMove: (reason) => `Not allowed: ${reason}`,
  over: "The game is over.",
  colourBlind: "Colour-blind palette",
  noCode: "Type your team's seat code.",
};
