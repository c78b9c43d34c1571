<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi">
<context>
    <name>AboutScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="39"/>
        <source>About ROP/CTE</source>
        <translation>Giới thiệu về ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="66"/>
        <source>Where the pay figures come from</source>
        <translation>Số liệu tiền lương lấy từ đâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="71"/>
        <source>Pay is for the %1 area, from the %2 figures, unless a career says otherwise.</source>
        <translation>Tiền lương là của khu vực %1, theo số liệu %2, trừ khi một nghề ghi khác.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="100"/>
        <source>Nondiscrimination notice</source>
        <translation>Thông báo không phân biệt đối xử</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/about.py" line="101"/>
        <source>Go to the nondiscrimination notice</source>
        <translation>Đến phần thông báo không phân biệt đối xử</translation>
    </message>
</context>
<context>
    <name>AdminPanel</name>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="102"/>
        <source>Current: %1</source>
        <translation>Hiện tại: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="103"/>
        <source>Previous: %1</source>
        <translation>Trước đó: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="108"/>
        <source>Rolled back from version %1: it is skipped until a newer one is published.</source>
        <translation>Đã quay lại từ phiên bản %1: phiên bản này sẽ bị bỏ qua cho đến khi có bản mới hơn được phát hành.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="113"/>
        <source>Last check: %1</source>
        <translation>Lần kiểm tra gần nhất: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="116"/>
        <source>never</source>
        <translation>chưa bao giờ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="119"/>
        <source>none yet</source>
        <translation>chưa có</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="127"/>
        <source>Sync is off: the configuration names no source or no trusted key.</source>
        <translation>Đồng bộ đang tắt: cấu hình chưa có nguồn hoặc chưa có khóa tin cậy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="133"/>
        <source>A check is already running.</source>
        <translation>Đang có một lần kiểm tra chạy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="141"/>
        <source>Checking for a newer catalog…</source>
        <translation>Đang tìm danh mục mới hơn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="147"/>
        <source>Installed. Students see it when this panel is closed.</source>
        <translation>Đã cài đặt. Học sinh sẽ thấy danh mục mới khi bảng này được đóng.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="148"/>
        <source>Already up to date.</source>
        <translation>Đã là bản mới nhất.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="149"/>
        <source>Not installed; the current catalog is untouched.</source>
        <translation>Chưa cài đặt; danh mục hiện tại vẫn giữ nguyên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="159"/>
        <source>Not rolled back: %1</source>
        <translation>Không quay lại bản trước được: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="162"/>
        <source>Now on version %1. Version %2 is skipped until a newer one is published.</source>
        <translation>Hiện đang dùng phiên bản %1. Phiên bản %2 sẽ bị bỏ qua cho đến khi có bản mới hơn được phát hành.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="177"/>
        <source>No published catalog found on a USB drive. Copy the folder kiosk-admin publish wrote onto the drive, plug it in, then look again.</source>
        <translation>Không tìm thấy danh mục đã phát hành nào trên ổ USB. Hãy chép thư mục mà kiosk-admin publish đã tạo vào ổ USB, cắm ổ vào máy rồi tìm lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="182"/>
        <source>Tap the catalog to install:</source>
        <translation>Chạm vào danh mục muốn cài đặt:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="185"/>
        <source>Version %1 from %2</source>
        <translation>Phiên bản %1 từ %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="195"/>
        <source>Cannot import: no trusted key is configured, or a check is running.</source>
        <translation>Không nhập được: chưa cấu hình khóa tin cậy, hoặc đang có một lần kiểm tra chạy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="205"/>
        <source>Last %1 days: students %2, quizzes finished %3, slips printed %4.</source>
        <translation>%1 ngày qua: học sinh %2, bài trắc nghiệm đã làm xong %3, phiếu đã in %4.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="212"/>
        <source>Most opened: %1</source>
        <translation>Mở nhiều nhất: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="225"/>
        <source>A test page went to the default printer.</source>
        <translation>Đã gửi một trang in thử đến máy in mặc định.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="236"/>
        <source>Tap again to confirm</source>
        <translation>Chạm lần nữa để xác nhận</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="242"/>
        <source>Restart</source>
        <translation>Khởi động lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="243"/>
        <source>Exit kiosk</source>
        <translation>Thoát kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="247"/>
        <source>none</source>
        <translation>không có</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="250"/>
        <source>version %1, built %2</source>
        <translation>phiên bản %1, tạo lúc %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="255"/>
        <source>(the sample catalog)</source>
        <translation>(danh mục mẫu)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="258"/>
        <source>Careers&apos; pay: %1</source>
        <translation>Mức lương các nghề: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="260"/>
        <source>Careers&apos; pay: none from BLS</source>
        <translation>Mức lương các nghề: không có từ BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="264"/>
        <source>Staff panel</source>
        <translation>Bảng điều khiển cho nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="265"/>
        <source>Lock and return</source>
        <translation>Khóa và quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="266"/>
        <source>Catalog</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="267"/>
        <source>Sync now</source>
        <translation>Đồng bộ ngay</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="268"/>
        <source>Roll back</source>
        <translation>Quay lại bản trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="269"/>
        <source>Import from a USB drive</source>
        <translation>Nhập từ ổ USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="270"/>
        <source>Look for a USB drive</source>
        <translation>Tìm ổ USB</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="271"/>
        <source>Usage</source>
        <translation>Mức sử dụng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="272"/>
        <source>This kiosk</source>
        <translation>Kiosk này</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/panel.py" line="273"/>
        <source>Test print</source>
        <translation>In thử</translation>
    </message>
</context>
<context>
    <name>Areas</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="20"/>
        <source>Doer</source>
        <translation>Người thực hành</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="21"/>
        <source>You like hands-on work with tools, machines, plants or animals.</source>
        <translation>Bạn thích làm việc bằng tay với dụng cụ, máy móc, cây cối hoặc động vật.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="26"/>
        <source>Thinker</source>
        <translation>Người tư duy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="27"/>
        <source>You like figuring out how things work and solving puzzles.</source>
        <translation>Bạn thích tìm hiểu cách mọi thứ hoạt động và giải câu đố.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="32"/>
        <source>Creator</source>
        <translation>Người sáng tạo</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="33"/>
        <source>You like making art, music, stories, designs and new ideas.</source>
        <translation>Bạn thích làm nghệ thuật, âm nhạc, viết truyện, thiết kế và nghĩ ra ý tưởng mới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="38"/>
        <source>Helper</source>
        <translation>Người giúp đỡ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="39"/>
        <source>You like helping, teaching and taking care of people.</source>
        <translation>Bạn thích giúp đỡ, dạy học và chăm sóc người khác.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="44"/>
        <source>Persuader</source>
        <translation>Người thuyết phục</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="45"/>
        <source>You like leading, selling and starting new projects.</source>
        <translation>Bạn thích dẫn dắt, bán hàng và bắt đầu những dự án mới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="50"/>
        <source>Organizer</source>
        <translation>Người tổ chức</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="51"/>
        <source>You like keeping things in order, with clear steps and numbers.</source>
        <translation>Bạn thích giữ mọi thứ ngăn nắp, với các bước rõ ràng và những con số.</translation>
    </message>
