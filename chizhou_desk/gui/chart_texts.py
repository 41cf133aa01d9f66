"""The charts' words (charts.TEXTS) in the window's language: the chart pane passes them to the
builders, which live in core and know no Qt. Literal calls, so lupdate finds every text; a test
checks that the Chinese here is charts.TEXTS word for word."""

from PySide6.QtCore import QCoreApplication

from chizhou_desk.gui.period_texts import month_texts

translate = QCoreApplication.translate


def chart_texts() -> dict[str, str]:
    return {
        "status_title": translate("ChartPane", "{0}工作评价统计({1})"),
        "status_axis": translate("ChartPane", "工作评价"),
        "tasks_axis": translate("ChartPane", "任务数(项)"),
        "all_units": translate("ChartPane", "全部单位"),
        "no_unit": translate("ChartPane", "未明确单位"),
        "other_units": translate("ChartPane", "其他{0}个单位"),
        "by_unit_title": translate("ChartPane", "{0}各单位工作评价(按问题多少排序)"),
        "over_periods_title": translate("ChartPane", "{0}年各期工作评价({1})"),
        "period_axis": translate("ChartPane", "期间"),
        "lights_title": translate("ChartPane", "{0}红黄绿灯({1})"),
        "green": translate("ChartPane", "绿灯"),
        "yellow": translate("ChartPane", "黄灯"),
        "red": translate("ChartPane", "红灯"),
        "no_light": translate("ChartPane", "未评定"),
        "unfilled": translate("ChartPane", "未填"),
        "no_indicator": translate("ChartPane", "没有带数值目标的任务"),
        "target": translate("ChartPane", "目标值 {0}"),
        "sequential_target": translate("ChartPane", "序时目标"),
        "actual": translate("ChartPane", "实际值"),
        "no_value": translate("ChartPane", "尚未填报指标值"),
        "indicator_title": translate("ChartPane", "第{0}项指标：{1}"),
        "value_axis": translate("ChartPane", "指标值"),
        "value_axis_unit": translate("ChartPane", "指标值({0})"),
        "table_title": translate("ChartPane", "{0}各单位工作评价统计表"),
        "lead_unit": translate("ChartPane", "牵头单位"),
        "total": translate("ChartPane", "合计"),
        "total_by_task": translate("ChartPane", "合计(按任务)"),
        "table_note": translate("ChartPane", "底色：该格任务中最严重的灯(红、黄、绿)；单位按未达预期和滞后的项数排序；"
                                             "联合牵头的任务在每个牵头单位各计一次，合计按任务计。"),
        **{f"months_{m}": text for m, text in month_texts().items()},  # Jan–May: the window's period names
        "long_period": translate("ChartPane", "{0}年{1}"),
    }
