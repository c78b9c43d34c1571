<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="hmn">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="39" />
        <source>About ROP/CTE</source>
        <translation>Txog ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="66" />
        <source>Where the pay figures come from</source>
        <translation>Cov lej nyiaj hli los qhov twg los</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="71" />
        <source>Pay is for the %1 area, from the %2 figures, unless a career says otherwise.</source>
        <translation>Nyiaj hli yog rau cheeb tsam %1, los ntawm cov lej %2, tshwj tsis yog ib txoj hauj lwm hais lwm yam.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="100" />
        <source>Nondiscrimination notice</source>
        <translation>Daim ntawv ceeb toom txog kev tsis ntxub ntxaug</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="101" />
        <source>Go to the nondiscrimination notice</source>
        <translation>Mus rau daim ntawv ceeb toom txog kev tsis ntxub ntxaug</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="102" />
        <source>Current: %1</source>
        <translation>Tsab tam sim no: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="103" />
        <source>Previous: %1</source>
        <translation>Tsab dhau los: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="108" />
        <source>Rolled back from version %1: it is skipped until a newer one is published.</source>
        <translation>Tau rov qab los ntawm tsab %1: yuav hla tsab no mus txog thaum muaj ib tsab tshiab dua tso tawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="113" />
        <source>Last check: %1</source>
        <translation>Zaum kawg kuaj: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="116" />
        <source>never</source>
        <translation>tsis tau muaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119" />
        <source>Source: %1</source>
        <translation>Qhov chaw: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119" />
        <source>none yet</source>
        <translation>tseem tsis tau muaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="127" />
        <source>Sync is off: the configuration names no source or no trusted key.</source>
        <translation>Sync raug kaw lawm: cov kev teeb tsa (configuration) tsis muaj qhov chaw los sis tus yuam sij uas ntseeg tau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="133" />
        <source>A check is already running.</source>
        <translation>Twb muaj ib qho kev kuaj tab tom ua lawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="141" />
        <source>Checking for a newer catalog…</source>
        <translation>Tab tom nrhiav ib phau catalog tshiab dua…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="147" />
        <source>Installed. Students see it when this panel is closed.</source>
        <translation>Nruab tiav lawm. Cov tub ntxhais kawm ntawv yuav pom thaum kaw nplooj no.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="148" />
        <source>Already up to date.</source>
        <translation>Twb yog tsab tshiab tshaj lawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="149" />
        <source>Not installed; the current catalog is untouched.</source>
        <translation>Tsis tau nruab; phau catalog tam sim no tsis raug hloov.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="159" />
        <source>Not rolled back: %1</source>
        <translation>Rov qab tsis tau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="162" />
        <source>Now on version %1. Version %2 is skipped until a newer one is published.</source>
        <translation>Tam sim no siv tsab %1. Yuav hla tsab %2 mus txog thaum muaj ib tsab tshiab dua tso tawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="177" />
        <source>No published catalog found on a USB drive. Copy the folder kiosk-admin publish wrote onto the drive, plug it in, then look again.</source>
        <translation>Tsis pom phau catalog twg uas tau tso tawm nyob hauv lub USB. Luam lub folder uas kiosk-admin publish tau sau rau hauv lub USB, ntsaws lub USB rau, ces nrhiav dua.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="182" />
        <source>Tap the catalog to install:</source>
        <translation>Nias phau catalog uas koj xav nruab:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="185" />
        <source>Version %1 from %2</source>
        <translation>Tsab %1 los ntawm %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="195" />
        <source>Cannot import: no trusted key is configured, or a check is running.</source>
        <translation>Import tsis tau: tsis tau teeb tsa tus yuam sij uas ntseeg tau, los sis muaj ib qho kev kuaj tab tom ua.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="205" />
        <source>Last %1 days: students %2, quizzes finished %3, slips printed %4.</source>
        <translation>%1 hnub dhau los: tub ntxhais kawm ntawv %2, kev xeem ua tiav %3, daim ntawv luam tawm %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="212" />
        <source>Most opened: %1</source>
        <translation>Qhib ntau tshaj: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="225" />
        <source>A test page went to the default printer.</source>
        <translation>Tau xa ib nplooj ntawv sim mus rau lub tshuab luam ntawv ib txwm siv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="236" />
        <source>Tap again to confirm</source>
        <translation>Nias dua ib zaug kom paub tseeb</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="242" />
        <source>Restart</source>
        <translation>Qhib dua</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="243" />
        <source>Exit kiosk</source>
        <translation>Tawm ntawm kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="247" />
        <source>none</source>
        <translation>tsis muaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="250" />
        <source>version %1, built %2</source>
        <translation>tsab %1, ua rau %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="255" />
        <source>(the sample catalog)</source>
        <translation>(phau catalog qauv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="258" />
        <source>Careers' pay: %1</source>
        <translation>Nyiaj hli ntawm cov hauj lwm: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="260" />
        <source>Careers' pay: none from BLS</source>
        <translation>Nyiaj hli ntawm cov hauj lwm: tsis muaj los ntawm BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="264" />
        <source>Staff panel</source>
        <translation>Nplooj ntawv rau neeg ua hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="265" />
        <source>Lock and return</source>
        <translation>Xauv thiab rov qab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="266" />
        <source>Catalog</source>
        <translation>Phau catalog</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="267" />
        <source>Sync now</source>
        <translation>Sync tam sim no</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="268" />
        <source>Roll back</source>
        <translation>Rov qab siv tsab qub</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="269" />
        <source>Import from a USB drive</source>
        <translation>Import los ntawm lub USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="270" />
        <source>Look for a USB drive</source>
        <translation>Nrhiav lub USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="271" />
        <source>Usage</source>
        <translation>Kev siv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="272" />
        <source>This kiosk</source>
        <translation>Lub kiosk no</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="273" />
        <source>Test print</source>
        <translation>Luam ntawv sim</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="20" />
        <source>Doer</source>
        <translation>Neeg nyiam siv tes ua</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="21" />
        <source>You like hands-on work with tools, machines, plants or animals.</source>
        <translation>Koj nyiam siv tes ua hauj lwm nrog cov cuab yeej, tshuab, nroj tsuag los sis tsiaj.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="26" />
        <source>Thinker</source>
        <translation>Neeg nyiam xav</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="27" />
        <source>You like figuring out how things work and solving puzzles.</source>
        <translation>Koj nyiam tshawb kom paub tej yam ua hauj lwm li cas thiab nyiam daws tej teeb meem nyuaj.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="32" />
        <source>Creator</source>
        <translation>Neeg nyiam tsim</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="33" />
        <source>You like making art, music, stories, designs and new ideas.</source>
        <translation>Koj nyiam tsim duab kos, suab paj nruag, dab neeg, tej qauv tsim thiab tej tswv yim tshiab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="38" />
        <source>Helper</source>
        <translation>Neeg nyiam pab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="39" />
        <source>You like helping, teaching and taking care of people.</source>
        <translation>Koj nyiam pab, qhia thiab saib xyuas tib neeg.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="44" />
        <source>Persuader</source>
        <translation>Neeg nyiam coj</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="45" />
        <source>You like leading, selling and starting new projects.</source>
        <translation>Koj nyiam ua tus coj, muag khoom thiab pib tej hauj lwm tshiab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="50" />
        <source>Organizer</source>
        <translation>Neeg nyiam teeb tsa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="51" />
        <source>You like keeping things in order, with clear steps and numbers.</source>
        <translation>Koj nyiam teeb tsa tej yam kom zoo, muaj cov kauj ruam meej thiab cov lej.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="85" />
        <source>Free career classes at your school</source>
        <translation>Chav kawm txog hauj lwm pub dawb hauv koj lub tsev kawm ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="190" />
        <source>Touch the screen to explore career classes</source>
        <translation>Kov lub vijtsam los tshawb nrhiav cov chav kawm txog hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="191" />
        <source>Start</source>
        <translation>Pib</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="192" />
        <source>Start exploring</source>
        <translation>Pib tshawb nrhiav</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="59" />
        <source>Career pathways</source>
        <translation>Cov kev kawm txog hauj lwm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/browse.py" line="76" />
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n chav kawm</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="54" />
        <source>Catalog</source>
        <translation>Phau ntawv teev chav kawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="55" />
        <source>&amp;Open workbook...</source>
        <translation>&amp;Qhib phau ntawv...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="57" />
        <source>Open CSV &amp;folder...</source>
        <translation>Qhib &amp;nplaub tshev CSV...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="58" />
        <source>Open in &amp;Excel</source>
        <translation>Qhib hauv &amp;Excel</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="59" />
        <source>Check &amp;again</source>
        <translation>&amp;Kuaj dua</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="67" />
        <source>Workbook</source>
        <translation>Phau ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="70" />
        <source>&amp;Problems</source>
        <translation>Teeb &amp;meem</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="71" />
        <source>P&amp;ublish</source>
        <translation>&amp;Tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="91" />
        <source>Checking</source>
        <translation>Tab tom kuaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="101" />
        <source>Result of the check</source>
        <translation>Qhov kuaj tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="102" />
        <source>Why the workbook cannot be checked</source>
        <translation>Vim li cas kuaj tsis tau phau ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="111" />
        <source>Problems</source>
        <translation>Teeb meem</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="132" />
        <source>Open a catalog workbook</source>
        <translation>Qhib ib phau ntawv teev chav kawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="134" />
        <source>Catalog workbooks (*.xlsx *.xlsm);;CSV sheets, opens their folder (*.csv)</source>
        <translation>Phau ntawv teev chav kawm (*.xlsx *.xlsm);;Nplooj CSV, qhib lawv lub nplaub tshev (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="141" />
        <source>Open a folder of CSV sheets</source>
        <translation>Qhib ib lub nplaub tshev nplooj CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="168" />
        <source>Open a workbook (.xlsx) or a folder of CSV sheets, or drop one here.</source>
        <translation>Qhib ib phau ntawv (.xlsx) los yog ib lub nplaub tshev nplooj CSV, los yog muab ib qho tso rau ntawm no.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="170" />
        <source>No workbook open</source>
        <translation>Tsis tau qhib phau ntawv twg</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="175" />
        <source>%1 - Catalog</source>
        <translation>%1 - Phau ntawv teev chav kawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="190" />
        <source>Checking %1...</source>
        <translation>Tab tom kuaj %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="200" />
        <source>Something went wrong in the check itself; it is in the log file.</source>
        <translation>Muaj ib yam tsis zoo hauv qhov kuaj nws tus kheej; nws sau cia hauv daim ntawv log.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="206" />
        <source>This workbook cannot be checked</source>
        <translation>Phau ntawv no kuaj tsis tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="208" />
        <source>No problems: ready to publish</source>
        <translation>Tsis muaj teeb meem: npaj txhij tshaj tawm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="209" />
        <source>%n warning(s)</source>
        <translation><numerusform>%n qhov ceeb toom</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="211" />
        <source>%1: ready to publish</source>
        <translation>%1: npaj txhij tshaj tawm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="212" />
        <source>%n error(s)</source>
        <translation><numerusform>%n qhov yuam kev</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="213" />
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="20" />
        <location filename="../../kiosk/catalogapp/changesview.py" line="22" />
        <source>What changes</source>
        <translation>Yam uas hloov</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="23" />
        <source>&amp;Details:</source>
        <translation>C&amp;ov ntsiab lus:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="28" />
        <source>Every change</source>
        <translation>Txhua yam uas hloov</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="37" />
        <source>Comparing with what is published in %1...</source>
        <translation>Tab tom muab piv rau yam uas tau tshaj tawm hauv %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="47" />
        <source>Something went wrong in the comparison itself; it is in the log file.</source>
        <translation>Muaj ib yam tsis zoo hauv qhov muab piv nws tus kheej; nws sau cia hauv daim ntawv log.</translation>
    </message>
</context>
<context>
    <name>CounselorScreen</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="65" />
        <location filename="../../kiosk/ui/screens/counselor.py" line="172" />
        <source>To sign up, talk to your high-school counselor</source>
        <translation>Yog xav sau npe, nrog koj tus kws pab tswv yim hauv tsev kawm ntawv theem siab tham</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="90" />
        <source>See your counselor</source>
        <translation>Mus cuag koj tus kws pab tswv yim</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="110" />
        <source>Picked from your filter. Tap another school to change it.</source>
        <translation>Xaiv los ntawm koj cov kev xaiv. Nias lwm lub tsev kawm ntawv yog koj xav hloov.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="127" />
        <source>Your list is empty. You can still talk to your counselor about any class.</source>
        <translation>Koj daim npe tseem tsis muaj dab tsi. Koj tseem nrog tau koj tus kws pab tswv yim tham txog txhua chav kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="136" />
        <source>Add a class to your list to print it.</source>
        <translation>Ntxiv ib chav kawm rau hauv koj daim npe ces mam luam tau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="157" />
        <source>Printing. Take your slip from the printer and give it to your counselor.</source>
        <translation>Tab tom luam. Nqa koj daim ntawv ntawm lub tshuab luam ntawv mus muab rau koj tus kws pab tswv yim.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="175" />
        <source>Counselors help you fit these classes into your schedule. Show them your list, your printed slip or the code on this screen.</source>
        <translation>Cov kws pab tswv yim pab koj muab cov chav kawm no ntxig rau hauv koj lub sij hawm kawm. Qhia lawv saib koj daim npe, koj daim ntawv luam tawm los sis tus code ntawm lub vijtsam no.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="179" />
        <source>Which school do you go to?</source>
        <translation>Koj kawm ntawv hauv lub tsev kawm ntawv twg?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="180" />
        <source>My list</source>
        <translation>Kuv daim npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="181" />
        <source>Scan with a phone to keep your list</source>
        <translation>Siv xov tooj scan kom khaws tau koj daim npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="182" />
        <source>Print my slip</source>
        <translation>Luam kuv daim ntawv</translation>
    </message>
</context>
<context>
    <name>CourseColumn</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/courses.py" line="240" />
        <source>Show %n more</source>
        <translation>
            <numerusform>Saib %n ntxiv</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="39" />
        <location filename="../../kiosk/ui/screens/course.py" line="182" />
        <source>Tuition-free</source>
        <translation>Tsis them nqi kawm ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="40" />
        <location filename="../../kiosk/ui/screens/course.py" line="92" />
        <source>College credit</source>
        <translation>Qhab nia college</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="41" />
        <location filename="../../kiosk/ui/screens/course.py" line="93" />
        <location filename="../../kiosk/ui/screens/course.py" line="133" />
        <source>Paid work experience</source>
        <translation>Kev ua hauj lwm tau nyiaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="42" />
        <location filename="../../kiosk/ui/screens/course.py" line="108" />
        <source>What you will do</source>
        <translation>Yam koj yuav ua</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="43" />
        <location filename="../../kiosk/ui/screens/course.py" line="116" />
        <source>Who can take it</source>
        <translation>Leej twg kawm tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="44" />
        <location filename="../../kiosk/ui/screens/course.py" line="110" />
        <source>Grade %1</source>
        <translation>Qib %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="45" />
        <location filename="../../kiosk/ui/screens/course.py" line="112" />
        <source>Grades %1 to %2</source>
        <translation>Qib %1 txog %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="46" />
        <location filename="../../kiosk/ui/screens/course.py" line="117" />
        <source>Take this first</source>
        <translation>Kawm qhov no ua ntej</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="47" />
        <location filename="../../kiosk/ui/screens/course.py" line="122" />
        <source>Where and when</source>
        <translation>Qhov twg thiab thaum twg</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="48" />
        <location filename="../../kiosk/ui/screens/course.py" line="130" />
        <source>Credits</source>
        <translation>Qhab nia</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="49" />
        <location filename="../../kiosk/ui/screens/course.py" line="35" />
        <source>%1 high-school credits</source>
        <translation>%1 qhab nia tsev kawm ntawv theem siab</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="50" />
        <location filename="../../kiosk/ui/screens/course.py" line="124" />
        <source>You can earn college credit with %1.</source>
        <translation>Koj muaj peev xwm khwv tau qhab nia college nrog %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="51" />
        <location filename="../../kiosk/ui/screens/course.py" line="126" />
        <source>You can earn college credit.</source>
        <translation>Koj muaj peev xwm khwv tau qhab nia college.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="52" />
        <location filename="../../kiosk/ui/screens/course.py" line="135" />
        <source>Once you reach a certain skill level, you may be able to work and get paid through Cooperative Vocational Education (CVE).</source>
        <translation>Thaum koj txawj txog ib theem twg lawm, tej zaum koj yuav tau ua hauj lwm thiab tau nyiaj them los ntawm Cooperative Vocational Education (CVE), ib qho kev kawm uas koom tes nrog cov chaw ua hauj lwm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="57" />
        <location filename="../../kiosk/ui/screens/course.py" line="139" />
        <source>Industry certifications</source>
        <translation>Cov ntawv pov thawj txuj ci ua hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="58" />
        <location filename="../../kiosk/ui/screens/course.py" line="142" />
        <source>Careers it can lead to</source>
        <translation>Cov hauj lwm uas chav kawm no pab koj mus txog</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="59" />
        <location filename="../../kiosk/ui/screens/course.py" line="155" />
        <source>Typical education: %1</source>
        <translation>Kev kawm feem ntau xav tau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171" />
        <source>In my list</source>
        <translation>Nyob hauv kuv daim npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171" />
        <source>Add to my list</source>
        <translation>Ntxiv rau kuv daim npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="183" />
        <source>How do I sign up?</source>
        <translation>Kuv yuav sau npe li cas?</translation>
    </message>
</context>
<context>
    <name>DisplayChooser</name>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="57" />
        <source>Text size and contrast</source>
        <translation>Qhov loj ntawm cov ntawv thiab xim sib txawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="58" />
        <source>Text size</source>
        <translation>Qhov loj ntawm cov ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="59" />
        <source>High contrast</source>
        <translation>Xim sib txawv heev</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="61" />
        <source>Text size %1 percent</source>
        <translation>Qhov loj ntawm cov ntawv %1 feem pua</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="78" />
        <source>No class here matches all of these filters. Turn one off, or show every class.</source>
        <translation>Tsis muaj chav kawm twg nyob ntawm no haum tag nrho cov kev xaiv no. Muab ib qho tua, los sis qhia txhua chav kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="107" />
        <source>Which school?</source>
        <translation>Lub tsev kawm ntawv twg?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="119" />
        <source>Show only:</source>
        <translation>Tsuas qhia:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="121" />
        <source>My school</source>
        <translation>Kuv lub tsev kawm ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="122" />
        <source>Summer</source>
        <translation>Lub caij ntuj sov</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="123" />
        <source>College credit</source>
        <translation>Qhab nia college</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="124" />
        <source>Paid work experience</source>
        <translation>Kev ua hauj lwm tau nyiaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="125" />
        <source>Show every class</source>
        <translation>Qhia txhua chav kawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="126" />
        <source>Clear the filters and show every class</source>
        <translation>Muab cov kev xaiv tshem thiab qhia txhua chav kawm</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="48" />
        <source>Career classes</source>
        <translation>Chav kawm txog hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="51" />
        <source>Find a career class you will love</source>
        <translation>Nrhiav ib chav kawm txog hauj lwm uas koj yuav nyiam heev</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="52" />
        <source>Tuition-free</source>
        <translation>Tsis them nqi kawm ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="55" />
        <source>Career Technical Education (ROP/CTE) classes are open to every high-school student. Pick a way to explore:</source>
        <translation>Cov chav kawm Kev Kawm Txuj Ci Ua Hauj Lwm (ROP/CTE) qhib rau txhua tus tub ntxhais kawm ntawv theem siab. Xaiv ib txoj kev los tshawb nrhiav:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="60" />
        <source>Explore by what you like</source>
        <translation>Tshawb nrhiav raws li yam koj nyiam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="61" />
        <source>Take a quick quiz</source>
        <translation>Ua ib qho kev xeem luv luv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="62" />
        <source>Browse career pathways</source>
        <translation>Saib cov kev kawm txog hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="63" />
        <source>Search</source>
        <translation>Nrhiav</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="64" />
        <source>About ROP/CTE</source>
        <translation>Txog ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="65" />
        <source>My list (%1)</source>
        <translation>Kuv daim npe (%1)</translation>
    </message>
</context>
<context>
    <name>InterestsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="42" />
        <source>Explore by what you like</source>
        <translation>Tshawb nrhiav raws li yam koj nyiam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="71" />
        <source>Pathways for you</source>
        <translation>Cov kev kawm rau koj</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="75" />
        <source>Tap one or more things you like. Pathways that match appear here.</source>
        <translation>Nias ib yam los sis ntau yam uas koj nyiam. Cov kev kawm uas haum koj yuav tshwm ntawm no.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="80" />
        <source>Why it matches:</source>
        <translation>Vim li cas nws haum koj:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="81" />
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>Cov kev kawm no kuj haum thiab, tiam sis tseem tsis tau muaj chav kawm nyob ntawm no:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="98" />
        <source>I like...</source>
        <translation>Kuv nyiam...</translation>
    </message>
</context>
<context>
    <name>KeySetupDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="34" />
        <source>Catalog signing key</source>
        <translation>Tus yuam sij kos npe phau catalog</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="47" />
        <source>First, a signing key</source>
        <translation>Ua ntej, ib tus yuam sij kos npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="52" />
        <source>Kiosks install only catalogs signed with a key they trust. This computer has no signing key yet. Create one now: it is made once, kept in %1, and every catalog you publish is signed with it.</source>
        <translation>Cov kiosk tsuas nruab cov phau catalog uas kos npe nrog tus yuam sij lawv ntseeg xwb. Lub computer no tseem tsis tau muaj tus yuam sij kos npe. Ua ib tus tam sim no: nws ua ib zaug xwb, muab khaws cia rau hauv %1, thiab txhua phau catalog koj tshaj tawm yuav kos npe nrog nws.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="60" />
        <source>Why the key was not made</source>
        <translation>Vim li cas tsis tau ua tus yuam sij</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="62" />
        <source>&amp;Create key</source>
        <translation>&amp;Ua tus yuam sij</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="64" />
        <source>&amp;Not now</source>
        <translation>&amp;Tsis yog tam sim no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="69" />
        <source>Your signing key</source>
        <translation>Koj tus yuam sij kos npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="73" />
        <source>Give IT this public key line, for [sync] trusted_keys in the kiosk configuration. It is not secret.</source>
        <translation>Muab kab tus yuam sij pej xeem no rau IT, rau [sync] trusted_keys hauv kev teeb tsa kiosk. Nws tsis yog zais cia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="80" />
        <source>Public key line</source>
        <translation>Kab tus yuam sij pej xeem</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="82" />
        <source>C&amp;opy</source>
        <translation>&amp;Luam</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="87" />
        <source>Keeping the private key safe</source>
        <translation>Khaws tus yuam sij ntiag tug kom zoo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="88" />
        <source>&amp;Close</source>
        <translation>&amp;Kaw</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="118" />
        <source>something went wrong; it is in the log file</source>
        <translation>muaj ib yam tsis zoo; nws sau cia hauv daim ntawv log</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="125" />
        <source>The key was not made: %1</source>
        <translation>Tsis tau ua tus yuam sij: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="134" />
        <source>Back up the private key now, to a place only you can open (such as a USB stick kept locked away). It is this file:
%1

Keep it secret: anyone who has it can publish catalogs your kiosks install. If it is lost, IT must trust a new key on every kiosk before you can publish again.</source>
        <translation>Theej tus yuam sij ntiag tug cia tam sim no, rau ib qho chaw uas tsuas yog koj thiaj qhib tau (xws li ib lub USB uas xauv cia). Nws yog daim ntawv no:
%1

Khaws kom zais cia: leej twg muaj nws yeej tshaj tawm tau cov phau catalog uas koj cov kiosk yuav nruab. Yog nws ploj lawm, IT yuav tsum ntseeg ib tus yuam sij tshiab rau txhua lub kiosk ua ntej koj thiaj tshaj tawm tau dua.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="77" />
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="81" />
        <source>Space</source>
        <translation>Chaw khoob</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="78" />
        <source>Delete</source>
        <translation>Rho tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="79" />
        <source>Clear</source>
        <translation>Lwv tag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="80" />
        <source>Hide</source>
        <translation>Muab zais</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="82" />
        <source>Delete the last letter</source>
        <translation>Rho tus ntawv kawg tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="83" />
        <source>Clear the search</source>
        <translation>Lwv cov lus nrhiav tag</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="84" />
        <source>Hide the keyboard</source>
        <translation>Muab lub keyboard zais</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="128" />
        <source>Career Kiosk (preview)</source>
        <translation>Kiosk Hauj Lwm (saib ua ntej)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186" />
        <source>Career Kiosk: %1</source>
        <translation>Kiosk Hauj Lwm: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186" />
        <source>Career Kiosk</source>
        <translation>Kiosk Hauj Lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="275" />
        <source>No staff PIN is set, so this kiosk runs as a preview and is not locked down. IT: run kiosk-admin set-pin on this computer, then restart the kiosk.</source>
        <translation>Tsis tau teeb tsa PIN rau neeg ua hauj lwm, yog li lub kiosk no khiav ua qauv saib ua ntej thiab tsis tau xauv. IT: khiav kiosk-admin set-pin rau ntawm lub computer no, ces qhib lub kiosk dua.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/overlays/language_picker.py" line="43" />
        <source>Choose your language</source>
        <translation>Xaiv koj hom lus</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="62" />
        <location filename="../../kiosk/ui/widgets/courses.py" line="46" />
        <source>Introductory</source>
        <translation>Theem pib</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="63" />
        <location filename="../../kiosk/ui/widgets/courses.py" line="47" />
        <source>Concentrator</source>
        <translation>Theem nrab</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="64" />
        <location filename="../../kiosk/ui/widgets/courses.py" line="48" />
        <source>Capstone</source>
        <translation>Theem kawg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="57" />
        <source>A first class in a pathway. You explore the field and start learning.</source>
        <translation>Chav kawm thawj zaug hauv ib txoj kev kawm txog hauj lwm. Koj tshawb nrhiav txoj hauj lwm ntawd thiab pib kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="61" />
        <source>A next class in a pathway. It builds on what you learned in a first class.</source>
        <translation>Chav kawm tom ntej hauv ib txoj kev kawm txog hauj lwm. Nws txuas ntxiv ntawm qhov koj kawm tau hauv chav kawm thawj zaug.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="66" />
        <source>The last class in a pathway. It gets you ready for a job or for college.</source>
        <translation>Chav kawm kawg hauv ib txoj kev kawm txog hauj lwm. Nws pab koj npaj txhij rau ib txoj hauj lwm los sis rau kev kawm qib siab (college).</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="77" />
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="68" />
        <source>Counselors help you fit these classes into your schedule. Show them this list.</source>
        <translation>Cov kws pab tswv yim pab koj muab cov chav kawm no tso rau hauv koj daim sij hawm kawm ntawv. Qhia daim ntawv teev no rau lawv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="86" />
        <source>Your list is only in this page's address. It is not sent to the server, and nothing about you is kept.</source>
        <translation>Koj daim ntawv teev tsuas nyob hauv nplooj ntawv no qhov chaw nyob (address) xwb. Nws tsis raug xa mus rau lub server, thiab tsis muaj dab tsi txog koj raug khaws cia.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="91" />
        <source>Language</source>
        <translation>Lus</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="92" />
        <source>Print this list</source>
        <translation>Luam daim ntawv teev no</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="93" />
        <source>Loading your list…</source>
        <translation>Tab tom qhib koj daim ntawv teev…</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="94" />
        <source>Your list could not be loaded. Check your connection and try again.</source>
        <translation>Qhib tsis tau koj daim ntawv teev. Saib koj qhov kev sib txuas (connection) thiab sim dua.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="97" />
        <source>Try again</source>
        <translation>Sim dua</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="98" />
        <source>%1 is not in the course catalog any more. Ask your counselor about it.</source>
        <comment>%1 is a course code</comment>
        <translation>%1 tsis nyob hauv phau ntawv teev chav kawm lawm. Nug koj tus kws pab tswv yim txog nws.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="103" />
        <source>This list has no classes.</source>
        <translation>Daim ntawv teev no tsis muaj chav kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="104" />
        <source>Class code: %1</source>
        <translation>Tus lej chav kawm: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="105" />
        <source>Your school: %1</source>
        <translation>Koj lub tsev kawm ntawv: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="106" />
        <source>Any high-school counselor in the district can help you sign up.</source>
        <translation>Txhua tus kws pab tswv yim hauv tsev kawm ntawv theem siab hauv lub district pab tau koj sau npe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="109" />
        <source>Pay figures: %1</source>
        <translation>Cov nyiaj hli: %1</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="46" />
        <source>My list</source>
        <translation>Kuv daim npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="98" />
        <source>Remove</source>
        <translation>Tshem tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="99" />
        <source>Remove %1 from my list</source>
        <translation>Tshem %1 tawm ntawm kuv daim npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="108" />
        <source>Your list is empty. When you find a class you like, tap “Add to my list”.</source>
        <translation>Koj daim npe tseem tsis muaj dab tsi. Thaum koj nrhiav tau ib chav kawm uas koj nyiam, nias “Ntxiv rau kuv daim npe”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="114" />
        <source>Classes I like</source>
        <translation>Cov chav kawm kuv nyiam</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="115" />
        <source>See your counselor</source>
        <translation>Mus cuag koj tus kws pab tswv yim</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="116" />
        <source>Start over</source>
        <translation>Pib dua tshiab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="117" />
        <source>Start over and clear everything</source>
        <translation>Pib dua tshiab thiab lwv txhua yam tag</translation>
    </message>
</context>
<context>
    <name>NewWorkbook</name>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="33" />
        <source>Save a new catalog workbook</source>
        <translation>Txuag ib phau ntawv teev chav kawm tshiab</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="35" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Phau ntawv Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="44" />
        <source>%1 was not written: a new workbook must be an .xlsx file.</source>
        <translation>Tsis tau sau %1: phau ntawv tshiab yuav tsum yog ib daim ntawv .xlsx.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="55" />
        <source>%1 could not be written: %2</source>
        <translation>Sau tsis tau %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="60" />
        <source>%1 is a new workbook: fill it in with Open in Excel.</source>
        <translation>%1 yog ib phau ntawv tshiab: sau nws nrog Qhib hauv Excel.</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../kiosk/ui/screens/out_of_service.py" line="42" />
        <source>For staff: reference %1 (the details are in the kiosk log)</source>
        <translation>Rau neeg ua hauj lwm: tus lej %1 (cov ntsiab lus nyob hauv daim ntawv log ntawm lub kiosk)</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../../kiosk/ui/overlays/base.py" line="99" />
        <source>Close</source>
        <translation>Kaw</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="55" />
        <source>%1 dollars</source>
        <translation>%1 duas</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="64" />
        <location filename="../../kiosk/sync/pagewords.py" line="74" />
        <source>%1 or more</source>
        <translation>%1 lossis ntau dua</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="69" />
        <location filename="../../kiosk/sync/pagewords.py" line="73" />
        <source>%1 an hour</source>
        <translation>%1 ib teev</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="71" />
        <location filename="../../kiosk/sync/pagewords.py" line="72" />
        <source>%1 a year</source>
        <translation>%1 ib xyoos</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="87" />
        <location filename="../../kiosk/sync/pagewords.py" line="75" />
        <source>Middle pay in the %1 area: %2</source>
        <translation>Nyiaj hli nruab nrab hauv cheeb tsam %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="93" />
        <location filename="../../kiosk/sync/pagewords.py" line="76" />
        <source>Middle pay in %1 (state figure): %2</source>
        <translation>Nyiaj hli nruab nrab hauv %1 (tus lej ntawm lub xeev): %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="99" />
        <location filename="../../kiosk/sync/pagewords.py" line="77" />
        <source>Middle pay in the United States (national figure): %1</source>
        <translation>Nyiaj hli nruab nrab hauv Teb Chaws Meskas (tus lej thoob teb chaws): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="104" />
        <location filename="../../kiosk/sync/pagewords.py" line="78" />
        <source>Typical pay: %1</source>
        <translation>Nyiaj hli feem ntau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="110" />
        <location filename="../../kiosk/sync/pagewords.py" line="79" />
        <source>Half of workers earn between %1 and %2.</source>
        <translation>Ib nrab ntawm cov neeg ua hauj lwm khwv tau ntawm %1 txog %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="118" />
        <location filename="../../kiosk/sync/pagewords.py" line="82" />
        <source>Source: %1</source>
        <translation>Qhov chaw los: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="127" />
        <location filename="../../kiosk/sync/pagewords.py" line="83" />
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="136" />
        <source>Middle pay: %1 (state figure)</source>
        <translation>Nyiaj hli nruab nrab: %1 (tus lej ntawm lub xeev)</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="137" />
        <source>Middle pay: %1 (national figure)</source>
        <translation>Nyiaj hli nruab nrab: %1 (tus lej thoob teb chaws)</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="138" />
        <source>Middle pay: %1</source>
        <translation>Nyiaj hli nruab nrab: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="149" />
        <source>Middle pay of its careers: %1</source>
        <translation>Nyiaj hli nruab nrab ntawm nws cov hauj lwm: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="152" />
        <source>Middle pay of its careers: %1 to %2 a year</source>
        <translation>Nyiaj hli nruab nrab ntawm nws cov hauj lwm: %1 txog %2 ib xyoos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="158" />
        <location filename="../../kiosk/sync/pagewords.py" line="80" />
        <source>%n job(s) here</source>
        <translation><numerusform>%n txoj hauj lwm ntawm no</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="160" />
        <location filename="../../kiosk/sync/pagewords.py" line="81" />
        <source>%n job(s) in the state</source>
        <translation><numerusform>%n txoj hauj lwm hauv lub xeev</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="174" />
        <location filename="../../kiosk/sync/pagewords.py" line="84" />
        <source>May %1</source>
        <translation>Lub Tsib Hlis %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="147" />
        <source>Wrong PIN. %n more wrong PIN(s) will lock the keypad for 5 minutes.</source>
        <translation>
            <numerusform>PIN tsis raug. Yog nias PIN tsis raug %n zaus ntxiv, lub keypad yuav raug xauv 5 feeb.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="172" />
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="200" />
        <source>You can try again now.</source>
        <translation>Tam sim no koj sim dua tau lawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="180" />
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>Nias PIN tsis raug ntau zaus dhau lawm. Sim dua hauv %1:%2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="204" />
        <source>Staff PIN</source>
        <translation>PIN rau neeg ua hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="205" />
        <source>Cancel</source>
        <translation>Tso tseg</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="206" />
        <source>Delete</source>
        <translation>Rho tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="207" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Previewer</name>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="64" />
        <source>Building the preview of %1...</source>
        <translation>Tab tom npaj qhov saib ua ntej ntawm %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="72" />
        <source>Something went wrong building the preview; it is in the log file.</source>
        <translation>Muaj ib yam tsis zoo thaum npaj qhov saib ua ntej; nws sau cia hauv daim ntawv log.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/preview.py" line="77" />
        <source>The workbook has %n error(s), so it cannot be previewed yet: fix them (see Problems), then try again.</source>
        <translation><numerusform>Phau ntawv muaj %n qhov yuam kev, yog li tseem saib ua ntej tsis tau: kho lawv (saib Teeb meem), ces sim dua.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="85" />
        <source>The workbook cannot be previewed: %1</source>
        <translation>Phau ntawv saib ua ntej tsis tau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="106" />
        <source>The kiosk opens in its own window, as a student sees it.</source>
        <translation>Lub kiosk qhib hauv nws lub qhov rai, ib yam li tub ntxhais kawm ntawv pom.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="117" />
        <source>The kiosk could not be started: %1. The details are in the log file.</source>
        <translation>Pib tsis tau lub kiosk: %1. Cov ntsiab lus nyob hauv daim ntawv log.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="134" />
        <source>The preview kiosk stopped with a problem; it is in the log file.</source>
        <translation>Lub kiosk saib ua ntej nres vim muaj teeb meem; nws sau cia hauv daim ntawv log.</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="40" />
        <source>Severity</source>
        <translation>Qib</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="41" />
        <source>Sheet</source>
        <translation>Nplooj</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="42" />
        <source>Row</source>
        <translation>Kab</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="43" />
        <source>Column</source>
        <translation>Kem</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="44" />
        <source>What is wrong</source>
        <translation>Yam tsis yog</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="45" />
        <source>What is expected</source>
        <translation>Yam yuav tsum muaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="117" />
        <source>Warning</source>
        <translation>Ceeb toom</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="118" />
        <source>Error</source>
        <translation>Yuam kev</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="20" />
        <source>"{cell}" is not a valid code</source>
        <translation>"{cell}" tsis yog ib tug code siv tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="21" />
        <source>expected up to {max} letters, digits, '.', '-' or '_'</source>
        <translation>yuav tsum yog tsis pub dhau {max} tus ntawv, tus lej, '.', '-' los yog '_'</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="24" />
        <source>"{cell}" is not a number</source>
        <translation>"{cell}" tsis yog ib tug lej</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="25" />
        <source>"{cell}" is not a whole number</source>
        <translation>"{cell}" tsis yog ib tug lej tag</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="28" />
        <source>{cell} is out of range</source>
        <translation>{cell} tsis nyob hauv qhov ntau thiab tsawg uas siv tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="29" />
        <source>expected a whole number</source>
        <translation>yuav tsum yog ib tug lej tag</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="30" />
        <source>expected a whole number from {low} to {high}</source>
        <translation>yuav tsum yog ib tug lej tag txij {low} txog {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="33" />
        <source>expected a number</source>
        <translation>yuav tsum yog ib tug lej</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="34" />
        <source>expected a number from {low} to {high}</source>
        <translation>yuav tsum yog ib tug lej txij {low} txog {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="37" />
        <source>expected a whole number, written like 52000, 52,000 or $52,000.00</source>
        <translation>yuav tsum yog ib tug lej tag, sau zoo li 52000, 52,000 los yog $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="40" />
        <source>expected a whole number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>yuav tsum yog ib tug lej tag txij {low} txog {high}, sau zoo li 52000, 52,000 los yog $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="45" />
        <source>expected a number, written like 52000, 52,000 or $52,000.00</source>
        <translation>yuav tsum yog ib tug lej, sau zoo li 52000, 52,000 los yog $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="48" />
        <source>expected a number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>yuav tsum yog ib tug lej txij {low} txog {high}, sau zoo li 52000, 52,000 los yog $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="52" />
        <source>expected a whole number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>yuav tsum yog ib tug lej tag, sau zoo li 7.5 los yog 1,200: siv lub cim . rau cov lej tom qab, thiab siv cim , tsuas yog cais cov txhiab xwb</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="57" />
        <source>expected a whole number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>yuav tsum yog ib tug lej tag txij {low} txog {high}, sau zoo li 7.5 los yog 1,200: siv lub cim . rau cov lej tom qab, thiab siv cim , tsuas yog cais cov txhiab xwb</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="62" />
        <source>expected a number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>yuav tsum yog ib tug lej, sau zoo li 7.5 los yog 1,200: siv lub cim . rau cov lej tom qab, thiab siv cim , tsuas yog cais cov txhiab xwb</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="67" />
        <source>expected a number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>yuav tsum yog ib tug lej txij {low} txog {high}, sau zoo li 7.5 los yog 1,200: siv lub cim . rau cov lej tom qab, thiab siv cim , tsuas yog cais cov txhiab xwb</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="72" />
        <source>"{cell}" is not yes or no</source>
        <translation>"{cell}" tsis yog yes los yog no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="73" />
        <source>expected yes or no</source>
        <translation>yuav tsum yog yes los yog no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="80" />
        <source>"{cell}" is not a valid {column}</source>
        <translation>"{cell}" tsis yog ib qho siv tau rau {column}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="83" />
        <source>expected one of: {choices}</source>
        <translation>yuav tsum yog ib qho ntawm: {choices}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="84" />
        <source>"{part}" has a weight that is not a number from {low} to {high}</source>
        <translation>"{part}" muaj ib qho hnyav (weight) uas tsis yog ib tug lej txij {low} txog {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="87" />
        <source>"{part}" has a weight that is not a number</source>
        <translation>"{part}" muaj ib qho hnyav (weight) uas tsis yog ib tug lej</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="90" />
        <source>expected CODE or CODE:weight, e.g. AG-AS:3</source>
        <translation>yuav tsum yog CODE los yog CODE:weight, piv txwv AG-AS:3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="93" />
        <source>"{cell}" is not a valid set of interest areas</source>
        <translation>"{cell}" tsis yog ib pawg cheeb tsam kev nyiam siv tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="96" />
        <source>expected up to {max} different letters from R I A S E C</source>
        <translation>yuav tsum yog tsis pub dhau {max} tus ntawv sib txawv ntawm R I A S E C</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="99" />
        <source>"{cell}" is not an occupation code</source>
        <translation>"{cell}" tsis yog ib tug code hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="102" />
        <source>expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00</source>
        <translation>yuav tsum yog ib tug code SOC zoo li 29-1141 los yog ib tug code O*NET-SOC zoo li 29-1141.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="111" />
        <source>the cell shows the Excel error {error}</source>
        <translation>lub cell qhia qhov yuam kev Excel {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="114" />
        <source>expected a value: fix the formula, or type the value</source>
        <translation>yuav tsum muaj ib tus nqi: kho tus formula, los yog ntaus tus nqi</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="117" />
        <source>the link's address is worked out by a formula</source>
        <translation>qhov chaw nyob ntawm qhov link yog ib tus formula xam tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="120" />
        <source>expected the address typed in the cell, or a link made with Insert &gt; Link</source>
        <translation>yuav tsum ntaus qhov chaw nyob rau hauv lub cell, los yog ib qho link ua nrog Insert &gt; Link</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="124" />
        <source>the cell holds a formula whose result was never saved in the file</source>
        <translation>lub cell muaj ib tus formula uas nws qhov tshwm sim yeej tsis tau txuag rau hauv daim ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="127" />
        <source>expected the file opened and saved again in Excel, or the value typed</source>
        <translation>yuav tsum qhib daim ntawv thiab txuag dua hauv Excel, los yog ntaus tus nqi</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="130" />
        <source>what the cell shows cannot be read exactly: {why}</source>
        <translation>yam uas lub cell qhia nyeem tsis tau raws nraim: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="133" />
        <source>expected the value typed as text, or a plain number format</source>
        <translation>yuav tsum ntaus tus nqi ua ntawv, los yog siv ib hom lej yooj yim</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="136" />
        <source>the cell shows {cell} but holds {number}</source>
        <translation>lub cell qhia {cell} tab sis nws muaj {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="139" />
        <source>expected the number as it is shown: round it, or show all its decimals</source>
        <translation>yuav tsum yog tus lej raws li nws qhia: muab nws puag ncig, los yog qhia tag nrho nws cov lej tom qab lub cim .</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="142" />
        <source>the cell links to {link}, and only its text is published</source>
        <translation>lub cell txuas mus rau {link}, thiab tsuas yog nws cov ntawv thiaj raug tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="145" />
        <source>expected plain text: kiosks show no links</source>
        <translation>yuav tsum yog ntawv xwb: cov kiosk tsis qhia link</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="154" />
        <source>text is {length} characters long</source>
        <translation>cov ntawv ntev {length} tus cim</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="155" />
        <source>expected at most {max}</source>
        <translation>yuav tsum tsis pub dhau {max}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="156" />
        <source>text looks like HTML</source>
        <translation>cov ntawv zoo li HTML</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="157" />
        <source>expected plain text without &lt;tags&gt; or &amp;entities;</source>
        <translation>yuav tsum yog ntawv xwb, tsis muaj &lt;tags&gt; los yog &amp;entities;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="160" />
        <source>"{cell}" is not a web address</source>
        <translation>"{cell}" tsis yog ib qho chaw nyob hauv web</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="163" />
        <source>"{cell}" is a plain http:// address: phones warn that the list page is not secure, and anyone on the way could change what it shows</source>
        <translation>"{cell}" yog ib qho chaw nyob http:// xwb: cov xov tooj yuav ceeb toom tias nplooj ntawv teev npe tsis muaj kev nyab xeeb, thiab leej twg nyob hauv txoj kev yuav hloov tau qhov nws qhia</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="168" />
        <source>expected an address such as https://www.scusd.edu/ (a link cell gives its address in a workbook, but a CSV file keeps only the link's text)</source>
        <translation>yuav tsum yog ib qho chaw nyob zoo li https://www.scusd.edu/ (ib lub cell uas muaj link muab nws qhov chaw nyob hauv phau ntawv, tab sis daim ntawv CSV tsuas khaws cov ntawv ntawm qhov link xwb)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="173" />
        <source>text starts with "{first}" like a formula</source>
        <translation>cov ntawv pib nrog "{first}" zoo li ib tus formula</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="176" />
        <source>expected plain text; remove the leading character</source>
        <translation>yuav tsum yog ntawv xwb; muab tus cim thawj tshem tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="179" />
        <source>text has "?" where letters were ("{excerpt}"): the file was saved in a code page that cannot hold them</source>
        <translation>cov ntawv muaj "?" nyob rau qhov uas yav tas los muaj tus ntawv ("{excerpt}"): daim ntawv raug txuag ua ib hom code page uas tuav tsis tau cov tus ntawv ntawd</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="184" />
        <source>expected the text as typed: save the sheet as "CSV UTF-8 (Comma delimited)"</source>
        <translation>yuav tsum yog cov ntawv raws li tau ntaus: txuag nplooj ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="20" />
        <source>{path}: no such file or folder</source>
        <translation>{path}: tsis muaj daim ntawv los yog lub nplaub tshev no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="23" />
        <source>{path}: a single CSV file holds one sheet; put one CSV file per sheet (sectors.csv, courses.csv, ...) in a folder and give the folder</source>
        <translation>{path}: ib daim ntawv CSV tsuas tuav tau ib nplooj; muab ib daim ntawv CSV rau txhua nplooj (sectors.csv, courses.csv, ...) tso rau hauv ib lub nplaub tshev thiab qhib lub nplaub tshev ntawd</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="28" />
        <source>{file}: {format} files cannot be checked exactly; save it as "Excel Workbook (.xlsx)" or as CSV UTF-8 files</source>
        <translation>{file}: cov ntawv {format} kuaj tsis tau raws nraim; txuag nws ua "Excel Workbook (.xlsx)" los yog ua cov ntawv CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="33" />
        <source>{path}: not a workbook (expected .xlsx or a folder of CSV files)</source>
        <translation>{path}: tsis yog ib phau ntawv (yuav tsum yog .xlsx los yog ib lub nplaub tshev ntawv CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="36" />
        <source>{path}: the folder has no CSV files (expected sectors.csv, pathways.csv, courses.csv, ...)</source>
        <translation>{path}: lub nplaub tshev tsis muaj ntawv CSV (yuav tsum muaj sectors.csv, pathways.csv, courses.csv, ...)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="41" />
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}: nyeem tsis tau ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="44" />
        <source>{file}: {why}, so its cells cannot be placed; open it in Excel and save it again as .xlsx</source>
        <translation>{file}: {why}, yog li muab tsis tau nws cov cell tso rau qhov chaw; qhib nws hauv Excel thiab txuag dua ua .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="49" />
        <source>{file}: this file isn't a valid Excel workbook; open it in Excel and save it again as .xlsx</source>
        <translation>{file}: daim ntawv no tsis yog ib phau ntawv Excel siv tau; qhib nws hauv Excel thiab txuag dua ua .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="54" />
        <source>{file}: the workbook is password protected (or is an Excel 97-2003 file); save it as "Excel Workbook (.xlsx)" without a password</source>
        <translation>{file}: phau ntawv muaj password (los yog yog ib daim ntawv Excel 97-2003); txuag nws ua "Excel Workbook (.xlsx)" tsis muaj password</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="59" />
        <source>{file}: not a readable CSV file ({why})</source>
        <translation>{file}: tsis yog ib daim ntawv CSV uas nyeem tau ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="62" />
        <source>{file}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8</source>
        <translation>{file}: zoo li ib daim ntawv binary, tsis yog CSV; txuag nws hauv Excel ua CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="66" />
        <source>{file}: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file}: tsis yog UTF-8, thiab tsis yog ntawv hauv ib hom code page uas ib qho program spreadsheet txuag; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="77" />
        <source>{file} and {count} more CSV files: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file} thiab {count} daim ntawv CSV ntxiv: tsis yog UTF-8, thiab tsis yog ntawv hauv ib hom code page uas ib qho program spreadsheet txuag; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="82" />
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file}: tsis tau txuag ua CSV UTF-8, thiab nyeem tsis tau nws cov tus ntawv muaj cim kom paub tseeb: tej zaum yog {first} los yog {second}; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="88" />
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file} thiab {count} daim ntawv CSV ntxiv: tsis tau txuag ua CSV UTF-8, thiab nyeem tsis tau nws cov tus ntawv muaj cim kom paub tseeb: tej zaum yog {first} los yog {second}; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="94" />
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file}: tsis tau txuag ua CSV UTF-8, thiab nyeem tsis tau nws cov tus ntawv muaj cim kom paub tseeb: tej zaum yog {first}, {second} los yog {third}; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="100" />
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file} thiab {count} daim ntawv CSV ntxiv: tsis tau txuag ua CSV UTF-8, thiab nyeem tsis tau nws cov tus ntawv muaj cim kom paub tseeb: tej zaum yog {first}, {second} los yog {third}; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="106" />
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file}: tsis tau txuag ua CSV UTF-8, thiab nyeem tsis tau nws cov tus ntawv muaj cim kom paub tseeb: tsis muaj ib hom code page uas program spreadsheet txuag nyeem tau lawv ua lus; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="112" />
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as "CSV UTF-8 (Comma delimited)"</source>
        <translation>{file} thiab {count} daim ntawv CSV ntxiv: tsis tau txuag ua CSV UTF-8, thiab nyeem tsis tau nws cov tus ntawv muaj cim kom paub tseeb: tsis muaj ib hom code page uas program spreadsheet txuag nyeem tau lawv ua lus; txuag dua ua "CSV UTF-8 (Comma delimited)"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="118" />
        <source>{file}: not an OEWS wage file in BLS's layout (no column {columns}); use the file as downloaded from bls.gov/oes</source>
        <translation>{file}: tsis yog daim ntawv nyiaj hli OEWS raws li BLS tus qauv (tsis muaj kem {columns}); siv daim ntawv raws li rub tau los ntawm bls.gov/oes</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="123" />
        <source>{file}: row {row}, column {column}: {value} is not an area type (1, 2, 4 ...)</source>
        <translation>{file}: kab {row}, kem {column}: {value} tsis yog ib hom thaj chaw (1, 2, 4 ...)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="127" />
        <source>{file}: row {row}, column {column}: {value} is not a number, *, ** or #</source>
        <translation>{file}: kab {row}, kem {column}: {value} tsis yog ib tug lej, *, ** los yog #</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="137" />
        <source>{file}: cannot be read as a workbook ({why})</source>
        <translation>{file}: nyeem tsis tau ua ib phau ntawv ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="140" />
        <source>{file}: no sheet has BLS's OCC_CODE column</source>
        <translation>{file}: tsis muaj ib nplooj twg muaj BLS kem OCC_CODE</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="28" />
        <source>unknown sheet, ignored</source>
        <translation>nplooj tsis paub, tsis siv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="29" />
        <source>expected sheets: {sheets}</source>
        <translation>yuav tsum yog cov nplooj: {sheets}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="30" />
        <source>sheet is missing</source>
        <translation>tsis muaj nplooj no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="31" />
        <source>expected a sheet named "{sheet}"</source>
        <translation>yuav tsum muaj ib nplooj hu ua "{sheet}"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="34" />
        <source>sheet has {count} rows</source>
        <translation>nplooj no muaj {count} kab</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="35" />
        <source>expected at least {count}</source>
        <translation>yuav tsum muaj tsawg kawg {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="36" />
        <source>invisible character {character} removed</source>
        <translation>tshem tawm tus cim pom tsis tau {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="39" />
        <source>expected only characters that show; it usually comes with copied text</source>
        <translation>yuav tsum muaj tsuas yog cov cim pom tau xwb; feem ntau nws nrog cov ntawv luam los</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="42" />
        <source>text holds the invisible character {character}</source>
        <translation>cov ntawv muaj tus cim pom tsis tau {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="45" />
        <source>expected only characters that show: delete it, unless it is meant</source>
        <translation>yuav tsum muaj tsuas yog cov cim pom tau xwb: muab nws rho tawm, tshwj tsis yog koj txhob txwm muab tso</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="48" />
        <source>required text is empty</source>
        <translation>cov ntawv uas yuav tsum muaj tseem khoob</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="49" />
        <source>required value is empty</source>
        <translation>tus nqi uas yuav tsum muaj tseem khoob</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="50" />
        <source>expected {help}</source>
        <translation>yuav tsum muaj: {help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="51" />
        <source>has a translation but no English text</source>
        <translation>muaj ib qho txhais lus tab sis tsis muaj ntawv lus Askiv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="54" />
        <source>expected English text too; it is shown when a translation is missing</source>
        <translation>yuav tsum muaj ntawv lus Askiv thiab; nws raug qhia thaum tsis muaj txhais lus</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="57" />
        <source>duplicate "{key}"</source>
        <translation>"{key}" rov muaj ob zaug</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="58" />
        <source>expected each {columns} once; already used in row {row}</source>
        <translation>yuav tsum muaj txhua {columns} ib zaug xwb; twb siv lawm hauv kab {row}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="67" />
        <source>the column appears twice</source>
        <translation>kem no muaj ob zaug</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="68" />
        <source>expected each column once</source>
        <translation>yuav tsum muaj txhua kem ib zaug xwb</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="69" />
        <source>column is missing</source>
        <translation>tsis muaj kem no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="70" />
        <source>expected a header cell "{column}": {help}</source>
        <translation>yuav tsum muaj ib lub cell npe kem "{column}": {help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="73" />
        <source>unknown column, ignored</source>
        <translation>kem tsis paub, tsis siv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="74" />
        <source>expected columns: {columns}</source>
        <translation>yuav tsum yog cov kem: {columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="77" />
        <source>column "{column}" cannot be translated</source>
        <translation>kem "{column}" txhais tsis tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="80" />
        <source>expected only one column for it, without a language suffix</source>
        <translation>yuav tsum muaj ib kem xwb rau nws, tsis muaj lub npe lus nyob tom qab</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="83" />
        <source>unknown language suffix "{suffix}"</source>
        <translation>lub npe lus tom qab "{suffix}" tsis paub</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="86" />
        <source>column {letter} has no header but holds data in 1 row (row {rows})</source>
        <translation>kem {letter} tsis muaj npe kem tab sis muaj ntaub ntawv nyob hauv 1 kab (kab {rows})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="89" />
        <source>column {letter} has no header but holds data in {count} rows (rows {rows})</source>
        <translation>kem {letter} tsis muaj npe kem tab sis muaj ntaub ntawv nyob hauv {count} kab (kab {rows})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="93" />
        <source>expected the column's name in its header cell, one of: {columns}</source>
        <translation>yuav tsum muaj lub npe kem nyob hauv nws lub cell npe kem, ib qho ntawm: {columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="96" />
        <source>the sheet is hidden in Excel, and it is published</source>
        <translation>nplooj no raug zais hauv Excel, thiab nws raug tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="99" />
        <source>expected a visible sheet: unhide it, or delete it if it should not be published</source>
        <translation>yuav tsum yog ib nplooj pom tau: muab nws qhib kom pom, los yog rho nws tawm yog tias tsis xav tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="103" />
        <source>row {rows} is hidden in Excel, and published</source>
        <translation>kab {rows} raug zais hauv Excel, thiab raug tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="106" />
        <source>rows {rows} are hidden in Excel, and published</source>
        <translation>cov kab {rows} raug zais hauv Excel, thiab raug tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="109" />
        <source>a hidden row is usually meant to be left out: delete it, or unhide it</source>
        <translation>ib kab raug zais feem ntau yog xav kom tsis muab tso: rho nws tawm, los yog muab nws qhib kom pom</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="112" />
        <source>column {letter} is hidden in Excel, and it is published</source>
        <translation>kem {letter} raug zais hauv Excel, thiab nws raug tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="115" />
        <source>expected a visible column: unhide it, or delete it if it should not be published</source>
        <translation>yuav tsum yog ib kem pom tau: muab nws qhib kom pom, los yog rho nws tawm yog tias tsis xav tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="125" />
        <source>header cells {cells} are merged</source>
        <translation>cov cell npe kem {cells} raug muab sib koom ua ke</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="128" />
        <source>expected one header cell for each column: unmerge them and name each column</source>
        <translation>yuav tsum muaj ib lub cell npe kem rau txhua kem: muab lawv cais tawm thiab muab npe rau txhua kem</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="132" />
        <source>cells {cells} are merged, so only {first} holds the text shown across them</source>
        <translation>cov cell {cells} raug muab sib koom ua ke, yog li tsuas yog {first} thiaj muaj cov ntawv uas pom hla tag nrho lawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="136" />
        <source>expected each cell to hold its own value: unmerge them and fill every cell</source>
        <translation>yuav tsum kom txhua lub cell muaj nws tus nqi: muab lawv cais tawm thiab sau txhua lub cell</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="146" />
        <source>unknown sector "{code}"</source>
        <translation>pawg hauj lwm "{code}" tsis paub</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="149" />
        <source>unknown pathway "{code}"</source>
        <translation>txoj kev kawm txog hauj lwm "{code}" tsis paub</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="152" />
        <source>unknown course "{code}"</source>
        <translation>chav kawm "{code}" tsis paub</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="155" />
        <source>unknown school "{code}"</source>
        <translation>tsev kawm ntawv "{code}" tsis paub</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="158" />
        <source>unknown career "{code}"</source>
        <translation>hauj lwm "{code}" tsis paub</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="161" />
        <source>unknown {thing} "{code}"</source>
        <translation>{thing} "{code}" tsis paub</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="162" />
        <source>expected a code from the {sheet} sheet</source>
        <translation>yuav tsum yog ib tug code los ntawm nplooj {sheet}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="165" />
        <source>expected a code from the {sheet} sheet; also in 1 more row: {rows}</source>
        <translation>yuav tsum yog ib tug code los ntawm nplooj {sheet}; muaj nyob rau 1 kab ntxiv thiab: {rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="168" />
        <source>expected a code from the {sheet} sheet; also in {count} more rows: {rows}</source>
        <translation>yuav tsum yog ib tug code los ntawm nplooj {sheet}; muaj nyob rau {count} kab ntxiv thiab: {rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="172" />
        <source>1 row name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>1 kab hais txog cov code los ntawm nplooj {sheet}, uas tsis muaj los yog nyeem tsis tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="176" />
        <source>{count} rows name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>{count} kab hais txog cov code los ntawm nplooj {sheet}, uas tsis muaj los yog nyeem tsis tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="180" />
        <source>expected the {sheet} sheet's problems above fixed first; these rows are checked against it then</source>
        <translation>yuav tsum kho cov teeb meem ntawm nplooj {sheet} saum toj no ua ntej; ces mam li kuaj cov kab no nrog nws</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="185" />
        <source>grade_max {high} is below grade_min {low}</source>
        <translation>grade_max {high} qis dua grade_min {low}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="188" />
        <source>expected grade_max to be at least grade_min</source>
        <translation>yuav tsum kom grade_max tsawg kawg sib npaug grade_min</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="191" />
        <source>college_credit is yes but no partner college is named</source>
        <translation>college_credit yog yes tab sis tsis muaj npe tsev kawm qib siab koom tes</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="194" />
        <source>expected the college that grants the credit</source>
        <translation>yuav tsum muaj lub tsev kawm qib siab uas muab qhab nia</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="197" />
        <source>there is no notice row</source>
        <translation>tsis muaj kab ntawv ceeb toom (notice)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="204" />
        <source>expected the nondiscrimination notice as a row of kind notice</source>
        <translation>yuav tsum muaj daim ntawv ceeb toom tsis ntxub ntxaug ua ib kab hom notice</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="207" />
        <source>setting "{key}" is missing</source>
        <translation>tsis muaj qhov chaw teeb tsa "{key}"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="208" />
        <source>expected a row with key "{key}"</source>
        <translation>yuav tsum muaj ib kab uas key yog "{key}"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="211" />
        <source>expected yes or no for is_sample</source>
        <translation>yuav tsum yog yes los yog no rau is_sample</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="214" />
        <source>expected an address starting with https://</source>
        <translation>yuav tsum yog ib qho chaw nyob uas pib nrog https://</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="217" />
        <source>"{cell}" has a ? or # in it: the kiosk puts list.html and the student's list after the address, so it must end with the folder's name</source>
        <translation>"{cell}" muaj ib tug ? los sis # nyob hauv: lub kiosk muab list.html thiab tus tub ntxhais kawm ntawv daim ntawv teev tso rau tom qab qhov chaw nyob (address), yog li nws yuav tsum xaus nrog lub npe ntawm lub folder</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="222" />
        <source>expected the public address of the published folder, such as https://cte.example.org/kiosk</source>
        <translation>xav tau qhov chaw nyob (address) pej xeem ntawm lub folder uas tau tshaj tawm, xws li https://cte.example.org/kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="233" />
        <source>setting "wage_area" is missing, so the wage file cannot be used</source>
        <translation>tsis muaj qhov chaw teeb tsa "wage_area", yog li siv tsis tau daim ntawv nyiaj hli</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="236" />
        <source>expected BLS's code of your area; {file} holds {areas}</source>
        <translation>yuav tsum yog BLS tus code rau koj thaj chaw; {file} muaj {areas}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="239" />
        <source>expected BLS's code of your area; {file} holds {areas} and {count} more</source>
        <translation>yuav tsum yog BLS tus code rau koj thaj chaw; {file} muaj {areas} thiab {count} ntxiv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="243" />
        <source>wage_area "{code}" is not an area of {file}</source>
        <translation>wage_area "{code}" tsis yog ib thaj chaw hauv {file}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="246" />
        <source>expected one of its areas: {areas}; or download your area's file</source>
        <translation>yuav tsum yog ib thaj chaw ntawm nws: {areas}; los yog rub koj thaj chaw daim ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="249" />
        <source>expected one of its areas: {areas} and {count} more; or download your area's file</source>
        <translation>yuav tsum yog ib thaj chaw ntawm nws: {areas} thiab {count} ntxiv; los yog rub koj thaj chaw daim ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="253" />
        <source>{file} does not say which BLS release it is</source>
        <translation>{file} tsis hais tias nws yog BLS qhov tso tawm twg</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="256" />
        <source>expected BLS's file name (MSA_M2025_dl.xlsx) or a setting "wage_release" such as "May 2025"</source>
        <translation>yuav tsum yog BLS lub npe ntawv (MSA_M2025_dl.xlsx) los yog ib qho chaw teeb tsa "wage_release" zoo li "May 2025"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="261" />
        <source>{soc} is not in {file}, so this career shows no pay</source>
        <translation>{soc} tsis muaj nyob hauv {file}, yog li txoj hauj lwm no tsis qhia nyiaj hli</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="264" />
        <source>expected an occupation code BLS publishes (check it at onetonline.org), or a typed wage</source>
        <translation>yuav tsum yog ib tug code hauj lwm uas BLS tshaj tawm (kuaj nws ntawm onetonline.org), los yog ib qho nyiaj hli ntaus rau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="275" />
        <source>two sheets are both "{sheet}": "{first}" and "{second}"</source>
        <translation>ob nplooj yog "{sheet}" tib si: "{first}" thiab "{second}"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="278" />
        <source>expected one sheet of each name; delete or rename one of them</source>
        <translation>yuav tsum muaj ib nplooj rau txhua lub npe; rho ib nplooj tawm los yog hloov nws lub npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="281" />
        <source>not a sheet, ignored</source>
        <translation>tsis yog ib nplooj, tsis siv</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="282" />
        <source>a lock or shadow file that Excel, LibreOffice or macOS leaves beside open files</source>
        <translation>ib daim ntawv xauv los yog ntawv duab ntxoov uas Excel, LibreOffice los yog macOS tso ze cov ntawv uas qhib</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="80" />
        <source>A shared folder, a web server's folder or a USB stick: kiosks take the catalog from there.</source>
        <translation>Ib lub nplaub tshev sib koom, lub nplaub tshev ntawm ib lub web server los sis ib lub USB: cov kiosk muab phau catalog los ntawm qhov ntawd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="89" />
        <source>Why it cannot be published yet</source>
        <translation>Vim li cas tseem tshaj tawm tsis tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="94" />
        <source>Result of publishing</source>
        <translation>Qhov tshaj tawm tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="95" />
        <source>What happens next</source>
        <translation>Yuav muaj dab tsi tom ntej</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="102" />
        <source>Publish &amp;to:</source>
        <translation>Tshaj tawm &amp;rau:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="106" />
        <source>Publish folder</source>
        <translation>Nplaub tshev tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="108" />
        <source>&amp;Choose...</source>
        <translation>&amp;Xaiv...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="109" />
        <location filename="../../kiosk/catalogapp/publishpage.py" line="188" />
        <source>Choose the publish folder</source>
        <translation>Xaiv lub nplaub tshev tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="118" />
        <source>Signing key</source>
        <translation>Tus yuam sij kos npe</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="119" />
        <location filename="../../kiosk/catalogapp/publishpage.py" line="149" />
        <source>Show public &amp;key...</source>
        <translation>Qhia tus yuam sij &amp;pej xeem...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="126" />
        <source>Working</source>
        <translation>Tab tom ua haujlwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="127" />
        <source>Pu&amp;blish</source>
        <translation>Tshaj ta&amp;wm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="128" />
        <source>Publish</source>
        <translation>Tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="147" />
        <source>Catalogs are signed with key %1 (its private file: %2).</source>
        <translation>Cov phau catalog kos npe nrog tus yuam sij %1 (nws daim ntawv ntiag tug: %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="151" />
        <location filename="../../kiosk/catalogapp/publishpage.py" line="283" />
        <source>The signing key cannot be read: %1</source>
        <translation>Nyeem tsis tau tus yuam sij kos npe: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="154" />
        <source>This computer has no signing key yet.</source>
        <translation>Lub computer no tseem tsis tau muaj tus yuam sij kos npe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="155" />
        <source>Create signing &amp;key...</source>
        <translation>Ua tus yuam sij &amp;kos npe...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="202" />
        <source>No folder chosen yet</source>
        <translation>Tseem tsis tau xaiv nplaub tshev</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="268" />
        <source>Open a workbook first.</source>
        <translation>Qhib ib phau ntawv ua ntej.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="270" />
        <source>Checking the workbook...</source>
        <translation>Tab tom kuaj phau ntawv...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="272" />
        <source>This workbook cannot be checked: see the Problems tab.</source>
        <translation>Kuaj tsis tau phau ntawv no: saib daim tab Teeb meem.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishpage.py" line="275" />
        <source>This workbook has %n error(s): fix them first (they are on the Problems tab), then publish.</source>
        <translation><numerusform>Phau ntawv no muaj %n qhov yuam kev: kho ua ntej (lawv nyob hauv daim tab Teeb meem), ces mam tshaj tawm.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="281" />
        <source>Choose the folder to publish to.</source>
        <translation>Xaiv lub nplaub tshev uas yuav tshaj tawm rau.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="300" />
        <source>Publishing...</source>
        <translation>Tab tom tshaj tawm...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="325" />
        <source>Publish anyway?</source>
        <translation>Puas tseem tshaj tawm?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="342" />
        <source>Nothing was changed in %1.</source>
        <translation>Tsis muaj dab tsi hloov hauv %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="359" />
        <source>Not published</source>
        <translation>Tsis tau tshaj tawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="362" />
        <source>Something went wrong in publishing; it is in the log file.</source>
        <translation>Muaj ib yam tsis zoo thaum tshaj tawm; nws sau cia hauv daim ntawv log.</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="32" />
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: ntxiv %2, tshem tawm %3, hloov %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="38" />
        <source>No changes</source>
        <translation>Tsis muaj kev hloov</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="47" />
        <source>...and %n more: kiosk-admin diff lists them all</source>
        <translation><numerusform>...thiab %n ntxiv: kiosk-admin diff teev tag nrho</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="56" />
        <source>%1: added %2</source>
        <translation>%1: ntxiv %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="57" />
        <source>%1: removed %2</source>
        <translation>%1: tshem tawm %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="58" />
        <source>%1: changed %2 %3: %4 -&gt; %5</source>
        <translation>%1: hloov %2 %3: %4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="81" />
        <source>%1 of %2 %3</source>
        <translation>%1 ntawm %2 %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="85" />
        <source>%1 and %2</source>
        <translation>%1 thiab %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="92" />
        <source>%1, row %2</source>
        <translation>%1, kab %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="93" />
        <source>%1, column "%2"</source>
        <translation>%1, kem "%2"</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="94" />
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="95" />
        <source>warning: %1</source>
        <translation>ceeb toom: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="110" />
        <source>Nothing is published in this folder yet: the whole workbook is new.</source>
        <translation>Tseem tsis tau muaj dab tsi tshaj tawm hauv lub nplaub tshev no: tag nrho phau ntawv yog tshiab.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="114" />
        <source>Nothing to compare: %1. Publishing will ask before it goes ahead.</source>
        <translation>Tsis muaj dab tsi los piv: %1. Thaum tshaj tawm yuav nug koj ua ntej.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="118" />
        <source>Changes from the published %1:</source>
        <translation>Yam hloov ntawm %1 uas tau tshaj tawm:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="125" />
        <source>This removes %1 (more than a fifth): publishing will ask first.</source>
        <translation>Qhov no tshem tawm %1 (ntau tshaj ib feem tsib): thaum tshaj tawm yuav nug koj ua ntej.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="134" />
        <source>Nothing can be compared: %1, so what this removes cannot be checked. Make sure the workbook is the complete, saved one.

Publish anyway?</source>
        <translation>Piv tsis tau dab tsi li: %1, yog li kuaj tsis tau tias qhov no tshem tawm dab tsi. Xyuas kom phau ntawv yog phau tiav thiab txuag lawm.

Puas tseem tshaj tawm?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="140" />
        <source>This removes %1 (more than a fifth of what is published). A half-saved workbook is the usual cause.

Publish anyway?</source>
        <translation>Qhov no tshem tawm %1 (ntau tshaj ib feem tsib ntawm yam uas tau tshaj tawm). Feem ntau yog vim phau ntawv txuag tsis tiav.

Puas tseem tshaj tawm?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="151" />
        <source>The publish folder is %1: choose another folder.</source>
        <translation>Lub nplaub tshev tshaj tawm yog %1: xaiv lwm lub nplaub tshev.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="156" />
        <source>The signing key cannot be read: %1</source>
        <translation>Nyeem tsis tau tus yuam sij kos npe: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="159" />
        <source>This workbook cannot be read: %1</source>
        <translation>Nyeem tsis tau phau ntawv no: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="162" />
        <source>This workbook has %n error(s), listed below: fix them first, then publish.</source>
        <translation><numerusform>Phau ntawv no muaj %n qhov yuam kev, teev hauv qab no: kho ua ntej, ces mam tshaj tawm.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="169" />
        <source>It cannot be published there: %1</source>
        <translation>Tshaj tawm rau qhov ntawd tsis tau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="176" />
        <source>Published catalog version %1</source>
        <translation>Tau tshaj tawm phau catalog version %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="181" />
        <source>%n course(s), signed with key %1, in %2.</source>
        <translation><numerusform>%n chav kawm, kos npe nrog tus yuam sij %1, hauv %2.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="184" />
        <source>Kiosks whose sync source is this folder or the web address that serves it pick it up at their next check: they check it every %1 minutes and install the new catalog between students.</source>
        <translation>Cov kiosk uas lawv qhov chaw sync yog lub nplaub tshev no los sis qhov chaw nyob web uas muab nws tawm yuav rub tau nws thaum lawv kuaj zaum tom ntej: lawv kuaj txhua %1 feeb thiab nruab phau catalog tshiab thaum nruab nrab ntawm cov tub ntxhais kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="190" />
        <source>For a kiosk without a network, copy the folder to a USB stick and use Import from a USB drive in the kiosk's staff panel.</source>
        <translation>Rau ib lub kiosk uas tsis muaj network, luam lub nplaub tshev rau ib lub USB thiab siv Import los ntawm lub USB hauv lub vaj huam sib luag neeg ua haujlwm ntawm kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="198" />
        <source>The kiosk's QR code opens the list page at %1 on a student's phone: copy the whole folder, its list files too, to that address.</source>
        <translation>Lub kiosk tus QR code qhib nplooj ntawv teev chav kawm ntawm %1 rau hauv tus tub ntxhais kawm ntawv lub xov tooj: theej tag nrho lub folder, nrog rau nws cov ntaub ntawv list, mus rau qhov chaw nyob ntawd.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="206" />
        <source>The folder also holds the list page a student's phone opens from the kiosk's QR code, once the settings sheet's qr_base_url names the folder's public address.</source>
        <translation>Lub folder kuj muaj nplooj ntawv teev chav kawm uas tus tub ntxhais kawm ntawv lub xov tooj qhib los ntawm lub kiosk tus QR code, thaum qr_base_url hauv daim ntawv settings muab lub folder qhov chaw nyob pej xeem.</translation>
    </message>
</context>
<context>
    <name>QuizResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="81" />
        <source>Your quiz result</source>
        <translation>Qhov tshwm sim ntawm koj qhov kev xeem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="92" />
        <source>You did not pick anything you would like. Try Explore by what you like, or Browse to see every pathway.</source>
        <translation>Koj tsis tau xaiv ib yam dab tsi uas koj xav ua. Sim “Tshawb nrhiav raws li yam koj nyiam”, los sis “Saib cov kev kawm txog hauj lwm” kom pom txhua txoj kev kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="103" />
        <source>Pathways for you</source>
        <translation>Cov kev kawm rau koj</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="106" />
        <source>Why it matches:</source>
        <translation>Vim li cas nws haum koj:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="107" />
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>Cov kev kawm no kuj haum thiab, tiam sis tseem tsis tau muaj chav kawm nyob ntawm no:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="113" />
        <source>You are a...</source>
        <translation>Koj yog ib tug...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="114" />
        <source>Take the quiz again</source>
        <translation>Ua qhov kev xeem dua</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="44" />
        <source>Quick quiz</source>
        <translation>Kev xeem luv luv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="71" />
        <source>The quiz is not available right now.</source>
        <translation>Tam sim no tseem siv tsis tau qhov kev xeem.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="76" />
        <source>Question %1 of %2</source>
        <translation>Lo lus nug %1 ntawm %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="93" />
        <source>Would you like to...</source>
        <translation>Koj puas xav...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="94" />
        <source>I'd like that</source>
        <translation>Kuv xav ua</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="95" />
        <source>Not sure</source>
        <translation>Tsis paub meej</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="96" />
        <source>Not for me</source>
        <translation>Tsis yog rau kuv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="97" />
        <source>Previous question</source>
        <translation>Lo lus nug dhau los</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="72" />
        <source>Search</source>
        <translation>Nrhiav</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="144" />
        <source>Type a class, a career or a word like “nurse”, “cars” or “cooking”.</source>
        <translation>Ntaus ib chav kawm, ib txoj hauj lwm los sis ib lo lus xws li “nais maum”, “tsheb” los sis “ua noj”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="153" />
        <source>%n class(es) found</source>
        <translation>
            <numerusform>Nrhiav tau %n chav kawm</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="155" />
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>Nrhiav tsis tau dab tsi. Sim ib lo lus luv dua los sis ib lo lus txawv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="168" />
        <source>Type to search</source>
        <translation>Ntaus ntawv los nrhiav</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="169" />
        <source>Search for a class or career</source>
        <translation>Nrhiav ib chav kawm los sis ib txoj hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="170" />
        <source>Keyboard</source>
        <translation>Lub keyboard</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="171" />
        <source>Show the keyboard</source>
        <translation>Qhia lub keyboard</translation>
    </message>
</context>
<context>
    <name>SectorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="134" />
        <source>No classes in this sector yet.</source>
        <translation>Pawg hauj lwm no tseem tsis tau muaj chav kawm.</translation>
    </message>
</context>
<context>
    <name>Sleeping</name>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="21" />
        <source>Closed.</source>
        <translation>Kaw lawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="26" />
        <source>Closed. Open again on %1 at %2.</source>
        <translation>Kaw lawm. Yuav qhib dua %1 thaum %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="30" />
        <source>Closed. Open again today at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub no thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="32" />
        <source>Closed. Open again tomorrow at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua tag kis thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="35" />
        <source>Closed. Open again Monday at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub Ib thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="36" />
        <source>Closed. Open again Tuesday at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub Ob thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="37" />
        <source>Closed. Open again Wednesday at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub Peb thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="38" />
        <source>Closed. Open again Thursday at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub Plaub thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="39" />
        <source>Closed. Open again Friday at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub Tsib thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="40" />
        <source>Closed. Open again Saturday at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub Rau thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="41" />
        <source>Closed. Open again Sunday at %1.</source>
        <translation>Kaw lawm. Yuav qhib dua hnub Xya thaum %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="84" />
        <source>Touch the screen to use it now.</source>
        <translation>Kov lub vijtsam kom siv tam sim no.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../kiosk/services/slip.py" line="29" />
        <location filename="../../kiosk/services/slip.py" line="179" />
        <location filename="../../kiosk/sync/pagewords.py" line="38" />
        <source>My career class list</source>
        <translation>Kuv daim npe chav kawm txog hauj lwm</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="30" />
        <location filename="../../kiosk/services/slip.py" line="185" />
        <source>To sign up, talk to your high-school counselor.</source>
        <translation>Yog xav sau npe, nrog koj tus kws pab tswv yim hauv tsev kawm ntawv theem siab tham.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="33" />
        <source>School: %1</source>
        <translation>Tsev kawm ntawv: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="87" />
        <source>There is no printer here. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>Ntawm no tsis muaj tshuab luam ntawv. Qhia lub vijtsam no rau koj tus kws pab tswv yim saib, los sis siv xov tooj scan tus code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="96" />
        <source>The printer is not answering. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>Lub tshuab luam ntawv tsis teb. Qhia lub vijtsam no rau koj tus kws pab tswv yim saib, los sis siv xov tooj scan tus code.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="113" />
        <source>No default printer is set up.</source>
        <translation>Tsis tau teeb tsa lub tshuab luam ntawv ib txwm siv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="117" />
        <source>The default printer did not accept the page.</source>
        <translation>Lub tshuab luam ntawv ib txwm siv tsis txais nplooj ntawv no.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="126" />
        <source>CTE Career Kiosk: test page</source>
        <translation>Kiosk Hauj Lwm CTE: nplooj ntawv sim</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="205" />
        <source>ROP/CTE classes are tuition-free for high-school students.</source>
        <translation>Cov chav kawm ROP/CTE tsis them nqi kawm ntawv rau cov tub ntxhais kawm ntawv theem siab.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50" />
        <source>Stop reading</source>
        <translation>Tsum nyeem</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50" />
        <source>Read aloud</source>
        <translation>Nyeem nrov</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="51" />
        <source>Start over?</source>
        <translation>Pib dua tshiab?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="52" />
        <source>This clears your list and your answers.</source>
        <translation>Qhov no yuav lwv koj daim npe thiab koj cov lus teb.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="53" />
        <source>Yes, start over</source>
        <translation>Yog, pib dua tshiab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="54" />
        <source>No, keep my list</source>
        <translation>Tsis yog, khaws kuv daim npe</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/overlays/still_there.py" line="103" />
        <source>In %n second(s), everything you did here will be cleared for the next student.</source>
        <translation>
            <numerusform>Tom qab %n vib nas this, txhua yam koj tau ua ntawm no yuav raug lwv tag rau tus tub ntxhais kawm ntawv tom ntej.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="119" />
        <source>Are you still there?</source>
        <translation>Koj puas tseem nyob ntawd?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="120" />
        <source>Yes, I'm still here</source>
        <translation>Yog, kuv tseem nyob ntawm no</translation>
    </message>
</context>
<context>
    <name>Talking</name>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="34" />
        <source>not available now</source>
        <translation>tam sim no siv tsis tau</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="36" />
        <source>%1 of %2</source>
        <translation>%1 ntawm %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="40" />
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="48" />
        <source>text field</source>
        <translation>qhov ntaus ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="49" />
        <source>empty</source>
        <translation>tsis muaj dab tsi</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="54" />
        <source>class, Enter opens it</source>
        <translation>chav kawm, nias Enter kom qhib</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="59" />
        <source>choice, selected</source>
        <translation>kev xaiv, tau xaiv lawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="61" />
        <source>choice, not selected</source>
        <translation>kev xaiv, tsis tau xaiv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="64" />
        <source>button</source>
        <translation>khawm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="65" />
        <source>heading</source>
        <translation>npe ntu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="74" />
        <source>Talking mode is on. Down and Up move through the screen, Enter chooses, F1 is help, F2 turns talking mode off.</source>
        <translation>Hom hais lus qhib lawm. Nias Down thiab Up kom txav mus los hauv lub vijtsam, nias Enter kom xaiv, F1 yog kev pab, F2 kaw hom hais lus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="86" />
        <source>Talking mode is off. F2 turns it on again.</source>
        <translation>Hom hais lus kaw lawm. Nias F2 kom qhib dua.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="165" />
        <source>Nothing to choose here.</source>
        <translation>Ntawm no tsis muaj dab tsi xaiv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="171" />
        <source>End of the screen. Up goes back.</source>
        <translation>Kawg ntawm lub vijtsam lawm. Nias Up kom rov nce.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="173" />
        <source>Top of the screen.</source>
        <translation>Saum toj kawg ntawm lub vijtsam.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="195" />
        <source>Type now. Down leaves the field.</source>
        <translation>Ntaus ntawv tam sim no. Nias Down kom tawm ntawm qhov ntaus ntawv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="242" />
        <source>Press Enter to start.</source>
        <translation>Nias Enter kom pib.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="245" />
        <source>%n choice(s). Down for the next, Enter to choose, F1 for help.</source>
        <translation><numerusform>Muaj %n qhov kev xaiv. Nias Down mus rau qhov tom ntej, Enter kom xaiv, F1 kom tau kev pab.</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="274" />
        <source>My list: %n class(es).</source>
        <translation><numerusform>Kuv daim npe: %n chav kawm.</numerusform></translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="283" />
        <source>Everything was cleared for the next student. Talking mode is off.</source>
        <translation>Txhua yam raug lwv tag rau tus tub ntxhais kawm ntawv tom ntej lawm. Hom hais lus kaw lawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="334" />
        <source>Faster</source>
        <translation>Nrawm dua</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="336" />
        <source>Slower</source>
        <translation>Qeeb dua</translation>
    </message>
</context>
<context>
    <name>TalkingHelp</name>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="11" />
        <source>The welcome screen of the career class kiosk. Enter starts.</source>
        <translation>Lub vijtsam txais tos ntawm lub kiosk chav kawm txog hauj lwm. Nias Enter kom pib.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="14" />
        <source>Choose how to explore career classes: by what you like, with a quick quiz, by industry, or by searching.</source>
        <translation>Xaiv seb koj xav tshawb nrhiav cov chav kawm txog hauj lwm li cas: raws li yam koj nyiam, ua ib qho kev xeem luv luv, raws li pawg hauj lwm, los sis nrhiav.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="19" />
        <source>Choose the things you like. Pathways and classes that match them are listed after the choices.</source>
        <translation>Xaiv tej yam koj nyiam. Cov kev kawm thiab cov chav kawm uas haum yuav nyob tom qab cov kev xaiv.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="24" />
        <source>A quick quiz. For each statement, choose I'd like that, Not sure, or Not for me.</source>
        <translation>Ib qho kev xeem luv luv. Rau txhua kab lus, xaiv “Kuv xav ua”, “Tsis paub meej”, los sis “Tsis yog rau kuv”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="28" />
        <source>Your quiz result: the kinds of work that suit you, then pathways and classes.</source>
        <translation>Qhov tshwm sim ntawm koj qhov kev xeem: cov hom hauj lwm uas haum koj, ces cov kev kawm thiab cov chav kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="32" />
        <source>The industries. Choose one to hear its pathways and classes.</source>
        <translation>Cov pawg hauj lwm. Xaiv ib pawg los mloog nws cov kev kawm thiab cov chav kawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="35" />
        <source>An industry's pathways, each with its classes and their pay. Choose a class to open it.</source>
        <translation>Cov kev kawm hauv ib pawg hauj lwm, txhua txoj muaj nws cov chav kawm thiab nyiaj hli. Xaiv ib chav kawm kom qhib.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="40" />
        <source>Type a class or a career on the keyboard. The number of classes found is said, and the classes follow the search field.</source>
        <translation>Ntaus ib chav kawm los sis ib txoj hauj lwm rau ntawm lub keyboard. Lub kiosk yuav hais tias nrhiav tau pes tsawg chav kawm, thiab cov chav kawm nyob tom qab qhov ntaus ntawv nrhiav.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="45" />
        <source>One class: what you will do, where and when it runs, and the careers it leads to with their pay. You can add it to your list.</source>
        <translation>Ib chav kawm: yam koj yuav ua, qhov twg thiab thaum twg kawm, thiab cov hauj lwm uas chav kawm no pab koj mus txog nrog lawv cov nyiaj hli. Koj ntxiv tau nws rau hauv koj daim npe.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="50" />
        <source>The classes you chose. Go on to your counselor to sign up, or remove a class.</source>
        <translation>Cov chav kawm koj tau xaiv. Mus cuag koj tus kws pab tswv yim kom sau npe, los sis tshem ib chav kawm tawm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="54" />
        <source>Choose your school to hear where its counselors are. Then print your list to take with you.</source>
        <translation>Xaiv koj lub tsev kawm ntawv los mloog seb nws cov kws pab tswv yim nyob qhov twg. Ces luam koj daim npe nqa nrog koj mus.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="59" />
        <source>Questions and answers about these tuition-free classes.</source>
        <translation>Cov lus nug thiab lus teb txog cov chav kawm uas tsis them nqi kawm ntawv no.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="66" />
        <source>Keys: Down and Up move through everything on the screen. Enter chooses. Escape goes back. Home goes to the start. Control stops the voice. F7 is slower, F8 faster. F1 is this help. F2 turns talking mode off.</source>
        <translation>Cov khawm ntawm lub keyboard: Nias Down thiab Up kom txav mus los txhua yam ntawm lub vijtsam. Enter yog xaiv. Escape yog rov qab. Home mus rau Nplooj pib. Control kom lub suab tsum. F7 yog qeeb dua, F8 yog nrawm dua. F1 yog kev pab no. F2 kaw hom hais lus.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="60" />
        <location filename="../../kiosk/ui/screens/course.py" line="26" />
        <source>School year</source>
        <translation>Xyoo kawm ntawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="61" />
        <location filename="../../kiosk/ui/screens/course.py" line="27" />
        <source>Summer school</source>
        <translation>Kawm ntawv lub caij ntuj sov</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="159" />
        <location filename="../../kiosk/ui/widgets/topbar.py" line="172" />
        <location filename="../../kiosk/ui/widgets/topbar.py" line="176" />
        <source>Home</source>
        <translation>Nplooj pib</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="160" />
        <location filename="../../kiosk/ui/widgets/topbar.py" line="173" />
        <location filename="../../kiosk/ui/widgets/topbar.py" line="177" />
        <source>Back</source>
        <translation>Rov qab</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="161" />
        <location filename="../../kiosk/ui/widgets/topbar.py" line="171" />
        <source>My list (%1)</source>
        <translation>Kuv daim npe (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="174" />
        <source>Preview</source>
        <translation>Saib ua ntej</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="181" />
        <source>Language: choose another language</source>
        <translation>Hom lus: xaiv lwm hom lus</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="182" />
        <source>Text size and contrast</source>
        <translation>Qhov loj ntawm cov ntawv thiab xim sib txawv</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="186" />
        <source>Change language to %1</source>
        <translation>Hloov lus mus rau %1</translation>
    </message>
</context>
<context>
    <name>WagesDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="34" />
        <source>Wages from BLS</source>
        <translation>Nyiaj hli los ntawm BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="46" />
        <source>Careers show the pay in the wage file of the U.S. Bureau of Labor Statistics (OEWS, .xlsx or CSV as downloaded from bls.gov/oes) for your area.</source>
        <translation>Cov hauj lwm qhia cov nyiaj hli rau koj thaj chaw los ntawm daim ntawv nyiaj hli ntawm U.S. Bureau of Labor Statistics (OEWS, .xlsx los yog CSV raws li rub tau los ntawm bls.gov/oes).</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="51" />
        <source>&amp;Choose file...</source>
        <translation>&amp;Xaiv daim ntawv...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="53" />
        <source>Reading the wage file</source>
        <translation>Tab tom nyeem daim ntawv nyiaj hli</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="59" />
        <source>Area</source>
        <translation>Thaj chaw</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="63" />
        <source>Wage file:</source>
        <translation>Daim ntawv nyiaj hli:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="64" />
        <source>&amp;Area:</source>
        <translation>&amp;Thaj chaw:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="69" />
        <source>Check &amp;without pay</source>
        <translation>Kuaj tsis muaj nyiaj &amp;hli</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="99" />
        <source>Choose BLS's wage file</source>
        <translation>Xaiv daim ntawv nyiaj hli ntawm BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="101" />
        <source>BLS wage files (*.xlsx *.csv)</source>
        <translation>Cov ntaub ntawv nyiaj hli BLS (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="125" />
        <source>Something went wrong reading the wage file; it is in the log file.</source>
        <translation>Muaj ib yam tsis zoo thaum nyeem daim ntawv nyiaj hli; nws sau cia hauv daim ntawv log.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="128" />
        <source>This wage file cannot be used: %1</source>
        <translation>Daim ntawv nyiaj hli no siv tsis tau: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="142" />
        <source>As the workbook's settings say (wage_area)</source>
        <translation>Raws li phau ntawv cov chaw teeb tsa hais (wage_area)</translation>
    </message>
</context>
<context>
    <name>WorkbookTools</name>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="25" />
        <source>&amp;New workbook...</source>
        <translation>&amp;Phau ntawv tshiab...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="26" />
        <source>See it as a &amp;student</source>
        <translation>Saib &amp;li tub ntxhais kawm ntawv pom</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="29" />
        <source>Language of the preview</source>
        <translation>Hom lus ntawm qhov saib ua ntej</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="34" />
        <source>&amp;Wages...</source>
        <translation>Nyiaj &amp;hli...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="44" />
        <source>How the last action went</source>
        <translation>Qhov ua zaum kawg mus li cas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="85" />
        <source>No wage file</source>
        <translation>Tsis muaj daim ntawv nyiaj hli</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="87" />
        <source>Pay from %1</source>
        <translation>Nyiaj hli los ntawm %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="89" />
        <source>Pay from %1, area %2</source>
        <translation>Nyiaj hli los ntawm %1, thaj chaw %2</translation>
    </message>
</context>
</TS>