<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>ChartPane</name>
        <message>
            <source>工作评价统计</source>
            <translation>Status overview</translation>
        </message>
        <message>
            <source>各单位工作评价</source>
            <translation>Status by unit</translation>
        </message>
        <message>
            <source>各期工作评价</source>
            <translation>Status over periods</translation>
        </message>
        <message>
            <source>红黄绿灯</source>
            <translation>Traffic lights</translation>
        </message>
        <message>
            <source>指标完成情况</source>
            <translation>Indicator progress</translation>
        </message>
        <message>
            <source>图表</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>指标任务</source>
            <translation>Indicator task</translation>
        </message>
        <message>
            <source>保存图片</source>
            <translation>Save image</translation>
        </message>
        <message>
            <source>图表将在显示时绘制</source>
            <translation>The chart is drawn when shown</translation>
        </message>
        <message>
            <source>第{0}项 {1}</source>
            <translation>Task {0}: {1}</translation>
        </message>
        <message>
            <source>全部单位</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>PNG 图片 (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>无法保存图片:{0}</source>
            <translation>Could not save the image: {0}</translation>
        </message>
    </context>
    <context>
        <name>DueDateDialog</name>
        <message>
            <source>报送截止日期</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>截止日期</source>
            <translation>Due date</translation>
        </message>
    </context>
    <context>
        <name>ExportActions</name>
        <message>
            <source>Excel 工作簿 (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>导出报送表 — {0}</source>
            <translation>Export submission — {0}</translation>
        </message>
        <message>
            <source>红黄绿灯</source>
            <translation>Traffic light</translation>
        </message>
        <message>
            <source>未达预期原因</source>
            <translation>Reason below target</translation>
        </message>
        <message>
            <source>指标值</source>
            <translation>Indicator value</translation>
        </message>
        <message>
            <source>未达预期原因、指标值和位次总会写入报送表的隐藏页,办公室导入时一并取回;勾选后在表中单独成列</source>
            <translation>Reasons, indicator values and ranks always go into the submission's hidden sheet and reach the office on import; tick to show them as a column</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>填报单位</source>
            <translation>Reporting unit</translation>
        </message>
        <message>
            <source>填报人</source>
            <translation>Filled in by</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>填报日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>附加列</source>
            <translation>Extra columns</translation>
        </message>
        <message>
            <source>导出报送表</source>
            <translation>Export submission</translation>
        </message>
        <message>
            <source>请先在“单位”中选择要导出的单位。</source>
            <translation>First choose the unit to export under “Unit”.</translation>
        </message>
        <message>
            <source>{0}:{1} 项未填报</source>
            <translation>{0}: {1} not reported</translation>
        </message>
        <message>
            <source>以下单位尚有任务未填报,汇总表将标出这些空缺:</source>
            <translation>These units have tasks not yet reported; the summary will mark the gaps:</translation>
        </message>
        <message>
            <source>……共 {0} 个单位</source>
            <translation>… {0} units in all</translation>
        </message>
        <message>
            <source>暂不导出</source>
            <translation>Not now</translation>
        </message>
        <message>
            <source>导出汇总表</source>
            <translation>Export summary</translation>
        </message>
        <message>
            <source>……共 {0} 处</source>
            <translation>… {0} in all</translation>
        </message>
        <message>
            <source>还有未完成的填报</source>
            <translation>Some entries are incomplete</translation>
        </message>
        <message>
            <source>以下内容尚未填好,导出的表格将标出这些空缺:</source>
            <translation>Not filled in yet; the exported sheet will mark these gaps:</translation>
        </message>
        <message>
            <source>返回修改</source>
            <translation>Go back</translation>
        </message>
        <message>
            <source>仍然导出</source>
            <translation>Export anyway</translation>
        </message>
        <message>
            <source>正在导出…</source>
            <translation>Exporting…</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>已取消导出,原有文件未改动</source>
            <translation>Export cancelled; the existing file is unchanged</translation>
        </message>
        <message>
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>已导出:{0}</source>
            <translation>Exported: {0}</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>已保存到:
{0}</source>
            <translation>Saved to:
{0}</translation>
        </message>
        <message>
            <source>打开文件</source>
            <translation>Open file</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>Open folder</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>时间</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>项目</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>原值</source>
            <translation>Old value</translation>
        </message>
        <message>
            <source>新值</source>
            <translation>New value</translation>
        </message>
        <message>
            <source>修改人</source>
            <translation>Changed by</translation>
        </message>
        <message>
            <source>共 {0} 条修改记录(最新在上)</source>
            <translation>{0} changes (newest first)</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>重做</source>
            <translation>Redo</translation>
        </message>
        <message>
            <source>(已关闭)</source>
            <translation> (closed)</translation>
        </message>
        <message>
            <source>全部单位</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>本单位({0})</source>
            <translation>My unit ({0})</translation>
        </message>
        <message>
            <source>重点工作责任清单</source>
            <translation>Key Task Responsibility List</translation>
        </message>
        <message>
            <source>重新开放本期间</source>
            <translation>Reopen this period</translation>
        </message>
        <message>
            <source>全部评价</source>
            <translation>All statuses</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>Unfilled</translation>
        </message>
        <message>
            <source>未知单位:{0}</source>
            <translation>Unknown unit: {0}</translation>
        </message>
        <message>
            <source>{0}:共 {1} 项 · </source>
            <translation>{0}: {1} tasks · </translation>
        </message>
        <message>
            <source> · 本期间已关闭(只读)</source>
            <translation> · Period closed (read-only)</translation>
        </message>
        <message>
            <source> · 距报送截止还有 {0} 天</source>
            <translation> · {0} days until due</translation>
        </message>
        <message>
            <source> · 已超过报送截止 {0} 天</source>
            <translation> · {0} days overdue</translation>
        </message>
        <message>
            <source> · 显示 {0} 项</source>
            <translation> · {0} shown</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>沿用上期(第{0}项)</source>
            <translation>Copy last period (task {0})</translation>
        </message>
        <message>
            <source>第{0}项 修改记录</source>
            <translation>Task {0} — history</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>选择单位;可输入全称或简称(如 市发改委)</source>
            <translation>Choose a unit; type its full or short name (e.g. 市发改委)</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>搜索任务或进展 (Ctrl+F)</source>
            <translation>Search tasks or progress (Ctrl+F)</translation>
        </message>
        <message>
            <source>按工作评价筛选</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <source>只看未填</source>
            <translation>Unfilled only</translation>
        </message>
        <message>
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>最近打开</source>
            <translation>Open recent</translation>
        </message>
        <message>
            <source>编辑(&amp;E)</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>期间(&amp;P)</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>打开数据库…</source>
            <translation>Open database…</translation>
        </message>
        <message>
            <source>Ctrl+O</source>
            <translation>Ctrl+O</translation>
        </message>
        <message>
            <source>从清单文件新建数据库…</source>
            <translation>New database from list file…</translation>
        </message>
        <message>
            <source>导入(清单、报告或报送表)…</source>
            <translation>Import (list, report or submission)…</translation>
        </message>
        <message>
            <source>Ctrl+I</source>
            <translation>Ctrl+I</translation>
        </message>
        <message>
            <source>导出报送表…</source>
            <translation>Export submission…</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>导出汇总表…</source>
            <translation>Export summary…</translation>
        </message>
        <message>
            <source>打印预览…</source>
            <translation>Print preview…</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>Ctrl+P</translation>
        </message>
        <message>
            <source>导出PDF…</source>
            <translation>Export PDF…</translation>
        </message>
        <message>
            <source>打印本任务历次进展…</source>
            <translation>Print this task's progress history…</translation>
        </message>
        <message>
            <source>打印空白填报表…</source>
            <translation>Print blank form…</translation>
        </message>
        <message>
            <source>退出</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>Ctrl+Q</translation>
        </message>
        <message>
            <source>查找</source>
            <translation>Find</translation>
        </message>
        <message>
            <source>Ctrl+F</source>
            <translation>Ctrl+F</translation>
        </message>
        <message>
            <source>本条修改记录…</source>
            <translation>Entry history…</translation>
        </message>
        <message>
            <source>本单位与填报人…</source>
            <translation>My unit and liaison…</translation>
        </message>
        <message>
            <source>单位名称与简称…</source>
            <translation>Unit names and short names…</translation>
        </message>
        <message>
            <source>新建期间…</source>
            <translation>New period…</translation>
        </message>
        <message>
            <source>设置报送截止日期…</source>
            <translation>Set due date…</translation>
        </message>
        <message>
            <source>关闭本期间(只读)</source>
            <translation>Close this period (read-only)</translation>
        </message>
        <message>
            <source>生成报告段落…</source>
            <translation>Report paragraph…</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>About</translation>
        </message>
    </context>
    <context>
        <name>NewPeriodDialog</name>
        <message>
            <source>新建期间</source>
            <translation>New period</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>沿用上期的工作评价</source>
            <translation>Carry over last period's status</translation>
        </message>
        <message>
            <source>复制上期的进展和安排文字(否则留空)</source>
            <translation>Copy last period's progress and next steps (else empty)</translation>
        </message>
        <message>
            <source>设置报送截止日期</source>
            <translation>Set a due date</translation>
        </message>
        <message>
            <source>复制的进展须按本期情况改写;导出前的检查会列出与上期完全相同的进展</source>
            <translation>Rewrite copied progress for this period; the pre-export check lists progress identical to the last period's</translation>
        </message>
    </context>
    <context>
        <name>PrintActions</name>
        <message>
            <source>全部单位</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>导出PDF</source>
            <translation>Export PDF</translation>
        </message>
        <message>
            <source>PDF 文件 (*.pdf)</source>
            <translation>PDF file (*.pdf)</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>无法输出:{0}</source>
            <translation>Could not write: {0}</translation>
        </message>
        <message>
            <source>正在排版…</source>
            <translation>Laying out pages…</translation>
        </message>
    </context>
    <context>
        <name>ProgressEditor</name>
        <message>
            <source>（未填）</source>
            <translation>(not set)</translation>
        </message>
        <message>
            <source>责任领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <source>任务来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>请在左侧选择任务</source>
            <translation>Select a task on the left</translation>
        </message>
        <message>
            <source>第{0}项</source>
            <translation>Task {0}</translation>
        </message>
        <message>
            <source>牵头单位:</source>
            <translation>Lead unit: </translation>
        </message>
        <message>
            <source>;配合单位:</source>
            <translation>; supporting units: </translation>
        </message>
        <message>
            <source>目标:</source>
            <translation>Target: </translation>
        </message>
        <message>
            <source>时限:</source>
            <translation>Deadline: </translation>
        </message>
        <message>
            <source>目标,任务文字中为 {0:g}</source>
            <translation>target; the task text says {0:g}</translation>
        </message>
        <message>
            <source>全年目标值</source>
            <translation>yearly target</translation>
        </message>
        <message>
            <source>上期填报</source>
            <translation>Last period</translation>
        </message>
        <message>
            <source>上期无填报</source>
            <translation>Nothing filled last period</translation>
        </message>
        <message>
            <source>本期为第一个期间</source>
            <translation>This is the first period</translation>
        </message>
        <message>
            <source>工作评价:</source>
            <translation>Status: </translation>
        </message>
        <message>
            <source>指标值“{0}”不是数字,未保存;文字说明请写在进展情况或备注中</source>
            <translation>Indicator “{0}” is not a number and was not saved; put wording in the progress or the remark</translation>
        </message>
        <message>
            <source>进展 {0} 字 · 安排 {1} 字 · 原因 {2} 字</source>
            <translation>Progress {0} chars · Next steps {1} · Reason {2}</translation>
        </message>
        <message>
            <source>已自动保存 {0}</source>
            <translation>saved {0}</translation>
        </message>
        <message>
            <source>font-weight: bold;</source>
            <translation>font-weight: bold;</translation>
        </message>
        <message>
            <source>工作评价</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>近期工作安排</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>未达预期原因</source>
            <translation>Reason below target</translation>
        </message>
        <message>
            <source>color: #c0392b;</source>
            <translation>color: #c0392b;</translation>
        </message>
        <message>
            <source>工作评价为“未达预期”时须填写原因</source>
            <translation>Give a reason when the status is “未达预期” (below target)</translation>
        </message>
        <message>
            <source>指标值 / 位次 / 目标</source>
            <translation>Value / rank / target</translation>
        </message>
        <message>
            <source>数值,如 6.4</source>
            <translation>Number, e.g. 6.4</translation>
        </message>
        <message>
            <source>全省位次,如 第6位</source>
            <translation>Rank in the province, e.g. 第6位</translation>
        </message>
        <message>
            <source>本任务指标的全年目标值(各期通用),红黄绿灯据此计算序时目标;留空则从任务文字读出</source>
            <translation>The task's yearly target (all periods); the light compares the value with its time-proportional share. Empty: read from the task text</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>color: #666;</source>
            <translation>color: #666;</translation>
        </message>
        <message>
            <source>沿用上期</source>
            <translation>Copy last period</translation>
        </message>
        <message>
            <source>把上期的工作评价、进展和安排填入本期</source>
            <translation>Fill in last period's status, progress and next steps</translation>
        </message>
        <message>
            <source>修改记录…</source>
            <translation>History…</translation>
        </message>
    </context>
    <context>
        <name>TaskTableModel</name>
        <message>
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>重点工作任务</source>
            <translation>Key task</translation>
        </message>
        <message>
            <source>牵头单位</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <source>工作评价</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>红黄绿灯</source>
            <translation>Light</translation>
        </message>
        <message>
            <source>本期进展</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>已填/未填</source>
            <translation>Filled</translation>
        </message>
        <message>
            <source>绿灯</source>
            <translation>Green</translation>
        </message>
        <message>
            <source>黄灯</source>
            <translation>Yellow</translation>
        </message>
        <message>
            <source>红灯</source>
            <translation>Red</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>Unfilled</translation>
        </message>
        <message>
            <source>已填</source>
            <translation>Filled</translation>
        </message>
    </context>
    <context>
        <name>TextDialog</name>
        <message>
            <source>复制全文</source>
            <translation>Copy all</translation>
        </message>
    </context>
    <context>
        <name>UnitDialog</name>
        <message>
            <source>本单位与填报人</source>
            <translation>My unit and liaison</translation>
        </message>
        <message>
            <source>请选择本单位,任务表将默认只显示本单位牵头的任务。</source>
            <translation>Choose your unit; the task table then shows the tasks it leads.</translation>
        </message>
        <message>
            <source>全部单位(不指定本单位)</source>
            <translation>All units (no own unit)</translation>
        </message>
        <message>
            <source>本单位</source>
            <translation>My unit</translation>
        </message>
        <message>
            <source>填报人</source>
            <translation>Filled in by</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>审核人</source>
            <translation>Reviewer</translation>
        </message>
        <message>
            <source>界面语言(重启后生效)</source>
            <translation>Language (after restart)</translation>
        </message>
    </context>
    <context>
        <name>UnitsDialog</name>
        <message>
            <source>单位名称与简称</source>
            <translation>Unit names and short names</translation>
        </message>
        <message>
            <source>简称和别名用于识别导入文件中的单位名称(多个别名用“、”分隔)。未登记的名称可并入已有单位。</source>
            <translation>Short names and aliases identify units in imported files (separate aliases with “、”). An unregistered name can be merged into a known unit.</translation>
        </message>
        <message>
            <source>单位全称</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>简称</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>别名</source>
            <translation>Aliases</translation>
        </message>
        <message>
            <source>牵头/配合任务</source>
            <translation>Lead/support tasks</translation>
        </message>
        <message>
            <source>将选中的名称并入:</source>
            <translation>Merge the selected name into:</translation>
        </message>
        <message>
            <source>并入</source>
            <translation>Merge</translation>
        </message>
        <message>
            <source>导入时未能识别的名称</source>
            <translation>A name not recognised on import</translation>
        </message>
        <message>
            <source>选择单位</source>
            <translation>Choose a unit</translation>
        </message>
        <message>
            <source>简称或别名的修改尚未保存,是否保存?</source>
            <translation>Short names or aliases were changed but not saved. Save them?</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>请先选中一个名称,再选择要并入的单位。</source>
            <translation>Select a name first, then the unit to merge it into.</translation>
        </message>
        <message>
            <source>将“{0}”({1} 项任务)并入“{2}”?
此后两者视为同一单位,此操作不能撤销。</source>
            <translation>Merge “{0}” ({1} tasks) into “{2}”?
Both will be the same unit from now on. This cannot be undone.</translation>
        </message>
        <message>
            <source>无法并入</source>
            <translation>Could not merge</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
        <message>
            <source>清单或报告 (*.xlsx *.txt);;所有文件 (*)</source>
            <translation>Lists or reports (*.xlsx *.txt);;All files (*)</translation>
        </message>
        <message>
            <source>数据库 (*.db *.sqlite);;所有文件 (*)</source>
            <translation>Databases (*.db *.sqlite);;All files (*)</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>请先在“单位”中选择要打印空白表的单位。</source>
            <translation>First choose the unit for the blank form under “Unit”.</translation>
        </message>
        <message>
            <source>已导出:{0}</source>
            <translation>Exported: {0}</translation>
        </message>
        <message>
            <source>出错了</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>文件不存在</source>
            <translation>File not found</translation>
        </message>
        <message>
            <source>打开数据库</source>
            <translation>Open database</translation>
        </message>
        <message>
            <source>选择清单文件</source>
            <translation>Choose a list file</translation>
        </message>
        <message>
            <source>新数据库保存为</source>
            <translation>Save new database as</translation>
        </message>
        <message>
            <source>文件已存在,请换一个名字</source>
            <translation>The file exists; choose another name</translation>
        </message>
        <message>
            <source>选择期间</source>
            <translation>Choose the period</translation>
        </message>
        <message>
            <source>{0} 的进展列没有标明期间,这些进展属于:</source>
            <translation>The progress column of {0} names no period. This progress is for:</translation>
        </message>
        <message>
            <source>导入(可多选)</source>
            <translation>Import (several files allowed)</translation>
        </message>
        <message>
            <source>未导入任何文件。</source>
            <translation>No file was imported. </translation>
        </message>
        <message>
            <source>{0}:新增任务 {1},更新任务 {2},更新进展 {3}</source>
            <translation>{0}: {1} tasks added, {2} tasks updated, {3} entries updated</translation>
        </message>
        <message>
            <source>  未登记的单位(原样保留):</source>
            <translation>  Unregistered units (kept as written): </translation>
        </message>
        <message>
            <source>  本库已填写的内容未被覆盖:</source>
            <translation>  Text already entered here was kept:</translation>
        </message>
        <message>
            <source>  未识别的列(按原列名保存为附加信息):</source>
            <translation>  Unrecognised columns (kept under their own names):</translation>
        </message>
        <message>
            <source>导入完成</source>
            <translation>Import finished</translation>
        </message>
        <message>
            <source>登记单位名称…</source>
            <translation>Register unit names…</translation>
        </message>
        <message>
            <source>请先导入本年度的责任清单</source>
            <translation>Import this year's responsibility list first</translation>
        </message>
        <message>
            <source>本年度12个月的期间都已建立</source>
            <translation>All twelve periods of this year already exist</translation>
        </message>
        <message>
            <source>关闭期间</source>
            <translation>Close period</translation>
        </message>
        <message>
            <source>关闭 {0} 后,本期间的填报将只读。确定关闭吗?</source>
            <translation>After closing {0}, its entries are read-only. Close it?</translation>
        </message>
        <message>
            <source>欢迎使用 — 请选择本单位</source>
            <translation>Welcome — choose your unit</translation>
        </message>
        <message>
            <source>报告段落 — {0}</source>
            <translation>Report paragraph — {0}</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <source>重点工作责任清单 联络员桌面工具
版本 {0}
离线运行,数据保存在本机。</source>
            <translation>Key Task Responsibility List — liaison desktop tool
Version {0}
Works offline; data stays on this computer.</translation>
        </message>
        <message>
            <source>(无)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>今日备份未能完成:{0}</source>
            <translation>Today's backup failed: {0}</translation>
        </message>
        <message>
            <source>已备份到 {0}</source>
            <translation>Backed up to {0}</translation>
        </message>
        <message>
            <source>无法打开数据库 {0}:{1}</source>
            <translation>Cannot open the database {0}: {1}</translation>
        </message>
    </context>
    <context>
        <name>commands</name>
        <message>
            <source>工作评价</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>进展情况</source>
            <translation>Progress</translation>
        </message>
        <message>
            <source>近期工作安排</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>未达预期原因</source>
            <translation>Reason below target</translation>
        </message>
        <message>
            <source>指标值</source>
            <translation>Indicator value</translation>
        </message>
        <message>
            <source>位次</source>
            <translation>Rank</translation>
        </message>
        <message>
            <source>备注</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>指标目标值</source>
            <translation>indicator target</translation>
        </message>
        <message>
            <source>修改{0}</source>
            <translation>Edit {0}</translation>
        </message>
        <message>
            <source>(第{0}项)</source>
            <translation> (task {0})</translation>
        </message>
    </context>
    <context>
        <name>printing</name>
        <message>
            <source>打印预览</source>
            <translation>Print preview</translation>
        </message>
    </context>
</TS>
