<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="39"/>
        <source>About ROP/CTE</source>
        <translation>关于 ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="66"/>
        <source>Where the pay figures come from</source>
        <translation>薪资数字的来源</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="71"/>
        <source>Pay is for the %1 area, from the %2 figures, unless a career says otherwise.</source>
        <translation>除非职业另有注明，薪资为 %1 地区 %2 的数字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="100"/>
        <source>Nondiscrimination notice</source>
        <translation>反歧视声明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="101"/>
        <source>Go to the nondiscrimination notice</source>
        <translation>前往反歧视声明</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="102"/>
        <source>Current: %1</source>
        <translation>目前：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="103"/>
        <source>Previous: %1</source>
        <translation>上一版：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="108"/>
        <source>Rolled back from version %1: it is skipped until a newer one is published.</source>
        <translation>已从版本 %1 退回上一版：在发布更新的版本之前，会略过这个版本。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="113"/>
        <source>Last check: %1</source>
        <translation>上次检查：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="116"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>Source: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>none yet</source>
        <translation>尚无</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="127"/>
        <source>Sync is off: the configuration names no source or no trusted key.</source>
        <translation>同步已关闭：设置中没有指定来源或受信任的密钥。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="133"/>
        <source>A check is already running.</source>
        <translation>已经在检查中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="141"/>
        <source>Checking for a newer catalog…</source>
        <translation>正在检查是否有较新的课程目录…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="147"/>
        <source>Installed. Students see it when this panel is closed.</source>
        <translation>已安装。关闭这个面板后，学生就会看到。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="148"/>
        <source>Already up to date.</source>
        <translation>已经是最新版本。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="149"/>
        <source>Not installed; the current catalog is untouched.</source>
        <translation>未安装；目前的课程目录没有变动。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="159"/>
        <source>Not rolled back: %1</source>
        <translation>未能退回上一版：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="162"/>
        <source>Now on version %1. Version %2 is skipped until a newer one is published.</source>
        <translation>目前为版本 %1。在发布更新的版本之前，会略过版本 %2。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="177"/>
        <source>No published catalog found on a USB drive. Copy the folder kiosk-admin publish wrote onto the drive, plug it in, then look again.</source>
        <translation>在 USB 闪存盘上找不到已发布的课程目录。请把 kiosk-admin publish 产生的文件夹复制到闪存盘，插上后再找一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="182"/>
        <source>Tap the catalog to install:</source>
        <translation>点击要安装的课程目录：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="185"/>
        <source>Version %1 from %2</source>
        <translation>版本 %1（来自 %2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="195"/>
        <source>Cannot import: no trusted key is configured, or a check is running.</source>
        <translation>无法导入：尚未设置受信任的密钥，或正在检查中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="205"/>
        <source>Last %1 days: students %2, quizzes finished %3, slips printed %4.</source>
        <translation>最近 %1 天：学生 %2 人次，完成测验 %3 次，打印课程单 %4 张。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="212"/>
        <source>Most opened: %1</source>
        <translation>最常查看：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="225"/>
        <source>A test page went to the default printer.</source>
        <translation>测试页已送到默认打印机。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="236"/>
        <source>Tap again to confirm</source>
        <translation>再点一次以确认</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="242"/>
        <source>Restart</source>
        <translation>重新启动</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="243"/>
        <source>Exit kiosk</source>
        <translation>结束信息站</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="247"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="250"/>
        <source>version %1, built %2</source>
        <translation>版本 %1，创建于 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="255"/>
        <source>(the sample catalog)</source>
        <translation>（示例课程目录）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="258"/>
        <source>Careers&apos; pay: %1</source>
        <translation>职业薪资：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="260"/>
        <source>Careers&apos; pay: none from BLS</source>
        <translation>职业薪资：无 BLS 数据</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="264"/>
        <source>Staff panel</source>
        <translation>教职员面板</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="265"/>
        <source>Lock and return</source>
        <translation>锁定并返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="266"/>
        <source>Catalog</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="267"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="268"/>
        <source>Roll back</source>
        <translation>退回上一版</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="269"/>
        <source>Import from a USB drive</source>
        <translation>从 USB 闪存盘导入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="270"/>
        <source>Look for a USB drive</source>
        <translation>寻找 USB 闪存盘</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="271"/>
        <source>Usage</source>
        <translation>使用情况</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="272"/>
        <source>This kiosk</source>
        <translation>这台信息站</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="273"/>
        <source>Test print</source>
        <translation>打印测试页</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="20"/>
        <source>Doer</source>
        <translation>动手型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="21"/>
        <source>You like hands-on work with tools, machines, plants or animals.</source>
        <translation>你喜欢动手做事，使用工具和机器，或照顾植物和动物。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="26"/>
        <source>Thinker</source>
        <translation>思考型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="27"/>
        <source>You like figuring out how things work and solving puzzles.</source>
        <translation>你喜欢弄清楚东西是怎么运作的，也喜欢解谜题。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="32"/>
        <source>Creator</source>
        <translation>创意型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="33"/>
        <source>You like making art, music, stories, designs and new ideas.</source>
        <translation>你喜欢创作艺术、音乐、故事和设计，也喜欢想出新点子。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="38"/>
        <source>Helper</source>
        <translation>助人型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="39"/>
        <source>You like helping, teaching and taking care of people.</source>
        <translation>你喜欢帮助别人、教别人，也喜欢照顾人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="44"/>
        <source>Persuader</source>
        <translation>领导型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="45"/>
        <source>You like leading, selling and starting new projects.</source>
        <translation>你喜欢带领大家、推销东西，也喜欢开始新的计划。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="50"/>
        <source>Organizer</source>
        <translation>组织型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="51"/>
        <source>You like keeping things in order, with clear steps and numbers.</source>
        <translation>你喜欢把事情整理得井井有条，喜欢清楚的步骤和数字。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="85"/>
        <source>Free career classes at your school</source>
        <translation>在你的学校上免费的职业课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="190"/>
        <source>Touch the screen to explore career classes</source>
        <translation>轻触屏幕，探索职业课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="191"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="192"/>
        <source>Start exploring</source>
        <translation>开始探索</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="59"/>
        <source>Career pathways</source>
        <translation>职业路径</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/browse.py" line="76"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 门课</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="54"/>
        <source>Catalog</source>
        <translation>课程目录</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="55"/>
        <source>&amp;Open workbook...</source>
        <translation>打开工作簿(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="57"/>
        <source>Open CSV &amp;folder...</source>
        <translation>打开 CSV 文件夹(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="58"/>
        <source>Open in &amp;Excel</source>
        <translation>在 Excel 中打开(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="59"/>
        <source>Check &amp;again</source>
        <translation>重新检查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="91"/>
        <source>Checking</source>
        <translation>正在检查</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="67"/>
        <source>Workbook</source>
        <translation>工作簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="70"/>
        <source>&amp;Problems</source>
        <translation>问题(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="71"/>
        <source>P&amp;ublish</source>
        <translation>发布(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="101"/>
        <source>Result of the check</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="102"/>
        <source>Why the workbook cannot be checked</source>
        <translation>无法检查工作簿的原因</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="111"/>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="132"/>
        <source>Open a catalog workbook</source>
        <translation>打开课程目录工作簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="134"/>
        <source>Catalog workbooks (*.xlsx *.xlsm);;CSV sheets, opens their folder (*.csv)</source>
        <translation>课程目录工作簿 (*.xlsx *.xlsm);;CSV 工作表，打开其所在文件夹 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="141"/>
        <source>Open a folder of CSV sheets</source>
        <translation>打开 CSV 工作表文件夹</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="168"/>
        <source>Open a workbook (.xlsx) or a folder of CSV sheets, or drop one here.</source>
        <translation>打开工作簿 (.xlsx) 或 CSV 工作表文件夹，或拖放到这里。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="170"/>
        <source>No workbook open</source>
        <translation>尚未打开工作簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="175"/>
        <source>%1 - Catalog</source>
        <translation>%1 - 课程目录</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="190"/>
        <source>Checking %1...</source>
        <translation>正在检查 %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="200"/>
        <source>Something went wrong in the check itself; it is in the log file.</source>
        <translation>检查本身出了问题；已记录在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="206"/>
        <source>This workbook cannot be checked</source>
        <translation>无法检查此工作簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="208"/>
        <source>No problems: ready to publish</source>
        <translation>没有问题：可以发布</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="209"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="211"/>
        <source>%1: ready to publish</source>
        <translation>%1：可以发布</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="213"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="20"/>
        <location filename="../../kiosk/catalogapp/changesview.py" line="22"/>
        <source>What changes</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="23"/>
        <source>&amp;Details:</source>
        <translation>详细内容(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="28"/>
        <source>Every change</source>
        <translation>每一项变更</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="37"/>
        <source>Comparing with what is published in %1...</source>
        <translation>正在与 %1 中已发布的内容比较...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="47"/>
        <source>Something went wrong in the comparison itself; it is in the log file.</source>
        <translation>比较本身出了问题；已记录在日志文件中。</translation>
    </message>
</context>
<context>
    <name>CounselorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="90"/>
        <source>See your counselor</source>
        <translation>找你的辅导老师</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="110"/>
        <source>Picked from your filter. Tap another school to change it.</source>
        <translation>这是按照你的筛选条件选的。点击其他学校就能更换。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="127"/>
        <source>Your list is empty. You can still talk to your counselor about any class.</source>
        <translation>你的清单是空的。你还是可以跟辅导老师聊聊任何一门课。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="136"/>
        <source>Add a class to your list to print it.</source>
        <translation>先把一门课加进你的清单，才能打印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="157"/>
        <source>Printing. Take your slip from the printer and give it to your counselor.</source>
        <translation>正在打印。请从打印机拿你的课程单，交给你的辅导老师。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="65"/>
        <location filename="../../kiosk/ui/screens/counselor.py" line="172"/>
        <source>To sign up, talk to your high-school counselor</source>
        <translation>想报名，请找你高中的辅导老师</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="175"/>
        <source>Counselors help you fit these classes into your schedule. Show them your list, your printed slip or the code on this screen.</source>
        <translation>辅导老师会帮你把这些课排进课表。给他们看你的清单、打印出来的课程单，或这个屏幕上的 QR 码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="179"/>
        <source>Which school do you go to?</source>
        <translation>你在哪所学校上学？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="180"/>
        <source>My list</source>
        <translation>我的清单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="181"/>
        <source>Scan with a phone to keep your list</source>
        <translation>用手机扫描，保存你的清单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="182"/>
        <source>Print my slip</source>
        <translation>打印我的课程单</translation>
    </message>
</context>
<context>
    <name>CourseColumn</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/courses.py" line="240"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>再显示 %n 门</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="49"/>
        <location filename="../../kiosk/ui/screens/course.py" line="35"/>
        <source>%1 high-school credits</source>
        <translation>%1 个高中学分</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="40"/>
        <location filename="../../kiosk/ui/screens/course.py" line="92"/>
        <source>College credit</source>
        <translation>大学学分</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="41"/>
        <location filename="../../kiosk/ui/screens/course.py" line="93"/>
        <location filename="../../kiosk/ui/screens/course.py" line="133"/>
        <source>Paid work experience</source>
        <translation>有薪工作经验</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="42"/>
        <location filename="../../kiosk/ui/screens/course.py" line="108"/>
        <source>What you will do</source>
        <translation>你会做什么</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="44"/>
        <location filename="../../kiosk/ui/screens/course.py" line="110"/>
        <source>Grade %1</source>
        <translation>%1 年级</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="45"/>
        <location filename="../../kiosk/ui/screens/course.py" line="112"/>
        <source>Grades %1 to %2</source>
        <translation>%1 至 %2 年级</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="43"/>
        <location filename="../../kiosk/ui/screens/course.py" line="116"/>
        <source>Who can take it</source>
        <translation>谁可以修</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="46"/>
        <location filename="../../kiosk/ui/screens/course.py" line="117"/>
        <source>Take this first</source>
        <translation>先修课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="47"/>
        <location filename="../../kiosk/ui/screens/course.py" line="122"/>
        <source>Where and when</source>
        <translation>上课地点和时间</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="50"/>
        <location filename="../../kiosk/ui/screens/course.py" line="124"/>
        <source>You can earn college credit with %1.</source>
        <translation>你可以通过 %1 获得大学学分。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="51"/>
        <location filename="../../kiosk/ui/screens/course.py" line="126"/>
        <source>You can earn college credit.</source>
        <translation>你可以获得大学学分。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="48"/>
        <location filename="../../kiosk/ui/screens/course.py" line="130"/>
        <source>Credits</source>
        <translation>学分</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="52"/>
        <location filename="../../kiosk/ui/screens/course.py" line="135"/>
        <source>Once you reach a certain skill level, you may be able to work and get paid through Cooperative Vocational Education (CVE).</source>
        <translation>当你的技能达到一定程度，也许可以通过合作职业教育（CVE）去工作并领薪水。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="57"/>
        <location filename="../../kiosk/ui/screens/course.py" line="139"/>
        <source>Industry certifications</source>
        <translation>行业证书</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="58"/>
        <location filename="../../kiosk/ui/screens/course.py" line="142"/>
        <source>Careers it can lead to</source>
        <translation>可以通往的职业</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="59"/>
        <location filename="../../kiosk/ui/screens/course.py" line="155"/>
        <source>Typical education: %1</source>
        <translation>入行通常需要：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171"/>
        <source>In my list</source>
        <translation>已在我的清单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171"/>
        <source>Add to my list</source>
        <translation>加入我的清单</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="39"/>
        <location filename="../../kiosk/ui/screens/course.py" line="182"/>
        <source>Tuition-free</source>
        <translation>免学费</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="183"/>
        <source>How do I sign up?</source>
        <translation>要怎么报名？</translation>
    </message>
</context>
<context>
    <name>DisplayChooser</name>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="57"/>
        <source>Text size and contrast</source>
        <translation>文字大小和对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="58"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="59"/>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="61"/>
        <source>Text size %1 percent</source>
        <translation>文字大小百分之 %1</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="78"/>
        <source>No class here matches all of these filters. Turn one off, or show every class.</source>
        <translation>这里没有课程同时符合所有筛选条件。关掉一个条件，或显示所有课程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="107"/>
        <source>Which school?</source>
        <translation>哪所学校？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="119"/>
        <source>Show only:</source>
        <translation>只显示：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="121"/>
        <source>My school</source>
        <translation>我的学校</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="122"/>
        <source>Summer</source>
        <translation>暑期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="123"/>
        <source>College credit</source>
        <translation>大学学分</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="124"/>
        <source>Paid work experience</source>
        <translation>有薪工作经验</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="125"/>
        <source>Show every class</source>
        <translation>显示所有课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="126"/>
        <source>Clear the filters and show every class</source>
        <translation>清除筛选条件，显示所有课程</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="48"/>
        <source>Career classes</source>
        <translation>职业课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="51"/>
        <source>Find a career class you will love</source>
        <translation>找到你会爱上的职业课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="52"/>
        <source>Tuition-free</source>
        <translation>免学费</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="55"/>
        <source>Career Technical Education (ROP/CTE) classes are open to every high-school student. Pick a way to explore:</source>
        <translation>职业技术教育（ROP/CTE）课程开放给每一位高中生。选一种方式开始探索：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="60"/>
        <source>Explore by what you like</source>
        <translation>依兴趣探索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="61"/>
        <source>Take a quick quiz</source>
        <translation>做个小测验</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="62"/>
        <source>Browse career pathways</source>
        <translation>浏览职业路径</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="63"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="64"/>
        <source>About ROP/CTE</source>
        <translation>关于 ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="65"/>
        <source>My list (%1)</source>
        <translation>我的清单（%1）</translation>
    </message>
</context>
<context>
    <name>InterestsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="42"/>
        <source>Explore by what you like</source>
        <translation>依兴趣探索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="71"/>
        <source>Pathways for you</source>
        <translation>适合你的职业路径</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="75"/>
        <source>Tap one or more things you like. Pathways that match appear here.</source>
        <translation>点击一个或多个你喜欢的东西，符合的职业路径会显示在这里。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="80"/>
        <source>Why it matches:</source>
        <translation>为什么适合你：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="81"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>这些职业路径也符合，但这里目前还没有课程：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="98"/>
        <source>I like...</source>
        <translation>我喜欢……</translation>
    </message>
</context>
<context>
    <name>KeySetupDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="34"/>
        <source>Catalog signing key</source>
        <translation>课程目录签名密钥</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="47"/>
        <source>First, a signing key</source>
        <translation>首先，创建签名密钥</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="52"/>
        <source>Kiosks install only catalogs signed with a key they trust. This computer has no signing key yet. Create one now: it is made once, kept in %1, and every catalog you publish is signed with it.</source>
        <translation>信息亭只安装用其信任的密钥签名的课程目录。这台电脑还没有签名密钥。现在就创建一个：只需创建一次，保存在 %1，您发布的每个课程目录都会用它签名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="60"/>
        <source>Why the key was not made</source>
        <translation>密钥未创建的原因</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="62"/>
        <source>&amp;Create key</source>
        <translation>创建密钥(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="64"/>
        <source>&amp;Not now</source>
        <translation>暂时不要(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="69"/>
        <source>Your signing key</source>
        <translation>您的签名密钥</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="73"/>
        <source>Give IT this public key line, for [sync] trusted_keys in the kiosk configuration. It is not secret.</source>
        <translation>请将这行公钥交给 IT，填入信息亭配置中的 [sync] trusted_keys。它不是机密。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="80"/>
        <source>Public key line</source>
        <translation>公钥行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="82"/>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="87"/>
        <source>Keeping the private key safe</source>
        <translation>妥善保管私钥</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="88"/>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="118"/>
        <source>something went wrong; it is in the log file</source>
        <translation>出了问题；已记录在日志文件中</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="125"/>
        <source>The key was not made: %1</source>
        <translation>密钥未创建：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="134"/>
        <source>Back up the private key now, to a place only you can open (such as a USB stick kept locked away). It is this file:
%1

Keep it secret: anyone who has it can publish catalogs your kiosks install. If it is lost, IT must trust a new key on every kiosk before you can publish again.</source>
        <translation>请立即备份私钥，存放在只有您能打开的地方（例如锁起来保管的 USB 闪存盘）。就是这个文件：
%1

请保密：任何拥有它的人都能发布您的信息亭会安装的课程目录。如果丢失，IT 必须在每台信息亭上信任一个新密钥，您才能再次发布。</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="77"/>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="81"/>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="78"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="79"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="80"/>
        <source>Hide</source>
        <translation>隐藏</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="82"/>
        <source>Delete the last letter</source>
        <translation>删除最后一个字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="83"/>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="84"/>
        <source>Hide the keyboard</source>
        <translation>隐藏键盘</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="128"/>
        <source>Career Kiosk (preview)</source>
        <translation>职业信息站（预览）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk: %1</source>
        <translation>职业信息站：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk</source>
        <translation>职业信息站</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="275"/>
        <source>No staff PIN is set, so this kiosk runs as a preview and is not locked down. IT: run kiosk-admin set-pin on this computer, then restart the kiosk.</source>
        <translation>尚未设置教职员 PIN 码，所以这台信息站以预览模式运行，没有锁定。IT 人员：请在这台电脑上运行 kiosk-admin set-pin，然后重新启动信息站。</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/overlays/language_picker.py" line="43"/>
        <source>Choose your language</source>
        <translation>选择你的语言</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="62"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="46"/>
        <source>Introductory</source>
        <translation>入门</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="63"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="47"/>
        <source>Concentrator</source>
        <translation>中级</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="64"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="48"/>
        <source>Capstone</source>
        <translation>结业专题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="57"/>
        <source>A first class in a pathway. You explore the field and start learning.</source>
        <translation>职业路径中的第一门课。你可以认识这个领域，开始学习。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="61"/>
        <source>A next class in a pathway. It builds on what you learned in a first class.</source>
        <translation>职业路径中的下一门课，延续你在第一门课学到的东西。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="66"/>
        <source>The last class in a pathway. It gets you ready for a job or for college.</source>
        <translation>职业路径中的最后一门课，帮你为找工作或上大学做好准备。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="77"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="68"/>
        <source>Counselors help you fit these classes into your schedule. Show them this list.</source>
        <translation>辅导老师会帮你把这些课排进课表。请把这份清单给他们看。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="86"/>
        <source>Your list is only in this page&apos;s address. It is not sent to the server, and nothing about you is kept.</source>
        <translation>你的清单只在这个网页的网址里，不会发送到服务器，也不会保存任何关于你的资料。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="91"/>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="92"/>
        <source>Print this list</source>
        <translation>打印这份清单</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="93"/>
        <source>Loading your list…</source>
        <translation>正在加载你的清单…</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="94"/>
        <source>Your list could not be loaded. Check your connection and try again.</source>
        <translation>无法加载你的清单。请检查网络连接后再试一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="97"/>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="98"/>
        <source>%1 is not in the course catalog any more. Ask your counselor about it.</source>
        <comment>%1 is a course code</comment>
        <translation>%1 已经不在课程目录里了。请向你的辅导老师询问。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="103"/>
        <source>This list has no classes.</source>
        <translation>这份清单里没有课程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="104"/>
        <source>Class code: %1</source>
        <translation>课程代码：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="105"/>
        <source>Your school: %1</source>
        <translation>你的学校：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="106"/>
        <source>Any high-school counselor in the district can help you sign up.</source>
        <translation>学区里任何一位高中辅导老师都可以帮你报名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="109"/>
        <source>Pay figures: %1</source>
        <translation>薪资资料：%1</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="46"/>
        <source>My list</source>
        <translation>我的清单</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="98"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="99"/>
        <source>Remove %1 from my list</source>
        <translation>从我的清单移除 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="108"/>
        <source>Your list is empty. When you find a class you like, tap “Add to my list”.</source>
        <translation>你的清单是空的。找到喜欢的课程时，点一下“加入我的清单”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="114"/>
        <source>Classes I like</source>
        <translation>我喜欢的课程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="115"/>
        <source>See your counselor</source>
        <translation>找你的辅导老师</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="116"/>
        <source>Start over</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="117"/>
        <source>Start over and clear everything</source>
        <translation>重新开始并清除所有内容</translation>
    </message>
</context>
<context>
    <name>NewWorkbook</name>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="33"/>
        <source>Save a new catalog workbook</source>
        <translation>保存新的课程目录工作簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="35"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="44"/>
        <source>%1 was not written: a new workbook must be an .xlsx file.</source>
        <translation>未写入 %1：新的工作簿必须是 .xlsx 文件。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="55"/>
        <source>%1 could not be written: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="60"/>
        <source>%1 is a new workbook: fill it in with Open in Excel.</source>
        <translation>%1 是新的工作簿：请用“在 Excel 中打开”填写。</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../kiosk/ui/screens/out_of_service.py" line="42"/>
        <source>For staff: reference %1 (the details are in the kiosk log)</source>
        <translation>工作人员：参考代码 %1（详细信息在 kiosk 的日志中）</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../../kiosk/ui/overlays/base.py" line="99"/>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="55"/>
        <source>%1 dollars</source>
        <translation>%1 美元</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="64"/>
        <location filename="../../kiosk/sync/pagewords.py" line="74"/>
        <source>%1 or more</source>
        <translation>%1 或以上</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="69"/>
        <location filename="../../kiosk/sync/pagewords.py" line="73"/>
        <source>%1 an hour</source>
        <translation>每小时 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="71"/>
        <location filename="../../kiosk/sync/pagewords.py" line="72"/>
        <source>%1 a year</source>
        <translation>每年 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="87"/>
        <location filename="../../kiosk/sync/pagewords.py" line="75"/>
        <source>Middle pay in the %1 area: %2</source>
        <translation>%1 地区的薪资中位数：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="93"/>
        <location filename="../../kiosk/sync/pagewords.py" line="76"/>
        <source>Middle pay in %1 (state figure): %2</source>
        <translation>%1 的薪资中位数（全州数字）：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="99"/>
        <location filename="../../kiosk/sync/pagewords.py" line="77"/>
        <source>Middle pay in the United States (national figure): %1</source>
        <translation>美国的薪资中位数（全国数字）：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="104"/>
        <location filename="../../kiosk/sync/pagewords.py" line="78"/>
        <source>Typical pay: %1</source>
        <translation>一般薪资：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="110"/>
        <location filename="../../kiosk/sync/pagewords.py" line="79"/>
        <source>Half of workers earn between %1 and %2.</source>
        <translation>一半的从业人员收入介于 %1 与 %2 之间。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="118"/>
        <location filename="../../kiosk/sync/pagewords.py" line="82"/>
        <source>Source: %1</source>
        <translation>资料来源：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="127"/>
        <location filename="../../kiosk/sync/pagewords.py" line="83"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="136"/>
        <source>Middle pay: %1 (state figure)</source>
        <translation>薪资中位数：%1（全州数字）</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="137"/>
        <source>Middle pay: %1 (national figure)</source>
        <translation>薪资中位数：%1（全国数字）</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="138"/>
        <source>Middle pay: %1</source>
        <translation>薪资中位数：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="149"/>
        <source>Middle pay of its careers: %1</source>
        <translation>相关职业的薪资中位数：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="152"/>
        <source>Middle pay of its careers: %1 to %2 a year</source>
        <translation>相关职业的薪资中位数：每年 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="158"/>
        <location filename="../../kiosk/sync/pagewords.py" line="80"/>
        <source>%n job(s) here</source>
        <translation>
            <numerusform>此地有 %n 个工作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="160"/>
        <location filename="../../kiosk/sync/pagewords.py" line="81"/>
        <source>%n job(s) in the state</source>
        <translation>
            <numerusform>全州有 %n 个工作</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="174"/>
        <location filename="../../kiosk/sync/pagewords.py" line="84"/>
        <source>May %1</source>
        <translation>%1 年 5 月</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="147"/>
        <source>Wrong PIN. %n more wrong PIN(s) will lock the keypad for 5 minutes.</source>
        <translation>
            <numerusform>PIN 码错误。再输错 %n 次，键盘就会锁定 5 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="172"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="200"/>
        <source>You can try again now.</source>
        <translation>现在可以再试一次了。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="180"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>PIN 码错误太多次。请在 %1:%2 后再试。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="204"/>
        <source>Staff PIN</source>
        <translation>教职员 PIN 码</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="205"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="206"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="207"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Previewer</name>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="64"/>
        <source>Building the preview of %1...</source>
        <translation>正在创建 %1 的预览...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="72"/>
        <source>Something went wrong building the preview; it is in the log file.</source>
        <translation>创建预览时出了问题；已记录在日志文件中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/preview.py" line="77"/>
        <source>The workbook has %n error(s), so it cannot be previewed yet: fix them (see Problems), then try again.</source>
        <translation>
            <numerusform>工作簿有 %n 个错误，所以还无法预览：请先修正（见“问题”），再试一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="85"/>
        <source>The workbook cannot be previewed: %1</source>
        <translation>无法预览工作簿：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="106"/>
        <source>The kiosk opens in its own window, as a student sees it.</source>
        <translation>信息站会在自己的窗口中打开，就像学生看到的一样。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="117"/>
        <source>The kiosk could not be started: %1. The details are in the log file.</source>
        <translation>无法启动信息站：%1。详细信息在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="134"/>
        <source>The preview kiosk stopped with a problem; it is in the log file.</source>
        <translation>预览信息站因问题而停止；已记录在日志文件中。</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="40"/>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="41"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="42"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="43"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="44"/>
        <source>What is wrong</source>
        <translation>问题所在</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="45"/>
        <source>What is expected</source>
        <translation>应有内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="117"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="118"/>
        <source>Error</source>
        <translation>错误</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="20"/>
        <source>&quot;{cell}&quot; is not a valid code</source>
        <translation>&quot;{cell}&quot; 不是有效的代码</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="21"/>
        <source>expected up to {max} letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>应为最多 {max} 个字母、数字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="24"/>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>&quot;{cell}&quot; 不是数字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="25"/>
        <source>&quot;{cell}&quot; is not a whole number</source>
        <translation>&quot;{cell}&quot; 不是整数</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="28"/>
        <source>{cell} is out of range</source>
        <translation>{cell} 超出范围</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="29"/>
        <source>expected a whole number</source>
        <translation>应为整数</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="30"/>
        <source>expected a whole number from {low} to {high}</source>
        <translation>应为 {low} 到 {high} 的整数</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="33"/>
        <source>expected a number</source>
        <translation>应为数字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="34"/>
        <source>expected a number from {low} to {high}</source>
        <translation>应为 {low} 到 {high} 的数字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="37"/>
        <source>expected a whole number, written like 52000, 52,000 or $52,000.00</source>
        <translation>应为整数，写法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="40"/>
        <source>expected a whole number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>应为 {low} 到 {high} 的整数，写法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="45"/>
        <source>expected a number, written like 52000, 52,000 or $52,000.00</source>
        <translation>应为数字，写法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="48"/>
        <source>expected a number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>应为 {low} 到 {high} 的数字，写法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="52"/>
        <source>expected a whole number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>应为整数，写法如 7.5 或 1,200：小数用小数点，逗号只用来分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="57"/>
        <source>expected a whole number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>应为 {low} 到 {high} 的整数，写法如 7.5 或 1,200：小数用小数点，逗号只用来分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="62"/>
        <source>expected a number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>应为数字，写法如 7.5 或 1,200：小数用小数点，逗号只用来分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="67"/>
        <source>expected a number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>应为 {low} 到 {high} 的数字，写法如 7.5 或 1,200：小数用小数点，逗号只用来分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="72"/>
        <source>&quot;{cell}&quot; is not yes or no</source>
        <translation>&quot;{cell}&quot; 不是 yes 或 no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="73"/>
        <source>expected yes or no</source>
        <translation>应为 yes 或 no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="80"/>
        <source>&quot;{cell}&quot; is not a valid {column}</source>
        <translation>&quot;{cell}&quot; 不是有效的 {column}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="83"/>
        <source>expected one of: {choices}</source>
        <translation>应为下列之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="84"/>
        <source>&quot;{part}&quot; has a weight that is not a number from {low} to {high}</source>
        <translation>&quot;{part}&quot; 的权重不是 {low} 到 {high} 的数字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="87"/>
        <source>&quot;{part}&quot; has a weight that is not a number</source>
        <translation>&quot;{part}&quot; 的权重不是数字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="90"/>
        <source>expected CODE or CODE:weight, e.g. AG-AS:3</source>
        <translation>应为 代码 或 代码:权重，例如 AG-AS:3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="93"/>
        <source>&quot;{cell}&quot; is not a valid set of interest areas</source>
        <translation>&quot;{cell}&quot; 不是有效的兴趣领域组合</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="96"/>
        <source>expected up to {max} different letters from R I A S E C</source>
        <translation>应为最多 {max} 个不同的字母，取自 R I A S E C</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="99"/>
        <source>&quot;{cell}&quot; is not an occupation code</source>
        <translation>&quot;{cell}&quot; 不是职业代码</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="102"/>
        <source>expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00</source>
        <translation>应为 SOC 代码（如 29-1141）或 O*NET-SOC 代码（如 29-1141.00）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="111"/>
        <source>the cell shows the Excel error {error}</source>
        <translation>单元格显示 Excel 错误 {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="114"/>
        <source>expected a value: fix the formula, or type the value</source>
        <translation>应有一个值：修正公式，或直接输入值</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="117"/>
        <source>the link&apos;s address is worked out by a formula</source>
        <translation>链接的网址是由公式算出的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="120"/>
        <source>expected the address typed in the cell, or a link made with Insert &gt; Link</source>
        <translation>应在单元格中输入网址，或用 Insert &gt; Link 创建链接</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="124"/>
        <source>the cell holds a formula whose result was never saved in the file</source>
        <translation>单元格中的公式结果从未保存到文件中</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="127"/>
        <source>expected the file opened and saved again in Excel, or the value typed</source>
        <translation>应在 Excel 中打开文件再保存一次，或直接输入值</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="130"/>
        <source>what the cell shows cannot be read exactly: {why}</source>
        <translation>无法准确读取单元格显示的内容：{why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="133"/>
        <source>expected the value typed as text, or a plain number format</source>
        <translation>应以文字输入值，或使用常规的数字格式</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="136"/>
        <source>the cell shows {cell} but holds {number}</source>
        <translation>单元格显示 {cell}，但实际是 {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="139"/>
        <source>expected the number as it is shown: round it, or show all its decimals</source>
        <translation>应与显示的数字相同：将它四舍五入，或显示所有小数位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="142"/>
        <source>the cell links to {link}, and only its text is published</source>
        <translation>单元格链接到 {link}，只有文字会被发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="145"/>
        <source>expected plain text: kiosks show no links</source>
        <translation>应为纯文本：信息站不显示链接</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="154"/>
        <source>text is {length} characters long</source>
        <translation>文字长度为 {length} 个字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="155"/>
        <source>expected at most {max}</source>
        <translation>应最多 {max} 个</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="156"/>
        <source>text looks like HTML</source>
        <translation>文字看起来像 HTML</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="157"/>
        <source>expected plain text without &lt;tags&gt; or &amp;entities;</source>
        <translation>应为纯文本，不含 &lt;标签&gt; 或 &amp;实体;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="160"/>
        <source>&quot;{cell}&quot; is not a web address</source>
        <translation>&quot;{cell}&quot; 不是网址</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="163"/>
        <source>&quot;{cell}&quot; is a plain http:// address: phones warn that the list page is not secure, and anyone on the way could change what it shows</source>
        <translation>“{cell}”是普通的 http:// 网址：手机会警告清单网页不安全，而且传输途中的任何人都可能更改网页显示的内容</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="168"/>
        <source>expected an address such as https://www.scusd.edu/ (a link cell gives its address in a workbook, but a CSV file keeps only the link&apos;s text)</source>
        <translation>应为网址，例如 https://www.scusd.edu/（工作簿中的链接单元格会提供网址，但 CSV 文件只保留链接的文字）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="173"/>
        <source>text starts with &quot;{first}&quot; like a formula</source>
        <translation>文字以 &quot;{first}&quot; 开头，像是公式</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="176"/>
        <source>expected plain text; remove the leading character</source>
        <translation>应为纯文本；请删除开头的字符</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="179"/>
        <source>text has &quot;?&quot; where letters were (&quot;{excerpt}&quot;): the file was saved in a code page that cannot hold them</source>
        <translation>文字中原本是字母的地方变成了 &quot;?&quot;（&quot;{excerpt}&quot;）：文件是用无法容纳这些字母的代码页保存的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="184"/>
        <source>expected the text as typed: save the sheet as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>应为输入时的文字：请将工作表另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="20"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}：没有这个文件或文件夹</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="23"/>
        <source>{path}: a single CSV file holds one sheet; put one CSV file per sheet (sectors.csv, courses.csv, ...) in a folder and give the folder</source>
        <translation>{path}：一个 CSV 文件只包含一个工作表；请把每个工作表各存成一个 CSV 文件（sectors.csv、courses.csv、...）放在同一个文件夹，然后打开该文件夹</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="28"/>
        <source>{file}: {format} files cannot be checked exactly; save it as &quot;Excel Workbook (.xlsx)&quot; or as CSV UTF-8 files</source>
        <translation>{file}：无法准确检查 {format} 文件；请另存为 &quot;Excel Workbook (.xlsx)&quot; 或 CSV UTF-8 文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="33"/>
        <source>{path}: not a workbook (expected .xlsx or a folder of CSV files)</source>
        <translation>{path}：不是工作簿（应为 .xlsx 或 CSV 文件的文件夹）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="36"/>
        <source>{path}: the folder has no CSV files (expected sectors.csv, pathways.csv, courses.csv, ...)</source>
        <translation>{path}：文件夹中没有 CSV 文件（应有 sectors.csv、pathways.csv、courses.csv、...）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="41"/>
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}：无法读取（{why}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="44"/>
        <source>{file}: {why}, so its cells cannot be placed; open it in Excel and save it again as .xlsx</source>
        <translation>{file}：{why}，因此无法确定单元格的位置；请在 Excel 中打开并重新保存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="49"/>
        <source>{file}: this file isn&apos;t a valid Excel workbook; open it in Excel and save it again as .xlsx</source>
        <translation>{file}：这个文件不是有效的 Excel 工作簿；请在 Excel 中打开并重新保存为 .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="54"/>
        <source>{file}: the workbook is password protected (or is an Excel 97-2003 file); save it as &quot;Excel Workbook (.xlsx)&quot; without a password</source>
        <translation>{file}：工作簿有密码保护（或是 Excel 97-2003 文件）；请另存为不带密码的 &quot;Excel Workbook (.xlsx)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="59"/>
        <source>{file}: not a readable CSV file ({why})</source>
        <translation>{file}：不是可读取的 CSV 文件（{why}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="62"/>
        <source>{file}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8</source>
        <translation>{file}：看起来是二进制文件，不是 CSV；请从 Excel 另存为 CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="66"/>
        <source>{file}: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是 UTF-8，也不是电子表格程序会保存的任何代码页文本；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="77"/>
        <source>{file} and {count} more CSV files: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 个 CSV 文件：不是 UTF-8，也不是电子表格程序会保存的任何代码页文本；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="82"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是以 CSV UTF-8 保存，无法确定如何读取带重音的字母：可能是 {first} 或 {second}；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="88"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 个 CSV 文件：不是以 CSV UTF-8 保存，无法确定如何读取带重音的字母：可能是 {first} 或 {second}；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="94"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是以 CSV UTF-8 保存，无法确定如何读取带重音的字母：可能是 {first}、{second} 或 {third}；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="100"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 个 CSV 文件：不是以 CSV UTF-8 保存，无法确定如何读取带重音的字母：可能是 {first}、{second} 或 {third}；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="106"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是以 CSV UTF-8 保存，无法确定如何读取带重音的字母：没有任何电子表格程序会保存的代码页能把它们读成文字；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="112"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 个 CSV 文件：不是以 CSV UTF-8 保存，无法确定如何读取带重音的字母：没有任何电子表格程序会保存的代码页能把它们读成文字；请重新另存为 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="118"/>
        <source>{file}: not an OEWS wage file in BLS&apos;s layout (no column {columns}); use the file as downloaded from bls.gov/oes</source>
        <translation>{file}：不是 BLS 格式的 OEWS 薪资文件（没有 {columns} 列）；请使用从 bls.gov/oes 下载的原始文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="123"/>
        <source>{file}: row {row}, column {column}: {value} is not an area type (1, 2, 4 ...)</source>
        <translation>{file}：第 {row} 行，{column} 列：{value} 不是地区类型（1、2、4 ...）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="127"/>
        <source>{file}: row {row}, column {column}: {value} is not a number, *, ** or #</source>
        <translation>{file}：第 {row} 行，{column} 列：{value} 不是数字、*、** 或 #</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="137"/>
        <source>{file}: cannot be read as a workbook ({why})</source>
        <translation>{file}：无法作为工作簿读取（{why}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="140"/>
        <source>{file}: no sheet has BLS&apos;s OCC_CODE column</source>
        <translation>{file}：没有任何工作表有 BLS 的 OCC_CODE 列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="28"/>
        <source>unknown sheet, ignored</source>
        <translation>未知的工作表，已忽略</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="29"/>
        <source>expected sheets: {sheets}</source>
        <translation>应有的工作表：{sheets}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="30"/>
        <source>sheet is missing</source>
        <translation>缺少工作表</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="31"/>
        <source>expected a sheet named &quot;{sheet}&quot;</source>
        <translation>应有名为 &quot;{sheet}&quot; 的工作表</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="34"/>
        <source>sheet has {count} rows</source>
        <translation>工作表有 {count} 行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="35"/>
        <source>expected at least {count}</source>
        <translation>应至少有 {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="36"/>
        <source>invisible character {character} removed</source>
        <translation>已删除看不见的字符 {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="39"/>
        <source>expected only characters that show; it usually comes with copied text</source>
        <translation>应只有看得见的字符；这通常来自复制的文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="42"/>
        <source>text holds the invisible character {character}</source>
        <translation>文字含有看不见的字符 {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="45"/>
        <source>expected only characters that show: delete it, unless it is meant</source>
        <translation>应只有看得见的字符：请删除它，除非是有意的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="48"/>
        <source>required text is empty</source>
        <translation>必填的文字为空</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="49"/>
        <source>required value is empty</source>
        <translation>必填的值为空</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="50"/>
        <source>expected {help}</source>
        <translation>应填：{help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="51"/>
        <source>has a translation but no English text</source>
        <translation>有翻译但没有英文文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="54"/>
        <source>expected English text too; it is shown when a translation is missing</source>
        <translation>也应有英文文字；缺少翻译时会显示英文</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="57"/>
        <source>duplicate &quot;{key}&quot;</source>
        <translation>&quot;{key}&quot; 重复</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="58"/>
        <source>expected each {columns} once; already used in row {row}</source>
        <translation>每个 {columns} 只应出现一次；第 {row} 行已使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="67"/>
        <source>the column appears twice</source>
        <translation>这一列出现两次</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="68"/>
        <source>expected each column once</source>
        <translation>每一列只应出现一次</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="69"/>
        <source>column is missing</source>
        <translation>缺少这一列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="70"/>
        <source>expected a header cell &quot;{column}&quot;: {help}</source>
        <translation>应有标题单元格 &quot;{column}&quot;：{help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="73"/>
        <source>unknown column, ignored</source>
        <translation>未知的列，已忽略</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="74"/>
        <source>expected columns: {columns}</source>
        <translation>应有的列：{columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="77"/>
        <source>column &quot;{column}&quot; cannot be translated</source>
        <translation>列 &quot;{column}&quot; 不能翻译</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="80"/>
        <source>expected only one column for it, without a language suffix</source>
        <translation>应只有一列，不加语言后缀</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="83"/>
        <source>unknown language suffix &quot;{suffix}&quot;</source>
        <translation>未知的语言后缀 &quot;{suffix}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="86"/>
        <source>column {letter} has no header but holds data in 1 row (row {rows})</source>
        <translation>{letter} 列没有标题，但有 1 行数据（第 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="89"/>
        <source>column {letter} has no header but holds data in {count} rows (rows {rows})</source>
        <translation>{letter} 列没有标题，但有 {count} 行数据（第 {rows} 行）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="93"/>
        <source>expected the column&apos;s name in its header cell, one of: {columns}</source>
        <translation>标题单元格中应有列名，下列之一：{columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="96"/>
        <source>the sheet is hidden in Excel, and it is published</source>
        <translation>这个工作表在 Excel 中是隐藏的，但会被发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="99"/>
        <source>expected a visible sheet: unhide it, or delete it if it should not be published</source>
        <translation>应为可见的工作表：取消隐藏，或若不应发布就删除它</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="103"/>
        <source>row {rows} is hidden in Excel, and published</source>
        <translation>第 {rows} 行在 Excel 中是隐藏的，但会被发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="106"/>
        <source>rows {rows} are hidden in Excel, and published</source>
        <translation>第 {rows} 行在 Excel 中是隐藏的，但会被发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="109"/>
        <source>a hidden row is usually meant to be left out: delete it, or unhide it</source>
        <translation>隐藏的行通常是想排除的：删除它，或取消隐藏</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="112"/>
        <source>column {letter} is hidden in Excel, and it is published</source>
        <translation>{letter} 列在 Excel 中是隐藏的，但会被发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="115"/>
        <source>expected a visible column: unhide it, or delete it if it should not be published</source>
        <translation>应为可见的列：取消隐藏，或若不应发布就删除它</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="125"/>
        <source>header cells {cells} are merged</source>
        <translation>标题单元格 {cells} 已合并</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="128"/>
        <source>expected one header cell for each column: unmerge them and name each column</source>
        <translation>每一列应有一个标题单元格：取消合并并为每一列命名</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="132"/>
        <source>cells {cells} are merged, so only {first} holds the text shown across them</source>
        <translation>单元格 {cells} 已合并，所以只有 {first} 含有跨越显示的文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="136"/>
        <source>expected each cell to hold its own value: unmerge them and fill every cell</source>
        <translation>每个单元格应有自己的值：取消合并并填好每个单元格</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="146"/>
        <source>unknown sector &quot;{code}&quot;</source>
        <translation>未知的产业类别 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="149"/>
        <source>unknown pathway &quot;{code}&quot;</source>
        <translation>未知的职业路径 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="152"/>
        <source>unknown course &quot;{code}&quot;</source>
        <translation>未知的课程 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="155"/>
        <source>unknown school &quot;{code}&quot;</source>
        <translation>未知的学校 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="158"/>
        <source>unknown career &quot;{code}&quot;</source>
        <translation>未知的职业 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="161"/>
        <source>unknown {thing} &quot;{code}&quot;</source>
        <translation>未知的 {thing} &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="162"/>
        <source>expected a code from the {sheet} sheet</source>
        <translation>应为 {sheet} 工作表中的代码</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="165"/>
        <source>expected a code from the {sheet} sheet; also in 1 more row: {rows}</source>
        <translation>应为 {sheet} 工作表中的代码；另外 1 行也有：{rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="168"/>
        <source>expected a code from the {sheet} sheet; also in {count} more rows: {rows}</source>
        <translation>应为 {sheet} 工作表中的代码；另外 {count} 行也有：{rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="172"/>
        <source>1 row name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>有 1 行引用了 {sheet} 工作表的代码，但该工作表缺失或无法读取</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="176"/>
        <source>{count} rows name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>有 {count} 行引用了 {sheet} 工作表的代码，但该工作表缺失或无法读取</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="180"/>
        <source>expected the {sheet} sheet&apos;s problems above fixed first; these rows are checked against it then</source>
        <translation>应先修正上面 {sheet} 工作表的问题；之后会再依据它检查这些行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="185"/>
        <source>grade_max {high} is below grade_min {low}</source>
        <translation>grade_max {high} 小于 grade_min {low}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="188"/>
        <source>expected grade_max to be at least grade_min</source>
        <translation>grade_max 应至少等于 grade_min</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="191"/>
        <source>college_credit is yes but no partner college is named</source>
        <translation>college_credit 为 yes，但没有填写合作的学院</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="194"/>
        <source>expected the college that grants the credit</source>
        <translation>应填写授予学分的学院</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="197"/>
        <source>there is no notice row</source>
        <translation>没有公告 (notice) 行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="204"/>
        <source>expected the nondiscrimination notice as a row of kind notice</source>
        <translation>应有反歧视声明，作为类型为 notice 的一行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="207"/>
        <source>setting &quot;{key}&quot; is missing</source>
        <translation>缺少设置 &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="208"/>
        <source>expected a row with key &quot;{key}&quot;</source>
        <translation>应有一行的 key 为 &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="211"/>
        <source>expected yes or no for is_sample</source>
        <translation>is_sample 应为 yes 或 no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="214"/>
        <source>expected an address starting with https://</source>
        <translation>应为以 https:// 开头的网址</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="217"/>
        <source>&quot;{cell}&quot; has a ? or # in it: the kiosk puts list.html and the student&apos;s list after the address, so it must end with the folder&apos;s name</source>
        <translation>“{cell}”里有 ? 或 #：信息亭会在网址后面加上 list.html 和学生的清单，所以网址必须以文件夹名称结尾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="222"/>
        <source>expected the public address of the published folder, such as https://cte.example.org/kiosk</source>
        <translation>应为已发布文件夹的公开网址，例如 https://cte.example.org/kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="233"/>
        <source>setting &quot;wage_area&quot; is missing, so the wage file cannot be used</source>
        <translation>缺少设置 &quot;wage_area&quot;，因此无法使用薪资文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="236"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas}</source>
        <translation>应为您所在地区的 BLS 代码；{file} 包含 {areas}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="239"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas} and {count} more</source>
        <translation>应为您所在地区的 BLS 代码；{file} 包含 {areas} 以及另外 {count} 个</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="243"/>
        <source>wage_area &quot;{code}&quot; is not an area of {file}</source>
        <translation>wage_area &quot;{code}&quot; 不是 {file} 中的地区</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="246"/>
        <source>expected one of its areas: {areas}; or download your area&apos;s file</source>
        <translation>应为其中一个地区：{areas}；或下载您所在地区的文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="249"/>
        <source>expected one of its areas: {areas} and {count} more; or download your area&apos;s file</source>
        <translation>应为其中一个地区：{areas} 以及另外 {count} 个；或下载您所在地区的文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="253"/>
        <source>{file} does not say which BLS release it is</source>
        <translation>{file} 没有说明是 BLS 的哪一次发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="256"/>
        <source>expected BLS&apos;s file name (MSA_M2025_dl.xlsx) or a setting &quot;wage_release&quot; such as &quot;May 2025&quot;</source>
        <translation>应为 BLS 的文件名（MSA_M2025_dl.xlsx）或设置 &quot;wage_release&quot;，例如 &quot;May 2025&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="261"/>
        <source>{soc} is not in {file}, so this career shows no pay</source>
        <translation>{soc} 不在 {file} 中，因此这个职业不会显示薪资</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="264"/>
        <source>expected an occupation code BLS publishes (check it at onetonline.org), or a typed wage</source>
        <translation>应为 BLS 有发布的职业代码（可到 onetonline.org 查询），或直接输入薪资</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="275"/>
        <source>two sheets are both &quot;{sheet}&quot;: &quot;{first}&quot; and &quot;{second}&quot;</source>
        <translation>有两个工作表都是 &quot;{sheet}&quot;：&quot;{first}&quot; 和 &quot;{second}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="278"/>
        <source>expected one sheet of each name; delete or rename one of them</source>
        <translation>每个名称只应有一个工作表；请删除其中一个或重新命名</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="281"/>
        <source>not a sheet, ignored</source>
        <translation>不是工作表，已忽略</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="282"/>
        <source>a lock or shadow file that Excel, LibreOffice or macOS leaves beside open files</source>
        <translation>Excel、LibreOffice 或 macOS 在打开的文件旁留下的锁定文件或影子文件</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="80"/>
        <source>A shared folder, a web server&apos;s folder or a USB stick: kiosks take the catalog from there.</source>
        <translation>共享文件夹、网页服务器的文件夹或 USB 闪存盘：信息亭会从那里获取课程目录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="89"/>
        <source>Why it cannot be published yet</source>
        <translation>目前还不能发布的原因</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="94"/>
        <source>Result of publishing</source>
        <translation>发布结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="95"/>
        <source>What happens next</source>
        <translation>接下来会发生什么</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="102"/>
        <source>Publish &amp;to:</source>
        <translation>发布到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="106"/>
        <source>Publish folder</source>
        <translation>发布文件夹</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="108"/>
        <source>&amp;Choose...</source>
        <translation>选择(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="109"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="188"/>
        <source>Choose the publish folder</source>
        <translation>选择发布文件夹</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="118"/>
        <source>Signing key</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="119"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="149"/>
        <source>Show public &amp;key...</source>
        <translation>显示公钥(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="126"/>
        <source>Working</source>
        <translation>处理中</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="127"/>
        <source>Pu&amp;blish</source>
        <translation>发布(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="128"/>
        <source>Publish</source>
        <translation>发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="147"/>
        <source>Catalogs are signed with key %1 (its private file: %2).</source>
        <translation>课程目录用密钥 %1 签名（其私钥文件：%2）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="151"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="283"/>
        <source>The signing key cannot be read: %1</source>
        <translation>无法读取签名密钥：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="154"/>
        <source>This computer has no signing key yet.</source>
        <translation>这台电脑还没有签名密钥。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="155"/>
        <source>Create signing &amp;key...</source>
        <translation>创建签名密钥(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="202"/>
        <source>No folder chosen yet</source>
        <translation>尚未选择文件夹</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="268"/>
        <source>Open a workbook first.</source>
        <translation>请先打开工作簿。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="270"/>
        <source>Checking the workbook...</source>
        <translation>正在检查工作簿...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="272"/>
        <source>This workbook cannot be checked: see the Problems tab.</source>
        <translation>无法检查这个工作簿：请看“问题”选项卡。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishpage.py" line="275"/>
        <source>This workbook has %n error(s): fix them first (they are on the Problems tab), then publish.</source>
        <translation>
            <numerusform>这个工作簿有 %n 个错误：请先修正（在“问题”选项卡中），再发布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="281"/>
        <source>Choose the folder to publish to.</source>
        <translation>请选择要发布到的文件夹。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="300"/>
        <source>Publishing...</source>
        <translation>正在发布...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="325"/>
        <source>Publish anyway?</source>
        <translation>仍要发布吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="342"/>
        <source>Nothing was changed in %1.</source>
        <translation>%1 中没有任何更改。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="359"/>
        <source>Not published</source>
        <translation>未发布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="362"/>
        <source>Something went wrong in publishing; it is in the log file.</source>
        <translation>发布时出了问题；已记录在日志文件中。</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="32"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1：新增 %2，删除 %3，更改 %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="38"/>
        <source>No changes</source>
        <translation>没有更改</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="47"/>
        <source>...and %n more: kiosk-admin diff lists them all</source>
        <translation>
            <numerusform>...还有 %n 项：kiosk-admin diff 会全部列出</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="56"/>
        <source>%1: added %2</source>
        <translation>%1：新增 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="57"/>
        <source>%1: removed %2</source>
        <translation>%1：删除 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="58"/>
        <source>%1: changed %2 %3: %4 -&gt; %5</source>
        <translation>%1：更改 %2 %3：%4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="81"/>
        <source>%1 of %2 %3</source>
        <translation>%2 个 %3 中的 %1 个</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="85"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="92"/>
        <source>%1, row %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="93"/>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1，&quot;%2&quot; 列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="94"/>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="95"/>
        <source>warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="110"/>
        <source>Nothing is published in this folder yet: the whole workbook is new.</source>
        <translation>这个文件夹还没有发布任何内容：整个工作簿都是新的。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="114"/>
        <source>Nothing to compare: %1. Publishing will ask before it goes ahead.</source>
        <translation>没有可比较的内容：%1。发布前会先询问您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="118"/>
        <source>Changes from the published %1:</source>
        <translation>与已发布的 %1 相比的更改：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="125"/>
        <source>This removes %1 (more than a fifth): publishing will ask first.</source>
        <translation>这会删除 %1（超过五分之一）：发布前会先询问您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="134"/>
        <source>Nothing can be compared: %1, so what this removes cannot be checked. Make sure the workbook is the complete, saved one.

Publish anyway?</source>
        <translation>无法比较：%1，因此无法检查这会删除哪些内容。请确认工作簿是完整且已保存的版本。

仍要发布吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="140"/>
        <source>This removes %1 (more than a fifth of what is published). A half-saved workbook is the usual cause.

Publish anyway?</source>
        <translation>这会删除 %1（超过已发布内容的五分之一）。常见原因是工作簿只保存了一半。

仍要发布吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="151"/>
        <source>The publish folder is %1: choose another folder.</source>
        <translation>发布文件夹是 %1：请选择其他文件夹。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="156"/>
        <source>The signing key cannot be read: %1</source>
        <translation>无法读取签名密钥：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="159"/>
        <source>This workbook cannot be read: %1</source>
        <translation>无法读取这个工作簿：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="162"/>
        <source>This workbook has %n error(s), listed below: fix them first, then publish.</source>
        <translation>
            <numerusform>这个工作簿有 %n 个错误，列在下方：请先修正，再发布。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="169"/>
        <source>It cannot be published there: %1</source>
        <translation>无法发布到那里：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="176"/>
        <source>Published catalog version %1</source>
        <translation>已发布课程目录第 %1 版</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="181"/>
        <source>%n course(s), signed with key %1, in %2.</source>
        <translation>
            <numerusform>%n 门课程，用密钥 %1 签名，位于 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="184"/>
        <source>Kiosks whose sync source is this folder or the web address that serves it pick it up at their next check: they check it every %1 minutes and install the new catalog between students.</source>
        <translation>同步来源是这个文件夹或提供它的网址的信息亭，会在下次检查时获取：它们每 %1 分钟检查一次，并在两位学生之间安装新的课程目录。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="190"/>
        <source>For a kiosk without a network, copy the folder to a USB stick and use Import from a USB drive in the kiosk&apos;s staff panel.</source>
        <translation>没有网络的信息亭：将文件夹复制到 USB 闪存盘，然后在信息亭的员工面板中使用“从 USB 闪存盘导入”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="198"/>
        <source>The kiosk&apos;s QR code opens the list page at %1 on a student&apos;s phone: copy the whole folder, its list files too, to that address.</source>
        <translation>信息亭的二维码会在学生的手机上打开位于 %1 的清单网页：请把整个文件夹（包括其中的 list 文件）复制到那个网址。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="206"/>
        <source>The folder also holds the list page a student&apos;s phone opens from the kiosk&apos;s QR code, once the settings sheet&apos;s qr_base_url names the folder&apos;s public address.</source>
        <translation>文件夹里也有学生手机扫描信息亭二维码后打开的清单网页；在 settings 工作表的 qr_base_url 填上文件夹的公开网址后即可使用。</translation>
    </message>
</context>
<context>
    <name>QuizResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="81"/>
        <source>Your quiz result</source>
        <translation>你的测验结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="92"/>
        <source>You did not pick anything you would like. Try Explore by what you like, or Browse to see every pathway.</source>
        <translation>你没有选任何想做的事。试试“依兴趣探索”，或用“浏览职业路径”看看所有路径。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="103"/>
        <source>Pathways for you</source>
        <translation>适合你的职业路径</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="106"/>
        <source>Why it matches:</source>
        <translation>为什么适合你：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="107"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>这些职业路径也符合，但这里目前还没有课程：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="113"/>
        <source>You are a...</source>
        <translation>你是……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="114"/>
        <source>Take the quiz again</source>
        <translation>再做一次测验</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="44"/>
        <source>Quick quiz</source>
        <translation>小测验</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="71"/>
        <source>The quiz is not available right now.</source>
        <translation>测验目前无法使用。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="76"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 题，共 %2 题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="93"/>
        <source>Would you like to...</source>
        <translation>你会想……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="94"/>
        <source>I&apos;d like that</source>
        <translation>我想做</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="95"/>
        <source>Not sure</source>
        <translation>不确定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="96"/>
        <source>Not for me</source>
        <translation>不适合我</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="97"/>
        <source>Previous question</source>
        <translation>上一题</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="72"/>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="144"/>
        <source>Type a class, a career or a word like “nurse”, “cars” or “cooking”.</source>
        <translation>输入课程、职业，或像“护理”、“汽车”、“烹饪”这样的词。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="153"/>
        <source>%n class(es) found</source>
        <translation>
            <numerusform>找到 %n 门课</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="155"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>找不到结果。试试更短或不同的词。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="168"/>
        <source>Type to search</source>
        <translation>输入文字来搜索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="169"/>
        <source>Search for a class or career</source>
        <translation>搜索课程或职业</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="170"/>
        <source>Keyboard</source>
        <translation>键盘</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="171"/>
        <source>Show the keyboard</source>
        <translation>显示键盘</translation>
    </message>
</context>
<context>
    <name>SectorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="134"/>
        <source>No classes in this sector yet.</source>
        <translation>这个产业类别目前还没有课程。</translation>
    </message>
</context>
<context>
    <name>Sleeping</name>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="21"/>
        <source>Closed.</source>
        <translation>已关闭。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="26"/>
        <source>Closed. Open again on %1 at %2.</source>
        <translation>已关闭。%1 %2 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="30"/>
        <source>Closed. Open again today at %1.</source>
        <translation>已关闭。今天 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="32"/>
        <source>Closed. Open again tomorrow at %1.</source>
        <translation>已关闭。明天 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="35"/>
        <source>Closed. Open again Monday at %1.</source>
        <translation>已关闭。星期一 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="36"/>
        <source>Closed. Open again Tuesday at %1.</source>
        <translation>已关闭。星期二 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="37"/>
        <source>Closed. Open again Wednesday at %1.</source>
        <translation>已关闭。星期三 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="38"/>
        <source>Closed. Open again Thursday at %1.</source>
        <translation>已关闭。星期四 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="39"/>
        <source>Closed. Open again Friday at %1.</source>
        <translation>已关闭。星期五 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="40"/>
        <source>Closed. Open again Saturday at %1.</source>
        <translation>已关闭。星期六 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="41"/>
        <source>Closed. Open again Sunday at %1.</source>
        <translation>已关闭。星期日 %1 再开放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="84"/>
        <source>Touch the screen to use it now.</source>
        <translation>轻触屏幕即可立即使用。</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../kiosk/services/slip.py" line="87"/>
        <source>There is no printer here. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>这里没有打印机。请把这个画面给你的辅导老师看，或用手机扫描 QR 码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="96"/>
        <source>The printer is not answering. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>打印机没有回应。请把这个画面给你的辅导老师看，或用手机扫描 QR 码。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="113"/>
        <source>No default printer is set up.</source>
        <translation>尚未设置默认打印机。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="117"/>
        <source>The default printer did not accept the page.</source>
        <translation>默认打印机没有接受这一页。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="126"/>
        <source>CTE Career Kiosk: test page</source>
        <translation>CTE 职业信息站：测试页</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="29"/>
        <location filename="../../kiosk/services/slip.py" line="179"/>
        <location filename="../../kiosk/sync/pagewords.py" line="38"/>
        <source>My career class list</source>
        <translation>我的职业课程清单</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="30"/>
        <location filename="../../kiosk/services/slip.py" line="185"/>
        <source>To sign up, talk to your high-school counselor.</source>
        <translation>想报名，请找你高中的辅导老师。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="33"/>
        <source>School: %1</source>
        <translation>学校：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="205"/>
        <source>ROP/CTE classes are tuition-free for high-school students.</source>
        <translation>高中生上 ROP/CTE 课程免学费。</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Stop reading</source>
        <translation>停止朗读</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Read aloud</source>
        <translation>朗读</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="51"/>
        <source>Start over?</source>
        <translation>要重新开始吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="52"/>
        <source>This clears your list and your answers.</source>
        <translation>这会清除你的清单和你的回答。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="53"/>
        <source>Yes, start over</source>
        <translation>是，重新开始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="54"/>
        <source>No, keep my list</source>
        <translation>不要，保留我的清单</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/overlays/still_there.py" line="103"/>
        <source>In %n second(s), everything you did here will be cleared for the next student.</source>
        <translation>
            <numerusform>%n 秒后，你在这里做的一切都会被清除，留给下一位同学使用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="119"/>
        <source>Are you still there?</source>
        <translation>你还在吗？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="120"/>
        <source>Yes, I&apos;m still here</source>
        <translation>在，我还在</translation>
    </message>
</context>
<context>
    <name>Talking</name>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="34"/>
        <source>not available now</source>
        <translation>目前无法使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="36"/>
        <source>%1 of %2</source>
        <translation>第 %1 项，共 %2 项</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="40"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="48"/>
        <source>text field</source>
        <translation>文字输入框</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="49"/>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="54"/>
        <source>class, Enter opens it</source>
        <translation>课程，按 Enter 打开</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="59"/>
        <source>choice, selected</source>
        <translation>选项，已选中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="61"/>
        <source>choice, not selected</source>
        <translation>选项，未选中</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="64"/>
        <source>button</source>
        <translation>按钮</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="65"/>
        <source>heading</source>
        <translation>标题</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="74"/>
        <source>Talking mode is on. Down and Up move through the screen, Enter chooses, F1 is help, F2 turns talking mode off.</source>
        <translation>语音模式已开启。按向下键和向上键在画面上移动，按 Enter 选择，按 F1 听帮助，按 F2 关闭语音模式。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="86"/>
        <source>Talking mode is off. F2 turns it on again.</source>
        <translation>语音模式已关闭。按 F2 可以重新开启。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="165"/>
        <source>Nothing to choose here.</source>
        <translation>这里没有可以选的东西。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="171"/>
        <source>End of the screen. Up goes back.</source>
        <translation>已到画面底部。按向上键往回走。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="173"/>
        <source>Top of the screen.</source>
        <translation>已到画面顶端。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="195"/>
        <source>Type now. Down leaves the field.</source>
        <translation>现在可以输入。按向下键离开输入框。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="242"/>
        <source>Press Enter to start.</source>
        <translation>按 Enter 开始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="245"/>
        <source>%n choice(s). Down for the next, Enter to choose, F1 for help.</source>
        <translation>
            <numerusform>有 %n 个选项。按向下键到下一个，按 Enter 选择，按 F1 听帮助。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="274"/>
        <source>My list: %n class(es).</source>
        <translation>
            <numerusform>我的清单：%n 门课。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="283"/>
        <source>Everything was cleared for the next student. Talking mode is off.</source>
        <translation>所有内容都已清除，留给下一位同学使用。语音模式已关闭。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="334"/>
        <source>Faster</source>
        <translation>快一点</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="336"/>
        <source>Slower</source>
        <translation>慢一点</translation>
    </message>
</context>
<context>
    <name>TalkingHelp</name>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="11"/>
        <source>The welcome screen of the career class kiosk. Enter starts.</source>
        <translation>职业课程信息站的欢迎画面。按 Enter 开始。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="14"/>
        <source>Choose how to explore career classes: by what you like, with a quick quiz, by industry, or by searching.</source>
        <translation>选择探索职业课程的方式：依兴趣、做个小测验、依产业，或用搜索。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="19"/>
        <source>Choose the things you like. Pathways and classes that match them are listed after the choices.</source>
        <translation>选择你喜欢的东西。符合的职业路径和课程会列在选项后面。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="24"/>
        <source>A quick quiz. For each statement, choose I&apos;d like that, Not sure, or Not for me.</source>
        <translation>小测验。每一句都选择“我想做”、“不确定”或“不适合我”。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="28"/>
        <source>Your quiz result: the kinds of work that suit you, then pathways and classes.</source>
        <translation>你的测验结果：适合你的工作类型，接着是职业路径和课程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="32"/>
        <source>The industries. Choose one to hear its pathways and classes.</source>
        <translation>各个产业类别。选一个，听听它的职业路径和课程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="35"/>
        <source>An industry&apos;s pathways, each with its classes and their pay. Choose a class to open it.</source>
        <translation>一个产业类别的职业路径，每条路径都有它的课程和薪资。选一门课就能打开。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="40"/>
        <source>Type a class or a career on the keyboard. The number of classes found is said, and the classes follow the search field.</source>
        <translation>用键盘输入课程或职业。会读出找到几门课，课程就在搜索框后面。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="45"/>
        <source>One class: what you will do, where and when it runs, and the careers it leads to with their pay. You can add it to your list.</source>
        <translation>一门课：你会做什么、上课地点和时间，还有可以通往的职业和薪资。你可以把它加入你的清单。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="50"/>
        <source>The classes you chose. Go on to your counselor to sign up, or remove a class.</source>
        <translation>你选的课程。接着去找你的辅导老师报名，或移除一门课。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="54"/>
        <source>Choose your school to hear where its counselors are. Then print your list to take with you.</source>
        <translation>选择你的学校，听听辅导老师在哪里。然后打印你的清单带走。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="59"/>
        <source>Questions and answers about these tuition-free classes.</source>
        <translation>关于这些免学费课程的问题与解答。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="66"/>
        <source>Keys: Down and Up move through everything on the screen. Enter chooses. Escape goes back. Home goes to the start. Control stops the voice. F7 is slower, F8 faster. F1 is this help. F2 turns talking mode off.</source>
        <translation>按键说明：向下键和向上键可以浏览画面上的所有内容。Enter 选择。Escape 返回。Home 回到首页。Control 停止语音。F7 慢一点，F8 快一点。F1 是这段帮助。F2 关闭语音模式。</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="60"/>
        <location filename="../../kiosk/ui/screens/course.py" line="26"/>
        <source>School year</source>
        <translation>学年</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="61"/>
        <location filename="../../kiosk/ui/screens/course.py" line="27"/>
        <source>Summer school</source>
        <translation>暑期班</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="159"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="172"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="176"/>
        <source>Home</source>
        <translation>首页</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="160"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="173"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="177"/>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="174"/>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="161"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="171"/>
        <source>My list (%1)</source>
        <translation>我的清单（%1）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="181"/>
        <source>Language: choose another language</source>
        <translation>语言：选择其他语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="182"/>
        <source>Text size and contrast</source>
        <translation>文字大小和对比度</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="186"/>
        <source>Change language to %1</source>
        <translation>将语言切换为 %1</translation>
    </message>
</context>
<context>
    <name>WagesDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="34"/>
        <source>Wages from BLS</source>
        <translation>BLS 薪资</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="46"/>
        <source>Careers show the pay in the wage file of the U.S. Bureau of Labor Statistics (OEWS, .xlsx or CSV as downloaded from bls.gov/oes) for your area.</source>
        <translation>职业会显示您所在地区的薪资，数据来自美国劳工统计局的薪资文件（OEWS，从 bls.gov/oes 下载的 .xlsx 或 CSV）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="51"/>
        <source>&amp;Choose file...</source>
        <translation>选择文件(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="53"/>
        <source>Reading the wage file</source>
        <translation>正在读取薪资文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="59"/>
        <source>Area</source>
        <translation>地区</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="63"/>
        <source>Wage file:</source>
        <translation>薪资文件：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="64"/>
        <source>&amp;Area:</source>
        <translation>地区(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="69"/>
        <source>Check &amp;without pay</source>
        <translation>不含薪资检查(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="99"/>
        <source>Choose BLS&apos;s wage file</source>
        <translation>选择 BLS 的薪资文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="101"/>
        <source>BLS wage files (*.xlsx *.csv)</source>
        <translation>BLS 薪资文件 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="125"/>
        <source>Something went wrong reading the wage file; it is in the log file.</source>
        <translation>读取薪资文件时出了问题；已记录在日志文件中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="128"/>
        <source>This wage file cannot be used: %1</source>
        <translation>无法使用这个薪资文件：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="142"/>
        <source>As the workbook&apos;s settings say (wage_area)</source>
        <translation>按工作簿设置所写 (wage_area)</translation>
    </message>
</context>
<context>
    <name>WorkbookTools</name>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="25"/>
        <source>&amp;New workbook...</source>
        <translation>新建工作簿(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="26"/>
        <source>See it as a &amp;student</source>
        <translation>以学生身份查看(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="29"/>
        <source>Language of the preview</source>
        <translation>预览的语言</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="34"/>
        <source>&amp;Wages...</source>
        <translation>薪资(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="44"/>
        <source>How the last action went</source>
        <translation>上一个操作的结果</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="85"/>
        <source>No wage file</source>
        <translation>没有薪资文件</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="87"/>
        <source>Pay from %1</source>
        <translation>薪资来自 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="89"/>
        <source>Pay from %1, area %2</source>
        <translation>薪资来自 %1，地区 %2</translation>
    </message>
</context>
</TS>
