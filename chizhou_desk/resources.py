"""The one place that knows where resources/ lives, source tree or frozen build."""

import sys
from pathlib import Path


def resource_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resource_root().joinpath(*parts)


SAMPLE_REPORT = ("sample", "chizhou_2025_1-5.txt")
