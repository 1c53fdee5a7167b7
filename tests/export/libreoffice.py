"""LibreOffice as the reader: accept or reject every tracked change of .docx files in Writer
itself, and read back the body paragraphs and the footnotes (test helper).

There is no Python-UNO here (the LibreOffice bundle's Python is not installed), so a small
LibreOffice Basic module is put into a throw-away user profile and run headless through a
``macro:///`` URL. One LibreOffice start handles a whole list of jobs (it takes seconds).
LibreOffice saves each result as .docx (no tracked changes left in it), read back by
:func:`docx_revisions.resolve_all`. (Reading the text through UNO instead crashed LibreOffice
7.4 on some of these documents: its text-portion enumeration throws NoSuchElementException
where hasMoreElements said yes.)
"""
from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path
from xml.sax.saxutils import escape

from docx_revisions import resolve_all
from export_helpers import require

_BASIC = r'''
Sub RunJobs(sList As String)
  oSFA = createUnoService("com.sun.star.ucb.SimpleFileAccess")
  oIn = createUnoService("com.sun.star.io.TextInputStream")
  oIn.setInputStream(oSFA.openFileRead(ConvertToURL(sList)))
  oIn.setEncoding("UTF-8")
  Do While Not oIn.isEOF()
    sLine = oIn.readLine()
    If Len(sLine) > 0 Then
      aJob = Split(sLine, Chr(9))
      Resolve(aJob(0), aJob(1), aJob(2))
    End If
  Loop
  oIn.closeInput()
End Sub

Sub Resolve(sIn As String, sOut As String, sMode As String)
  Dim aArgs() As New com.sun.star.beans.PropertyValue
  oDoc = StarDesktop.loadComponentFromURL(ConvertToURL(sIn), "_blank", 0, aArgs())
  oDisp = createUnoService("com.sun.star.frame.DispatchHelper")
  oFrame = oDoc.getCurrentController().getFrame()
  If sMode <> "none" Then
    sCommand = ".uno:RejectAllTrackedChanges"
    If sMode = "accept" Then sCommand = ".uno:AcceptAllTrackedChanges"
    ' Sent at once: waiting for the layout first made LibreOffice 7.4 crash or hang on some of
    ' these documents, and so did asking getRedlines() afterwards.
    oDisp.executeDispatch(oFrame, sCommand, "", 0, Array())
  End If
  Dim aSave(0) As New com.sun.star.beans.PropertyValue
  aSave(0).Name = "FilterName"
  aSave(0).Value = "MS Word 2007 XML"
  oDoc.storeToURL(ConvertToURL(sOut), aSave())
  oDoc.close(True)
End Sub
'''


def _profile(root: Path) -> str:
    """A fresh user profile holding the Basic module; its file URL."""
    url = (root / "lo-profile").as_uri()
    subprocess.run([require("soffice", "libreoffice"), f"-env:UserInstallation={url}",
                    "--headless", "--terminate_after_init"], capture_output=True, timeout=180)
    std = root / "lo-profile" / "user" / "basic" / "Standard"
    std.mkdir(parents=True, exist_ok=True)
    (std / "Module1.xba").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE script:module PUBLIC '
        '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "module.dtd">\n'
        '<script:module xmlns:script="http://openoffice.org/2000/script" script:name="Module1" '
        f'script:language="StarBasic">{escape(_BASIC)}</script:module>\n', encoding="utf-8")
    (std / "script.xlb").write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE library:library PUBLIC '
        '"-//OpenOffice.org//DTD OfficeDocument 1.0//EN" "library.dtd">\n'
        '<library:library xmlns:library="http://openoffice.org/2000/library" '
        'library:name="Standard" library:readonly="false" library:passwordprotected="false">'
        '<library:element library:name="Module1"/></library:library>\n', encoding="utf-8")
    return url


def run_jobs(jobs: list[tuple[Path, str]], root: Path, env: dict[str, str] | None = None,
             timeout: float = 300) -> dict[tuple[Path, str], tuple[list, list]]:
    """``jobs``: (docx, 'accept' | 'reject'). Returns, per job, (body paragraphs without the
    summary page, footnote texts) as LibreOffice holds them afterwards: footnote anchors as
    superscript numbers, empty paragraphs dropped."""
    url = _profile(root)
    listing = root / "jobs.txt"
    outs = {job: root / f"out-{k}.docx" for k, job in enumerate(jobs)}
    listing.write_text("".join(f"{job[0]}\t{out}\t{job[1]}\n" for job, out in outs.items()),
                       encoding="utf-8")
    # Its own process group, so that a LibreOffice that hangs is ended whole (soffice is a
    # wrapper script around soffice.bin).
    proc = subprocess.Popen([require("soffice", "libreoffice"), f"-env:UserInstallation={url}",
                             "--headless", f'macro:///Standard.Module1.RunJobs("{listing}")'],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=env or dict(os.environ), start_new_session=True)
    try:
        stdout, stderr = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        stdout, stderr = proc.communicate()
        stderr += f"\n(LibreOffice ended after {timeout} s)"
    results = {}
    for job, out in outs.items():
        assert out.is_file(), f"LibreOffice wrote nothing for {job}: {stdout}{stderr}"
        results[job] = resolve_all(out.read_bytes(), accept=True)
    return results
