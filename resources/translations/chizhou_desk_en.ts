<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name>AttachmentsBox</name>
        <message>
            <source>文件名</source>
            <translation>File name</translation>
        </message>
        <message>
            <source>大小</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>类型</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>可把文件拖到编辑区，或复制图片后按 Ctrl+V 粘贴。每个文件不超过 {0} MB，每期合计不超过 {1} MB；可附图片、PDF、OFD、Office/WPS 文档、文本。</source>
            <translation>Drop files onto the editor, or copy an image and press Ctrl+V. At most {0} MB a file and {1} MB a period; images, PDF, OFD, Office/WPS documents and text.</translation>
        </message>
        <message>
            <source>附加文件…</source>
            <translation>Attach files…</translation>
        </message>
        <message>
            <source>粘贴图片</source>
            <translation>Paste image</translation>
        </message>
        <message>
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>重命名…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>缩小照片</source>
            <translation>Shrink photos</translation>
        </message>
        <message>
            <source>附加前把照片缩小到长边 {0} 像素(JPEG)，超过 {1} MB 的照片也可附加</source>
            <translation>Reduce photos to {0} pixels on the longer side (JPEG) before attaching; a photo over {1} MB then fits</translation>
        </message>
        <message>
            <source>附加佐证材料</source>
            <translation>Attach evidence files</translation>
        </message>
        <message>
            <source>佐证材料 (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.pdf *.ofd *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.dps *.odt *.ods *.odp *.txt *.csv *.md);;所有文件 (*)</source>
            <translation>Evidence files (*.jpg *.jpeg *.png *.gif *.bmp *.webp *.tif *.tiff *.pdf *.ofd *.doc *.docx *.xls *.xlsx *.ppt *.pptx *.wps *.et *.dps *.odt *.ods *.odp *.txt *.csv *.md);;All files (*)</translation>
        </message>
        <message>
            <source>剪贴板中没有图片</source>
            <translation>The clipboard holds no image</translation>
        </message>
        <message>
            <source>粘贴的图片</source>
            <translation>Pasted image</translation>
        </message>
        <message>
            <source>重命名佐证材料</source>
            <translation>Rename evidence file</translation>
        </message>
        <message>
            <source>新文件名：</source>
            <translation>New file name:</translation>
        </message>
        <message>
            <source>佐证材料</source>
            <translation>Evidence</translation>
        </message>
    </context>
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
            <source>各单位工作评价统计表</source>
            <translation>Status by unit (table)</translation>
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
            <source>按报告版心宽度(156 mm)、300 dpi 保存</source>
            <translation>Saved at the report's text width (156 mm), 300 dpi</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>图表将在显示时绘制</source>
            <translation>The chart is drawn when shown</translation>
        </message>
        <message>
            <source>无法绘制此图表：{0}</source>
            <translation>Cannot draw this chart: {0}</translation>
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
            <source>无法保存图片：{0}</source>
            <translation>Could not save the image: {0}</translation>
        </message>
        <message>
            <source>打印预览</source>
            <translation>Print preview</translation>
        </message>
        <message>
            <source>{0}工作评价统计({1})</source>
            <translation>Status counts, {0} ({1})</translation>
        </message>
        <message>
            <source>工作评价</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>任务数(项)</source>
            <translation>Tasks</translation>
        </message>
        <message>
            <source>未明确单位</source>
            <translation>No lead unit</translation>
        </message>
        <message>
            <source>其他{0}个单位</source>
            <translation>{0} other units</translation>
        </message>
        <message>
            <source>{0}各单位工作评价(按问题多少排序)</source>
            <translation>Status by unit, {0} (most problems first)</translation>
        </message>
        <message>
            <source>{0}年各期工作评价({1})</source>
            <translation>Status by period, {0} ({1})</translation>
        </message>
        <message>
            <source>期间</source>
            <translation>Period</translation>
        </message>
        <message>
            <source>{0}红黄绿灯({1})</source>
            <translation>Lights, {0} ({1})</translation>
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
            <source>未评定</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <source>未填</source>
            <translation>Unfilled</translation>
        </message>
        <message>
            <source>没有带数值目标的任务</source>
            <translation>No task has a numeric target</translation>
        </message>
        <message>
            <source>目标值 {0}</source>
            <translation>Target {0}</translation>
        </message>
        <message>
            <source>序时目标</source>
            <translation>Target to date</translation>
        </message>
        <message>
            <source>实际值</source>
            <translation>Actual</translation>
        </message>
        <message>
            <source>尚未填报指标值</source>
            <translation>No value reported yet</translation>
        </message>
        <message>
            <source>第{0}项指标：{1}</source>
            <translation>Task {0}: {1}</translation>
        </message>
        <message>
            <source>底色：该格任务中最严重的灯(红、黄、绿)；单位按未达预期和滞后的项数排序；联合牵头的任务在每个牵头单位各计一次，合计按任务计。</source>
            <translation>Shading: the most serious light among the cell's tasks (red, yellow, green); units sorted by tasks short of expectations and behind; a jointly led task counts once for each lead unit, the totals once per task.</translation>
        </message>
        <message>
            <source>指标值</source>
            <translation>Indicator value</translation>
        </message>
        <message>
            <source>指标值({0})</source>
            <translation>Indicator value ({0})</translation>
        </message>
        <message>
            <source>{0}各单位工作评价统计表</source>
            <translation>Status by unit, {0}</translation>
        </message>
        <message>
            <source>牵头单位</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <source>合计</source>
            <translation>Total</translation>
        </message>
        <message>
            <source>合计(按任务)</source>
            <translation>Total (by task)</translation>
        </message>
        <message>
            <source>{0}年{1}</source>
            <translation>{1} {0}</translation>
        </message>
    </context>
    <context>
        <name>CoreTexts</name>
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
            <source>{0}：已填报 {1} 项，未填报 {2} 项</source>
            <translation>{0}: {1} tasks reported, {2} not reported</translation>
        </message>
        <message>
            <source>第{0}项{1}：与{2}的报送表不同，已按{3}的报送表更新</source>
            <translation>task {0}, {1}: differs from {2}'s submission; updated from {3}'s</translation>
        </message>
        <message>
            <source>第{0}项在导出后于 Excel/WPS 中改动过，已按表中内容导入</source>
            <translation>task {0} was changed in Excel/WPS after the export; imported as the sheet has it</translation>
        </message>
        <message>
            <source>市政府办公室审核意见({0}，{1})：{2}，{3} 项任务有意见</source>
            <translation>City government office's review ({0}, {1}): {2}, comments on {3} tasks</translation>
        </message>
        <message>
            <source>市政府办公室审核意见({0}，{1})：{2}</source>
            <translation>City government office's review ({0}, {1}): {2}</translation>
        </message>
        <message>
            <source>市政府办公室对{0}{1}报送表的意见：{2}，{3} 项任务有意见(第{4}项)</source>
            <translation>City government office on {0}'s {1} submission: {2}, comments on {3} tasks ({4})</translation>
        </message>
        <message>
            <source>市政府办公室对{0}{1}报送表的意见：{2}</source>
            <translation>City government office on {0}'s {1} submission: {2}</translation>
        </message>
        <message>
            <source>将不导入 — {0}</source>
            <translation>will not be imported — {0}</translation>
        </message>
        <message>
            <source>单位报送表({0}，{1})，将更新 {2} 项，未变 {3} 项</source>
            <translation>submission ({0}, {1}), {2} tasks to update, {3} unchanged</translation>
        </message>
        <message>
            <source>单位报送表({0}，无期间)，将更新 {1} 项，未变 {2} 项</source>
            <translation>submission ({0}, no period), {1} tasks to update, {2} unchanged</translation>
        </message>
        <message>
            <source>共 {0} 个文件：可导入 {1} 个，将更新 {2} 项；拒绝 {3} 个</source>
            <translation>{0} files: {1} can be imported, {2} tasks to update; {3} refused</translation>
        </message>
        <message>
            <source>这份清单与本库 {0} 年的清单不是同一份：同一序号下 {1} 项任务的内容不同（第{2}项等）。请把这份清单导入一个新的数据库</source>
            <translation>This is not this database's {0} list: {1} tasks under the same numbers say other things (tasks {2} and more). Import it into a new database</translation>
        </message>
        <message>
            <source>这份清单与本库 {0} 年的清单不是同一份：同一序号下 {1} 项任务的内容不同（第{2}项）。请把这份清单导入一个新的数据库</source>
            <translation>This is not this database's {0} list: {1} tasks under the same numbers say other things (tasks {2}). Import it into a new database</translation>
        </message>
        <message>
            <source>本库 {0} 年的清单是{1}的，这份是{2}的，不能合并。请把这份清单导入一个新的数据库</source>
            <translation>This database's {0} list is {1}'s; this one is {2}'s, and they cannot be merged. Import it into a new database</translation>
        </message>
        <message>
            <source>本库没有 {0} 年的清单，请先导入清单</source>
            <translation>this database has no list for {0}: import the list first</translation>
        </message>
        <message>
            <source>本库清单中没有第{0}项，未导入</source>
            <translation>the list in this database has no task {0}; not imported</translation>
        </message>
        <message>
            <source>报送表的填报单位“{0}”不是本库登记的单位，未导入</source>
            <translation>the submitting unit “{0}” is not registered in this database; not imported</translation>
        </message>
        <message>
            <source>退回单的单位“{0}”不是本库登记的单位，未导入</source>
            <translation>the unit “{0}” of the review is not registered in this database; not imported</translation>
        </message>
        <message>
            <source>本库没有期间 {0}(期间由办公室建立)，未导入</source>
            <translation>this database has no period {0} (the office creates periods); not imported</translation>
        </message>
        <message>
            <source>本库没有期间 {0}，未导入</source>
            <translation>this database has no period {0}; not imported</translation>
        </message>
        <message>
            <source>报送表中有 {0} 不牵头的任务：第{1}项等，未导入</source>
            <translation>the submission holds tasks {0} does not lead: {1} and more; not imported</translation>
        </message>
        <message>
            <source>报送表中有 {0} 不牵头的任务：第{1}项，未导入</source>
            <translation>the submission holds tasks {0} does not lead: {1}; not imported</translation>
        </message>
        <message>
            <source>报送表中任务的内容与本库清单中同一序号的任务不符：第{0}项等，未导入</source>
            <translation>task texts in the submission differ from the list's tasks of the same number: {0} and more; not imported</translation>
        </message>
        <message>
            <source>报送表中任务的内容与本库清单中同一序号的任务不符：第{0}项，未导入</source>
            <translation>task texts in the submission differ from the list's tasks of the same number: {0}; not imported</translation>
        </message>
        <message>
            <source>第{0}项的任务内容与本库清单不符，未导入</source>
            <translation>task {0}'s text differs from the list in this database; not imported</translation>
        </message>
        <message>
            <source>报送表中的任务在本库清单中不存在：{0}</source>
            <translation>tasks of the submission not in this database's list: {0}</translation>
        </message>
        <message>
            <source>期间 {0} 已关闭，不能导入</source>
            <translation>period {0} is closed: nothing can be imported into it</translation>
        </message>
        <message>
            <source>期间 {0} 已关闭，不能修改</source>
            <translation>period {0} is closed: it cannot be changed</translation>
        </message>
        <message>
            <source>工作评价不在本清单的选项中：{0}</source>
            <translation>status is not one of this list's words: {0}</translation>
        </message>
        <message>
            <source>未知单位：{0}</source>
            <translation>unknown unit: {0}</translation>
        </message>
        <message>
            <source>这就是当前数据库，不能用它恢复自身</source>
            <translation>this is the current database: it cannot restore itself</translation>
        </message>
        <message>
            <source>备份不能使用：{0}</source>
            <translation>the backup cannot be used: {0}</translation>
        </message>
        <message>
            <source>这份报送表此前已导入过(内容相同)</source>
            <translation>this submission was imported before (same content)</translation>
        </message>
        <message>
            <source>第{0}项{1}</source>
            <translation>task {0}, {1}</translation>
        </message>
        <message>
            <source>整份报送表：{0}</source>
            <translation>whole submission: {0}</translation>
        </message>
        <message>
            <source>第{0}项：{1}</source>
            <translation>task {0}: {1}</translation>
        </message>
        <message>
            <source>不是单位报送表</source>
            <translation>not a unit's submission</translation>
        </message>
        <message>
            <source>本库没有 {0} 年的清单</source>
            <translation>this database has no list for {0}</translation>
        </message>
        <message>
            <source>清单名称不能为空</source>
            <translation>The list's name cannot be empty</translation>
        </message>
        <message>
            <source>{0}应为一行，不超过 {1} 个字</source>
            <translation>{0} must be one line of at most {1} characters</translation>
        </message>
        <message>
            <source>本库还没有清单，请先导入清单</source>
            <translation>This database has no list yet; import a list first</translation>
        </message>
        <message>
            <source>本库清单中没有第{0}项</source>
            <translation>the list in this database has no task {0}</translation>
        </message>
        <message>
            <source>期间 {0} 已存在</source>
            <translation>period {0} already exists</translation>
        </message>
        <message>
            <source>数据库文件不存在</source>
            <translation>The database file does not exist</translation>
        </message>
        <message>
            <source>无法打开数据库({0})</source>
            <translation>cannot open the database ({0})</translation>
        </message>
        <message>
            <source>不是本程序的数据库(其中已有其他表)</source>
            <translation>not this program's database (it holds other tables)</translation>
        </message>
        <message>
            <source>不是本程序的数据库(application_id 不符)</source>
            <translation>not this program's database (application_id differs)</translation>
        </message>
        <message>
            <source>不是 SQLite 数据库文件</source>
            <translation>not an SQLite database file</translation>
        </message>
        <message>
            <source>备份文件不存在</source>
            <translation>the backup file does not exist</translation>
        </message>
        <message>
            <source>无法读取({0})</source>
            <translation>cannot read it ({0})</translation>
        </message>
        <message>
            <source>工作评价用词不能为空</source>
            <translation>the list needs at least one status word</translation>
        </message>
        <message>
            <source>工作评价用词“{0}”重复</source>
            <translation>the status word “{0}” is given twice</translation>
        </message>
        <message>
            <source>以下工作评价仍有任务在用，不能删除：{0}</source>
            <translation>these status words are still used by tasks and cannot be removed: {0}</translation>
        </message>
        <message>
            <source>第 {0} 个工作评价用词为空，请填写或删除</source>
            <translation>status word {0} is empty: fill it in or remove it</translation>
        </message>
        <message>
            <source>工作评价“{0}”的含义“{1}”无法识别</source>
            <translation>the meaning “{1}” of the status word “{0}” is not known</translation>
        </message>
        <message>
            <source>工作评价“{0}”的颜色“{1}”不是 #RRGGBB 格式(如 #2e7d32)</source>
            <translation>the colour “{1}” of the status word “{0}” is not #RRGGBB (e.g. #2e7d32)</translation>
        </message>
        <message>
            <source>退回须写明原因</source>
            <translation>A reason is required to return a submission</translation>
        </message>
        <message>
            <source>采纳针对整份报送表，不能指定任务</source>
            <translation>accepting is for the whole submission, not for one task</translation>
        </message>
        <message>
            <source>{0} 尚未报送{1}的报送表，无法采纳或退回</source>
            <translation>{0} has not submitted for {1} yet: there is nothing to accept or return</translation>
        </message>
        <message>
            <source>第{0}项不是 {1} 牵头的任务</source>
            <translation>task {0} is not led by {1}</translation>
        </message>
        <message>
            <source>简称“{0}”已属于 {1}</source>
            <translation>the short name “{0}” already belongs to {1}</translation>
        </message>
        <message>
            <source>没有名为“{0}”的单位</source>
            <translation>there is no unit named “{0}”</translation>
        </message>
        <message>
            <source>“{0}”就是 {1}</source>
            <translation>“{0}” is {1} itself</translation>
        </message>
        <message>
            <source>搜索内容为空</source>
            <translation>nothing to search for</translation>
        </message>
        <message>
            <source>没有期间 {0}(已有：{1})</source>
            <translation>there is no period {0} (there are: {1})</translation>
        </message>
        <message>
            <source>目标文件夹不存在</source>
            <translation>the target folder does not exist</translation>
        </message>
        <message>
            <source>目标是一个文件夹</source>
            <translation>the target is a folder</translation>
        </message>
        <message>
            <source>目标不是普通文件(管道或设备)</source>
            <translation>the target is not a regular file (a pipe or a device)</translation>
        </message>
        <message>
            <source>目标文件是只读的，未覆盖；请换一个文件名或先取消其只读属性</source>
            <translation>the target file is read-only and was not overwritten; choose another name or make it writable first</translation>
        </message>
        <message>
            <source>无法在目标文件夹中写入({0})</source>
            <translation>cannot write in the target folder ({0})</translation>
        </message>
        <message>
            <source>写出的文件不完整({0}；磁盘已满？)，原文件未改动</source>
            <translation>the written file is incomplete ({0}; disk full?); the original file is unchanged</translation>
        </message>
        <message>
            <source>写入失败({0})，原文件未改动</source>
            <translation>writing failed ({0}); the original file is unchanged</translation>
        </message>
        <message>
            <source>文件可能正在其他程序(Excel/WPS、PDF 阅读器)中打开，请关闭后重试</source>
            <translation>the file may be open in another program (Excel/WPS, a PDF reader): close it and try again</translation>
        </message>
        <message>
            <source>文件为空</source>
            <translation>the file is empty</translation>
        </message>
        <message>
            <source>无法读回：{0}</source>
            <translation>cannot read it back: {0}</translation>
        </message>
        <message>
            <source>不是 PDF 文件头</source>
            <translation>no PDF header</translation>
        </message>
        <message>
            <source>PDF 缺少结尾</source>
            <translation>the PDF has no end</translation>
        </message>
        <message>
            <source>不是 PNG 文件头</source>
            <translation>no PNG header</translation>
        </message>
        <message>
            <source>PNG 缺少结尾</source>
            <translation>the PNG has no end</translation>
        </message>
        <message>
            <source>不是 zip 文件头</source>
            <translation>no zip header</translation>
        </message>
        <message>
            <source>缺少 [Content_Types].xml</source>
            <translation>[Content_Types].xml is missing</translation>
        </message>
        <message>
            <source>压缩内容损坏：{0}</source>
            <translation>damaged compressed content: {0}</translation>
        </message>
        <message>
            <source>无法作为 zip 读回：{0}</source>
            <translation>cannot read it back as zip: {0}</translation>
        </message>
        <message>
            <source>不支持的文件类型“{0}”(可附：图片、PDF、OFD、Office/WPS 文档、文本)</source>
            <translation>File type “{0}” is not accepted (images, PDF, OFD, Office/WPS documents and text are)</translation>
        </message>
        <message>
            <source>文件内容与扩展名“{0}”不符，内容看起来是{1}，不予附加</source>
            <translation>The content does not match the extension “{0}” (it looks like{1}); not attached</translation>
        </message>
        <message>
            <source>文件内容与扩展名“{0}”不符，不予附加</source>
            <translation>The content does not match the extension “{0}”; not attached</translation>
        </message>
        <message>
            <source>文件有 {0} MB，超过每个文件 {1} MB 的上限</source>
            <translation>The file has {0} MB, over the limit of {1} MB a file</translation>
        </message>
        <message>
            <source>本期佐证材料将达 {0} MB，超过每期 {1} MB 的上限，未附加</source>
            <translation>The period's evidence files would reach {0} MB, over the limit of {1} MB a period; nothing attached</translation>
        </message>
        <message>
            <source>文档含有宏(vbaProject)，不予附加；请另存为不含宏的文档</source>
            <translation>The document holds macros (vbaProject); not attached. Save it as a document without macros</translation>
        </message>
        <message>
            <source>报送包缺少佐证材料：{0}</source>
            <translation>The package lacks evidence files: {0}</translation>
        </message>
        <message>
            <source>佐证材料与报送表记录的校验值不符(导出后被改动或损坏)：{0}</source>
            <translation>Evidence files do not match the checksums the submission lists (changed or damaged since the export): {0}</translation>
        </message>
        <message>
            <source>报送包中的路径“{0}”指向包外，不予读取</source>
            <translation>The path “{0}” in the package points outside it; not read</translation>
        </message>
        <message>
            <source>佐证材料 {0} 个，已核对校验值</source>
            <translation>{0} evidence file(s), checksums verified</translation>
        </message>
        <message>
            <source>{0}  {1}  任务 {2} 项，已填进展 {3} 条，期间 无</source>
            <translation>{0}  {1}  {2} tasks, {3} progress entries, no periods</translation>
        </message>
        <message>
            <source>{0}  {1}  任务 {2} 项，已填进展 {3} 条，期间 {4}</source>
            <translation>{0}  {1}  {2} tasks, {3} progress entries, periods {4}</translation>
        </message>
        <message>
            <source>{0}  {1}  (无法使用：{2})</source>
            <translation>{0}  {1}  (cannot be used: {2})</translation>
        </message>
        <message>
            <source>从进展列的列名读取</source>
            <translation>from the progress column's header</translation>
        </message>
        <message>
            <source>从标题读取</source>
            <translation>from the title</translation>
        </message>
        <message>
            <source>从文号读取</source>
            <translation>from the document number</translation>
        </message>
        <message>
            <source>从文件名读取</source>
            <translation>from the file name</translation>
        </message>
        <message>
            <source>从表格上方的日期读取</source>
            <translation>from the date above the table</translation>
        </message>
        <message>
            <source>从正文中的清单名称读取</source>
            <translation>from the list's name in the text</translation>
        </message>
        <message>
            <source>从正文中的文号读取</source>
            <translation>from the document number in the text</translation>
        </message>
        <message>
            <source>用户指定</source>
            <translation>given by you</translation>
        </message>
        <message>
            <source>工作表“{0}”第 {1} 行第 {2} 列</source>
            <translation>sheet “{0}”, row {1}, column {2}</translation>
        </message>
        <message>
            <source>工作表“{0}”第 {1} 行，{2} 列({3})</source>
            <translation>sheet “{0}”, row {1}, column {2} ({3})</translation>
        </message>
        <message>
            <source>工作表“{0}”第 {1} 行</source>
            <translation>sheet “{0}”, row {1}</translation>
        </message>
        <message>
            <source>第 {0} 行，{1} 列({2})</source>
            <translation>row {0}, column {1} ({2})</translation>
        </message>
        <message>
            <source>工作表“{0}”</source>
            <translation>sheet “{0}”</translation>
        </message>
        <message>
            <source>已采纳</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>退回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>{0}：{1}</source>
            <translation>{0}: {1}</translation>
        </message>
        <message>
            <source>({0} {1})本项无意见，见其他任务</source>
            <translation>({0} {1}) no comment on this task; see the other tasks</translation>
        </message>
        <message>
            <source>({0} {1}，{2})本项无意见，见其他任务</source>
            <translation>({0} {1}, {2}) no comment on this task; see the other tasks</translation>
        </message>
        <message>
            <source>({0} {1}，整份报送表){2}</source>
            <translation>({0} {1}, whole submission) {2}</translation>
        </message>
        <message>
            <source>({0} {1}，{2}，整份报送表){3}</source>
            <translation>({0} {1}, {2}, whole submission) {3}</translation>
        </message>
        <message>
            <source>({0} {1}，{2}){3}</source>
            <translation>({0} {1}, {2}) {3}</translation>
        </message>
        <message>
            <source>({0} {1}){2}</source>
            <translation>({0} {1}) {2}</translation>
        </message>
        <message>
            <source>({0} {1})</source>
            <translation>({0} {1})</translation>
        </message>
    </context>
    <context>
        <name>DbOpen</name>
        <message>
            <source>数据库文件不存在</source>
            <translation>The database file does not exist</translation>
        </message>
        <message>
            <source>此数据库正在另一个窗口中编辑(主机 {0}，进程 {1})，本窗口只读。</source>
            <translation>This database is being edited in another window (host {0}, process {1}); this window is read-only.</translation>
        </message>
        <message>
            <source>无法在数据库所在文件夹中建立锁文件(只读介质?)，本窗口只读。</source>
            <translation>Cannot create the lock file in the database's folder (read-only medium?); this window is read-only.</translation>
        </message>
        <message>
            <source>数据库文件或其所在位置是只读的，本窗口只读。</source>
            <translation>The database file or its location is read-only; this window is read-only.</translation>
        </message>
        <message>
            <source>数据库已损坏</source>
            <translation>The database is damaged</translation>
        </message>
        <message>
            <source>{0}

