"""The player's settings, kept between sessions (a pydantic model in a JSON file)."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from game.support import paths
from game.support.files import write_atomic

SIZES = ((1280, 720), (1600, 900), (1920, 1080))
DESIGN = SIZES[0]  # the table is laid out for this many pixels at scale 1


class Settings(BaseModel):
    model_config = ConfigDict(extra="ignore")

    width: int = Field(1280, ge=960, le=7680)
    height: int = Field(720, ge=540, le=4320)
    fullscreen: bool = False
    scale: float = Field(1.0, ge=0.75, le=2.0, description="UI scale (a projector: 1.25-1.5)")
    palette: Literal["standard", "colour-blind"] = "standard"
    sound: bool = True
    animation: Literal["off", "fast", "normal"] = "normal"
    language: str | None = Field(
        None, max_length=16, description="The game's language ('es'); none: the system's"
    )

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """The saved settings, or the defaults if there are none or they cannot be read."""
        try:
            return cls.model_validate_json((path or paths.settings()).read_text("utf-8"))
        except (OSError, ValidationError, ValueError):
            return cls()

    def save(self, path: Path | None = None) -> None:
        target = path or paths.settings()
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(target, self.model_dump_json(indent=1) + "\n")


def largest_scale(size: tuple[int, int]) -> float:
    """The largest UI scale at which a window of `size` still holds the table as it is
    laid out (1280 x 720 at scale 1), to a twentieth: 1.0 for 1280 x 720, 1.25 for
    1600 x 900, 1.5 for 1920 x 1080."""
    fits = min(size[0] / DESIGN[0], size[1] / DESIGN[1])
    return max(0.75, int(fits * 20 + 1e-9) / 20)


def fitted(settings: Settings, size: tuple[int, int]) -> Settings:
    """The settings the window uses: the scale chosen, or the largest its size holds if
    that is smaller (text larger than the window holds would clip and overlap; a larger
    window or a projector's full screen shows the scale chosen)."""
    scale = min(settings.scale, largest_scale(size))
    return settings if scale == settings.scale else settings.model_copy(update={"scale": scale})
