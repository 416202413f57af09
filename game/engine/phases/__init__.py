"""The round's automatic phases: what runs as each begins or ends."""