今天没有备份这个已损坏的文件。要现在用一份备份恢复吗?</source>
            <translation>{0}

The damaged file was not backed up today. Restore from a backup now?</translation>
        </message>
        <message>
            <source>恢复备份</source>
            <translation>Restore backup</translation>
        </message>
        <message>
            <source>{0}

没有可用的备份。</source>
            <translation>{0}

No usable backup.</translation>
        </message>
        <message>
            <source>数据库 {0} 不见了(被移动或删除?)，但备份文件夹中有它的备份。
请选择用哪一份恢复：</source>
            <translation>The database {0} is gone (moved or deleted?), but the backups folder holds copies of it.
Choose the one to restore:</translation>
        </message>
        <message>
            <source>数据库已损坏：{0}

可以用一份备份恢复(损坏的文件会另存到 backups 文件夹)。请选择：</source>
            <translation>The database is damaged: {0}

It can be restored from a backup (the damaged file is kept aside in the backups folder). Choose one:</translation>
        </message>
        <message>
            <source>用备份替换当前数据库 {0}(当前文件会先备份)。请选择：</source>
            <translation>Replace the current database {0} with a backup (the current file is backed up first). Choose one:</translation>
        </message>
        <message>
            <source>{0} 是备份文件。直接在备份中修改，下次清理备份时可能丢失。

