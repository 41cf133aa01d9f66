"""佐证材料 (evidence files) of a task's entry for a period: what may be attached, the limits that
protect the office's PC, and the names they carry in a package (ARCHITECTURE: Attachments).

No SQL here (store_attachments.py writes them); no Qt.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from dataclasses import dataclass

from chizhou_desk.errors import InputError

MAX_FILE_BYTES = 20 * 1024 * 1024  # one file
MAX_PERIOD_BYTES = 200 * 1024 * 1024  # all files of a period (per unit on the office's side)
MAX_PERIOD_FILES = 500
PACKAGE_FOLDER = "佐证材料"  # the package's folder: 佐证材料/序号-任务简称/文件名
MAX_NAME_CHARS = 100

# kind (the extension it is stored under) -> (family the content must sniff as, extensions)
_KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "jpg": ("jpeg", (".jpg", ".jpeg", ".jpe")),
    "png": ("png", (".png",)),
    "gif": ("gif", (".gif",)),
    "bmp": ("bmp", (".bmp",)),
    "webp": ("webp", (".webp",)),
    "tif": ("tiff", (".tif", ".tiff")),
    "pdf": ("pdf", (".pdf",)),
    "docx": ("ooxml", (".docx",)),
    "xlsx": ("ooxml", (".xlsx",)),
    "pptx": ("ooxml", (".pptx",)),
    "odt": ("odf", (".odt",)),
    "ods": ("odf", (".ods",)),
    "odp": ("odf", (".odp",)),
    "ofd": ("ofd", (".ofd",)),
    "doc": ("ole", (".doc",)),
    "xls": ("ole", (".xls",)),
    "ppt": ("ole", (".ppt",)),
    "wps": ("ole", (".wps",)),
    "et": ("ole", (".et",)),
    "dps": ("ole", (".dps",)),
    "txt": ("text", (".txt", ".csv", ".md")),
}
_BY_EXT = {ext: kind for kind, (_, exts) in _KINDS.items() for ext in exts}
IMAGE_KINDS = {"jpg", "png", "gif", "bmp", "webp", "tif"}
# the type column of the window's list, in Chinese and English
KIND_LABELS = {"image": ("图片", "Image"), "pdf": ("PDF", "PDF"), "doc": ("文档", "Document"),
               "sheet": ("表格", "Spreadsheet"), "slides": ("演示文稿", "Presentation"),
               "text": ("文本", "Text")}
_LABEL_OF = {**{k: "image" for k in IMAGE_KINDS}, "pdf": "pdf", "ofd": "doc",
             "docx": "doc", "odt": "doc", "doc": "doc", "wps": "doc",
             "xlsx": "sheet", "ods": "sheet", "xls": "sheet", "et": "sheet",
             "pptx": "slides", "odp": "slides", "ppt": "slides", "dps": "slides", "txt": "text"}
ALLOWED_TEXT = "图片、PDF、OFD、Office/WPS 文档、文本"
_FAMILY_WORDS = {"jpeg": " JPEG 图片", "png": " PNG 图片", "gif": " GIF 图片", "bmp": " BMP 图片",
                 "webp": " WebP 图片", "tiff": " TIFF 图片", "pdf": " PDF", "ooxml": " Office 文档",
                 "odf": " ODF 文档", "ofd": " OFD 文档", "ole": "旧版 Office/WPS 文档", "zip": "压缩包",
                 "program": "可执行程序", "text": "文本"}


@dataclass(slots=True)
class Attachment:
    """One stored file (without its bytes, which only open/export read)."""

    id: int
    task_id: int
    task_no: str
    name: str
    kind: str
    size: int
    sha256: str
    unit: str = ""
    added_at: str = ""

    def as_json(self) -> dict:
        return {"task": self.task_no, "name": self.name, "size": self.size, "sha256": self.sha256,
                "kind": self.kind, "unit": self.unit}


@dataclass(slots=True)
class PackedFile:
    """A file a submission's metadata lists; `data` once read from the package and checked."""

    no: str
    name: str
    path: str
    size: int
    sha256: str
    data: bytes | None = None


def kind_label(kind: str, english: bool = False) -> str:
    return KIND_LABELS[_LABEL_OF.get(kind, "doc")][1 if english else 0]


def clean_name(name: str) -> str:
    """A file name safe on Windows and in a zip: no folders, no characters Windows forbids."""
    name = re.split(r"[\\/]", name)[-1]
    name = re.sub(r'[\x00-\x1f\x7f:*?"<>|]', "_", name).strip().strip(".") or "未命名"
    if len(name) > MAX_NAME_CHARS:
        stem, dot, ext = name.rpartition(".")
        name = stem[:MAX_NAME_CHARS - len(ext) - 1] + dot + ext if dot and len(ext) <= 8 \
            else name[:MAX_NAME_CHARS]
    return name


def kind_of(name: str, data: bytes) -> str:
    """The stored kind when the name's extension is allowed and the content is that type;
    InputError saying which and why otherwise."""
    ext = "." + name.rsplit(".", 1)[-1].lower() if "." in name else ""
    kind = _BY_EXT.get(ext)
    if kind is None:
        raise InputError(f"不支持的文件类型“{ext or '无扩展名'}”(可附：{ALLOWED_TEXT})", file=name)
    if not data:
        raise InputError("文件为空", file=name)
    family = _KINDS[kind][0]
    found = sniff(data)
    if found != family:
        seen = f"，内容看起来是{_FAMILY_WORDS.get(found, found)}" if found else ""
        raise InputError(f"文件内容与扩展名“{ext}”不符{seen}，不予附加", file=name)
    if family == "ooxml" and _has_macros(data):
        raise InputError("文档含有宏(vbaProject)，不予附加；请另存为不含宏的文档", file=name)
    return kind


