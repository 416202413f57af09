"""Speed measurements, run by hand: `python -m bench`. Never part of the test suite."""
