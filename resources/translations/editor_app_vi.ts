<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="101"/>
        <source>&amp;New article</source>
        <translation>&amp;Bài mới</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="105"/>
        <source>&amp;Save now</source>
        <translation>&amp;Lưu ngay</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="106"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="109"/>
        <source>Switch &amp;person…</source>
        <translation>Đổi &amp;người dùng…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="114"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="116"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="117"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="118"/>
        <source>&amp;Find…</source>
        <translation>&amp;Tìm…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="121"/>
        <source>Find and &amp;replace…</source>
        <translation>Tìm và &amp;thay…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="125"/>
        <source>&amp;Bold</source>
        <translation>&amp;Đậm</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="126"/>
        <source>&amp;Italic</source>
        <translation>&amp;Nghiêng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="127"/>
        <source>Heading &amp;1</source>
        <translation>Tiêu đề &amp;1</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="128"/>
        <source>Heading &amp;2</source>
        <translation>Tiêu đề &amp;2</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="129"/>
        <source>Heading &amp;3</source>
        <translation>Tiêu đề &amp;3</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="132"/>
        <source>&amp;Bulleted list</source>
        <translation>Danh sách &amp;gạch đầu dòng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="138"/>
        <source>&amp;Numbered list</source>
        <translation>Danh sách đánh &amp;số</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="142"/>
        <source>&amp;Quote</source>
        <translation>&amp;Trích dẫn</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="143"/>
        <source>&amp;Link…</source>
        <translation>&amp;Liên kết…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="144"/>
        <source>I&amp;mage…</source>
        <translation>&amp;Ảnh…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="145"/>
        <source>&amp;Table</source>
        <translation>&amp;Bảng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="146"/>
        <source>Horizontal &amp;rule</source>
        <translation>&amp;Đường kẻ ngang</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="149"/>
        <source>Search articles</source>
        <translation>Tìm bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="157"/>
        <source>&amp;Markdown source</source>
        <translation>Mã &amp;Markdown</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="155"/>
        <source>&amp;Distraction-free mode</source>
        <translation>Chế độ &amp;tập trung</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="162"/>
        <source>S&amp;ubmit for review…</source>
        <translation>&amp;Gửi duyệt…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="166"/>
        <source>Start &amp;review</source>
        <translation>&amp;Nhận duyệt</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="167"/>
        <source>Re&amp;turn to author…</source>
        <translation>T&amp;rả lại tác giả…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="168"/>
        <source>&amp;Approve…</source>
        <translation>&amp;Duyệt…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="169"/>
        <source>&amp;Preview</source>
        <translation>&amp;Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="170"/>
        <source>&amp;Check the article</source>
        <translation>&amp;Kiểm tra bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="172"/>
        <source>&amp;Withdraw from the portal…</source>
        <translation>&amp;Gỡ tin khỏi cổng…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="174"/>
        <source>&amp;Export for the portal…</source>
        <translation>&amp;Xuất bản lên cổng…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="176"/>
        <source>&amp;Import a bundle…</source>
        <translation>&amp;Nhập gói tin…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/actions.py" line="179"/>
        <source>&amp;About Editor App</source>
        <translation>&amp;Giới thiệu Editor App</translation>
    </message>
</context>
<context>
    <name>ArticleListModel</name>
    <message>
        <location filename="../../src/editor_app/gui/models/article_list_model.py" line="163"/>
        <source>Title</source>
        <translation>Tít bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/models/article_list_model.py" line="163"/>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/models/article_list_model.py" line="163"/>
        <source>Author</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/models/article_list_model.py" line="163"/>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/models/article_list_model.py" line="164"/>
        <source>Updated</source>
        <translation>Cập nhật</translation>
    </message>
