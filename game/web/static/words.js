// The few words the page says before the server words the table for it (joining,
// reconnecting), in one place. Everything about the game itself comes worded from
// the server, in the language the seat's connection speaks.

export const WORDS = {
  title: "Concert of Powers",
  joinHeading: {
    seat: "Join the class's game",
    observer: "The class's table, for the projector",
    instructor: "The instructor's controls",
  },
  joinHelp: {
    seat:
      "Type the code your instructor gave your team, and your team's name. " +
      "Case, spaces and dashes in the code do not matter.",
    observer:
      "Type the observers' code from the instructor's screen: this page shows the public " +
      "table, large, with the votes as they come in.",
    instructor:
      "Type the password the game was hosted with (--password): this page runs the class " +
      "as the instructor's window does.",
  },
  code: { seat: "Seat code", observer: "Observers' code", instructor: "Password" },
  clientName: { observer: "projector", instructor: "instructor" },
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
  over: "The game is over: the debrief",
  backToTable: "Back to the table",
  colourBlind: "Colour-blind palette",
  noCode: "Type your team's seat code.",
};
