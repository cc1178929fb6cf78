"""Vietnamese articles drawn from a real lexicon, with Zipf frequencies.

The syllables are the Hunspell Vietnamese word list (Debian's hunspell-vi,
/usr/share/hunspell/vi_VN.dic, GPL-2), read when the benchmark runs rather
than copied into this repository. They are ranked: the most frequent words
of Vietnamese news first (hand-picked below), then the rest of the list in a
fixed shuffled order, and drawn with a Zipf law (weight 1/rank), so a search
for "của" finds most of the store while one for a rank-3,000 syllable finds a
handful. On top come two-syllable compounds (real news compounds first, then
compounds built from the ranked syllables) and real-looking names of
provinces, districts and bodies, which is what newsroom searches mostly ask for.
"""

from __future__ import annotations

import functools
import itertools
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

DIC = Path("/usr/share/hunspell/vi_VN.dic")

# The most frequent words of provincial news, most frequent first (rank 1 …).
FREQUENT = [
    "của", "và", "các", "là", "có", "được", "trong", "cho", "với", "những", "một", "người", "này",
    "không", "đã", "đến", "ra", "để", "tỉnh", "huyện", "xã", "năm", "công", "tác", "phát",
    "triển", "kinh", "tế", "hội", "dân", "nhân", "Đảng", "bộ", "nhà", "nước", "cán", "thực",
    "hiện", "hoạt", "động", "địa", "phương", "chính", "quyền", "cấp", "ủy", "ban", "sở", "ngành",
    "đơn", "vị", "tổ", "chức", "nghị", "quyết", "khai", "kế", "hoạch", "chương", "trình", "dự",
    "án", "đầu", "tư", "xây", "dựng", "nông", "thôn", "mới", "nghiệp", "sản", "xuất", "giáo",
    "dục", "y", "văn", "hóa", "du", "lịch", "an", "ninh", "quốc", "phòng", "trật", "tự", "giao",
    "thông", "môi", "trường", "thủy", "lợi", "hòa", "bình", "khỏe", "mạnh", "tuyên", "truyền",
    "trị", "tưởng", "lãnh", "đạo", "chỉ", "điều", "hành", "học", "sinh", "viên", "bệnh", "viện",
    "bác", "sĩ", "hộ", "gia", "đình", "doanh", "hợp",
]

# Compounds a newsroom writes every day, before the generated ones.
NEWS_COMPOUNDS = [
    "phát triển", "kinh tế", "xã hội", "nông thôn mới", "Ủy ban nhân dân", "Hội đồng nhân dân",
    "Ban Thường vụ", "Tỉnh ủy", "Huyện ủy", "cán bộ", "đảng viên", "nhân dân", "chính quyền",
    "địa phương", "tổ chức", "hội nghị", "nghị quyết", "triển khai", "kế hoạch", "chương trình",
    "dự án", "đầu tư", "xây dựng", "sản xuất", "nông nghiệp", "giáo dục", "y tế", "văn hóa",
    "du lịch", "an ninh", "quốc phòng", "trật tự", "giao thông", "môi trường", "thủy lợi",
    "tuyên truyền", "chính trị", "tư tưởng", "lãnh đạo", "chỉ đạo", "điều hành", "học sinh",
    "giáo viên", "bệnh viện", "bác sĩ", "hộ gia đình", "doanh nghiệp", "hợp tác xã",
    "giảm nghèo", "đồng bào dân tộc thiểu số", "chuyển đổi số", "cải cách hành chính",
    "phòng chống thiên tai", "lễ hội", "ruộng bậc thang", "chè shan tuyết", "nhà sàn",
    "cọn nước", "khuyến học", "cầu treo", "trạm y tế", "tủ sách", "chợ phiên", "thổ cẩm",
    "xôi ngũ sắc", "măng rừng", "cá suối", "thảo quả", "quế hồi", "hoà bình",
]

