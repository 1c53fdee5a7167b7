"""Zip bombs and oversized Word packages are refused with one sentence before they are inflated
(issue 9 item 2). The files are generated here; nothing big is committed."""
from __future__ import annotations

import pytest
from docx_bombs import lie_about_size, write_bomb

from viewer.loaders import docx as docx_loader
from viewer.loaders import load_document
from viewer.model import InputError


def _error(path) -> InputError:
    with pytest.raises(InputError) as err:
        load_document(path)
    return err.value


def test_a_document_part_over_the_part_limit_is_refused(tmp_path):
    bomb = tmp_path / "bomb.docx"
    write_bomb(bomb, docx_loader.MAX_XML_BYTES + 2**20)
    assert bomb.stat().st_size < 2**20            # a small file…
    error = _error(bomb)                          # …refused on its declared size
    assert error.code == "archive_too_large"
    assert error.message("en").startswith("bomb.docx: the Word document unpacks to far more data")
    assert "word/document.xml" in error.message("en")
    assert "解压后的数据量远超任何决议" in error.message("zh")


def test_an_extreme_compression_ratio_is_refused(tmp_path):
    bomb = tmp_path / "ratio.docx"
    write_bomb(bomb, 2 * 2**20)                   # under the part limit, but ~1000:1
    error = _error(bomb)
    assert error.code == "archive_too_large" and "compressed" in error.message("en")
    assert "压缩比" in error.message("zh")


def test_a_large_document_compressed_like_real_text_loads(tmp_path):
    big = tmp_path / "long.docx"
    write_bomb(big, 2 * 2**20, varied=True)       # same inflated size as the bomb above
    loaded = load_document(big)
    assert loaded.text.count("Requests w") > 4_000


def test_too_many_parts_are_refused(tmp_path):
    bomb = tmp_path / "parts.docx"
    write_bomb(bomb, 10_000, extra_members=docx_loader.MAX_MEMBERS)
    error = _error(bomb)
    assert error.code == "archive_too_large" and "parts" in error.message("en")


def test_the_total_of_all_parts_is_capped(tmp_path, monkeypatch):
    bomb = tmp_path / "total.docx"
    write_bomb(bomb, 300_000, compresslevel=0)   # stored: ratio 1
    monkeypatch.setattr(docx_loader, "MAX_TOTAL_BYTES", 200_000)
    assert _error(bomb).code == "archive_too_large"


def test_declared_sizes_that_lie_are_caught_while_streaming(tmp_path):
    bomb = tmp_path / "liar.docx"
    write_bomb(bomb, docx_loader.MAX_XML_BYTES + 2**20)
    lie_about_size(bomb, "word/document.xml", 1000)
    # zipfile stops at the declared size and then finds the checksum wrong: damaged, not inflated
    assert _error(bomb).code in ("archive_too_large", "corrupt_docx")


def test_a_large_picture_is_not_mistaken_for_a_bomb(tmp_path):
    """Media is already compressed and never parsed: only the total limit applies to it."""
    import os
    import zipfile

    doc = tmp_path / "with-picture.docx"
    write_bomb(doc, 50_000)
    with zipfile.ZipFile(doc, "a") as z:
        z.writestr("word/media/image1.png", os.urandom(docx_loader.MAX_XML_BYTES + 2**20),
                   zipfile.ZIP_DEFLATED)
    assert "Reaffirms" in load_document(doc).text
