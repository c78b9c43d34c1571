<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>BrowseScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/browse.py" line="76" />
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n class</numerusform>
            <numerusform>%n classes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="209" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="212" />
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseColumn</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/courses.py" line="240" />
        <source>Show %n more</source>
        <translation>
            <numerusform>Show %n more</numerusform>
            <numerusform>Show %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="158" />
        <location filename="../../kiosk/sync/pagewords.py" line="80" />
        <source>%n job(s) here</source>
        <translation>
            <numerusform>%n job here</numerusform>
            <numerusform>%n jobs here</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="160" />
        <location filename="../../kiosk/sync/pagewords.py" line="81" />
        <source>%n job(s) in the state</source>
        <translation>
            <numerusform>%n job in the state</numerusform>
            <numerusform>%n jobs in the state</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="147" />
        <source>Wrong PIN. %n more wrong PIN(s) will lock the keypad for 5 minutes.</source>
        <translation>
            <numerusform>Wrong PIN. %n more wrong PIN will lock the keypad for 5 minutes.</numerusform>
            <numerusform>Wrong PIN. %n more wrong PINs will lock the keypad for 5 minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Previewer</name>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/preview.py" line="77" />
        <source>The workbook has %n error(s), so it cannot be previewed yet: fix them (see Problems), then try again.</source>
        <translation>
            <numerusform>The workbook has %n error, so it cannot be previewed yet: fix it (see Problems), then try again.</numerusform>
            <numerusform>The workbook has %n errors, so it cannot be previewed yet: fix them (see Problems), then try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishpage.py" line="275" />
        <source>This workbook has %n error(s): fix them first (they are on the Problems tab), then publish.</source>
        <translation>
            <numerusform>This workbook has %n error: fix it first (it is on the Problems tab), then publish.</numerusform>
            <numerusform>This workbook has %n errors: fix them first (they are on the Problems tab), then publish.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="47" />
        <source>...and %n more: kiosk-admin diff lists them all</source>
        <translation>
            <numerusform>...and %n more: kiosk-admin diff lists them all</numerusform>
            <numerusform>...and %n more: kiosk-admin diff lists them all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="162" />
        <source>This workbook has %n error(s), listed below: fix them first, then publish.</source>
        <translation>
            <numerusform>This workbook has %n error, listed below: fix it first, then publish.</numerusform>
            <numerusform>This workbook has %n errors, listed below: fix them first, then publish.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="181" />
        <source>%n course(s), signed with key %1, in %2.</source>
        <translation>
            <numerusform>%n course, signed with key %1, in %2.</numerusform>
            <numerusform>%n courses, signed with key %1, in %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="153" />
        <source>%n class(es) found</source>
        <translation>
            <numerusform>%n class found</numerusform>
            <numerusform>%n classes found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/overlays/still_there.py" line="103" />
        <source>In %n second(s), everything you did here will be cleared for the next student.</source>
        <translation>
            <numerusform>In %n second, everything you did here will be cleared for the next student.</numerusform>
            <numerusform>In %n seconds, everything you did here will be cleared for the next student.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Talking</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="245" />
        <source>%n choice(s). Down for the next, Enter to choose, F1 for help.</source>
        <translation>
            <numerusform>%n choice. Down for the next, Enter to choose, F1 for help.</numerusform>
            <numerusform>%n choices. Down for the next, Enter to choose, F1 for help.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="274" />
        <source>My list: %n class(es).</source>
        <translation>
            <numerusform>My list: %n class.</numerusform>
            <numerusform>My list: %n classes.</numerusform>
        </translation>
    </message>
</context>
</TS>