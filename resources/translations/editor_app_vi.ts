<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
    <context>
        <name>Actions</name>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="121" />
            <source>&amp;New article</source>
            <translation>&amp;Bài mới</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="125" />
            <source>&amp;Save now</source>
            <translation>&amp;Lưu ngay</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="126" />
            <source>&amp;Quit</source>
            <translation>&amp;Thoát</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="129" />
            <source>Switch &amp;person…</source>
            <translation>Đổi &amp;người dùng…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="133" />
            <source>Sign &amp;out</source>
            <translation>Đăng &amp;xuất</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="134" />
            <source>&amp;People…</source>
            <translation>&amp;Nhân sự…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="135" />
            <source>&amp;Categories…</source>
            <translation>&amp;Chuyên mục…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="138" />
            <source>&amp;Settings…</source>
            <translation>&amp;Cài đặt…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="140" />
            <source>&amp;Undo</source>
            <translation>&amp;Hoàn tác</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="141" />
            <source>&amp;Redo</source>
            <translation>&amp;Làm lại</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="142" />
            <source>&amp;Find…</source>
            <translation>&amp;Tìm…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="145" />
            <source>Find and &amp;replace…</source>
            <translation>Tìm và &amp;thay…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="149" />
            <source>Convert &amp;old Vietnamese encoding…</source>
            <translation>Chuyển &amp;mã tiếng Việt cũ…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="151" />
            <source>Apply &amp;house style</source>
            <translation>Áp dụng &amp;quy cách tòa soạn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="153" />
            <source>House st&amp;yle…</source>
            <translation>&amp;Quy cách tòa soạn…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="155" />
            <source>&amp;Bold</source>
            <translation>&amp;Đậm</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="156" />
            <source>&amp;Italic</source>
            <translation>&amp;Nghiêng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="157" />
            <source>Heading &amp;1</source>
            <translation>Tiêu đề &amp;1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="158" />
            <source>Heading &amp;2</source>
            <translation>Tiêu đề &amp;2</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="159" />
            <source>Heading &amp;3</source>
            <translation>Tiêu đề &amp;3</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="162" />
            <source>&amp;Bulleted list</source>
            <translation>Danh sách &amp;gạch đầu dòng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="168" />
            <source>&amp;Numbered list</source>
            <translation>Danh sách đánh &amp;số</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="172" />
            <source>&amp;Quote</source>
            <translation>&amp;Trích dẫn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="173" />
            <source>&amp;Link…</source>
            <translation>&amp;Liên kết…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="174" />
            <source>I&amp;mage…</source>
            <translation>&amp;Ảnh…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="175" />
            <source>&amp;Table</source>
            <translation>&amp;Bảng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="176" />
            <source>Horizontal &amp;rule</source>
            <translation>&amp;Đường kẻ ngang</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="179" />
            <source>Search articles</source>
            <translation>Tìm bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="185" />
            <source>&amp;Markdown source</source>
            <translation>Mã &amp;Markdown</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="192" />
            <source>&amp;Distraction-free mode</source>
            <translation>Chế độ &amp;tập trung</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="199" />
            <source>S&amp;ubmit for review…</source>
            <translation>&amp;Gửi duyệt…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="203" />
            <source>Start &amp;review</source>
            <translation>&amp;Nhận duyệt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="204" />
            <source>Re&amp;turn to author…</source>
            <translation>T&amp;rả lại tác giả…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="205" />
            <source>&amp;Approve…</source>
            <translation>&amp;Duyệt…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="206" />
            <source>&amp;Preview</source>
            <translation>&amp;Xem trước</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="207" />
            <source>&amp;Check the article</source>
            <translation>&amp;Kiểm tra bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="209" />
            <source>&amp;Withdraw from the portal…</source>
            <translation>&amp;Gỡ tin khỏi cổng…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="211" />
            <source>&amp;Export for the portal…</source>
            <translation>&amp;Xuất bản lên cổng…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="213" />
            <source>&amp;Import a bundle or Word file…</source>
            <translation>&amp;Nhập gói tin hoặc tệp Word…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="229" />
            <source>&amp;Connect to the newsroom server…</source>
            <translation>&amp;Kết nối máy chủ tòa soạn…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="231" />
            <source>&amp;Disconnect from the server…</source>
            <translation>&amp;Ngắt kết nối máy chủ…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="233" />
            <source>S&amp;ync now</source>
            <translation>Đồng &amp;bộ ngay</translation>
        </message>
        <message>
            <source>&amp;Import a bundle…</source>
            <translation type="vanished">&amp;Nhập gói tin…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="216" />
            <source>&amp;About Editor App</source>
            <translation>&amp;Giới thiệu Editor App</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="218" />
            <source>&amp;Publish to the portal</source>
            <translation>Đăn&amp;g lên cổng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="220" />
            <source>Re&amp;open for correction…</source>
            <translation>&amp;Mở lại để đính chính…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="222" />
            <source>&amp;Portal identity…</source>
            <translation>Thông tin &amp;cổng…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="224" />
            <source>&amp;Print…</source>
            <translation>&amp;In…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="225" />
            <source>Save as P&amp;DF…</source>
            <translation>Lưu thành P&amp;DF…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/actions.py" line="227" />
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Phím tắt</translation>
        </message>
    </context>
    <context>
        <name>Administration</name>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="120" />
            <source>%1 was added.</source>
            <translation>Đã thêm %1.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="128" />
            <source>Saved.</source>
            <translation>Đã lưu.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="134" />
            <source>Enabled.</source>
            <translation>Đã mở khóa.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="134" />
            <source>Disabled.</source>
            <translation>Đã khóa.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="141" />
            <source>The password of %1 was reset.</source>
            <translation>Đã đặt lại mật khẩu của %1.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="153" />
            <source>Renamed.</source>
            <translation>Đã đổi tên.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="156" />
            <source>Moved.</source>
            <translation>Đã chuyển.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="200" />
            <source>Added.</source>
            <translation>Đã thêm.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="209" />
            <source>Retired: its articles keep their category and stay listed.</source>
            <translation>Đã ngừng dùng: các bài vẫn giữ chuyên mục này và vẫn hiện trong danh sách.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/administration.py" line="210" />
            <source>Restored.</source>
            <translation>Đã khôi phục.</translation>
        </message>
    </context>
    <context>
        <name>ArticleListModel</name>
        <message>
            <location filename="../../src/editor_app/gui/models/article_list_model.py" line="166" />
            <source>Title</source>
            <translation>Tít bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/models/article_list_model.py" line="166" />
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/models/article_list_model.py" line="166" />
            <source>Author</source>
            <translation>Tác giả</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/models/article_list_model.py" line="166" />
            <source>Status</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/models/article_list_model.py" line="167" />
            <source>Updated</source>
            <translation>Cập nhật</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/models/article_list_model.py" line="179" />
            <source>⚠ conflict</source>
            <translation>⚠ xung đột</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/models/article_list_model.py" line="188" />
            <source>%1: two versions of this article are in conflict; open it and choose Resolve.</source>
            <translation>%1: bài này có hai phiên bản xung đột; hãy mở bài và chọn Giải quyết.</translation>
        </message>
    </context>
    <context>
        <name>ArticleListPanel</name>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="166" />
            <source>Search (with or without diacritics)…</source>
            <translation>Tìm bài (có dấu hoặc không dấu)…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="170" />
            <source>Mine</source>
            <translation>Của tôi</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="170" />
            <source>All articles</source>
            <translation>Tất cả bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="171" />
            <source>To review</source>
            <translation>Chờ tôi duyệt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="172" />
            <source>Returned to me</source>
            <translation>Bị trả lại cho tôi</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="179" />
            <source>All statuses</source>
            <translation>Mọi trạng thái</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="185" />
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="214" />
            <source>All categories</source>
            <translation>Mọi chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="293" />
            <source>%1 articles</source>
            <translation>%1 bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="295" />
            <source>%1 found</source>
            <translation>Tìm thấy %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="318" />
            <source>Open</source>
            <translation>Mở</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="319" />
            <source>Copy article id</source>
            <translation>Chép mã bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/article_list.py" line="320" />
            <source>Refresh list</source>
            <translation>Làm mới danh sách</translation>
        </message>
    </context>
    <context>
        <name>CategoriesDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="45" />
            <source>Categories</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="51" />
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="51" />
            <source>Articles</source>
            <translation>Số bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="51" />
            <source>State</source>
            <translation>Trạng thái</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="54" />
            <source>Selected category</source>
            <translation>Chuyên mục đang chọn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="57" />
            <source>Rename</source>
            <translation>Đổi tên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="61" />
            <source>Move</source>
            <translation>Chuyển</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="66" />
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="80" />
            <source>Name</source>
            <translation>Tên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="68" />
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="81" />
            <source>Under</source>
            <translation>Thuộc</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="72" />
            <source>Add a category</source>
            <translation>Thêm chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="77" />
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="130" />
            <source>retired</source>
            <translation>ngừng dùng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="140" />
            <source>(top level)</source>
            <translation>(cấp cao nhất)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="180" />
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/categories.py" line="181" />
            <source>Retire (its articles stay)</source>
            <translation>Ngừng dùng (các bài vẫn giữ nguyên)</translation>
        </message>
    </context>
    <context>
        <name>ChecklistDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="31" />
            <source>Before you %1</source>
            <translation>Trước khi %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="37" />
            <source>These problems must be fixed first. Double-click one to go to it.</source>
            <translation>Cần sửa các lỗi này trước. Nhấp đúp để đến chỗ lỗi.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="40" />
            <source>Check these warnings. You may go on anyway.</source>
            <translation>Hãy xem các cảnh báo này. Bạn vẫn có thể tiếp tục.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="42" />
            <source>Fix these warnings first, or ask an editor.</source>
            <translation>Hãy sửa các cảnh báo này trước, hoặc hỏi biên tập viên.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="51" />
            <source>Go on anyway</source>
            <translation>Vẫn tiếp tục</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="188" />
            <source>Add comment</source>
            <translation>Thêm bình luận</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="189" />
            <source>Write a comment for the author or the editor…</source>
            <translation>Viết ý kiến cho tác giả hoặc biên tập viên…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="199" />
            <source>Tick when resolved</source>
            <translation>Đánh dấu khi đã xử lý</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="26" />
            <source>The article was changed by someone else</source>
            <translation>Bài đã bị người khác sửa</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="32" />
            <source>Your version</source>
            <translation>Bản của bạn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="33" />
            <source>Saved version</source>
            <translation>Bản đã lưu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="42" />
            <source>Keep mine</source>
            <translation>Giữ bản của tôi</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="43" />
            <source>Take the saved version</source>
            <translation>Lấy bản đã lưu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="45" />
            <source>Keep both (mine below)</source>
            <translation>Giữ cả hai (bản của tôi ở dưới)</translation>
        </message>
    </context>
    <context>
        <name>ConnectDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="45" />
            <source>Connect to the newsroom server</source>
            <translation>Kết nối máy chủ tòa soạn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="49" />
            <source>Your articles stay on this computer and you can work without a network; when the server can be reached, your changes are sent and your colleagues' arrive.</source>
            <translation>Bài của bạn vẫn nằm trên máy này và bạn làm việc được cả khi không có mạng; khi kết nối được máy chủ, thay đổi của bạn được gửi đi và thay đổi của đồng nghiệp được nhận về.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="58" />
            <source>Now connected to %1.</source>
            <translation>Đang kết nối với %1.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="72" />
            <source>Server address:</source>
            <translation>Địa chỉ máy chủ:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="73" />
            <source>Login:</source>
            <translation>Tên đăng nhập:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="74" />
            <source>Password:</source>
            <translation>Mật khẩu:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="75" />
            <source>This computer's name:</source>
            <translation>Tên máy này:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="110" />
            <source>This address is not https: your password and articles would cross the network unencrypted. Ask for the server's https address.</source>
            <translation>Địa chỉ này không phải https: mật khẩu và bài viết sẽ đi qua mạng mà không được mã hóa. Hãy hỏi địa chỉ https của máy chủ.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="116" />
            <source>Connecting…</source>
            <translation>Đang kết nối…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/connect_server.py" line="116" />
            <source>Connect</source>
            <translation>Kết nối</translation>
        </message>
    </context>
    <context>
        <name>Editing</name>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="122" />
            <source>No article open</source>
            <translation>Chưa mở bài nào</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="156" />
            <source>New article</source>
            <translation>Bài mới</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="156" />
            <source>Headline:</source>
            <translation>Tít bài:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="194" />
            <source>Paste</source>
            <translation>Dán</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="195" />
            <source>The article would be %1 characters long; an article holds at most %2. Nothing was pasted, and the clipboard still has the text.</source>
            <translation>Bài sẽ dài %1 ký tự; một bài chỉ chứa tối đa %2. Chưa dán gì cả, nội dung vẫn còn trong bộ nhớ tạm.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="201" />
            <source>Not saved: %1</source>
            <translation>Chưa lưu: %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="202" />
            <source>Not saved: %1 — your text is still here; fix the problem and it will be saved.</source>
            <translation>Chưa lưu: %1 — nội dung của bạn vẫn còn đây; khắc phục lỗi thì bài sẽ được lưu.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="231" />
            <source>Saving…</source>
            <translation>Đang lưu…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="233" />
            <source>Unsaved changes</source>
            <translation>Có thay đổi chưa lưu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="235" />
            <source>Saved %1</source>
            <translation>Đã lưu lúc %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="238" />
            <source>Saved</source>
            <translation>Đã lưu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="243" />
            <source>%1 · version %2</source>
            <translation>%1 · phiên bản %2</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/editing.py" line="254" />
            <source>%1 words · %2 characters · %3 min read</source>
            <translation>%1 chữ · %2 ký tự · đọc %3 phút</translation>
        </message>
    </context>
    <context>
        <name>ErrorReporter</name>
        <message>
            <location filename="../../src/editor_app/gui/errors.py" line="68" />
            <source>the log</source>
            <translation>nhật ký</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/errors.py" line="69" />
            <source>Something went wrong — details saved to %1</source>
            <translation>Đã xảy ra lỗi — chi tiết được lưu tại %1</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="43" />
            <source>Export for the portal</source>
            <translation>Xuất bản lên cổng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="54" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="57" />
            <source>ninjs 3.1 (IPTC, current)</source>
            <translation>ninjs 3.1 (IPTC, bản hiện hành)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="58" />
            <source>ninjs 1.6 (Superdesk and other 1.x readers)</source>
            <translation>ninjs 1.6 (Superdesk và các hệ thống đọc bản 1.x)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="60" />
            <source>The format of article.json in each bundle, for the system that will read it</source>
            <translation>Định dạng article.json trong mỗi gói, theo hệ thống sẽ đọc gói</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="62" />
            <source>Export</source>
            <translation>Xuất bản</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="64" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="72" />
            <source>Open folder</source>
            <translation>Mở thư mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="73" />
            <source>Verify bundles</source>
            <translation>Kiểm tra gói tin</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="78" />
            <source>Folder:</source>
            <translation>Thư mục:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="82" />
            <source>Format:</source>
            <translation>Định dạng:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="93" />
            <source>Approved articles:</source>
            <translation>Bài đã duyệt:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="122" />
            <source>Export folder</source>
            <translation>Thư mục xuất bản</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="130" />
            <source>Choose at least one article and a folder.</source>
            <translation>Hãy chọn ít nhất một bài và một thư mục.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="177" />
            <source>%1 of %2: %3</source>
            <translation>%1 / %2: %3</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="182" />
            <source>Stopping after the current article…</source>
            <translation>Sẽ dừng sau bài đang xuất…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="192" />
            <source>%1 written, %2 failed</source>
            <translation>Đã xuất %1, lỗi %2</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="195" />
            <source>cancelled</source>
            <translation>đã hủy</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="219" />
            <source>intact and valid</source>
            <translation>nguyên vẹn và hợp lệ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/export.py" line="224" />
            <source>%1 verified, %2 with problems</source>
            <translation>Đã kiểm tra %1, có lỗi %2</translation>
        </message>
    </context>
    <context>
        <name>FindBar</name>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="68" />
            <source>Find</source>
            <translation>Tìm</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="69" />
            <source>Replace with</source>
            <translation>Thay bằng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="70" />
            <source>Match case</source>
            <translation>Phân biệt hoa thường</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="71" />
            <source>Ignore diacritics</source>
            <translation>Bỏ qua dấu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="72" />
            <source>Previous</source>
            <translation>Trước</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="73" />
            <source>Next</source>
            <translation>Tiếp</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="74" />
            <source>Replace</source>
            <translation>Thay</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="75" />
            <source>Replace all</source>
            <translation>Thay tất cả</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="76" />
            <source>Close (Esc)</source>
            <translation>Đóng (Esc)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="115" />
            <source>Not found</source>
            <translation>Không thấy</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="118" />
            <source>%1 of %2</source>
            <translation>%1 / %2</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/find_bar.py" line="156" />
            <source>%1 replaced</source>
            <translation>Đã thay %1</translation>
        </message>
    </context>
    <context>
        <name>Formatting</name>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="48" />
            <source>bold text</source>
            <translation>chữ đậm</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="49" />
            <source>italic text</source>
            <translation>chữ nghiêng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="99" />
            <source>No text in an old Vietnamese encoding (TCVN3, VNI) was found.</source>
            <translation>Không thấy văn bản nào dùng bảng mã tiếng Việt cũ (TCVN3, VNI).</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="107" />
            <source>TCVN3 (ABC)</source>
            <translation>TCVN3 (ABC)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="107" />
            <source>VNI-Windows</source>
            <translation>VNI-Windows</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="109" />
            <source>The pasted text looks like %1, an old Vietnamese font encoding. Convert it to Unicode? It will read:</source>
            <translation>Văn bản vừa dán có vẻ dùng %1, một bảng mã tiếng Việt cũ. Chuyển sang Unicode? Sau khi chuyển sẽ là:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="111" />
            <source>This text looks like %1, an old Vietnamese font encoding. Convert it to Unicode? It will read:</source>
            <translation>Văn bản này có vẻ dùng %1, một bảng mã tiếng Việt cũ. Chuyển sang Unicode? Sau khi chuyển sẽ là:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="113" />
            <source>Old Vietnamese encoding</source>
            <translation>Mã tiếng Việt cũ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="126" />
            <source>%1 is larger than 20 MB.</source>
            <translation>%1 lớn hơn 20 MB.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="158" />
            <source>Featured image</source>
            <translation>Ảnh đại diện</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="161" />
            <location filename="../../src/editor_app/gui/session/formatting.py" line="176" />
            <location filename="../../src/editor_app/gui/session/formatting.py" line="197" />
            <source>Insert image</source>
            <translation>Chèn ảnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="200" />
            <source>Link</source>
            <translation>Liên kết</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/formatting.py" line="200" />
            <source>Address (https://…):</source>
            <translation>Địa chỉ (https://…):</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="243" />
            <source>Compare the two ticked revisions</source>
            <translation>So sánh hai phiên bản đã đánh dấu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="244" />
            <source>Restore the selected revision</source>
            <translation>Khôi phục phiên bản đang chọn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="250" />
            <source>Version sent for review</source>
            <translation>Bản gửi duyệt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="251" />
            <source>Version returned to the author</source>
            <translation>Bản bị trả lại</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="252" />
            <source>Approved version</source>
            <translation>Bản đã duyệt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="260" />
            <source>%1–%2 · %3 · editing session, %4 saves (last %5)</source>
            <translation>%1–%2 · %3 · phiên sửa, %4 lần lưu (cuối %5)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="288" />
            <source>Tick two revisions to compare them, or one editing session to see what it changed.</source>
            <translation>Đánh dấu hai phiên bản để so sánh, hoặc một phiên sửa để xem phiên đó đã thay đổi gì.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="304" />
            <source>Comparing the two revisions…</source>
            <translation>Đang so sánh hai phiên bản…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="308" />
            <source>Headline</source>
            <translation>Tít bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="308" />
            <source>Summary</source>
            <translation>Sapo</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="309" />
            <source>Body</source>
            <translation>Nội dung</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="322" />
            <source>+%1 words, −%2 words</source>
            <translation>+%1 chữ, −%2 chữ</translation>
        </message>
    </context>
    <context>
        <name>HouseStyleDesk</name>
        <message numerus="yes">
            <location filename="../../src/editor_app/gui/session/house_style.py" line="46" />
            <source>House style: %n change(s).</source>
            <translation>
                <numerusform>Quy cách tòa soạn: %n chỗ đã sửa.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/house_style.py" line="47" />
            <source>The text already follows the house style.</source>
            <translation>Văn bản đã theo đúng quy cách tòa soạn.</translation>
        </message>
    </context>
    <context>
        <name>HouseStyleDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="43" />
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="157" />
            <source>House style</source>
            <translation>Quy cách tòa soạn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="47" />
            <source>Tone marks in oa, oe, uy</source>
            <translation>Dấu thanh trong oa, oe, uy</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="51" />
            <source>Not checked</source>
            <translation>Không kiểm tra</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="52" />
            <source>Old style (hòa, thủy)</source>
            <translation>Kiểu cũ (hòa, thủy)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="53" />
            <source>New style (hoà, thuỷ)</source>
            <translation>Kiểu mới (hoà, thuỷ)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="61" />
            <source>Official names</source>
            <translation>Tên gọi chính thức</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="65" />
            <source>Written as</source>
            <translation>Viết là</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="65" />
            <source>Wrong forms</source>
            <translation>Cách viết sai</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="65" />
            <source>Only before a name</source>
            <translation>Chỉ trước tên người</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="74" />
            <source>e.g. Sở Giáo dục và Đào tạo</source>
            <translation>ví dụ: Sở Giáo dục và Đào tạo</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="76" />
            <source>wrong forms, separated by ; (e.g. Sở GD-ĐT)</source>
            <translation>các cách viết sai, cách nhau bằng ; (ví dụ: Sở GD-ĐT)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="77" />
            <source>A rank or title: check it only before a name</source>
            <translation>Cấp bậc, chức danh: chỉ kiểm tra khi đứng trước tên người</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="78" />
            <source>Name:</source>
            <translation>Tên:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="79" />
            <source>Wrong forms:</source>
            <translation>Cách viết sai:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="83" />
            <source>Add name</source>
            <translation>Thêm tên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/house_style.py" line="84" />
            <source>Remove selected</source>
            <translation>Xóa mục đã chọn</translation>
        </message>
    </context>
    <context>
        <name>ImageDetailsDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/image_details.py" line="29" />
            <source>Image details</source>
            <translation>Thông tin ảnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/image_details.py" line="42" />
            <source>Photo: name / agency</source>
            <translation>Ảnh: tên tác giả / cơ quan</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/image_details.py" line="44" />
            <source>What the image shows, for readers who cannot see it</source>
            <translation>Ảnh thể hiện gì, cho người đọc không xem được ảnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/image_details.py" line="45" />
            <source>The portal shows the caption and the credit under the image; submitting needs both.</source>
            <translation>Cổng hiển thị chú thích và tác giả ảnh dưới ảnh; gửi duyệt cần có cả hai.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/image_details.py" line="49" />
            <source>Caption</source>
            <translation>Chú thích</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/image_details.py" line="50" />
            <source>Photo credit</source>
            <translation>Tác giả ảnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/image_details.py" line="51" />
            <source>Alt text</source>
            <translation>Mô tả ảnh (alt)</translation>
        </message>
    </context>
    <context>
        <name>Launch</name>
        <message>
            <location filename="../../src/editor_app/app.py" line="201" />
            <source>Editor App is already open on this newsroom (process %1). Its window has been brought forward.</source>
            <translation>Editor App đã được mở cho kho bài này (tiến trình %1). Cửa sổ đó đã được đưa lên trước.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/app.py" line="251" />
            <source>%1

Restore the newest good backup (%2)?</source>
            <translation>%1

Khôi phục bản sao lưu tốt gần nhất (%2)?</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/app.py" line="264" />
            <source>The newsroom store could not be opened:
%1</source>
            <translation>Không mở được kho bài:
%1</translation>
        </message>
    </context>
    <context>
        <name>Lifecycle</name>
        <message>
            <location filename="../../src/editor_app/gui/session/lifecycle.py" line="66" />
            <source>Editor App %1 — the newsroom of a provincial news portal.</source>
            <translation>Editor App %1 — tòa soạn của cổng thông tin điện tử tỉnh.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/lifecycle.py" line="69" />
            <source>Log file: %1</source>
            <translation>Tệp nhật ký: %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/lifecycle.py" line="74" />
            <source>About Editor App</source>
            <translation>Giới thiệu Editor App</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/lifecycle.py" line="82" />
            <source>Unsaved changes</source>
            <translation>Có thay đổi chưa lưu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/lifecycle.py" line="83" />
            <source>The article could not be saved: %1

Close anyway? The text typed since the last save will be lost.</source>
            <translation>Không lưu được bài: %1

Vẫn đóng? Nội dung gõ từ lần lưu cuối sẽ mất.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="217" />
            <source>&amp;File</source>
            <translation>&amp;Tệp</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="217" />
            <source>&amp;Edit</source>
            <translation>&amp;Sửa</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="218" />
            <source>F&amp;ormat</source>
            <translation>&amp;Định dạng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="218" />
            <source>&amp;Article</source>
            <translation>&amp;Bài viết</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="219" />
            <source>&amp;View</source>
            <translation>&amp;Xem</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="219" />
            <source>Ad&amp;ministration</source>
            <translation>Quản &amp;trị</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="220" />
            <source>&amp;Help</source>
            <translation>Trợ &amp;giúp</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="223" />
            <source>Formatting</source>
            <translation>Định dạng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="230" />
            <source>Details</source>
            <translation>Thông tin</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="230" />
            <source>Preview</source>
            <translation>Xem trước</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="231" />
            <source>Related</source>
            <translation>Tin liên quan</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="232" />
            <source>Comments</source>
            <translation>Bình luận</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="233" />
            <source>History</source>
            <translation>Lịch sử</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="238" />
            <source>The preview appears here.</source>
            <translation>Bản xem trước hiện ở đây.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="239" />
            <source>&amp;Recent articles</source>
            <translation>Bài mở &amp;gần đây</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="240" />
            <source>Exit distraction-free mode (Esc, F11)</source>
            <translation>Thoát chế độ tập trung (Esc, F11)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="241" />
            <source>Write the article here, in Markdown…</source>
            <translation>Viết bài tại đây, theo cú pháp Markdown…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/main_window.py" line="243" />
            <source>Write the article here. Markdown shortcuts work too: ## heading, **bold**, - list.</source>
            <translation>Viết bài ở đây. Gõ tắt kiểu Markdown cũng được: ## tiêu đề, **đậm**, - danh sách.</translation>
        </message>
    </context>
    <context>
        <name>MetadataPanel</name>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="132" />
            <source>Headline</source>
            <translation>Tít bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="132" />
            <source>Subtitle</source>
            <translation>Tít phụ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="133" />
            <source>Summary (sapo)</source>
            <translation>Sapo</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="133" />
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="134" />
            <source>Tags</source>
            <translation>Từ khóa</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="134" />
            <source>Byline</source>
            <translation>Bút danh / ký tên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="135" />
            <source>Department</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="135" />
            <source>Authors</source>
            <translation>Tác giả</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="136" />
            <source>Source (Nguồn)</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="136" />
            <source>Dateline</source>
            <translation>Nơi đưa tin</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="137" />
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="272" />
            <source>Featured image</source>
            <translation>Ảnh đại diện</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="137" />
            <source>Caption</source>
            <translation>Chú thích ảnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="138" />
            <source>Photo credit</source>
            <translation>Tác giả ảnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="138" />
            <source>Alt text</source>
            <translation>Mô tả ảnh (alt)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="138" />
            <source>Slug</source>
            <translation>Đường dẫn (slug)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="142" />
            <source>comma-separated</source>
            <translation>cách nhau bởi dấu phẩy</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="143" />
            <source>Choose…</source>
            <translation>Chọn…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="144" />
            <source>Remove</source>
            <translation>Bỏ ảnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="146" />
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="211" />
            <source>Drop an image here</source>
            <translation>Thả ảnh vào đây</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/metadata.py" line="265" />
            <source>%1 / %2 characters</source>
            <translation>%1 / %2 ký tự</translation>
        </message>
    </context>
    <context>
        <name>PastedImages</name>
        <message>
            <location filename="../../src/editor_app/gui/session/pasting.py" line="57" />
            <source>Pasted image</source>
            <translation>Ảnh được dán</translation>
        </message>
        <message numerus="yes">
            <location filename="../../src/editor_app/gui/session/pasting.py" line="74" />
            <source>%n picture(s) of the pasted text could not be taken and were left out.</source>
            <translation>
                <numerusform>Không lấy được %n ảnh trong phần văn bản dán nên đã bỏ qua.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PeopleDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="62" />
            <source>People</source>
            <translation>Nhân sự</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="72" />
            <source>Selected person</source>
            <translation>Người đang chọn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="82" />
            <source>Save changes</source>
            <translation>Lưu thay đổi</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="88" />
            <source>Reset password</source>
            <translation>Đặt lại mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="91" />
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="116" />
            <source>Login</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="92" />
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="117" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="93" />
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="118" />
            <source>Role</source>
            <translation>Vai trò</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="94" />
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="119" />
            <source>Department</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="97" />
            <source>New password</source>
            <translation>Mật khẩu mới</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="98" />
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="121" />
            <source>Password again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="102" />
            <source>Add a person</source>
            <translation>Thêm người</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="113" />
            <source>Add</source>
            <translation>Thêm</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="120" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="164" />
            <source>disabled</source>
            <translation>đã khóa</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="166" />
            <source>no password</source>
            <translation>chưa có mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="209" />
            <source>Enable</source>
            <translation>Mở khóa</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/people.py" line="210" />
            <source>Disable</source>
            <translation>Khóa tài khoản</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <location filename="../../src/editor_app/gui/session/permissions.py" line="73" />
            <source>The store is open read-only.</source>
            <translation>Kho bài đang mở ở chế độ chỉ đọc.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/permissions.py" line="94" />
            <source>Open an article first.</source>
            <translation>Hãy mở một bài trước.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/permissions.py" line="109" />
            <source>Read only: %1</source>
            <translation>Chỉ đọc: %1</translation>
        </message>
    </context>
    <context>
        <name>PortalIdentity</name>
        <message>
            <location filename="../../src/editor_app/gui/session/portal.py" line="40" />
            <source>The store is open read-only.</source>
            <translation>Kho bài đang mở ở chế độ chỉ đọc.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/portal.py" line="54" />
            <source>The portal has no name yet: pages show a placeholder. Set it in Administration → Portal identity.</source>
            <translation>Cổng chưa có tên: các trang đang hiện tên tạm. Hãy đặt tên trong Quản trị → Thông tin cổng.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/portal.py" line="96" />
            <source>Portal identity saved.</source>
            <translation>Đã lưu thông tin cổng.</translation>
        </message>
    </context>
    <context>
        <name>PortalIdentityDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="57" />
            <source>Portal identity</source>
            <translation>Thông tin cổng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="60" />
            <source>Every page the newsroom makes (the preview, rendered pages and bundles) carries this name, agency, logo and address.</source>
            <translation>Mọi trang tòa soạn tạo ra (xem trước, trang xuất HTML và gói tin) đều mang tên, cơ quan chủ quản, biểu trưng và địa chỉ này.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="74" />
            <source>Choose a logo…</source>
            <translation>Chọn biểu trưng…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="76" />
            <source>Remove</source>
            <translation>Bỏ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="85" />
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="85" />
            <source>URL path</source>
            <translation>Đường dẫn URL</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="106" />
            <source>Portal name:</source>
            <translation>Tên cổng:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="107" />
            <source>Owning agency:</source>
            <translation>Cơ quan chủ quản:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="108" />
            <source>Address (base URL):</source>
            <translation>Địa chỉ (URL gốc):</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="109" />
            <source>Logo:</source>
            <translation>Biểu trưng:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="113" />
            <source>Sections on the portal (empty: the default /tin-tuc/; a subcategory takes its parent's):</source>
            <translation>Chuyên mục trên cổng (để trống: mặc định /tin-tuc/; chuyên mục con dùng đường dẫn của chuyên mục cha):</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="126" />
            <source>(no logo)</source>
            <translation>(chưa có biểu trưng)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="130" />
            <source>Choose a logo</source>
            <translation>Chọn biểu trưng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/portal_identity.py" line="131" />
            <source>Images (*.png *.jpg *.jpeg *.gif *.webp)</source>
            <translation>Ảnh (*.png *.jpg *.jpeg *.gif *.webp)</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../../src/editor_app/gui/session/printing.py" line="57" />
            <source>Save as PDF</source>
            <translation>Lưu thành PDF</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/printing.py" line="58" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/printing.py" line="92" />
            <source>Saved %1</source>
            <translation>Đã lưu %1</translation>
        </message>
    </context>
    <context>
        <name>Publish</name>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="73" />
            <source>Open an article first.</source>
            <translation>Hãy mở một bài trước.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="78" />
            <source>No portal to publish to yet: staff add one with “editor-app target add wordpress …”.</source>
            <translation>Chưa có cổng nào để đăng: nhân viên hãy thêm bằng “editor-app target add wordpress …”.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="81" />
            <source>Publishing…</source>
            <translation>Đang đăng…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="85" />
            <source>The store is open read-only.</source>
            <translation>Kho bài đang mở ở chế độ chỉ đọc.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="94" />
            <location filename="../../src/editor_app/gui/session/publish.py" line="112" />
            <location filename="../../src/editor_app/gui/session/publish.py" line="142" />
            <location filename="../../src/editor_app/gui/session/publish.py" line="164" />
            <source>Publish to the portal</source>
            <translation>Đăng lên cổng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="95" />
            <source>Portal:</source>
            <translation>Cổng:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="109" />
            <source>Publishing “%1” to %2…</source>
            <translation>Đang đăng “%1” lên %2…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="140" />
            <source>Published on %1.</source>
            <translation>Đã đăng lên %1.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="140" />
            <source>Updated on %1.</source>
            <translation>Đã cập nhật trên %1.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="161" />
            <source>Publishing failed: %1
The article was not changed.</source>
            <translation>Đăng không thành công: %1
Bài viết không bị thay đổi.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="178" />
            <source>Reopen for correction</source>
            <translation>Mở lại để đính chính</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="179" />
            <source>The article goes back to review so that editors can correct it and approve it again. Publishing it then updates the same post on the portal. Say what needs correcting.</source>
            <translation>Bài quay lại khâu duyệt để biên tập viên đính chính và duyệt lại. Khi đăng lại, bài cũ trên cổng được cập nhật. Hãy nêu điều cần đính chính.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/publish.py" line="189" />
            <source>Reopened for correction.</source>
            <translation>Đã mở lại để đính chính.</translation>
        </message>
    </context>
    <context>
        <name>RecentArticles</name>
        <message>
            <location filename="../../src/editor_app/gui/session/recent.py" line="60" />
            <source>(none yet)</source>
            <translation>(chưa có)</translation>
        </message>
    </context>
    <context>
        <name>RelatedPanel</name>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="87" />
            <source>Pin</source>
            <translation>Ghim</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="90" />
            <source>Hide</source>
            <translation>Ẩn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="91" />
            <source>Automatic</source>
            <translation>Tự động</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="92" />
            <source>Move the pinned article up</source>
            <translation>Đưa bài đã ghim lên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="93" />
            <source>Move the pinned article down</source>
            <translation>Đưa bài đã ghim xuống</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="94" />
            <source>Add an article from any category…</source>
            <translation>Thêm bài từ chuyên mục bất kỳ…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="95" />
            <source>Hidden from this list:</source>
            <translation>Đã ẩn khỏi danh sách:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="96" />
            <source>Show again</source>
            <translation>Hiện lại</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/review.py" line="117" />
            <source>Same category, newest first, approved or exported; pinned ones first. %1 shown.</source>
            <translation>Cùng chuyên mục, mới nhất trước, đã duyệt hoặc đã xuất bản; bài ghim đứng đầu. Đang hiện %1.</translation>
        </message>
    </context>
    <context>
        <name>ReturnNotice</name>
        <message>
            <location filename="../../src/editor_app/gui/session/return_notice.py" line="50" />
            <source>(no reason given)</source>
            <translation>(không nêu lý do)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/return_notice.py" line="52" />
            <source>&lt;b&gt;Returned to you by %1&lt;/b&gt; on %2: %3 &amp;nbsp; &lt;a href="#comments"&gt;See the comments&lt;/a&gt;</source>
            <translation>&lt;b&gt;%1 đã trả bài cho bạn&lt;/b&gt; lúc %2: %3 &amp;nbsp; &lt;a href="#comments"&gt;Xem góp ý&lt;/a&gt;</translation>
        </message>
    </context>
    <context>
        <name>ReviewSide</name>
        <message>
            <location filename="../../src/editor_app/gui/session/review_side.py" line="207" />
            <location filename="../../src/editor_app/gui/session/review_side.py" line="219" />
            <location filename="../../src/editor_app/gui/session/review_side.py" line="223" />
            <source>Add a related article</source>
            <translation>Thêm bài liên quan</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/review_side.py" line="208" />
            <source>Words of its headline:</source>
            <translation>Từ trong tít bài:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/review_side.py" line="220" />
            <source>No approved or published article matches.</source>
            <translation>Không có bài đã duyệt hoặc đã đăng nào phù hợp.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/review_side.py" line="224" />
            <source>Article:</source>
            <translation>Bài:</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/review_side.py" line="303" />
            <source>Restore</source>
            <translation>Khôi phục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/review_side.py" line="304" />
            <source>Bring back revision %1 as a new revision? Nothing in the history is lost.</source>
            <translation>Lấy lại phiên bản %1 thành một phiên bản mới? Lịch sử không mất gì.</translation>
        </message>
    </context>
    <context>
        <name>RichMode</name>
        <message>
            <location filename="../../src/editor_app/gui/session/rich_mode.py" line="70" />
            <source>This article could not be shown formatted; it is shown as Markdown source.</source>
            <translation>Không hiển thị được bài này ở dạng định dạng; bài được hiển thị dưới dạng mã Markdown.</translation>
        </message>
    </context>
    <context>
        <name>ServerChangedBar</name>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="133" />
            <source>This article changed on the server.</source>
            <translation>Bài này đã thay đổi trên máy chủ.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="134" />
            <source>Reload</source>
            <translation>Tải lại</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="135" />
            <source>Show the server's text; what you typed since the last save is dropped</source>
            <translation>Hiện bản trên máy chủ; phần bạn gõ từ lần lưu cuối sẽ bị bỏ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="137" />
            <source>Keep editing</source>
            <translation>Tiếp tục sửa</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="138" />
            <source>Keep your text; it is saved and sent with the next sync</source>
            <translation>Giữ bản của bạn; bản này được lưu và gửi đi ở lần đồng bộ sau</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="28" />
            <source>Settings</source>
            <translation>Cài đặt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="30" />
            <source>System language</source>
            <translation>Ngôn ngữ hệ thống</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="45" />
            <source>Follow the system</source>
            <translation>Theo hệ thống</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="45" />
            <source>Light</source>
            <translation>Sáng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="46" />
            <source>Dark</source>
            <translation>Tối</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="51" />
            <source>Formatted, as it will read</source>
            <translation>Định dạng sẵn, như khi đăng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="52" />
            <source>Markdown source</source>
            <translation>Mã Markdown</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="55" />
            <source>Underline unknown words as you type</source>
            <translation>Gạch chân từ lạ khi gõ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="59" />
            <source>Language</source>
            <translation>Ngôn ngữ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="60" />
            <source>Editor font</source>
            <translation>Phông chữ soạn thảo</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="61" />
            <source>Font size</source>
            <translation>Cỡ chữ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="62" />
            <source>Autosave after typing stops</source>
            <translation>Tự lưu sau khi ngừng gõ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="63" />
            <source>Theme</source>
            <translation>Giao diện</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="64" />
            <source>Article body</source>
            <translation>Thân bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="65" />
            <source>Spelling</source>
            <translation>Chính tả</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/settings.py" line="70" />
            <source>The Vietnamese dictionary is not installed, so spelling is not checked. Install it with “%1” (or “make sysdeps” in a source checkout).</source>
            <translation>Chưa cài từ điển tiếng Việt nên chưa kiểm tra chính tả. Cài bằng lệnh “%1” (hoặc “make sysdeps” trong mã nguồn).</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/shortcuts.py" line="27" />
            <source>Keyboard shortcuts</source>
            <translation>Phím tắt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/shortcuts.py" line="31" />
            <source>Close the find bar, leave distraction-free mode</source>
            <translation>Đóng thanh tìm kiếm, thoát chế độ tập trung</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/shortcuts.py" line="32" />
            <source>End a list (on an empty item)</source>
            <translation>Kết thúc danh sách (trên mục trống)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/shortcuts.py" line="32" />
            <source>Enter</source>
            <translation>Enter</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/shortcuts.py" line="35" />
            <source>Command</source>
            <translation>Lệnh</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/shortcuts.py" line="35" />
            <source>Keys</source>
            <translation>Phím</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="105" />
            <source>Switch person</source>
            <translation>Đổi người dùng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="105" />
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="159" />
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="251" />
            <source>Sign in</source>
            <translation>Đăng nhập</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="140" />
            <source>Demo newsroom: the demo people's password is “%1”.</source>
            <translation>Tòa soạn mẫu: mật khẩu của những người mẫu là “%1”.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="143" />
            <source>Stay signed in on this device (until File → Sign out)</source>
            <translation>Giữ đăng nhập trên máy này (cho đến khi chọn Tệp → Đăng xuất)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="153" />
            <source>Login</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="154" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="155" />
            <source>Password again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="165" />
            <source>Who is working? Pick your name or type your login.</source>
            <translation>Ai đang làm việc? Chọn tên của bạn hoặc gõ tên đăng nhập.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="222" />
            <source>%1 has no password yet and no administrator has one: choose yours (at least 8 characters) and type it twice.</source>
            <translation>%1 chưa có mật khẩu và chưa quản trị viên nào có mật khẩu: hãy tự chọn mật khẩu (ít nhất 8 ký tự) và gõ hai lần.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="227" />
            <source>%1 has no password yet: an administrator sets one in Administration → People.</source>
            <translation>%1 chưa có mật khẩu: quản trị viên đặt mật khẩu trong Quản trị → Nhân sự.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="251" />
            <source>Checking…</source>
            <translation>Đang kiểm tra…</translation>
        </message>
    </context>
    <context>
        <name>SpellMarks</name>
        <message>
            <location filename="../../src/editor_app/gui/editor/spell_marks.py" line="351" />
            <source>(no suggestions)</source>
            <translation>(không có gợi ý)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/spell_marks.py" line="354" />
            <source>Add “%1” to the newsroom dictionary</source>
            <translation>Thêm “%1” vào từ điển của tòa soạn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/editor/spell_marks.py" line="357" />
            <source>Ignore “%1”</source>
            <translation>Bỏ qua “%1”</translation>
        </message>
    </context>
    <context>
        <name>SpellingDesk</name>
        <message>
            <location filename="../../src/editor_app/gui/session/spelling.py" line="65" />
            <source>Spelling: no dictionary (%1)</source>
            <translation>Chính tả: chưa có từ điển (%1)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/spelling.py" line="68" />
            <source>The Vietnamese dictionary is not installed, so spelling is not checked. Install it with “%1” (or “make sysdeps” in a source checkout) and restart.</source>
            <translation>Chưa cài từ điển tiếng Việt nên chưa kiểm tra chính tả. Cài bằng lệnh “%1” (hoặc “make sysdeps” trong mã nguồn) rồi mở lại ứng dụng.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/spelling.py" line="83" />
            <source>“%1” is in the newsroom dictionary now.</source>
            <translation>Đã thêm “%1” vào từ điển của tòa soạn.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../src/editor_app/gui/session/startup.py" line="50" />
            <source>Opening the newsroom…</source>
            <translation>Đang mở kho bài…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/startup.py" line="106" />
            <source>The administrator could not be created.</source>
            <translation>Không tạo được quản trị viên.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/startup.py" line="199" />
            <source>The store is open read-only: you can read and search, but nothing can be saved.</source>
            <translation>Kho bài đang mở ở chế độ chỉ đọc: bạn có thể đọc và tìm kiếm, nhưng không lưu được gì.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/startup.py" line="230" />
            <source>(read-only)</source>
            <translation>(chỉ đọc)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/startup.py" line="243" />
            <source>Nobody is signed in</source>
            <translation>Chưa ai đăng nhập</translation>
        </message>
    </context>
    <context>
        <name>StyleMarks</name>
        <message>
            <location filename="../../src/editor_app/gui/editor/style_marks.py" line="133" />
            <source>Write “%1” (house style)</source>
            <translation>Viết “%1” (quy cách tòa soạn)</translation>
        </message>
    </context>
    <context>
        <name>SyncConflictDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="127" />
            <source>Resolve conflict</source>
            <translation>Giải quyết xung đột</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="132" />
            <source>Two versions of “%1” were written at the same time and overlap. Keep one whole, or edit the merged text below until no conflict marker is left.</source>
            <translation>Hai phiên bản của “%1” được viết cùng lúc và chồng lên nhau. Hãy giữ nguyên một bản, hoặc sửa văn bản đã gộp bên dưới cho đến khi không còn dấu xung đột nào.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="140" />
            <source>the version the article shows</source>
            <translation>phiên bản bài đang hiển thị</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="143" />
            <source>the version that arrived later</source>
            <translation>phiên bản đến sau</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="149" />
            <source>Merged text (you can edit it)</source>
            <translation>Văn bản đã gộp (bạn có thể sửa)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="159" />
            <source>Each overlapping part is shown twice, between the markers &lt;&lt;&lt;&lt;&lt;&lt;&lt; (with a name), ======= and &gt;&gt;&gt;&gt;&gt;&gt;&gt; (with a name): keep the words you want and delete the markers.</source>
            <translation>Mỗi đoạn chồng lên nhau hiện hai lần, giữa các dấu &lt;&lt;&lt;&lt;&lt;&lt;&lt; (kèm tên), ======= và &gt;&gt;&gt;&gt;&gt;&gt;&gt; (kèm tên): giữ lại những chữ bạn muốn và xóa các dấu đó.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="165" />
            <source>Keep mine</source>
            <translation>Giữ bản của tôi</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="166" />
            <source>Take theirs</source>
            <translation>Lấy bản của người kia</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="170" />
            <source>You wrote neither version: edit the merged text.</source>
            <translation>Bạn không viết phiên bản nào trong hai bản: hãy sửa văn bản đã gộp.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="171" />
            <source>Use this merged text</source>
            <translation>Dùng văn bản đã gộp này</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="174" />
            <source>Cancel</source>
            <translation>Hủy</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="194" />
            <source>%1 (you)</source>
            <translation>%1 (bạn)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="227" />
            <source>Other fields that clash (the merged text keeps the values the article shows):</source>
            <translation>Các trường khác cũng xung đột (văn bản đã gộp giữ giá trị bài đang hiển thị):</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="232" />
            <source>Title</source>
            <translation>Tít bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="232" />
            <source>Subtitle</source>
            <translation>Tít phụ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="233" />
            <source>Summary</source>
            <translation>Sapo</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="233" />
            <source>Slug</source>
            <translation>Đường dẫn (slug)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="234" />
            <source>Category</source>
            <translation>Chuyên mục</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="234" />
            <source>Byline</source>
            <translation>Bút danh / ký tên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="235" />
            <source>Dateline</source>
            <translation>Nơi đưa tin</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="235" />
            <source>Source</source>
            <translation>Nguồn</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="236" />
            <source>Department</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sync_conflict.py" line="250" />
            <source>Delete the conflict markers first.</source>
            <translation>Hãy xóa các dấu xung đột trước.</translation>
        </message>
    </context>
    <context>
        <name>SyncDesk</name>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_desk.py" line="198" />
            <source>The server refused this login and password: %1</source>
            <translation>Máy chủ từ chối tên đăng nhập và mật khẩu này: %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_desk.py" line="199" />
            <source>The server could not be reached: %1</source>
            <translation>Không kết nối được máy chủ: %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_desk.py" line="218" />
            <source>Disconnect from the server</source>
            <translation>Ngắt kết nối máy chủ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_desk.py" line="219" />
            <source>Disconnect this computer from %1? Your articles stay here; changes not yet sent (%2) wait until you connect again.</source>
            <translation>Ngắt kết nối máy này khỏi %1? Bài của bạn vẫn ở trên máy; các thay đổi chưa gửi (%2) sẽ chờ đến khi bạn kết nối lại.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_desk.py" line="354" />
            <source>Signed in as %1</source>
            <translation>Đã đăng nhập: %1</translation>
        </message>
    </context>
    <context>
        <name>SyncNotices</name>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_notices.py" line="67" />
            <source>This article has two versions in conflict: another version was written at the same time as this one.</source>
            <translation>Bài này có hai phiên bản xung đột: một phiên bản khác được viết cùng lúc với bản này.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_notices.py" line="69" />
            <source>Resolve…</source>
            <translation>Giải quyết…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_notices.py" line="78" />
            <source>The server refused your change: %1</source>
            <translation>Máy chủ từ chối thay đổi của bạn: %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_notices.py" line="80" />
            <source>(1 of %1)</source>
            <translation>(1 trên %1)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_notices.py" line="82" />
            <source>Dismiss</source>
            <translation>Bỏ qua</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/sync_notices.py" line="127" />
            <source>Conflict resolved.</source>
            <translation>Đã giải quyết xung đột.</translation>
        </message>
    </context>
    <context>
        <name>SyncStatus</name>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="53" />
            <source>Sync now</source>
            <translation>Đồng bộ ngay</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="54" />
            <source>Send your changes and fetch your colleagues' (F5)</source>
            <translation>Gửi thay đổi của bạn và nhận thay đổi của đồng nghiệp (F5)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="61" />
            <source>Not connected to a server</source>
            <translation>Chưa kết nối máy chủ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="62" />
            <source>Syncing…</source>
            <translation>Đang đồng bộ…</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="63" />
            <source>Up to date</source>
            <translation>Đã cập nhật</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="65" />
            <source>1 article in conflict</source>
            <translation>1 bài bị xung đột</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="66" />
            <source>%1 articles in conflict</source>
            <translation>%1 bài bị xung đột</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="68" />
            <source>Offline</source>
            <translation>Ngoại tuyến</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="69" />
            <source>Sign in again</source>
            <translation>Đăng nhập lại</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="72" />
            <source>Offline — %1</source>
            <translation>Ngoại tuyến — %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="74" />
            <source>synced %1</source>
            <translation>đồng bộ lúc %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="83" />
            <source>Server: %1</source>
            <translation>Máy chủ: %1</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="93" />
            <source>1 change waiting</source>
            <translation>1 thay đổi đang chờ</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/panels/sync_status.py" line="94" />
            <source>%1 changes waiting</source>
            <translation>%1 thay đổi đang chờ</translation>
        </message>
    </context>
    <context>
        <name>Transfer</name>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="110" />
            <source>Import a bundle</source>
            <translation>Nhập gói tin</translation>
        </message>
        <message>
            <source>Bundles (*.zip)</source>
            <translation type="vanished">Gói tin (*.zip)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="65" />
            <source>Import</source>
            <translation>Nhập</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="66" />
            <source>Bundles and Word files (*.zip *.docx);;Bundles (*.zip);;Word files (*.docx)</source>
            <translation>Gói tin và tệp Word (*.zip *.docx);;Gói tin (*.zip);;Tệp Word (*.docx)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="89" />
            <source>Import a Word file</source>
            <translation>Nhập tệp Word</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="93" />
            <source>%1 was imported as a new draft.</source>
            <translation>Đã nhập %1 thành bản nháp mới.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="106" />
            <source>Imported as a new draft.</source>
            <translation>Đã nhập thành bài nháp mới.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="107" />
            <source>Imported: the article was brought up to date.</source>
            <translation>Đã nhập: bài đã được cập nhật.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/transfer.py" line="108" />
            <source>This revision is already here; nothing changed.</source>
            <translation>Phiên bản này đã có; không thay đổi gì.</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="48" />
            <source>Welcome to Editor App</source>
            <translation>Chào mừng đến với Editor App</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="51" />
            <source>This newsroom is empty. Create the first person: the administrator, who can add reporters, editors and staff later.</source>
            <translation>Tòa soạn này chưa có ai. Hãy tạo người đầu tiên: quản trị hệ thống, người sẽ thêm phóng viên, biên tập viên và quản trị nội dung sau.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="64" />
            <source>Load the demo newsroom (people, categories and sample articles in every status)</source>
            <translation>Nạp tòa soạn mẫu (người dùng, chuyên mục và bài mẫu ở mọi trạng thái)</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="69" />
            <source>Login</source>
            <translation>Tên đăng nhập</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="70" />
            <source>Full name</source>
            <translation>Họ và tên</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="71" />
            <source>Department</source>
            <translation>Đơn vị</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="72" />
            <source>Password</source>
            <translation>Mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="73" />
            <source>Password again</source>
            <translation>Nhập lại mật khẩu</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="89" />
            <source>The two passwords differ.</source>
            <translation>Hai mật khẩu không khớp nhau.</translation>
        </message>
    </context>
    <context>
        <name>Workflow</name>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="79" />
            <source>Checklist</source>
            <translation>Danh mục kiểm tra</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="80" />
            <source>Everything on the checklist is in order.</source>
            <translation>Mọi mục kiểm tra đều ổn.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="82" />
            <location filename="../../src/editor_app/gui/session/workflow.py" line="125" />
            <source>submit</source>
            <translation>gửi duyệt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="119" />
            <source>Submit for review</source>
            <translation>Gửi duyệt</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="120" />
            <source>Send this article to the editors? You cannot change it while it is being reviewed, unless it is returned to you.</source>
            <translation>Gửi bài này cho biên tập viên? Bạn sẽ không sửa được trong khi bài đang được duyệt, trừ khi bài bị trả lại.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="123" />
            <source>Submitted for review.</source>
            <translation>Đã gửi duyệt.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="128" />
            <source>Review started.</source>
            <translation>Đã nhận duyệt.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="131" />
            <source>Return to author</source>
            <translation>Trả lại tác giả</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="132" />
            <source>The author gets the article back with your reason and can change it.</source>
            <translation>Tác giả sẽ nhận lại bài kèm lý do của bạn và có thể sửa.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="138" />
            <source>Returned to the author.</source>
            <translation>Đã trả lại tác giả.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="142" />
            <source>Approve</source>
            <translation>Duyệt bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="143" />
            <source>Approve this article for publication? Staff can then export it to the portal.</source>
            <translation>Duyệt bài này để xuất bản? Sau đó bộ phận quản trị nội dung có thể xuất lên cổng thông tin.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="145" />
            <source>Approved.</source>
            <translation>Đã duyệt.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="147" />
            <source>approve</source>
            <translation>duyệt bài</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="152" />
            <source>Withdraw from the portal</source>
            <translation>Gỡ tin khỏi cổng</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="153" />
            <source>The article will be marked as withdrawn (gỡ tin); the portal must take it down. Say why.</source>
            <translation>Bài sẽ được đánh dấu là đã gỡ; cổng thông tin phải gỡ bài xuống. Hãy ghi lý do.</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/gui/session/workflow.py" line="159" />
            <source>Withdrawn from the portal.</source>
            <translation>Đã gỡ tin khỏi cổng thông tin.</translation>
        </message>
    </context>
    <context>
        <name>i18n</name>
        <message>
            <location filename="../../src/editor_app/app.py" line="104" />
            <location filename="../../src/editor_app/app.py" line="133" />
            <source>store.known_damage</source>
            <translation>store.known_damage</translation>
        </message>
        <message>
            <location filename="../../src/editor_app/app.py" line="114" />
            <source>corrupt</source>
            <translation>hỏng</translation>
        </message>
    </context>
</TS>