"""A process that saves an article in a loop and says "ACK n" after each commit returns.

tests/faults kill it at random moments; every ACKed save must survive.
"""

import sys

from editor_app.app import open_newsroom
from editor_app.domain.entities import ArticleFields
from editor_app.paths import resolve


def main(data_dir: str, article_id: str, login: str, start: int, tag: str) -> None:
    room = open_newsroom(resolve(data_dir))
    person = room.services.people.by_login(login)
    n = start
    while True:
        room.services.drafting.edit(person, article_id,
                                    ArticleFields(body=f"{tag} save {n}\n" + "nội dung " * 50))
        print(f"ACK {n}", flush=True)
        n += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]), sys.argv[5])