</context>
<context>
    <name>ArticleListPanel</name>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="150"/>
        <source>Search (with or without diacritics)…</source>
        <translation>Tìm bài (có dấu hoặc không dấu)…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="154"/>
        <source>Mine</source>
        <translation>Của tôi</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="154"/>
        <source>All articles</source>
        <translation>Tất cả bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="155"/>
        <source>To review</source>
        <translation>Chờ tôi duyệt</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="156"/>
        <source>Returned to me</source>
        <translation>Bị trả lại cho tôi</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="163"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="180"/>
        <source>All categories</source>
        <translation>Mọi chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="219"/>
        <source>%1 articles</source>
        <translation>%1 bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="244"/>
        <source>%1 found</source>
        <translation>Tìm thấy %1</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="266"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="267"/>
        <source>Copy article id</source>
        <translation>Chép mã bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/article_list.py" line="268"/>
        <source>Refresh list</source>
        <translation>Làm mới danh sách</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="31"/>
        <source>Before you %1</source>
        <translation>Trước khi %1</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="37"/>
        <source>These problems must be fixed first. Double-click one to go to it.</source>
        <translation>Cần sửa các lỗi này trước. Nhấp đúp để đến chỗ lỗi.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="40"/>
        <source>Check these warnings. You may go on anyway.</source>
        <translation>Hãy xem các cảnh báo này. Bạn vẫn có thể tiếp tục.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="42"/>
        <source>Fix these warnings first, or ask an editor.</source>
        <translation>Hãy sửa các cảnh báo này trước, hoặc hỏi biên tập viên.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/checklist.py" line="51"/>
        <source>Go on anyway</source>
        <translation>Vẫn tiếp tục</translation>
    </message>
</context>
<context>
    <name>CommentsPanel</name>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="148"/>
        <source>Add comment</source>
        <translation>Thêm bình luận</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="149"/>
        <source>Write a comment for the author or the editor…</source>
        <translation>Viết ý kiến cho tác giả hoặc biên tập viên…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="159"/>
        <source>Tick when resolved</source>
        <translation>Đánh dấu khi đã xử lý</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="25"/>
        <source>The article was changed by someone else</source>
        <translation>Bài đã bị người khác sửa</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="30"/>
        <source>Your version</source>
        <translation>Bản của bạn</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="31"/>
        <source>Saved version</source>
        <translation>Bản đã lưu</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="40"/>
        <source>Keep mine</source>
        <translation>Giữ bản của tôi</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="41"/>
        <source>Take the saved version</source>
        <translation>Lấy bản đã lưu</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/conflict.py" line="43"/>
        <source>Keep both (mine below)</source>
        <translation>Giữ cả hai (bản của tôi ở dưới)</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="117"/>
        <source>No article open</source>
        <translation>Chưa mở bài nào</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="151"/>
        <source>New article</source>
        <translation>Bài mới</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="151"/>
        <source>Headline:</source>
        <translation>Tít bài:</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="178"/>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="179"/>
        <source>The article would be %1 characters long; an article holds at most %2. Nothing was pasted, and the clipboard still has the text.</source>
        <translation>Bài sẽ dài %1 ký tự; một bài chỉ chứa tối đa %2. Chưa dán gì cả, nội dung vẫn còn trong bộ nhớ tạm.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="185"/>
        <source>Not saved: %1</source>
        <translation>Chưa lưu: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="186"/>
        <source>Not saved: %1 — your text is still here; fix the problem and it will be saved.</source>
        <translation>Chưa lưu: %1 — nội dung của bạn vẫn còn đây; khắc phục lỗi thì bài sẽ được lưu.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="214"/>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="216"/>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="218"/>
        <source>Saved %1</source>
        <translation>Đã lưu lúc %1</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="221"/>
        <source>Saved</source>
        <translation>Đã lưu</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="226"/>
        <source>%1 · version %2</source>
        <translation>%1 · phiên bản %2</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/editing.py" line="233"/>
        <source>%1 words · %2 characters · %3 min read</source>
        <translation>%1 chữ · %2 ký tự · đọc %3 phút</translation>
    </message>
