"""The fish's world as data files: the shipped files give today's bytes, and the loaders read and check them."""

import hashlib
import os
import re

import pytest

import guppy.data.world
from guppy.cli import main
from guppy.data.generator import TOPICS
from guppy.data.world import POOLS, WORLD, load_pools, load_topics
from guppy.data.world.compose import TemplateError

WORLD_DIR = os.path.dirname(guppy.data.world.__file__)

# sha256 of `guppy data --samples 60000 --seed 42`. The bytes depend on every template, every pool
# phrase and the order of both, so any edit to guppy/world changes them: update these on purpose.
PINNED = {
    "train.jsonl": "b35a76832d8adadf9b6e97920e2b274f75de6963e1484f6a7a422e9f3cea6f91",
    "eval.jsonl": "f811ae99580cf2f15203f3c9ae421371110ffc45a3ff62bf43c91c70fe7793e6",
}


def test_guppy_data_gives_the_pinned_bytes(tmp_path, capsys):
    assert main(["data", "--out", str(tmp_path), "--samples", "60000", "--seed", "42"]) == 0
    capsys.readouterr()
    got = {name: hashlib.sha256((tmp_path / name).read_bytes()).hexdigest() for name in PINNED}
    assert got == PINNED, "the data changed: if guppy/world was edited on purpose, pin the new hashes"


def test_topic_list_is_the_topic_files_in_name_order():
    names = sorted(os.listdir(os.path.join(WORLD_DIR, "topics")))
    assert all(re.fullmatch(r"\d{3}_[a-z_]+\.txt", name) for name in names), names
    assert TOPICS == list(WORLD) == [name[4:-4] for name in names]
    assert TOPICS[:3] == ["greetings", "feelings", "hot_water"] and TOPICS[-1] == "castle"


def test_pool_list_is_the_pool_files():
    names = sorted(os.listdir(os.path.join(WORLD_DIR, "pools")))
    assert sorted(POOLS) == [name.removesuffix(".txt") for name in names]
    with open(os.path.join(WORLD_DIR, "pools", "body.txt"), encoding="utf-8") as f:
        assert f.readline().startswith("# ")  # each pool file opens with the shape of its phrases
    assert POOLS["body"][:3] == ("fins", "tail", "gills")


def _write(folder, files):
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


POOLS_HERE = {"food": ("flakes", "peas")}
TOPIC = "## {name}\n? hi\n= i see {{food}}.\n+ blub.\n"


def test_topics_come_in_file_name_order_and_other_files_are_skipped(tmp_path):
    folder = _write(
        tmp_path / "topics",
        {
            "020_zebra.txt": TOPIC.format(name="zebra"),
            "010_yak.txt": TOPIC.format(name="yak"),
            "100_ant.txt": "# a comment line\n" + TOPIC.format(name="ant"),
            "notes.md": "not a topic",
        },
    )
    world = load_topics(folder, POOLS_HERE)
    assert list(world) == ["yak", "zebra", "ant"]
    assert world["ant"].intents[0].asks == (("hi",),)


@pytest.mark.parametrize(
    "files, message",
    [
        ({"food.txt": TOPIC.format(name="food")}, "topics/food.txt: a topic file is named NNN_<topic>.txt"),
        ({"10_food.txt": TOPIC.format(name="food")}, "a topic file is named NNN_<topic>.txt"),
        ({"010_food.txt": TOPIC.format(name="fod")}, "topics/010_food.txt: must hold one topic, '## food'"),
        ({"010_food.txt": TOPIC.format(name="food") * 2}, "must hold one topic"),
        ({"010_food.txt": "? hi\n= ok.\n"}, "topics/010_food.txt: line 1: template before the first"),
        ({"010_food.txt": "## food\n? hi\n= i see {ghost}.\n"}, "topics/010_food.txt: topic food: unknown pool"),
        ({"010_a.txt": TOPIC.format(name="a"), "010_b.txt": TOPIC.format(name="b")}, "also has number 010"),
        ({"010_a.txt": TOPIC.format(name="a"), "020_a.txt": TOPIC.format(name="a")}, "a is written in two files"),
    ],
)
def test_bad_topic_files_are_named_in_the_error(tmp_path, files, message):
    with pytest.raises(TemplateError, match=re.escape(message)):
        load_topics(_write(tmp_path / "topics", files), POOLS_HERE)


def test_pools_read_one_phrase_a_line_in_order(tmp_path):
    folder = _write(
        tmp_path / "pools",
        {"food.txt": "# fish food\nflakes\n\n  blood worms  \n# more\npeas\n", "big_thing.txt": "castle\n"},
    )
    assert load_pools(folder) == {"big_thing": ("castle",), "food": ("flakes", "blood worms", "peas")}


@pytest.mark.parametrize(
    "files, message",
    [
        ({"Food.txt": "flakes\n"}, "pools/Food.txt: a pool file is named <pool>.txt"),
        ({"food.txt": "# only a comment\n\n"}, "pool food: no phrases"),
        ({"food.txt": "flakes\npeas.\n"}, "pool food: a phrase may not hold any of"),
        ({"food.txt": "[flakes|peas]\n"}, "a phrase may not hold any of"),
        ({"food.txt": "flakes\npeas\nflakes\n"}, "pool food: phrase written 2 times"),
    ],
)
def test_bad_pool_files_are_named_in_the_error(tmp_path, files, message):
    with pytest.raises(TemplateError, match=re.escape(message)):
        load_pools(_write(tmp_path / "pools", files))
