<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="39"/>
        <source>About ROP/CTE</source>
        <translation>關於 ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="66"/>
        <source>Where the pay figures come from</source>
        <translation>薪資數字的來源</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="71"/>
        <source>Pay is for the %1 area, from the %2 figures, unless a career says otherwise.</source>
        <translation>除非職業另有註明，薪資為 %1 地區 %2 的數字。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="100"/>
        <source>Nondiscrimination notice</source>
        <translation>反歧視聲明</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="101"/>
        <source>Go to the nondiscrimination notice</source>
        <translation>前往反歧視聲明</translation>
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
        <translation>已從版本 %1 退回上一版：在發布更新的版本之前，會略過這個版本。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="113"/>
        <source>Last check: %1</source>
        <translation>上次檢查：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="116"/>
        <source>never</source>
        <translation>從未</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>Source: %1</source>
        <translation>來源：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>none yet</source>
        <translation>尚無</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="127"/>
        <source>Sync is off: the configuration names no source or no trusted key.</source>
        <translation>同步已關閉：設定中沒有指定來源或受信任的金鑰。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="133"/>
        <source>A check is already running.</source>
        <translation>已經在檢查中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="141"/>
        <source>Checking for a newer catalog…</source>
        <translation>正在檢查是否有較新的課程目錄…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="147"/>
        <source>Installed. Students see it when this panel is closed.</source>
        <translation>已安裝。關閉這個面板後，學生就會看到。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="148"/>
        <source>Already up to date.</source>
        <translation>已經是最新版本。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="149"/>
        <source>Not installed; the current catalog is untouched.</source>
        <translation>未安裝；目前的課程目錄沒有變動。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="159"/>
        <source>Not rolled back: %1</source>
        <translation>未能退回上一版：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="162"/>
        <source>Now on version %1. Version %2 is skipped until a newer one is published.</source>
        <translation>目前為版本 %1。在發布更新的版本之前，會略過版本 %2。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="177"/>
        <source>No published catalog found on a USB drive. Copy the folder kiosk-admin publish wrote onto the drive, plug it in, then look again.</source>
        <translation>在 USB 隨身碟上找不到已發布的課程目錄。請把 kiosk-admin publish 產生的資料夾複製到隨身碟，插上後再找一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="182"/>
        <source>Tap the catalog to install:</source>
        <translation>點選要安裝的課程目錄：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="185"/>
        <source>Version %1 from %2</source>
        <translation>版本 %1（來自 %2）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="195"/>
        <source>Cannot import: no trusted key is configured, or a check is running.</source>
        <translation>無法匯入：尚未設定受信任的金鑰，或正在檢查中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="205"/>
        <source>Last %1 days: students %2, quizzes finished %3, slips printed %4.</source>
        <translation>最近 %1 天：學生 %2 人次，完成測驗 %3 次，列印課程單 %4 張。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="212"/>
        <source>Most opened: %1</source>
        <translation>最常查看：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="225"/>
        <source>A test page went to the default printer.</source>
        <translation>測試頁已送到預設印表機。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="236"/>
        <source>Tap again to confirm</source>
        <translation>再點一次以確認</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="242"/>
        <source>Restart</source>
        <translation>重新啟動</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="243"/>
        <source>Exit kiosk</source>
        <translation>結束資訊站</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="247"/>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="250"/>
        <source>version %1, built %2</source>
        <translation>版本 %1，建立於 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="255"/>
        <source>(the sample catalog)</source>
        <translation>（範例課程目錄）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="258"/>
        <source>Careers&apos; pay: %1</source>
        <translation>職業薪資：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="260"/>
        <source>Careers&apos; pay: none from BLS</source>
        <translation>職業薪資：無 BLS 資料</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="264"/>
        <source>Staff panel</source>
        <translation>教職員面板</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="265"/>
        <source>Lock and return</source>
        <translation>鎖定並返回</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="266"/>
        <source>Catalog</source>
        <translation>課程目錄</translation>
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
        <translation>從 USB 隨身碟匯入</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="270"/>
        <source>Look for a USB drive</source>
        <translation>尋找 USB 隨身碟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="271"/>
        <source>Usage</source>
        <translation>使用情況</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="272"/>
        <source>This kiosk</source>
        <translation>這台資訊站</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="273"/>
        <source>Test print</source>
        <translation>列印測試頁</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="20"/>
        <source>Doer</source>
        <translation>動手型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="21"/>
        <source>You like hands-on work with tools, machines, plants or animals.</source>
        <translation>你喜歡動手做事，使用工具和機器，或照顧植物和動物。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="26"/>
        <source>Thinker</source>
        <translation>思考型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="27"/>
        <source>You like figuring out how things work and solving puzzles.</source>
        <translation>你喜歡弄清楚東西是怎麼運作的，也喜歡解謎題。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="32"/>
        <source>Creator</source>
        <translation>創意型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="33"/>
        <source>You like making art, music, stories, designs and new ideas.</source>
        <translation>你喜歡創作藝術、音樂、故事和設計，也喜歡想出新點子。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="38"/>
        <source>Helper</source>
        <translation>助人型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="39"/>
        <source>You like helping, teaching and taking care of people.</source>
        <translation>你喜歡幫助別人、教別人，也喜歡照顧人。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="44"/>
        <source>Persuader</source>
        <translation>領導型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="45"/>
        <source>You like leading, selling and starting new projects.</source>
        <translation>你喜歡帶領大家、推銷東西，也喜歡開始新的計畫。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="50"/>
        <source>Organizer</source>
        <translation>組織型</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="51"/>
        <source>You like keeping things in order, with clear steps and numbers.</source>
        <translation>你喜歡把事情整理得井井有條，喜歡清楚的步驟和數字。</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="85"/>
        <source>Free career classes at your school</source>
        <translation>在你的學校上免費的職業課程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="190"/>
        <source>Touch the screen to explore career classes</source>
        <translation>輕觸螢幕，探索職業課程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="191"/>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="192"/>
        <source>Start exploring</source>
        <translation>開始探索</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="59"/>
        <source>Career pathways</source>
        <translation>職業路徑</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/browse.py" line="76"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n 門課</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="54"/>
        <source>Catalog</source>
        <translation>課程目錄</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="55"/>
        <source>&amp;Open workbook...</source>
        <translation>開啟活頁簿(&amp;O)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="57"/>
        <source>Open CSV &amp;folder...</source>
        <translation>開啟 CSV 資料夾(&amp;F)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="58"/>
        <source>Open in &amp;Excel</source>
        <translation>在 Excel 中開啟(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="59"/>
        <source>Check &amp;again</source>
        <translation>重新檢查(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="91"/>
        <source>Checking</source>
        <translation>正在檢查</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="67"/>
        <source>Workbook</source>
        <translation>活頁簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="70"/>
        <source>&amp;Problems</source>
        <translation>問題(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="71"/>
        <source>P&amp;ublish</source>
        <translation>發佈(&amp;U)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="101"/>
        <source>Result of the check</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="102"/>
        <source>Why the workbook cannot be checked</source>
        <translation>無法檢查活頁簿的原因</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="111"/>
        <source>Problems</source>
        <translation>問題</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="132"/>
        <source>Open a catalog workbook</source>
        <translation>開啟課程目錄活頁簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="134"/>
        <source>Catalog workbooks (*.xlsx *.xlsm);;CSV sheets, opens their folder (*.csv)</source>
        <translation>課程目錄活頁簿 (*.xlsx *.xlsm);;CSV 工作表，開啟其所在資料夾 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="141"/>
        <source>Open a folder of CSV sheets</source>
        <translation>開啟 CSV 工作表資料夾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="168"/>
        <source>Open a workbook (.xlsx) or a folder of CSV sheets, or drop one here.</source>
        <translation>開啟活頁簿 (.xlsx) 或 CSV 工作表資料夾，或拖放到這裡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="170"/>
        <source>No workbook open</source>
        <translation>尚未開啟活頁簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="175"/>
        <source>%1 - Catalog</source>
        <translation>%1 - 課程目錄</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="190"/>
        <source>Checking %1...</source>
        <translation>正在檢查 %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="200"/>
        <source>Something went wrong in the check itself; it is in the log file.</source>
        <translation>檢查本身出了問題；已記錄在記錄檔中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="206"/>
        <source>This workbook cannot be checked</source>
        <translation>無法檢查此活頁簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="208"/>
        <source>No problems: ready to publish</source>
        <translation>沒有問題：可以發佈</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="209"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 個警告</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="211"/>
        <source>%1: ready to publish</source>
        <translation>%1：可以發佈</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 個錯誤</numerusform>
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
        <translation>變更內容</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="23"/>
        <source>&amp;Details:</source>
        <translation>詳細內容(&amp;D)：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="28"/>
        <source>Every change</source>
        <translation>每一項變更</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="37"/>
        <source>Comparing with what is published in %1...</source>
        <translation>正在與 %1 中已發佈的內容比較...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="47"/>
        <source>Something went wrong in the comparison itself; it is in the log file.</source>
        <translation>比較本身出了問題；已記錄在記錄檔中。</translation>
    </message>
</context>
<context>
    <name>CounselorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="90"/>
        <source>See your counselor</source>
        <translation>找你的輔導老師</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="110"/>
        <source>Picked from your filter. Tap another school to change it.</source>
        <translation>這是依照你的篩選條件選的。點選其他學校就能更換。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="127"/>
        <source>Your list is empty. You can still talk to your counselor about any class.</source>
        <translation>你的清單是空的。你還是可以跟輔導老師聊聊任何一門課。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="136"/>
        <source>Add a class to your list to print it.</source>
        <translation>先把一門課加進你的清單，才能列印。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="157"/>
        <source>Printing. Take your slip from the printer and give it to your counselor.</source>
        <translation>正在列印。請從印表機拿你的課程單，交給你的輔導老師。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="65"/>
        <location filename="../../kiosk/ui/screens/counselor.py" line="172"/>
        <source>To sign up, talk to your high-school counselor</source>
        <translation>想報名，請找你高中的輔導老師</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="175"/>
        <source>Counselors help you fit these classes into your schedule. Show them your list, your printed slip or the code on this screen.</source>
        <translation>輔導老師會幫你把這些課排進課表。給他們看你的清單、印出來的課程單，或這個畫面上的 QR 碼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="179"/>
        <source>Which school do you go to?</source>
        <translation>你在哪所學校上學？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="180"/>
        <source>My list</source>
        <translation>我的清單</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="181"/>
        <source>Scan with a phone to keep your list</source>
        <translation>用手機掃描，保存你的清單</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="182"/>
        <source>Print my slip</source>
        <translation>列印我的課程單</translation>
    </message>
</context>
<context>
    <name>CourseColumn</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/courses.py" line="240"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>再顯示 %n 門</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="49"/>
        <location filename="../../kiosk/ui/screens/course.py" line="35"/>
        <source>%1 high-school credits</source>
        <translation>%1 個高中學分</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="40"/>
        <location filename="../../kiosk/ui/screens/course.py" line="92"/>
        <source>College credit</source>
        <translation>大學學分</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="41"/>
        <location filename="../../kiosk/ui/screens/course.py" line="93"/>
        <location filename="../../kiosk/ui/screens/course.py" line="133"/>
        <source>Paid work experience</source>
        <translation>有薪工作經驗</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="42"/>
        <location filename="../../kiosk/ui/screens/course.py" line="108"/>
        <source>What you will do</source>
        <translation>你會做什麼</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="44"/>
        <location filename="../../kiosk/ui/screens/course.py" line="110"/>
        <source>Grade %1</source>
        <translation>%1 年級</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="45"/>
        <location filename="../../kiosk/ui/screens/course.py" line="112"/>
        <source>Grades %1 to %2</source>
        <translation>%1 至 %2 年級</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="43"/>
        <location filename="../../kiosk/ui/screens/course.py" line="116"/>
        <source>Who can take it</source>
        <translation>誰可以修</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="46"/>
        <location filename="../../kiosk/ui/screens/course.py" line="117"/>
        <source>Take this first</source>
        <translation>先修課程</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="47"/>
        <location filename="../../kiosk/ui/screens/course.py" line="122"/>
        <source>Where and when</source>
        <translation>上課地點和時間</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="50"/>
        <location filename="../../kiosk/ui/screens/course.py" line="124"/>
        <source>You can earn college credit with %1.</source>
        <translation>你可以透過 %1 獲得大學學分。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="51"/>
        <location filename="../../kiosk/ui/screens/course.py" line="126"/>
        <source>You can earn college credit.</source>
        <translation>你可以獲得大學學分。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="48"/>
        <location filename="../../kiosk/ui/screens/course.py" line="130"/>
        <source>Credits</source>
        <translation>學分</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="52"/>
        <location filename="../../kiosk/ui/screens/course.py" line="135"/>
        <source>Once you reach a certain skill level, you may be able to work and get paid through Cooperative Vocational Education (CVE).</source>
        <translation>當你的技能達到一定程度，也許可以透過合作職業教育（CVE）去工作並領薪水。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="57"/>
        <location filename="../../kiosk/ui/screens/course.py" line="139"/>
        <source>Industry certifications</source>
        <translation>業界證照</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="58"/>
        <location filename="../../kiosk/ui/screens/course.py" line="142"/>
        <source>Careers it can lead to</source>
        <translation>可以通往的職業</translation>
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
        <translation>已在我的清單</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171"/>
        <source>Add to my list</source>
        <translation>加入我的清單</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="39"/>
        <location filename="../../kiosk/ui/screens/course.py" line="182"/>
        <source>Tuition-free</source>
        <translation>免學費</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="183"/>
        <source>How do I sign up?</source>
        <translation>要怎麼報名？</translation>
    </message>
</context>
<context>
    <name>DisplayChooser</name>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="57"/>
        <source>Text size and contrast</source>
        <translation>文字大小和對比</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="58"/>
        <source>Text size</source>
        <translation>文字大小</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="59"/>
        <source>High contrast</source>
        <translation>高對比</translation>
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
        <translation>這裡沒有課程同時符合所有篩選條件。關掉一個條件，或顯示所有課程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="107"/>
        <source>Which school?</source>
        <translation>哪所學校？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="119"/>
        <source>Show only:</source>
        <translation>只顯示：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="121"/>
        <source>My school</source>
        <translation>我的學校</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="122"/>
        <source>Summer</source>
        <translation>暑期</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="123"/>
        <source>College credit</source>
        <translation>大學學分</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="124"/>
        <source>Paid work experience</source>
        <translation>有薪工作經驗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="125"/>
        <source>Show every class</source>
        <translation>顯示所有課程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="126"/>
        <source>Clear the filters and show every class</source>
        <translation>清除篩選條件，顯示所有課程</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="48"/>
        <source>Career classes</source>
        <translation>職業課程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="51"/>
        <source>Find a career class you will love</source>
        <translation>找到你會愛上的職業課程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="52"/>
        <source>Tuition-free</source>
        <translation>免學費</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="55"/>
        <source>Career Technical Education (ROP/CTE) classes are open to every high-school student. Pick a way to explore:</source>
        <translation>職業技術教育（ROP/CTE）課程開放給每一位高中生。選一種方式開始探索：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="60"/>
        <source>Explore by what you like</source>
        <translation>依興趣探索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="61"/>
        <source>Take a quick quiz</source>
        <translation>做個小測驗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="62"/>
        <source>Browse career pathways</source>
        <translation>瀏覽職業路徑</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="63"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="64"/>
        <source>About ROP/CTE</source>
        <translation>關於 ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="65"/>
        <source>My list (%1)</source>
        <translation>我的清單（%1）</translation>
    </message>
</context>
<context>
    <name>InterestsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="42"/>
        <source>Explore by what you like</source>
        <translation>依興趣探索</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="71"/>
        <source>Pathways for you</source>
        <translation>適合你的職業路徑</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="75"/>
        <source>Tap one or more things you like. Pathways that match appear here.</source>
        <translation>點選一個或多個你喜歡的東西，符合的職業路徑會顯示在這裡。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="80"/>
        <source>Why it matches:</source>
        <translation>為什麼適合你：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="81"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>這些職業路徑也符合，但這裡目前還沒有課程：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="98"/>
        <source>I like...</source>
        <translation>我喜歡……</translation>
    </message>
</context>
<context>
    <name>KeySetupDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="34"/>
        <source>Catalog signing key</source>
        <translation>課程目錄簽署金鑰</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="47"/>
        <source>First, a signing key</source>
        <translation>首先，建立簽署金鑰</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="52"/>
        <source>Kiosks install only catalogs signed with a key they trust. This computer has no signing key yet. Create one now: it is made once, kept in %1, and every catalog you publish is signed with it.</source>
        <translation>資訊站只安裝以其信任的金鑰簽署的課程目錄。這台電腦還沒有簽署金鑰。現在就建立一把：只需建立一次，保存在 %1，您發佈的每個課程目錄都會以它簽署。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="60"/>
        <source>Why the key was not made</source>
        <translation>金鑰未建立的原因</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="62"/>
        <source>&amp;Create key</source>
        <translation>建立金鑰(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="64"/>
        <source>&amp;Not now</source>
        <translation>暫時不要(&amp;N)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="69"/>
        <source>Your signing key</source>
        <translation>您的簽署金鑰</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="73"/>
        <source>Give IT this public key line, for [sync] trusted_keys in the kiosk configuration. It is not secret.</source>
        <translation>請將這行公開金鑰交給 IT，填入資訊站設定中的 [sync] trusted_keys。它不是機密。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="80"/>
        <source>Public key line</source>
        <translation>公開金鑰行</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="82"/>
        <source>C&amp;opy</source>
        <translation>複製(&amp;O)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="87"/>
        <source>Keeping the private key safe</source>
        <translation>妥善保管私密金鑰</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="88"/>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="118"/>
        <source>something went wrong; it is in the log file</source>
        <translation>出了問題；已記錄在記錄檔中</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="125"/>
        <source>The key was not made: %1</source>
        <translation>金鑰未建立：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="134"/>
        <source>Back up the private key now, to a place only you can open (such as a USB stick kept locked away). It is this file:
%1

Keep it secret: anyone who has it can publish catalogs your kiosks install. If it is lost, IT must trust a new key on every kiosk before you can publish again.</source>
        <translation>請立即備份私密金鑰，存放在只有您能開啟的地方（例如鎖起來保管的 USB 隨身碟）。就是這個檔案：
%1

請保密：任何擁有它的人都能發佈您的資訊站會安裝的課程目錄。如果遺失，IT 必須在每台資訊站上信任一把新金鑰，您才能再次發佈。</translation>
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
        <translation>刪除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="79"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="80"/>
        <source>Hide</source>
        <translation>隱藏</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="82"/>
        <source>Delete the last letter</source>
        <translation>刪除最後一個字</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="83"/>
        <source>Clear the search</source>
        <translation>清除搜尋</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="84"/>
        <source>Hide the keyboard</source>
        <translation>隱藏鍵盤</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="128"/>
        <source>Career Kiosk (preview)</source>
        <translation>職涯資訊站（預覽）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk: %1</source>
        <translation>職涯資訊站：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk</source>
        <translation>職涯資訊站</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="275"/>
        <source>No staff PIN is set, so this kiosk runs as a preview and is not locked down. IT: run kiosk-admin set-pin on this computer, then restart the kiosk.</source>
        <translation>尚未設定教職員 PIN 碼，所以這台資訊站以預覽模式執行，沒有鎖定。IT 人員：請在這台電腦上執行 kiosk-admin set-pin，然後重新啟動資訊站。</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/overlays/language_picker.py" line="43"/>
        <source>Choose your language</source>
        <translation>選擇你的語言</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="62"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="46"/>
        <source>Introductory</source>
        <translation>入門</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="63"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="47"/>
        <source>Concentrator</source>
        <translation>中級</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="64"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="48"/>
        <source>Capstone</source>
        <translation>結業專題</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="57"/>
        <source>A first class in a pathway. You explore the field and start learning.</source>
        <translation>職業路徑中的第一門課。你可以認識這個領域，開始學習。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="61"/>
        <source>A next class in a pathway. It builds on what you learned in a first class.</source>
        <translation>職業路徑中的下一門課，延續你在第一門課學到的東西。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="66"/>
        <source>The last class in a pathway. It gets you ready for a job or for college.</source>
        <translation>職業路徑中的最後一門課，幫你為找工作或上大學做好準備。</translation>
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
        <translation>輔導老師會幫你把這些課排進課表。請把這份清單給他們看。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="86"/>
        <source>Your list is only in this page&apos;s address. It is not sent to the server, and nothing about you is kept.</source>
        <translation>你的清單只在這個網頁的網址裡，不會傳送到伺服器，也不會保存任何關於你的資料。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="91"/>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="92"/>
        <source>Print this list</source>
        <translation>列印這份清單</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="93"/>
        <source>Loading your list…</source>
        <translation>正在載入你的清單…</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="94"/>
        <source>Your list could not be loaded. Check your connection and try again.</source>
        <translation>無法載入你的清單。請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="97"/>
        <source>Try again</source>
        <translation>再試一次</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="98"/>
        <source>%1 is not in the course catalog any more. Ask your counselor about it.</source>
        <comment>%1 is a course code</comment>
        <translation>%1 已經不在課程目錄裡了。請向你的輔導老師詢問。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="103"/>
        <source>This list has no classes.</source>
        <translation>這份清單裡沒有課程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="104"/>
        <source>Class code: %1</source>
        <translation>課程代碼：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="105"/>
        <source>Your school: %1</source>
        <translation>你的學校：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="106"/>
        <source>Any high-school counselor in the district can help you sign up.</source>
        <translation>學區裡任何一位高中輔導老師都可以幫你報名。</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="109"/>
        <source>Pay figures: %1</source>
        <translation>薪資資料：%1</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="46"/>
        <source>My list</source>
        <translation>我的清單</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="98"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="99"/>
        <source>Remove %1 from my list</source>
        <translation>從我的清單移除 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="108"/>
        <source>Your list is empty. When you find a class you like, tap “Add to my list”.</source>
        <translation>你的清單是空的。找到喜歡的課程時，點一下「加入我的清單」。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="114"/>
        <source>Classes I like</source>
        <translation>我喜歡的課程</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="115"/>
        <source>See your counselor</source>
        <translation>找你的輔導老師</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="116"/>
        <source>Start over</source>
        <translation>重新開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="117"/>
        <source>Start over and clear everything</source>
        <translation>重新開始並清除所有內容</translation>
    </message>
</context>
<context>
    <name>NewWorkbook</name>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="33"/>
        <source>Save a new catalog workbook</source>
        <translation>儲存新的課程目錄活頁簿</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="35"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel 活頁簿 (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="44"/>
        <source>%1 was not written: a new workbook must be an .xlsx file.</source>
        <translation>未寫入 %1：新的活頁簿必須是 .xlsx 檔案。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="55"/>
        <source>%1 could not be written: %2</source>
        <translation>無法寫入 %1：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="60"/>
        <source>%1 is a new workbook: fill it in with Open in Excel.</source>
        <translation>%1 是新的活頁簿：請用「在 Excel 中開啟」填寫。</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../kiosk/ui/screens/out_of_service.py" line="42"/>
        <source>For staff: reference %1 (the details are in the kiosk log)</source>
        <translation>工作人員：參考代碼 %1（詳細資訊在 kiosk 的記錄檔中）</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../../kiosk/ui/overlays/base.py" line="99"/>
        <source>Close</source>
        <translation>關閉</translation>
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
        <translation>每小時 %1</translation>
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
        <translation>%1 地區的薪資中位數：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="93"/>
        <location filename="../../kiosk/sync/pagewords.py" line="76"/>
        <source>Middle pay in %1 (state figure): %2</source>
        <translation>%1 的薪資中位數（全州數字）：%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="99"/>
        <location filename="../../kiosk/sync/pagewords.py" line="77"/>
        <source>Middle pay in the United States (national figure): %1</source>
        <translation>美國的薪資中位數（全國數字）：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="104"/>
        <location filename="../../kiosk/sync/pagewords.py" line="78"/>
        <source>Typical pay: %1</source>
        <translation>一般薪資：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="110"/>
        <location filename="../../kiosk/sync/pagewords.py" line="79"/>
        <source>Half of workers earn between %1 and %2.</source>
        <translation>一半的從業人員收入介於 %1 與 %2 之間。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="118"/>
        <location filename="../../kiosk/sync/pagewords.py" line="82"/>
        <source>Source: %1</source>
        <translation>資料來源：%1</translation>
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
        <translation>薪資中位數：%1（全州數字）</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="137"/>
        <source>Middle pay: %1 (national figure)</source>
        <translation>薪資中位數：%1（全國數字）</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="138"/>
        <source>Middle pay: %1</source>
        <translation>薪資中位數：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="149"/>
        <source>Middle pay of its careers: %1</source>
        <translation>相關職業的薪資中位數：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="152"/>
        <source>Middle pay of its careers: %1 to %2 a year</source>
        <translation>相關職業的薪資中位數：每年 %1 至 %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="158"/>
        <location filename="../../kiosk/sync/pagewords.py" line="80"/>
        <source>%n job(s) here</source>
        <translation>
            <numerusform>此地有 %n 個工作</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="160"/>
        <location filename="../../kiosk/sync/pagewords.py" line="81"/>
        <source>%n job(s) in the state</source>
        <translation>
            <numerusform>全州有 %n 個工作</numerusform>
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
            <numerusform>PIN 碼錯誤。再輸錯 %n 次，鍵盤就會鎖定 5 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="172"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="200"/>
        <source>You can try again now.</source>
        <translation>現在可以再試一次了。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="180"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>PIN 碼錯誤太多次。請在 %1:%2 後再試。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="204"/>
        <source>Staff PIN</source>
        <translation>教職員 PIN 碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="205"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="206"/>
        <source>Delete</source>
        <translation>刪除</translation>
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
        <translation>正在建立 %1 的預覽...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="72"/>
        <source>Something went wrong building the preview; it is in the log file.</source>
        <translation>建立預覽時出了問題；已記錄在記錄檔中。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/preview.py" line="77"/>
        <source>The workbook has %n error(s), so it cannot be previewed yet: fix them (see Problems), then try again.</source>
        <translation>
            <numerusform>活頁簿有 %n 個錯誤，所以還無法預覽：請先修正（見「問題」），再試一次。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="85"/>
        <source>The workbook cannot be previewed: %1</source>
        <translation>無法預覽活頁簿：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="106"/>
        <source>The kiosk opens in its own window, as a student sees it.</source>
        <translation>資訊站會在自己的視窗中開啟，就像學生看到的一樣。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="117"/>
        <source>The kiosk could not be started: %1. The details are in the log file.</source>
        <translation>無法啟動資訊站：%1。詳細資料在記錄檔中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="134"/>
        <source>The preview kiosk stopped with a problem; it is in the log file.</source>
        <translation>預覽資訊站因問題而停止；已記錄在記錄檔中。</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="40"/>
        <source>Severity</source>
        <translation>嚴重程度</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="41"/>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="42"/>
        <source>Row</source>
        <translation>列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="43"/>
        <source>Column</source>
        <translation>欄</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="44"/>
        <source>What is wrong</source>
        <translation>問題所在</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="45"/>
        <source>What is expected</source>
        <translation>應有內容</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="117"/>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="118"/>
        <source>Error</source>
        <translation>錯誤</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="20"/>
        <source>&quot;{cell}&quot; is not a valid code</source>
        <translation>&quot;{cell}&quot; 不是有效的代碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="21"/>
        <source>expected up to {max} letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>應為最多 {max} 個字母、數字、&apos;.&apos;、&apos;-&apos; 或 &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="24"/>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>&quot;{cell}&quot; 不是數字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="25"/>
        <source>&quot;{cell}&quot; is not a whole number</source>
        <translation>&quot;{cell}&quot; 不是整數</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="28"/>
        <source>{cell} is out of range</source>
        <translation>{cell} 超出範圍</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="29"/>
        <source>expected a whole number</source>
        <translation>應為整數</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="30"/>
        <source>expected a whole number from {low} to {high}</source>
        <translation>應為 {low} 到 {high} 的整數</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="33"/>
        <source>expected a number</source>
        <translation>應為數字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="34"/>
        <source>expected a number from {low} to {high}</source>
        <translation>應為 {low} 到 {high} 的數字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="37"/>
        <source>expected a whole number, written like 52000, 52,000 or $52,000.00</source>
        <translation>應為整數，寫法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="40"/>
        <source>expected a whole number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>應為 {low} 到 {high} 的整數，寫法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="45"/>
        <source>expected a number, written like 52000, 52,000 or $52,000.00</source>
        <translation>應為數字，寫法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="48"/>
        <source>expected a number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>應為 {low} 到 {high} 的數字，寫法如 52000、52,000 或 $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="52"/>
        <source>expected a whole number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>應為整數，寫法如 7.5 或 1,200：小數用小數點，逗號只用來分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="57"/>
        <source>expected a whole number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>應為 {low} 到 {high} 的整數，寫法如 7.5 或 1,200：小數用小數點，逗號只用來分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="62"/>
        <source>expected a number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>應為數字，寫法如 7.5 或 1,200：小數用小數點，逗號只用來分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="67"/>
        <source>expected a number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>應為 {low} 到 {high} 的數字，寫法如 7.5 或 1,200：小數用小數點，逗號只用來分隔千位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="72"/>
        <source>&quot;{cell}&quot; is not yes or no</source>
        <translation>&quot;{cell}&quot; 不是 yes 或 no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="73"/>
        <source>expected yes or no</source>
        <translation>應為 yes 或 no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="80"/>
        <source>&quot;{cell}&quot; is not a valid {column}</source>
        <translation>&quot;{cell}&quot; 不是有效的 {column}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="83"/>
        <source>expected one of: {choices}</source>
        <translation>應為下列之一：{choices}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="84"/>
        <source>&quot;{part}&quot; has a weight that is not a number from {low} to {high}</source>
        <translation>&quot;{part}&quot; 的權重不是 {low} 到 {high} 的數字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="87"/>
        <source>&quot;{part}&quot; has a weight that is not a number</source>
        <translation>&quot;{part}&quot; 的權重不是數字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="90"/>
        <source>expected CODE or CODE:weight, e.g. AG-AS:3</source>
        <translation>應為 代碼 或 代碼:權重，例如 AG-AS:3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="93"/>
        <source>&quot;{cell}&quot; is not a valid set of interest areas</source>
        <translation>&quot;{cell}&quot; 不是有效的興趣領域組合</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="96"/>
        <source>expected up to {max} different letters from R I A S E C</source>
        <translation>應為最多 {max} 個不同的字母，取自 R I A S E C</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="99"/>
        <source>&quot;{cell}&quot; is not an occupation code</source>
        <translation>&quot;{cell}&quot; 不是職業代碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="102"/>
        <source>expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00</source>
        <translation>應為 SOC 代碼（如 29-1141）或 O*NET-SOC 代碼（如 29-1141.00）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="111"/>
        <source>the cell shows the Excel error {error}</source>
        <translation>儲存格顯示 Excel 錯誤 {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="114"/>
        <source>expected a value: fix the formula, or type the value</source>
        <translation>應有一個值：修正公式，或直接輸入值</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="117"/>
        <source>the link&apos;s address is worked out by a formula</source>
        <translation>連結的網址是由公式算出的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="120"/>
        <source>expected the address typed in the cell, or a link made with Insert &gt; Link</source>
        <translation>應在儲存格中輸入網址，或用 Insert &gt; Link 建立連結</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="124"/>
        <source>the cell holds a formula whose result was never saved in the file</source>
        <translation>儲存格中的公式結果從未存入檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="127"/>
        <source>expected the file opened and saved again in Excel, or the value typed</source>
        <translation>應在 Excel 中開啟檔案再儲存一次，或直接輸入值</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="130"/>
        <source>what the cell shows cannot be read exactly: {why}</source>
        <translation>無法準確讀取儲存格顯示的內容：{why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="133"/>
        <source>expected the value typed as text, or a plain number format</source>
        <translation>應以文字輸入值，或使用一般的數字格式</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="136"/>
        <source>the cell shows {cell} but holds {number}</source>
        <translation>儲存格顯示 {cell}，但實際是 {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="139"/>
        <source>expected the number as it is shown: round it, or show all its decimals</source>
        <translation>應與顯示的數字相同：將它四捨五入，或顯示所有小數位</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="142"/>
        <source>the cell links to {link}, and only its text is published</source>
        <translation>儲存格連結到 {link}，只有文字會被發佈</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="145"/>
        <source>expected plain text: kiosks show no links</source>
        <translation>應為純文字：資訊站不顯示連結</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="154"/>
        <source>text is {length} characters long</source>
        <translation>文字長度為 {length} 個字元</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="155"/>
        <source>expected at most {max}</source>
        <translation>應最多 {max} 個</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="156"/>
        <source>text looks like HTML</source>
        <translation>文字看起來像 HTML</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="157"/>
        <source>expected plain text without &lt;tags&gt; or &amp;entities;</source>
        <translation>應為純文字，不含 &lt;標籤&gt; 或 &amp;實體;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="160"/>
        <source>&quot;{cell}&quot; is not a web address</source>
        <translation>&quot;{cell}&quot; 不是網址</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="163"/>
        <source>&quot;{cell}&quot; is a plain http:// address: phones warn that the list page is not secure, and anyone on the way could change what it shows</source>
        <translation>「{cell}」是一般的 http:// 網址：手機會警告清單網頁不安全，而且傳輸途中的任何人都可能更改網頁顯示的內容</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="168"/>
        <source>expected an address such as https://www.scusd.edu/ (a link cell gives its address in a workbook, but a CSV file keeps only the link&apos;s text)</source>
        <translation>應為網址，例如 https://www.scusd.edu/（活頁簿中的連結儲存格會提供網址，但 CSV 檔只保留連結的文字）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="173"/>
        <source>text starts with &quot;{first}&quot; like a formula</source>
        <translation>文字以 &quot;{first}&quot; 開頭，像是公式</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="176"/>
        <source>expected plain text; remove the leading character</source>
        <translation>應為純文字；請移除開頭的字元</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="179"/>
        <source>text has &quot;?&quot; where letters were (&quot;{excerpt}&quot;): the file was saved in a code page that cannot hold them</source>
        <translation>文字中原本是字母的地方變成了 &quot;?&quot;（&quot;{excerpt}&quot;）：檔案是用無法容納這些字母的字碼頁儲存的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="184"/>
        <source>expected the text as typed: save the sheet as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>應為輸入時的文字：請將工作表另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="20"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}：沒有這個檔案或資料夾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="23"/>
        <source>{path}: a single CSV file holds one sheet; put one CSV file per sheet (sectors.csv, courses.csv, ...) in a folder and give the folder</source>
        <translation>{path}：一個 CSV 檔只包含一個工作表；請把每個工作表各存成一個 CSV 檔（sectors.csv、courses.csv、...）放在同一個資料夾，然後開啟該資料夾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="28"/>
        <source>{file}: {format} files cannot be checked exactly; save it as &quot;Excel Workbook (.xlsx)&quot; or as CSV UTF-8 files</source>
        <translation>{file}：無法準確檢查 {format} 檔案；請另存為 &quot;Excel Workbook (.xlsx)&quot; 或 CSV UTF-8 檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="33"/>
        <source>{path}: not a workbook (expected .xlsx or a folder of CSV files)</source>
        <translation>{path}：不是活頁簿（應為 .xlsx 或 CSV 檔案的資料夾）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="36"/>
        <source>{path}: the folder has no CSV files (expected sectors.csv, pathways.csv, courses.csv, ...)</source>
        <translation>{path}：資料夾中沒有 CSV 檔案（應有 sectors.csv、pathways.csv、courses.csv、...）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="41"/>
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}：無法讀取（{why}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="44"/>
        <source>{file}: {why}, so its cells cannot be placed; open it in Excel and save it again as .xlsx</source>
        <translation>{file}：{why}，因此無法確定儲存格的位置；請在 Excel 中開啟並重新存成 .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="49"/>
        <source>{file}: this file isn&apos;t a valid Excel workbook; open it in Excel and save it again as .xlsx</source>
        <translation>{file}：這個檔案不是有效的 Excel 活頁簿；請在 Excel 中開啟並重新存成 .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="54"/>
        <source>{file}: the workbook is password protected (or is an Excel 97-2003 file); save it as &quot;Excel Workbook (.xlsx)&quot; without a password</source>
        <translation>{file}：活頁簿有密碼保護（或是 Excel 97-2003 檔案）；請另存為不含密碼的 &quot;Excel Workbook (.xlsx)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="59"/>
        <source>{file}: not a readable CSV file ({why})</source>
        <translation>{file}：不是可讀取的 CSV 檔（{why}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="62"/>
        <source>{file}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8</source>
        <translation>{file}：看起來是二進位檔，不是 CSV；請從 Excel 另存為 CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="66"/>
        <source>{file}: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是 UTF-8，也不是試算表程式會儲存的任何字碼頁文字；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="77"/>
        <source>{file} and {count} more CSV files: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 個 CSV 檔：不是 UTF-8，也不是試算表程式會儲存的任何字碼頁文字；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="82"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是以 CSV UTF-8 儲存，無法確定如何讀取帶重音的字母：可能是 {first} 或 {second}；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="88"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 個 CSV 檔：不是以 CSV UTF-8 儲存，無法確定如何讀取帶重音的字母：可能是 {first} 或 {second}；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="94"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是以 CSV UTF-8 儲存，無法確定如何讀取帶重音的字母：可能是 {first}、{second} 或 {third}；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="100"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 個 CSV 檔：不是以 CSV UTF-8 儲存，無法確定如何讀取帶重音的字母：可能是 {first}、{second} 或 {third}；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="106"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}：不是以 CSV UTF-8 儲存，無法確定如何讀取帶重音的字母：沒有任何試算表程式會儲存的字碼頁能把它們讀成文字；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="112"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} 和另外 {count} 個 CSV 檔：不是以 CSV UTF-8 儲存，無法確定如何讀取帶重音的字母：沒有任何試算表程式會儲存的字碼頁能把它們讀成文字；請重新另存為 &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="118"/>
        <source>{file}: not an OEWS wage file in BLS&apos;s layout (no column {columns}); use the file as downloaded from bls.gov/oes</source>
        <translation>{file}：不是 BLS 格式的 OEWS 薪資檔案（沒有 {columns} 欄）；請使用從 bls.gov/oes 下載的原始檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="123"/>
        <source>{file}: row {row}, column {column}: {value} is not an area type (1, 2, 4 ...)</source>
        <translation>{file}：第 {row} 列，{column} 欄：{value} 不是地區類型（1、2、4 ...）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="127"/>
        <source>{file}: row {row}, column {column}: {value} is not a number, *, ** or #</source>
        <translation>{file}：第 {row} 列，{column} 欄：{value} 不是數字、*、** 或 #</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="137"/>
        <source>{file}: cannot be read as a workbook ({why})</source>
        <translation>{file}：無法當作活頁簿讀取（{why}）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="140"/>
        <source>{file}: no sheet has BLS&apos;s OCC_CODE column</source>
        <translation>{file}：沒有任何工作表有 BLS 的 OCC_CODE 欄</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="28"/>
        <source>unknown sheet, ignored</source>
        <translation>不明的工作表，已略過</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="29"/>
        <source>expected sheets: {sheets}</source>
        <translation>應有的工作表：{sheets}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="30"/>
        <source>sheet is missing</source>
        <translation>缺少工作表</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="31"/>
        <source>expected a sheet named &quot;{sheet}&quot;</source>
        <translation>應有名為 &quot;{sheet}&quot; 的工作表</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="34"/>
        <source>sheet has {count} rows</source>
        <translation>工作表有 {count} 列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="35"/>
        <source>expected at least {count}</source>
        <translation>應至少有 {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="36"/>
        <source>invisible character {character} removed</source>
        <translation>已移除看不見的字元 {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="39"/>
        <source>expected only characters that show; it usually comes with copied text</source>
        <translation>應只有看得見的字元；這通常來自複製的文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="42"/>
        <source>text holds the invisible character {character}</source>
        <translation>文字含有看不見的字元 {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="45"/>
        <source>expected only characters that show: delete it, unless it is meant</source>
        <translation>應只有看得見的字元：請刪除它，除非是刻意的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="48"/>
        <source>required text is empty</source>
        <translation>必填的文字是空的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="49"/>
        <source>required value is empty</source>
        <translation>必填的值是空的</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="50"/>
        <source>expected {help}</source>
        <translation>應填：{help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="51"/>
        <source>has a translation but no English text</source>
        <translation>有翻譯但沒有英文文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="54"/>
        <source>expected English text too; it is shown when a translation is missing</source>
        <translation>也應有英文文字；缺少翻譯時會顯示英文</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="57"/>
        <source>duplicate &quot;{key}&quot;</source>
        <translation>&quot;{key}&quot; 重複</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="58"/>
        <source>expected each {columns} once; already used in row {row}</source>
        <translation>每個 {columns} 只應出現一次；第 {row} 列已使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="67"/>
        <source>the column appears twice</source>
        <translation>這一欄出現兩次</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="68"/>
        <source>expected each column once</source>
        <translation>每一欄只應出現一次</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="69"/>
        <source>column is missing</source>
        <translation>缺少這一欄</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="70"/>
        <source>expected a header cell &quot;{column}&quot;: {help}</source>
        <translation>應有標題儲存格 &quot;{column}&quot;：{help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="73"/>
        <source>unknown column, ignored</source>
        <translation>不明的欄，已略過</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="74"/>
        <source>expected columns: {columns}</source>
        <translation>應有的欄：{columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="77"/>
        <source>column &quot;{column}&quot; cannot be translated</source>
        <translation>欄 &quot;{column}&quot; 不能翻譯</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="80"/>
        <source>expected only one column for it, without a language suffix</source>
        <translation>應只有一欄，不加語言後綴</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="83"/>
        <source>unknown language suffix &quot;{suffix}&quot;</source>
        <translation>不明的語言後綴 &quot;{suffix}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="86"/>
        <source>column {letter} has no header but holds data in 1 row (row {rows})</source>
        <translation>{letter} 欄沒有標題，但有 1 列資料（第 {rows} 列）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="89"/>
        <source>column {letter} has no header but holds data in {count} rows (rows {rows})</source>
        <translation>{letter} 欄沒有標題，但有 {count} 列資料（第 {rows} 列）</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="93"/>
        <source>expected the column&apos;s name in its header cell, one of: {columns}</source>
        <translation>標題儲存格中應有欄名，下列之一：{columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="96"/>
        <source>the sheet is hidden in Excel, and it is published</source>
        <translation>這個工作表在 Excel 中是隱藏的，但會被發佈</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="99"/>
        <source>expected a visible sheet: unhide it, or delete it if it should not be published</source>
        <translation>應為可見的工作表：取消隱藏，或若不應發佈就刪除它</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="103"/>
        <source>row {rows} is hidden in Excel, and published</source>
        <translation>第 {rows} 列在 Excel 中是隱藏的，但會被發佈</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="106"/>
        <source>rows {rows} are hidden in Excel, and published</source>
        <translation>第 {rows} 列在 Excel 中是隱藏的，但會被發佈</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="109"/>
        <source>a hidden row is usually meant to be left out: delete it, or unhide it</source>
        <translation>隱藏的列通常是想排除的：刪除它，或取消隱藏</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="112"/>
        <source>column {letter} is hidden in Excel, and it is published</source>
        <translation>{letter} 欄在 Excel 中是隱藏的，但會被發佈</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="115"/>
        <source>expected a visible column: unhide it, or delete it if it should not be published</source>
        <translation>應為可見的欄：取消隱藏，或若不應發佈就刪除它</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="125"/>
        <source>header cells {cells} are merged</source>
        <translation>標題儲存格 {cells} 已合併</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="128"/>
        <source>expected one header cell for each column: unmerge them and name each column</source>
        <translation>每一欄應有一個標題儲存格：取消合併並為每一欄命名</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="132"/>
        <source>cells {cells} are merged, so only {first} holds the text shown across them</source>
        <translation>儲存格 {cells} 已合併，所以只有 {first} 含有橫跨顯示的文字</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="136"/>
        <source>expected each cell to hold its own value: unmerge them and fill every cell</source>
        <translation>每個儲存格應有自己的值：取消合併並填好每個儲存格</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="146"/>
        <source>unknown sector &quot;{code}&quot;</source>
        <translation>不明的產業類別 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="149"/>
        <source>unknown pathway &quot;{code}&quot;</source>
        <translation>不明的職業路徑 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="152"/>
        <source>unknown course &quot;{code}&quot;</source>
        <translation>不明的課程 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="155"/>
        <source>unknown school &quot;{code}&quot;</source>
        <translation>不明的學校 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="158"/>
        <source>unknown career &quot;{code}&quot;</source>
        <translation>不明的職業 &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="161"/>
        <source>unknown {thing} &quot;{code}&quot;</source>
        <translation>不明的 {thing} &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="162"/>
        <source>expected a code from the {sheet} sheet</source>
        <translation>應為 {sheet} 工作表中的代碼</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="165"/>
        <source>expected a code from the {sheet} sheet; also in 1 more row: {rows}</source>
        <translation>應為 {sheet} 工作表中的代碼；另外 1 列也有：{rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="168"/>
        <source>expected a code from the {sheet} sheet; also in {count} more rows: {rows}</source>
        <translation>應為 {sheet} 工作表中的代碼；另外 {count} 列也有：{rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="172"/>
        <source>1 row name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>有 1 列引用了 {sheet} 工作表的代碼，但該工作表缺少或無法讀取</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="176"/>
        <source>{count} rows name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>有 {count} 列引用了 {sheet} 工作表的代碼，但該工作表缺少或無法讀取</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="180"/>
        <source>expected the {sheet} sheet&apos;s problems above fixed first; these rows are checked against it then</source>
        <translation>應先修正上面 {sheet} 工作表的問題；之後會再依它檢查這些列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="185"/>
        <source>grade_max {high} is below grade_min {low}</source>
        <translation>grade_max {high} 小於 grade_min {low}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="188"/>
        <source>expected grade_max to be at least grade_min</source>
        <translation>grade_max 應至少等於 grade_min</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="191"/>
        <source>college_credit is yes but no partner college is named</source>
        <translation>college_credit 為 yes，但沒有填寫合作的學院</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="194"/>
        <source>expected the college that grants the credit</source>
        <translation>應填寫授予學分的學院</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="197"/>
        <source>there is no notice row</source>
        <translation>沒有公告 (notice) 列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="204"/>
        <source>expected the nondiscrimination notice as a row of kind notice</source>
        <translation>應有反歧視聲明，作為類型為 notice 的一列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="207"/>
        <source>setting &quot;{key}&quot; is missing</source>
        <translation>缺少設定 &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="208"/>
        <source>expected a row with key &quot;{key}&quot;</source>
        <translation>應有一列的 key 為 &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="211"/>
        <source>expected yes or no for is_sample</source>
        <translation>is_sample 應為 yes 或 no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="214"/>
        <source>expected an address starting with https://</source>
        <translation>應為以 https:// 開頭的網址</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="217"/>
        <source>&quot;{cell}&quot; has a ? or # in it: the kiosk puts list.html and the student&apos;s list after the address, so it must end with the folder&apos;s name</source>
        <translation>「{cell}」裡有 ? 或 #：資訊站會在網址後面加上 list.html 和學生的清單，所以網址必須以資料夾名稱結尾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="222"/>
        <source>expected the public address of the published folder, such as https://cte.example.org/kiosk</source>
        <translation>應為已發布資料夾的公開網址，例如 https://cte.example.org/kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="233"/>
        <source>setting &quot;wage_area&quot; is missing, so the wage file cannot be used</source>
        <translation>缺少設定 &quot;wage_area&quot;，因此無法使用薪資檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="236"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas}</source>
        <translation>應為您所在地區的 BLS 代碼；{file} 包含 {areas}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="239"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas} and {count} more</source>
        <translation>應為您所在地區的 BLS 代碼；{file} 包含 {areas} 以及另外 {count} 個</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="243"/>
        <source>wage_area &quot;{code}&quot; is not an area of {file}</source>
        <translation>wage_area &quot;{code}&quot; 不是 {file} 中的地區</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="246"/>
        <source>expected one of its areas: {areas}; or download your area&apos;s file</source>
        <translation>應為其中一個地區：{areas}；或下載您所在地區的檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="249"/>
        <source>expected one of its areas: {areas} and {count} more; or download your area&apos;s file</source>
        <translation>應為其中一個地區：{areas} 以及另外 {count} 個；或下載您所在地區的檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="253"/>
        <source>{file} does not say which BLS release it is</source>
        <translation>{file} 沒有說明是 BLS 的哪一次發布</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="256"/>
        <source>expected BLS&apos;s file name (MSA_M2025_dl.xlsx) or a setting &quot;wage_release&quot; such as &quot;May 2025&quot;</source>
        <translation>應為 BLS 的檔名（MSA_M2025_dl.xlsx）或設定 &quot;wage_release&quot;，例如 &quot;May 2025&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="261"/>
        <source>{soc} is not in {file}, so this career shows no pay</source>
        <translation>{soc} 不在 {file} 中，因此這個職業不會顯示薪資</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="264"/>
        <source>expected an occupation code BLS publishes (check it at onetonline.org), or a typed wage</source>
        <translation>應為 BLS 有發布的職業代碼（可到 onetonline.org 查詢），或直接輸入薪資</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="275"/>
        <source>two sheets are both &quot;{sheet}&quot;: &quot;{first}&quot; and &quot;{second}&quot;</source>
        <translation>有兩個工作表都是 &quot;{sheet}&quot;：&quot;{first}&quot; 和 &quot;{second}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="278"/>
        <source>expected one sheet of each name; delete or rename one of them</source>
        <translation>每個名稱只應有一個工作表；請刪除其中一個或重新命名</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="281"/>
        <source>not a sheet, ignored</source>
        <translation>不是工作表，已略過</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="282"/>
        <source>a lock or shadow file that Excel, LibreOffice or macOS leaves beside open files</source>
        <translation>Excel、LibreOffice 或 macOS 在開啟的檔案旁留下的鎖定檔或影子檔</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="80"/>
        <source>A shared folder, a web server&apos;s folder or a USB stick: kiosks take the catalog from there.</source>
        <translation>共用資料夾、網頁伺服器的資料夾或 USB 隨身碟：資訊站會從那裡取得課程目錄。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="89"/>
        <source>Why it cannot be published yet</source>
        <translation>目前還不能發佈的原因</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="94"/>
        <source>Result of publishing</source>
        <translation>發佈結果</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="95"/>
        <source>What happens next</source>
        <translation>接下來會發生什麼</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="102"/>
        <source>Publish &amp;to:</source>
        <translation>發佈到(&amp;T)：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="106"/>
        <source>Publish folder</source>
        <translation>發佈資料夾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="108"/>
        <source>&amp;Choose...</source>
        <translation>選擇(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="109"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="188"/>
        <source>Choose the publish folder</source>
        <translation>選擇發佈資料夾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="118"/>
        <source>Signing key</source>
        <translation>簽署金鑰</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="119"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="149"/>
        <source>Show public &amp;key...</source>
        <translation>顯示公開金鑰(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="126"/>
        <source>Working</source>
        <translation>處理中</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="127"/>
        <source>Pu&amp;blish</source>
        <translation>發佈(&amp;B)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="128"/>
        <source>Publish</source>
        <translation>發佈</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="147"/>
        <source>Catalogs are signed with key %1 (its private file: %2).</source>
        <translation>課程目錄以金鑰 %1 簽署（其私密檔案：%2）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="151"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="283"/>
        <source>The signing key cannot be read: %1</source>
        <translation>無法讀取簽署金鑰：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="154"/>
        <source>This computer has no signing key yet.</source>
        <translation>這台電腦還沒有簽署金鑰。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="155"/>
        <source>Create signing &amp;key...</source>
        <translation>建立簽署金鑰(&amp;K)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="202"/>
        <source>No folder chosen yet</source>
        <translation>尚未選擇資料夾</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="268"/>
        <source>Open a workbook first.</source>
        <translation>請先開啟活頁簿。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="270"/>
        <source>Checking the workbook...</source>
        <translation>正在檢查活頁簿...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="272"/>
        <source>This workbook cannot be checked: see the Problems tab.</source>
        <translation>無法檢查這個活頁簿：請看「問題」分頁。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishpage.py" line="275"/>
        <source>This workbook has %n error(s): fix them first (they are on the Problems tab), then publish.</source>
        <translation>
            <numerusform>這個活頁簿有 %n 個錯誤：請先修正（在「問題」分頁中），再發佈。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="281"/>
        <source>Choose the folder to publish to.</source>
        <translation>請選擇要發佈到的資料夾。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="300"/>
        <source>Publishing...</source>
        <translation>正在發佈...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="325"/>
        <source>Publish anyway?</source>
        <translation>仍要發佈嗎？</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="342"/>
        <source>Nothing was changed in %1.</source>
        <translation>%1 中沒有任何變更。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="359"/>
        <source>Not published</source>
        <translation>未發佈</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="362"/>
        <source>Something went wrong in publishing; it is in the log file.</source>
        <translation>發佈時出了問題；已記錄在記錄檔中。</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="32"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1：新增 %2，移除 %3，變更 %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="38"/>
        <source>No changes</source>
        <translation>沒有變更</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="47"/>
        <source>...and %n more: kiosk-admin diff lists them all</source>
        <translation>
            <numerusform>...還有 %n 項：kiosk-admin diff 會全部列出</numerusform>
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
        <translation>%1：移除 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="58"/>
        <source>%1: changed %2 %3: %4 -&gt; %5</source>
        <translation>%1：變更 %2 %3：%4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="81"/>
        <source>%1 of %2 %3</source>
        <translation>%2 個 %3 中的 %1 個</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="85"/>
        <source>%1 and %2</source>
        <translation>%1和%2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="92"/>
        <source>%1, row %2</source>
        <translation>%1，第 %2 列</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="93"/>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1，&quot;%2&quot; 欄</translation>
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
        <translation>這個資料夾還沒有發佈任何內容：整個活頁簿都是新的。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="114"/>
        <source>Nothing to compare: %1. Publishing will ask before it goes ahead.</source>
        <translation>沒有可比較的內容：%1。發佈前會先詢問您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="118"/>
        <source>Changes from the published %1:</source>
        <translation>與已發佈的 %1 相比的變更：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="125"/>
        <source>This removes %1 (more than a fifth): publishing will ask first.</source>
        <translation>這會移除 %1（超過五分之一）：發佈前會先詢問您。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="134"/>
        <source>Nothing can be compared: %1, so what this removes cannot be checked. Make sure the workbook is the complete, saved one.

Publish anyway?</source>
        <translation>無法比較：%1，因此無法檢查這會移除哪些內容。請確認活頁簿是完整且已儲存的版本。

仍要發佈嗎？</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="140"/>
        <source>This removes %1 (more than a fifth of what is published). A half-saved workbook is the usual cause.

Publish anyway?</source>
        <translation>這會移除 %1（超過已發佈內容的五分之一）。常見原因是活頁簿只儲存了一半。

仍要發佈嗎？</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="151"/>
        <source>The publish folder is %1: choose another folder.</source>
        <translation>發佈資料夾是 %1：請選擇其他資料夾。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="156"/>
        <source>The signing key cannot be read: %1</source>
        <translation>無法讀取簽署金鑰：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="159"/>
        <source>This workbook cannot be read: %1</source>
        <translation>無法讀取這個活頁簿：%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="162"/>
        <source>This workbook has %n error(s), listed below: fix them first, then publish.</source>
        <translation>
            <numerusform>這個活頁簿有 %n 個錯誤，列在下方：請先修正，再發佈。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="169"/>
        <source>It cannot be published there: %1</source>
        <translation>無法發佈到那裡：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="176"/>
        <source>Published catalog version %1</source>
        <translation>已發佈課程目錄第 %1 版</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="181"/>
        <source>%n course(s), signed with key %1, in %2.</source>
        <translation>
            <numerusform>%n 門課程，以金鑰 %1 簽署，位於 %2。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="184"/>
        <source>Kiosks whose sync source is this folder or the web address that serves it pick it up at their next check: they check it every %1 minutes and install the new catalog between students.</source>
        <translation>同步來源是這個資料夾或提供它的網址的資訊站，會在下次檢查時取得：它們每 %1 分鐘檢查一次，並在兩位學生之間安裝新的課程目錄。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="190"/>
        <source>For a kiosk without a network, copy the folder to a USB stick and use Import from a USB drive in the kiosk&apos;s staff panel.</source>
        <translation>沒有網路的資訊站：將資料夾複製到 USB 隨身碟，然後在資訊站的職員面板中使用「從 USB 隨身碟匯入」。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="198"/>
        <source>The kiosk&apos;s QR code opens the list page at %1 on a student&apos;s phone: copy the whole folder, its list files too, to that address.</source>
        <translation>資訊站的 QR 碼會在學生的手機上開啟位於 %1 的清單網頁：請把整個資料夾（包括其中的 list 檔案）複製到那個網址。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="206"/>
        <source>The folder also holds the list page a student&apos;s phone opens from the kiosk&apos;s QR code, once the settings sheet&apos;s qr_base_url names the folder&apos;s public address.</source>
        <translation>資料夾裡也有學生手機掃描資訊站 QR 碼後開啟的清單網頁；在 settings 工作表的 qr_base_url 填上資料夾的公開網址後即可使用。</translation>
    </message>
</context>
<context>
    <name>QuizResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="81"/>
        <source>Your quiz result</source>
        <translation>你的測驗結果</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="92"/>
        <source>You did not pick anything you would like. Try Explore by what you like, or Browse to see every pathway.</source>
        <translation>你沒有選任何想做的事。試試「依興趣探索」，或用「瀏覽職業路徑」看看所有路徑。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="103"/>
        <source>Pathways for you</source>
        <translation>適合你的職業路徑</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="106"/>
        <source>Why it matches:</source>
        <translation>為什麼適合你：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="107"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>這些職業路徑也符合，但這裡目前還沒有課程：</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="113"/>
        <source>You are a...</source>
        <translation>你是……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="114"/>
        <source>Take the quiz again</source>
        <translation>再做一次測驗</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="44"/>
        <source>Quick quiz</source>
        <translation>小測驗</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="71"/>
        <source>The quiz is not available right now.</source>
        <translation>測驗目前無法使用。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="76"/>
        <source>Question %1 of %2</source>
        <translation>第 %1 題，共 %2 題</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="93"/>
        <source>Would you like to...</source>
        <translation>你會想……</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="94"/>
        <source>I&apos;d like that</source>
        <translation>我想做</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="95"/>
        <source>Not sure</source>
        <translation>不確定</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="96"/>
        <source>Not for me</source>
        <translation>不適合我</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="97"/>
        <source>Previous question</source>
        <translation>上一題</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="72"/>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="144"/>
        <source>Type a class, a career or a word like “nurse”, “cars” or “cooking”.</source>
        <translation>輸入課程、職業，或像「護理」、「汽車」、「烹飪」這樣的詞。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="153"/>
        <source>%n class(es) found</source>
        <translation>
            <numerusform>找到 %n 門課</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="155"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>找不到結果。試試更短或不同的詞。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="168"/>
        <source>Type to search</source>
        <translation>輸入文字來搜尋</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="169"/>
        <source>Search for a class or career</source>
        <translation>搜尋課程或職業</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="170"/>
        <source>Keyboard</source>
        <translation>鍵盤</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="171"/>
        <source>Show the keyboard</source>
        <translation>顯示鍵盤</translation>
    </message>
</context>
<context>
    <name>SectorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="134"/>
        <source>No classes in this sector yet.</source>
        <translation>這個產業類別目前還沒有課程。</translation>
    </message>
</context>
<context>
    <name>Sleeping</name>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="21"/>
        <source>Closed.</source>
        <translation>已關閉。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="26"/>
        <source>Closed. Open again on %1 at %2.</source>
        <translation>已關閉。%1 %2 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="30"/>
        <source>Closed. Open again today at %1.</source>
        <translation>已關閉。今天 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="32"/>
        <source>Closed. Open again tomorrow at %1.</source>
        <translation>已關閉。明天 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="35"/>
        <source>Closed. Open again Monday at %1.</source>
        <translation>已關閉。星期一 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="36"/>
        <source>Closed. Open again Tuesday at %1.</source>
        <translation>已關閉。星期二 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="37"/>
        <source>Closed. Open again Wednesday at %1.</source>
        <translation>已關閉。星期三 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="38"/>
        <source>Closed. Open again Thursday at %1.</source>
        <translation>已關閉。星期四 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="39"/>
        <source>Closed. Open again Friday at %1.</source>
        <translation>已關閉。星期五 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="40"/>
        <source>Closed. Open again Saturday at %1.</source>
        <translation>已關閉。星期六 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="41"/>
        <source>Closed. Open again Sunday at %1.</source>
        <translation>已關閉。星期日 %1 再開放。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="84"/>
        <source>Touch the screen to use it now.</source>
        <translation>輕觸螢幕即可立即使用。</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../kiosk/services/slip.py" line="87"/>
        <source>There is no printer here. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>這裡沒有印表機。請把這個畫面給你的輔導老師看，或用手機掃描 QR 碼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="96"/>
        <source>The printer is not answering. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>印表機沒有回應。請把這個畫面給你的輔導老師看，或用手機掃描 QR 碼。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="113"/>
        <source>No default printer is set up.</source>
        <translation>尚未設定預設印表機。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="117"/>
        <source>The default printer did not accept the page.</source>
        <translation>預設印表機沒有接受這一頁。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="126"/>
        <source>CTE Career Kiosk: test page</source>
        <translation>CTE 職涯資訊站：測試頁</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="29"/>
        <location filename="../../kiosk/services/slip.py" line="179"/>
        <location filename="../../kiosk/sync/pagewords.py" line="38"/>
        <source>My career class list</source>
        <translation>我的職業課程清單</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="30"/>
        <location filename="../../kiosk/services/slip.py" line="185"/>
        <source>To sign up, talk to your high-school counselor.</source>
        <translation>想報名，請找你高中的輔導老師。</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="33"/>
        <source>School: %1</source>
        <translation>學校：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="205"/>
        <source>ROP/CTE classes are tuition-free for high-school students.</source>
        <translation>高中生上 ROP/CTE 課程免學費。</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Stop reading</source>
        <translation>停止朗讀</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Read aloud</source>
        <translation>朗讀</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="51"/>
        <source>Start over?</source>
        <translation>要重新開始嗎？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="52"/>
        <source>This clears your list and your answers.</source>
        <translation>這會清除你的清單和你的回答。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="53"/>
        <source>Yes, start over</source>
        <translation>是，重新開始</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="54"/>
        <source>No, keep my list</source>
        <translation>不要，保留我的清單</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/overlays/still_there.py" line="103"/>
        <source>In %n second(s), everything you did here will be cleared for the next student.</source>
        <translation>
            <numerusform>%n 秒後，你在這裡做的一切都會被清除，留給下一位同學使用。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="119"/>
        <source>Are you still there?</source>
        <translation>你還在嗎？</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="120"/>
        <source>Yes, I&apos;m still here</source>
        <translation>在，我還在</translation>
    </message>
</context>
<context>
    <name>Talking</name>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="34"/>
        <source>not available now</source>
        <translation>目前無法使用</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="36"/>
        <source>%1 of %2</source>
        <translation>第 %1 項，共 %2 項</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="40"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="48"/>
        <source>text field</source>
        <translation>文字輸入框</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="49"/>
        <source>empty</source>
        <translation>空白</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="54"/>
        <source>class, Enter opens it</source>
        <translation>課程，按 Enter 開啟</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="59"/>
        <source>choice, selected</source>
        <translation>選項，已選取</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="61"/>
        <source>choice, not selected</source>
        <translation>選項，未選取</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="64"/>
        <source>button</source>
        <translation>按鈕</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="65"/>
        <source>heading</source>
        <translation>標題</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="74"/>
        <source>Talking mode is on. Down and Up move through the screen, Enter chooses, F1 is help, F2 turns talking mode off.</source>
        <translation>語音模式已開啟。按向下鍵和向上鍵在畫面上移動，按 Enter 選擇，按 F1 聽說明，按 F2 關閉語音模式。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="86"/>
        <source>Talking mode is off. F2 turns it on again.</source>
        <translation>語音模式已關閉。按 F2 可以重新開啟。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="165"/>
        <source>Nothing to choose here.</source>
        <translation>這裡沒有可以選的東西。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="171"/>
        <source>End of the screen. Up goes back.</source>
        <translation>已到畫面底部。按向上鍵往回走。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="173"/>
        <source>Top of the screen.</source>
        <translation>已到畫面頂端。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="195"/>
        <source>Type now. Down leaves the field.</source>
        <translation>現在可以輸入。按向下鍵離開輸入框。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="242"/>
        <source>Press Enter to start.</source>
        <translation>按 Enter 開始。</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="245"/>
        <source>%n choice(s). Down for the next, Enter to choose, F1 for help.</source>
        <translation>
            <numerusform>有 %n 個選項。按向下鍵到下一個，按 Enter 選擇，按 F1 聽說明。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="274"/>
        <source>My list: %n class(es).</source>
        <translation>
            <numerusform>我的清單：%n 門課。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="283"/>
        <source>Everything was cleared for the next student. Talking mode is off.</source>
        <translation>所有內容都已清除，留給下一位同學使用。語音模式已關閉。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="334"/>
        <source>Faster</source>
        <translation>快一點</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="336"/>
        <source>Slower</source>
        <translation>慢一點</translation>
    </message>
</context>
<context>
    <name>TalkingHelp</name>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="11"/>
        <source>The welcome screen of the career class kiosk. Enter starts.</source>
        <translation>職業課程資訊站的歡迎畫面。按 Enter 開始。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="14"/>
        <source>Choose how to explore career classes: by what you like, with a quick quiz, by industry, or by searching.</source>
        <translation>選擇探索職業課程的方式：依興趣、做個小測驗、依產業，或用搜尋。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="19"/>
        <source>Choose the things you like. Pathways and classes that match them are listed after the choices.</source>
        <translation>選擇你喜歡的東西。符合的職業路徑和課程會列在選項後面。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="24"/>
        <source>A quick quiz. For each statement, choose I&apos;d like that, Not sure, or Not for me.</source>
        <translation>小測驗。每一句都選擇「我想做」、「不確定」或「不適合我」。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="28"/>
        <source>Your quiz result: the kinds of work that suit you, then pathways and classes.</source>
        <translation>你的測驗結果：適合你的工作類型，接著是職業路徑和課程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="32"/>
        <source>The industries. Choose one to hear its pathways and classes.</source>
        <translation>各個產業類別。選一個，聽聽它的職業路徑和課程。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="35"/>
        <source>An industry&apos;s pathways, each with its classes and their pay. Choose a class to open it.</source>
        <translation>一個產業類別的職業路徑，每條路徑都有它的課程和薪資。選一門課就能打開。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="40"/>
        <source>Type a class or a career on the keyboard. The number of classes found is said, and the classes follow the search field.</source>
        <translation>用鍵盤輸入課程或職業。會唸出找到幾門課，課程就在搜尋框後面。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="45"/>
        <source>One class: what you will do, where and when it runs, and the careers it leads to with their pay. You can add it to your list.</source>
        <translation>一門課：你會做什麼、上課地點和時間，還有可以通往的職業和薪資。你可以把它加入你的清單。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="50"/>
        <source>The classes you chose. Go on to your counselor to sign up, or remove a class.</source>
        <translation>你選的課程。接著去找你的輔導老師報名，或移除一門課。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="54"/>
        <source>Choose your school to hear where its counselors are. Then print your list to take with you.</source>
        <translation>選擇你的學校，聽聽輔導老師在哪裡。然後列印你的清單帶走。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="59"/>
        <source>Questions and answers about these tuition-free classes.</source>
        <translation>關於這些免學費課程的問題與解答。</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="66"/>
        <source>Keys: Down and Up move through everything on the screen. Enter chooses. Escape goes back. Home goes to the start. Control stops the voice. F7 is slower, F8 faster. F1 is this help. F2 turns talking mode off.</source>
        <translation>按鍵說明：向下鍵和向上鍵可以瀏覽畫面上的所有內容。Enter 選擇。Escape 返回。Home 回到首頁。Control 停止語音。F7 慢一點，F8 快一點。F1 是這段說明。F2 關閉語音模式。</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="60"/>
        <location filename="../../kiosk/ui/screens/course.py" line="26"/>
        <source>School year</source>
        <translation>學年</translation>
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
        <translation>首頁</translation>
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
        <translation>預覽</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="161"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="171"/>
        <source>My list (%1)</source>
        <translation>我的清單（%1）</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="181"/>
        <source>Language: choose another language</source>
        <translation>語言：選擇其他語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="182"/>
        <source>Text size and contrast</source>
        <translation>文字大小和對比</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="186"/>
        <source>Change language to %1</source>
        <translation>將語言切換為 %1</translation>
    </message>
</context>
<context>
    <name>WagesDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="34"/>
        <source>Wages from BLS</source>
        <translation>BLS 薪資</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="46"/>
        <source>Careers show the pay in the wage file of the U.S. Bureau of Labor Statistics (OEWS, .xlsx or CSV as downloaded from bls.gov/oes) for your area.</source>
        <translation>職業會顯示您所在地區的薪資，資料來自美國勞工統計局的薪資檔案（OEWS，從 bls.gov/oes 下載的 .xlsx 或 CSV）。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="51"/>
        <source>&amp;Choose file...</source>
        <translation>選擇檔案(&amp;C)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="53"/>
        <source>Reading the wage file</source>
        <translation>正在讀取薪資檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="59"/>
        <source>Area</source>
        <translation>地區</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="63"/>
        <source>Wage file:</source>
        <translation>薪資檔案：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="64"/>
        <source>&amp;Area:</source>
        <translation>地區(&amp;A)：</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="69"/>
        <source>Check &amp;without pay</source>
        <translation>不含薪資檢查(&amp;W)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="99"/>
        <source>Choose BLS&apos;s wage file</source>
        <translation>選擇 BLS 的薪資檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="101"/>
        <source>BLS wage files (*.xlsx *.csv)</source>
        <translation>BLS 薪資檔案 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="125"/>
        <source>Something went wrong reading the wage file; it is in the log file.</source>
        <translation>讀取薪資檔案時出了問題；已記錄在記錄檔中。</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="128"/>
        <source>This wage file cannot be used: %1</source>
        <translation>無法使用這個薪資檔案：%1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="142"/>
        <source>As the workbook&apos;s settings say (wage_area)</source>
        <translation>依活頁簿設定所寫 (wage_area)</translation>
    </message>
</context>
<context>
    <name>WorkbookTools</name>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="25"/>
        <source>&amp;New workbook...</source>
        <translation>新增活頁簿(&amp;N)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="26"/>
        <source>See it as a &amp;student</source>
        <translation>以學生身分查看(&amp;S)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="29"/>
        <source>Language of the preview</source>
        <translation>預覽的語言</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="34"/>
        <source>&amp;Wages...</source>
        <translation>薪資(&amp;W)...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="44"/>
        <source>How the last action went</source>
        <translation>上一個動作的結果</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="85"/>
        <source>No wage file</source>
        <translation>沒有薪資檔案</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="87"/>
        <source>Pay from %1</source>
        <translation>薪資來自 %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="89"/>
        <source>Pay from %1, area %2</source>
        <translation>薪資來自 %1，地區 %2</translation>
    </message>
</context>
</TS>
