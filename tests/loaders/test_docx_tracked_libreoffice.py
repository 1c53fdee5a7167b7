"""The two states the reader computes agree with LibreOffice's own "Accept All" / "Reject All".

LibreOffice is driven headless through a Basic macro in a throwaway user profile (no UNO
Python needed): for every .docx in a folder it accepts (or rejects) all tracked changes and
saves the text. One LibreOffice start serves every file.

Not compared here: a document whose very last paragraph mark is tracked as removed (Word never
writes that; Word keeps the last mark). LibreOffice then leaves an empty list item ("3."); the
reader drops it, as test_docx_tracked.py checks, so that no empty numbered line is parsed.
Nor tracked table rows (``w:trPr/w:ins|del``): LibreOffice 7.4 keeps such rows in both
states; the reader follows ECMA-376 17.13.5 (an inserted row is not there before, a deleted
one not after), checked in test_docx_tracked.py."""
from __future__ import annotations

import re

import shutil
import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from tracked_docx import (HEADER, bold_change, build, delete, ins, move_from, move_to, op, para,
                          run)

from viewer.loaders.docx_revisions import read_tracked

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
from export_helpers import seed_comparison  # noqa: E402

from viewer.export.docx import to_bytes  # noqa: E402

MACRO = '''Sub ResolveAll(folder As String)
    Dim names(200) As String
    Dim n As Integer
    f = Dir(folder & "/*.docx")
    Do While f <> ""
        names(n) = f
        n = n + 1
        f = Dir()
    Loop
    For i = 0 To n - 1
        Resolve(folder & "/" & names(i), folder & "/" & names(i) & ".accept.txt", "accept")
        Resolve(folder & "/" & names(i), folder & "/" & names(i) & ".reject.txt", "reject")
    Next i
End Sub

Sub Resolve(src As String, dst As String, mode As String)
    Dim props(0) As New com.sun.star.beans.PropertyValue
    props(0).Name = "Hidden"
    props(0).Value = True
    doc = StarDesktop.loadComponentFromURL(ConvertToURL(src), "_blank", 0, props())
    helper = createUnoService("com.sun.star.frame.DispatchHelper")
    If mode = "accept" Then
        command = ".uno:AcceptAllTrackedChanges"
    Else
        command = ".uno:RejectAllTrackedChanges"
    End If
    helper.executeDispatch(doc.getCurrentController().getFrame(), command, "", 0, Array())
    Dim out(1) As New com.sun.star.beans.PropertyValue
    out(0).Name = "FilterName"
    out(0).Value = "Text (encoded)"
    out(1).Name = "FilterOptions"
    out(1).Value = "UTF8,LF,,,"
    doc.storeToURL(ConvertToURL(dst), out())
    doc.close(True)
End Sub
'''
MOVED = "Encourages dialogue among States;"


def _cases() -> dict[str, list[str]]:
    return {
        "insert-delete": [
            *HEADER, para(run("Recalling its resolution "), delete("37/23"), ins("43/21", "Bob"),
                          run(",")),
            op(run("Calls upon "), delete("all "), run("States"), ins(" and organizations", "Bob"),
               run(" to cooperate;")),
            op(run("Decides to remain seized of the matter."))],
        "moves": [
            *HEADER, op(run("Calls upon States to cooperate;")),
            op(move_to(MOVED, "Dan"), mark=("moveTo", "Dan")),
            op(run("Requests the High Commissioner to report;")),
            op(move_from(MOVED, "Dan"), mark=("moveFrom", "Dan")),
            para(run("45th meeting"))],
        "format": [
            *HEADER, para(run("Reaffirming the Charter,"), extra_ppr='<w:jc w:val="both"/>',
                          old_ppr='<w:jc w:val="left"/>'),
            op(run("Calls upon States to "), bold_change("cooperate"), run(";"))],
        "marks": [
            *HEADER,
            op(run("Calls upon States to cooperate"), ins(";", "Dan"), mark=("ins", "Dan")),
            op(delete(" and e", "Dan"), ins("E", "Dan"), run("ncourages dialogue;")),
            op(run("Requests the High Commissioner to report"), delete(";", "Eve"),
               mark=("del", "Eve")),
            op(delete("D", "Eve"), ins(" and d", "Eve"),
               run("ecides to remain seized of the matter."))],
        "whole-paragraphs": [
            *HEADER, para(delete("Noting the report,", "Bob"), mark=("del", "Bob")),
            op(ins("Invites States to share good practices;", "Cy"), mark=("ins", "Cy")),
            op(run("Decides to remain seized of the matter."))],
        "numbering": [  # a plain paragraph turned into the second numbered one
            *HEADER, op(run("Calls upon States to cooperate;")),
            op(run("Decides to remain seized of the matter."), old_ppr="")],
        "nested": [  # text Ann inserted and Bob then deleted: in neither state
            para(run("Adopted "), '<w:ins w:id="77" w:author="Ann" w:date="2020-06-22T10:00:00Z">',
                 run("new "), delete("gone ", "Bob"), "</w:ins>", run("text")),
            para(run("End."))],
    }


def _lines(text: str) -> list[str]:
    """Paragraph lines as LibreOffice's text export writes them: list items are indented."""
    return [line.strip() for line in text.lstrip("\ufeff").split("\n") if line.strip()]


def _soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if not found:
        pytest.fail("LibreOffice not found: run `sh packaging/setup.sh test` to install it")
    return found


def _as_libreoffice_text(lines: list[str]) -> list[str]:
    """Our lines as LibreOffice's text export shows them: a footnote reference as its plain
    number, the footnote bodies (which we append after the text) not at all."""
    kept = [line.strip() for line in lines if line.strip()]
    while kept and re.match(r"^[⁰¹²³⁴⁵⁶⁷⁸⁹]+ ", kept[-1]):
        kept.pop()
    return [line.translate(str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")) for line in kept]


def test_reject_and_accept_all_match_libreoffice(tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    for name, body in _cases().items():
        build(files / f"{name}.docx", body)
    seed = seed_comparison("hrc-37-23-adopted", "hrc-43-21-adopted")
    (files / "seed-export.docx").write_bytes(to_bytes(seed, {"OP2>OP4": "note"}))

    profile = tmp_path / "profile"
    soffice = _soffice()
    uri = profile.as_uri()
    subprocess.run([soffice, f"-env:UserInstallation={uri}", "--headless", "--terminate_after_init"],
                   capture_output=True, timeout=180)
    module = profile / "user" / "basic" / "Standard" / "Module1.xba"
    assert module.is_file()  # the fresh profile's empty Standard library
    module.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC '
        '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n<script:module '
        'xmlns:script="http://openoffice.org/2000/script" script:name="Module1" '
        f'script:language="StarBasic">{escape(MACRO, {chr(34): "&quot;"})}</script:module>',
        encoding="utf-8")
    done = subprocess.run([soffice, f"-env:UserInstallation={uri}", "--headless",
                           f'macro:///Standard.Module1.ResolveAll("{files}")'],
                          capture_output=True, text=True, timeout=300)

    for docx_path in sorted(files.glob("*.docx")):
        ours = read_tracked(docx_path.read_bytes(), docx_path.name)
        for state, lines in (("reject", ours.before_lines), ("accept", ours.after_lines)):
            result = Path(f"{docx_path}.{state}.txt")
            assert result.is_file(), done.stdout + done.stderr
            theirs = _lines(result.read_text(encoding="utf-8"))
            assert _as_libreoffice_text(lines) == theirs, (docx_path.name, state)