要用它恢复当前数据库({1})吗?当前文件会先备份。</source>
            <translation>{0} is a backup file. Work done inside a backup can be lost when old backups are cleaned up.

Restore the current database ({1}) from it? The current file is backed up first.</translation>
        </message>
        <message>
            <source>还有未保存的输入，请先保存或处理后再恢复备份。</source>
            <translation>Some typed text is not saved yet; save or settle it before restoring a backup.</translation>
        </message>
        <message>
            <source>本窗口只读，不能恢复备份。</source>
            <translation>This window is read-only and cannot restore a backup.</translation>
        </message>
        <message>
            <source>已用 {0} 恢复；恢复前的数据库已备份到 {1}</source>
            <translation>Restored from {0}; the database as it was is backed up to {1}</translation>
        </message>
        <message>
            <source>(无)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>这是一份备份</source>
            <translation>This is a backup</translation>
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
            <source>报送包：报送表和佐证材料 (*.zip)</source>
            <translation>Package: submission and evidence files (*.zip)</translation>
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
            <source>未达预期原因、指标值和位次总会写入报送表的隐藏页，办公室导入时一并取回；勾选后在表中单独成列</source>
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
            <source>{0}：{1} 项未填报</source>
            <translation>{0}: {1} not reported</translation>
        </message>
        <message>
            <source>以下单位尚有任务未填报，汇总表将标出这些空缺：</source>
            <translation>These units have tasks not yet reported; the summary will mark the gaps:</translation>
        </message>
        <message>
            <source>已取消导出，原有文件未改动</source>
            <translation>Export cancelled; the existing file is unchanged</translation>
        </message>
        <message>
            <source>已导出：{0}</source>
            <translation>Exported: {0}</translation>
        </message>
        <message>
            <source>已保存到：
{0}</source>
            <translation>Saved to:
{0}</translation>
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
            <source>以下内容尚未填好，导出的表格将标出这些空缺：</source>
            <translation>Not filled in yet; the exported sheet will mark these gaps:</translation>
        </message>
        <message>
            <source>还有未完成的填报</source>
            <translation>Some entries are incomplete</translation>
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
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source>导出完成</source>
            <translation>Export finished</translation>
        </message>
        <message>
            <source>打开文件</source>
            <translation>Open file</translation>
        </message>
        <message>
            <source>打开所在文件夹</source>
            <translation>Open folder</translation>
        </message>
        <message>
            <source>工作评价“{0}”沿用上期，本期未写进展情况</source>
            <translation>status “{0}” carried over from last period, no progress written this period</translation>
        </message>
        <message>
            <source>未填报</source>
            <translation>not reported</translation>
        </message>
        <message>
            <source>已选“{0}”，但未写进展情况</source>
            <translation>“{0}” chosen, but no progress written: not reported yet</translation>
        </message>
        <message>
            <source>未选择工作评价</source>
            <translation>no status chosen</translation>
        </message>
        <message>
            <source>工作评价为“{0}”，未说明原因</source>
            <translation>status is “{0}”, but no reason given</translation>
        </message>
        <message>
            <source>进展情况与上期完全相同（沿用后未更新？）</source>
            <translation>progress is the same as last period's (copied and not updated?)</translation>
        </message>
        <message>
            <source>“{0}”约 {1} 行，超过 Excel 行高上限（409 磅），导出时将加宽该列（打印字号随之变小），建议精简</source>
            <translation>“{0}” is about {1} lines, over Excel's row height limit (409 pt): the export widens the column (smaller print); shortening it is advised</translation>
        </message>
        <message>
            <source>“{0}”约 {1} 行，超过 Excel 行高上限（409 磅），加宽该列后仍显示不全，请精简后再导出</source>
            <translation>“{0}” is about {1} lines, over Excel's row height limit (409 pt), and is cut off even with the column widened: shorten it before exporting</translation>
        </message>
        <message>
            <source>第 {0} 项（{1}）：</source>
            <translation>Task {0} ({1}): </translation>
        </message>
        <message>
            <source>第 {0} 项：</source>
            <translation>Task {0}: </translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>在“单位”框选择本单位(可输入简称，如 市发改委)，任务表只显示本单位牵头的任务。</source>
            <translation>Choose your unit in the Unit box (short names such as 市发改委 work too); the task table then shows the tasks your unit leads.</translation>
        </message>
        <message>
            <source>在右侧填写工作评价、进展情况、近期工作安排；评价为未达预期等时须写原因。只选评价、不写进展情况的任务仍算未填报。</source>
            <translation>Fill in status, progress and next steps on the right; a status such as 未达预期 needs a reason. A status without progress still counts as not reported.</translation>
        </message>
        <message>
            <source>内容自动保存，状态栏显示“已自动保存 时:分:秒”；Ctrl+Z 撤销上一次保存的修改。</source>
            <translation>Everything saves itself; the status bar shows the time of the last autosave. Ctrl+Z undoes the last saved change.</translation>
        </message>
        <message>
            <source>每月初：期间 → 新建期间，设置报送截止日期；“沿用上期”把上期内容填入本期。</source>
            <translation>At the start of each month: Period → New period, and set the due date; Copy last period fills in what was reported last time.</translation>
        </message>
        <message>
            <source>文件 → 导出报送表(Ctrl+E)先检查未填和缺原因，再导出办公室格式的 Excel；打印(Ctrl+P)输出带签字栏的状态表。</source>
            <translation>File → Export submission (Ctrl+E) checks for unfilled tasks and missing reasons, then writes the office's Excel format; Print (Ctrl+P) prints status sheets with a sign-off block.</translation>
        </message>
        <message>
            <source>文件 → 导入，或把文件拖到窗口上：清单、报告或各单位的报送表。</source>
            <translation>File → Import, or drop files on the window: lists, reports or units' submissions.</translation>
        </message>
        <message>
            <source>从网页、WPS 或 Word 复制的表格：在任务表中按 Ctrl+V(或 文件 → 从剪贴板导入表格)。导入预览中可双击单元格修改，右键一行标为任务、分组标题、接上一行或不属于清单。</source>
            <translation>A table copied from a web page, WPS or Word: press Ctrl+V in the task table (or File → Import table from clipboard). In the import preview, double-click a cell to edit it; right-click a row to mark it as a task, a section heading, a continuation of the row above or not part of the list.</translation>
        </message>
        <message>
            <source>编辑 → 工作评价用词…：增删、排序本清单的用词，并为每个用词设定含义（完成、正常推进、滞后、未启动）和颜色；红黄绿灯和是否须写原因随之而定。</source>
            <translation>Edit → Status words…: add, remove and order the list's words, and set each word's meaning (done, on track, behind, not started) and colour; the lights and whether a reason is required follow it.</translation>
        </message>
        <message>
            <source>从任务表进入“进展情况”</source>
            <translation>From the task table into Progress</translation>
        </message>
        <message>
            <source>在任务表与填报区之间切换</source>
            <translation>Switch between the task table and the editor</translation>
        </message>
        <message>
            <source>在各栏之间移动(任务表内不逐格移动)</source>
            <translation>Move between fields (not cell by cell inside the table)</translation>
        </message>
        <message>
            <source>工作评价 / 进展情况 / 近期工作安排 / 原因</source>
            <translation>Status / progress / next steps / reason</translation>
        </message>
        <message>
            <source>本期填报 / 上期填报</source>
            <translation>This period / last period</translation>
        </message>
        <message>
            <source>保存并转到本单位下一项未填任务</source>
            <translation>Save and go to your unit's next unfilled task</translation>
        </message>
        <message>
            <source>撤销 / 重做上一次保存的修改(在文本框内也一样)</source>
            <translation>Undo / redo the last saved change (inside text boxes too)</translation>
        </message>
        <message>
            <source>搜索</source>
            <translation>Search</translation>
        </message>
        <message>
            <source>在搜索框中：清除搜索，回到任务表</source>
            <translation>In the search box: clear the search, back to the task table</translation>
        </message>
        <message>
            <source>导出报送表</source>
            <translation>Export submission</translation>
        </message>
        <message>
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <source>使用说明</source>
            <translation>User guide</translation>
        </message>
        <message>
            <source>键盘操作</source>
            <translation>Keyboard</translation>
        </message>
        <message>
            <source>数据在哪里</source>
            <translation>Where the data is</translation>
        </message>
        <message>
            <source>数据库：{0}</source>
            <translation>Database: {0}</translation>
        </message>
        <message>
            <source>备份：{0}(每天首次启动自动备份，保留 14 份；用 文件 → 恢复备份… 恢复)</source>
            <translation>Backups: {0} (made at the first start each day, 14 kept; restore with File → Restore backup…)</translation>
        </message>
        <message>
            <source>日志：{0}</source>
            <translation>Log: {0}</translation>
        </message>
        <message>
            <source>使用说明(&amp;U)</source>
            <translation>User &amp;guide</translation>
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
        <message>
            <source>第{0}项 修改记录</source>
            <translation>Task {0} — history</translation>
        </message>
    </context>
    <context>
        <name>ImportPreview</name>
        <message>
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>任务内容</source>
            <translation>Task text</translation>
        </message>
        <message>
            <source>牵头单位</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <source>配合单位</source>
            <translation>Cooperating units</translation>
        </message>
        <message>
            <source>责任领导</source>
            <translation>Leader in charge</translation>
        </message>
        <message>
            <source>完成时限</source>
            <translation>Deadline</translation>
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
            <source>下步安排</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>未达预期原因</source>
            <translation>Reason below target</translation>
        </message>
        <message>
            <source>目标值</source>
            <translation>Target value</translation>
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
            <source>任务来源</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>保留(附加信息)</source>
            <translation>Keep (extra information)</translation>
        </message>
        <message>
            <source>忽略</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>文件：{0}</source>
            <translation>File: {0}</translation>
        </message>
        <message>
            <source>请选择</source>
            <translation>Choose</translation>
        </message>
        <message>
            <source>文件未标明，预选本库最新期间的下一期，请核对</source>
            <translation>Not stated in the file; the period after the database's latest is preselected, please check</translation>
        </message>
        <message>
            <source>文件中没有，请在“年份”中确认</source>
            <translation>not in the file; confirm it under Year</translation>
        </message>
        <message>
            <source>没有认出哪一列是任务内容：请在表格第一行的下拉框中，把任务内容所在列选为“任务内容”。</source>
            <translation>No column was recognised as the task text: in the table's first row, set the column holding the tasks to "Task text".</translation>
        </message>
        <message>
            <source>这份表格有进展内容，但没有标明年份和期间：请先在“年份”中填写年份，再在“期间”中选择这些进展属于哪个月份。</source>
            <translation>This table holds progress but names neither the year nor the period: enter the year under “Year” first, then choose under “Period” the month this progress belongs to.</translation>
        </message>
        <message>
            <source>这份表格有进展内容，但没有标明期间：请在“期间”中选择这些进展属于哪个月份。</source>
            <translation>This table has progress but names no period: choose under "Period" which months it covers.</translation>
        </message>
        <message>
            <source>在表格第一行的下拉框中更正该列的含义</source>
            <translation>correct the column's meaning in the drop-down in the table's first row</translation>
        </message>
        <message>
            <source>。也可右键这一行(已选中)，标为任务、分组标题、接上一行或不属于清单。</source>
            <translation>. Or right-click the row (it is selected) and mark it as a task, a section heading, a continuation of the row above or not part of the list.</translation>
        </message>
        <message>
            <source>，{0} 项有进展，期间 {1}</source>
            <translation>, {0} with progress, period {1}</translation>
        </message>
        <message>
            <source>这份文字清单未能按格式读出，已逐行列出：请逐行核对，把单位填入“牵头单位”等列，或标明各行。</source>
            <translation>This text list could not be read by its layout and is listed line by line: check each line, type the units into the "Lead unit" and other columns, or mark the rows.</translation>
        </message>
        <message>
            <source>未登记的单位 {0} 个(原样保留，导入后可在 编辑 → 单位名称与简称 中登记)：{1}</source>
            <translation>{0} unknown units (kept as written; register them after the import under Edit → Unit names and aliases): {1}</translation>
        </message>
        <message>
            <source>未识别的列(按原列名保存为附加信息)：</source>
            <translation>Columns not recognised (kept as extra information under their own headers): </translation>
        </message>
        <message>
            <source>有 {0} 个表格（{1}）都像清单，只导入一个会漏掉其余的：请在“工作表”中选择要导入的表格，其余的不导入（下面显示的是“{2}”）。</source>
            <translation>{0} tables ({1}) each look like a list, and importing one would leave out the others: choose the table to import under “Worksheet”; the others are not imported (shown below: “{2}”).</translation>
        </message>
        <message>
            <source>有 {0} 个工作表（{1}）都像清单，只导入一个会漏掉其余的：请在“工作表”中选择要导入的工作表，其余的不导入（下面显示的是“{2}”）。如果清单分在几个工作表里，请先在 Excel/WPS 中合并到一个工作表再导入。</source>
            <translation>{0} sheets ({1}) each look like a list, and importing one would leave out the others: choose the sheet to import under “Worksheet”; the others are not imported (shown below: “{2}”). If the list is split over several sheets, merge them into one sheet in Excel/WPS first, then import.</translation>
        </message>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>第 {0} 行</source>
            <translation>row {0}</translation>
        </message>
        <message>
            <source>这个工作表中有 {0} 张表（{1}都是表头，以黄色标出），只导入一张会漏掉其余的：请在“表头行”中填写要导入的那张表的表头行，其余的表不导入。</source>
            <translation>This sheet holds {0} tables ({1} are headers, in yellow), and importing one would leave out the others: enter the header row of the table to import under “Header row”; the other tables are not imported.</translation>
        </message>
        <message>
            <source>期间：{0}</source>
            <translation>Period: {0}</translation>
        </message>
        <message>
            <source>年份：{0}</source>
            <translation>Year: {0}</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>表格</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>未标明(只导入任务)</source>
            <translation>Not stated (import tasks only)</translation>
        </message>
        <message>
            <source>共 {0} 项任务</source>
            <translation>{0} tasks</translation>
        </message>
        <message>
            <source>导入预览</source>
            <translation>Import preview</translation>
        </message>
        <message>
            <source>工作表(&amp;W)</source>
            <translation>&amp;Worksheet</translation>
        </message>
        <message>
            <source>表头行(&amp;H)</source>
            <translation>&amp;Header row</translation>
        </message>
        <message>
            <source>期间(&amp;P)</source>
            <translation>&amp;Period</translation>
        </message>
        <message>
            <source>年份(&amp;Y)</source>
            <translation>&amp;Year</translation>
        </message>
        <message>
            <source>color: #555;</source>
            <translation>color: #555;</translation>
        </message>
        <message>
            <source>第一行的下拉框是每列的含义，可以更改；标“?”的列是程序推测的，请核对。表头行以黄色标出。双击单元格(或按 F2)可修改内容；右键一行(或按快捷键)可标为任务、分组标题、接上一行或不属于清单。</source>
            <translation>The drop-downs in the first row give each column's meaning and can be changed; columns marked "?" are guesses, please check them. The header row is highlighted in yellow. Double-click a cell (or press F2) to edit it; right-click a row (or use the shortcut keys) to mark it as a task, a section heading, a continuation of the row above or not part of the list.</translation>
        </message>
        <message>
            <source>将导入的前几项任务(&amp;T)</source>
            <translation>First &amp;tasks as they will be imported</translation>
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
            <source>本清单还没有期间：请用 期间 → 新建期间 开始填报</source>
            <translation>This list has no period yet: start reporting with Period → New period</translation>
        </message>
        <message>
            <source>未知单位：{0}</source>
            <translation>Unknown unit: {0}</translation>
        </message>
        <message>
            <source>{0}的任务已全部填报</source>
            <translation>All tasks of {0} are filled in</translation>
        </message>
        <message>
            <source>全部单位</source>
            <translation>All units</translation>
        </message>
        <message>
            <source>第{0}项的“{1}”沿用上期，还需填写进展情况；再按 Ctrl+Enter 转到下一项</source>
            <translation>Task {0}'s “{1}” is carried over from last period and has no progress yet; press Ctrl+Enter again to go to the next task</translation>
        </message>
        <message>
            <source>第{0}项已选“{1}”，还需填写进展情况；再按 Ctrl+Enter 转到下一项</source>
            <translation>Task {0} has “{1}” but no progress yet; press Ctrl+Enter again to go to the next task</translation>
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
            <source>{0}：共 {1} 项 · </source>
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
            <source>本数据库还没有清单：请用 文件 → 导入… 导入责任清单（或把文件拖到窗口上），或用 文件 → 打开数据库… 打开已有的数据库</source>
            <translation>This database has no list yet: import a responsibility list with File → Import… (or drop the file on the window), or open another database with File → Open database…</translation>
        </message>
        <message>
            <source>未保存：{0}</source>
            <translation>Not saved: {0}</translation>
        </message>
        <message>
            <source>已自动保存 {0}</source>
            <translation>saved {0}</translation>
        </message>
        <message>
            <source>沿用上期(第{0}项)</source>
            <translation>Copy last period (task {0})</translation>
        </message>
        <message>
            <source>单位</source>
            <translation>Unit</translation>
        </message>
        <message>
            <source>选择单位；可输入全称或简称(如 市发改委)</source>
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
            <source>工作评价用词…</source>
            <translation>Status words…</translation>
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
            <source>导出报告(Word)…</source>
            <translation>Export report (Word)…</translation>
        </message>
        <message>
            <source>报送情况…</source>
            <translation>Submissions…</translation>
        </message>
        <message>
            <source>出现意外错误时，日志文件 chizhou-desk.log 记录了详细信息</source>
            <translation>After an unexpected error, the log file chizhou-desk.log holds the details</translation>
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
            <source>打开日志文件夹</source>
            <translation>Open log folder</translation>
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
            <source>复制的进展须按本期情况改写；导出前的检查会列出与上期完全相同的进展</source>
            <translation>Rewrite copied progress for this period; the pre-export check lists progress identical to the last period's</translation>
        </message>
    </context>
    <context>
        <name>OfficeNote</name>
        <message>
            <source>办公室意见：</source>
            <translation>The office's comments:</translation>
        </message>
    </context>
    <context>
        <name>OfficeVerdict</name>
        <message>
            <source>市政府办公室退回了{0}{1}的报送表：{2} 条意见({3})。序号旁有橙色标记的任务有意见(筛选“有办公室意见”)；请按意见修改后重新导出报送表</source>
            <translation>The city office returned {0}'s {1} submission: {2} comments ({3}). Tasks with an orange mark beside the number have comments (filter “With office comments”); revise them and export the submission again</translation>
        </message>
        <message>
            <source>市政府办公室已采纳{0}{1}的报送表({2})</source>
            <translation>The city office accepted {0}'s {1} submission ({2})</translation>
        </message>
        <message>
            <source>有办公室意见</source>
            <translation>With office comments</translation>
        </message>
    </context>
    <context>
        <name>Periods</name>
        <message>
            <source>1月份</source>
            <translation>January</translation>
        </message>
        <message>
            <source>1-2月份</source>
            <translation>Jan–Feb</translation>
        </message>
        <message>
            <source>1-3月份</source>
            <translation>Jan–Mar</translation>
        </message>
        <message>
            <source>1-4月份</source>
            <translation>Jan–Apr</translation>
        </message>
        <message>
            <source>1-5月份</source>
            <translation>Jan–May</translation>
        </message>
        <message>
            <source>1-6月份</source>
            <translation>Jan–Jun</translation>
        </message>
        <message>
            <source>1-7月份</source>
            <translation>Jan–Jul</translation>
        </message>
        <message>
            <source>1-8月份</source>
            <translation>Jan–Aug</translation>
        </message>
        <message>
            <source>1-9月份</source>
            <translation>Jan–Sep</translation>
        </message>
        <message>
            <source>1-10月份</source>
            <translation>Jan–Oct</translation>
        </message>
        <message>
            <source>1-11月份</source>
            <translation>Jan–Nov</translation>
        </message>
        <message>
            <source>1-12月份</source>
            <translation>Jan–Dec</translation>
        </message>
        <message>
            <source>{0}年{1}</source>
            <translation>{1} {0}</translation>
        </message>
    </context>
    <context>
        <name>PlanInfo</name>
        <message>
            <source>清单信息</source>
            <translation>List details</translation>
        </message>
        <message>
            <source>清单名称：</source>
            <translation>List name:</translation>
        </message>
        <message>
            <source>不含期间和“推进情况”等字样</source>
            <translation>without the period or words such as 推进情况</translation>
        </message>
        <message>
            <source>文号：</source>
            <translation>Document number:</translation>
        </message>
        <message>
            <source>如 池政办秘〔2025〕12号</source>
            <translation>e.g. 池政办秘〔2025〕12号</translation>
        </message>
        <message>
            <source>城市：</source>
            <translation>City:</translation>
        </message>
        <message>
            <source>如 池州</source>
            <translation>e.g. 池州</translation>
        </message>
        <message>
            <source>署名：</source>
            <translation>Signing office:</translation>
        </message>
        <message>
            <source>报告引用清单名称和文号，并以署名落款；窗口标题、汇总表和打印的表格也用清单名称。</source>
            <translation>The report cites the list's name and document number and is signed by the signing office; the window title, the summary and the printed sheets use the list's name too.</translation>
        </message>
        <message>
            <source>清单名称：{0}</source>
            <translation>name: {0}</translation>
        </message>
        <message>
            <source>文号：{0}</source>
            <translation>document number: {0}</translation>
        </message>
        <message>
            <source>城市：{0}</source>
            <translation>city: {0}</translation>
        </message>
        <message>
            <source>读到的清单信息 — </source>
            <translation>List details read — </translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>(导入后可在“编辑 → 清单信息”中更正)</source>
            <translation> (correct them after the import in Edit → List details)</translation>
        </message>
        <message>
            <source>请先导入本年度的责任清单</source>
            <translation>Import this year's responsibility list first</translation>
        </message>
        <message>
            <source>清单信息…</source>
            <translation>List details…</translation>
        </message>
    </context>
    <context>
        <name>PreviewGrid</name>
        <message>
            <source>标为任务</source>
            <translation>Mark as task</translation>
        </message>
        <message>
            <source>任务</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>标为分组标题</source>
            <translation>Mark as section heading</translation>
        </message>
        <message>
            <source>标题</source>
            <translation>Section</translation>
        </message>
        <message>
            <source>标为接上一行(并入上一项任务)</source>
            <translation>Mark as continuing the row above (joined to the task above)</translation>
        </message>
        <message>
            <source>接上</source>
            <translation>Continues</translation>
        </message>
        <message>
            <source>标为不属于清单(不导入)</source>
            <translation>Mark as not part of the list (not imported)</translation>
        </message>
        <message>
            <source>不导入</source>
            <translation>Not imported</translation>
        </message>
        <message>
            <source>含义</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>修改单元格</source>
            <translation>edit cell</translation>
        </message>
        <message>
            <source>取消标记</source>
            <translation>clear mark</translation>
        </message>
        <message>
            <source>按程序的识别(取消标记)</source>
            <translation>As the program reads it (clear the mark)</translation>
        </message>
        <message>
            <source>撤销</source>
            <translation>Undo</translation>
        </message>
        <message>
            <source>重做</source>
            <translation>Redo</translation>
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
            <source>无法输出：{0}</source>
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
            <source>牵头单位：</source>
            <translation>Lead unit: </translation>
        </message>
        <message>
            <source>；配合单位：</source>
            <translation>; supporting units: </translation>
        </message>
        <message>
            <source>目标：</source>
            <translation>Target: </translation>
        </message>
        <message>
            <source>时限：</source>
            <translation>Deadline: </translation>
        </message>
        <message>
            <source>目标，任务文字中为 {0:g}</source>
            <translation>target; the task text says {0:g}</translation>
        </message>
        <message>
            <source>工作评价：</source>
            <translation>Status: </translation>
        </message>
        <message>
            <source>指标值“{0}”不是数字，未保存；文字说明请写在进展情况或备注中</source>
            <translation>Indicator “{0}” is not a number and was not saved; put wording in the progress or the remark</translation>
        </message>
        <message>
            <source>未保存：{0}</source>
            <translation>Not saved: {0}</translation>
        </message>
        <message>
            <source>全年目标值</source>
            <translation>yearly target</translation>
        </message>
        <message>
            <source>上期填报 {0}(&amp;K)</source>
            <translation>Last: {0} (&amp;K)</translation>
        </message>
        <message>
            <source>上期填报(&amp;K)</source>
            <translation>Last period (&amp;K)</translation>
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
            <source>本期填报(&amp;N)</source>
            <translation>This period (&amp;N)</translation>
        </message>
        <message>
            <source>工作评价(&amp;W)</source>
            <translation>Status (&amp;W)</translation>
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
            <source>进展情况(&amp;J)</source>
            <translation>Progress (&amp;J)</translation>
        </message>
        <message>
            <source>近期工作安排(&amp;A)</source>
            <translation>Next steps (&amp;A)</translation>
        </message>
        <message>
            <source>指标值/位次/目标(&amp;Z)</source>
            <translation>Value / rank / target (&amp;Z)</translation>
        </message>
        <message>
            <source>数值，如 6.4</source>
            <translation>Number, e.g. 6.4</translation>
        </message>
        <message>
            <source>全省位次，如 第6位</source>
            <translation>Rank in the province, e.g. 6th</translation>
        </message>
        <message>
            <source>本任务指标的全年目标值(各期通用)，红黄绿灯据此计算序时目标；留空则从任务文字读出</source>
            <translation>The task's yearly target (all periods); the light compares the value with its time-proportional share. Empty: read from the task text</translation>
        </message>
        <message>
            <source>备注(&amp;B)</source>
            <translation>Note (&amp;B)</translation>
        </message>
        <message>
            <source>沿用上期(&amp;L)</source>
            <translation>Copy last period (&amp;L)</translation>
        </message>
        <message>
            <source>修改记录(&amp;G)…</source>
            <translation>History (&amp;G)…</translation>
        </message>
        <message>
            <source>color: #666;</source>
            <translation>color: #666;</translation>
        </message>
        <message>
            <source>把上期的工作评价、进展和安排填入本期</source>
            <translation>Fill in last period's status, progress and next steps</translation>
        </message>
        <message>
            <source>{0}原因(&amp;Y)</source>
            <translation>Reason for “{0}” (&amp;Y)</translation>
        </message>
        <message>
            <source>未达预期原因(&amp;Y)</source>
            <translation>Reason behind target (&amp;Y)</translation>
        </message>
        <message>
            <source>工作评价为“{0}”时须填写原因</source>
            <translation>A reason is required when the status is “{0}”</translation>
        </message>
        <message>
            <source>“{0}”沿用上期评价，还需填写本期进展情况</source>
            <translation>“{0}” carried over from last period: this period's progress still to be written</translation>
        </message>
        <message>
            <source>已选“{0}”，还需填写进展情况</source>
            <translation>“{0}” chosen: progress still to be written</translation>
        </message>
    </context>
    <context>
        <name>ReportActions</name>
        <message>
            <source>Word 文档 (*.docx)</source>
            <translation>Word document (*.docx)</translation>
        </message>
        <message>
            <source>全称(如 市发展改革委)</source>
            <translation>Full names (e.g. 市发展改革委)</translation>
        </message>
        <message>
            <source>简称(如 市发改委；简称在“单位名称与简称”中设置)</source>
            <translation>Short names (e.g. 市发改委; set in Unit names and short names)</translation>
        </message>
        <message>
            <source>报告中的单位名称：</source>
            <translation>Unit names in the report:</translation>
        </message>
        <message>
            <source>署名(落款单位)：</source>
            <translation>Signing office:</translation>
        </message>
        <message>
            <source>成文日期：</source>
            <translation>Date:</translation>
        </message>
        <message>
            <source>署名保存在“编辑 → 清单信息”中，下次导出时沿用。</source>
            <translation>The signing office is kept in Edit → List details and used again next time.</translation>
        </message>
        <message>
            <source>已导出报告：{0}(未达预期 {1} 项)</source>
            <translation>Report exported: {0} ({1} tasks behind target)</translation>
        </message>
        <message>
            <source>请先建立期间(期间 → 新建期间)。</source>
            <translation>Create a period first (Period → New period).</translation>
        </message>
        <message>
            <source>导出报告(Word)</source>
            <translation>Export report (Word)</translation>
        </message>
        <message>
            <source>报送情况</source>
            <translation>Submissions</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>退回报送表 — {0}</source>
            <translation>Return the submission — {0}</translation>
        </message>
        <message>
            <source>整份报送表</source>
            <translation>The whole submission</translation>
        </message>
        <message>
            <source>第{0}项 {1}</source>
            <translation>Task {0}: {1}</translation>
        </message>
        <message>
            <source>退回原因，联络员将在本程序中看到</source>
            <translation>Why it is returned; the liaison sees this in the program</translation>
        </message>
        <message>
            <source>针对：</source>
            <translation>About:</translation>
        </message>
        <message>
            <source>原因：</source>
            <translation>Reason:</translation>
        </message>
        <message>
            <source>退回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>退回须写明原因</source>
            <translation>A reason is required to return a submission</translation>
        </message>
    </context>
    <context>
        <name>SaveGuard</name>
        <message>
            <source>第{0}项 {1}({2})</source>
            <translation>Task {0} {1} ({2})</translation>
        </message>
        <message>
            <source>内容已在别处修改</source>
            <translation>Changed elsewhere</translation>
        </message>
        <message>
            <source>正在重试</source>
            <translation>retrying</translation>
        </message>
        <message>
            <source>保留我的内容</source>
            <translation>Keep mine</translation>
        </message>
        <message>
            <source>采用别处的内容(我的内容复制到剪贴板)</source>
            <translation>Take the other (mine goes to the clipboard)</translation>
        </message>
        <message>
            <source>有内容未保存</source>
            <translation>Unsaved text</translation>
        </message>
        <message>
            <source>未能保存：{0}。输入的内容已保留，稍后自动重试</source>
            <translation>Could not save: {0}. The typed text is kept and saving is retried shortly</translation>
        </message>
        <message>
            <source>{0} 处，{1}</source>
            <translation>{0} field(s), {1}</translation>
        </message>
        <message>
            <source>{0} 已在别处(另一个窗口或导入)改为：

