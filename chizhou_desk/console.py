"""Output that never fails on the console's code page.

On Windows, Python writes a redirected stdout (a file, a pipe, another program) in the ANSI code
page: cp936 on a Chinese PC, cp1252 on a Western one, where printing a task list raised
UnicodeEncodeError halfway through. The CLI replaces what the encoding cannot hold (`?`) instead;
an interactive console is written in UTF-16 by Python anyway.
"""

import sys
from typing import TextIO

# error handlers that never raise on output; "strict" and "surrogateescape" (what Python picks
# when the C runtime's locale is "C", as under Wine) raise on Chinese in cp1252
NEVER_RAISE = {"replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "ignore"}


def never_fail_on_output(*streams: TextIO | None) -> None:
    """Make the given text streams (default: sys.stdout and sys.stderr) replace unencodable
    characters instead of raising; streams that already do, or cannot be reconfigured, stay."""
    for stream in streams or (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", None) not in NEVER_RAISE:
            reconfigure(errors="replace")
