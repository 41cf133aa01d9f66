"""chizhou-desk: keep, update, print and submit the key-task responsibility list."""

__version__ = "0.1.0"
APP_NAME = "chizhou-desk"
