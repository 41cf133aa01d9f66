"""佐证材料 (issue 30): attached in a liaison's database, carried in the 报送包 (.zip), checked and
landed on the right tasks in the office's database; refusals leave the data untouched."""

import hashlib
import io
import json
import zipfile

import pytest

from chizhou_desk import attachments as A
from chizhou_desk import backups
from chizhou_desk import store_attachments as SA
from chizhou_desk.cli import main
from chizhou_desk.errors import InputError
from chizhou_desk.exports.package import export_package
from chizhou_desk.imports import package as PK
from chizhou_desk.imports import read_file
from chizhou_desk.store import Store

UNIT, KEY = "市发展改革委", "2025-05"


def _jpeg() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (320, 200), (180, 90, 30)).save(out, "JPEG", quality=80)
    return out.getvalue()


def _pdf() -> bytes:
    from matplotlib.figure import Figure

    out = io.BytesIO()
    fig = Figure(figsize=(2, 1))
    fig.text(0.1, 0.5, "minutes")
    fig.savefig(out, format="pdf")
    return out.getvalue()


@pytest.fixture
def attached(unit_store):
    """The liaison attaches a PDF to task 1 and a JPEG to task 2 (both led by 市发展改革委)."""
    pdf, jpg = _pdf(), _jpeg()
    SA.add(unit_store, unit_store.task_id("1", KEY), KEY, [("会议纪要.pdf", pdf)])
    SA.add(unit_store, unit_store.task_id("2", KEY), KEY, [("现场照片.jpg", jpg)])
    return unit_store, {"会议纪要.pdf": pdf, "现场照片.jpg": jpg}


def _package(store, tmp_path) -> zipfile.Path:
    path = tmp_path / "pkg.zip"
    export_package(store, UNIT, KEY, path, filler={"person": "张三", "phone": "123"})
    return path


