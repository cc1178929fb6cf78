"""A structural check of HTML: what a browser would run, found by parsing, not by regex."""

from html.parser import HTMLParser

from editor_app.render.sanitize import ATTRIBUTES, TAGS, URL_SCHEMES

URL_ATTRS = {"href", "src", "action", "formaction", "background", "srcset", "data", "poster"}
PAGE_TAGS = {"html", "head", "meta", "title", "style", "body", "header", "main", "nav",
             "article", "footer", "section", "time", "figure", "figcaption"}


class ActiveContent(HTMLParser):
    """Collects every tag/attribute that could run code or load a foreign document."""

    def __init__(self, *, page: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.problems: list[str] = []
        self.text: list[str] = []
        self.markup: list[str] = []  # every start tag as written, attributes and all
        self._in_style = False

    def handle_starttag(self, tag, attrs):
        self.markup.append(self.get_starttag_text() or "")
        allowed_tags = TAGS | (PAGE_TAGS if self.page else set())
        if tag not in allowed_tags:
            self.problems.append(f"tag <{tag}>")
        if tag == "style":
            self._in_style = True
        for name, value in attrs:
            value = (value or "").strip()
            if name.startswith("on"):
                self.problems.append(f"handler {name} on <{tag}>")
            if name == "style" and not self.page and not value.startswith("text-align"):
                self.problems.append(f"style {value!r}")
            if name in URL_ATTRS:
                scheme = value.split(":", 1)[0].lower() if ":" in value.split("/")[0] else ""
                if scheme and scheme not in URL_SCHEMES:
                    self.problems.append(f"{name}={value!r}")
            allowed = ATTRIBUTES.get(tag, set()) | ATTRIBUTES["*"] | {"rel"}
            if not self.page and name not in allowed:
                self.problems.append(f"attribute {name} on <{tag}>")

    def handle_endtag(self, tag):
        if tag == "style":
            self._in_style = False

    def handle_data(self, data):
        if not self._in_style:
            self.text.append(data)


def scan(html: str, *, page: bool = False) -> ActiveContent:
    parser = ActiveContent(page=page)
    parser.feed(html)
    parser.close()
    return parser
