"""A large database for benchmarks: N tasks, lead units from the Chizhou list, several periods."""

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from chizhou_desk.domain import Entry, ImportedTable, Plan, Task  # noqa: E402
from chizhou_desk.store import Store  # noqa: E402
from chizhou_desk.units import load_city_registry  # noqa: E402

WORDS = ("推进", "镁基", "新材料", "产业", "项目", "建设", "招商", "引资", "完成", "增长", "投资", "改革",
         "创新", "平台", "企业", "培育", "生态", "环境", "治理", "民生", "就业", "教育", "医疗", "交通")
STATUSES = ("序时推进",) * 8 + ("未达预期", "已完成", "滞后")


def sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def make_big_db(path: Path, n_tasks: int = 10_000, months: int = 12, seed: int = 7) -> Path:
    rng = random.Random(seed)
    _, units = load_city_registry("池州")
    names = [u.name for u in units]
    plan = Plan(2025, "2025年市政府重点工作责任清单", "池政秘〔2025〕9号", "池州")
    tasks = [Task(no=str(i), text=sentence(rng, 12), lead_units=[rng.choice(names)])
             for i in range(1, n_tasks + 1)]
    with Store(path) as store:
        for month in range(1, months + 1):
            entries = {t.no: Entry(status=rng.choice(STATUSES), progress=sentence(rng, 20),
                                   next_steps=sentence(rng, 10)) for t in tasks if rng.random() < 0.97}
            store.import_table(ImportedTable("bench", plan, tasks, f"2025-{month:02d}", entries))
    return path
