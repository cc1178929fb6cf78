"""Message catalogue for errors raised by the core, in Vietnamese and English.

The GUI translates its own widgets through Qt; errors come from layers that
must not import Qt, so they carry a code and are formatted here.
"""

from __future__ import annotations

_LANG = ["vi"]

CATALOG: dict[str, dict[str, str]] = {
    "not_found": {"en": "{what} not found: {key}", "vi": "Không tìm thấy {what}: {key}"},
    "article": {"en": "article", "vi": "bài viết"},
    "person": {"en": "person", "vi": "người dùng"},
    "category": {"en": "category", "vi": "chuyên mục"},
    "revision": {"en": "revision", "vi": "phiên bản"},
    "comment": {"en": "comment", "vi": "bình luận"},
    "media": {"en": "media file", "vi": "tệp ảnh"},
    "role_forbidden": {
        "en": "{name} ({role}) may not {action}.",
        "vi": "{name} ({role}) không được phép {action}.",
    },
    "own_only": {
        "en": "{name} may only {action} their own articles.",
        "vi": "{name} chỉ được {action} bài của chính mình.",
    },
    "not_own": {
        "en": "{name} may not {action} an article they wrote.",
        "vi": "{name} không được {action} bài do chính mình viết.",
    },
    "not_writer": {
        "en": "{name} wrote or co-wrote this article and may not {action} it: "
        "another editor must.",
        "vi": "{name} đã viết hoặc cùng viết bài này nên không được {action}: "
        "cần một biên tập viên khác.",
    },
    "credit_others": {
        "en": "{name} may not list other people as authors; an editor can.",
        "vi": "{name} không được ghi tên người khác là tác giả; biên tập viên có thể làm việc đó.",
    },
    "bad_state": {
        "en": "Cannot {action} an article that is {status}.",
        "vi": "Không thể {action} bài đang ở trạng thái “{status}”.",
    },
    "note_required": {
        "en": "A reason is required to {action}.",
        "vi": "Cần ghi rõ lý do khi {action}.",
    },
    "conflict": {
        "en": "The article was changed by {who} (version {theirs}) after you opened it "
        "(version {yours}). Your text is kept; compare and choose.",
        "vi": "Bài đã được {who} sửa (phiên bản {theirs}) sau khi bạn mở (phiên bản {yours}). "
        "Nội dung của bạn vẫn được giữ; hãy so sánh và chọn.",
    },
    "invalid": {"en": "{field}: {problem}", "vi": "{field}: {problem}"},
    "duplicate": {"en": "{what} already exists: {key}", "vi": "{what} đã tồn tại: {key}"},
    "inactive": {"en": "{name} is deactivated.", "vi": "{name} đã bị khóa."},
    "edited_after_approval": {
        "en": "Edited after approval: needs review again.",
        "vi": "Sửa sau khi đã duyệt: cần duyệt lại.",
    },
    "restored": {"en": "Restored from revision {n}", "vi": "Khôi phục từ phiên bản {n}"},
    "disk_full": {
        "en": "The disk is full: nothing was saved. Free some space; your text is kept.",
        "vi": "Ổ đĩa đã đầy: chưa lưu được gì. Hãy giải phóng dung lượng; nội dung vẫn được giữ.",
    },
    "read_only": {
        "en": "The newsroom store is open read-only: changes cannot be saved.",
        "vi": "Kho bài đang mở ở chế độ chỉ đọc: không lưu được thay đổi.",
    },
    "busy": {
        "en": "Another program kept the store busy for too long; try again.",
        "vi": "Một chương trình khác giữ kho bài quá lâu; hãy thử lại.",
    },
    "corrupt": {
        "en": "The store {path} is damaged ({problem}). It was moved to {moved}.",
        "vi": "Kho bài {path} bị hỏng ({problem}). Tệp đã được chuyển sang {moved}.",
    },
}

ACTIONS: dict[str, dict[str, str]] = {
    "create": {"en": "create articles", "vi": "tạo bài"},
    "edit": {"en": "edit", "vi": "sửa"},
    "submit": {"en": "submit", "vi": "gửi duyệt"},
    "start_review": {"en": "start reviewing", "vi": "nhận duyệt"},
    "return": {"en": "return", "vi": "trả lại"},
    "approve": {"en": "approve", "vi": "duyệt"},
    "export": {"en": "export", "vi": "xuất bản"},
    "withdraw": {"en": "withdraw", "vi": "gỡ tin"},
    "archive": {"en": "archive", "vi": "lưu trữ"},
    "comment": {"en": "comment", "vi": "bình luận"},
    "pin_related": {"en": "change related articles", "vi": "chỉnh tin liên quan"},
    "manage_categories": {"en": "manage categories", "vi": "quản lý chuyên mục"},
    "manage_people": {"en": "manage people", "vi": "quản lý người dùng"},
    "import": {"en": "import bundles", "vi": "nhập gói tin"},
}

STATUSES: dict[str, dict[str, str]] = {
    "draft": {"en": "draft", "vi": "nháp"},
    "submitted": {"en": "submitted", "vi": "chờ duyệt"},
    "in_review": {"en": "in review", "vi": "đang duyệt"},
    "returned": {"en": "returned", "vi": "bị trả lại"},
    "approved": {"en": "approved", "vi": "đã duyệt"},
    "exported": {"en": "exported", "vi": "đã xuất bản"},
    "withdrawn": {"en": "withdrawn", "vi": "đã gỡ"},
    "archived": {"en": "archived", "vi": "lưu trữ"},
}

ROLES: dict[str, dict[str, str]] = {
    "reporter": {"en": "reporter", "vi": "phóng viên"},
    "editor": {"en": "editor", "vi": "biên tập viên"},
    "staff": {"en": "staff", "vi": "quản trị nội dung"},
    "admin": {"en": "admin", "vi": "quản trị hệ thống"},
}


def set_language(lang: str) -> None:
    """Choose the language of core messages ("vi" or "en")."""
    _LANG[0] = "en" if lang.lower().startswith("en") else "vi"


def language() -> str:
    return _LANG[0]


def _pick(table: dict[str, dict[str, str]], key: str) -> str:
    entry = table.get(key)
    return entry[_LANG[0]] if entry else key


def tr(code: str, **params: object) -> str:
    """Format the message *code* in the current language."""
    return _pick(CATALOG, code).format(**params)


def action_name(action: str) -> str:
    return _pick(ACTIONS, action)


def status_name(status: str) -> str:
    return _pick(STATUSES, status)


def role_name(role: str) -> str:
    return _pick(ROLES, role)