PROVINCES = [
    "Lào Cai", "Yên Bái", "Hà Giang", "Tuyên Quang", "Lai Châu", "Điện Biên", "Sơn La",
    "Cao Bằng", "Lạng Sơn", "Bắc Kạn", "Thái Nguyên", "Phú Thọ", "Hòa Bình", "Quảng Ninh",
    "Bắc Giang", "Hà Nội", "Hải Phòng", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Quảng Bình",
    "Quảng Trị", "Thừa Thiên Huế", "Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định",
    "Phú Yên", "Khánh Hòa", "Gia Lai", "Kon Tum", "Đắk Lắk", "Lâm Đồng", "Cần Thơ",
    "An Giang", "Cà Mau", "Sóc Trăng", "Đồng Tháp", "Bến Tre", "Vĩnh Long",
]
DISTRICTS = [
    "Mường Khương", "Bát Xát", "Bắc Hà", "Si Ma Cai", "Văn Bàn", "Bảo Yên", "Bảo Thắng",
    "Sa Pa", "Mù Cang Chải", "Trạm Tấu", "Văn Chấn", "Lục Yên", "Đồng Văn", "Mèo Vạc",
    "Hoàng Su Phì", "Xín Mần", "Na Hang", "Lâm Bình", "Sìn Hồ", "Phong Thổ", "Tủa Chùa",
    "Mường Nhé", "Mai Châu", "Tân Lạc", "Lạc Sơn", "Kỳ Sơn", "Tương Dương", "Quế Phong",
    "Nam Trà My", "Tây Giang", "Kon Plông", "Đắk Glei", "Ea Súp", "Krông Bông", "Đam Rông",
    "Bảo Lạc", "Trùng Khánh", "Chợ Đồn", "Ba Bể", "Định Hóa",
]
BODIES = [
    "Sở Tài nguyên và Môi trường", "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Kế hoạch và Đầu tư", "Sở Giao thông vận tải",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Lao động - Thương binh và Xã hội", "Sở Tư pháp",
    "Sở Nội vụ", "Sở Tài chính", "Sở Công Thương", "Sở Khoa học và Công nghệ",
    "Sở Thông tin và Truyền thông", "Sở Xây dựng", "Ban Dân tộc", "Ban Tuyên giáo Tỉnh ủy",
    "Ban Tổ chức Tỉnh ủy", "Ủy ban Kiểm tra Tỉnh ủy", "Ủy ban Mặt trận Tổ quốc",
    "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Tỉnh đoàn", "Liên đoàn Lao động",
    "Bộ Chỉ huy Quân sự tỉnh", "Bộ đội Biên phòng tỉnh", "Công an tỉnh", "Kho bạc Nhà nước",
    "Ngân hàng Chính sách xã hội", "Bảo hiểm xã hội tỉnh", "Cục Thuế", "Cục Hải quan",
    "Trung tâm Kiểm soát bệnh tật", "Bệnh viện Đa khoa tỉnh", "Đài Phát thanh và Truyền hình",
]
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
GENERATED_COMPOUNDS = 4000
COMPOUND_SHARE = 0.3  # of word slots filled by a compound rather than a lone syllable
NAME_SHARE = 0.35  # of sentences that name a place or a body


def _nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


@dataclass(frozen=True)
class Lexicon:
    syllables: tuple[str, ...]  # ranked, most frequent first
    compounds: tuple[str, ...]
    names: tuple[str, ...]

    @property
    def size(self) -> int:
        """Distinct syllables a search can meet (names and compounds add none of their own
        beyond the few syllables of proper names)."""
        words = set(self.syllables)
        for n in itertools.chain(self.names, self.compounds):
            words.update(w.lower() for w in n.replace(",", " ").split())
        return len(words)


@functools.cache
def lexicon() -> Lexicon:
    if not DIC.exists():
        raise SystemExit(f"{DIC} is missing: apt-get install hunspell-vi (or `make sysdeps`)")
    lines = DIC.read_text(encoding="utf-8").splitlines()[1:]  # the first line is the count
    listed = sorted({_nfc(w.split("/")[0].strip()) for w in lines}
                    - {""})
    # Lower-case syllables only: the list also holds acronyms (ABC, HCM).
    listed = [w for w in listed if w.isalpha() and w.islower()]
    frequent = list(dict.fromkeys(_nfc(w) for w in FREQUENT))
    rest = [w for w in listed if w not in set(frequent) and w.lower() not in set(frequent)]
    random.Random(19).shuffle(rest)
    syllables = tuple(frequent + rest)
    rng = random.Random(20)
    cum = list(itertools.accumulate(1.0 / (r + 1) for r in range(len(syllables))))
    made: dict[str, None] = {}
    while len(made) < GENERATED_COMPOUNDS:
        a, b = rng.choices(syllables, cum_weights=cum, k=2)
        if a != b:
            made[f"{a} {b}"] = None
    compounds = tuple(dict.fromkeys([_nfc(c) for c in NEWS_COMPOUNDS] + list(made)))
    names = tuple(_nfc(n) for n in itertools.chain(
        (f"tỉnh {p}" for p in PROVINCES), (f"huyện {d}" for d in DISTRICTS),
        (f"{b} tỉnh {p}" for b, p in zip(BODIES * 2, PROVINCES, strict=False)), BODIES))
    return Lexicon(syllables, compounds, names)