{1}

您输入的是：

{2}</source>
            <translation>{0} was changed elsewhere (another window or an import) to:

{1}

You typed:

{2}</translation>
        </message>
        <message>
            <source>以下输入的内容还没有保存到数据库：

{0}

关闭前请选择：</source>
            <translation>This typed text is not saved in the database yet:

{0}

Before closing, choose:</translation>
        </message>
        <message>
            <source>重试保存</source>
            <translation>Retry saving</translation>
        </message>
        <message>
            <source>把内容存为文本文件…</source>
            <translation>Save the text to a file…</translation>
        </message>
        <message>
            <source>取消关闭</source>
            <translation>Cancel closing</translation>
        </message>
        <message>
            <source>保存未保存的内容</source>
            <translation>Save the unsaved text</translation>
        </message>
        <message>
            <source>文本文件 (*.txt)</source>
            <translation>Text files (*.txt)</translation>
        </message>
        <message>
            <source>无法保存</source>
            <translation>Could not save</translation>
        </message>
    </context>
    <context>
        <name>StatusWordsDialog</name>
        <message>
            <source>正常推进</source>
            <translation>On track</translation>
        </message>
        <message>
            <source>红灯，须填写原因，导出前检查</source>
            <translation>Red light; a reason is required and checked before export</translation>
        </message>
        <message>
            <source>工作评价用词</source>
            <translation>Status words</translation>
        </message>
        <message>
            <source>完成</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>滞后（需说明原因）</source>
            <translation>Behind (reason required)</translation>
        </message>
        <message>
            <source>未启动</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>无法判断</source>
            <translation>Cannot tell</translation>
        </message>
        <message>
            <source>写了进展即为绿灯</source>
            <translation>Green once progress is written</translation>
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
            <source>{0} 年清单的工作评价用词：下拉框、图表、空白填报表和 Excel 下拉列表只提供这些词。双击可修改用词；含义决定红黄绿灯和是否须写原因，“按用词判断”由用词本身推断。</source>
            <translation>Status words of the {0} list: drop-downs, charts, blank forms and the Excel drop-down offer only these. Double-click a word to change it; its meaning decides the traffic light and whether a reason is required ("From the word" infers it from the word itself).</translation>
        </message>
        <message>
            <source>用词</source>
            <translation>Word</translation>
        </message>
        <message>
            <source>含义</source>
            <translation>Meaning</translation>
        </message>
        <message>
            <source>颜色</source>
            <translation>Colour</translation>
        </message>
        <message>
            <source>添加</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>删除</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>上移</source>
            <translation>Move up</translation>
        </message>
        <message>
            <source>下移</source>
            <translation>Move down</translation>
        </message>
        <message>
            <source>选择颜色</source>
            <translation>Choose colour</translation>
        </message>
        <message>
            <source>默认</source>
            <translation>Default</translation>
        </message>
        <message>
            <source>恢复含义的默认颜色</source>
            <translation>Back to the meaning's default colour</translation>
        </message>
        <message>
            <source>按用词判断：{0}</source>
            <translation>From the word: {0}</translation>
        </message>
        <message>
            <source>默认颜色</source>
            <translation>Default colour</translation>
        </message>
        <message>
            <source>“{0}”的颜色</source>
            <translation>Colour of “{0}”</translation>
        </message>
    </context>
    <context>
        <name>SubmissionsDialog</name>
        <message>
            <source>选中一个已报送的单位：</source>
            <translation>For the selected unit that has submitted:</translation>
        </message>
        <message>
            <source>采纳</source>
            <translation>Accept</translation>
        </message>
        <message>
            <source>退回…</source>
            <translation>Return…</translation>
        </message>
        <message>
            <source>导出审核意见单…</source>
            <translation>Export feedback file…</translation>
        </message>
        <message>
            <source>未能保存</source>
            <translation>Not saved</translation>
        </message>
        <message>
            <source>导出审核意见单</source>
            <translation>Export feedback file</translation>
        </message>
        <message>
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <source> — 已导出审核意见单：{0}</source>
            <translation> — feedback file written: {0}</translation>
        </message>
        <message>
            <source>序号</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>牵头单位</source>
            <translation>Lead unit</translation>
        </message>
        <message>
            <source>报送情况</source>
            <translation>Submissions</translation>
        </message>
        <message>
            <source>报送时间</source>
            <translation>Submitted at</translation>
        </message>
        <message>
            <source>报送文件</source>
            <translation>File</translation>
        </message>
        <message>
            <source>报送次数</source>
            <translation>Files</translation>
        </message>
        <message>
            <source>已填报/任务数</source>
            <translation>Reported/tasks</translation>
        </message>
        <message>
            <source>未达预期缺原因</source>
            <translation>Behind without reason</translation>
        </message>
        <message>
            <source>逾期天数</source>
            <translation>Days late</translation>
        </message>
        <message>
            <source>联络员</source>
            <translation>Liaison</translation>
        </message>
        <message>
            <source>联系电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>已报送</source>
            <translation>Submitted</translation>
        </message>
        <message>
            <source>未报送</source>
            <translation>Missing</translation>
        </message>
        <message>
            <source>审核意见</source>
            <translation>Office's comments</translation>
        </message>
        <message>
            <source>退回</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>已采纳</source>
            <translation>Accepted</translation>
        </message>
        <message>
            <source>已重报</source>
            <translation>Resubmitted</translation>
        </message>
        <message>
            <source>由联合牵头单位报送</source>
            <translation>Reported by a joint lead</translation>
        </message>
        <message>
            <source>；</source>
            <translation>; </translation>
        </message>
        <message>
            <source>其任务已由{0}报送</source>
            <translation>Its tasks were reported by {0}</translation>
        </message>
        <message>
            <source>报送情况 — {0}</source>
            <translation>Submissions — {0}</translation>
        </message>
        <message>
            <source>复制催报名单</source>
            <translation>Copy reminder list</translation>
        </message>
        <message>
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>导出Excel…</source>
            <translation>Export Excel…</translation>
        </message>
        <message>
            <source>牵头单位 {0} 个：已报送 {1} 个，未报送 {2} 个</source>
            <translation>{0} lead units: {1} submitted, {2} missing</translation>
        </message>
        <message>
            <source>，由联合牵头单位报送 {0} 个</source>
            <translation>, {0} reported by a joint lead</translation>
        </message>
        <message>
            <source>(已采纳 {0} 个，退回 {1} 个)</source>
            <translation> ({0} accepted, {1} returned)</translation>
        </message>
        <message>
            <source> — 已导出：{0}</source>
            <translation> — exported: {0}</translation>
        </message>
        <message>
            <source> — 催报名单已复制</source>
            <translation> — reminder list copied</translation>
        </message>
        <message>
            <source>导出报送情况</source>
            <translation>Export submissions</translation>
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
            <source>未评价</source>
            <translation>No status</translation>
        </message>
        <message>
            <source>有办公室意见</source>
            <translation>With office comments</translation>
        </message>
        <message>
            <source>工作评价“{0}”，还需填写进展情况</source>
            <translation>Status “{0}”: progress still to be written</translation>
        </message>
        <message>
            <source>佐证材料 {0} 个</source>
            <translation>{0} evidence file(s)</translation>
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
            <source>全部单位(不指定本单位)</source>
            <translation>All units (no own unit)</translation>
        </message>
        <message>
            <source>本单位</source>
            <translation>My unit</translation>
        </message>
        <message>
            <source>请选择本单位，任务表将默认只显示本单位牵头的任务。</source>
            <translation>Choose your unit; the task table then shows the tasks it leads.</translation>
        </message>
        <message>
            <source>输入全称、简称或其中几个字筛选</source>
            <translation>Type a full or short name, or part of one, to filter</translation>
        </message>
        <message>
            <source>查找单位</source>
            <translation>Find unit</translation>
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
        <message>
            <source>没有含“{0}”的单位，请换个写法</source>
            <translation>No unit matches “{0}”; try another spelling</translation>
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
            <source>将选中的名称并入：</source>
            <translation>Merge the selected name into:</translation>
        </message>
        <message>
            <source>简称或别名的修改尚未保存，是否保存?</source>
            <translation>Short names or aliases were changed but not saved. Save them?</translation>
        </message>
        <message>
            <source>请先选中一个名称，再选择要并入的单位。</source>
            <translation>Select a name first, then the unit to merge it into.</translation>
        </message>
        <message>
            <source>将“{0}”({1} 项任务)并入“{2}”?
