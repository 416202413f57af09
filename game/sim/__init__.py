"""Batch runs: many headless games of a scenario, summarised."""
