<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="39"/>
        <source>About ROP/CTE</source>
        <translation>Sobre ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="66"/>
        <source>Where the pay figures come from</source>
        <translation>De dónde vienen las cifras de salario</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="71"/>
        <source>Pay is for the %1 area, from the %2 figures, unless a career says otherwise.</source>
        <translation>El salario es del área de %1, según las cifras de %2, salvo que una carrera indique otra cosa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="100"/>
        <source>Nondiscrimination notice</source>
        <translation>Aviso de no discriminación</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="101"/>
        <source>Go to the nondiscrimination notice</source>
        <translation>Ir al aviso de no discriminación</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="102"/>
        <source>Current: %1</source>
        <translation>Actual: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="103"/>
        <source>Previous: %1</source>
        <translation>Anterior: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="108"/>
        <source>Rolled back from version %1: it is skipped until a newer one is published.</source>
        <translation>Se regresó a la versión anterior; la versión %1 se omitirá hasta que se publique una más nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="113"/>
        <source>Last check: %1</source>
        <translation>Última revisión: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="116"/>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>Source: %1</source>
        <translation>Origen: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>none yet</source>
        <translation>ninguno todavía</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="127"/>
        <source>Sync is off: the configuration names no source or no trusted key.</source>
        <translation>La sincronización está desactivada: en la configuración falta el origen o la clave de confianza.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="133"/>
        <source>A check is already running.</source>
        <translation>Ya hay una revisión en curso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="141"/>
        <source>Checking for a newer catalog…</source>
        <translation>Buscando un catálogo más nuevo…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="147"/>
        <source>Installed. Students see it when this panel is closed.</source>
        <translation>Instalado. Los estudiantes lo verán al cerrar este panel.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="148"/>
        <source>Already up to date.</source>
        <translation>Ya está actualizado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="149"/>
        <source>Not installed; the current catalog is untouched.</source>
        <translation>No se instaló; el catálogo actual no cambió.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="159"/>
        <source>Not rolled back: %1</source>
        <translation>No se pudo volver a la versión anterior: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="162"/>
        <source>Now on version %1. Version %2 is skipped until a newer one is published.</source>
        <translation>Ahora está en la versión %1. La versión %2 se omitirá hasta que se publique una más nueva.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="177"/>
        <source>No published catalog found on a USB drive. Copy the folder kiosk-admin publish wrote onto the drive, plug it in, then look again.</source>
        <translation>No se encontró ningún catálogo publicado en una memoria USB. Copia en la memoria la carpeta que creó kiosk-admin publish, conéctala y vuelve a buscar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="182"/>
        <source>Tap the catalog to install:</source>
        <translation>Toca el catálogo que quieres instalar:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="185"/>
        <source>Version %1 from %2</source>
        <translation>Versión %1 de %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="195"/>
        <source>Cannot import: no trusted key is configured, or a check is running.</source>
        <translation>No se puede importar: no hay una clave de confianza configurada o hay una revisión en curso.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="205"/>
        <source>Last %1 days: students %2, quizzes finished %3, slips printed %4.</source>
        <translation>Últimos %1 días: estudiantes %2, pruebas terminadas %3, hojas impresas %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="212"/>
        <source>Most opened: %1</source>
        <translation>Más consultadas: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="225"/>
        <source>A test page went to the default printer.</source>
        <translation>Se envió una página de prueba a la impresora predeterminada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="236"/>
        <source>Tap again to confirm</source>
        <translation>Toca otra vez para confirmar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="242"/>
        <source>Restart</source>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="243"/>
        <source>Exit kiosk</source>
        <translation>Salir del quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="247"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="250"/>
        <source>version %1, built %2</source>
        <translation>versión %1, creada el %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="255"/>
        <source>(the sample catalog)</source>
        <translation>(el catálogo de ejemplo)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="258"/>
        <source>Careers&apos; pay: %1</source>
        <translation>Sueldos de las carreras: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="260"/>
        <source>Careers&apos; pay: none from BLS</source>
        <translation>Sueldos de las carreras: ninguno de BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="264"/>
        <source>Staff panel</source>
        <translation>Panel del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="265"/>
        <source>Lock and return</source>
        <translation>Bloquear y volver</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="266"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="267"/>
        <source>Sync now</source>
        <translation>Sincronizar ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="268"/>
        <source>Roll back</source>
        <translation>Volver a la versión anterior</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="269"/>
        <source>Import from a USB drive</source>
        <translation>Importar desde una memoria USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="270"/>
        <source>Look for a USB drive</source>
        <translation>Buscar una memoria USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="271"/>
        <source>Usage</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="272"/>
        <source>This kiosk</source>
        <translation>Este quiosco</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="273"/>
        <source>Test print</source>
        <translation>Imprimir página de prueba</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="20"/>
        <source>Doer</source>
        <translation>Persona práctica</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="21"/>
        <source>You like hands-on work with tools, machines, plants or animals.</source>
        <translation>Te gusta trabajar con las manos, con herramientas, máquinas, plantas o animales.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="26"/>
        <source>Thinker</source>
        <translation>Persona investigadora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="27"/>
        <source>You like figuring out how things work and solving puzzles.</source>
        <translation>Te gusta descubrir cómo funcionan las cosas y resolver acertijos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="32"/>
        <source>Creator</source>
        <translation>Persona creativa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="33"/>
        <source>You like making art, music, stories, designs and new ideas.</source>
        <translation>Te gusta crear arte, música, historias, diseños e ideas nuevas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="38"/>
        <source>Helper</source>
        <translation>Persona servicial</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="39"/>
        <source>You like helping, teaching and taking care of people.</source>
        <translation>Te gusta ayudar, enseñar y cuidar a las personas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="44"/>
        <source>Persuader</source>
        <translation>Persona emprendedora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="45"/>
        <source>You like leading, selling and starting new projects.</source>
        <translation>Te gusta liderar, vender y empezar proyectos nuevos.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="50"/>
        <source>Organizer</source>
        <translation>Persona organizada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="51"/>
        <source>You like keeping things in order, with clear steps and numbers.</source>
        <translation>Te gusta tener las cosas en orden, con pasos claros y números.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="85"/>
        <source>Free career classes at your school</source>
        <translation>Clases de carreras gratis en tu escuela</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="190"/>
        <source>Touch the screen to explore career classes</source>
        <translation>Toca la pantalla para explorar clases de carreras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="191"/>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="192"/>
        <source>Start exploring</source>
        <translation>Empezar a explorar</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="59"/>
        <source>Career pathways</source>
        <translation>Rutas profesionales</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/browse.py" line="76"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n clase</numerusform>
            <numerusform>%n clases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="54"/>
        <source>Catalog</source>
        <translation>Catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="55"/>
        <source>&amp;Open workbook...</source>
        <translation>&amp;Abrir libro...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="57"/>
        <source>Open CSV &amp;folder...</source>
        <translation>Abrir &amp;carpeta CSV...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="58"/>
        <source>Open in &amp;Excel</source>
        <translation>Abrir en &amp;Excel</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="59"/>
        <source>Check &amp;again</source>
        <translation>&amp;Revisar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="91"/>
        <source>Checking</source>
        <translation>Revisando</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="67"/>
        <source>Workbook</source>
        <translation>Libro</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="70"/>
        <source>&amp;Problems</source>
        <translation>&amp;Problemas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="71"/>
        <source>P&amp;ublish</source>
        <translation>P&amp;ublicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="101"/>
        <source>Result of the check</source>
        <translation>Resultado de la revisión</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="102"/>
        <source>Why the workbook cannot be checked</source>
        <translation>Por qué no se puede revisar el libro</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="111"/>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="132"/>
        <source>Open a catalog workbook</source>
        <translation>Abrir un libro del catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="134"/>
        <source>Catalog workbooks (*.xlsx *.xlsm);;CSV sheets, opens their folder (*.csv)</source>
        <translation>Libros del catálogo (*.xlsx *.xlsm);;Hojas CSV, abre su carpeta (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="141"/>
        <source>Open a folder of CSV sheets</source>
        <translation>Abrir una carpeta de hojas CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="168"/>
        <source>Open a workbook (.xlsx) or a folder of CSV sheets, or drop one here.</source>
        <translation>Abra un libro (.xlsx) o una carpeta de hojas CSV, o suéltelo aquí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="170"/>
        <source>No workbook open</source>
        <translation>Ningún libro abierto</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="175"/>
        <source>%1 - Catalog</source>
        <translation>%1 - Catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="190"/>
        <source>Checking %1...</source>
        <translation>Revisando %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="200"/>
        <source>Something went wrong in the check itself; it is in the log file.</source>
        <translation>Algo falló en la revisión misma; está anotado en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="206"/>
        <source>This workbook cannot be checked</source>
        <translation>Este libro no se puede revisar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="208"/>
        <source>No problems: ready to publish</source>
        <translation>Sin problemas: listo para publicar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="209"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="211"/>
        <source>%1: ready to publish</source>
        <translation>%1: listo para publicar</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="213"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>ChangesView</name>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="20"/>
        <location filename="../../kiosk/catalogapp/changesview.py" line="22"/>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="23"/>
        <source>&amp;Details:</source>
        <translation>&amp;Detalles:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="28"/>
        <source>Every change</source>
        <translation>Todos los cambios</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="37"/>
        <source>Comparing with what is published in %1...</source>
        <translation>Comparando con lo publicado en %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="47"/>
        <source>Something went wrong in the comparison itself; it is in the log file.</source>
        <translation>Algo falló en la comparación misma; está anotado en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>CounselorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="90"/>
        <source>See your counselor</source>
        <translation>Habla con tu consejero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="110"/>
        <source>Picked from your filter. Tap another school to change it.</source>
        <translation>La elegimos según tu filtro. Toca otra escuela para cambiarla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="127"/>
        <source>Your list is empty. You can still talk to your counselor about any class.</source>
        <translation>Tu lista está vacía. Aun así, puedes hablar con tu consejero o consejera sobre cualquier clase.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="136"/>
        <source>Add a class to your list to print it.</source>
        <translation>Agrega una clase a tu lista para poder imprimirla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="157"/>
        <source>Printing. Take your slip from the printer and give it to your counselor.</source>
        <translation>Imprimiendo. Toma tu hoja de la impresora y dásela a tu consejero o consejera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="65"/>
        <location filename="../../kiosk/ui/screens/counselor.py" line="172"/>
        <source>To sign up, talk to your high-school counselor</source>
        <translation>Para inscribirte, habla con el consejero o la consejera de tu preparatoria</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="175"/>
        <source>Counselors help you fit these classes into your schedule. Show them your list, your printed slip or the code on this screen.</source>
        <translation>Tu consejero o consejera te ayuda a acomodar estas clases en tu horario. Muéstrale tu lista, tu hoja impresa o el código de esta pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="179"/>
        <source>Which school do you go to?</source>
        <translation>¿A qué escuela vas?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="180"/>
        <source>My list</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="181"/>
        <source>Scan with a phone to keep your list</source>
        <translation>Escanea con un celular para guardar tu lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="182"/>
        <source>Print my slip</source>
        <translation>Imprimir mi hoja</translation>
    </message>
</context>
<context>
    <name>CourseColumn</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/courses.py" line="240"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Ver %n más</numerusform>
            <numerusform>Ver %n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="49"/>
        <location filename="../../kiosk/ui/screens/course.py" line="35"/>
        <source>%1 high-school credits</source>
        <translation>%1 créditos de preparatoria</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="40"/>
        <location filename="../../kiosk/ui/screens/course.py" line="92"/>
        <source>College credit</source>
        <translation>Créditos universitarios</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="41"/>
        <location filename="../../kiosk/ui/screens/course.py" line="93"/>
        <location filename="../../kiosk/ui/screens/course.py" line="133"/>
        <source>Paid work experience</source>
        <translation>Experiencia laboral pagada</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="42"/>
        <location filename="../../kiosk/ui/screens/course.py" line="108"/>
        <source>What you will do</source>
        <translation>Lo que vas a hacer</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="44"/>
        <location filename="../../kiosk/ui/screens/course.py" line="110"/>
        <source>Grade %1</source>
        <translation>Grado %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="45"/>
        <location filename="../../kiosk/ui/screens/course.py" line="112"/>
        <source>Grades %1 to %2</source>
        <translation>Grados %1 a %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="43"/>
        <location filename="../../kiosk/ui/screens/course.py" line="116"/>
        <source>Who can take it</source>
        <translation>Quién puede tomarla</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="46"/>
        <location filename="../../kiosk/ui/screens/course.py" line="117"/>
        <source>Take this first</source>
        <translation>Toma esto primero</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="47"/>
        <location filename="../../kiosk/ui/screens/course.py" line="122"/>
        <source>Where and when</source>
        <translation>Dónde y cuándo</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="50"/>
        <location filename="../../kiosk/ui/screens/course.py" line="124"/>
        <source>You can earn college credit with %1.</source>
        <translation>Puedes ganar créditos universitarios con %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="51"/>
        <location filename="../../kiosk/ui/screens/course.py" line="126"/>
        <source>You can earn college credit.</source>
        <translation>Puedes ganar créditos universitarios.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="48"/>
        <location filename="../../kiosk/ui/screens/course.py" line="130"/>
        <source>Credits</source>
        <translation>Créditos</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="52"/>
        <location filename="../../kiosk/ui/screens/course.py" line="135"/>
        <source>Once you reach a certain skill level, you may be able to work and get paid through Cooperative Vocational Education (CVE).</source>
        <translation>Cuando alcances cierto nivel de habilidad, podrías trabajar y recibir un sueldo por medio de la Educación Vocacional Cooperativa (CVE).</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="57"/>
        <location filename="../../kiosk/ui/screens/course.py" line="139"/>
        <source>Industry certifications</source>
        <translation>Certificaciones de la industria</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="58"/>
        <location filename="../../kiosk/ui/screens/course.py" line="142"/>
        <source>Careers it can lead to</source>
        <translation>Carreras a las que te puede llevar</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="59"/>
        <location filename="../../kiosk/ui/screens/course.py" line="155"/>
        <source>Typical education: %1</source>
        <translation>Estudios típicos: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171"/>
        <source>In my list</source>
        <translation>En mi lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171"/>
        <source>Add to my list</source>
        <translation>Agregar a mi lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="39"/>
        <location filename="../../kiosk/ui/screens/course.py" line="182"/>
        <source>Tuition-free</source>
        <translation>Sin colegiatura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="183"/>
        <source>How do I sign up?</source>
        <translation>¿Cómo me inscribo?</translation>
    </message>
</context>
<context>
    <name>DisplayChooser</name>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="57"/>
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="58"/>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="59"/>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="61"/>
        <source>Text size %1 percent</source>
        <translation>Tamaño del texto al %1 por ciento</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="78"/>
        <source>No class here matches all of these filters. Turn one off, or show every class.</source>
        <translation>Ninguna clase de aquí cumple con todos estos filtros. Quita uno o muestra todas las clases.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="107"/>
        <source>Which school?</source>
        <translation>¿Qué escuela?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="119"/>
        <source>Show only:</source>
        <translation>Mostrar solo:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="121"/>
        <source>My school</source>
        <translation>Mi escuela</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="122"/>
        <source>Summer</source>
        <translation>Verano</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="123"/>
        <source>College credit</source>
        <translation>Créditos universitarios</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="124"/>
        <source>Paid work experience</source>
        <translation>Experiencia laboral pagada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="125"/>
        <source>Show every class</source>
        <translation>Mostrar todas las clases</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="126"/>
        <source>Clear the filters and show every class</source>
        <translation>Quitar los filtros y mostrar todas las clases</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="48"/>
        <source>Career classes</source>
        <translation>Clases de carreras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="51"/>
        <source>Find a career class you will love</source>
        <translation>Encuentra una clase de carreras que te encante</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="52"/>
        <source>Tuition-free</source>
        <translation>Sin colegiatura</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="55"/>
        <source>Career Technical Education (ROP/CTE) classes are open to every high-school student. Pick a way to explore:</source>
        <translation>Las clases de Educación Técnica Profesional (ROP/CTE) están abiertas a todos los estudiantes de preparatoria. Elige cómo quieres explorar:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="60"/>
        <source>Explore by what you like</source>
        <translation>Explora según tus gustos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="61"/>
        <source>Take a quick quiz</source>
        <translation>Haz una prueba rápida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="62"/>
        <source>Browse career pathways</source>
        <translation>Mira las rutas profesionales</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="63"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="64"/>
        <source>About ROP/CTE</source>
        <translation>Sobre ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="65"/>
        <source>My list (%1)</source>
        <translation>Mi lista (%1)</translation>
    </message>
</context>
<context>
    <name>InterestsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="42"/>
        <source>Explore by what you like</source>
        <translation>Explora según tus gustos</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="71"/>
        <source>Pathways for you</source>
        <translation>Rutas profesionales para ti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="75"/>
        <source>Tap one or more things you like. Pathways that match appear here.</source>
        <translation>Toca una o más cosas que te gusten. Aquí aparecen las rutas profesionales que van contigo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="80"/>
        <source>Why it matches:</source>
        <translation>Por qué es para ti:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="81"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>Estas rutas también coinciden, pero todavía no tienen clases aquí:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="98"/>
        <source>I like...</source>
        <translation>Me gusta...</translation>
    </message>
</context>
<context>
    <name>KeySetupDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="34"/>
        <source>Catalog signing key</source>
        <translation>Clave de firma del catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="47"/>
        <source>First, a signing key</source>
        <translation>Primero, una clave de firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="52"/>
        <source>Kiosks install only catalogs signed with a key they trust. This computer has no signing key yet. Create one now: it is made once, kept in %1, and every catalog you publish is signed with it.</source>
        <translation>Los quioscos solo instalan catálogos firmados con una clave de confianza. Esta computadora todavía no tiene clave de firma. Créela ahora: se hace una sola vez, se guarda en %1 y con ella se firma cada catálogo que publique.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="60"/>
        <source>Why the key was not made</source>
        <translation>Por qué no se creó la clave</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="62"/>
        <source>&amp;Create key</source>
        <translation>&amp;Crear clave</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="64"/>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="69"/>
        <source>Your signing key</source>
        <translation>Su clave de firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="73"/>
        <source>Give IT this public key line, for [sync] trusted_keys in the kiosk configuration. It is not secret.</source>
        <translation>Dé a IT esta línea de clave pública, para [sync] trusted_keys en la configuración del quiosco. No es secreta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="80"/>
        <source>Public key line</source>
        <translation>Línea de clave pública</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="82"/>
        <source>C&amp;opy</source>
        <translation>C&amp;opiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="87"/>
        <source>Keeping the private key safe</source>
        <translation>Cómo guardar segura la clave privada</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="88"/>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="118"/>
        <source>something went wrong; it is in the log file</source>
        <translation>algo falló; está anotado en el archivo de registro</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="125"/>
        <source>The key was not made: %1</source>
        <translation>No se creó la clave: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="134"/>
        <source>Back up the private key now, to a place only you can open (such as a USB stick kept locked away). It is this file:
%1

Keep it secret: anyone who has it can publish catalogs your kiosks install. If it is lost, IT must trust a new key on every kiosk before you can publish again.</source>
        <translation>Haga ahora una copia de seguridad de la clave privada en un lugar que solo usted pueda abrir (por ejemplo, una memoria USB guardada bajo llave). Es este archivo:
%1

Manténgala en secreto: quien la tenga puede publicar catálogos que sus quioscos instalan. Si se pierde, IT tendrá que confiar en una clave nueva en cada quiosco antes de que pueda volver a publicar.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="77"/>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="81"/>
        <source>Space</source>
        <translation>Espacio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="78"/>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="79"/>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="80"/>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="82"/>
        <source>Delete the last letter</source>
        <translation>Borrar la última letra</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="83"/>
        <source>Clear the search</source>
        <translation>Limpiar la búsqueda</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="84"/>
        <source>Hide the keyboard</source>
        <translation>Ocultar el teclado</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="128"/>
        <source>Career Kiosk (preview)</source>
        <translation>Quiosco de carreras (vista previa)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk: %1</source>
        <translation>Quiosco de carreras: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk</source>
        <translation>Quiosco de carreras</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="275"/>
        <source>No staff PIN is set, so this kiosk runs as a preview and is not locked down. IT: run kiosk-admin set-pin on this computer, then restart the kiosk.</source>
        <translation>No se ha configurado un PIN del personal, así que este quiosco funciona como vista previa y no está bloqueado. TI: ejecuta kiosk-admin set-pin en esta computadora y después reinicia el quiosco.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/overlays/language_picker.py" line="43"/>
        <source>Choose your language</source>
        <translation>Elige tu idioma</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="62"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="46"/>
        <source>Introductory</source>
        <translation>Introductorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="63"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="47"/>
        <source>Concentrator</source>
        <translation>Intermedio</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="64"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="48"/>
        <source>Capstone</source>
        <translation>Proyecto final</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="57"/>
        <source>A first class in a pathway. You explore the field and start learning.</source>
        <translation>La primera clase de una ruta profesional. Conoces el campo y empiezas a aprender.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="61"/>
        <source>A next class in a pathway. It builds on what you learned in a first class.</source>
        <translation>La siguiente clase de una ruta profesional. Sigue con lo que aprendiste en la primera clase.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="66"/>
        <source>The last class in a pathway. It gets you ready for a job or for college.</source>
        <translation>La última clase de una ruta profesional. Te prepara para un trabajo o para la universidad.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="77"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ListPage</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="68"/>
        <source>Counselors help you fit these classes into your schedule. Show them this list.</source>
        <translation>Los consejeros te ayudan a acomodar estas clases en tu horario. Muéstrales esta lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="86"/>
        <source>Your list is only in this page&apos;s address. It is not sent to the server, and nothing about you is kept.</source>
        <translation>Tu lista está solo en la dirección de esta página. No se envía al servidor y no se guarda nada sobre ti.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="91"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="92"/>
        <source>Print this list</source>
        <translation>Imprimir esta lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="93"/>
        <source>Loading your list…</source>
        <translation>Cargando tu lista…</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="94"/>
        <source>Your list could not be loaded. Check your connection and try again.</source>
        <translation>No se pudo cargar tu lista. Revisa tu conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="97"/>
        <source>Try again</source>
        <translation>Volver a intentar</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="98"/>
        <source>%1 is not in the course catalog any more. Ask your counselor about it.</source>
        <comment>%1 is a course code</comment>
        <translation>%1 ya no está en el catálogo de clases. Pregúntale a tu consejero o consejera.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="103"/>
        <source>This list has no classes.</source>
        <translation>Esta lista no tiene clases.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="104"/>
        <source>Class code: %1</source>
        <translation>Código de la clase: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="105"/>
        <source>Your school: %1</source>
        <translation>Tu escuela: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="106"/>
        <source>Any high-school counselor in the district can help you sign up.</source>
        <translation>Cualquier consejero o consejera de preparatoria del distrito puede ayudarte a inscribirte.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="109"/>
        <source>Pay figures: %1</source>
        <translation>Datos de salarios: %1</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="46"/>
        <source>My list</source>
        <translation>Mi lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="98"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="99"/>
        <source>Remove %1 from my list</source>
        <translation>Quitar %1 de mi lista</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="108"/>
        <source>Your list is empty. When you find a class you like, tap “Add to my list”.</source>
        <translation>Tu lista está vacía. Cuando encuentres una clase que te guste, toca “Agregar a mi lista”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="114"/>
        <source>Classes I like</source>
        <translation>Clases que me gustan</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="115"/>
        <source>See your counselor</source>
        <translation>Habla con tu consejero</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="116"/>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="117"/>
        <source>Start over and clear everything</source>
        <translation>Empezar de nuevo y borrar todo</translation>
    </message>
</context>
<context>
    <name>NewWorkbook</name>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="33"/>
        <source>Save a new catalog workbook</source>
        <translation>Guardar un libro nuevo del catálogo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="35"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="44"/>
        <source>%1 was not written: a new workbook must be an .xlsx file.</source>
        <translation>%1 no se escribió: un libro nuevo debe ser un archivo .xlsx.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="55"/>
        <source>%1 could not be written: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="60"/>
        <source>%1 is a new workbook: fill it in with Open in Excel.</source>
        <translation>%1 es un libro nuevo: llénelo con Abrir en Excel.</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../kiosk/ui/screens/out_of_service.py" line="42"/>
        <source>For staff: reference %1 (the details are in the kiosk log)</source>
        <translation>Para el personal: referencia %1 (los detalles están en el registro del quiosco)</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../../kiosk/ui/overlays/base.py" line="99"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="55"/>
        <source>%1 dollars</source>
        <translation>%1 dólares</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="64"/>
        <location filename="../../kiosk/sync/pagewords.py" line="74"/>
        <source>%1 or more</source>
        <translation>%1 o más</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="69"/>
        <location filename="../../kiosk/sync/pagewords.py" line="73"/>
        <source>%1 an hour</source>
        <translation>%1 por hora</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="71"/>
        <location filename="../../kiosk/sync/pagewords.py" line="72"/>
        <source>%1 a year</source>
        <translation>%1 al año</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="87"/>
        <location filename="../../kiosk/sync/pagewords.py" line="75"/>
        <source>Middle pay in the %1 area: %2</source>
        <translation>Salario mediano en el área de %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="93"/>
        <location filename="../../kiosk/sync/pagewords.py" line="76"/>
        <source>Middle pay in %1 (state figure): %2</source>
        <translation>Salario mediano en %1 (cifra del estado): %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="99"/>
        <location filename="../../kiosk/sync/pagewords.py" line="77"/>
        <source>Middle pay in the United States (national figure): %1</source>
        <translation>Salario mediano en los Estados Unidos (cifra nacional): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="104"/>
        <location filename="../../kiosk/sync/pagewords.py" line="78"/>
        <source>Typical pay: %1</source>
        <translation>Salario típico: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="110"/>
        <location filename="../../kiosk/sync/pagewords.py" line="79"/>
        <source>Half of workers earn between %1 and %2.</source>
        <translation>La mitad de los trabajadores gana entre %1 y %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="118"/>
        <location filename="../../kiosk/sync/pagewords.py" line="82"/>
        <source>Source: %1</source>
        <translation>Fuente: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="127"/>
        <location filename="../../kiosk/sync/pagewords.py" line="83"/>
        <source>%1 %2</source>
        <comment>two sentences in a row</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="136"/>
        <source>Middle pay: %1 (state figure)</source>
        <translation>Salario mediano: %1 (cifra del estado)</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="137"/>
        <source>Middle pay: %1 (national figure)</source>
        <translation>Salario mediano: %1 (cifra nacional)</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="138"/>
        <source>Middle pay: %1</source>
        <translation>Salario mediano: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="149"/>
        <source>Middle pay of its careers: %1</source>
        <translation>Salario mediano de sus carreras: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="152"/>
        <source>Middle pay of its careers: %1 to %2 a year</source>
        <translation>Salario mediano de sus carreras: de %1 a %2 al año</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="158"/>
        <location filename="../../kiosk/sync/pagewords.py" line="80"/>
        <source>%n job(s) here</source>
        <translation>
            <numerusform>%n empleo aquí</numerusform>
            <numerusform>%n empleos aquí</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="160"/>
        <location filename="../../kiosk/sync/pagewords.py" line="81"/>
        <source>%n job(s) in the state</source>
        <translation>
            <numerusform>%n empleo en el estado</numerusform>
            <numerusform>%n empleos en el estado</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="174"/>
        <location filename="../../kiosk/sync/pagewords.py" line="84"/>
        <source>May %1</source>
        <translation>mayo de %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="147"/>
        <source>Wrong PIN. %n more wrong PIN(s) will lock the keypad for 5 minutes.</source>
        <translation>
            <numerusform>PIN incorrecto. Con %n intento fallido más, el teclado se bloqueará por 5 minutos.</numerusform>
            <numerusform>PIN incorrecto. Con %n intentos fallidos más, el teclado se bloqueará por 5 minutos.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="172"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="200"/>
        <source>You can try again now.</source>
        <translation>Ya puedes volver a intentarlo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="180"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>Demasiados PIN incorrectos. Vuelve a intentarlo en %1:%2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="204"/>
        <source>Staff PIN</source>
        <translation>PIN del personal</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="205"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="206"/>
        <source>Delete</source>
        <translation>Borrar</translation>
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
        <translation>Preparando la vista previa de %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="72"/>
        <source>Something went wrong building the preview; it is in the log file.</source>
        <translation>Algo falló al preparar la vista previa; está anotado en el archivo de registro.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/preview.py" line="77"/>
        <source>The workbook has %n error(s), so it cannot be previewed yet: fix them (see Problems), then try again.</source>
        <translation>
            <numerusform>El libro tiene %n error, así que aún no se puede ver la vista previa: corríjalo (vea Problemas) y vuelva a intentarlo.</numerusform>
            <numerusform>El libro tiene %n errores, así que aún no se puede ver la vista previa: corríjalos (vea Problemas) y vuelva a intentarlo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="85"/>
        <source>The workbook cannot be previewed: %1</source>
        <translation>No se puede ver la vista previa del libro: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="106"/>
        <source>The kiosk opens in its own window, as a student sees it.</source>
        <translation>El quiosco se abre en su propia ventana, tal como lo ve un estudiante.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="117"/>
        <source>The kiosk could not be started: %1. The details are in the log file.</source>
        <translation>No se pudo iniciar el quiosco: %1. Los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="134"/>
        <source>The preview kiosk stopped with a problem; it is in the log file.</source>
        <translation>El quiosco de vista previa se detuvo por un problema; está anotado en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="40"/>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="41"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="42"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="43"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="44"/>
        <source>What is wrong</source>
        <translation>Qué está mal</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="45"/>
        <source>What is expected</source>
        <translation>Qué se espera</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="117"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="118"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="20"/>
        <source>&quot;{cell}&quot; is not a valid code</source>
        <translation>&quot;{cell}&quot; no es un código válido</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="21"/>
        <source>expected up to {max} letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>se espera un máximo de {max} letras, dígitos, &apos;.&apos;, &apos;-&apos; o &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="24"/>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>&quot;{cell}&quot; no es un número</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="25"/>
        <source>&quot;{cell}&quot; is not a whole number</source>
        <translation>&quot;{cell}&quot; no es un número entero</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="28"/>
        <source>{cell} is out of range</source>
        <translation>{cell} está fuera del rango</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="29"/>
        <source>expected a whole number</source>
        <translation>se espera un número entero</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="30"/>
        <source>expected a whole number from {low} to {high}</source>
        <translation>se espera un número entero de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="33"/>
        <source>expected a number</source>
        <translation>se espera un número</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="34"/>
        <source>expected a number from {low} to {high}</source>
        <translation>se espera un número de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="37"/>
        <source>expected a whole number, written like 52000, 52,000 or $52,000.00</source>
        <translation>se espera un número entero, escrito como 52000, 52,000 o $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="40"/>
        <source>expected a whole number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>se espera un número entero de {low} a {high}, escrito como 52000, 52,000 o $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="45"/>
        <source>expected a number, written like 52000, 52,000 or $52,000.00</source>
        <translation>se espera un número, escrito como 52000, 52,000 o $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="48"/>
        <source>expected a number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>se espera un número de {low} a {high}, escrito como 52000, 52,000 o $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="52"/>
        <source>expected a whole number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>se espera un número entero, escrito como 7.5 o 1,200: un punto para los decimales y comas solo entre los miles</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="57"/>
        <source>expected a whole number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>se espera un número entero de {low} a {high}, escrito como 7.5 o 1,200: un punto para los decimales y comas solo entre los miles</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="62"/>
        <source>expected a number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>se espera un número, escrito como 7.5 o 1,200: un punto para los decimales y comas solo entre los miles</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="67"/>
        <source>expected a number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>se espera un número de {low} a {high}, escrito como 7.5 o 1,200: un punto para los decimales y comas solo entre los miles</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="72"/>
        <source>&quot;{cell}&quot; is not yes or no</source>
        <translation>&quot;{cell}&quot; no es sí ni no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="73"/>
        <source>expected yes or no</source>
        <translation>se espera sí o no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="80"/>
        <source>&quot;{cell}&quot; is not a valid {column}</source>
        <translation>&quot;{cell}&quot; no es un valor válido para {column}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="83"/>
        <source>expected one of: {choices}</source>
        <translation>se espera uno de: {choices}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="84"/>
        <source>&quot;{part}&quot; has a weight that is not a number from {low} to {high}</source>
        <translation>&quot;{part}&quot; tiene un peso que no es un número de {low} a {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="87"/>
        <source>&quot;{part}&quot; has a weight that is not a number</source>
        <translation>&quot;{part}&quot; tiene un peso que no es un número</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="90"/>
        <source>expected CODE or CODE:weight, e.g. AG-AS:3</source>
        <translation>se espera CÓDIGO o CÓDIGO:peso, p. ej. AG-AS:3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="93"/>
        <source>&quot;{cell}&quot; is not a valid set of interest areas</source>
        <translation>&quot;{cell}&quot; no es un conjunto válido de áreas de interés</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="96"/>
        <source>expected up to {max} different letters from R I A S E C</source>
        <translation>se esperan hasta {max} letras distintas de R I A S E C</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="99"/>
        <source>&quot;{cell}&quot; is not an occupation code</source>
        <translation>&quot;{cell}&quot; no es un código de ocupación</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="102"/>
        <source>expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00</source>
        <translation>se espera un código SOC como 29-1141 o un código O*NET-SOC como 29-1141.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="111"/>
        <source>the cell shows the Excel error {error}</source>
        <translation>la celda muestra el error de Excel {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="114"/>
        <source>expected a value: fix the formula, or type the value</source>
        <translation>se espera un valor: corrija la fórmula, o escriba el valor</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="117"/>
        <source>the link&apos;s address is worked out by a formula</source>
        <translation>la dirección del enlace se calcula con una fórmula</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="120"/>
        <source>expected the address typed in the cell, or a link made with Insert &gt; Link</source>
        <translation>se espera la dirección escrita en la celda, o un enlace hecho con Insert &gt; Link</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="124"/>
        <source>the cell holds a formula whose result was never saved in the file</source>
        <translation>la celda tiene una fórmula cuyo resultado nunca se guardó en el archivo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="127"/>
        <source>expected the file opened and saved again in Excel, or the value typed</source>
        <translation>se espera que abra el archivo y lo guarde de nuevo en Excel, o que escriba el valor</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="130"/>
        <source>what the cell shows cannot be read exactly: {why}</source>
        <translation>lo que muestra la celda no se puede leer con exactitud: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="133"/>
        <source>expected the value typed as text, or a plain number format</source>
        <translation>se espera el valor escrito como texto, o un formato de número sencillo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="136"/>
        <source>the cell shows {cell} but holds {number}</source>
        <translation>la celda muestra {cell} pero contiene {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="139"/>
        <source>expected the number as it is shown: round it, or show all its decimals</source>
        <translation>se espera el número tal como se muestra: redondéelo, o muestre todos sus decimales</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="142"/>
        <source>the cell links to {link}, and only its text is published</source>
        <translation>la celda enlaza a {link}, y solo se publica su texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="145"/>
        <source>expected plain text: kiosks show no links</source>
        <translation>se espera texto sin formato: los quioscos no muestran enlaces</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="154"/>
        <source>text is {length} characters long</source>
        <translation>el texto tiene {length} caracteres</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="155"/>
        <source>expected at most {max}</source>
        <translation>se espera un máximo de {max}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="156"/>
        <source>text looks like HTML</source>
        <translation>el texto parece HTML</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="157"/>
        <source>expected plain text without &lt;tags&gt; or &amp;entities;</source>
        <translation>se espera texto sin formato, sin &lt;etiquetas&gt; ni &amp;entidades;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="160"/>
        <source>&quot;{cell}&quot; is not a web address</source>
        <translation>&quot;{cell}&quot; no es una dirección web</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="163"/>
        <source>&quot;{cell}&quot; is a plain http:// address: phones warn that the list page is not secure, and anyone on the way could change what it shows</source>
        <translation>&quot;{cell}&quot; es una dirección http:// simple: los teléfonos advierten que la página de la lista no es segura, y cualquiera en el camino podría cambiar lo que muestra</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="168"/>
        <source>expected an address such as https://www.scusd.edu/ (a link cell gives its address in a workbook, but a CSV file keeps only the link&apos;s text)</source>
        <translation>se espera una dirección como https://www.scusd.edu/ (una celda con enlace da su dirección en un libro, pero un archivo CSV solo guarda el texto del enlace)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="173"/>
        <source>text starts with &quot;{first}&quot; like a formula</source>
        <translation>el texto empieza con &quot;{first}&quot; como una fórmula</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="176"/>
        <source>expected plain text; remove the leading character</source>
        <translation>se espera texto sin formato; quite el primer carácter</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="179"/>
        <source>text has &quot;?&quot; where letters were (&quot;{excerpt}&quot;): the file was saved in a code page that cannot hold them</source>
        <translation>el texto tiene &quot;?&quot; donde había letras (&quot;{excerpt}&quot;): el archivo se guardó en una página de códigos que no puede contenerlas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="184"/>
        <source>expected the text as typed: save the sheet as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>se espera el texto tal como se escribió: guarde la hoja como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="20"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: no existe ese archivo ni carpeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="23"/>
        <source>{path}: a single CSV file holds one sheet; put one CSV file per sheet (sectors.csv, courses.csv, ...) in a folder and give the folder</source>
        <translation>{path}: un solo archivo CSV contiene una sola hoja; ponga un archivo CSV por hoja (sectors.csv, courses.csv, ...) en una carpeta y abra la carpeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="28"/>
        <source>{file}: {format} files cannot be checked exactly; save it as &quot;Excel Workbook (.xlsx)&quot; or as CSV UTF-8 files</source>
        <translation>{file}: los archivos de {format} no se pueden revisar con exactitud; guárdelo como &quot;Excel Workbook (.xlsx)&quot; o como archivos CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="33"/>
        <source>{path}: not a workbook (expected .xlsx or a folder of CSV files)</source>
        <translation>{path}: no es un libro (se espera .xlsx o una carpeta de archivos CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="36"/>
        <source>{path}: the folder has no CSV files (expected sectors.csv, pathways.csv, courses.csv, ...)</source>
        <translation>{path}: la carpeta no tiene archivos CSV (se esperan sectors.csv, pathways.csv, courses.csv, ...)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="41"/>
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}: no se puede leer ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="44"/>
        <source>{file}: {why}, so its cells cannot be placed; open it in Excel and save it again as .xlsx</source>
        <translation>{file}: {why}, así que no se pueden ubicar sus celdas; ábralo en Excel y guárdelo de nuevo como .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="49"/>
        <source>{file}: this file isn&apos;t a valid Excel workbook; open it in Excel and save it again as .xlsx</source>
        <translation>{file}: este archivo no es un libro de Excel válido; ábralo en Excel y guárdelo de nuevo como .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="54"/>
        <source>{file}: the workbook is password protected (or is an Excel 97-2003 file); save it as &quot;Excel Workbook (.xlsx)&quot; without a password</source>
        <translation>{file}: el libro está protegido con contraseña (o es un archivo de Excel 97-2003); guárdelo como &quot;Excel Workbook (.xlsx)&quot; sin contraseña</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="59"/>
        <source>{file}: not a readable CSV file ({why})</source>
        <translation>{file}: no es un archivo CSV legible ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="62"/>
        <source>{file}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8</source>
        <translation>{file}: parece un archivo binario, no CSV; guárdelo desde Excel como CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="66"/>
        <source>{file}: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: no es UTF-8, ni texto en ninguna página de códigos que guarde un programa de hojas de cálculo; guárdelo de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="77"/>
        <source>{file} and {count} more CSV files: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} y {count} archivos CSV más: no son UTF-8, ni texto en ninguna página de códigos que guarde un programa de hojas de cálculo; guárdelos de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="82"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: no se guardó como CSV UTF-8, y sus letras con acento no se pueden leer con seguridad: podría ser {first} o {second}; guárdelo de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="88"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} y {count} archivos CSV más: no se guardaron como CSV UTF-8, y sus letras con acento no se pueden leer con seguridad: podría ser {first} o {second}; guárdelos de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="94"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: no se guardó como CSV UTF-8, y sus letras con acento no se pueden leer con seguridad: podría ser {first}, {second} o {third}; guárdelo de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="100"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} y {count} archivos CSV más: no se guardaron como CSV UTF-8, y sus letras con acento no se pueden leer con seguridad: podría ser {first}, {second} o {third}; guárdelos de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="106"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: no se guardó como CSV UTF-8, y sus letras con acento no se pueden leer con seguridad: ninguna página de códigos que guarde un programa de hojas de cálculo las lee como palabras; guárdelo de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="112"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} y {count} archivos CSV más: no se guardaron como CSV UTF-8, y sus letras con acento no se pueden leer con seguridad: ninguna página de códigos que guarde un programa de hojas de cálculo las lee como palabras; guárdelos de nuevo como &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="118"/>
        <source>{file}: not an OEWS wage file in BLS&apos;s layout (no column {columns}); use the file as downloaded from bls.gov/oes</source>
        <translation>{file}: no es un archivo de salarios OEWS con el formato de BLS (no tiene la columna {columns}); use el archivo tal como se descarga de bls.gov/oes</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="123"/>
        <source>{file}: row {row}, column {column}: {value} is not an area type (1, 2, 4 ...)</source>
        <translation>{file}: fila {row}, columna {column}: {value} no es un tipo de área (1, 2, 4 ...)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="127"/>
        <source>{file}: row {row}, column {column}: {value} is not a number, *, ** or #</source>
        <translation>{file}: fila {row}, columna {column}: {value} no es un número, *, ** ni #</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="137"/>
        <source>{file}: cannot be read as a workbook ({why})</source>
        <translation>{file}: no se puede leer como libro ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="140"/>
        <source>{file}: no sheet has BLS&apos;s OCC_CODE column</source>
        <translation>{file}: ninguna hoja tiene la columna OCC_CODE de BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="28"/>
        <source>unknown sheet, ignored</source>
        <translation>hoja desconocida, se ignora</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="29"/>
        <source>expected sheets: {sheets}</source>
        <translation>se esperan las hojas: {sheets}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="30"/>
        <source>sheet is missing</source>
        <translation>falta la hoja</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="31"/>
        <source>expected a sheet named &quot;{sheet}&quot;</source>
        <translation>se espera una hoja llamada &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="34"/>
        <source>sheet has {count} rows</source>
        <translation>la hoja tiene {count} filas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="35"/>
        <source>expected at least {count}</source>
        <translation>se esperan al menos {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="36"/>
        <source>invisible character {character} removed</source>
        <translation>se quitó el carácter invisible {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="39"/>
        <source>expected only characters that show; it usually comes with copied text</source>
        <translation>se esperan solo caracteres visibles; suele venir con texto copiado</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="42"/>
        <source>text holds the invisible character {character}</source>
        <translation>el texto contiene el carácter invisible {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="45"/>
        <source>expected only characters that show: delete it, unless it is meant</source>
        <translation>se esperan solo caracteres visibles: bórrelo, a menos que sea intencional</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="48"/>
        <source>required text is empty</source>
        <translation>falta un texto obligatorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="49"/>
        <source>required value is empty</source>
        <translation>falta un valor obligatorio</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="50"/>
        <source>expected {help}</source>
        <translation>se espera: {help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="51"/>
        <source>has a translation but no English text</source>
        <translation>tiene una traducción pero no tiene texto en inglés</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="54"/>
        <source>expected English text too; it is shown when a translation is missing</source>
        <translation>se espera también el texto en inglés; se muestra cuando falta una traducción</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="57"/>
        <source>duplicate &quot;{key}&quot;</source>
        <translation>&quot;{key}&quot; repetido</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="58"/>
        <source>expected each {columns} once; already used in row {row}</source>
        <translation>se espera cada {columns} una sola vez; ya se usa en la fila {row}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="67"/>
        <source>the column appears twice</source>
        <translation>la columna aparece dos veces</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="68"/>
        <source>expected each column once</source>
        <translation>se espera cada columna una sola vez</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="69"/>
        <source>column is missing</source>
        <translation>falta la columna</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="70"/>
        <source>expected a header cell &quot;{column}&quot;: {help}</source>
        <translation>se espera una celda de encabezado &quot;{column}&quot;: {help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="73"/>
        <source>unknown column, ignored</source>
        <translation>columna desconocida, se ignora</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="74"/>
        <source>expected columns: {columns}</source>
        <translation>se esperan las columnas: {columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="77"/>
        <source>column &quot;{column}&quot; cannot be translated</source>
        <translation>la columna &quot;{column}&quot; no se puede traducir</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="80"/>
        <source>expected only one column for it, without a language suffix</source>
        <translation>se espera una sola columna para esto, sin sufijo de idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="83"/>
        <source>unknown language suffix &quot;{suffix}&quot;</source>
        <translation>sufijo de idioma desconocido &quot;{suffix}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="86"/>
        <source>column {letter} has no header but holds data in 1 row (row {rows})</source>
        <translation>la columna {letter} no tiene encabezado pero tiene datos en 1 fila (fila {rows})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="89"/>
        <source>column {letter} has no header but holds data in {count} rows (rows {rows})</source>
        <translation>la columna {letter} no tiene encabezado pero tiene datos en {count} filas (filas {rows})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="93"/>
        <source>expected the column&apos;s name in its header cell, one of: {columns}</source>
        <translation>se espera el nombre de la columna en su celda de encabezado, uno de: {columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="96"/>
        <source>the sheet is hidden in Excel, and it is published</source>
        <translation>la hoja está oculta en Excel, y se publica</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="99"/>
        <source>expected a visible sheet: unhide it, or delete it if it should not be published</source>
        <translation>se espera una hoja visible: muéstrela, o bórrela si no se debe publicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="103"/>
        <source>row {rows} is hidden in Excel, and published</source>
        <translation>la fila {rows} está oculta en Excel, y se publica</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="106"/>
        <source>rows {rows} are hidden in Excel, and published</source>
        <translation>las filas {rows} están ocultas en Excel, y se publican</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="109"/>
        <source>a hidden row is usually meant to be left out: delete it, or unhide it</source>
        <translation>una fila oculta suele ser algo que se quería dejar fuera: bórrela, o muéstrela</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="112"/>
        <source>column {letter} is hidden in Excel, and it is published</source>
        <translation>la columna {letter} está oculta en Excel, y se publica</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="115"/>
        <source>expected a visible column: unhide it, or delete it if it should not be published</source>
        <translation>se espera una columna visible: muéstrela, o bórrela si no se debe publicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="125"/>
        <source>header cells {cells} are merged</source>
        <translation>las celdas de encabezado {cells} están combinadas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="128"/>
        <source>expected one header cell for each column: unmerge them and name each column</source>
        <translation>se espera una celda de encabezado por columna: separe las celdas y ponga nombre a cada columna</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="132"/>
        <source>cells {cells} are merged, so only {first} holds the text shown across them</source>
        <translation>las celdas {cells} están combinadas, así que solo {first} contiene el texto que se ve en todas ellas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="136"/>
        <source>expected each cell to hold its own value: unmerge them and fill every cell</source>
        <translation>se espera que cada celda tenga su propio valor: separe las celdas y llene cada una</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="146"/>
        <source>unknown sector &quot;{code}&quot;</source>
        <translation>sector desconocido &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="149"/>
        <source>unknown pathway &quot;{code}&quot;</source>
        <translation>ruta profesional desconocida &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="152"/>
        <source>unknown course &quot;{code}&quot;</source>
        <translation>curso desconocido &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="155"/>
        <source>unknown school &quot;{code}&quot;</source>
        <translation>escuela desconocida &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="158"/>
        <source>unknown career &quot;{code}&quot;</source>
        <translation>carrera desconocida &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="161"/>
        <source>unknown {thing} &quot;{code}&quot;</source>
        <translation>código desconocido de {thing}: &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="162"/>
        <source>expected a code from the {sheet} sheet</source>
        <translation>se espera un código de la hoja {sheet}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="165"/>
        <source>expected a code from the {sheet} sheet; also in 1 more row: {rows}</source>
        <translation>se espera un código de la hoja {sheet}; también en 1 fila más: {rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="168"/>
        <source>expected a code from the {sheet} sheet; also in {count} more rows: {rows}</source>
        <translation>se espera un código de la hoja {sheet}; también en {count} filas más: {rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="172"/>
        <source>1 row name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>1 fila nombra códigos de la hoja {sheet}, que falta o no se pudo leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="176"/>
        <source>{count} rows name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>{count} filas nombran códigos de la hoja {sheet}, que falta o no se pudo leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="180"/>
        <source>expected the {sheet} sheet&apos;s problems above fixed first; these rows are checked against it then</source>
        <translation>se espera que primero corrija los problemas de la hoja {sheet} que aparecen arriba; entonces se revisarán estas filas con ella</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="185"/>
        <source>grade_max {high} is below grade_min {low}</source>
        <translation>grade_max {high} es menor que grade_min {low}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="188"/>
        <source>expected grade_max to be at least grade_min</source>
        <translation>se espera que grade_max sea al menos grade_min</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="191"/>
        <source>college_credit is yes but no partner college is named</source>
        <translation>college_credit es sí, pero no se indica ninguna universidad asociada</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="194"/>
        <source>expected the college that grants the credit</source>
        <translation>se espera la universidad que otorga el crédito</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="197"/>
        <source>there is no notice row</source>
        <translation>no hay ninguna fila de aviso (notice)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="204"/>
        <source>expected the nondiscrimination notice as a row of kind notice</source>
        <translation>se espera el aviso de no discriminación como una fila de tipo notice</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="207"/>
        <source>setting &quot;{key}&quot; is missing</source>
        <translation>falta la configuración &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="208"/>
        <source>expected a row with key &quot;{key}&quot;</source>
        <translation>se espera una fila con key &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="211"/>
        <source>expected yes or no for is_sample</source>
        <translation>se espera sí o no para is_sample</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="214"/>
        <source>expected an address starting with https://</source>
        <translation>se espera una dirección que empiece con https://</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="217"/>
        <source>&quot;{cell}&quot; has a ? or # in it: the kiosk puts list.html and the student&apos;s list after the address, so it must end with the folder&apos;s name</source>
        <translation>&quot;{cell}&quot; tiene un ? o un # : el quiosco agrega list.html y la lista del estudiante después de la dirección, así que debe terminar con el nombre de la carpeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="222"/>
        <source>expected the public address of the published folder, such as https://cte.example.org/kiosk</source>
        <translation>se esperaba la dirección pública de la carpeta publicada, por ejemplo https://cte.example.org/kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="233"/>
        <source>setting &quot;wage_area&quot; is missing, so the wage file cannot be used</source>
        <translation>falta la configuración &quot;wage_area&quot;, así que no se puede usar el archivo de salarios</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="236"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas}</source>
        <translation>se espera el código de BLS de su área; {file} tiene {areas}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="239"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas} and {count} more</source>
        <translation>se espera el código de BLS de su área; {file} tiene {areas} y {count} más</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="243"/>
        <source>wage_area &quot;{code}&quot; is not an area of {file}</source>
        <translation>wage_area &quot;{code}&quot; no es un área de {file}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="246"/>
        <source>expected one of its areas: {areas}; or download your area&apos;s file</source>
        <translation>se espera una de sus áreas: {areas}; o descargue el archivo de su área</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="249"/>
        <source>expected one of its areas: {areas} and {count} more; or download your area&apos;s file</source>
        <translation>se espera una de sus áreas: {areas} y {count} más; o descargue el archivo de su área</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="253"/>
        <source>{file} does not say which BLS release it is</source>
        <translation>{file} no dice qué publicación de BLS es</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="256"/>
        <source>expected BLS&apos;s file name (MSA_M2025_dl.xlsx) or a setting &quot;wage_release&quot; such as &quot;May 2025&quot;</source>
        <translation>se espera el nombre de archivo de BLS (MSA_M2025_dl.xlsx) o una configuración &quot;wage_release&quot; como &quot;May 2025&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="261"/>
        <source>{soc} is not in {file}, so this career shows no pay</source>
        <translation>{soc} no está en {file}, así que esta carrera no muestra salario</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="264"/>
        <source>expected an occupation code BLS publishes (check it at onetonline.org), or a typed wage</source>
        <translation>se espera un código de ocupación que BLS publique (compruébelo en onetonline.org), o un salario escrito</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="275"/>
        <source>two sheets are both &quot;{sheet}&quot;: &quot;{first}&quot; and &quot;{second}&quot;</source>
        <translation>dos hojas son &quot;{sheet}&quot;: &quot;{first}&quot; y &quot;{second}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="278"/>
        <source>expected one sheet of each name; delete or rename one of them</source>
        <translation>se espera una sola hoja de cada nombre; borre o cambie el nombre de una de ellas</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="281"/>
        <source>not a sheet, ignored</source>
        <translation>no es una hoja, se ignora</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="282"/>
        <source>a lock or shadow file that Excel, LibreOffice or macOS leaves beside open files</source>
        <translation>un archivo de bloqueo o de sombra que Excel, LibreOffice o macOS dejan junto a los archivos abiertos</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="80"/>
        <source>A shared folder, a web server&apos;s folder or a USB stick: kiosks take the catalog from there.</source>
        <translation>Una carpeta compartida, la carpeta de un servidor web o una memoria USB: los quioscos toman el catálogo de allí.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="89"/>
        <source>Why it cannot be published yet</source>
        <translation>Por qué todavía no se puede publicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="94"/>
        <source>Result of publishing</source>
        <translation>Resultado de la publicación</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="95"/>
        <source>What happens next</source>
        <translation>Qué pasa ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="102"/>
        <source>Publish &amp;to:</source>
        <translation>Publ&amp;icar en:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="106"/>
        <source>Publish folder</source>
        <translation>Carpeta de publicación</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="108"/>
        <source>&amp;Choose...</source>
        <translation>E&amp;legir...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="109"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="188"/>
        <source>Choose the publish folder</source>
        <translation>Elegir la carpeta de publicación</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="118"/>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="119"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="149"/>
        <source>Show public &amp;key...</source>
        <translation>&amp;Mostrar clave pública...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="126"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="127"/>
        <source>Pu&amp;blish</source>
        <translation>Pu&amp;blicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="128"/>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="147"/>
        <source>Catalogs are signed with key %1 (its private file: %2).</source>
        <translation>Los catálogos se firman con la clave %1 (su archivo privado: %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="151"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="283"/>
        <source>The signing key cannot be read: %1</source>
        <translation>No se puede leer la clave de firma: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="154"/>
        <source>This computer has no signing key yet.</source>
        <translation>Esta computadora todavía no tiene clave de firma.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="155"/>
        <source>Create signing &amp;key...</source>
        <translation>Crear clave de &amp;firma...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="202"/>
        <source>No folder chosen yet</source>
        <translation>Todavía no se eligió ninguna carpeta</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="268"/>
        <source>Open a workbook first.</source>
        <translation>Primero abra un libro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="270"/>
        <source>Checking the workbook...</source>
        <translation>Revisando el libro...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="272"/>
        <source>This workbook cannot be checked: see the Problems tab.</source>
        <translation>Este libro no se puede revisar: vea la pestaña Problemas.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishpage.py" line="275"/>
        <source>This workbook has %n error(s): fix them first (they are on the Problems tab), then publish.</source>
        <translation>
            <numerusform>Este libro tiene %n error: corríjalo primero (está en la pestaña Problemas) y después publique.</numerusform>
            <numerusform>Este libro tiene %n errores: corríjalos primero (están en la pestaña Problemas) y después publique.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="281"/>
        <source>Choose the folder to publish to.</source>
        <translation>Elija la carpeta donde publicar.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="300"/>
        <source>Publishing...</source>
        <translation>Publicando...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="325"/>
        <source>Publish anyway?</source>
        <translation>¿Publicar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="342"/>
        <source>Nothing was changed in %1.</source>
        <translation>No se cambió nada en %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="359"/>
        <source>Not published</source>
        <translation>No publicado</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="362"/>
        <source>Something went wrong in publishing; it is in the log file.</source>
        <translation>Algo falló al publicar; está anotado en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="32"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: %2 añadidos, %3 quitados, %4 cambiados</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="38"/>
        <source>No changes</source>
        <translation>Sin cambios</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="47"/>
        <source>...and %n more: kiosk-admin diff lists them all</source>
        <translation>
            <numerusform>...y %n más: kiosk-admin diff los muestra todos</numerusform>
            <numerusform>...y %n más: kiosk-admin diff los muestra todos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="56"/>
        <source>%1: added %2</source>
        <translation>%1: añadido %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="57"/>
        <source>%1: removed %2</source>
        <translation>%1: quitado %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="58"/>
        <source>%1: changed %2 %3: %4 -&gt; %5</source>
        <translation>%1: cambiado %2 %3: %4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="81"/>
        <source>%1 of %2 %3</source>
        <translation>%1 de %2 %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="85"/>
        <source>%1 and %2</source>
        <translation>%1 y %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="92"/>
        <source>%1, row %2</source>
        <translation>%1, fila %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="93"/>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, columna &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="94"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="95"/>
        <source>warning: %1</source>
        <translation>advertencia: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="110"/>
        <source>Nothing is published in this folder yet: the whole workbook is new.</source>
        <translation>Todavía no hay nada publicado en esta carpeta: todo el libro es nuevo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="114"/>
        <source>Nothing to compare: %1. Publishing will ask before it goes ahead.</source>
        <translation>No hay con qué comparar: %1. Al publicar se le preguntará antes de seguir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="118"/>
        <source>Changes from the published %1:</source>
        <translation>Cambios respecto a %1 publicado:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="125"/>
        <source>This removes %1 (more than a fifth): publishing will ask first.</source>
        <translation>Esto quita %1 (más de una quinta parte): al publicar se le preguntará primero.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="134"/>
        <source>Nothing can be compared: %1, so what this removes cannot be checked. Make sure the workbook is the complete, saved one.

Publish anyway?</source>
        <translation>No se puede comparar nada: %1, así que no se puede revisar lo que esto quita. Asegúrese de que el libro sea el completo y guardado.

¿Publicar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="140"/>
        <source>This removes %1 (more than a fifth of what is published). A half-saved workbook is the usual cause.

Publish anyway?</source>
        <translation>Esto quita %1 (más de una quinta parte de lo publicado). Un libro guardado a medias suele ser la causa.

¿Publicar de todos modos?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="151"/>
        <source>The publish folder is %1: choose another folder.</source>
        <translation>La carpeta de publicación es %1: elija otra carpeta.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="156"/>
        <source>The signing key cannot be read: %1</source>
        <translation>No se puede leer la clave de firma: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="159"/>
        <source>This workbook cannot be read: %1</source>
        <translation>Este libro no se puede leer: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="162"/>
        <source>This workbook has %n error(s), listed below: fix them first, then publish.</source>
        <translation>
            <numerusform>Este libro tiene %n error, indicado abajo: corríjalo primero y después publique.</numerusform>
            <numerusform>Este libro tiene %n errores, indicados abajo: corríjalos primero y después publique.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="169"/>
        <source>It cannot be published there: %1</source>
        <translation>No se puede publicar allí: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="176"/>
        <source>Published catalog version %1</source>
        <translation>Publicada la versión %1 del catálogo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="181"/>
        <source>%n course(s), signed with key %1, in %2.</source>
        <translation>
            <numerusform>%n curso, firmado con la clave %1, en %2.</numerusform>
            <numerusform>%n cursos, firmados con la clave %1, en %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="184"/>
        <source>Kiosks whose sync source is this folder or the web address that serves it pick it up at their next check: they check it every %1 minutes and install the new catalog between students.</source>
        <translation>Los quioscos cuyo origen de sincronización es esta carpeta o la dirección web que la sirve lo toman en su próxima revisión: revisan cada %1 minutos e instalan el catálogo nuevo entre un estudiante y otro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="190"/>
        <source>For a kiosk without a network, copy the folder to a USB stick and use Import from a USB drive in the kiosk&apos;s staff panel.</source>
        <translation>Para un quiosco sin red, copie la carpeta en una memoria USB y use Importar desde una memoria USB en el panel del personal del quiosco.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="198"/>
        <source>The kiosk&apos;s QR code opens the list page at %1 on a student&apos;s phone: copy the whole folder, its list files too, to that address.</source>
        <translation>El código QR del quiosco abre la página de la lista en %1 en el teléfono del estudiante: copie la carpeta completa, con sus archivos list, a esa dirección.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="206"/>
        <source>The folder also holds the list page a student&apos;s phone opens from the kiosk&apos;s QR code, once the settings sheet&apos;s qr_base_url names the folder&apos;s public address.</source>
        <translation>La carpeta también contiene la página de la lista que el teléfono de un estudiante abre con el código QR del quiosco, cuando el qr_base_url de la hoja settings indique la dirección pública de la carpeta.</translation>
    </message>
</context>
<context>
    <name>QuizResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="81"/>
        <source>Your quiz result</source>
        <translation>Tu resultado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="92"/>
        <source>You did not pick anything you would like. Try Explore by what you like, or Browse to see every pathway.</source>
        <translation>No elegiste nada que te gustaría hacer. Prueba “Explora según tus gustos”, o “Mira las rutas profesionales” para verlas todas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="103"/>
        <source>Pathways for you</source>
        <translation>Rutas profesionales para ti</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="106"/>
        <source>Why it matches:</source>
        <translation>Por qué es para ti:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="107"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>Estas rutas también coinciden, pero todavía no tienen clases aquí:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="113"/>
        <source>You are a...</source>
        <translation>Eres...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="114"/>
        <source>Take the quiz again</source>
        <translation>Repetir la prueba</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="44"/>
        <source>Quick quiz</source>
        <translation>Prueba rápida</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="71"/>
        <source>The quiz is not available right now.</source>
        <translation>La prueba no está disponible en este momento.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="76"/>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="93"/>
        <source>Would you like to...</source>
        <translation>¿Te gustaría...?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="94"/>
        <source>I&apos;d like that</source>
        <translation>Me gustaría</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="95"/>
        <source>Not sure</source>
        <translation>No sé</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="96"/>
        <source>Not for me</source>
        <translation>No es para mí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="97"/>
        <source>Previous question</source>
        <translation>Pregunta anterior</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="72"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="144"/>
        <source>Type a class, a career or a word like “nurse”, “cars” or “cooking”.</source>
        <translation>Escribe una clase, una carrera o una palabra como “enfermería”, “autos” o “cocina”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="153"/>
        <source>%n class(es) found</source>
        <translation>
            <numerusform>%n clase encontrada</numerusform>
            <numerusform>%n clases encontradas</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="155"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>No encontramos nada. Prueba con una palabra más corta o diferente.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="168"/>
        <source>Type to search</source>
        <translation>Escribe para buscar</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="169"/>
        <source>Search for a class or career</source>
        <translation>Busca una clase o carrera</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="170"/>
        <source>Keyboard</source>
        <translation>Teclado</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="171"/>
        <source>Show the keyboard</source>
        <translation>Mostrar el teclado</translation>
    </message>
</context>
<context>
    <name>SectorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="134"/>
        <source>No classes in this sector yet.</source>
        <translation>Todavía no hay clases en este sector.</translation>
    </message>
</context>
<context>
    <name>Sleeping</name>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="21"/>
        <source>Closed.</source>
        <translation>Cerrado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="26"/>
        <source>Closed. Open again on %1 at %2.</source>
        <translation>Cerrado. Abre de nuevo el %1, a las %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="30"/>
        <source>Closed. Open again today at %1.</source>
        <translation>Cerrado. Abre de nuevo hoy a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="32"/>
        <source>Closed. Open again tomorrow at %1.</source>
        <translation>Cerrado. Abre de nuevo mañana a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="35"/>
        <source>Closed. Open again Monday at %1.</source>
        <translation>Cerrado. Abre de nuevo el lunes a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="36"/>
        <source>Closed. Open again Tuesday at %1.</source>
        <translation>Cerrado. Abre de nuevo el martes a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="37"/>
        <source>Closed. Open again Wednesday at %1.</source>
        <translation>Cerrado. Abre de nuevo el miércoles a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="38"/>
        <source>Closed. Open again Thursday at %1.</source>
        <translation>Cerrado. Abre de nuevo el jueves a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="39"/>
        <source>Closed. Open again Friday at %1.</source>
        <translation>Cerrado. Abre de nuevo el viernes a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="40"/>
        <source>Closed. Open again Saturday at %1.</source>
        <translation>Cerrado. Abre de nuevo el sábado a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="41"/>
        <source>Closed. Open again Sunday at %1.</source>
        <translation>Cerrado. Abre de nuevo el domingo a las %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="84"/>
        <source>Touch the screen to use it now.</source>
        <translation>Toca la pantalla para usarla ahora.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../kiosk/services/slip.py" line="87"/>
        <source>There is no printer here. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>Aquí no hay impresora. Muéstrale esta pantalla a tu consejero o consejera, o escanea el código con un celular.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="96"/>
        <source>The printer is not answering. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>La impresora no responde. Muéstrale esta pantalla a tu consejero o consejera, o escanea el código con un celular.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="113"/>
        <source>No default printer is set up.</source>
        <translation>No hay una impresora predeterminada configurada.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="117"/>
        <source>The default printer did not accept the page.</source>
        <translation>La impresora predeterminada no aceptó la página.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="126"/>
        <source>CTE Career Kiosk: test page</source>
        <translation>Quiosco de carreras CTE: página de prueba</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="29"/>
        <location filename="../../kiosk/services/slip.py" line="179"/>
        <location filename="../../kiosk/sync/pagewords.py" line="38"/>
        <source>My career class list</source>
        <translation>Mi lista de clases de carreras</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="30"/>
        <location filename="../../kiosk/services/slip.py" line="185"/>
        <source>To sign up, talk to your high-school counselor.</source>
        <translation>Para inscribirte, habla con el consejero o la consejera de tu preparatoria.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="33"/>
        <source>School: %1</source>
        <translation>Escuela: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="205"/>
        <source>ROP/CTE classes are tuition-free for high-school students.</source>
        <translation>Las clases de ROP/CTE son sin colegiatura para estudiantes de preparatoria.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Stop reading</source>
        <translation>Dejar de leer</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Read aloud</source>
        <translation>Leer en voz alta</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="51"/>
        <source>Start over?</source>
        <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="52"/>
        <source>This clears your list and your answers.</source>
        <translation>Esto borra tu lista y tus respuestas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="53"/>
        <source>Yes, start over</source>
        <translation>Sí, empezar de nuevo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="54"/>
        <source>No, keep my list</source>
        <translation>No, conservar mi lista</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/overlays/still_there.py" line="103"/>
        <source>In %n second(s), everything you did here will be cleared for the next student.</source>
        <translation>
            <numerusform>En %n segundo se borrará todo lo que hiciste aquí para que lo use otro estudiante.</numerusform>
            <numerusform>En %n segundos se borrará todo lo que hiciste aquí para que lo use otro estudiante.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="119"/>
        <source>Are you still there?</source>
        <translation>¿Sigues ahí?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="120"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Sí, aquí sigo</translation>
    </message>
</context>
<context>
    <name>Talking</name>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="34"/>
        <source>not available now</source>
        <translation>no disponible ahora</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="36"/>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="40"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="48"/>
        <source>text field</source>
        <translation>campo de texto</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="49"/>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="54"/>
        <source>class, Enter opens it</source>
        <translation>clase, Enter la abre</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="59"/>
        <source>choice, selected</source>
        <translation>opción, seleccionada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="61"/>
        <source>choice, not selected</source>
        <translation>opción, no seleccionada</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="64"/>
        <source>button</source>
        <translation>botón</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="65"/>
        <source>heading</source>
        <translation>título</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="74"/>
        <source>Talking mode is on. Down and Up move through the screen, Enter chooses, F1 is help, F2 turns talking mode off.</source>
        <translation>El modo de voz está encendido. Con Abajo y Arriba te mueves por la pantalla, Enter elige, F1 es la ayuda y F2 apaga el modo de voz.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="86"/>
        <source>Talking mode is off. F2 turns it on again.</source>
        <translation>El modo de voz está apagado. F2 lo vuelve a encender.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="165"/>
        <source>Nothing to choose here.</source>
        <translation>Aquí no hay nada que elegir.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="171"/>
        <source>End of the screen. Up goes back.</source>
        <translation>Fin de la pantalla. Con Arriba regresas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="173"/>
        <source>Top of the screen.</source>
        <translation>Principio de la pantalla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="195"/>
        <source>Type now. Down leaves the field.</source>
        <translation>Ya puedes escribir. Con Abajo sales del campo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="242"/>
        <source>Press Enter to start.</source>
        <translation>Presiona Enter para empezar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="245"/>
        <source>%n choice(s). Down for the next, Enter to choose, F1 for help.</source>
        <translation>
            <numerusform>%n opción. Abajo para la siguiente, Enter para elegir, F1 para la ayuda.</numerusform>
            <numerusform>%n opciones. Abajo para la siguiente, Enter para elegir, F1 para la ayuda.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="274"/>
        <source>My list: %n class(es).</source>
        <translation>
            <numerusform>Mi lista: %n clase.</numerusform>
            <numerusform>Mi lista: %n clases.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="283"/>
        <source>Everything was cleared for the next student. Talking mode is off.</source>
        <translation>Se borró todo para el próximo estudiante. El modo de voz está apagado.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="334"/>
        <source>Faster</source>
        <translation>Más rápido</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="336"/>
        <source>Slower</source>
        <translation>Más lento</translation>
    </message>
</context>
<context>
    <name>TalkingHelp</name>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="11"/>
        <source>The welcome screen of the career class kiosk. Enter starts.</source>
        <translation>La pantalla de bienvenida del quiosco de clases de carreras. Con Enter empiezas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="14"/>
        <source>Choose how to explore career classes: by what you like, with a quick quiz, by industry, or by searching.</source>
        <translation>Elige cómo explorar las clases de carreras: según tus gustos, con una prueba rápida, por industria o buscando.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="19"/>
        <source>Choose the things you like. Pathways and classes that match them are listed after the choices.</source>
        <translation>Elige las cosas que te gustan. Después de las opciones vienen las rutas profesionales y las clases que van con ellas.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="24"/>
        <source>A quick quiz. For each statement, choose I&apos;d like that, Not sure, or Not for me.</source>
        <translation>Una prueba rápida. Para cada frase, elige “Me gustaría”, “No sé” o “No es para mí”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="28"/>
        <source>Your quiz result: the kinds of work that suit you, then pathways and classes.</source>
        <translation>Tu resultado: los tipos de trabajo que van contigo y después rutas profesionales y clases.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="32"/>
        <source>The industries. Choose one to hear its pathways and classes.</source>
        <translation>Las industrias. Elige una para escuchar sus rutas profesionales y sus clases.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="35"/>
        <source>An industry&apos;s pathways, each with its classes and their pay. Choose a class to open it.</source>
        <translation>Las rutas profesionales de una industria, cada una con sus clases y su salario. Elige una clase para abrirla.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="40"/>
        <source>Type a class or a career on the keyboard. The number of classes found is said, and the classes follow the search field.</source>
        <translation>Escribe una clase o una carrera en el teclado. Vas a escuchar cuántas clases se encontraron, y las clases vienen después del campo de búsqueda.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="45"/>
        <source>One class: what you will do, where and when it runs, and the careers it leads to with their pay. You can add it to your list.</source>
        <translation>Una clase: lo que vas a hacer, dónde y cuándo es, y las carreras a las que te puede llevar, con su salario. Puedes agregarla a tu lista.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="50"/>
        <source>The classes you chose. Go on to your counselor to sign up, or remove a class.</source>
        <translation>Las clases que elegiste. Sigue con tu consejero o consejera para inscribirte, o quita una clase.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="54"/>
        <source>Choose your school to hear where its counselors are. Then print your list to take with you.</source>
        <translation>Elige tu escuela para escuchar dónde están sus consejeros. Luego imprime tu lista para llevártela.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="59"/>
        <source>Questions and answers about these tuition-free classes.</source>
        <translation>Preguntas y respuestas sobre estas clases sin colegiatura.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="66"/>
        <source>Keys: Down and Up move through everything on the screen. Enter chooses. Escape goes back. Home goes to the start. Control stops the voice. F7 is slower, F8 faster. F1 is this help. F2 turns talking mode off.</source>
        <translation>Teclas: con Abajo y Arriba te mueves por todo lo que hay en la pantalla. Enter elige. Escape regresa. Home te lleva al Inicio. Control detiene la voz. F7 es más lento, F8 más rápido. F1 es esta ayuda. F2 apaga el modo de voz.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="60"/>
        <location filename="../../kiosk/ui/screens/course.py" line="26"/>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="61"/>
        <location filename="../../kiosk/ui/screens/course.py" line="27"/>
        <source>Summer school</source>
        <translation>Escuela de verano</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="159"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="172"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="176"/>
        <source>Home</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="160"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="173"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="177"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="174"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="161"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="171"/>
        <source>My list (%1)</source>
        <translation>Mi lista (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="181"/>
        <source>Language: choose another language</source>
        <translation>Idioma: elige otro idioma</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="182"/>
        <source>Text size and contrast</source>
        <translation>Tamaño del texto y contraste</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="186"/>
        <source>Change language to %1</source>
        <translation>Cambiar el idioma a %1</translation>
    </message>
</context>
<context>
    <name>WagesDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="34"/>
        <source>Wages from BLS</source>
        <translation>Salarios de BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="46"/>
        <source>Careers show the pay in the wage file of the U.S. Bureau of Labor Statistics (OEWS, .xlsx or CSV as downloaded from bls.gov/oes) for your area.</source>
        <translation>Las carreras muestran el salario de su área según el archivo de salarios de la Oficina de Estadísticas Laborales de EE. UU. (OEWS, .xlsx o CSV tal como se descarga de bls.gov/oes).</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="51"/>
        <source>&amp;Choose file...</source>
        <translation>&amp;Elegir archivo...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="53"/>
        <source>Reading the wage file</source>
        <translation>Leyendo el archivo de salarios</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="59"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="63"/>
        <source>Wage file:</source>
        <translation>Archivo de salarios:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="64"/>
        <source>&amp;Area:</source>
        <translation>Á&amp;rea:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="69"/>
        <source>Check &amp;without pay</source>
        <translation>Revisar &amp;sin salarios</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="99"/>
        <source>Choose BLS&apos;s wage file</source>
        <translation>Elegir el archivo de salarios de BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="101"/>
        <source>BLS wage files (*.xlsx *.csv)</source>
        <translation>Archivos de salarios de BLS (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="125"/>
        <source>Something went wrong reading the wage file; it is in the log file.</source>
        <translation>Algo falló al leer el archivo de salarios; está anotado en el archivo de registro.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="128"/>
        <source>This wage file cannot be used: %1</source>
        <translation>Este archivo de salarios no se puede usar: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="142"/>
        <source>As the workbook&apos;s settings say (wage_area)</source>
        <translation>Como dice la configuración del libro (wage_area)</translation>
    </message>
</context>
<context>
    <name>WorkbookTools</name>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="25"/>
        <source>&amp;New workbook...</source>
        <translation>&amp;Nuevo libro...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="26"/>
        <source>See it as a &amp;student</source>
        <translation>&amp;Verlo como estudiante</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="29"/>
        <source>Language of the preview</source>
        <translation>Idioma de la vista previa</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="34"/>
        <source>&amp;Wages...</source>
        <translation>&amp;Salarios...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="44"/>
        <source>How the last action went</source>
        <translation>Cómo salió la última acción</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="85"/>
        <source>No wage file</source>
        <translation>Sin archivo de salarios</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="87"/>
        <source>Pay from %1</source>
        <translation>Salarios de %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="89"/>
        <source>Pay from %1, area %2</source>
        <translation>Salarios de %1, área %2</translation>
    </message>
</context>
</TS>
