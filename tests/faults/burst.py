"""Create N articles as fast as possible, saying ACK <title> after each commit."""

import sys

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve


def main(data_dir: str, login: str, tag: str, n: int) -> None:
    room = open_newsroom(resolve(data_dir))
    person = room.services.people.by_login(login)
    for i in range(n):
        title = f"Tin {tag} số {i}"
        art = room.services.drafting.create(person, ArticleFields(title=title, body="x\n"))
        room.services.drafting.edit(person, art.id, ArticleFields(body="y\n"))
        print(f"ACK {title}", flush=True)
    room.close()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
