"""The debrief: what a finished game means, as data for the report, the window and the
classroom server."""
