"""Work around PySide6 6.12 on Python < 3.12: every Qt method returning void drops a reference to
None (some drop True/False), so after a few thousand calls (QPainter.save, QColor.setRed …) the
interpreter aborts with "Fatal Python error: none_dealloc". Python 3.12 made these singletons
immortal; on 3.11 we do the same by hand, once, before Qt is used.
"""

import ctypes
import sys

_LOTS = 1 << 40  # far more calls than a process can make


def immortalise_singletons() -> bool:
    """Raise the reference counts of None, True and False out of reach. True when applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    for obj in (None, True, False, NotImplemented, Ellipsis):
        refcnt = ctypes.c_ssize_t.from_address(id(obj))  # ob_refcnt is the first field
        if refcnt.value < _LOTS // 2:
            refcnt.value += _LOTS
    return True