</context>
<context>
    <name>AttractScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="85"/>
        <source>Free career classes at your school</source>
        <translation>Lớp hướng nghiệp miễn phí tại trường của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="190"/>
        <source>Touch the screen to explore career classes</source>
        <translation>Chạm vào màn hình để khám phá các lớp hướng nghiệp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="191"/>
        <source>Start</source>
        <translation>Bắt đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/attract.py" line="192"/>
        <source>Start exploring</source>
        <translation>Bắt đầu khám phá</translation>
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="59"/>
        <source>Career pathways</source>
        <translation>Lộ trình nghề nghiệp</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/browse.py" line="76"/>
        <source>%n class(es)</source>
        <translation>
            <numerusform>%n lớp</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CatalogWindow</name>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="54"/>
        <source>Catalog</source>
        <translation>Danh mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="55"/>
        <source>&amp;Open workbook...</source>
        <translation>&amp;Mở sổ tính...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="57"/>
        <source>Open CSV &amp;folder...</source>
        <translation>Mở &amp;thư mục CSV...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="58"/>
        <source>Open in &amp;Excel</source>
        <translation>Mở bằng &amp;Excel</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="59"/>
        <source>Check &amp;again</source>
        <translation>&amp;Kiểm tra lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="91"/>
        <source>Checking</source>
        <translation>Đang kiểm tra</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="67"/>
        <source>Workbook</source>
        <translation>Sổ tính</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="70"/>
        <source>&amp;Problems</source>
        <translation>Vấ&amp;n đề</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="71"/>
        <source>P&amp;ublish</source>
        <translation>&amp;Xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="101"/>
        <source>Result of the check</source>
        <translation>Kết quả kiểm tra</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="102"/>
        <source>Why the workbook cannot be checked</source>
        <translation>Vì sao không kiểm tra được sổ tính</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="111"/>
        <source>Problems</source>
        <translation>Vấn đề</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="132"/>
        <source>Open a catalog workbook</source>
        <translation>Mở sổ tính danh mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="134"/>
        <source>Catalog workbooks (*.xlsx *.xlsm);;CSV sheets, opens their folder (*.csv)</source>
        <translation>Sổ tính danh mục (*.xlsx *.xlsm);;Trang CSV, mở thư mục chứa chúng (*.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="141"/>
        <source>Open a folder of CSV sheets</source>
        <translation>Mở thư mục chứa các trang CSV</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="168"/>
        <source>Open a workbook (.xlsx) or a folder of CSV sheets, or drop one here.</source>
        <translation>Mở một sổ tính (.xlsx) hoặc một thư mục trang CSV, hoặc thả vào đây.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="170"/>
        <source>No workbook open</source>
        <translation>Chưa mở sổ tính nào</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="175"/>
        <source>%1 - Catalog</source>
        <translation>%1 - Danh mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="190"/>
        <source>Checking %1...</source>
        <translation>Đang kiểm tra %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="200"/>
        <source>Something went wrong in the check itself; it is in the log file.</source>
        <translation>Có lỗi trong chính quá trình kiểm tra; lỗi đã được ghi vào tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="206"/>
        <source>This workbook cannot be checked</source>
        <translation>Không thể kiểm tra sổ tính này</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="208"/>
        <source>No problems: ready to publish</source>
        <translation>Không có vấn đề: sẵn sàng xuất bản</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="209"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n cảnh báo</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/window.py" line="211"/>
        <source>%1: ready to publish</source>
        <translation>%1: sẵn sàng xuất bản</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/window.py" line="212"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
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
        <translation>Những gì thay đổi</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="23"/>
        <source>&amp;Details:</source>
        <translation>Ch&amp;i tiết:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="28"/>
        <source>Every change</source>
        <translation>Mọi thay đổi</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="37"/>
        <source>Comparing with what is published in %1...</source>
        <translation>Đang so sánh với bản đã xuất bản trong %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/changesview.py" line="47"/>
        <source>Something went wrong in the comparison itself; it is in the log file.</source>
        <translation>Có lỗi trong chính quá trình so sánh; lỗi đã được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>CounselorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="90"/>
        <source>See your counselor</source>
        <translation>Gặp cố vấn học đường</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="110"/>
        <source>Picked from your filter. Tap another school to change it.</source>
        <translation>Đã chọn theo bộ lọc của bạn. Chạm vào trường khác để đổi.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="127"/>
        <source>Your list is empty. You can still talk to your counselor about any class.</source>
        <translation>Danh sách của bạn đang trống. Bạn vẫn có thể nói chuyện với cố vấn học đường về bất kỳ lớp nào.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="136"/>
        <source>Add a class to your list to print it.</source>
        <translation>Hãy thêm một lớp vào danh sách để in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="157"/>
        <source>Printing. Take your slip from the printer and give it to your counselor.</source>
        <translation>Đang in. Hãy lấy phiếu ở máy in và đưa cho cố vấn học đường của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="65"/>
        <location filename="../../kiosk/ui/screens/counselor.py" line="172"/>
        <source>To sign up, talk to your high-school counselor</source>
        <translation>Để đăng ký, hãy nói chuyện với cố vấn học đường ở trường trung học của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="175"/>
        <source>Counselors help you fit these classes into your schedule. Show them your list, your printed slip or the code on this screen.</source>
        <translation>Cố vấn học đường sẽ giúp bạn xếp các lớp này vào thời khóa biểu. Hãy cho thầy cô xem danh sách, phiếu đã in hoặc mã trên màn hình này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="179"/>
        <source>Which school do you go to?</source>
        <translation>Bạn học trường nào?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="180"/>
        <source>My list</source>
        <translation>Danh sách của mình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="181"/>
        <source>Scan with a phone to keep your list</source>
        <translation>Quét bằng điện thoại để lưu danh sách</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/counselor.py" line="182"/>
        <source>Print my slip</source>
        <translation>In phiếu của mình</translation>
    </message>
</context>
<context>
    <name>CourseColumn</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/widgets/courses.py" line="240"/>
        <source>Show %n more</source>
        <translation>
            <numerusform>Xem thêm %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseScreen</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="49"/>
        <location filename="../../kiosk/ui/screens/course.py" line="35"/>
        <source>%1 high-school credits</source>
        <translation>%1 tín chỉ trung học</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="40"/>
        <location filename="../../kiosk/ui/screens/course.py" line="92"/>
        <source>College credit</source>
        <translation>Tín chỉ đại học</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="41"/>
        <location filename="../../kiosk/ui/screens/course.py" line="93"/>
        <location filename="../../kiosk/ui/screens/course.py" line="133"/>
        <source>Paid work experience</source>
        <translation>Kinh nghiệm làm việc có lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="42"/>
        <location filename="../../kiosk/ui/screens/course.py" line="108"/>
        <source>What you will do</source>
        <translation>Bạn sẽ làm gì</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="44"/>
        <location filename="../../kiosk/ui/screens/course.py" line="110"/>
        <source>Grade %1</source>
        <translation>Lớp %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="45"/>
        <location filename="../../kiosk/ui/screens/course.py" line="112"/>
        <source>Grades %1 to %2</source>
        <translation>Lớp %1 đến lớp %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="43"/>
        <location filename="../../kiosk/ui/screens/course.py" line="116"/>
        <source>Who can take it</source>
        <translation>Ai có thể học</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="46"/>
        <location filename="../../kiosk/ui/screens/course.py" line="117"/>
        <source>Take this first</source>
        <translation>Cần học trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="47"/>
        <location filename="../../kiosk/ui/screens/course.py" line="122"/>
        <source>Where and when</source>
        <translation>Ở đâu và khi nào</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="50"/>
        <location filename="../../kiosk/ui/screens/course.py" line="124"/>
        <source>You can earn college credit with %1.</source>
        <translation>Bạn có thể nhận tín chỉ đại học qua %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="51"/>
        <location filename="../../kiosk/ui/screens/course.py" line="126"/>
        <source>You can earn college credit.</source>
        <translation>Bạn có thể nhận tín chỉ đại học.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="48"/>
        <location filename="../../kiosk/ui/screens/course.py" line="130"/>
        <source>Credits</source>
        <translation>Tín chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="52"/>
        <location filename="../../kiosk/ui/screens/course.py" line="135"/>
        <source>Once you reach a certain skill level, you may be able to work and get paid through Cooperative Vocational Education (CVE).</source>
        <translation>Khi đạt đến một trình độ kỹ năng nhất định, bạn có thể được đi làm và nhận lương qua chương trình Giáo dục Hướng nghiệp Hợp tác (CVE).</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="57"/>
        <location filename="../../kiosk/ui/screens/course.py" line="139"/>
        <source>Industry certifications</source>
        <translation>Chứng chỉ ngành nghề</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="58"/>
        <location filename="../../kiosk/ui/screens/course.py" line="142"/>
        <source>Careers it can lead to</source>
        <translation>Những nghề bạn có thể theo đuổi</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="59"/>
        <location filename="../../kiosk/ui/screens/course.py" line="155"/>
        <source>Typical education: %1</source>
        <translation>Trình độ học vấn thường cần: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171"/>
        <source>In my list</source>
        <translation>Đã có trong danh sách</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="171"/>
        <source>Add to my list</source>
        <translation>Thêm vào danh sách của mình</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="39"/>
        <location filename="../../kiosk/ui/screens/course.py" line="182"/>
        <source>Tuition-free</source>
        <translation>Miễn học phí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/course.py" line="183"/>
        <source>How do I sign up?</source>
        <translation>Làm sao để đăng ký?</translation>
    </message>
</context>
<context>
    <name>DisplayChooser</name>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="57"/>
        <source>Text size and contrast</source>
        <translation>Cỡ chữ và độ tương phản</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="58"/>
        <source>Text size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="59"/>
        <source>High contrast</source>
        <translation>Độ tương phản cao</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/display_chooser.py" line="61"/>
        <source>Text size %1 percent</source>
        <translation>Cỡ chữ %1 phần trăm</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="78"/>
        <source>No class here matches all of these filters. Turn one off, or show every class.</source>
        <translation>Không có lớp nào ở đây khớp với tất cả các bộ lọc này. Hãy tắt bớt một bộ lọc, hoặc hiện tất cả các lớp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="107"/>
        <source>Which school?</source>
        <translation>Trường nào?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="119"/>
        <source>Show only:</source>
        <translation>Chỉ hiện:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="121"/>
        <source>My school</source>
        <translation>Trường của mình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="122"/>
        <source>Summer</source>
        <translation>Mùa hè</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="123"/>
        <source>College credit</source>
        <translation>Tín chỉ đại học</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="124"/>
        <source>Paid work experience</source>
        <translation>Kinh nghiệm làm việc có lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="125"/>
        <source>Show every class</source>
        <translation>Hiện tất cả các lớp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/filters.py" line="126"/>
        <source>Clear the filters and show every class</source>
        <translation>Bỏ các bộ lọc và hiện tất cả các lớp</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="48"/>
        <source>Career classes</source>
        <translation>Lớp hướng nghiệp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="51"/>
        <source>Find a career class you will love</source>
        <translation>Tìm một lớp hướng nghiệp bạn sẽ thích</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="52"/>
        <source>Tuition-free</source>
        <translation>Miễn học phí</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="55"/>
        <source>Career Technical Education (ROP/CTE) classes are open to every high-school student. Pick a way to explore:</source>
        <translation>Các lớp Giáo dục Kỹ thuật Nghề nghiệp (ROP/CTE) mở cho mọi học sinh trung học. Hãy chọn cách khám phá:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="60"/>
        <source>Explore by what you like</source>
        <translation>Khám phá theo sở thích</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="61"/>
        <source>Take a quick quiz</source>
        <translation>Làm bài trắc nghiệm nhanh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="62"/>
        <source>Browse career pathways</source>
        <translation>Xem các lộ trình nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="63"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="64"/>
        <source>About ROP/CTE</source>
        <translation>Giới thiệu về ROP/CTE</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/home.py" line="65"/>
        <source>My list (%1)</source>
        <translation>Danh sách của mình (%1)</translation>
    </message>
</context>
<context>
    <name>InterestsScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="42"/>
        <source>Explore by what you like</source>
        <translation>Khám phá theo sở thích</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="71"/>
        <source>Pathways for you</source>
        <translation>Lộ trình dành cho bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="75"/>
        <source>Tap one or more things you like. Pathways that match appear here.</source>
        <translation>Chạm vào một hoặc nhiều điều bạn thích. Các lộ trình phù hợp sẽ hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="80"/>
        <source>Why it matches:</source>
        <translation>Vì sao phù hợp:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="81"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>Các lộ trình này cũng phù hợp, nhưng ở đây chưa có lớp nào:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/interests.py" line="98"/>
        <source>I like...</source>
        <translation>Mình thích...</translation>
    </message>
</context>
<context>
    <name>KeySetupDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="34"/>
        <source>Catalog signing key</source>
        <translation>Khóa ký danh mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="47"/>
        <source>First, a signing key</source>
        <translation>Trước hết, một khóa ký</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="52"/>
        <source>Kiosks install only catalogs signed with a key they trust. This computer has no signing key yet. Create one now: it is made once, kept in %1, and every catalog you publish is signed with it.</source>
        <translation>Kiosk chỉ cài đặt danh mục được ký bằng khóa mà chúng tin cậy. Máy tính này chưa có khóa ký. Hãy tạo ngay: khóa chỉ tạo một lần, được lưu trong %1, và mọi danh mục bạn xuất bản đều được ký bằng nó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="60"/>
        <source>Why the key was not made</source>
        <translation>Lý do chưa tạo được khóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="62"/>
        <source>&amp;Create key</source>
        <translation>&amp;Tạo khóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="64"/>
        <source>&amp;Not now</source>
        <translation>Để &amp;sau</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="69"/>
        <source>Your signing key</source>
        <translation>Khóa ký của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="73"/>
        <source>Give IT this public key line, for [sync] trusted_keys in the kiosk configuration. It is not secret.</source>
        <translation>Hãy đưa dòng khóa công khai này cho bộ phận IT, để điền vào [sync] trusted_keys trong cấu hình kiosk. Dòng này không cần giữ bí mật.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="80"/>
        <source>Public key line</source>
        <translation>Dòng khóa công khai</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="82"/>
        <source>C&amp;opy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="87"/>
        <source>Keeping the private key safe</source>
        <translation>Giữ an toàn khóa riêng</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="88"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="118"/>
        <source>something went wrong; it is in the log file</source>
        <translation>đã có lỗi; lỗi đã được ghi vào tệp nhật ký</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="125"/>
        <source>The key was not made: %1</source>
        <translation>Chưa tạo được khóa: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/keysetup.py" line="134"/>
        <source>Back up the private key now, to a place only you can open (such as a USB stick kept locked away). It is this file:
%1

Keep it secret: anyone who has it can publish catalogs your kiosks install. If it is lost, IT must trust a new key on every kiosk before you can publish again.</source>
        <translation>Hãy sao lưu khóa riêng ngay bây giờ, vào nơi chỉ bạn mới mở được (chẳng hạn một ổ USB cất khóa kỹ). Đó là tệp này:
%1

Hãy giữ bí mật: ai có nó cũng có thể xuất bản danh mục mà các kiosk của bạn sẽ cài đặt. Nếu mất, bộ phận IT phải tin cậy một khóa mới trên từng kiosk trước khi bạn có thể xuất bản lại.</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="77"/>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="81"/>
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="78"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="79"/>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="80"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="82"/>
        <source>Delete the last letter</source>
        <translation>Xóa chữ cuối cùng</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="83"/>
        <source>Clear the search</source>
        <translation>Xóa nội dung tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/keyboard.py" line="84"/>
        <source>Hide the keyboard</source>
        <translation>Ẩn bàn phím</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../kiosk/ui/window.py" line="128"/>
        <source>Career Kiosk (preview)</source>
        <translation>Kiosk hướng nghiệp (xem trước)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk: %1</source>
        <translation>Kiosk hướng nghiệp: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="186"/>
        <source>Career Kiosk</source>
        <translation>Kiosk hướng nghiệp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/window.py" line="275"/>
        <source>No staff PIN is set, so this kiosk runs as a preview and is not locked down. IT: run kiosk-admin set-pin on this computer, then restart the kiosk.</source>
        <translation>Chưa đặt mã PIN cho nhân viên, nên kiosk này đang chạy ở chế độ xem trước và chưa được khóa. Bộ phận IT: hãy chạy kiosk-admin set-pin trên máy tính này, rồi khởi động lại kiosk.</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <location filename="../../kiosk/ui/overlays/language_picker.py" line="43"/>
        <source>Choose your language</source>
        <translation>Chọn ngôn ngữ của bạn</translation>
    </message>
</context>
<context>
    <name>Levels</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="62"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="46"/>
        <source>Introductory</source>
        <translation>Nhập môn</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="63"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="47"/>
        <source>Concentrator</source>
        <translation>Chuyên sâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="64"/>
        <location filename="../../kiosk/ui/widgets/courses.py" line="48"/>
        <source>Capstone</source>
        <translation>Cuối khóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="57"/>
        <source>A first class in a pathway. You explore the field and start learning.</source>
        <translation>Lớp đầu tiên trong một lộ trình. Bạn tìm hiểu ngành nghề và bắt đầu học.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="61"/>
        <source>A next class in a pathway. It builds on what you learned in a first class.</source>
        <translation>Lớp tiếp theo trong một lộ trình. Lớp này dựa trên những gì bạn đã học ở lớp đầu tiên.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/courses.py" line="66"/>
        <source>The last class in a pathway. It gets you ready for a job or for college.</source>
        <translation>Lớp cuối cùng trong một lộ trình. Lớp này giúp bạn sẵn sàng đi làm hoặc học đại học.</translation>
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
        <translation>Cố vấn giúp bạn xếp các lớp này vào thời khóa biểu. Hãy cho họ xem danh sách này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="86"/>
        <source>Your list is only in this page&apos;s address. It is not sent to the server, and nothing about you is kept.</source>
        <translation>Danh sách của bạn chỉ nằm trong địa chỉ của trang này. Nó không được gửi đến máy chủ, và không có gì về bạn được lưu lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="91"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="92"/>
        <source>Print this list</source>
        <translation>In danh sách này</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="93"/>
        <source>Loading your list…</source>
        <translation>Đang tải danh sách của bạn…</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="94"/>
        <source>Your list could not be loaded. Check your connection and try again.</source>
        <translation>Không tải được danh sách của bạn. Hãy kiểm tra kết nối và thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="97"/>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="98"/>
        <source>%1 is not in the course catalog any more. Ask your counselor about it.</source>
        <comment>%1 is a course code</comment>
        <translation>%1 không còn trong danh mục lớp học nữa. Hãy hỏi cố vấn của bạn về lớp này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="103"/>
        <source>This list has no classes.</source>
        <translation>Danh sách này không có lớp nào.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="104"/>
        <source>Class code: %1</source>
        <translation>Mã lớp: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="105"/>
        <source>Your school: %1</source>
        <translation>Trường của bạn: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="106"/>
        <source>Any high-school counselor in the district can help you sign up.</source>
        <translation>Bất kỳ cố vấn trung học nào trong học khu cũng có thể giúp bạn đăng ký.</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="109"/>
        <source>Pay figures: %1</source>
        <translation>Số liệu tiền lương: %1</translation>
    </message>
</context>
<context>
    <name>MyListScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="46"/>
        <source>My list</source>
        <translation>Danh sách của mình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="98"/>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="99"/>
        <source>Remove %1 from my list</source>
        <translation>Xóa %1 khỏi danh sách của mình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="108"/>
        <source>Your list is empty. When you find a class you like, tap “Add to my list”.</source>
        <translation>Danh sách của bạn đang trống. Khi tìm thấy lớp bạn thích, hãy chạm “Thêm vào danh sách của mình”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="114"/>
        <source>Classes I like</source>
        <translation>Các lớp mình thích</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="115"/>
        <source>See your counselor</source>
        <translation>Gặp cố vấn học đường</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="116"/>
        <source>Start over</source>
        <translation>Làm lại từ đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/mylist.py" line="117"/>
        <source>Start over and clear everything</source>
        <translation>Làm lại từ đầu và xóa hết</translation>
    </message>
</context>
<context>
    <name>NewWorkbook</name>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="33"/>
        <source>Save a new catalog workbook</source>
        <translation>Lưu sổ tính danh mục mới</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="35"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Sổ tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="44"/>
        <source>%1 was not written: a new workbook must be an .xlsx file.</source>
        <translation>Chưa ghi %1: sổ tính mới phải là tệp .xlsx.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="55"/>
        <source>%1 could not be written: %2</source>
        <translation>Không ghi được %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/newbook.py" line="60"/>
        <source>%1 is a new workbook: fill it in with Open in Excel.</source>
        <translation>%1 là sổ tính mới: hãy điền vào bằng Mở bằng Excel.</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <location filename="../../kiosk/ui/screens/out_of_service.py" line="42"/>
        <source>For staff: reference %1 (the details are in the kiosk log)</source>
        <translation>Dành cho nhân viên: mã tham chiếu %1 (chi tiết có trong nhật ký của kiosk)</translation>
    </message>
</context>
<context>
    <name>Overlay</name>
    <message>
        <location filename="../../kiosk/ui/overlays/base.py" line="99"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>Pay</name>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="55"/>
        <source>%1 dollars</source>
        <translation>%1 đô la</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="64"/>
        <location filename="../../kiosk/sync/pagewords.py" line="74"/>
        <source>%1 or more</source>
        <translation>%1 trở lên</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="69"/>
        <location filename="../../kiosk/sync/pagewords.py" line="73"/>
        <source>%1 an hour</source>
        <translation>%1 một giờ</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="71"/>
        <location filename="../../kiosk/sync/pagewords.py" line="72"/>
        <source>%1 a year</source>
        <translation>%1 một năm</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="87"/>
        <location filename="../../kiosk/sync/pagewords.py" line="75"/>
        <source>Middle pay in the %1 area: %2</source>
        <translation>Lương trung vị ở khu vực %1: %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="93"/>
        <location filename="../../kiosk/sync/pagewords.py" line="76"/>
        <source>Middle pay in %1 (state figure): %2</source>
        <translation>Lương trung vị ở %1 (số liệu của tiểu bang): %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="99"/>
        <location filename="../../kiosk/sync/pagewords.py" line="77"/>
        <source>Middle pay in the United States (national figure): %1</source>
        <translation>Lương trung vị ở Hoa Kỳ (số liệu toàn quốc): %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="104"/>
        <location filename="../../kiosk/sync/pagewords.py" line="78"/>
        <source>Typical pay: %1</source>
        <translation>Mức lương thông thường: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="110"/>
        <location filename="../../kiosk/sync/pagewords.py" line="79"/>
        <source>Half of workers earn between %1 and %2.</source>
        <translation>Một nửa số người lao động kiếm được từ %1 đến %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="118"/>
        <location filename="../../kiosk/sync/pagewords.py" line="82"/>
        <source>Source: %1</source>
        <translation>Nguồn: %1</translation>
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
        <translation>Lương trung vị: %1 (số liệu của tiểu bang)</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="137"/>
        <source>Middle pay: %1 (national figure)</source>
        <translation>Lương trung vị: %1 (số liệu toàn quốc)</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="138"/>
        <source>Middle pay: %1</source>
        <translation>Lương trung vị: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="149"/>
        <source>Middle pay of its careers: %1</source>
        <translation>Lương trung vị của các nghề: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="152"/>
        <source>Middle pay of its careers: %1 to %2 a year</source>
        <translation>Lương trung vị của các nghề: từ %1 đến %2 một năm</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="158"/>
        <location filename="../../kiosk/sync/pagewords.py" line="80"/>
        <source>%n job(s) here</source>
        <translation>
            <numerusform>%n việc làm ở đây</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/services/paywords.py" line="160"/>
        <location filename="../../kiosk/sync/pagewords.py" line="81"/>
        <source>%n job(s) in the state</source>
        <translation>
            <numerusform>%n việc làm trong tiểu bang</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/services/paywords.py" line="174"/>
        <location filename="../../kiosk/sync/pagewords.py" line="84"/>
        <source>May %1</source>
        <translation>tháng 5 năm %1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="147"/>
        <source>Wrong PIN. %n more wrong PIN(s) will lock the keypad for 5 minutes.</source>
        <translation>
            <numerusform>Sai mã PIN. Nếu nhập sai thêm %n lần nữa, bàn phím sẽ bị khóa trong 5 phút.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="172"/>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="200"/>
        <source>You can try again now.</source>
        <translation>Bây giờ bạn có thể thử lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="180"/>
        <source>Too many wrong PINs. Try again in %1:%2.</source>
        <translation>Nhập sai mã PIN quá nhiều lần. Hãy thử lại sau %1:%2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="204"/>
        <source>Staff PIN</source>
        <translation>Mã PIN nhân viên</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="205"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/staff/pin_pad.py" line="206"/>
        <source>Delete</source>
        <translation>Xóa</translation>
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
        <translation>Đang tạo bản xem trước của %1...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="72"/>
        <source>Something went wrong building the preview; it is in the log file.</source>
        <translation>Có lỗi khi tạo bản xem trước; lỗi đã được ghi vào tệp nhật ký.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/preview.py" line="77"/>
        <source>The workbook has %n error(s), so it cannot be previewed yet: fix them (see Problems), then try again.</source>
        <translation>
            <numerusform>Sổ tính có %n lỗi nên chưa xem trước được: hãy sửa (xem Vấn đề) rồi thử lại.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="85"/>
        <source>The workbook cannot be previewed: %1</source>
        <translation>Không xem trước được sổ tính: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="106"/>
        <source>The kiosk opens in its own window, as a student sees it.</source>
        <translation>Kiosk mở trong cửa sổ riêng, đúng như học sinh nhìn thấy.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="117"/>
        <source>The kiosk could not be started: %1. The details are in the log file.</source>
        <translation>Không khởi động được kiosk: %1. Chi tiết có trong tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/preview.py" line="134"/>
        <source>The preview kiosk stopped with a problem; it is in the log file.</source>
        <translation>Kiosk xem trước đã dừng vì có sự cố; sự cố đã được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>ProblemTable</name>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="40"/>
        <source>Severity</source>
        <translation>Mức độ</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="41"/>
        <source>Sheet</source>
        <translation>Trang tính</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="42"/>
        <source>Row</source>
        <translation>Hàng</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="43"/>
        <source>Column</source>
        <translation>Cột</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="44"/>
        <source>What is wrong</source>
        <translation>Sai ở đâu</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="45"/>
        <source>What is expected</source>
        <translation>Cần có gì</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="117"/>
        <source>Warning</source>
        <translation>Cảnh báo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/problems.py" line="118"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>ProblemWords</name>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="20"/>
        <source>&quot;{cell}&quot; is not a valid code</source>
        <translation>&quot;{cell}&quot; không phải là mã hợp lệ</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="21"/>
        <source>expected up to {max} letters, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;</source>
        <translation>cần tối đa {max} chữ cái, chữ số, &apos;.&apos;, &apos;-&apos; hoặc &apos;_&apos;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="24"/>
        <source>&quot;{cell}&quot; is not a number</source>
        <translation>&quot;{cell}&quot; không phải là số</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="25"/>
        <source>&quot;{cell}&quot; is not a whole number</source>
        <translation>&quot;{cell}&quot; không phải là số nguyên</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="28"/>
        <source>{cell} is out of range</source>
        <translation>{cell} nằm ngoài phạm vi</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="29"/>
        <source>expected a whole number</source>
        <translation>cần một số nguyên</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="30"/>
        <source>expected a whole number from {low} to {high}</source>
        <translation>cần một số nguyên từ {low} đến {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="33"/>
        <source>expected a number</source>
        <translation>cần một số</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="34"/>
        <source>expected a number from {low} to {high}</source>
        <translation>cần một số từ {low} đến {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="37"/>
        <source>expected a whole number, written like 52000, 52,000 or $52,000.00</source>
        <translation>cần một số nguyên, viết như 52000, 52,000 hoặc $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="40"/>
        <source>expected a whole number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>cần một số nguyên từ {low} đến {high}, viết như 52000, 52,000 hoặc $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="45"/>
        <source>expected a number, written like 52000, 52,000 or $52,000.00</source>
        <translation>cần một số, viết như 52000, 52,000 hoặc $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="48"/>
        <source>expected a number from {low} to {high}, written like 52000, 52,000 or $52,000.00</source>
        <translation>cần một số từ {low} đến {high}, viết như 52000, 52,000 hoặc $52,000.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="52"/>
        <source>expected a whole number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>cần một số nguyên, viết như 7.5 hoặc 1,200: dấu chấm cho phần thập phân, dấu phẩy chỉ để ngăn cách hàng nghìn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="57"/>
        <source>expected a whole number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>cần một số nguyên từ {low} đến {high}, viết như 7.5 hoặc 1,200: dấu chấm cho phần thập phân, dấu phẩy chỉ để ngăn cách hàng nghìn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="62"/>
        <source>expected a number, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>cần một số, viết như 7.5 hoặc 1,200: dấu chấm cho phần thập phân, dấu phẩy chỉ để ngăn cách hàng nghìn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="67"/>
        <source>expected a number from {low} to {high}, written like 7.5 or 1,200: a point for decimals, commas only between thousands</source>
        <translation>cần một số từ {low} đến {high}, viết như 7.5 hoặc 1,200: dấu chấm cho phần thập phân, dấu phẩy chỉ để ngăn cách hàng nghìn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="72"/>
        <source>&quot;{cell}&quot; is not yes or no</source>
        <translation>&quot;{cell}&quot; không phải là yes hoặc no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="73"/>
        <source>expected yes or no</source>
        <translation>cần yes hoặc no</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="80"/>
        <source>&quot;{cell}&quot; is not a valid {column}</source>
        <translation>&quot;{cell}&quot; không phải là giá trị hợp lệ cho {column}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="83"/>
        <source>expected one of: {choices}</source>
        <translation>cần một trong các giá trị: {choices}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="84"/>
        <source>&quot;{part}&quot; has a weight that is not a number from {low} to {high}</source>
        <translation>&quot;{part}&quot; có trọng số không phải là số từ {low} đến {high}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="87"/>
        <source>&quot;{part}&quot; has a weight that is not a number</source>
        <translation>&quot;{part}&quot; có trọng số không phải là số</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="90"/>
        <source>expected CODE or CODE:weight, e.g. AG-AS:3</source>
        <translation>cần MÃ hoặc MÃ:trọng số, ví dụ AG-AS:3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="93"/>
        <source>&quot;{cell}&quot; is not a valid set of interest areas</source>
        <translation>&quot;{cell}&quot; không phải là nhóm lĩnh vực sở thích hợp lệ</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="96"/>
        <source>expected up to {max} different letters from R I A S E C</source>
        <translation>cần tối đa {max} chữ cái khác nhau trong R I A S E C</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="99"/>
        <source>&quot;{cell}&quot; is not an occupation code</source>
        <translation>&quot;{cell}&quot; không phải là mã nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="102"/>
        <source>expected a SOC code like 29-1141 or an O*NET-SOC code like 29-1141.00</source>
        <translation>cần mã SOC như 29-1141 hoặc mã O*NET-SOC như 29-1141.00</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="111"/>
        <source>the cell shows the Excel error {error}</source>
        <translation>ô hiển thị lỗi Excel {error}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="114"/>
        <source>expected a value: fix the formula, or type the value</source>
        <translation>cần một giá trị: hãy sửa công thức, hoặc nhập giá trị</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="117"/>
        <source>the link&apos;s address is worked out by a formula</source>
        <translation>địa chỉ của liên kết được tính bằng công thức</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="120"/>
        <source>expected the address typed in the cell, or a link made with Insert &gt; Link</source>
        <translation>cần địa chỉ được nhập trong ô, hoặc một liên kết tạo bằng Insert &gt; Link</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="124"/>
        <source>the cell holds a formula whose result was never saved in the file</source>
        <translation>ô chứa công thức mà kết quả chưa từng được lưu trong tệp</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="127"/>
        <source>expected the file opened and saved again in Excel, or the value typed</source>
        <translation>cần mở tệp và lưu lại trong Excel, hoặc nhập giá trị</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="130"/>
        <source>what the cell shows cannot be read exactly: {why}</source>
        <translation>không đọc chính xác được nội dung ô hiển thị: {why}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="133"/>
        <source>expected the value typed as text, or a plain number format</source>
        <translation>cần nhập giá trị dưới dạng văn bản, hoặc dùng định dạng số đơn giản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="136"/>
        <source>the cell shows {cell} but holds {number}</source>
        <translation>ô hiển thị {cell} nhưng chứa {number}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="139"/>
        <source>expected the number as it is shown: round it, or show all its decimals</source>
        <translation>cần số đúng như hiển thị: hãy làm tròn, hoặc hiện đủ các chữ số thập phân</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="142"/>
        <source>the cell links to {link}, and only its text is published</source>
        <translation>ô liên kết tới {link}, và chỉ văn bản của ô được xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="145"/>
        <source>expected plain text: kiosks show no links</source>
        <translation>cần văn bản thuần: kiosk không hiển thị liên kết</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="154"/>
        <source>text is {length} characters long</source>
        <translation>văn bản dài {length} ký tự</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="155"/>
        <source>expected at most {max}</source>
        <translation>cần tối đa {max}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="156"/>
        <source>text looks like HTML</source>
        <translation>văn bản trông giống HTML</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="157"/>
        <source>expected plain text without &lt;tags&gt; or &amp;entities;</source>
        <translation>cần văn bản thuần, không có &lt;thẻ&gt; hoặc &amp;ký hiệu;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="160"/>
        <source>&quot;{cell}&quot; is not a web address</source>
        <translation>&quot;{cell}&quot; không phải là địa chỉ web</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="163"/>
        <source>&quot;{cell}&quot; is a plain http:// address: phones warn that the list page is not secure, and anyone on the way could change what it shows</source>
        <translation>&quot;{cell}&quot; là một địa chỉ http:// thường: điện thoại sẽ cảnh báo trang danh sách không an toàn, và bất kỳ ai ở giữa đường truyền đều có thể thay đổi những gì trang hiển thị</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="168"/>
        <source>expected an address such as https://www.scusd.edu/ (a link cell gives its address in a workbook, but a CSV file keeps only the link&apos;s text)</source>
        <translation>cần một địa chỉ như https://www.scusd.edu/ (ô có liên kết cho biết địa chỉ trong sổ tính, nhưng tệp CSV chỉ giữ văn bản của liên kết)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="173"/>
        <source>text starts with &quot;{first}&quot; like a formula</source>
        <translation>văn bản bắt đầu bằng &quot;{first}&quot; giống như công thức</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="176"/>
        <source>expected plain text; remove the leading character</source>
        <translation>cần văn bản thuần; hãy xóa ký tự đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="179"/>
        <source>text has &quot;?&quot; where letters were (&quot;{excerpt}&quot;): the file was saved in a code page that cannot hold them</source>
        <translation>văn bản có &quot;?&quot; ở chỗ từng là chữ cái (&quot;{excerpt}&quot;): tệp đã được lưu bằng một bảng mã không chứa được các chữ đó</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/cellwords.py" line="184"/>
        <source>expected the text as typed: save the sheet as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>cần văn bản đúng như đã nhập: hãy lưu trang thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="20"/>
        <source>{path}: no such file or folder</source>
        <translation>{path}: không có tệp hoặc thư mục này</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="23"/>
        <source>{path}: a single CSV file holds one sheet; put one CSV file per sheet (sectors.csv, courses.csv, ...) in a folder and give the folder</source>
        <translation>{path}: một tệp CSV chỉ chứa một trang; hãy đặt mỗi trang một tệp CSV (sectors.csv, courses.csv, ...) vào một thư mục và mở thư mục đó</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="28"/>
        <source>{file}: {format} files cannot be checked exactly; save it as &quot;Excel Workbook (.xlsx)&quot; or as CSV UTF-8 files</source>
        <translation>{file}: không thể kiểm tra chính xác tệp {format}; hãy lưu thành &quot;Excel Workbook (.xlsx)&quot; hoặc thành các tệp CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="33"/>
        <source>{path}: not a workbook (expected .xlsx or a folder of CSV files)</source>
        <translation>{path}: không phải là sổ tính (cần .xlsx hoặc một thư mục tệp CSV)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="36"/>
        <source>{path}: the folder has no CSV files (expected sectors.csv, pathways.csv, courses.csv, ...)</source>
        <translation>{path}: thư mục không có tệp CSV nào (cần sectors.csv, pathways.csv, courses.csv, ...)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="41"/>
        <source>{file}: cannot be read ({why})</source>
        <translation>{file}: không đọc được ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="44"/>
        <source>{file}: {why}, so its cells cannot be placed; open it in Excel and save it again as .xlsx</source>
        <translation>{file}: {why}, nên không xác định được vị trí các ô; hãy mở tệp trong Excel và lưu lại thành .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="49"/>
        <source>{file}: this file isn&apos;t a valid Excel workbook; open it in Excel and save it again as .xlsx</source>
        <translation>{file}: tệp này không phải là sổ tính Excel hợp lệ; hãy mở trong Excel và lưu lại thành .xlsx</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="54"/>
        <source>{file}: the workbook is password protected (or is an Excel 97-2003 file); save it as &quot;Excel Workbook (.xlsx)&quot; without a password</source>
        <translation>{file}: sổ tính được bảo vệ bằng mật khẩu (hoặc là tệp Excel 97-2003); hãy lưu thành &quot;Excel Workbook (.xlsx)&quot; không có mật khẩu</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="59"/>
        <source>{file}: not a readable CSV file ({why})</source>
        <translation>{file}: không phải là tệp CSV đọc được ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="62"/>
        <source>{file}: looks like a binary file, not CSV; save it from Excel as CSV UTF-8</source>
        <translation>{file}: trông như tệp nhị phân, không phải CSV; hãy lưu từ Excel thành CSV UTF-8</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="66"/>
        <source>{file}: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: không phải UTF-8, cũng không phải văn bản theo bảng mã nào mà chương trình bảng tính lưu; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="77"/>
        <source>{file} and {count} more CSV files: not UTF-8, and not text in any code page a spreadsheet program saves; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} và {count} tệp CSV khác: không phải UTF-8, cũng không phải văn bản theo bảng mã nào mà chương trình bảng tính lưu; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="82"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: không được lưu dưới dạng CSV UTF-8, và không đọc chắc chắn được các chữ có dấu: có thể là {first} hoặc {second}; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="88"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} và {count} tệp CSV khác: không được lưu dưới dạng CSV UTF-8, và không đọc chắc chắn được các chữ có dấu: có thể là {first} hoặc {second}; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="94"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: không được lưu dưới dạng CSV UTF-8, và không đọc chắc chắn được các chữ có dấu: có thể là {first}, {second} hoặc {third}; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="100"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: they could be {first} or {second} or {third}; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} và {count} tệp CSV khác: không được lưu dưới dạng CSV UTF-8, và không đọc chắc chắn được các chữ có dấu: có thể là {first}, {second} hoặc {third}; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="106"/>
        <source>{file}: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file}: không được lưu dưới dạng CSV UTF-8, và không đọc chắc chắn được các chữ có dấu: không bảng mã nào mà chương trình bảng tính lưu đọc được chúng thành chữ; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="112"/>
        <source>{file} and {count} more CSV files: not saved as CSV UTF-8, and its accented letters cannot be read for certain: no code page a spreadsheet program saves reads them as words; save it again as &quot;CSV UTF-8 (Comma delimited)&quot;</source>
        <translation>{file} và {count} tệp CSV khác: không được lưu dưới dạng CSV UTF-8, và không đọc chắc chắn được các chữ có dấu: không bảng mã nào mà chương trình bảng tính lưu đọc được chúng thành chữ; hãy lưu lại thành &quot;CSV UTF-8 (Comma delimited)&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="118"/>
        <source>{file}: not an OEWS wage file in BLS&apos;s layout (no column {columns}); use the file as downloaded from bls.gov/oes</source>
        <translation>{file}: không phải là tệp lương OEWS theo bố cục của BLS (không có cột {columns}); hãy dùng tệp đúng như tải về từ bls.gov/oes</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="123"/>
        <source>{file}: row {row}, column {column}: {value} is not an area type (1, 2, 4 ...)</source>
        <translation>{file}: hàng {row}, cột {column}: {value} không phải là loại vùng (1, 2, 4 ...)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="127"/>
        <source>{file}: row {row}, column {column}: {value} is not a number, *, ** or #</source>
        <translation>{file}: hàng {row}, cột {column}: {value} không phải là số, *, ** hoặc #</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="137"/>
        <source>{file}: cannot be read as a workbook ({why})</source>
        <translation>{file}: không đọc được dưới dạng sổ tính ({why})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/readwords.py" line="140"/>
        <source>{file}: no sheet has BLS&apos;s OCC_CODE column</source>
        <translation>{file}: không trang nào có cột OCC_CODE của BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="28"/>
        <source>unknown sheet, ignored</source>
        <translation>trang không xác định, bỏ qua</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="29"/>
        <source>expected sheets: {sheets}</source>
        <translation>cần các trang: {sheets}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="30"/>
        <source>sheet is missing</source>
        <translation>thiếu trang</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="31"/>
        <source>expected a sheet named &quot;{sheet}&quot;</source>
        <translation>cần một trang tên &quot;{sheet}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="34"/>
        <source>sheet has {count} rows</source>
        <translation>trang có {count} hàng</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="35"/>
        <source>expected at least {count}</source>
        <translation>cần ít nhất {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="36"/>
        <source>invisible character {character} removed</source>
        <translation>đã xóa ký tự ẩn {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="39"/>
        <source>expected only characters that show; it usually comes with copied text</source>
        <translation>chỉ cần các ký tự hiển thị được; ký tự này thường đi kèm văn bản sao chép</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="42"/>
        <source>text holds the invisible character {character}</source>
        <translation>văn bản chứa ký tự ẩn {character}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="45"/>
        <source>expected only characters that show: delete it, unless it is meant</source>
        <translation>chỉ cần các ký tự hiển thị được: hãy xóa ký tự này, trừ khi cố ý</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="48"/>
        <source>required text is empty</source>
        <translation>văn bản bắt buộc đang trống</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="49"/>
        <source>required value is empty</source>
        <translation>giá trị bắt buộc đang trống</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="50"/>
        <source>expected {help}</source>
        <translation>cần: {help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="51"/>
        <source>has a translation but no English text</source>
        <translation>có bản dịch nhưng không có văn bản tiếng Anh</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="54"/>
        <source>expected English text too; it is shown when a translation is missing</source>
        <translation>cần cả văn bản tiếng Anh; văn bản này được hiển thị khi thiếu bản dịch</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="57"/>
        <source>duplicate &quot;{key}&quot;</source>
        <translation>&quot;{key}&quot; bị trùng</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="58"/>
        <source>expected each {columns} once; already used in row {row}</source>
        <translation>mỗi {columns} chỉ được có một lần; đã dùng ở hàng {row}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="67"/>
        <source>the column appears twice</source>
        <translation>cột này xuất hiện hai lần</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="68"/>
        <source>expected each column once</source>
        <translation>mỗi cột chỉ được có một lần</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="69"/>
        <source>column is missing</source>
        <translation>thiếu cột</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="70"/>
        <source>expected a header cell &quot;{column}&quot;: {help}</source>
        <translation>cần một ô tiêu đề &quot;{column}&quot;: {help}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="73"/>
        <source>unknown column, ignored</source>
        <translation>cột không xác định, bỏ qua</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="74"/>
        <source>expected columns: {columns}</source>
        <translation>cần các cột: {columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="77"/>
        <source>column &quot;{column}&quot; cannot be translated</source>
        <translation>cột &quot;{column}&quot; không thể dịch</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="80"/>
        <source>expected only one column for it, without a language suffix</source>
        <translation>chỉ cần một cột cho mục này, không có hậu tố ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="83"/>
        <source>unknown language suffix &quot;{suffix}&quot;</source>
        <translation>hậu tố ngôn ngữ không xác định &quot;{suffix}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="86"/>
        <source>column {letter} has no header but holds data in 1 row (row {rows})</source>
        <translation>cột {letter} không có tiêu đề nhưng có dữ liệu ở 1 hàng (hàng {rows})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="89"/>
        <source>column {letter} has no header but holds data in {count} rows (rows {rows})</source>
        <translation>cột {letter} không có tiêu đề nhưng có dữ liệu ở {count} hàng (hàng {rows})</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="93"/>
        <source>expected the column&apos;s name in its header cell, one of: {columns}</source>
        <translation>cần tên cột trong ô tiêu đề của cột, một trong: {columns}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="96"/>
        <source>the sheet is hidden in Excel, and it is published</source>
        <translation>trang này bị ẩn trong Excel, và vẫn được xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="99"/>
        <source>expected a visible sheet: unhide it, or delete it if it should not be published</source>
        <translation>cần một trang hiển thị: hãy bỏ ẩn, hoặc xóa nếu không nên xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="103"/>
        <source>row {rows} is hidden in Excel, and published</source>
        <translation>hàng {rows} bị ẩn trong Excel, và vẫn được xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="106"/>
        <source>rows {rows} are hidden in Excel, and published</source>
        <translation>các hàng {rows} bị ẩn trong Excel, và vẫn được xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="109"/>
        <source>a hidden row is usually meant to be left out: delete it, or unhide it</source>
        <translation>hàng bị ẩn thường là để loại ra: hãy xóa, hoặc bỏ ẩn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="112"/>
        <source>column {letter} is hidden in Excel, and it is published</source>
        <translation>cột {letter} bị ẩn trong Excel, và vẫn được xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="115"/>
        <source>expected a visible column: unhide it, or delete it if it should not be published</source>
        <translation>cần một cột hiển thị: hãy bỏ ẩn, hoặc xóa nếu không nên xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="125"/>
        <source>header cells {cells} are merged</source>
        <translation>các ô tiêu đề {cells} bị gộp</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="128"/>
        <source>expected one header cell for each column: unmerge them and name each column</source>
        <translation>cần một ô tiêu đề cho mỗi cột: hãy bỏ gộp và đặt tên cho từng cột</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="132"/>
        <source>cells {cells} are merged, so only {first} holds the text shown across them</source>
        <translation>các ô {cells} bị gộp, nên chỉ {first} chứa văn bản hiển thị trên cả vùng</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="136"/>
        <source>expected each cell to hold its own value: unmerge them and fill every cell</source>
        <translation>mỗi ô cần có giá trị riêng: hãy bỏ gộp và điền vào từng ô</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="146"/>
        <source>unknown sector &quot;{code}&quot;</source>
        <translation>ngành không xác định &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="149"/>
        <source>unknown pathway &quot;{code}&quot;</source>
        <translation>lộ trình không xác định &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="152"/>
        <source>unknown course &quot;{code}&quot;</source>
        <translation>khóa học không xác định &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="155"/>
        <source>unknown school &quot;{code}&quot;</source>
        <translation>trường không xác định &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="158"/>
        <source>unknown career &quot;{code}&quot;</source>
        <translation>nghề không xác định &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="161"/>
        <source>unknown {thing} &quot;{code}&quot;</source>
        <translation>{thing} không xác định &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="162"/>
        <source>expected a code from the {sheet} sheet</source>
        <translation>cần một mã từ trang {sheet}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="165"/>
        <source>expected a code from the {sheet} sheet; also in 1 more row: {rows}</source>
        <translation>cần một mã từ trang {sheet}; còn ở 1 hàng khác: {rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="168"/>
        <source>expected a code from the {sheet} sheet; also in {count} more rows: {rows}</source>
        <translation>cần một mã từ trang {sheet}; còn ở {count} hàng khác: {rows}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="172"/>
        <source>1 row name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>1 hàng ghi mã từ trang {sheet}, trang này bị thiếu hoặc không đọc được</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="176"/>
        <source>{count} rows name codes from the {sheet} sheet, which is missing or could not be read</source>
        <translation>{count} hàng ghi mã từ trang {sheet}, trang này bị thiếu hoặc không đọc được</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="180"/>
        <source>expected the {sheet} sheet&apos;s problems above fixed first; these rows are checked against it then</source>
        <translation>cần sửa trước các lỗi của trang {sheet} ở trên; sau đó các hàng này sẽ được kiểm tra theo trang đó</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="185"/>
        <source>grade_max {high} is below grade_min {low}</source>
        <translation>grade_max {high} nhỏ hơn grade_min {low}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="188"/>
        <source>expected grade_max to be at least grade_min</source>
        <translation>cần grade_max ít nhất bằng grade_min</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="191"/>
        <source>college_credit is yes but no partner college is named</source>
        <translation>college_credit là yes nhưng không ghi trường cao đẳng đối tác</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="194"/>
        <source>expected the college that grants the credit</source>
        <translation>cần trường cao đẳng cấp tín chỉ</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="197"/>
        <source>there is no notice row</source>
        <translation>không có hàng thông báo (notice)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="204"/>
        <source>expected the nondiscrimination notice as a row of kind notice</source>
        <translation>cần thông báo không phân biệt đối xử dưới dạng một hàng loại notice</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="207"/>
        <source>setting &quot;{key}&quot; is missing</source>
        <translation>thiếu cài đặt &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="208"/>
        <source>expected a row with key &quot;{key}&quot;</source>
        <translation>cần một hàng có key &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="211"/>
        <source>expected yes or no for is_sample</source>
        <translation>cần yes hoặc no cho is_sample</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="214"/>
        <source>expected an address starting with https://</source>
        <translation>cần một địa chỉ bắt đầu bằng https://</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="217"/>
        <source>&quot;{cell}&quot; has a ? or # in it: the kiosk puts list.html and the student&apos;s list after the address, so it must end with the folder&apos;s name</source>
        <translation>&quot;{cell}&quot; có dấu ? hoặc #: kiosk thêm list.html và danh sách của học sinh vào sau địa chỉ, nên địa chỉ phải kết thúc bằng tên thư mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="222"/>
        <source>expected the public address of the published folder, such as https://cte.example.org/kiosk</source>
        <translation>cần địa chỉ công khai của thư mục đã xuất bản, ví dụ https://cte.example.org/kiosk</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="233"/>
        <source>setting &quot;wage_area&quot; is missing, so the wage file cannot be used</source>
        <translation>thiếu cài đặt &quot;wage_area&quot;, nên không dùng được tệp lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="236"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas}</source>
        <translation>cần mã BLS của vùng bạn; {file} có {areas}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="239"/>
        <source>expected BLS&apos;s code of your area; {file} holds {areas} and {count} more</source>
        <translation>cần mã BLS của vùng bạn; {file} có {areas} và {count} vùng khác</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="243"/>
        <source>wage_area &quot;{code}&quot; is not an area of {file}</source>
        <translation>wage_area &quot;{code}&quot; không phải là một vùng trong {file}</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="246"/>
        <source>expected one of its areas: {areas}; or download your area&apos;s file</source>
        <translation>cần một trong các vùng của tệp: {areas}; hoặc tải tệp của vùng bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="249"/>
        <source>expected one of its areas: {areas} and {count} more; or download your area&apos;s file</source>
        <translation>cần một trong các vùng của tệp: {areas} và {count} vùng khác; hoặc tải tệp của vùng bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="253"/>
        <source>{file} does not say which BLS release it is</source>
        <translation>{file} không cho biết đây là bản phát hành nào của BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="256"/>
        <source>expected BLS&apos;s file name (MSA_M2025_dl.xlsx) or a setting &quot;wage_release&quot; such as &quot;May 2025&quot;</source>
        <translation>cần tên tệp của BLS (MSA_M2025_dl.xlsx) hoặc cài đặt &quot;wage_release&quot; như &quot;May 2025&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="261"/>
        <source>{soc} is not in {file}, so this career shows no pay</source>
        <translation>{soc} không có trong {file}, nên nghề này không hiển thị lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="264"/>
        <source>expected an occupation code BLS publishes (check it at onetonline.org), or a typed wage</source>
        <translation>cần mã nghề nghiệp mà BLS công bố (kiểm tra tại onetonline.org), hoặc nhập lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="275"/>
        <source>two sheets are both &quot;{sheet}&quot;: &quot;{first}&quot; and &quot;{second}&quot;</source>
        <translation>hai trang đều là &quot;{sheet}&quot;: &quot;{first}&quot; và &quot;{second}&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="278"/>
        <source>expected one sheet of each name; delete or rename one of them</source>
        <translation>mỗi tên chỉ được có một trang; hãy xóa hoặc đổi tên một trong hai</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="281"/>
        <source>not a sheet, ignored</source>
        <translation>không phải là trang, bỏ qua</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/sheetwords.py" line="282"/>
        <source>a lock or shadow file that Excel, LibreOffice or macOS leaves beside open files</source>
        <translation>một tệp khóa hoặc tệp ẩn mà Excel, LibreOffice hay macOS để lại bên cạnh các tệp đang mở</translation>
    </message>
</context>
<context>
    <name>PublishPage</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="80"/>
        <source>A shared folder, a web server&apos;s folder or a USB stick: kiosks take the catalog from there.</source>
        <translation>Một thư mục dùng chung, thư mục của máy chủ web hoặc một ổ USB: các kiosk lấy danh mục từ đó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="89"/>
        <source>Why it cannot be published yet</source>
        <translation>Lý do chưa thể xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="94"/>
        <source>Result of publishing</source>
        <translation>Kết quả xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="95"/>
        <source>What happens next</source>
        <translation>Điều gì xảy ra tiếp theo</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="102"/>
        <source>Publish &amp;to:</source>
        <translation>Xuất bản &amp;vào:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="106"/>
        <source>Publish folder</source>
        <translation>Thư mục xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="108"/>
        <source>&amp;Choose...</source>
        <translation>&amp;Chọn...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="109"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="188"/>
        <source>Choose the publish folder</source>
        <translation>Chọn thư mục xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="118"/>
        <source>Signing key</source>
        <translation>Khóa ký</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="119"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="149"/>
        <source>Show public &amp;key...</source>
        <translation>Hiện &amp;khóa công khai...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="126"/>
        <source>Working</source>
        <translation>Đang xử lý</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="127"/>
        <source>Pu&amp;blish</source>
        <translation>Xuất &amp;bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="128"/>
        <source>Publish</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="147"/>
        <source>Catalogs are signed with key %1 (its private file: %2).</source>
        <translation>Danh mục được ký bằng khóa %1 (tệp riêng của khóa: %2).</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="151"/>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="283"/>
        <source>The signing key cannot be read: %1</source>
        <translation>Không đọc được khóa ký: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="154"/>
        <source>This computer has no signing key yet.</source>
        <translation>Máy tính này chưa có khóa ký.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="155"/>
        <source>Create signing &amp;key...</source>
        <translation>Tạo &amp;khóa ký...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="202"/>
        <source>No folder chosen yet</source>
        <translation>Chưa chọn thư mục</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="268"/>
        <source>Open a workbook first.</source>
        <translation>Hãy mở một sổ tính trước.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="270"/>
        <source>Checking the workbook...</source>
        <translation>Đang kiểm tra sổ tính...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="272"/>
        <source>This workbook cannot be checked: see the Problems tab.</source>
        <translation>Không kiểm tra được sổ tính này: xem thẻ Vấn đề.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishpage.py" line="275"/>
        <source>This workbook has %n error(s): fix them first (they are on the Problems tab), then publish.</source>
        <translation>
            <numerusform>Sổ tính này có %n lỗi: hãy sửa trước (chúng nằm ở thẻ Vấn đề), rồi mới xuất bản.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="281"/>
        <source>Choose the folder to publish to.</source>
        <translation>Hãy chọn thư mục để xuất bản vào.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="300"/>
        <source>Publishing...</source>
        <translation>Đang xuất bản...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="325"/>
        <source>Publish anyway?</source>
        <translation>Vẫn xuất bản?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="342"/>
        <source>Nothing was changed in %1.</source>
        <translation>Không có gì thay đổi trong %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="359"/>
        <source>Not published</source>
        <translation>Chưa xuất bản</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishpage.py" line="362"/>
        <source>Something went wrong in publishing; it is in the log file.</source>
        <translation>Có lỗi khi xuất bản; lỗi đã được ghi vào tệp nhật ký.</translation>
    </message>
</context>
<context>
    <name>PublishText</name>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="32"/>
        <source>%1: %2 added, %3 removed, %4 changed</source>
        <translation>%1: thêm %2, xóa %3, thay đổi %4</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="38"/>
        <source>No changes</source>
        <translation>Không có thay đổi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="47"/>
        <source>...and %n more: kiosk-admin diff lists them all</source>
        <translation>
            <numerusform>...và %n thay đổi nữa: kiosk-admin diff liệt kê đầy đủ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="56"/>
        <source>%1: added %2</source>
        <translation>%1: thêm %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="57"/>
        <source>%1: removed %2</source>
        <translation>%1: xóa %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="58"/>
        <source>%1: changed %2 %3: %4 -&gt; %5</source>
        <translation>%1: thay đổi %2 %3: %4 -&gt; %5</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="81"/>
        <source>%1 of %2 %3</source>
        <translation>%1 trên %2 %3</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="85"/>
        <source>%1 and %2</source>
        <translation>%1 và %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="92"/>
        <source>%1, row %2</source>
        <translation>%1, hàng %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="93"/>
        <source>%1, column &quot;%2&quot;</source>
        <translation>%1, cột &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="94"/>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="95"/>
        <source>warning: %1</source>
        <translation>cảnh báo: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="110"/>
        <source>Nothing is published in this folder yet: the whole workbook is new.</source>
        <translation>Thư mục này chưa có gì được xuất bản: toàn bộ sổ tính là mới.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="114"/>
        <source>Nothing to compare: %1. Publishing will ask before it goes ahead.</source>
        <translation>Không có gì để so sánh: %1. Khi xuất bản sẽ hỏi bạn trước khi tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="118"/>
        <source>Changes from the published %1:</source>
        <translation>Thay đổi so với %1 đã xuất bản:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="125"/>
        <source>This removes %1 (more than a fifth): publishing will ask first.</source>
        <translation>Thao tác này xóa %1 (hơn một phần năm): khi xuất bản sẽ hỏi bạn trước.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="134"/>
        <source>Nothing can be compared: %1, so what this removes cannot be checked. Make sure the workbook is the complete, saved one.

Publish anyway?</source>
        <translation>Không thể so sánh: %1, nên không kiểm tra được những gì sẽ bị xóa. Hãy bảo đảm sổ tính là bản đầy đủ và đã lưu.

Vẫn xuất bản?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="140"/>
        <source>This removes %1 (more than a fifth of what is published). A half-saved workbook is the usual cause.

Publish anyway?</source>
        <translation>Thao tác này xóa %1 (hơn một phần năm những gì đã xuất bản). Nguyên nhân thường gặp là sổ tính chưa được lưu trọn vẹn.

Vẫn xuất bản?</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="151"/>
        <source>The publish folder is %1: choose another folder.</source>
        <translation>Thư mục xuất bản là %1: hãy chọn thư mục khác.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="156"/>
        <source>The signing key cannot be read: %1</source>
        <translation>Không đọc được khóa ký: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="159"/>
        <source>This workbook cannot be read: %1</source>
        <translation>Không đọc được sổ tính này: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="162"/>
        <source>This workbook has %n error(s), listed below: fix them first, then publish.</source>
        <translation>
            <numerusform>Sổ tính này có %n lỗi, liệt kê bên dưới: hãy sửa trước, rồi mới xuất bản.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="169"/>
        <source>It cannot be published there: %1</source>
        <translation>Không thể xuất bản vào đó: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="176"/>
        <source>Published catalog version %1</source>
        <translation>Đã xuất bản danh mục phiên bản %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/catalogapp/publishtext.py" line="181"/>
        <source>%n course(s), signed with key %1, in %2.</source>
        <translation>
            <numerusform>%n khóa học, được ký bằng khóa %1, trong %2.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="184"/>
        <source>Kiosks whose sync source is this folder or the web address that serves it pick it up at their next check: they check it every %1 minutes and install the new catalog between students.</source>
        <translation>Các kiosk có nguồn đồng bộ là thư mục này hoặc địa chỉ web phục vụ nó sẽ nhận bản mới ở lần kiểm tra kế tiếp: chúng kiểm tra mỗi %1 phút và cài danh mục mới giữa các lượt học sinh.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="190"/>
        <source>For a kiosk without a network, copy the folder to a USB stick and use Import from a USB drive in the kiosk&apos;s staff panel.</source>
        <translation>Với kiosk không có mạng, hãy chép thư mục vào ổ USB và dùng Nhập từ ổ USB trong bảng nhân viên của kiosk.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="198"/>
        <source>The kiosk&apos;s QR code opens the list page at %1 on a student&apos;s phone: copy the whole folder, its list files too, to that address.</source>
        <translation>Mã QR của kiosk mở trang danh sách tại %1 trên điện thoại của học sinh: hãy sao chép toàn bộ thư mục, cả các tệp list, đến địa chỉ đó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/publishtext.py" line="206"/>
        <source>The folder also holds the list page a student&apos;s phone opens from the kiosk&apos;s QR code, once the settings sheet&apos;s qr_base_url names the folder&apos;s public address.</source>
        <translation>Thư mục cũng chứa trang danh sách mà điện thoại của học sinh mở từ mã QR của kiosk, khi qr_base_url trong trang settings ghi địa chỉ công khai của thư mục.</translation>
    </message>
</context>
<context>
    <name>QuizResultScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="81"/>
        <source>Your quiz result</source>
        <translation>Kết quả trắc nghiệm của bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="92"/>
        <source>You did not pick anything you would like. Try Explore by what you like, or Browse to see every pathway.</source>
        <translation>Bạn chưa chọn điều gì mình thích. Hãy thử “Khám phá theo sở thích”, hoặc “Xem các lộ trình nghề nghiệp” để thấy tất cả các lộ trình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="103"/>
        <source>Pathways for you</source>
        <translation>Lộ trình dành cho bạn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="106"/>
        <source>Why it matches:</source>
        <translation>Vì sao phù hợp:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="107"/>
        <source>These pathways match too, but have no classes here yet:</source>
        <translation>Các lộ trình này cũng phù hợp, nhưng ở đây chưa có lớp nào:</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="113"/>
        <source>You are a...</source>
        <translation>Bạn là...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz_result.py" line="114"/>
        <source>Take the quiz again</source>
        <translation>Làm lại bài trắc nghiệm</translation>
    </message>
</context>
<context>
    <name>QuizScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="44"/>
        <source>Quick quiz</source>
        <translation>Trắc nghiệm nhanh</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="71"/>
        <source>The quiz is not available right now.</source>
        <translation>Hiện chưa làm được bài trắc nghiệm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="76"/>
        <source>Question %1 of %2</source>
        <translation>Câu %1 trên %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="93"/>
        <source>Would you like to...</source>
        <translation>Bạn có muốn...</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="94"/>
        <source>I&apos;d like that</source>
        <translation>Mình thích</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="95"/>
        <source>Not sure</source>
        <translation>Chưa chắc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="96"/>
        <source>Not for me</source>
        <translation>Không hợp với mình</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/quiz.py" line="97"/>
        <source>Previous question</source>
        <translation>Câu trước</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="72"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="144"/>
        <source>Type a class, a career or a word like “nurse”, “cars” or “cooking”.</source>
        <translation>Gõ tên lớp, tên nghề hoặc một từ như “y tá”, “xe hơi” hay “nấu ăn”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/screens/search.py" line="153"/>
        <source>%n class(es) found</source>
        <translation>
            <numerusform>Tìm thấy %n lớp</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="155"/>
        <source>Nothing found. Try a shorter or different word.</source>
        <translation>Không tìm thấy gì. Hãy thử một từ ngắn hơn hoặc một từ khác.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="168"/>
        <source>Type to search</source>
        <translation>Gõ để tìm</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="169"/>
        <source>Search for a class or career</source>
        <translation>Tìm lớp học hoặc nghề nghiệp</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="170"/>
        <source>Keyboard</source>
        <translation>Bàn phím</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/search.py" line="171"/>
        <source>Show the keyboard</source>
        <translation>Hiện bàn phím</translation>
    </message>
</context>
<context>
    <name>SectorScreen</name>
    <message>
        <location filename="../../kiosk/ui/screens/browse.py" line="134"/>
        <source>No classes in this sector yet.</source>
        <translation>Ngành này chưa có lớp nào.</translation>
    </message>
</context>
<context>
    <name>Sleeping</name>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="21"/>
        <source>Closed.</source>
        <translation>Đã đóng cửa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="26"/>
        <source>Closed. Open again on %1 at %2.</source>
        <translation>Đã đóng cửa. Mở lại vào %1 lúc %2.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="30"/>
        <source>Closed. Open again today at %1.</source>
        <translation>Đã đóng cửa. Mở lại hôm nay lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="32"/>
        <source>Closed. Open again tomorrow at %1.</source>
        <translation>Đã đóng cửa. Mở lại ngày mai lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="35"/>
        <source>Closed. Open again Monday at %1.</source>
        <translation>Đã đóng cửa. Mở lại vào thứ Hai lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="36"/>
        <source>Closed. Open again Tuesday at %1.</source>
        <translation>Đã đóng cửa. Mở lại vào thứ Ba lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="37"/>
        <source>Closed. Open again Wednesday at %1.</source>
        <translation>Đã đóng cửa. Mở lại vào thứ Tư lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="38"/>
        <source>Closed. Open again Thursday at %1.</source>
        <translation>Đã đóng cửa. Mở lại vào thứ Năm lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="39"/>
        <source>Closed. Open again Friday at %1.</source>
        <translation>Đã đóng cửa. Mở lại vào thứ Sáu lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="40"/>
        <source>Closed. Open again Saturday at %1.</source>
        <translation>Đã đóng cửa. Mở lại vào thứ Bảy lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="41"/>
        <source>Closed. Open again Sunday at %1.</source>
        <translation>Đã đóng cửa. Mở lại vào Chủ Nhật lúc %1.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/screens/sleeping.py" line="84"/>
        <source>Touch the screen to use it now.</source>
        <translation>Chạm vào màn hình để dùng ngay.</translation>
    </message>
</context>
<context>
    <name>Slip</name>
    <message>
        <location filename="../../kiosk/services/slip.py" line="87"/>
        <source>There is no printer here. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>Ở đây không có máy in. Hãy cho cố vấn học đường xem màn hình này, hoặc quét mã bằng điện thoại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="96"/>
        <source>The printer is not answering. Show this screen to your counselor, or scan the code with a phone.</source>
        <translation>Máy in không phản hồi. Hãy cho cố vấn học đường xem màn hình này, hoặc quét mã bằng điện thoại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="113"/>
        <source>No default printer is set up.</source>
        <translation>Chưa cài đặt máy in mặc định.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="117"/>
        <source>The default printer did not accept the page.</source>
        <translation>Máy in mặc định không nhận trang in.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="126"/>
        <source>CTE Career Kiosk: test page</source>
        <translation>Kiosk hướng nghiệp CTE: trang in thử</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="29"/>
        <location filename="../../kiosk/services/slip.py" line="179"/>
        <location filename="../../kiosk/sync/pagewords.py" line="38"/>
        <source>My career class list</source>
        <translation>Danh sách lớp hướng nghiệp của mình</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="30"/>
        <location filename="../../kiosk/services/slip.py" line="185"/>
        <source>To sign up, talk to your high-school counselor.</source>
        <translation>Để đăng ký, hãy nói chuyện với cố vấn học đường ở trường trung học của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="33"/>
        <source>School: %1</source>
        <translation>Trường: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/services/slip.py" line="205"/>
        <source>ROP/CTE classes are tuition-free for high-school students.</source>
        <translation>Các lớp ROP/CTE được miễn học phí cho học sinh trung học.</translation>
    </message>
</context>
<context>
    <name>SpeakerButton</name>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Stop reading</source>
        <translation>Dừng đọc</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/speaker.py" line="50"/>
        <source>Read aloud</source>
        <translation>Đọc to</translation>
    </message>
</context>
<context>
    <name>StartOverQuestion</name>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="51"/>
        <source>Start over?</source>
        <translation>Làm lại từ đầu?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="52"/>
        <source>This clears your list and your answers.</source>
        <translation>Việc này sẽ xóa danh sách và các câu trả lời của bạn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="53"/>
        <source>Yes, start over</source>
        <translation>Có, làm lại từ đầu</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/start_over.py" line="54"/>
        <source>No, keep my list</source>
        <translation>Không, giữ danh sách của mình</translation>
    </message>
</context>
<context>
    <name>StillThere</name>
    <message numerus="yes">
        <location filename="../../kiosk/ui/overlays/still_there.py" line="103"/>
        <source>In %n second(s), everything you did here will be cleared for the next student.</source>
        <translation>
            <numerusform>Sau %n giây, mọi thứ bạn đã làm ở đây sẽ bị xóa để dành cho học sinh tiếp theo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="119"/>
        <source>Are you still there?</source>
        <translation>Bạn vẫn còn ở đây chứ?</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/overlays/still_there.py" line="120"/>
        <source>Yes, I&apos;m still here</source>
        <translation>Có, mình vẫn ở đây</translation>
    </message>
</context>
<context>
    <name>Talking</name>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="34"/>
        <source>not available now</source>
        <translation>hiện không dùng được</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="36"/>
        <source>%1 of %2</source>
        <translation>%1 trên %2</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="40"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="48"/>
        <source>text field</source>
        <translation>ô nhập chữ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="49"/>
        <source>empty</source>
        <translation>trống</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="54"/>
        <source>class, Enter opens it</source>
        <translation>lớp, nhấn Enter để mở</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="59"/>
        <source>choice, selected</source>
        <translation>lựa chọn, đã chọn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="61"/>
        <source>choice, not selected</source>
        <translation>lựa chọn, chưa chọn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="64"/>
        <source>button</source>
        <translation>nút</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/describe.py" line="65"/>
        <source>heading</source>
        <translation>tiêu đề</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="74"/>
        <source>Talking mode is on. Down and Up move through the screen, Enter chooses, F1 is help, F2 turns talking mode off.</source>
        <translation>Chế độ giọng nói đang bật. Nhấn phím xuống và phím lên để di chuyển trên màn hình, Enter để chọn, F1 để nghe trợ giúp, F2 để tắt chế độ giọng nói.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="86"/>
        <source>Talking mode is off. F2 turns it on again.</source>
        <translation>Chế độ giọng nói đã tắt. Nhấn F2 để bật lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="165"/>
        <source>Nothing to choose here.</source>
        <translation>Ở đây không có gì để chọn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="171"/>
        <source>End of the screen. Up goes back.</source>
        <translation>Đã hết màn hình. Nhấn phím lên để lùi lại.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="173"/>
        <source>Top of the screen.</source>
        <translation>Đã lên đầu màn hình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="195"/>
        <source>Type now. Down leaves the field.</source>
        <translation>Bây giờ hãy gõ. Nhấn phím xuống để rời ô nhập.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="242"/>
        <source>Press Enter to start.</source>
        <translation>Nhấn Enter để bắt đầu.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="245"/>
        <source>%n choice(s). Down for the next, Enter to choose, F1 for help.</source>
        <translation>
            <numerusform>Có %n lựa chọn. Nhấn phím xuống để sang lựa chọn tiếp theo, Enter để chọn, F1 để nghe trợ giúp.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../kiosk/ui/talking/mode.py" line="274"/>
        <source>My list: %n class(es).</source>
        <translation>
            <numerusform>Danh sách của mình: %n lớp.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="283"/>
        <source>Everything was cleared for the next student. Talking mode is off.</source>
        <translation>Mọi thứ đã được xóa để dành cho học sinh tiếp theo. Chế độ giọng nói đã tắt.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="334"/>
        <source>Faster</source>
        <translation>Nhanh hơn</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/mode.py" line="336"/>
        <source>Slower</source>
        <translation>Chậm hơn</translation>
    </message>
</context>
<context>
    <name>TalkingHelp</name>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="11"/>
        <source>The welcome screen of the career class kiosk. Enter starts.</source>
        <translation>Màn hình chào mừng của kiosk lớp hướng nghiệp. Nhấn Enter để bắt đầu.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="14"/>
        <source>Choose how to explore career classes: by what you like, with a quick quiz, by industry, or by searching.</source>
        <translation>Chọn cách khám phá các lớp hướng nghiệp: theo sở thích, làm bài trắc nghiệm nhanh, theo ngành, hoặc tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="19"/>
        <source>Choose the things you like. Pathways and classes that match them are listed after the choices.</source>
        <translation>Chọn những điều bạn thích. Các lộ trình và lớp phù hợp được liệt kê sau các lựa chọn.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="24"/>
        <source>A quick quiz. For each statement, choose I&apos;d like that, Not sure, or Not for me.</source>
        <translation>Bài trắc nghiệm nhanh. Với mỗi câu, hãy chọn “Mình thích”, “Chưa chắc” hoặc “Không hợp với mình”.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="28"/>
        <source>Your quiz result: the kinds of work that suit you, then pathways and classes.</source>
        <translation>Kết quả trắc nghiệm của bạn: những kiểu công việc hợp với bạn, sau đó là các lộ trình và lớp học.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="32"/>
        <source>The industries. Choose one to hear its pathways and classes.</source>
        <translation>Các ngành. Chọn một ngành để nghe các lộ trình và lớp học của ngành đó.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="35"/>
        <source>An industry&apos;s pathways, each with its classes and their pay. Choose a class to open it.</source>
        <translation>Các lộ trình của một ngành, mỗi lộ trình có các lớp học và mức lương. Chọn một lớp để mở.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="40"/>
        <source>Type a class or a career on the keyboard. The number of classes found is said, and the classes follow the search field.</source>
        <translation>Gõ tên lớp hoặc tên nghề trên bàn phím. Bạn sẽ nghe số lớp tìm thấy, và các lớp nằm ngay sau ô tìm kiếm.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="45"/>
        <source>One class: what you will do, where and when it runs, and the careers it leads to with their pay. You can add it to your list.</source>
        <translation>Một lớp học: bạn sẽ làm gì, học ở đâu và khi nào, và những nghề bạn có thể theo đuổi cùng mức lương. Bạn có thể thêm lớp này vào danh sách của mình.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="50"/>
        <source>The classes you chose. Go on to your counselor to sign up, or remove a class.</source>
        <translation>Các lớp bạn đã chọn. Đi tiếp để gặp cố vấn học đường và đăng ký, hoặc xóa một lớp.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="54"/>
        <source>Choose your school to hear where its counselors are. Then print your list to take with you.</source>
        <translation>Chọn trường của bạn để nghe cố vấn học đường ở đâu. Sau đó in danh sách để mang theo.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="59"/>
        <source>Questions and answers about these tuition-free classes.</source>
        <translation>Câu hỏi và trả lời về các lớp miễn học phí này.</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/talking/help.py" line="66"/>
        <source>Keys: Down and Up move through everything on the screen. Enter chooses. Escape goes back. Home goes to the start. Control stops the voice. F7 is slower, F8 faster. F1 is this help. F2 turns talking mode off.</source>
        <translation>Các phím: phím xuống và phím lên để đi qua mọi thứ trên màn hình. Enter để chọn. Escape để quay lại. Home để về Trang chủ. Control để dừng giọng đọc. F7 đọc chậm hơn, F8 nhanh hơn. F1 là phần trợ giúp này. F2 để tắt chế độ giọng nói.</translation>
    </message>
</context>
<context>
    <name>Terms</name>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="60"/>
        <location filename="../../kiosk/ui/screens/course.py" line="26"/>
        <source>School year</source>
        <translation>Năm học</translation>
    </message>
    <message>
        <location filename="../../kiosk/sync/pagewords.py" line="61"/>
        <location filename="../../kiosk/ui/screens/course.py" line="27"/>
        <source>Summer school</source>
        <translation>Khóa học hè</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="159"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="172"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="176"/>
        <source>Home</source>
        <translation>Trang chủ</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="160"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="173"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="177"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="174"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="161"/>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="171"/>
        <source>My list (%1)</source>
        <translation>Danh sách của mình (%1)</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="181"/>
        <source>Language: choose another language</source>
        <translation>Ngôn ngữ: chọn ngôn ngữ khác</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="182"/>
        <source>Text size and contrast</source>
        <translation>Cỡ chữ và độ tương phản</translation>
    </message>
    <message>
        <location filename="../../kiosk/ui/widgets/topbar.py" line="186"/>
        <source>Change language to %1</source>
        <translation>Đổi ngôn ngữ sang %1</translation>
    </message>
</context>
<context>
    <name>WagesDialog</name>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="34"/>
        <source>Wages from BLS</source>
        <translation>Lương theo BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="46"/>
        <source>Careers show the pay in the wage file of the U.S. Bureau of Labor Statistics (OEWS, .xlsx or CSV as downloaded from bls.gov/oes) for your area.</source>
        <translation>Các nghề hiển thị mức lương tại vùng của bạn theo tệp lương của Cục Thống kê Lao động Hoa Kỳ (OEWS, .xlsx hoặc CSV như tải về từ bls.gov/oes).</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="51"/>
        <source>&amp;Choose file...</source>
        <translation>&amp;Chọn tệp...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="53"/>
        <source>Reading the wage file</source>
        <translation>Đang đọc tệp lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="59"/>
        <source>Area</source>
        <translation>Vùng</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="63"/>
        <source>Wage file:</source>
        <translation>Tệp lương:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="64"/>
        <source>&amp;Area:</source>
        <translation>&amp;Vùng:</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="69"/>
        <source>Check &amp;without pay</source>
        <translation>Kiểm tra &amp;không có lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="99"/>
        <source>Choose BLS&apos;s wage file</source>
        <translation>Chọn tệp lương của BLS</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="101"/>
        <source>BLS wage files (*.xlsx *.csv)</source>
        <translation>Tệp lương BLS (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="125"/>
        <source>Something went wrong reading the wage file; it is in the log file.</source>
        <translation>Có lỗi khi đọc tệp lương; lỗi đã được ghi vào tệp nhật ký.</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="128"/>
        <source>This wage file cannot be used: %1</source>
        <translation>Không dùng được tệp lương này: %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/wagesdialog.py" line="142"/>
        <source>As the workbook&apos;s settings say (wage_area)</source>
        <translation>Theo phần cài đặt của sổ tính (wage_area)</translation>
    </message>
</context>
<context>
    <name>WorkbookTools</name>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="25"/>
        <source>&amp;New workbook...</source>
        <translation>&amp;Sổ tính mới...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="26"/>
        <source>See it as a &amp;student</source>
        <translation>Xem như &amp;học sinh</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="29"/>
        <source>Language of the preview</source>
        <translation>Ngôn ngữ của bản xem trước</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="34"/>
        <source>&amp;Wages...</source>
        <translation>&amp;Lương...</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="44"/>
        <source>How the last action went</source>
        <translation>Kết quả của thao tác vừa rồi</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="85"/>
        <source>No wage file</source>
        <translation>Không có tệp lương</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="87"/>
        <source>Pay from %1</source>
        <translation>Lương theo %1</translation>
    </message>
    <message>
        <location filename="../../kiosk/catalogapp/tools.py" line="89"/>
        <source>Pay from %1, area %2</source>
        <translation>Lương theo %1, vùng %2</translation>
    </message>
</context>
</TS>