此后两者视为同一单位，此操作不能撤销。</source>
            <translation>Merge “{0}” ({1} tasks) into “{2}”?
Both will be the same unit from now on. This cannot be undone.</translation>
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
            <source>无法保存</source>
            <translation>Could not save</translation>
        </message>
        <message>
            <source>无法并入</source>
            <translation>Could not merge</translation>
        </message>
    </context>
    <context>
        <name>actions</name>
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
            <source>已导出：{0}</source>
            <translation>Exported: {0}</translation>
        </message>
        <message>
            <source>出错了</source>
            <translation>Error</translation>
        </message>
        <message>
            <source>恢复备份…</source>
            <translation>Restore backup…</translation>
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
            <source>请先导入本年度的责任清单</source>
            <translation>Import this year's responsibility list first</translation>
        </message>
        <message>
            <source>本年度12个月的期间都已建立</source>
            <translation>All twelve periods of this year already exist</translation>
        </message>
        <message>
            <source>关闭 {0} 后，本期间的填报将只读。确定关闭吗?</source>
            <translation>After closing {0}, its entries are read-only. Close it?</translation>
        </message>
        <message>
            <source>关闭期间</source>
            <translation>Close period</translation>
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
            <source>重点工作责任清单 联络员桌面工具
版本 {0}
离线运行，数据保存在本机。</source>
            <translation>Key Task Responsibility List — liaison desktop tool
