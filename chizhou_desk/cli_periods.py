"""The `periods`, `period` and `plan` commands of the CLI: the office opens, closes and reopens a
month's period, and keeps the list's own facts (清单信息: name, 文号, city, 署名)."""

import sys
from datetime import date

_HELP = {
    "zh_CN": {
        "action": "new 新建、close 关闭、reopen 重新打开",
        "periods": "列出期间：期间、名称、报送截止日期、是否已关闭、已填报/任务数",
        "period": "新建、关闭或重新打开期间(期间由办公室建立)",
        "new": "新建期间，如 period new 2025-06 --due 2025-07-05",
        "close": "关闭期间(其填报变为只读)", "reopen": "重新打开已关闭的期间",
        "key": "期间：2025-06、1-6月、上半年", "due": "报送截止日期(YYYY-MM-DD)",
        "copy_status": "沿用上一期间的工作评价", "copy_text": "沿用上一期间的进展、下步安排等文字",
        "plan": "清单信息：清单名称、文号、城市、署名(不带选项时显示)",
        "name": "清单名称(不含期间和“推进情况”等字样)", "number": "文号，如 池政办秘〔2025〕12号",
        "city": "城市，如 池州", "office": "署名(报告落款单位)，如 池州市人民政府办公室",
        "year": "清单年份(默认：最近一年的清单)",
    },
    "en": {
        "action": "new, close or reopen",
        "periods": "list the periods: key, label, due date, closed, reported/total",
        "period": "open a new period, close one or reopen it (periods are the office's)",
        "new": "open a new period, e.g. period new 2025-06 --due 2025-07-05",
        "close": "close a period (its entries become read-only)", "reopen": "reopen a closed period",
        "key": "period: 2025-06, 1-6月, 上半年", "due": "due date of the submissions (YYYY-MM-DD)",
        "copy_status": "carry the statuses over from the previous period",
        "copy_text": "carry the progress, next steps and other texts over from the previous period",
        "plan": "the list's facts: name, document number, city, signing office (shown without options)",
        "name": "the list's name (without the period or words such as 推进情况)",
        "number": "document number (文号), e.g. 池政办秘〔2025〕12号", "city": "city, e.g. 池州",
        "office": "signing office of the report (署名), e.g. 池州市人民政府办公室",
        "year": "the list's year (default: the latest list)",
    },
}
LINES = {
    "zh_CN": {"none": "本库还没有期间", "closed": "已关闭", "open": "进行中", "no_due": "未设截止日期",
              "created": "已新建期间 {key}({label})", "closed_now": "已关闭期间 {key}({label})",
              "reopened": "已重新打开期间 {key}({label})",
              "facts": ("清单名称", "年份", "文号", "城市", "署名")},
    "en": {"none": "no periods in this database", "closed": "closed", "open": "open", "no_due": "no due date",
           "created": "opened the period {key} ({label})", "closed_now": "closed the period {key} ({label})",
           "reopened": "reopened the period {key} ({label})",
           "facts": ("name", "year", "document number", "city", "signing office")},
}


def add_period_parsers(sub, common) -> None:
    lang = getattr(common, "lang", "zh_CN")
    t = _HELP.get(lang, _HELP["zh_CN"])
    sub.add_parser("periods", parents=[common], help=t["periods"])
    s = sub.add_parser("period", parents=[common], help=t["period"], description=t["period"])
    actions = s.add_subparsers(dest="period_action", metavar="new|close|reopen", required=True,
                               parser_class=type(s), help=t["action"])
    n = actions.add_parser("new", parents=[common], help=t["new"], description=t["new"])
    n.add_argument("key", metavar="KEY", help=t["key"])
    n.add_argument("--due", metavar="DATE", help=t["due"])
    n.add_argument("--copy-status", action="store_true", help=t["copy_status"])
    n.add_argument("--copy-text", action="store_true", help=t["copy_text"])
    for action in ("close", "reopen"):
        a = actions.add_parser(action, parents=[common], help=t[action], description=t[action])
        a.add_argument("key", metavar="KEY", help=t["key"])
    p = sub.add_parser("plan", parents=[common], help=t["plan"], description=t["plan"])
    p.add_argument("--name", metavar="N", help=t["name"])
    p.add_argument("--number", metavar="文号", help=t["number"])
    p.add_argument("--city", metavar="C", help=t["city"])
    p.add_argument("--office", metavar="署名", help=t["office"])
    p.add_argument("--year", type=int, metavar="YYYY", help=t["year"])


def _lines(args) -> dict:
    return LINES.get(getattr(args, "lang", None) or "zh_CN", LINES["zh_CN"])


def cmd_periods(args) -> int:
    from chizhou_desk.cli_common import open_db
    from chizhou_desk.store_plan import period_counts

    t = _lines(args)
    with open_db(args) as store:
        periods, counts = store.periods(), period_counts(store)
    if not periods:
        print(t["none"], file=sys.stderr)
    for p in periods:
        filled, total = counts.get(p.key, (0, 0))
        print("\t".join((p.key, p.label, p.due_date or t["no_due"], t["closed"] if p.closed else t["open"],
                         f"{filled}/{total}")))
    return 0


def cmd_period(args) -> int:
    from chizhou_desk import periods as P
    from chizhou_desk.cli_common import open_db, period_of

    t = _lines(args)
    with open_db(args) as store:
        if args.period_action == "new":
            key = new_key(store, args.key)
            due = _due(args.due)
            store.create_period(key, carry_status=args.copy_status, copy_texts=args.copy_text, due_date=due)
            print(t["created"].format(key=key, label=P.label(key)))
            return 0
        key = period_of(store, args.key)
        store.set_period(key, closed=args.period_action == "close")
    print(t["closed_now" if args.period_action == "close" else "reopened"].format(key=key, label=P.label(key)))
    return 0


def new_key(store, text: str) -> str:
    """A period not yet in the store: 2025-06, 1-6月 (the latest list's year), 2025年上半年."""
    from chizhou_desk import periods as P

    year = (store.plan_info() or {}).get("year")
    return P.parse(text, year)


def _due(text: str | None) -> str | None:
    from chizhou_desk.errors import InputError

    if text is None:
        return None
    try:
        return date.fromisoformat(text.strip()).isoformat()
    except ValueError:
        raise InputError(f"--due 应为 YYYY-MM-DD 格式的日期(如 2025-07-05)：{text}") from None


def cmd_plan(args) -> int:
    from chizhou_desk.cli_common import open_db
    from chizhou_desk.errors import InputError
    from chizhou_desk.store_plan import set_plan_facts

    t = _lines(args)
    facts = {"title": args.name, "doc_no": args.number, "city": args.city, "office": args.office}
    with open_db(args) as store:
        if any(v is not None for v in facts.values()):
            plan = set_plan_facts(store, args.year, **facts)
        else:
            plan = store.plan_info(args.year)
            if plan is None:
                raise InputError(f"本库没有 {args.year} 年的清单" if args.year else "本库还没有清单，请先导入清单")
    from chizhou_desk.exports.report_docx import office_name

    values = (plan["title"], str(plan["year"]), plan["doc_no"], plan["city"], plan["office"] or office_name(plan))
    for word, value in zip(t["facts"], values, strict=True):
        print(f"{word}\t{value}")
    return 0
