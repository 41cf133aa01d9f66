"""The `submissions` command of the CLI: 报送情况 of a period (which lead units have submitted)."""

import json
import sys

_HELP = {
    "zh_CN": {"help": "报送情况:各牵头单位是否已报送本期进展",
              "description": "列出本期每个牵头单位的报送情况:是否已报送、时间、文件(及次数)、已填报/任务数、"
                             "未达预期缺原因的项数、逾期天数,以及从报送表中读到的联络员和电话。",
              "period": "期间: 2025-05、1-5月、上半年", "json": "以 JSON 输出",
              "missing": "只列出未报送的单位(催报名单)", "output": "同时导出为 .xlsx"},
    "en": {"help": "submissions: which lead units have reported for the period",
           "description": "Per lead unit of the period: submitted or not, when, which file (and how "
                          "many), tasks reported/total, 未达预期 without a reason, days past the due date, "
                          "and the liaison and phone found in the unit's files.",
           "period": "period: 2025-05, 1-5月, 上半年", "json": "print JSON",
           "missing": "only the units still missing (the 催报 list)", "output": "also write it as .xlsx"},
}


def add_submissions_parser(sub, common) -> None:
    lang = getattr(common, "lang", "zh_CN")
    t = _HELP.get(lang, _HELP["zh_CN"])
    s = sub.add_parser("submissions", parents=[common], help=t["help"], description=t["description"])
    s.add_argument("--period", required=True, metavar="KEY", help=t["period"])
    s.add_argument("--json", action="store_true", help=t["json"])
    s.add_argument("--missing", action="store_true", help=t["missing"])
    s.add_argument("-o", "--output", metavar="FILE.xlsx", help=t["output"])


def cmd_submissions(args) -> int:
    from chizhou_desk import periods as P
    from chizhou_desk import office
    from chizhou_desk.cli import _period, _store

    with _store(args) as store:
        key = _period(store, args.period)
        status = office.submission_status(store, key)
    if args.output:
        office.export_status_xlsx(status, args.output, f"{P.long_label(key)}重点工作报送情况")
        print(f"{args.output}: {len(status)} 个单位", file=sys.stderr)
    if args.missing:
        if args.json:
            json.dump([s.as_json() for s in office.missing(status)], sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            print(office.chase_text(status, P.label(key)))
        return 0
    if args.json:
        json.dump([s.as_json() for s in status], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    for s in status:
        when = (s.submitted_at or "").replace("T", " ")[:16]
        state = f"已报送 {when}" + (f"(共 {s.times} 次)" if s.times > 1 else "") if s.submitted else "未报送"
        extra = []
        if s.behind_without_reason:
            extra.append(f"未达预期缺原因 {s.behind_without_reason} 项")
        if s.days_late:
            extra.append(f"逾期 {s.days_late} 天")
        print("\t".join((s.unit, state, f"{s.reported}/{s.total}", "、".join(extra))).rstrip())
    done = sum(s.submitted for s in status)
    print(f"共 {len(status)} 个牵头单位:已报送 {done} 个,未报送 {len(status) - done} 个")
    return 0
