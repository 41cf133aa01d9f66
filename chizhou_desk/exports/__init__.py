"""Writers of the office's Excel files (ARCHITECTURE: Outputs), called by the GUI and the CLI:

    exports.layout.check_ready(store, unit, period_key)   what is not ready (no openpyxl import)
    exports.submission.export_submission(...)             a unit's 报送表
    exports.summary.export_summary(...)                   the 汇总表 of all units

openpyxl is imported by exports.xlsx_style only, when a file is written.
"""
