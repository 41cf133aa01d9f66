"""chizhou-desk: keep, update, print and submit the key-task responsibility list."""

import time

START = time.perf_counter()  # the first import of the package: --quit-when-ready reports from here

__version__ = "0.1.0"
APP_NAME = "chizhou-desk"
