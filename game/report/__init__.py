"""Self-contained HTML reports (the debrief, class experiments) with charts drawn by
matplotlib and embedded, so a report reads offline, prints, and can be mailed as one file."""
