"""What a reporter sees first: the start of a long headline, and room for titles in the list."""


def test_long_headline_shows_its_start(desk_factory, newsroom_dir):
    from editor_app.domain.entities import ArticleFields

    desk = desk_factory(newsroom_dir).start()
    long_title = "Thông báo lịch tiếp công dân tháng này của thị xã Bình Sơn và các xã lân cận"
    art = desk.services.drafting.create(desk.controller.person,
                                        ArticleFields(title=long_title))
    desk.open(art.id)
    assert desk.window.metadata.title.cursorPosition() == 0
    assert desk.window.metadata.slug.cursorPosition() == 0


def test_the_title_column_gets_the_most_room(desk_factory, newsroom_dir):
    desk = desk_factory(newsroom_dir).start()
    desk.window.resize(1480, 860)
    header = desk.window.list_panel.view.horizontalHeader()
    widths = [header.sectionSize(i) for i in range(header.count())]
    assert widths[0] == max(widths)
