"""Sample articles for the demo newsroom: our own text about a fictional province."""

from __future__ import annotations

CATEGORIES: list[tuple[str, str | None]] = [
    ("Thời sự", None),
    ("Trong tỉnh", "Thời sự"),
    ("Trong nước", "Thời sự"),
    ("Xây dựng Đảng", None),
    ("Kinh tế", None),
    ("Nông nghiệp", "Kinh tế"),
    ("Du lịch", "Kinh tế"),
    ("Văn hóa - Xã hội", None),
    ("Giáo dục", "Văn hóa - Xã hội"),
    ("Y tế", "Văn hóa - Xã hội"),
    ("Quốc phòng - An ninh", None),
    ("Thông báo", None),
]

# Every demo person's password: public (the demo sign-in shows it, the README says it).
DEMO_PASSWORD = "demo-toasoan"

PEOPLE: list[tuple[str, str, str, str]] = [
    ("quantri", "Lê Minh Quân", "admin", "Văn phòng Sở Thông tin và Truyền thông"),
    ("hoa.staff", "Phạm Thu Hòa", "staff", "Trung tâm Thông tin tỉnh"),
    ("thanh.bt", "Đỗ Văn Thành", "editor", "Ban Biên tập Cổng thông tin"),
    ("lan.bt", "Vũ Ngọc Lan", "editor", "Ban Biên tập Cổng thông tin"),
    ("an.pv", "Nguyễn Văn An", "reporter", "Ban Tuyên giáo Tỉnh ủy"),
    ("dung.pv", "Trần Thị Dung", "reporter", "Sở Nông nghiệp và Phát triển nông thôn"),
    ("khoa.pv", "Hoàng Đức Khoa", "reporter", "Trung tâm Văn hóa tỉnh"),
]

PLACES = ["huyện Đồng Xuân", "thị xã Bình Sơn", "huyện Tân Lạc", "thành phố Sơn Hà",
          "huyện Kỳ Anh Thượng", "huyện Mường Khoa"]

