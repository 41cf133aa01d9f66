"""The `submissions` command of the CLI: 报送情况 of a period (which lead units have submitted),
and the office's verdict on a unit's submission (--accept, --return, --feedback)."""

import json
import sys

_HELP = {
    "zh_CN": {"help": "报送情况：各牵头单位是否已报送本期进展",
              "description": "列出本期每个牵头单位的报送情况：是否已报送、时间、文件(及次数)、已填报/任务数、"
                             "未达预期缺原因的项数、逾期天数，以及从报送表中读到的联络员和电话。",
              "period": "期间：2025-05、1-5月、上半年", "json": "以 JSON 输出",
              "missing": "只列出须催报的单位(未报送的，和被退回尚未重报的)",
 "output": "同时导出为 .xlsx",
              "accept": "采纳该单位本期最新的报送表", "return": "退回该单位本期最新的报送表(须 --reason)",
              "reason": "退回原因(或采纳时的备注)", "task": "退回意见针对的任务序号(不写则针对整份报送表)",
              "feedback": "导出该单位的审核意见单(退回单)到 -o 指定的 .xlsx，交联络员导入"},
    "en": {"help": "submissions: which lead units have reported for the period",
           "description": "Per lead unit of the period: submitted or not, when, which file (and how "
                          "many), tasks reported/total, 未达预期 without a reason, days past the due date, "
                          "and the liaison and phone found in the unit's files.",
           "period": "period: 2025-05, 1-5月, 上半年", "json": "print JSON",
           "missing": "only the units to chase (no file yet, or returned and not sent again)",
           "output": "also write it as .xlsx",
           "accept": "accept the unit's latest submission for the period",
           "return": "return the unit's latest submission (needs --reason)",
           "reason": "why it is returned (or a remark on acceptance)",
           "task": "the task number the reason is about (default: the whole submission)",
           "feedback": "write the unit's feedback file (退回单) to -o FILE.xlsx for its liaison to import"},
}


def add_submissions_parser(sub, common) -> None:
    lang = getattr(common, "lang", "zh_CN")
    t = _HELP.get(lang, _HELP["zh_CN"])
    s = sub.add_parser("submissions", parents=[common], help=t["help"], description=t["description"])
    s.add_argument("--period", required=True, metavar="KEY", help=t["period"])
    s.add_argument("--json", action="store_true", help=t["json"])
    s.add_argument("--missing", action="store_true", help=t["missing"])
    s.add_argument("-o", "--output", metavar="FILE.xlsx", help=t["output"])
    verdict = s.add_mutually_exclusive_group()
    verdict.add_argument("--accept", metavar="U", help=t["accept"])
    verdict.add_argument("--return", dest="return_unit", metavar="U", help=t["return"])
    verdict.add_argument("--feedback", metavar="U", help=t["feedback"])
    s.add_argument("--reason", metavar="TEXT", default="", help=t["reason"])
    s.add_argument("--task", metavar="NO", help=t["task"])


def cmd_submissions(args) -> int:
    from chizhou_desk import office
    from chizhou_desk import periods as P
    from chizhou_desk.cli_common import open_db, period_of
    from chizhou_desk.errors import InputError

    if args.task and not args.return_unit:
        raise InputError("--task 只能与 --return 一起使用")
    if args.feedback and not args.output:
        raise InputError("--feedback 须用 -o 指定审核意见单的文件名(.xlsx)")
    with open_db(args) as store:
        key = period_of(store, args.period)
        assert key is not None  # --period is required
        if args.accept or args.return_unit or args.feedback:
            return _verdict(args, store, key)
        status = office.submission_status(store, key)
    if args.output:
        office.export_status_xlsx(status, args.output, f"{P.long_label(key)}重点工作报送情况")
        print(f"{args.output}: {len(status)} 个单位", file=sys.stderr)
    if args.missing:
        if args.json:
            json.dump([s.as_json() for s in office.to_chase(status)], sys.stdout, ensure_ascii=False, indent=1)
            print()
        else:
            print(office.chase_text(status, P.label(key)))
        return 0
    if args.json:
        json.dump([s.as_json() for s in status], sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    _print_table(status)
    return 0


def _print_table(status) -> None:
    """One line a lead unit, then the totals."""
    from chizhou_desk import office

    for s in status:
        when = (s.submitted_at or "").replace("T", " ")[:16]
        state = f"{s.state} {when}" + (f"(共 {s.times} 次)" if s.times > 1 else "") if s.submitted else s.state
        if s.joint_leads:
            state += "(" + "、".join(s.joint_leads) + ")"
        extra = []
        if s.behind_without_reason:
            extra.append(f"未达预期缺原因 {s.behind_without_reason} 项")
        if s.days_late:
            extra.append(f"逾期 {s.days_late} 天")
        if s.review_reason:
            extra.append("意见：" + s.review_reason.replace("\n", "；"))
        print("\t".join((s.unit, state, f"{s.reported}/{s.total}", "、".join(extra))).rstrip())
    print("共 " + office.summary_text(status).removeprefix("牵头单位 ").replace(" 个：", " 个牵头单位：", 1))


def _verdict(args, store, key: str) -> int:
    """--accept U / --return U --reason TEXT [--task NO] / --feedback U -o FILE.xlsx"""
    from chizhou_desk import office

    if args.feedback:
        from chizhou_desk.exports.feedback import export_feedback

        export_feedback(store, args.feedback, key, args.output)
        print(f"{args.output}: {store.resolve_unit(args.feedback)} 的审核意见单", file=sys.stderr)
        return 0
    unit = args.accept or args.return_unit
    store.review(unit, key, "accepted" if args.accept else "returned", args.reason, args.task)
    s = next(s for s in office.submission_status(store, key) if s.unit == store.resolve_unit(unit))
    print(f"{s.unit}\t{s.state}" + (f"\t{s.review_reason}".replace("\n", "；") if s.review_reason else ""))
    return 0