def _rewrite(src, dst, change):
    """A copy of the zip with change(name, bytes) -> (name, bytes) | None applied to each member."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            got = change(info.filename, zin.read(info))
            if got is not None:
                zout.writestr(got[0], got[1])
    return dst


def test_round_trip_files_come_back_byte_for_byte_on_their_tasks(attached, office_store, tmp_path):
    unit_store, originals = attached
    path = _package(unit_store, tmp_path)
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
    assert any(n.startswith("佐证材料/1-") and n.endswith("/会议纪要.pdf") for n in names)
    assert any(n.startswith("佐证材料/2-") and n.endswith("/现场照片.jpg") for n in names)
    result = office_store.import_tables([read_file(path)])[0]
    assert any("佐证材料 2 个" in n for n in result.notes)
    got = SA.listing(office_store, KEY)
    assert {(a.task_no, a.name, a.unit) for a in got} == {("1", "会议纪要.pdf", UNIT), ("2", "现场照片.jpg", UNIT)}
    for a in got:
        data = SA.data(office_store, a.id)
        assert hashlib.sha256(data).hexdigest() == hashlib.sha256(originals[a.name]).hexdigest() == a.sha256
        assert data == originals[a.name]
    # the unit's next package replaces its files instead of adding to them
    SA.remove(unit_store, next(a.id for a in SA.listing(unit_store, KEY) if a.name == "现场照片.jpg"))
    office_store.import_tables([read_file(_package(unit_store, tmp_path))])
    assert [a.name for a in SA.listing(office_store, KEY)] == ["会议纪要.pdf"]


def test_checksums_are_in_the_hidden_sheet(attached, tmp_path):
    from python_calamine import CalamineWorkbook

    unit_store, originals = attached
    path = _package(unit_store, tmp_path)
    with zipfile.ZipFile(path) as z:
        xlsx = next(n for n in z.namelist() if n.endswith(".xlsx"))
        (tmp_path / "s.xlsx").write_bytes(z.read(xlsx))
    rows = CalamineWorkbook.from_path(str(tmp_path / "s.xlsx")).get_sheet_by_name("chizhou_desk_meta").to_python()
    meta = {r[0]: r[1] for r in rows if r and r[0]}
    assert meta["attachments"] in (2, 2.0, "2")
    listed = [json.loads(meta[f"attachment_{i}"]) for i in (1, 2)]
    assert {d["sha256"] for d in listed} == {hashlib.sha256(b).hexdigest() for b in originals.values()}


def test_xlsx_alone_still_exports_and_lists_no_files(attached, office_store, tmp_path):
    from chizhou_desk.exports.submission import export_submission

    unit_store, _ = attached
    export_submission(unit_store, UNIT, KEY, tmp_path / "s.xlsx")
    table = read_file(tmp_path / "s.xlsx")
    assert table.attachments is None
    office_store.import_tables([table])
    assert SA.listing(office_store, KEY) == []


def test_sheet_taken_out_of_its_package_names_the_files_it_lacks(attached, office_store, tmp_path):
    unit_store, _ = attached
    office_store.import_tables([read_file(_package(unit_store, tmp_path))])
    with zipfile.ZipFile(tmp_path / "pkg.zip") as z:
        xlsx = next(n for n in z.namelist() if n.endswith(".xlsx"))
        (tmp_path / "alone.xlsx").write_bytes(z.read(xlsx))
    result = office_store.import_tables([read_file(tmp_path / "alone.xlsx")])[0]
    assert any("未随附" in n and "会议纪要.pdf" in n for n in result.notes)
    assert len(SA.listing(office_store, KEY)) == 2  # the stored ones stay


@pytest.mark.parametrize("change, words", [
    (lambda n, b: (n, b[:-10] + b"0123456789") if n.endswith(".jpg") else (n, b), "校验值不符"),
    (lambda n, b: None if n.endswith(".pdf") else (n, b), "缺少佐证材料"),
    (lambda n, b: (n, b) if not n.endswith(".jpg") else (n.replace("现场照片", "别的"), b), "缺少佐证材料"),
    (lambda n, b: (n, b) if not n.endswith(".xlsx") else (n, b), None),
])
def test_tampered_or_missing_file_is_named_and_nothing_is_written(attached, office_store, tmp_path,
                                                                   change, words):
    unit_store, _ = attached
    bad = _rewrite(_package(unit_store, tmp_path), tmp_path / "bad.zip", change)
    before = office_store.content_checksum()
    if words is None:  # the unchanged copy is the control: it imports
        office_store.import_tables([read_file(bad)])
        assert len(SA.listing(office_store, KEY)) == 2
        return
    with pytest.raises(InputError, match=words) as err:
        read_file(bad)
    assert ".jpg" in str(err.value) or ".pdf" in str(err.value)
    assert office_store.content_checksum() == before


def test_added_member_is_named(attached, tmp_path):
    unit_store, _ = attached
    path = _package(unit_store, tmp_path)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr("佐证材料/1-x/extra.txt", "hello")
    with pytest.raises(InputError, match="未列出.*extra.txt"):
        read_file(path)


@pytest.mark.parametrize("evil", ["../evil.txt", "佐证材料/../../evil.txt", "/etc/evil.txt",
                                  "C:/evil.txt", "佐证材料\\..\\evil.txt"])
def test_zip_slip_is_refused_before_anything_is_written(attached, office_store, tmp_path, evil):
    unit_store, _ = attached
    path = _package(unit_store, tmp_path)
    with zipfile.ZipFile(path, "a") as z:
        z.writestr(zipfile.ZipInfo(evil), b"x")
    before = office_store.content_checksum()
    with pytest.raises(InputError, match="包外|顶层|不在"):
        read_file(path)
    assert office_store.content_checksum() == before
    assert not (tmp_path.parent / "evil.txt").exists()


def test_too_many_or_too_big_members_are_refused(attached, tmp_path, monkeypatch):
    unit_store, _ = attached
    path = _package(unit_store, tmp_path)
    monkeypatch.setattr(PK, "MAX_MEMBERS", 2)
    with pytest.raises(InputError, match="个的上限"):
        read_file(path)
    monkeypatch.setattr(PK, "MAX_MEMBERS", 100)
    big = tmp_path / "big.zip"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            z.writestr(info.filename, zin.read(info))
        z.writestr("佐证材料/1-x/big.txt", b"a" * (A.MAX_FILE_BYTES + 1))  # deflates to ~20 KB
    assert big.stat().st_size < 1_000_000
    with pytest.raises(InputError, match="20 MB 的上限"):
        read_file(big)


def test_too_large_or_wrong_type_is_refused_and_the_store_untouched(unit_store, tmp_path, monkeypatch):
    tid = unit_store.task_id("1", KEY)
    before = unit_store.content_checksum()
    cases = [
        ("big.pdf", b"%PDF-1.4\n" + b"0" * A.MAX_FILE_BYTES, "20 MB"),
        ("tool.exe", b"MZ\x90\x00", "不支持的文件类型"),
        ("photo.jpg", b"MZ\x90\x00" + b"\x00" * 100, "可执行程序"),
        ("macro.docx", _zip({"[Content_Types].xml": "x", "word/vbaProject.bin": "x"}), "宏"),
        ("notes.txt", b"\x00\x01\x02binary", "不符"),
    ]
    for name, data, words in cases:
        with pytest.raises(InputError, match=words):
            SA.add(unit_store, tid, KEY, [("ok.png", _png()), (name, data)])  # all or none
        assert unit_store.content_checksum() == before, name
    monkeypatch.setattr(A, "MAX_PERIOD_BYTES", 1000)
    with pytest.raises(InputError, match="每期"):
        SA.add(unit_store, tid, KEY, [("a.jpg", _jpeg())])
    assert unit_store.content_checksum() == before
    (tmp_path / "huge.pdf").write_bytes(b"%PDF-" + b"0" * A.MAX_FILE_BYTES)
    with pytest.raises(InputError, match="20 MB"):
        SA.read_files([tmp_path / "huge.pdf"])


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "PNG")
    return out.getvalue()


def _zip(members: dict) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for k, v in members.items():
            z.writestr(k, v)
    return out.getvalue()


def test_office_and_text_types_are_accepted(unit_store):
    tid = unit_store.task_id("3", KEY)
    files = [("表.xlsx", _zip({"[Content_Types].xml": "x"})), ("说明.txt", "进展说明".encode("gb18030")),
             ("旧.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512), ("图.png", _png())]
    got = SA.add(unit_store, tid, KEY, files)
    assert [a.kind for a in got] == ["xlsx", "txt", "doc", "png"]
    again = SA.add(unit_store, tid, KEY, [("图.png", _png())])
    assert again[0].name == "图 (2).png"


def test_rename_remove_and_put_back(attached):
    store, originals = attached
    a = next(a for a in SA.listing(store, KEY) if a.name == "会议纪要.pdf")
    assert SA.rename(store, a.id, "5月会议纪要") == "会议纪要.pdf"
    assert [x.name for x in SA.listing(store, KEY, a.task_id)] == ["5月会议纪要.pdf"]
    row = SA.remove(store, a.id)
    assert SA.counts(store, KEY) == {store.task_id("2", KEY): 1}
    SA.put_back(store, row)
    assert SA.data(store, a.id) == originals["会议纪要.pdf"]
    assert SA.counts(store, KEY)[a.task_id] == 1


def test_backups_and_restore_carry_attachments(attached, tmp_path):
    store, originals = attached
    copy = backups.daily_backup(store)
    SA.remove(store, SA.listing(store, KEY)[0].id)
    path = store.path
    store.close()
    backups.restore(copy, path)
    with Store(path) as back:
        got = {a.name: SA.data(back, a.id) for a in SA.listing(back, KEY)}
    assert got == originals


def test_cli_attach_and_attachments_json(seeded_db, tmp_path, capsys):
    (tmp_path / "a.pdf").write_bytes(_pdf())
    (tmp_path / "b.jpg").write_bytes(_jpeg())
    assert main(["--db", str(seeded_db), "attach", "--period", KEY, "--task", "2",
                 str(tmp_path / "a.pdf"), str(tmp_path / "b.jpg")]) == 0
    (tmp_path / "c.exe").write_bytes(b"MZ")
    capsys.readouterr()
    assert main(["--db", str(seeded_db), "attach", "--period", KEY, "--task", "2", str(tmp_path / "c.exe")]) == 2
    assert "c.exe" in capsys.readouterr().err
    assert main(["--db", str(seeded_db), "attachments", "--period", KEY, "--json"]) == 0
    got = json.loads(capsys.readouterr().out)
    assert [(d["task"], d["name"], d["size"]) for d in got] == [
        ("2", "a.pdf", (tmp_path / "a.pdf").stat().st_size), ("2", "b.jpg", (tmp_path / "b.jpg").stat().st_size)]
    assert got[1]["sha256"] == hashlib.sha256((tmp_path / "b.jpg").read_bytes()).hexdigest()
    assert main(["--db", str(seeded_db), "export", "--unit", "市发改委", "--period", KEY,
                 "-o", str(tmp_path / "p.zip")]) == 0
    with zipfile.ZipFile(tmp_path / "p.zip") as z:
        assert sum(n.startswith("佐证材料/2-") for n in z.namelist()) == 2


def test_shrink_reduces_a_large_photo_and_leaves_others(seeded_db, tmp_path, capsys):
    from PIL import Image

    big = tmp_path / "现场.jpeg"
    Image.effect_noise((4000, 3000), 60).convert("RGB").save(big, "JPEG", quality=98)
    assert big.stat().st_size > 1024 * 1024
    pdf = tmp_path / "a.pdf"
    pdf.write_bytes(_pdf())
    assert main(["--db", str(seeded_db), "attach", "--period", KEY, "--task", "3", "--shrink",
                 str(big), str(pdf)]) == 0
    capsys.readouterr()
    assert main(["--db", str(seeded_db), "attachments", "--period", KEY, "--json"]) == 0
    got = {d["name"]: d for d in json.loads(capsys.readouterr().out)}
    assert set(got) == {"现场.jpg", "a.pdf"}
    assert got["现场.jpg"]["size"] < big.stat().st_size / 2
    assert got["a.pdf"]["sha256"] == hashlib.sha256(pdf.read_bytes()).hexdigest()  # untouched
    with Store(seeded_db) as s:
        a = next(a for a in SA.listing(s, KEY) if a.name == "现场.jpg")
        with Image.open(io.BytesIO(SA.data(s, a.id))) as im:
            assert max(im.size) == A.SHRINK_MAX_SIDE and im.format == "JPEG"
    huge = tmp_path / "huge.bmp"  # over 20 MB as it is; fits once shrunk
    Image.new("RGB", (3000, 2500), (10, 200, 90)).save(huge, "BMP")
    assert huge.stat().st_size > A.MAX_FILE_BYTES
    assert main(["--db", str(seeded_db), "attach", "--period", KEY, "--task", "3", str(huge)]) == 2
    assert main(["--db", str(seeded_db), "attach", "--period", KEY, "--task", "3", "--shrink", str(huge)]) == 0


def test_migration_from_version_9_adds_only_the_attachments_table(tmp_path):
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent))
    from old_db import old_database

    conn = old_database(tmp_path / "v9.db", 9)
    conn.execute("INSERT INTO plans (year, title) VALUES (2025, 't')")
    conn.commit()
    before = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    conn.close()
    with Store(tmp_path / "v9.db") as s:
        after = {r[0] for r in s.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert s.backup_path is not None
    assert "attachments" not in before and "attachments" in after - before  # version 10 may add its own


def test_task_folder_keeps_slashes_out_of_the_path():
    assert A.task_folder("7", "增长6.5%/年 以上") == "佐证材料/7-增长6.5%年以上"
    assert A.clean_name("..\\..\\a:b.pdf") == "a_b.pdf"
