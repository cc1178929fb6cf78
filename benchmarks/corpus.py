"""Synthetic Vietnamese articles with a realistic syllable distribution.

Syllables are drawn from a Zipf-like law over a list that starts with the
most frequent words of Vietnamese news ("của", "và", "các", "tỉnh" …) and
runs into rare ones, so common-word and rare-word searches both mean something.
"""

from __future__ import annotations

import random

COMMON = [
    "của",
    "và",
    "các",
    "là",
    "có",
    "được",
    "trong",
    "cho",
    "với",
    "những",
    "một",
    "người",
    "này",
    "không",
    "đã",
    "đến",
    "ra",
    "để",
    "tỉnh",
    "huyện",
    "xã",
    "năm",
    "công",
    "tác",
    "phát",
    "triển",
    "kinh",
    "tế",
    "xã",
    "hội",
    "dân",
    "nhân",
    "Đảng",
    "bộ",
    "nhà",
    "nước",
    "cán",
    "thực",
    "hiện",
    "hoạt",
    "động",
    "địa",
    "phương",
    "chính",
    "quyền",
    "cấp",
    "ủy",
    "ban",
    "sở",
    "ngành",
    "đơn",
    "vị",
    "tổ",
    "chức",
    "hội",
    "nghị",
    "nghị",
    "quyết",
    "triển",
    "khai",
    "kế",
    "hoạch",
    "chương",
    "trình",
    "dự",
    "án",
    "đầu",
    "tư",
    "xây",
    "dựng",
    "nông",
    "thôn",
    "mới",
    "nông",
    "nghiệp",
    "sản",
    "xuất",
    "giáo",
    "dục",
    "y",
    "tế",
    "văn",
    "hóa",
    "du",
    "lịch",
    "an",
    "ninh",
    "quốc",
    "phòng",
    "trật",
    "tự",
    "giao",
    "thông",
    "môi",
    "trường",
    "thủy",
    "lợi",
    "hòa",
    "bình",
    "khỏe",
    "mạnh",
    "tuyên",
    "truyền",
    "giáo",
    "dục",
    "chính",
    "trị",
    "tư",
    "tưởng",
    "lãnh",
    "đạo",
    "chỉ",
    "đạo",
    "điều",
    "hành",
    "học",
    "sinh",
    "giáo",
    "viên",
    "bệnh",
    "viện",
    "bác",
    "sĩ",
    "người",
    "dân",
    "hộ",
    "gia",
    "đình",
    "doanh",
    "nghiệp",
    "hợp",
    "tác",
]
RARE = [
    "mường",
    "khoa",
    "nà",
    "cang",
    "lò",
    "thắm",
    "đồng",
    "xuân",
    "tân",
    "lạc",
    "kỳ",
    "anh",
    "thượng",
    "bình",
    "sơn",
    "chợ",
    "phiên",
    "thổ",
    "cẩm",
    "khèn",
    "bè",
    "mâm",
    "xôi",
    "ngũ",
    "sắc",
    "măng",
    "rừng",
    "cá",
    "suối",
    "chè",
    "shan",
    "tuyết",
    "quế",
    "hồi",
    "thảo",
    "quả",
    "sa",
    "nhân",
    "ruộng",
    "bậc",
    "thang",
    "nhà",
    "sàn",
    "thác",
    "nước",
    "hang",
    "động",
    "cọn",
    "nước",
    "lễ",
    "hội",
    "xuống",
    "đồng",
    "cầu",
    "mùa",
    "khuyến",
    "học",
    "khuyến",
    "tài",
    "đường",
    "liên",
    "xã",
    "cầu",
    "treo",
    "điện",
    "lưới",
    "trạm",
    "y",
    "tế",
    "tủ",
    "sách",
]
VOCAB = COMMON + RARE
WEIGHTS = [1.0 / (rank + 1) ** 0.9 for rank in range(len(VOCAB))]
CATEGORIES = [
    "Trong tỉnh",
    "Trong nước",
    "Xây dựng Đảng",
    "Nông nghiệp",
    "Du lịch",
    "Giáo dục",
    "Y tế",
    "Quốc phòng - An ninh",
    "Thông báo",
]
STATUSES = (
    ["draft"] * 20
    + ["submitted"] * 8
    + ["in_review"] * 5
    + ["returned"] * 4
    + ["approved"] * 10
    + ["exported"] * 45
    + ["withdrawn"] * 3
    + ["archived"] * 5
)


class Corpus:
    def __init__(self, seed: int = 20261126) -> None:
        self.rng = random.Random(seed)

    def words(self, n: int) -> str:
        return " ".join(self.rng.choices(VOCAB, WEIGHTS, k=n))

    def sentence(self, n: int) -> str:
        s = self.words(n)
        return s[:1].upper() + s[1:] + "."

    def paragraph(self, words: int) -> str:
        out, left = [], words
        while left > 0:
            n = min(left, self.rng.randint(12, 28))
            out.append(self.sentence(n))
            left -= n
        return " ".join(out)

    def body(self, words: int) -> str:
        parts, left, i = [], words, 0
        while left > 0:
            n = min(left, self.rng.randint(60, 120))
            if i and i % 4 == 0:
                parts.append(f"## {self.sentence(6)[:-1]}")
            parts.append(self.paragraph(n))
            left -= n
            i += 1
        return "\n\n".join(parts) + "\n"

    def article(self, body_words: int = 350) -> dict[str, object]:
        return {
            "title": self.sentence(self.rng.randint(8, 14))[:-1],
            "summary": self.sentence(self.rng.randint(25, 40)),
            "body": self.body(body_words),
            "category": self.rng.choice(CATEGORIES),
            "status": self.rng.choice(STATUSES),
            "tags": ", ".join(self.rng.sample(RARE, 2)),
        }
