<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Actions</name>
        <message>
            <source>Open &amp;old version…</source>
            <translation>打开旧版本(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;new version…</source>
            <translation>打开新版本(&amp;N)…</translation>
        </message>
        <message>
            <source>Open &amp;comparison…</source>
            <translation>打开对照文件(&amp;C)…</translation>
        </message>
        <message>
            <source>Open &amp;sample comparison</source>
            <translation>打开示例对照(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Clear recent files</source>
            <translation>清除最近使用记录(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Save comparison</source>
            <translation>保存对照(&amp;S)</translation>
        </message>
        <message>
            <source>Save comparison &amp;as…</source>
            <translation>对照另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Reload from disk</source>
            <translation>从磁盘重新载入(&amp;R)</translation>
        </message>
        <message>
            <source>S&amp;wap sides</source>
            <translation>交换左右两侧(&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>Print pre&amp;view…</source>
            <translation>打印预览(&amp;V)…</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>打印(&amp;P)…</translation>
        </message>
        <message>
            <source>&amp;Close comparison</source>
            <translation>关闭对照(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>Take back the last pairing, note or option change</source>
            <translation>撤销上一次配对、批注或选项的更改</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Copy paragraph text</source>
            <translation>复制段落文本(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>查找(&amp;F)…</translation>
        </message>
        <message>
            <source>Find &amp;next</source>
            <translation>查找下一个(&amp;N)</translation>
        </message>
        <message>
            <source>Find pre&amp;vious</source>
            <translation>查找上一个(&amp;V)</translation>
        </message>
        <message>
            <source>Edit &amp;note…</source>
            <translation>编辑批注(&amp;N)…</translation>
        </message>
        <message>
            <source>&amp;Pair selected paragraphs</source>
            <translation>配对所选段落(&amp;P)</translation>
        </message>
        <message>
            <source>Ctrl+click a row on the other side to choose the partner, then Ctrl+L</source>
            <translation>按住 Ctrl 单击另一侧的段落选定配对对象，再按 Ctrl+L</translation>
        </message>
        <message>
            <source>Pair &amp;with…</source>
            <translation>指定配对(&amp;W)…</translation>
        </message>
        <message>
            <source>&amp;Unpair</source>
            <translation>取消配对(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Reset all pairings</source>
            <translation>重置全部手动配对(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Side by side</source>
            <translation>并排对照(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Inline redline</source>
            <translation>单栏修订视图(&amp;I)</translation>
        </message>
        <message>
            <source>Show &amp;only changes</source>
            <translation>仅显示改动(&amp;O)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Normal size</source>
            <translation>正常大小(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Outline</source>
            <translation>段落导航(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Document facts</source>
            <translation>文件信息(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>批注(&amp;N)</translation>
        </message>
        <message>
            <source>Follow the &amp;system</source>
            <translation>跟随系统(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Next change</source>
            <translation>下一处改动(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Previous change</source>
            <translation>上一处改动(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;First paragraph</source>
            <translation>第一段(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Last paragraph</source>
            <translation>最后一段(&amp;L)</translation>
        </message>
        <message>
            <source>&amp;Go to paragraph…</source>
            <translation>转到段落(&amp;G)…</translation>
        </message>
        <message>
            <source>Focus the &amp;old side</source>
            <translation>转到旧版本一侧(&amp;O)</translation>
        </message>
        <message>
            <source>Focus the &amp;new side</source>
            <translation>转到新版本一侧(&amp;N)</translation>
        </message>
        <message>
            <source>Compare &amp;words</source>
            <translation>按词比较(&amp;W)</translation>
        </message>
        <message>
            <source>Compare &amp;characters</source>
            <translation>按字比较(&amp;C)</translation>
        </message>
        <message>
            <source>Ignore full-width/half-width &amp;punctuation</source>
            <translation>忽略全角/半角标点差异(&amp;P)</translation>
        </message>
        <message>
            <source>Ignore &amp;whitespace</source>
            <translation>忽略空白(&amp;W)</translation>
        </message>
        <message>
            <source>Ignore &amp;footnote markers</source>
            <translation>忽略脚注标记(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>键盘快捷键(&amp;K)</translation>
        </message>
        <message>
            <source>&amp;About ResCompare</source>
            <translation>关于 ResCompare(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go</source>
            <translation>转到(&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Options</source>
            <translation>选项(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>Open &amp;recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>界面语言(&amp;L)</translation>
        </message>
        <message>
            <source>Copy &amp;reference</source>
            <translation>复制引用(&amp;R)</translation>
        </message>
        <message>
            <source>Copy the symbol and paragraph number with the text (both versions and the changes for a pair)</source>
            <translation>复制文号和段落编号及其文本（成对的段落复制两个版本和改动）</translation>
        </message>
        <message>
            <source>Pair with the &amp;suggested paragraph</source>
            <translation>与建议的段落配对(&amp;S)</translation>
        </message>
        <message>
            <source>Paragraph &amp;history</source>
            <translation>段落沿革(&amp;H)</translation>
        </message>
        <message>
            <source>Open &amp;versions…</source>
            <translation>打开多个版本(&amp;V)…</translation>
        </message>
        <message>
            <source>Open three or more versions of one resolution as its history</source>
            <translation>将同一决议的三个或更多版本作为沿革打开</translation>
        </message>
        <message>
            <source>&amp;Add a version…</source>
            <translation>添加版本(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Previous pair of versions</source>
            <translation>上一对版本(&amp;P)</translation>
        </message>
        <message>
            <source>&amp;Next pair of versions</source>
            <translation>下一对版本(&amp;N)</translation>
        </message>
        <message>
            <source>Move the new version &amp;earlier</source>
            <translation>将新版本前移(&amp;E)</translation>
        </message>
        <message>
            <source>Move the new version &amp;later</source>
            <translation>将新版本后移(&amp;L)</translation>
        </message>
        <message>
            <source>Order the versions by &amp;date</source>
            <translation>按日期排列版本(&amp;D)</translation>
        </message>
        <message>
            <source>Ve&amp;rsions</source>
            <translation>版本(&amp;R)</translation>
        </message>
        <message>
            <source>Export the &amp;history report…</source>
            <translation>导出沿革报告(&amp;H)…</translation>
        </message>
    </context>
    <context>
        <name>CompareView</name>
        <message>
            <source>Old version</source>
            <translation>旧版本</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>新版本</translation>
        </message>
        <message>
            <source>Redline</source>
            <translation>修订视图</translation>
        </message>
    </context>
    <context>
        <name>ComparisonDocument</name>
        <message>
            <source>Pair {} with {}</source>
            <translation>将 {} 与 {} 配对</translation>
        </message>
        <message>
            <source>Unpair {}</source>
            <translation>取消 {} 的配对</translation>
        </message>
        <message>
            <source>Reset all pairings</source>
            <translation>重置全部手动配对</translation>
        </message>
        <message>
            <source>Note on {}</source>
            <translation>{} 的批注</translation>
        </message>
        <message>
            <source>Attach note to {}</source>
            <translation>将批注附加到 {}</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>删除批注</translation>
        </message>
        <message>
            <source>Change comparison options</source>
            <translation>更改对照选项</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <source>Cannot open</source>
            <translation>无法打开</translation>
        </message>
        <message>
            <source>Cannot save</source>
            <translation>无法保存</translation>
        </message>
        <message>
            <source>Cannot export</source>
            <translation>无法导出</translation>
        </message>
        <message>
            <source>Comparison file repaired</source>
            <translation>对照文件已修复</translation>
        </message>
        <message>
            <source>Unexpected error</source>
            <translation>意外错误</translation>
        </message>
        <message>
            <source>Something went wrong; what was open is kept.

{error}</source>
            <translation>出现了问题；已打开的内容保持不变。

{error}</translation>
        </message>
        <message>
            <source>About ResCompare</source>
            <translation>关于 ResCompare</translation>
        </message>
        <message>
            <source>&lt;h3&gt;ResCompare · 决议对照&lt;/h3&gt;&lt;p&gt;Version {version}&lt;/p&gt;&lt;p&gt;Compares two versions of a UN resolution: paragraphs aligned even when moved or renumbered, changed words marked, operative verb changes, votes and documents cited.&lt;/p&gt;&lt;p&gt;Chinese text is shown with the bundled WenQuanYi Micro Hei font (Apache 2.0 / GPL 3 with font exception).&lt;/p&gt;</source>
            <translation>&lt;h3&gt;ResCompare · 决议对照&lt;/h3&gt;&lt;p&gt;版本 {version}&lt;/p&gt;&lt;p&gt;对照联合国决议的两个版本：即使段落被移动或重新编号也能逐段对齐，标出改动的词语、执行部分动词的变化、表决情况和所引用的文件。&lt;/p&gt;&lt;p&gt;中文文本使用随附的文泉驿微米黑字体显示（Apache 2.0 / GPL 3 附字体例外条款）。&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>键盘快捷键</translation>
        </message>
        <message>
            <source>Menu</source>
            <translation>菜单</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>命令</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>按键</translation>
        </message>
        <message>
            <source>In the comparison: ↑/↓ move both sides; Ctrl+click or Ctrl+↑/↓ moves one side only (to choose a partner for Pair); Enter or double-click edits the row's note; Tab moves between the outline, the two sides and the panels.</source>
            <translation>在对照视图中：↑/↓ 同时移动两侧；按住 Ctrl 单击或按 Ctrl+↑/↓ 只移动一侧（用于选定配对对象）；Enter 键或双击可编辑该行的批注；Tab 键在段落导航、左右两侧和各面板之间切换。</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export options</source>
            <translation>导出选项</translation>
        </message>
        <message>
            <source>Landscape (both versions side by side)</source>
            <translation>横向（两个版本并排）</translation>
        </message>
        <message>
            <source>Portrait</source>
            <translation>纵向</translation>
        </message>
        <message>
            <source>Only changes (unchanged paragraphs as one line)</source>
            <translation>只导出改动（未改动的段落合并为一行）</translation>
        </message>
        <message>
            <source>Paper:</source>
            <translation>纸张：</translation>
        </message>
        <message>
            <source>Orientation:</source>
            <translation>方向：</translation>
        </message>
        <message>
            <source>Word pages follow the resolution&apos;s own layout.</source>
            <translation>Word 文件的页面沿用决议本身的版式。</translation>
        </message>
    </context>
    <context>
        <name>FileOps</name>
        <message>
            <source>Resolutions ({})</source>
            <translation>决议文本 ({})</translation>
        </message>
        <message>
            <source>Saved comparisons (*{})</source>
            <translation>已保存的对照 (*{})</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Open the old version</source>
            <translation>打开旧版本</translation>
        </message>
        <message>
            <source>Open the new version</source>
            <translation>打开新版本</translation>
        </message>
        <message>
            <source>Open a saved comparison</source>
            <translation>打开已保存的对照</translation>
        </message>
        <message>
            <source>Reloaded: the file changed on disk.</source>
            <translation>文件已在磁盘上更改，已重新载入。</translation>
        </message>
        <message>
            <source>{} was removed or renamed on disk; the comparison keeps its text.</source>
            <translation>{} 已在磁盘上被删除或重命名；对照中仍保留其文本。</translation>
        </message>
        <message>
            <source>File changed on disk</source>
            <translation>文件已在磁盘上更改</translation>
        </message>
        <message>
            <source>{} changed on disk. Reload it?

Your notes and pairings are kept; a note whose row disappears is listed under “Notes without a row”.</source>
            <translation>{} 已在磁盘上更改。是否重新载入？

您的批注和手动配对都会保留；若某条批注对应的行已不存在，它将列在“无对应行的批注”下。</translation>
        </message>
        <message>
            <source>Save the comparison</source>
            <translation>保存对照</translation>
        </message>
        <message>
            <source>Saved {}</source>
            <translation>已保存 {}</translation>
        </message>
        <message>
            <source>Unsaved notes and pairings</source>
            <translation>批注和配对尚未保存</translation>
        </message>
        <message>
            <source>This comparison has notes or pairings that are not saved. Save them?</source>
            <translation>此对照中有尚未保存的批注或手动配对。是否保存？</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Word 文档 (*.docx)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <source>JSON data (*.json)</source>
            <translation>JSON 数据 (*.json)</translation>
        </message>
        <message>
            <source>Export the comparison</source>
            <translation>导出对照</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <source>&amp;Find:</source>
            <translation>查找(&amp;F)：</translation>
        </message>
        <message>
            <source>Both sides</source>
            <translation>两侧</translation>
        </message>
        <message>
            <source>Old text</source>
            <translation>旧文本</translation>
        </message>
        <message>
            <source>New text</source>
            <translation>新文本</translation>
        </message>
        <message>
            <source>Search in</source>
            <translation>查找范围</translation>
        </message>
        <message>
            <source>Match &amp;case</source>
            <translation>区分大小写(&amp;C)</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>上一个匹配项 (Shift+F3)</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>下一个匹配项 (F3)</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>上一个匹配项</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>下一个匹配项</translation>
        </message>
        <message>
            <source>Close (Esc)</source>
            <translation>关闭 (Esc)</translation>
        </message>
        <message>
            <source>Close the find bar</source>
            <translation>关闭查找栏</translation>
        </message>
        <message>
            <source>No matches</source>
            <translation>无匹配项</translation>
        </message>
        <message>
            <source>{total} hidden</source>
            <translation>{total} 个（已隐藏）</translation>
        </message>
        <message>
            <source>{n} of {total}</source>
            <translation>第 {n} 个，共 {total} 个</translation>
        </message>
    </context>
    <context>
        <name>FindOps</name>
        <message>
            <source>Search wrapped around.</source>
            <translation>已从头继续查找。</translation>
        </message>
        <message>
            <source>Showing all paragraphs: the match is in an unchanged paragraph.</source>
            <translation>已显示全部段落：匹配项位于未改动的段落中。</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>unchanged</source>
            <translation>未改动</translation>
        </message>
        <message>
            <source>modified</source>
            <translation>修改</translation>
        </message>
        <message>
            <source>added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>moved</source>
            <translation>移动</translation>
        </message>
        <message>
            <source>renumbered</source>
            <translation>重新编号</translation>
        </message>
        <message>
            <source>split</source>
            <translation>拆分</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>合并</translation>
        </message>
        <message>
            <source>paired by hand</source>
            <translation>手动配对</translation>
        </message>
        <message>
            <source>verb changes</source>
            <translation>动词变化</translation>
        </message>
        <message>
            <source>{} added</source>
            <translation>新增 {} 段</translation>
        </message>
        <message>
            <source>{} deleted</source>
            <translation>删除 {} 段</translation>
        </message>
        <message>
            <source>{} modified</source>
            <translation>修改 {} 段</translation>
        </message>
        <message>
            <source>{} moved</source>
            <translation>移动 {} 段</translation>
        </message>
        <message>
            <source>{} renumbered</source>
            <translation>重新编号 {} 段</translation>
        </message>
        <message>
            <source>{} split</source>
            <translation>拆分 {} 段</translation>
        </message>
        <message>
            <source>{} merged</source>
            <translation>合并 {} 段</translation>
        </message>
        <message>
            <source>{} verb changes</source>
            <translation>动词变化 {} 处</translation>
        </message>
        <message>
            <source>{} verb change</source>
            <translation>动词变化 {} 处</translation>
        </message>
        <message>
            <source>stronger</source>
            <translation>语气加强</translation>
        </message>
        <message>
            <source>weaker</source>
            <translation>语气减弱</translation>
        </message>
        <message>
            <source>different verb</source>
            <translation>换用其他动词</translation>
        </message>
        <message>
            <source>Body</source>
            <translation>机构</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>届会</translation>
        </message>
        <message>
            <source>Agenda item</source>
            <translation>议程项目</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>决议编号</translation>
        </message>
        <message>
            <source>Symbol</source>
            <translation>文号</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>标题</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Sponsors</source>
            <translation>提案国</translation>
        </message>
        <message>
            <source>Adopted on the report</source>
            <translation>所依据的报告</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>会议</translation>
        </message>
        <message>
            <source>In favour</source>
            <translation>赞成</translation>
        </message>
        <message>
            <source>Against</source>
            <translation>反对</translation>
        </message>
        <message>
            <source>Abstaining</source>
            <translation>弃权</translation>
        </message>
        <message>
            <source>Footnotes</source>
            <translation>脚注</translation>
        </message>
        <message>
            <source>Documents cited</source>
            <translation>所引文件</translation>
        </message>
        <message>
            <source>adopted</source>
            <translation>已通过</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>草案</translation>
        </message>
        <message>
            <source>adopted without a vote</source>
            <translation>未经表决获得通过</translation>
        </message>
        <message>
            <source>Preambular paragraphs</source>
            <translation>序言段落</translation>
        </message>
        <message>
            <source>Operative paragraphs</source>
            <translation>执行段落</translation>
        </message>
        <message>
            <source>No differences</source>
            <translation>没有差异</translation>
        </message>
        <message>
            <source>{old} → {new} ({direction})</source>
            <translation>{old} → {new}（{direction}）</translation>
        </message>
        <message>
            <source>Verb: {change}</source>
            <translation>动词：{change}</translation>
        </message>
        <message>
            <source>not in this version</source>
            <translation>此版本中没有该段</translation>
        </message>
        <message>
            <source>check this pairing</source>
            <translation>请核对配对</translation>
        </message>
        <message>
            <source>On behalf of</source>
            <translation>代表</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>表决</translation>
        </message>
        <message>
            <source>pairing {score}% · text {text}%</source>
            <translation>配对 {score}% · 文字 {text}%</translation>
        </message>
        <message>
            <source>{span} unchanged ({n})</source>
            <translation>{span} 未改动（{n} 段）</translation>
        </message>
        <message>
            <source>{} unchanged paragraphs folded</source>
            <translation>已折叠 {} 个未改动段落</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <translation>{year}年{mon}月{day}日</translation>
        </message>
        <message>
            <source>{n}{suffix} meeting</source>
            <translation>第{n}次会议</translation>
        </message>
        <message>
            <source>{yes} in favour · {no} against · {abstain} abstaining</source>
            <translation>赞成 {yes} · 反对 {no} · 弃权 {abstain}</translation>
        </message>
        <message>
            <source>adopted texts do not list sponsors</source>
            <translation>通过的决议文本不列提案国</translation>
        </message>
        <message>
            <source>click or Enter to expand</source>
            <translation>单击或按 Enter 键展开</translation>
        </message>
        <message>
            <source>PP{n}</source>
            <translation>序言部分第 {n} 段</translation>
        </message>
        <message>
            <source>OP{n}</source>
            <translation>执行部分第 {n} 段</translation>
        </message>
        <message>
            <source>pair with old {}</source>
            <translation>与旧版{}配对</translation>
        </message>
        <message>
            <source>pair with new {}</source>
            <translation>与新版{}配对</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>Outline</source>
            <translation>段落导航</translation>
        </message>
        <message>
            <source>Document facts</source>
            <translation>文件信息</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>Working</source>
            <translation>正在处理</translation>
        </message>
        <message>
            <source>Paragraph history</source>
            <translation>段落沿革</translation>
        </message>
    </context>
    <context>
        <name>Loading</name>
        <message>
            <source>Loading…</source>
            <translation>正在载入…</translation>
        </message>
        <message>
            <source>Reading paragraphs…</source>
            <translation>正在识别段落…</translation>
        </message>
        <message>
            <source>Aligning and comparing…</source>
            <translation>正在对齐并比较…</translation>
        </message>
        <message>
            <source>Exporting…</source>
            <translation>正在导出…</translation>
        </message>
        <message>
            <source>Exported to {}</source>
            <translation>已导出到 {}</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>旧版本</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新版本</translation>
        </message>
        <message>
            <source>(only changes shown)</source>
            <translation>（仅显示改动）</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Copied the text of {}.</source>
            <translation>已复制 {} 的文本。</translation>
        </message>
        <message>
            <source>Copied the reference to {}.</source>
            <translation>已复制 {} 的引用。</translation>
        </message>
        <message>
            <source>Copy reference to this version</source>
            <translation>复制此版本的引用</translation>
        </message>
    </context>
    <context>
        <name>MetadataPanel</name>
        <message>
            <source>Document facts</source>
            <translation>文件信息</translation>
        </message>
        <message>
            <source>No comparison open.</source>
            <translation>尚未打开对照。</translation>
        </message>
        <message>
            <source>Old</source>
            <translation>旧版本</translation>
        </message>
        <message>
            <source>New</source>
            <translation>新版本</translation>
        </message>
        <message>
            <source>Old version</source>
            <translation>旧版本</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>新版本</translation>
        </message>
        <message>
            <source>{field}: {stated} stated, {listed} listed</source>
            <translation>{field}：写明 {stated} 票，名单列出 {listed} 个</translation>
        </message>
        <message>
            <source>⚠ The vote counts do not match the country lists</source>
            <translation>⚠ 票数与国家名单不符</translation>
        </message>
        <message>
            <source>Documents cited: what changed</source>
            <translation>所引文件的变化</translation>
        </message>
        <message>
            <source>No change in the documents cited.</source>
            <translation>所引文件没有变化。</translation>
        </message>
        <message>
            <source>Added</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>Navigation</name>
        <message>
            <source>No further change in this direction.</source>
            <translation>此方向上没有更多改动。</translation>
        </message>
        <message>
            <source>Go to paragraph</source>
            <translation>转到段落</translation>
        </message>
        <message>
            <source>Paragraph (e.g. OP4 or PP3), new numbering first:</source>
            <translation>段落（例如 执行第4段 或 序言第3段），优先按新版本编号：</translation>
        </message>
        <message>
            <source>No paragraph {}.</source>
            <translation>没有段落 {}。</translation>
        </message>
    </context>
    <context>
        <name>NoteOps</name>
        <message>
            <source>Delete note</source>
            <translation>删除批注</translation>
        </message>
        <message>
            <source>Delete this note for good?

{}</source>
            <translation>要永久删除这条批注吗？

{}</translation>
        </message>
    </context>
    <context>
        <name>NotesPanel</name>
        <message>
            <source>Type a note for this row. Notes are saved with the comparison (File › Save).</source>
            <translation>在此输入对这一行的批注。批注随对照一起保存（文件 › 保存对照）。</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>批注</translation>
        </message>
        <message>
            <source>Notes without a row — their paragraphs were paired differently or are gone. They are kept:</source>
            <translation>无对应行的批注——其段落已改为其他配对或已不存在。这些批注仍予保留：</translation>
        </message>
        <message>
            <source>&amp;Attach to current row</source>
            <translation>附加到当前行(&amp;A)</translation>
        </message>
        <message>
            <source>Delete note</source>
            <translation>删除批注</translation>
        </message>
        <message>
            <source>Select a row to write a note.</source>
            <translation>请选择一行来撰写批注。</translation>
        </message>
        <message>
            <source>Note on {row}</source>
            <translation>{row} 的批注</translation>
        </message>
    </context>
    <context>
        <name>Outline</name>
        <message>
            <source>Filter: OP5, moved, 修改, a word…</source>
            <translation>筛选：执行第5段、移动、修改、词语…</translation>
        </message>
        <message>
            <source>Filter the outline</source>
            <translation>筛选段落导航</translation>
        </message>
        <message>
            <source>Outline of paragraphs</source>
            <translation>段落导航</translation>
        </message>
    </context>
    <context>
        <name>OutlineModel</name>
        <message>
            <source>Notes without a row ({})</source>
            <translation>无对应行的批注（{}）</translation>
        </message>
    </context>
    <context>
        <name>PairDialog</name>
        <message>
            <source>Pair paragraphs</source>
            <translation>配对段落</translation>
        </message>
        <message>
            <source>Choose the paragraph of the old version and the paragraph of the new version that belong together. The comparison is recomputed at once; Edit › Unpair undoes it.</source>
            <translation>选择旧版本和新版本中相互对应的段落。对照会立即重新计算；可用“编辑 › 取消配对”撤销。</translation>
        </message>
        <message>
            <source>&amp;Old version</source>
            <translation>旧版本(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;New version</source>
            <translation>新版本(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>段落类型(&amp;K)：</translation>
        </message>
        <message>
            <source>&amp;Pair</source>
            <translation>配对(&amp;P)</translation>
        </message>
    </context>
    <context>
        <name>Pairing</name>
        <message>
            <source>Paired {} with {}.</source>
            <translation>已将 {} 与 {} 配对。</translation>
        </message>
        <message>
            <source>Pair paragraphs</source>
            <translation>配对段落</translation>
        </message>
        <message>
            <source>A preambular paragraph can only be paired with a preambular one, an operative with an operative.</source>
            <translation>序言段落只能与序言段落配对，执行段落只能与执行段落配对。</translation>
        </message>
        <message>
            <source>This row is not a pair.</source>
            <translation>这一行不是一对段落。</translation>
        </message>
        <message>
            <source>Unpaired {}.</source>
            <translation>已取消 {} 的配对。</translation>
        </message>
        <message>
            <source>Reset all pairings</source>
            <translation>重置全部手动配对</translation>
        </message>
        <message>
            <source>Forget every pairing made by hand?</source>
            <translation>要放弃所有手动配对吗？</translation>
        </message>
        <message>
            <source>Chosen: old {} · new {} — Ctrl+L pairs them</source>
            <translation>已选：旧 {} · 新 {} —— 按 Ctrl+L 配对</translation>
        </message>
        <message>
            <source>No paragraph to suggest for this row.</source>
            <translation>此行没有可建议配对的段落。</translation>
        </message>
    </context>
    <context>
        <name>StartPage</name>
        <message>
            <source>ResCompare · 决议对照</source>
            <translation>决议对照 · ResCompare</translation>
        </message>
        <message>
            <source>Compare two versions of a UN resolution — a draft and the adopted text, or the same resolution from two sessions. Choose the old and the new version (.txt, .docx or .pdf), or drop a file on either side.</source>
            <translation>对照联合国决议的两个版本——决议草案与通过的案文，或两届会议的同一决议。请选择旧版本和新版本（.txt、.docx 或 .pdf），或将文件拖放到任一侧。</translation>
        </message>
        <message>
            <source>Old version</source>
            <translation>旧版本</translation>
        </message>
        <message>
            <source>New version</source>
            <translation>新版本</translation>
        </message>
        <message>
            <source>Open &amp;old…</source>
            <translation>打开旧版本(&amp;O)…</translation>
        </message>
        <message>
            <source>Open &amp;new…</source>
            <translation>打开新版本(&amp;N)…</translation>
        </message>
        <message>
            <source>Open &amp;sample comparison (HRC 37/23 → 43/21)</source>
            <translation>打开示例对照（人权理事会 37/23 → 43/21）(&amp;S)</translation>
        </message>
        <message>
            <source>Open saved &amp;comparison…</source>
            <translation>打开已保存的对照(&amp;C)…</translation>
        </message>
        <message>
            <source>&amp;Recent</source>
            <translation>最近使用(&amp;R)</translation>
        </message>
        <message>
            <source>No file yet — drop one here</source>
            <translation>尚未选择文件——可将文件拖放到此处</translation>
        </message>
        <message>
            <source>Nothing opened yet.</source>
            <translation>尚未打开过任何文件。</translation>
        </message>
        <message>
            <source>Open &amp;versions (a history)…</source>
            <translation>打开多个版本（沿革）(&amp;V)…</translation>
        </message>
        <message>
            <source>Three or more versions of one resolution, ordered by date; a Word file with tracked changes can be opened alone to see its changes.</source>
            <translation>同一决议的三个或更多版本，按日期排列；带修订的 Word 文件可单独打开以查看其修订。</translation>
        </message>
    </context>
    <context>
        <name>ChangeMap</name>
        <message>
            <source>Change map: click to go there</source>
            <translation>改动分布图：单击即可跳转</translation>
        </message>
    </context>
    <context>
        <name>LabelsShort</name>
        <message>
            <source>PP{n}</source>
            <translation>序言第{n}段</translation>
        </message>
        <message>
            <source>OP{n}</source>
            <translation>执行第{n}段</translation>
        </message>
    </context>
    <context>
        <name>HistoryOps</name>
        <message>
            <source>Open the versions of a resolution</source>
            <translation>打开决议的各个版本</translation>
        </message>
        <message>
            <source>Resolutions ({})</source>
            <translation>决议文本 ({})</translation>
        </message>
        <message>
            <source>Add a version</source>
            <translation>添加版本</translation>
        </message>
        <message>
            <source>Reorder the versions</source>
            <translation>重新排列版本</translation>
        </message>
        <message>
            <source>Saved {}</source>
            <translation>已保存 {}</translation>
        </message>
        <message>
            <source>Export the history report</source>
            <translation>导出沿革报告</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Web page (*.html)</source>
            <translation>网页 (*.html)</translation>
        </message>
        <message>
            <source>JSON data (*.json)</source>
            <translation>JSON 数据 (*.json)</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Open three or more versions (Versions › Open versions…) or a Word file with tracked changes to see a paragraph&apos;s history.</source>
            <translation>打开三个或更多版本（版本 › 打开多个版本…）或带修订的 Word 文件，即可查看段落的沿革。</translation>
        </message>
        <message>
            <source>Select a paragraph to see it in every version.</source>
            <translation>选择一个段落，查看它在各个版本中的样子。</translation>
        </message>
        <message>
            <source>Select a paragraph to see who proposed its changes.</source>
            <translation>选择一个段落，查看谁提出了其中的修改。</translation>
        </message>
        <message>
            <source>Tracked changes in {}</source>
            <translation>{} 中的修订</translation>
        </message>
        <message>
            <source>inserted</source>
            <translation>插入</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>moved away</source>
            <translation>移出</translation>
        </message>
        <message>
            <source>moved here</source>
            <translation>移入</translation>
        </message>
        <message>
            <source>formatting</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>paragraph split</source>
            <translation>拆分段落</translation>
        </message>
        <message>
            <source>paragraphs joined</source>
            <translation>合并段落</translation>
        </message>
        <message>
            <source>row inserted</source>
            <translation>插入行</translation>
        </message>
        <message>
            <source>row deleted</source>
            <translation>删除行</translation>
        </message>
        <message>
            <source>unknown author</source>
            <translation>作者不详</translation>
        </message>
    </context>
    <context>
        <name>TrackedStateDialog</name>
        <message>
            <source>Word file with tracked changes</source>
            <translation>带修订的 Word 文件</translation>
        </message>
        <message>
            <source>unknown authors</source>
            <translation>不详的作者</translation>
        </message>
        <message>
            <source>{name} has {count} tracked changes by {who}. Which text should be used?</source>
            <translation>{name} 中有 {who} 所作的 {count} 处修订。要使用哪一个文本？</translation>
        </message>
        <message>
            <source>Show its &amp;changes (before → after)</source>
            <translation>显示其修订（修订前 → 修订后）(&amp;C)</translation>
        </message>
        <message>
            <source>The text &amp;before the changes</source>
            <translation>修订前的文本(&amp;B)</translation>
        </message>
        <message>
            <source>The text &amp;after the changes</source>
            <translation>修订后的文本(&amp;A)</translation>
        </message>
    </context>
    <context>
        <name>VersionStrip</name>
        <message>
            <source>Previous pair of versions</source>
            <translation>上一对版本</translation>
        </message>
        <message>
            <source>Next pair of versions</source>
            <translation>下一对版本</translation>
        </message>
        <message>
            <source>Click a version to compare it with the one before it; Ctrl+click chooses the old version. Drag a version to reorder.</source>
            <translation>单击某个版本，将它与前一个版本对照；按住 Ctrl 单击则选为旧版本。拖动版本可重新排列。</translation>
        </message>
        <message>
            <source>Comparing {} → {} of {}</source>
            <translation>正在对照第 {} → {} 个版本，共 {} 个</translation>
        </message>
    </context>
</TS>
