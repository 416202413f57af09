"""AI powers: bots that play a great power from its view and explain every move."""