Version {0}
Works offline; data stays on this computer.</translation>
        </message>
        <message>
            <source>关于</source>
            <translation>About</translation>
        </message>
        <message>
            <source>(无)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>未导入任何文件。</source>
            <translation>No file was imported. </translation>
        </message>
        <message>
            <source>导入(可多选)</source>
            <translation>Import (several files allowed)</translation>
        </message>
        <message>
            <source>导入前核对</source>
            <translation>Check before importing</translation>
        </message>
        <message>
            <source>导入其余文件</source>
            <translation>Import the other files</translation>
        </message>
        <message>
            <source>导入</source>
            <translation>Import</translation>
        </message>
        <message>
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>被拒绝的文件不会导入；其余文件可以一起导入。</source>
            <translation>Refused files are not imported; the others can be imported together.</translation>
        </message>
        <message>
            <source>清单、报告或报送表 (*.xlsx *.xls *.et *.ods *.csv *.docx *.txt *.html *.htm *.zip);;所有文件 (*)</source>
            <translation>Lists, reports or submissions (*.xlsx *.xls *.et *.ods *.csv *.docx *.txt *.html *.htm *.zip);;All files (*)</translation>
        </message>
        <message>
            <source>  意见显示在任务的“办公室意见”中，并随下次导出的报送表带回。</source>
            <translation>  The comments show on the tasks under “The office's comments” and go back with the next exported submission.</translation>
        </message>
        <message>
            <source>，期间 {0}</source>
            <translation>, period {0}</translation>
        </message>
        <message>
            <source>{0}：新增任务 {1}，更新任务 {2}，更新进展 {3}</source>
            <translation>{0}: {1} tasks added, {2} tasks updated, {3} entries updated</translation>
        </message>
        <message>
            <source>  未登记的单位 {0} 个(原样保留)：</source>
            <translation>  {0} unknown units (kept as written): </translation>
        </message>
        <message>
            <source>  本库已填写的内容未被覆盖：</source>
            <translation>  Text already entered here was kept:</translation>
        </message>
        <message>
            <source>  未识别的列(按原列名保存为附加信息)：</source>
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
            <source>新建期间…</source>
            <translation>New period…</translation>
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
            <source>文件已存在，请换一个名字</source>
            <translation>The file exists; choose another name</translation>
        </message>
        <message>
            <source>点“新建数据库并导入…”为这份清单建立它自己的数据库；本库不变。</source>
            <translation>Click “New database and import…” to give this list a database of its own; this database stays as it is.</translation>
        </message>
        <message>
            <source>不是本库的清单</source>
            <translation>Not this database's list</translation>
        </message>
        <message>
            <source>新建数据库并导入…</source>
            <translation>New database and import…</translation>
        </message>
        <message>
            <source>从剪贴板导入表格</source>
            <translation>Import table from clipboard</translation>
        </message>
        <message>
            <source>剪贴板中的内容未能作为表格导入。</source>
            <translation>The clipboard's content could not be imported as a table. </translation>
        </message>
        <message>
            <source>剪贴板</source>
            <translation>Clipboard</translation>
        </message>
    </context>
    <context>
        <name>app</name>
        <message>
            <source>今日备份未能完成：{0}</source>
            <translation>Today's backup failed: {0}</translation>
        </message>
        <message>
            <source>已备份到 {0}</source>
            <translation>Backed up to {0}</translation>
        </message>
        <message>
            <source>无法打开数据库 {0}：{1}</source>
            <translation>Cannot open the database {0}: {1}</translation>
        </message>
        <message>
            <source>程序出现了意外错误，刚才的操作可能没有完成。</source>
            <translation>An unexpected error occurred; the last action may not have finished.</translation>
        </message>
        <message>
            <source>详细信息已记录在日志文件：{0}</source>
            <translation>The details are in the log file: {0}</translation>
        </message>
        <message>
            <source>意外错误</source>
            <translation>Unexpected error</translation>
        </message>
        <message>
            <source>复制详细信息</source>
            <translation>Copy details</translation>
        </message>
    </context>
    <context>
        <name>attachments</name>
        <message>
            <source>附加佐证材料(第{0}项)</source>
            <translation>Attach evidence (task {0})</translation>
        </message>
        <message>
            <source>删除佐证材料(第{0}项)</source>
            <translation>Remove evidence (task {0})</translation>
        </message>
        <message>
            <source>重命名佐证材料(第{0}项)</source>
            <translation>Rename evidence (task {0})</translation>
        </message>
        <message>
            <source>图片</source>
            <translation>Image</translation>
        </message>
        <message>
            <source>PDF</source>
            <translation>PDF</translation>
        </message>
        <message>
            <source>文档</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>表格</source>
            <translation>Spreadsheet</translation>
        </message>
        <message>
            <source>演示文稿</source>
            <translation>Presentation</translation>
        </message>
        <message>
            <source>文本</source>
            <translation>Text</translation>
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
        <name>merge_periods</name>
        <message>
            <source>、</source>
            <translation>, </translation>
        </message>
        <message>
            <source>新建期间“{0}”并导入</source>
            <translation>Open period “{0}” and import</translation>
        </message>
        <message>
            <source>本库还没有期间“{0}”：可以新建该期间，并把这些文件一起导入。</source>
            <translation>This database has no period “{0}” yet: you can open it and import these files with it.</translation>
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
