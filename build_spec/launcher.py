"""Entry point of the frozen app (build_spec/chizhou_desk.spec); the source tree uses __main__.py."""

import os
import sys

# A windowed Windows exe has no stdout/stderr: print() and warnings would raise on None.
for _name in ("stdout", "stderr"):
    if getattr(sys, _name) is None:
        setattr(sys, _name, open(os.devnull, "w", encoding="utf-8"))

from chizhou_desk.cli import main  # noqa: E402

sys.exit(main())
