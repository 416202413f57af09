"""The core model's measures: the consequences phase (dynamics), the order's indices, voting
power, and the verdict (docs/model.md)."""
