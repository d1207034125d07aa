from __future__ import annotations

import threading
from pathlib import Path

import chartekit
from chartekit import Action, MemoryStore, Moderator, PastMessage


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_repost_flagged_from_the_second_copy_on() -> None:
    clock = Clock()
    moderator = Moderator("fr", clock=clock)
    first = moderator.moderate("Achetez mon livre !", author="u1")
    second = moderator.moderate("achetez MON livre", author="u1")
    third = moderator.moderate("Achetez mon livre !!!", author="u1")
    assert first.action is Action.ALLOW
    assert second.action is third.action is Action.REMOVE
    assert second.reasons[0].rule_id == "flood.repost"
    assert third.reasons[0].normalized.startswith("copy 3")


def test_window_forgets_old_messages() -> None:
    clock = Clock()
    moderator = Moderator("fr", clock=clock)
    moderator.moderate("Achetez mon livre", author="u1")
    clock.now += 3601
    assert moderator.moderate("Achetez mon livre", author="u1").action is Action.ALLOW


def test_module_level_moderate_remembers_nothing() -> None:
    chartekit.moderate("Achetez mon livre", "fr", author="u1")
    assert chartekit.moderate("Achetez mon livre", "fr", author="u1").action is Action.ALLOW


def test_store_is_bounded() -> None:
    store = MemoryStore(max_per_author=3, max_authors=2)
    for author in ("a", "b", "c"):
        for i in range(5):
            store.add(author, PastMessage(f"m{i}", float(i)))
    assert len(store) == 2
    assert store.recent("a", 0) == []  # forgotten: least recently seen
    assert [m.signature for m in store.recent("c", 0)] == ["m2", "m3", "m4"]
    assert [m.signature for m in store.recent("c", 3.5)] == ["m4"]


def test_store_limits_come_from_the_charter() -> None:
    moderator = Moderator("fr")
    assert isinstance(moderator.store, MemoryStore)
    assert moderator.store.max_per_author == 20
    assert moderator.window == 3600


def test_a_custom_store_is_used() -> None:
    calls: list[str] = []

    class Recording(MemoryStore):
        def add(self, author: str, message: PastMessage) -> None:
            calls.append(author)
            super().add(author, message)

    moderator = Moderator("fr", store=Recording())
    moderator.moderate("Bonjour", author="u9")
    assert calls == ["u9"]


def test_disabled_flood_category_remembers_nothing(tmp_path: Path) -> None:
    path = tmp_path / "c.yaml"
    path.write_text("version: 1\nname: c\nextends: fr\ncategories:\n  flood:\n"
                    "    enabled: false\n", encoding="utf-8")
    moderator = Moderator(path)
    moderator.moderate("Achetez mon livre", author="u1")
    assert moderator.moderate("Achetez mon livre", author="u1").action is Action.ALLOW
    assert isinstance(moderator.store, MemoryStore)
    assert len(moderator.store) == 0


def test_threads_share_a_moderator() -> None:
    moderator = Moderator("fr")
    barrier = threading.Barrier(4)

    def post(author: str) -> list[Action]:
        barrier.wait()
        return [moderator.moderate("Je reposte mon avis sur le match", author=author).action
                for _ in range(20)]

    results: dict[str, list[Action]] = {}
    threads = [threading.Thread(target=lambda a=a: results.__setitem__(a, post(a)))
               for a in ("a", "b", "c", "d")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    for actions in results.values():
        assert actions[0] is Action.ALLOW
        assert set(actions[1:]) == {Action.REMOVE}


def test_in_message_flood_span() -> None:
    text = "Démission 😡 " + "démission " * 10
    (reason,) = [r for r in chartekit.moderate(text, "fr").reasons if r.category == "flood"]
    assert text[reason.start : reason.end].startswith("Démission")
    assert reason.normalized == "demission x11"