def _zipf(n: int) -> list[float]:
    return list(itertools.accumulate(1.0 / (r + 1) for r in range(n)))


class Corpus:
    def __init__(self, seed: int = 20261126) -> None:
        self.rng = random.Random(seed)
        lx = lexicon()
        self.lx = lx
        self._syl = (lx.syllables, _zipf(len(lx.syllables)))
        self._cmp = (lx.compounds, _zipf(len(lx.compounds)))
        self._names = (lx.names, _zipf(len(lx.names)))
        self.tag_pool = [*PROVINCES, *DISTRICTS, *(c for c in NEWS_COMPOUNDS[50:])]

    def words(self, n: int) -> str:
        """*n* word slots: lone syllables and compounds, both Zipf-distributed."""
        syl, syl_cum = self._syl
        cmp_, cmp_cum = self._cmp
        slots = self.rng.choices(syl, cum_weights=syl_cum, k=n)
        shares = [self.rng.random() for _ in range(n)]
        picks = iter(self.rng.choices(cmp_, cum_weights=cmp_cum, k=n))
        return " ".join(next(picks) if s < COMPOUND_SHARE else w
                        for w, s in zip(slots, shares, strict=True))

    def sentence(self, n: int) -> str:
        s = self.words(n)
        if self.rng.random() < NAME_SHARE:
            names, cum = self._names
            at = s.find(" ", len(s) // 2)
            name = self.rng.choices(names, cum_weights=cum)[0]
            s = f"{s[:at]} {name}{s[at:]}" if at > 0 else f"{s} {name}"
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
            "tags": ", ".join(self.rng.sample(self.tag_pool, 2)),
        }


def _folded(word: str) -> str:
    from editor_app.domain.search_text import parse_query

    terms = parse_query(word, prefix_last=False).terms
    return terms[0].folded if terms else ""


def rare_syllables(count: int = 3, from_rank: int = 4500) -> list[str]:
    """Syllables far down the ranking that stay rare when searched as you type: no other
    syllable of the lexicon folds to the same word or to one it is a prefix of."""
    syl = lexicon().syllables
    folded = [_folded(w) for w in syl]
    picked: list[str] = []
    step = max(1, (len(syl) - from_rank) // (count + 1))
    for start in range(from_rank, len(syl), step):
        for i in range(start, min(len(syl), start + step)):
            f = folded[i]
            if len(f) >= 3 and sum(1 for g in folded if g.startswith(f)) == 1:
                picked.append(syl[i])
                break
        if len(picked) == count:
            break
    return picked


def queries() -> list[str]:
    """Searches typed as people type them: with and without diacritics, the last word
    sometimes unfinished (the window matches it as a prefix). How common each one is
    (common, medium, rare) is measured on the store: see run.py's corpus report."""
    rare = rare_syllables()
    return ["của", "và", "tỉnh", "tinh", "dang", "Đảng",
            "nông thôn mới", "nong thon moi", "thuy loi", "hoà bình", "Sở Tài nguyên",
            "nông thôn m", "Mường Khương", "muong khuong",
            *rare, f"{rare[0]} {rare[1][:2]}", "chè shan tuyết", "Si Ma Cai", "Kon Plông",
            "cọn nước", "con nuoc", "khen be"]


def group(share: float) -> str:
    """How common a search is by the share of the store it matches."""
    return "common" if share >= 0.3 else "medium" if share >= 0.01 else "rare"
