"""The one error type for problems with what the user gave us.

Everything a person can get wrong (a missing file, a corrupt .docx, a text that is not a
resolution) raises :class:`InputError`. It carries a stable ``code`` and the offending
``path`` so the window can word it in the user's language and the CLI can print it and
exit 2 — never a traceback for a user error.
"""
from __future__ import annotations

import locale
import os

# code -> (English, Chinese). ``{name}`` is the file name, ``{detail}`` extra facts.
MESSAGES: dict[str, tuple[str, str]] = {
    "not_found": ("{name}: the file does not exist.", "{name}：文件不存在。"),
    "is_directory": ("{name}: this is a folder, not a file.", "{name}：这是文件夹，不是文件。"),
    "permission": ("{name}: the file cannot be read (permission denied).", "{name}：无权读取该文件。"),
    "empty": ("{name}: the file is empty.", "{name}：文件是空的。"),
    "too_large": (
        "{name}: the file is too large ({detail}); a resolution is far smaller.",
        "{name}：文件过大（{detail}），决议文本不会这么大。",
    ),
    "binary": (
        "{name}: this is not a text file (it contains binary data).",
        "{name}：这不是文本文件（含有二进制数据）。",
    ),
    "encoding": (
        "{name}: the text encoding could not be recognised.",
        "{name}：无法识别文本编码。",
    ),
    "unsupported": (
        "{name}: unsupported file type {detail}; use .txt, .docx or .pdf.",
        "{name}：不支持的文件类型 {detail}；请使用 .txt、.docx 或 .pdf。",
    ),
    "corrupt_docx": (
        "{name}: the Word document is damaged or not really a .docx file.",
        "{name}：Word 文档已损坏，或并非真正的 .docx 文件。",
    ),
    "corrupt_pdf": (
        "{name}: the PDF is damaged or not really a PDF file.",
        "{name}：PDF 文件已损坏，或并非真正的 PDF 文件。",
    ),
    "pdf_password": (
        "{name}: the PDF is password protected; open it in a PDF reader and save an unprotected copy.",
        "{name}：PDF 文件受密码保护；请在 PDF 阅读器中打开并另存一份无密码的副本。",
    ),
    "pdf_encryption": (
        "{name}: the PDF uses an encryption ResCompare cannot read.",
        "{name}：PDF 文件采用了无法读取的加密方式。",
    ),
    "no_text": (
        "{name}: the document contains no text (a scanned PDF needs OCR first).",
        "{name}：文档中没有文字（扫描版 PDF 需要先做文字识别）。",
    ),
    "not_resolution": (
        "{name}: this does not look like a resolution — no opening formula (such as “The General "
        "Assembly,”), no numbered operative paragraphs and no paragraphs opening with a resolution "
        "verb (Recalling…, Requests…) were found.",
        "{name}：这看起来不是一份决议——没有找到开头语（如“大会，”）、带编号的执行段落，"
        "也没有以决议动词（回顾、请等）开头的段落。",
    ),
    "export_target": (
        "{name}: cannot write the export here ({detail}).",
        "{name}：无法在此处写入导出文件（{detail}）。",
    ),
    "export_format": (
        "{name}: unknown export format {detail}; use .json, .html, .pdf or .docx.",
        "{name}：未知的导出格式 {detail}；请使用 .json、.html、.pdf 或 .docx。",
    ),
    "comparison_file": (
        "{name}: this is not a valid ResCompare comparison file ({detail}).",
        "{name}：这不是有效的 ResCompare 对照文件（{detail}）。",
    ),
}


def user_language() -> str:
    """'zh' when the user's locale is Chinese, else 'en' (overridable with RESCOMPARE_LANG)."""
    forced = os.environ.get("RESCOMPARE_LANG", "")
    if forced:
        return "zh" if forced.lower().startswith("zh") else "en"
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    try:
        loc = locale.getlocale()[0] or ""
    except ValueError:
        loc = ""
    return "zh" if loc.lower().startswith("zh") else "en"


class InputError(Exception):
    """A problem with a file or text the user supplied; ``str()`` is a message for people."""

    def __init__(self, code: str, path: str | os.PathLike | None = None,
                 detail: str | tuple[str, str] = ""):
        if code not in MESSAGES:
            raise ValueError(f"unknown InputError code {code!r}")
        self.code = code
        self.path = os.fspath(path) if path is not None else None
        self.detail = detail
        super().__init__(self.message())

    @property
    def name(self) -> str:
        return os.path.basename(self.path) if self.path else "(text)"

    def message(self, language: str | None = None) -> str:
        """The message in ``language`` ('en' or 'zh'; default: the user's locale)."""
        lang = language or user_language()
        english, chinese = MESSAGES[self.code]
        template = chinese if lang == "zh" else english
        detail = self.detail
        if isinstance(detail, tuple):  # (English, Chinese) wording of the detail
            detail = detail[1] if lang == "zh" else detail[0]
        return template.format(name=self.name, detail=detail)

    def __str__(self) -> str:  # pragma: no cover - exercised through message()
        return self.message()
