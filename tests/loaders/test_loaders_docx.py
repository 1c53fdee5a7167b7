"""Word documents: body order, tables, automatic numbering, tracked changes."""
from __future__ import annotations

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn

from viewer.loaders import LoadedText, load_document


def _numbered(paragraph, num_id: int, ilvl: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(
        f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    ))


def _add_un_list(document, abstract_id: int = 90, num_id: int = 90) -> int:
    """Add an operative-paragraph list: level 0 "%1.", level 1 "(%2)" in lower-case letters."""
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>'
        '<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>'
        "</w:abstractNum>"
    ))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/></w:num>'
    ))
    return num_id


def test_paragraphs_table_and_list_number_in_body_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("人权理事会，")
    document.add_paragraph("重申《联合国宪章》，")
    document.add_paragraph("吁请所有国家坚持多边主义；", style="List Number")
    table = document.add_table(rows=3, cols=2)
    header = table.cell(0, 0).merge(table.cell(0, 1))
    header.text = "表决结果"
    for row, (label, count) in enumerate([("赞成", "23"), ("反对", "16")], start=1):
        table.cell(row, 0).text = label
        table.cell(row, 1).text = count
    document.add_paragraph("请高级专员提交报告；", style="List Number")
    document.add_paragraph("联合国各机构", style="List Bullet")
    document.add_paragraph("决定继续处理此事。", style="List Number")
    path = tmp_path / "决议 43-21.docx"
    document.save(path)

    loaded = load_document(path)
    assert loaded == LoadedText(
        text="\n".join([
            "人权理事会，",
            "重申《联合国宪章》，",
            "1. 吁请所有国家坚持多边主义；",
            "表决结果",
            "赞成",
            "23",
            "反对",
            "16",
            "2. 请高级专员提交报告；",
            "联合国各机构",
            "3. 决定继续处理此事。",
        ]),
        path=str(path),
        format="docx",
        encoding=None,
    )


def test_nested_levels_restart_and_fallback_labels(tmp_path):
    document = docx.Document()
    num_id = _add_un_list(document)
    items = [
        ("敦促各国：", 0), ("加强合作；", 1), ("分享最佳做法；", 1), ("包括技术援助；", 2),
        ("请秘书长提交报告：", 0), ("在第四十七届会议上；", 1),
    ]
    for text, level in items:
        _numbered(document.add_paragraph(text), num_id, level)
    # A list whose definition is missing from numbering.xml: "N." and "(a)" fallbacks.
    _numbered(document.add_paragraph("Decides to remain seized of the matter."), 77, 0)
    _numbered(document.add_paragraph("in particular,"), 77, 1)
    _numbered(document.add_paragraph("not numbered (numId 0)"), 0, 0)
    path = tmp_path / "levels.docx"
    document.save(path)

    assert load_document(path).text.split("\n") == [
        "1. 敦促各国：",
        "(a) 加强合作；",
        "(b) 分享最佳做法；",
        "(i) 包括技术援助；",
        "2. 请秘书长提交报告：",
        "(a) 在第四十七届会议上；",
        "1. Decides to remain seized of the matter.",
        "(a) in particular,",
        "not numbered (numId 0)",
    ]


def test_start_override_and_chinese_counting(tmp_path):
    document = docx.Document()
    numbering = document.part.numbering_part.element
    numbering.insert(0, parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="91">'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/>'
        '<w:lvlText w:val="%1、"/></w:lvl></w:abstractNum>'
    ))
    numbering.append(parse_xml(
        f'<w:num {nsdecls("w")} w:numId="91"><w:abstractNumId w:val="91"/>'
        '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="9"/></w:lvlOverride></w:num>'
    ))
    for text in ("第九节", "第十节", "第十一节"):
        _numbered(document.add_paragraph(text), 91, 0)
    path = tmp_path / "cn.docx"
    document.save(path)
    assert load_document(path).text == "九、 第九节\n十、 第十节\n十一、 第十一节"


def test_tracked_changes_tabs_and_breaks(tmp_path):
    document = docx.Document()
    paragraph = document.add_paragraph("吁请")
    p = paragraph._p
    p.append(parse_xml(
        f'<w:del {nsdecls("w")} w:id="1" w:author="A" w:date="2020-06-22T00:00:00Z">'
        "<w:r><w:delText>鼓励</w:delText></w:r></w:del>"
    ))
    p.append(parse_xml(
        f'<w:ins {nsdecls("w")} w:id="2" w:author="A" w:date="2020-06-22T00:00:00Z">'
        "<w:r><w:t>所有</w:t></w:r></w:ins>"
    ))
    run = paragraph.add_run("国家")
    run.add_tab()
    run.add_text("合作")
    run.add_break()
    run.add_text("共赢")
    path = tmp_path / "tracked.docx"
    document.save(path)
    assert load_document(path).text == "吁请所有国家\t合作\n共赢"
    assert p.find(qn("w:del")) is not None  # the deletion really is in the file