def sniff(data: bytes) -> str:
    """The content's family from its first bytes ('' when none we accept)."""
    head = data[:16]
    if head.startswith(b"\xff\xd8\xff"):
        return "jpeg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "gif"
    if head.startswith(b"BM") and len(data) > 26:
        return "bmp"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "webp"
    if head[:4] in (b"II*\x00", b"MM\x00*"):
        return "tiff"
    if head.startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"):
        return "ole"
    if head.startswith(b"PK\x03\x04"):
        return _zip_family(data)
    if head.startswith((b"MZ", b"\x7fELF", b"#!")):
        return "program"
    return "text" if _is_text(data) else ""


def _zip_family(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            names = set(z.namelist())
    except (zipfile.BadZipFile, OSError, EOFError):
        return "zip"
    if "[Content_Types].xml" in names:
        return "ooxml"
    if "mimetype" in names:
        return "odf"
    if "OFD.xml" in names:
        return "ofd"
    return "zip"


def _has_macros(data: bytes) -> bool:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return any(n.lower().endswith("vbaproject.bin") for n in z.namelist())


def _is_text(data: bytes) -> bool:
    sample = data[:65536]
    if b"\x00" in sample:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            sample.decode(encoding)
            return True
        except UnicodeDecodeError as exc:
            if encoding == "utf-8" and exc.start >= len(sample) - 4:  # cut inside a character
                return True
    return False


SHRINK_MAX_SIDE = 2048  # px on the longer side: sharp on a printed A4 page, ~0.5 MB as JPEG
SHRINK_READ_BYTES = 100 * 1024 * 1024  # a photo over the per-file limit may still be read to shrink it


def shrink_image(name: str, data: bytes) -> tuple[str, bytes]:
    """A photo reduced to SHRINK_MAX_SIDE px (turned upright by its EXIF) as JPEG; a PNG stays PNG.
    Anything else, or an image already small, comes back as it was."""
    kind = kind_of(name, data)
    if kind not in IMAGE_KINDS or kind == "gif":
        return name, data
    from PIL import Image, ImageOps

    try:
        with Image.open(io.BytesIO(data)) as im:
            if max(im.size) <= SHRINK_MAX_SIDE and len(data) <= 1024 * 1024:
                return name, data
            im = ImageOps.exif_transpose(im)
            im.thumbnail((SHRINK_MAX_SIDE, SHRINK_MAX_SIDE))
            out = io.BytesIO()
            if kind == "png":
                im.save(out, "PNG", optimize=True)
            else:
                im.convert("RGB").save(out, "JPEG", quality=85, optimize=True)
                name = name.rsplit(".", 1)[0] + ".jpg"
    except (OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(f"图片无法读取({exc})，未缩小", file=name) from None
    return (name, out.getvalue()) if out.tell() < len(data) else (name, data)


def check_size(name: str, size: int) -> None:
    if size > MAX_FILE_BYTES:
        raise InputError(f"文件有 {size / 2**20:.1f} MB，超过每个文件 {MAX_FILE_BYTES // 2**20} MB 的上限",
                         file=name)


def check_period_total(stored: int, stored_count: int, adding: list[int]) -> None:
    total = stored + sum(adding)
    if total > MAX_PERIOD_BYTES:
        raise InputError(f"本期佐证材料将达 {total / 2**20:.1f} MB，超过每期 {MAX_PERIOD_BYTES // 2**20} MB "
                         "的上限，未附加")
    if stored_count + len(adding) > MAX_PERIOD_FILES:
        raise InputError(f"本期佐证材料将超过 {MAX_PERIOD_FILES} 个文件的上限，未附加")


def free_name(name: str, taken: set[str]) -> str:
    """`name`, or `name (2).ext` … when a file of the task already has it."""
    if name not in taken:
        return name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while f"{stem} ({n}){dot}{ext}" in taken:
        n += 1
    return f"{stem} ({n}){dot}{ext}"


def task_folder(no: str, short: str) -> str:
    """佐证材料/序号-任务简称: the task's folder in a package."""
    short = clean_name(re.sub(r"[\s\\/]+", "", short))[:16].rstrip(".") or "任务"
    return f"{PACKAGE_FOLDER}/{clean_name(no)}-{short}"


# --- the submission's metadata (hidden sheet): one key per file -----------------------------

META_COUNT = "attachments"
META_PREFIX = "attachment_"


def meta_entries(files: list[PackedFile]) -> dict:
    """Keys for the hidden metadata sheet: the count and one JSON line per file."""
    out: dict = {META_COUNT: len(files)}
    for i, f in enumerate(files, 1):
        out[f"{META_PREFIX}{i}"] = json.dumps(
            {"no": f.no, "name": f.name, "path": f.path, "size": f.size, "sha256": f.sha256},
            ensure_ascii=False, separators=(",", ":"))
    return out


def listed_files(meta: dict, file: str) -> list[PackedFile] | None:
    """The files a submission's metadata lists; None when it lists none (an .xlsx exported alone,
    or by an older version)."""
    if META_COUNT not in meta:
        return None
    where = "工作表“chizhou_desk_meta”"
    try:
        count = int(meta[META_COUNT])
        out = []
        for i in range(1, count + 1):
            d = json.loads(meta[f"{META_PREFIX}{i}"])
            out.append(PackedFile(str(d["no"]), str(d["name"]), str(d["path"]), int(d["size"]),
                                  str(d["sha256"]).lower()))
    except (KeyError, ValueError, TypeError) as exc:
        raise InputError(f"元数据中的佐证材料清单无效({exc})", file=file, where=where) from None
    return out