</context>
<context>
    <name>ErrorReporter</name>
    <message>
        <location filename="../../src/editor_app/gui/errors.py" line="68"/>
        <source>the log</source>
        <translation>nhật ký</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/errors.py" line="69"/>
        <source>Something went wrong — details saved to %1</source>
        <translation>Đã xảy ra lỗi — chi tiết được lưu tại %1</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="43"/>
        <source>Export for the portal</source>
        <translation>Xuất bản lên cổng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="54"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="55"/>
        <source>Export</source>
        <translation>Xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="57"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="64"/>
        <source>Open folder</source>
        <translation>Mở thư mục</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="65"/>
        <source>Verify bundles</source>
        <translation>Kiểm tra gói tin</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="70"/>
        <source>Folder:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="82"/>
        <source>Approved articles:</source>
        <translation>Bài đã duyệt:</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="106"/>
        <source>Export folder</source>
        <translation>Thư mục xuất bản</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="114"/>
        <source>Choose at least one article and a folder.</source>
        <translation>Hãy chọn ít nhất một bài và một thư mục.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="134"/>
        <source>%1 of %2: %3</source>
        <translation>%1 / %2: %3</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="139"/>
        <source>Stopping after the current article…</source>
        <translation>Sẽ dừng sau bài đang xuất…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="149"/>
        <source>%1 written, %2 failed</source>
        <translation>Đã xuất %1, lỗi %2</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="152"/>
        <source>cancelled</source>
        <translation>đã hủy</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="176"/>
        <source>intact and valid</source>
        <translation>nguyên vẹn và hợp lệ</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/export.py" line="181"/>
        <source>%1 verified, %2 with problems</source>
        <translation>Đã kiểm tra %1, có lỗi %2</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="54"/>
        <source>Find</source>
        <translation>Tìm</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="55"/>
        <source>Replace with</source>
        <translation>Thay bằng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="56"/>
        <source>Match case</source>
        <translation>Phân biệt hoa thường</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="57"/>
        <source>Ignore diacritics</source>
        <translation>Bỏ qua dấu</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="58"/>
        <source>Previous</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="59"/>
        <source>Next</source>
        <translation>Tiếp</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="60"/>
        <source>Replace</source>
        <translation>Thay</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="61"/>
        <source>Replace all</source>
        <translation>Thay tất cả</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="100"/>
        <source>Not found</source>
        <translation>Không thấy</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="103"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/editor/find_bar.py" line="141"/>
        <source>%1 replaced</source>
        <translation>Đã thay %1</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="42"/>
        <source>bold text</source>
        <translation>chữ đậm</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="43"/>
        <source>italic text</source>
        <translation>chữ nghiêng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="66"/>
        <source>Old Vietnamese encoding</source>
        <translation>Mã tiếng Việt cũ</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="67"/>
        <source>The pasted text looks like TCVN3 (ABC), for example “Hµ Néi”. Convert it to Unicode?</source>
        <translation>Văn bản vừa dán có vẻ dùng mã TCVN3 (ABC), ví dụ “Hµ Néi”. Chuyển sang Unicode?</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="75"/>
        <source>The pasted text looks like VNI-Windows; convert it with Unikey&apos;s converter before submitting.</source>
        <translation>Văn bản vừa dán có vẻ dùng mã VNI-Windows; hãy chuyển mã bằng công cụ của Unikey trước khi gửi duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="82"/>
        <source>%1 is larger than 20 MB.</source>
        <translation>%1 lớn hơn 20 MB.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="109"/>
        <source>Featured image</source>
        <translation>Ảnh đại diện</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="112"/>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="126"/>
        <source>Insert image</source>
        <translation>Chèn ảnh</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="129"/>
        <source>Link</source>
        <translation>Liên kết</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/formatting.py" line="129"/>
        <source>Address (https://…):</source>
        <translation>Địa chỉ (https://…):</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="203"/>
        <source>Compare the two ticked revisions</source>
        <translation>So sánh hai phiên bản đã đánh dấu</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="204"/>
        <source>Restore the selected revision</source>
        <translation>Khôi phục phiên bản đang chọn</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="229"/>
        <source>Tick exactly two revisions to compare them.</source>
        <translation>Hãy đánh dấu đúng hai phiên bản để so sánh.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="237"/>
        <source>Comparing the two revisions…</source>
        <translation>Đang so sánh hai phiên bản…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="241"/>
        <source>Headline</source>
        <translation>Tít bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="241"/>
        <source>Summary</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="242"/>
        <source>Body</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="255"/>
        <source>+%1 words, −%2 words</source>
        <translation>+%1 chữ, −%2 chữ</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <location filename="../../src/editor_app/app.py" line="159"/>
        <source>Editor App is already open on this newsroom (process %1). Its window has been brought forward.</source>
        <translation>Editor App đã được mở cho kho bài này (tiến trình %1). Cửa sổ đó đã được đưa lên trước.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/app.py" line="206"/>
        <source>%1

Restore the newest good backup (%2)?</source>
        <translation>%1

Khôi phục bản sao lưu tốt gần nhất (%2)?</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/app.py" line="219"/>
        <source>The newsroom store could not be opened:
%1</source>
        <translation>Không mở được kho bài:
%1</translation>
    </message>
</context>
<context>
    <name>Lifecycle</name>
    <message>
        <location filename="../../src/editor_app/gui/session/lifecycle.py" line="59"/>
        <source>Editor App %1 — the newsroom of a provincial news portal.</source>
        <translation>Editor App %1 — tòa soạn của cổng thông tin điện tử tỉnh.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/lifecycle.py" line="62"/>
        <source>Log file: %1</source>
        <translation>Tệp nhật ký: %1</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/lifecycle.py" line="67"/>
        <source>About Editor App</source>
        <translation>Giới thiệu Editor App</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/lifecycle.py" line="75"/>
        <source>Unsaved changes</source>
        <translation>Có thay đổi chưa lưu</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/lifecycle.py" line="76"/>
        <source>The article could not be saved: %1

Close anyway? The text typed since the last save will be lost.</source>
        <translation>Không lưu được bài: %1

Vẫn đóng? Nội dung gõ từ lần lưu cuối sẽ mất.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="159"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="159"/>
        <source>&amp;Edit</source>
        <translation>&amp;Sửa</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="160"/>
        <source>F&amp;ormat</source>
        <translation>&amp;Định dạng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="160"/>
        <source>&amp;Article</source>
        <translation>&amp;Bài viết</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="161"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="161"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="164"/>
        <source>Formatting</source>
        <translation>Định dạng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="169"/>
        <source>Details</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="169"/>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="170"/>
        <source>Related</source>
        <translation>Tin liên quan</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="171"/>
        <source>Comments</source>
        <translation>Bình luận</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="172"/>
        <source>History</source>
        <translation>Lịch sử</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="177"/>
        <source>The preview appears here.</source>
        <translation>Bản xem trước hiện ở đây.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="178"/>
        <source>Write the article here, in Markdown…</source>
        <translation>Viết bài tại đây, theo cú pháp Markdown…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/main_window.py" line="183"/>
        <source>Write the article here. Markdown shortcuts work too: ## heading, **bold**, - list.</source>
        <translation>Viết bài ở đây. Gõ tắt kiểu Markdown cũng được: ## tiêu đề, **đậm**, - danh sách.</translation>
    </message>
</context>
<context>
    <name>MetadataPanel</name>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="132"/>
        <source>Headline</source>
        <translation>Tít bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="132"/>
        <source>Subtitle</source>
        <translation>Tít phụ</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="133"/>
        <source>Summary (sapo)</source>
        <translation>Sapo</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="133"/>
        <source>Category</source>
        <translation>Chuyên mục</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="134"/>
        <source>Tags</source>
        <translation>Từ khóa</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="134"/>
        <source>Byline</source>
        <translation>Bút danh / ký tên</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="135"/>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="135"/>
        <source>Authors</source>
        <translation>Tác giả</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="136"/>
        <source>Source (Nguồn)</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="136"/>
        <source>Dateline</source>
        <translation>Nơi đưa tin</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="137"/>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="272"/>
        <source>Featured image</source>
        <translation>Ảnh đại diện</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="137"/>
        <source>Caption</source>
        <translation>Chú thích ảnh</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="138"/>
        <source>Photo credit</source>
        <translation>Tác giả ảnh</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="138"/>
        <source>Alt text</source>
        <translation>Mô tả ảnh (alt)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="138"/>
        <source>Slug</source>
        <translation>Đường dẫn (slug)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="142"/>
        <source>comma-separated</source>
        <translation>cách nhau bởi dấu phẩy</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="143"/>
        <source>Choose…</source>
        <translation>Chọn…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="144"/>
        <source>Remove</source>
        <translation>Bỏ ảnh</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="146"/>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="211"/>
        <source>Drop an image here</source>
        <translation>Thả ảnh vào đây</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/metadata.py" line="265"/>
        <source>%1 / %2 characters</source>
        <translation>%1 / %2 ký tự</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../src/editor_app/gui/session/permissions.py" line="57"/>
        <source>The store is open read-only.</source>
        <translation>Kho bài đang mở ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/permissions.py" line="76"/>
        <source>Open an article first.</source>
        <translation>Hãy mở một bài trước.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/permissions.py" line="91"/>
        <source>Read only: %1</source>
        <translation>Chỉ đọc: %1</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="69"/>
        <source>Pin</source>
        <translation>Ghim</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="72"/>
        <source>Hide</source>
        <translation>Ẩn</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="73"/>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="74"/>
        <source>Move the pinned article up</source>
        <translation>Đưa bài đã ghim lên</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="75"/>
        <source>Move the pinned article down</source>
        <translation>Đưa bài đã ghim xuống</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/panels/review.py" line="89"/>
        <source>Same category, newest first, approved or exported; pinned ones first. %1 shown.</source>
        <translation>Cùng chuyên mục, mới nhất trước, đã duyệt hoặc đã xuất bản; bài ghim đứng đầu. Đang hiện %1.</translation>
    </message>
</context>
<context>
    <name>ReviewSide</name>
    <message>
        <location filename="../../src/editor_app/gui/session/review_side.py" line="231"/>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/review_side.py" line="232"/>
        <source>Bring back revision %1 as a new revision? Nothing in the history is lost.</source>
        <translation>Lấy lại phiên bản %1 thành một phiên bản mới? Lịch sử không mất gì.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="26"/>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="28"/>
        <source>System language</source>
        <translation>Ngôn ngữ hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="43"/>
        <source>Follow the system</source>
        <translation>Theo hệ thống</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="43"/>
        <source>Light</source>
        <translation>Sáng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="44"/>
        <source>Dark</source>
        <translation>Tối</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="48"/>
        <source>Language</source>
        <translation>Ngôn ngữ</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="49"/>
        <source>Editor font</source>
        <translation>Phông chữ soạn thảo</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="50"/>
        <source>Font size</source>
        <translation>Cỡ chữ</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="51"/>
        <source>Autosave after typing stops</source>
        <translation>Tự lưu sau khi ngừng gõ</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="52"/>
        <source>Theme</source>
        <translation>Giao diện</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="46"/>
        <source>Formatted, as it will read</source>
        <translation>Định dạng sẵn, như khi đăng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="47"/>
        <source>Markdown source</source>
        <translation>Mã Markdown</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/settings.py" line="58"/>
        <source>Article body</source>
        <translation>Thân bài</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="72"/>
        <source>Who is working?</source>
        <translation>Ai đang làm việc?</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="93"/>
        <source>Sign in as:</source>
        <translation>Đăng nhập với tư cách:</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../src/editor_app/gui/session/startup.py" line="44"/>
        <source>Opening the newsroom…</source>
        <translation>Đang mở kho bài…</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/startup.py" line="125"/>
        <source>The store is open read-only: you can read and search, but nothing can be saved.</source>
        <translation>Kho bài đang mở ở chế độ chỉ đọc: bạn có thể đọc và tìm kiếm, nhưng không lưu được gì.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/startup.py" line="139"/>
        <source>Editor App — %1</source>
        <translation>Editor App — %1</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/startup.py" line="141"/>
        <source>(read-only)</source>
        <translation>(chỉ đọc)</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <location filename="../../src/editor_app/gui/session/transfer.py" line="51"/>
        <location filename="../../src/editor_app/gui/session/transfer.py" line="68"/>
        <source>Import a bundle</source>
        <translation>Nhập gói tin</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/transfer.py" line="52"/>
        <source>Bundles (*.zip)</source>
        <translation>Gói tin (*.zip)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/transfer.py" line="64"/>
        <source>Imported as a new draft.</source>
        <translation>Đã nhập thành bài nháp mới.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/transfer.py" line="65"/>
        <source>Imported: the article was brought up to date.</source>
        <translation>Đã nhập: bài đã được cập nhật.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/transfer.py" line="66"/>
        <source>This revision is already here; nothing changed.</source>
        <translation>Phiên bản này đã có; không thay đổi gì.</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="33"/>
        <source>Welcome to Editor App</source>
        <translation>Chào mừng đến với Editor App</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="35"/>
        <source>This newsroom is empty. Create the first person: the administrator, who can add reporters, editors and staff later.</source>
        <translation>Tòa soạn này chưa có ai. Hãy tạo người đầu tiên: quản trị hệ thống, người sẽ thêm phóng viên, biên tập viên và quản trị nội dung sau.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="43"/>
        <source>Load the demo newsroom (people, categories and sample articles in every status)</source>
        <translation>Nạp tòa soạn mẫu (người dùng, chuyên mục và bài mẫu ở mọi trạng thái)</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="48"/>
        <source>Login</source>
        <translation>Tên đăng nhập</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="49"/>
        <source>Full name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/dialogs/sign_in.py" line="50"/>
        <source>Department</source>
        <translation>Đơn vị</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="73"/>
        <source>Checklist</source>
        <translation>Danh mục kiểm tra</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="74"/>
        <source>Everything on the checklist is in order.</source>
        <translation>Mọi mục kiểm tra đều ổn.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="76"/>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="122"/>
        <source>submit</source>
        <translation>gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="116"/>
        <source>Submit for review</source>
        <translation>Gửi duyệt</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="117"/>
        <source>Send this article to the editors? You cannot change it while it is being reviewed, unless it is returned to you.</source>
        <translation>Gửi bài này cho biên tập viên? Bạn sẽ không sửa được trong khi bài đang được duyệt, trừ khi bài bị trả lại.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="120"/>
        <source>Submitted for review.</source>
        <translation>Đã gửi duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="125"/>
        <source>Review started.</source>
        <translation>Đã nhận duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="128"/>
        <source>Return to author</source>
        <translation>Trả lại tác giả</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="129"/>
        <source>The author gets the article back with your reason and can change it.</source>
        <translation>Tác giả sẽ nhận lại bài kèm lý do của bạn và có thể sửa.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="135"/>
        <source>Returned to the author.</source>
        <translation>Đã trả lại tác giả.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="139"/>
        <source>Approve</source>
        <translation>Duyệt bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="140"/>
        <source>Approve this article for publication? Staff can then export it to the portal.</source>
        <translation>Duyệt bài này để xuất bản? Sau đó bộ phận quản trị nội dung có thể xuất lên cổng thông tin.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="142"/>
        <source>Approved.</source>
        <translation>Đã duyệt.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="144"/>
        <source>approve</source>
        <translation>duyệt bài</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="149"/>
        <source>Withdraw from the portal</source>
        <translation>Gỡ tin khỏi cổng</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="150"/>
        <source>The article will be marked as withdrawn (gỡ tin); the portal must take it down. Say why.</source>
        <translation>Bài sẽ được đánh dấu là đã gỡ; cổng thông tin phải gỡ bài xuống. Hãy ghi lý do.</translation>
    </message>
    <message>
        <location filename="../../src/editor_app/gui/session/workflow.py" line="156"/>
        <source>Withdrawn from the portal.</source>
        <translation>Đã gỡ tin khỏi cổng thông tin.</translation>
    </message>
</context>
<context>
    <name>i18n</name>
    <message>
        <location filename="../../src/editor_app/app.py" line="95"/>
        <source>corrupt</source>
        <translation>hỏng</translation>
    </message>
</context>
</TS>