# (category, title template, summary template, body paragraphs, tags)
SEEDS: list[tuple[str, str, str, list[str], str]] = [
    ("Trong tỉnh", "Khánh thành cầu dân sinh tại {place}",
     "Sáng nay, {place} tổ chức khánh thành cây cầu dân sinh nối hai bờ suối, giúp hơn "
     "1.200 hộ dân đi lại thuận tiện trong mùa mưa lũ.",
     ["Cây cầu dài 86 mét, rộng 3,5 mét, được xây dựng trong 7 tháng với tổng kinh phí gần "
      "12 tỷ đồng từ ngân sách tỉnh và nguồn xã hội hóa.",
      "## Niềm vui của bà con\n\nÔng Lò Văn Thắm, người dân bản Nà Cang, chia sẻ: “Trước đây "
      "mỗi mùa lũ, con cháu không đến trường được cả tuần. Nay có cầu rồi, bà con yên tâm "
      "lắm.”",
      "Phát biểu tại buổi lễ, lãnh đạo địa phương đề nghị người dân cùng giữ gìn, bảo vệ "
      "công trình, đồng thời cam kết tiếp tục đầu tư **hạ tầng giao thông nông thôn** trong "
      "giai đoạn tới."],
     "giao thông, nông thôn mới"),
    ("Nông nghiệp", "Nông dân {place} trúng mùa lúa chất lượng cao",
     "Vụ mùa năm nay, năng suất lúa chất lượng cao tại {place} đạt bình quân 6,8 tấn/ha, "
     "tăng gần 0,5 tấn so với cùng kỳ.",
     ["Toàn vùng gieo cấy hơn 2.300 ha, trong đó gần một nửa diện tích áp dụng quy trình "
      "canh tác hữu cơ, giảm 30% lượng phân bón hóa học.",
      "Theo cán bộ khuyến nông, việc liên kết với doanh nghiệp bao tiêu giúp giá bán ổn "
      "định, người trồng lúa có lãi từ 18 đến 22 triệu đồng mỗi héc-ta.",
      "- Giống lúa chủ lực: Bắc thơm số 7, J02\n- Diện tích liên kết: 1.050 ha\n- Sản lượng "
      "dự kiến: hơn 15.000 tấn"],
     "nông nghiệp, lúa gạo"),
    ("Du lịch", "{place} đón hơn 40.000 lượt khách dịp lễ hội mùa thu",
     "Lễ hội mùa thu năm nay thu hút đông đảo du khách trong và ngoài tỉnh tới {place}, "
     "doanh thu dịch vụ ước đạt 35 tỷ đồng.",
     ["Các hoạt động nổi bật gồm chợ phiên vùng cao, trình diễn trang phục dân tộc và "
      "giải đua thuyền truyền thống trên hồ.",
      "> Du lịch cộng đồng đang trở thành sinh kế bền vững của nhiều bản làng.",
      "Ngành du lịch khuyến cáo các cơ sở lưu trú niêm yết giá công khai, bảo đảm vệ sinh "
      "an toàn thực phẩm và an ninh trật tự phục vụ du khách."],
     "du lịch, lễ hội"),
    ("Giáo dục", "Trao 150 suất học bổng cho học sinh vượt khó ở {place}",
     "Quỹ khuyến học tỉnh phối hợp với các nhà hảo tâm trao 150 suất học bổng cho học sinh "
     "có hoàn cảnh khó khăn, học tập tốt tại {place}.",
     ["Mỗi suất học bổng trị giá 2 triệu đồng kèm bộ sách giáo khoa và đồ dùng học tập.",
      "Em Hà Thị Mai, học sinh lớp 9, xúc động cho biết sẽ cố gắng đạt thành tích cao hơn "
      "để không phụ lòng thầy cô và gia đình.",
      "Từ đầu năm học, toàn tỉnh đã vận động được hơn 4 tỷ đồng cho công tác khuyến học, "
      "khuyến tài."],
     "giáo dục, khuyến học"),
    ("Y tế", "Khám bệnh miễn phí cho người cao tuổi tại {place}",
     "Đoàn y, bác sĩ Bệnh viện Đa khoa tỉnh đã khám, tư vấn sức khỏe và cấp thuốc miễn phí "
     "cho gần 600 người cao tuổi tại {place}.",
     ["Các bệnh thường gặp là tăng huyết áp, đái tháo đường và thoái hóa khớp.",
      "Đoàn cũng hướng dẫn người dân cách phòng bệnh mùa lạnh, chế độ dinh dưỡng hợp lý và "
      "tầm quan trọng của việc khám sức khỏe định kỳ."],
     "y tế, người cao tuổi"),
    ("Xây dựng Đảng", "Đảng bộ {place} học tập, quán triệt nghị quyết mới",
     "Hội nghị học tập, quán triệt nghị quyết được tổ chức trực tiếp kết hợp trực tuyến "
     "tới 28 điểm cầu cơ sở của {place}.",
     ["Các đại biểu được nghe báo cáo viên Ban Tuyên giáo Tỉnh ủy truyền đạt những nội dung "
      "cốt lõi, điểm mới của nghị quyết.",
      "Cấp ủy các cấp được yêu cầu xây dựng chương trình hành động cụ thể, sát với điều "
      "kiện thực tế của địa phương, hoàn thành trước ngày 15 tháng sau."],
     "xây dựng Đảng, nghị quyết"),
    ("Quốc phòng - An ninh", "Diễn tập phòng thủ khu vực năm nay tại {place}",
     "Cuộc diễn tập khu vực phòng thủ diễn ra trong ba ngày với sự tham gia của hơn 1.000 "
     "cán bộ, chiến sĩ và dân quân tự vệ.",
     ["Nội dung diễn tập gồm chuyển trạng thái sẵn sàng chiến đấu, xử lý tình huống thiên "
      "tai và bảo đảm an ninh chính trị cơ sở.",
      "Ban chỉ đạo đánh giá cuộc diễn tập đạt mục đích, yêu cầu đề ra, an toàn tuyệt đối "
      "về người và phương tiện."],
     "quốc phòng, diễn tập"),
    ("Thông báo", "Thông báo lịch tiếp công dân tháng này của {place}",
     "Ủy ban nhân dân {place} thông báo lịch tiếp công dân định kỳ trong tháng.",
     ["| Ngày | Người tiếp | Địa điểm |\n|---|---|---|\n| Thứ Hai tuần đầu | Chủ tịch UBND "
      "| Trụ sở tiếp công dân |\n| Thứ Năm tuần ba | Phó Chủ tịch UBND | Trụ sở tiếp công dân |",
      "Công dân đến liên hệ mang theo giấy tờ tùy thân và các tài liệu liên quan."],
     "thông báo, tiếp công dân"),
]

# The demo's portal: the fictional province the sample articles are about. Only the
# demo names it; a real newsroom's admin sets its own (services/portal_identity.py).
PORTAL = {
    "name": "Cổng Thông tin điện tử tỉnh Sơn Hà",
    "agency": "Ủy ban nhân dân tỉnh Sơn Hà",
    "base_url": "https://sonha.portal.example",  # .example: reserved, never a real site
}
SECTIONS = {"Thời sự": "/thoi-su", "Xây dựng Đảng": "/xay-dung-dang", "Kinh tế": "/kinh-te",
            "Văn hóa - Xã hội": "/van-hoa-xa-hoi", "Quốc phòng - An ninh": "/quoc-phong-an-ninh",
            "Thông báo": "/thong-bao"}
