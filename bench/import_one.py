"""One import as a whole process, for timing two checkouts against each other, interleaved:

    hyperfine -N -r 10 "python3 bench/import_one.py OLD_CHECKOUT" "python3 bench/import_one.py ."

FILE defaults to bench_core.py's cached 10,000-row table (run bench_core.py once to make it).
Reads the file and imports it into a fresh database; prints nothing.
"""

import sys
import tempfile
from pathlib import Path

checkout = Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
source = sys.argv[2] if len(sys.argv) > 2 else str(
    Path(tempfile.gettempdir()) / "chizhou_desk_bench_v2" / "list_2025_1-5.xlsx")
sys.path.insert(0, str(checkout))

from chizhou_desk.imports import read_file  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402

with tempfile.TemporaryDirectory() as folder:
    table = read_file(source)
    with Store(Path(folder) / "bench.db") as store:
        store.import_table(table)
