"""The order map: each round's point lies in the region of the order the verdict shows
(in the central circle while the order is in transition), and the debrief, its report
and the table draw it from the same numbers."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from game.cli import main
from game.debrief.build import from_save
from game.layout.order_map import ORDERS, position, region
from game.report.debrief import charts

ROOT = Path(__file__).resolve().parents[1]
nearness = st.fixed_dictionaries({o: st.floats(0.0, 1.0) for o in ORDERS})


@given(nearness, st.sampled_from([*ORDERS, "transitional"]))
def test_a_point_lies_in_the_region_of_the_order_shown(near: dict[str, float], shown: str) -> None:
    point = position(near, shown)
    assert region(point) == shown
    assert all(-1.0 <= c <= 1.0 for c in point)


def test_a_transitional_order_is_drawn_toward_the_order_it_is_nearest() -> None:
    near = {"hegemonic": 0.9, "pluralist": 0.4, "bloc": 0.3, "fragmented": 0.0}
    x, y = position(near, "transitional")
    assert x < 0 < y  # toward the hegemonic corner, still in the circle
    held = position({**near, "hegemonic": 1.0, "pluralist": 0.2}, "hegemonic")
    loose = position({**near, "hegemonic": 1.0, "pluralist": 0.9}, "hegemonic")
    assert held[0] < loose[0]  # firmer against the others, deeper in its corner


def test_the_debrief_maps_every_round_where_its_verdict_is(tmp_path: Path) -> None:
    save = tmp_path / "game.json"
    world = ROOT / "scenarios" / "liberal-restraint-2025.yaml"
    assert main(["play", "--headless", str(world), "--ai", "heuristic", "--save", str(save)]) == 0
    debrief = from_save(save)
    for record in debrief.rounds:
        assert record.map_point is not None
        assert region(record.map_point) == record.verdict
    drawn = {c.key: c for c in charts(debrief)}
    assert "map" in drawn and drawn["map"].uri.startswith("data:image/png;base64,")
    assert str(debrief.rounds[-1].year) in drawn["map"].alt
