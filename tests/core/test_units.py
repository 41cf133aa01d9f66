"""Unit names: wrapped names, joint leads, aliases, and unknown names kept apart."""

import pytest

from chizhou_desk.units import Unit, UnitRegistry, load_city_registry, normalise, split_names


@pytest.fixture
def chizhou() -> UnitRegistry:
    city, units = load_city_registry("池州市人民政府")
    assert city == "池州"
    return UnitRegistry(units)


@pytest.mark.parametrize("raw, expected", [
    ("市工业和 信息化局", "市工业和信息化局"),
    ("市工业和\n信息化局", "市工业和信息化局"),
    ("  市财政局。", "市财政局"),
    ("市住房\u3000城乡建设局", "市住房城乡建设局"),
])
def test_normalise_undoes_wrapping(raw, expected):
    assert normalise(raw) == expected


def test_wrapped_joint_lead_splits_into_two_units_without_a_registry():
    assert split_names("市委人才 工作局 市人力资源 社会保障局") == ["市委人才工作局", "市人力资源社会保障局"]


def test_wrapped_joint_lead_resolves_to_canonical_names(chizhou):
    names, unknown = chizhou.split("市委人才 工作局 市人力资源 社会保障局")
    assert names == ["市委人才工作局", "市人力资源社会保障局"] and unknown == []


def test_punctuated_list_gives_three_and_reports_the_unknown(chizhou):
    names, unknown = chizhou.split("市发改委,各县区政府、市开发区管委")
    assert names == ["市发展改革委", "各县区政府", "市开发区管委"]
    assert unknown == ["各县区政府", "市开发区管委"]


@pytest.mark.parametrize("raw", ["市发改委，市财政局", "市发改委;市财政局", "市发改委 市财政局",
                                 "市发改委/市财政局", "市发改委\n市财政局"])
def test_every_separator_splits(chizhou, raw):
    assert chizhou.split(raw) == (["市发展改革委", "市财政局"], [])


def test_a_wrapped_name_ending_in_a_unit_word_is_not_cut(chizhou):
    # "市政府" ends like a unit, but "办公室" does not start a new one
    assert split_names("市政府 办公室") == ["市政府办公室"]
    assert split_names("市委 人才工作局") == ["市委人才工作局"]


@pytest.mark.parametrize("alias, canonical", [
    ("市发改委", "市发展改革委"), ("市发展和改革委员会", "市发展改革委"),
    ("市人社局", "市人力资源社会保障局"), ("市经信局", "市工业和信息化局"),
    ("市发展改革委", "市发展改革委"), ("市 发改委", "市发展改革委"),
])
def test_aliases_resolve(chizhou, alias, canonical):
    assert chizhou.resolve(alias) == canonical


def test_same_unit_twice_in_a_cell_is_listed_once(chizhou):
    assert chizhou.split("市发改委、市发展改革委") == (["市发展改革委"], [])


def test_unknown_similar_name_is_kept_not_merged(chizhou):
    # one character away from an alias: still a different unit until the user says otherwise
    assert chizhou.resolve("市发改局") is None
    assert chizhou.split("市发改局") == (["市发改局"], ["市发改局"])


def test_registry_added_alias_and_first_alias_wins():
    reg = UnitRegistry([Unit("市甲局", "甲局", ["甲局"]), Unit("市乙局", "", ["甲局", "乙局"])])
    assert reg.resolve("甲局") == "市甲局"  # an alias never silently moves to another unit
    assert reg.resolve("乙局") == "市乙局"
    assert [u.name for u in reg.units()] == ["市甲局", "市乙局"]


def test_no_city_registry_for_an_unknown_city():
    assert load_city_registry("某某市人民政府") is None


# --- split rules of issue 10 (the store splits unit cells with the city's registry) ----------

@pytest.mark.parametrize("raw, expected", [
    ("市发改委市财政局", ["市发改委", "市财政局"]),  # run together, no separator
    ("县经信局县商务局县财政局", ["县经信局", "县商务局", "县财政局"]),
    ("市委农办（市农业局）", ["市委农办（市农业局）"]),  # a host office in brackets: never split inside
    ("市委农办（市农业局、市林业局）、市水利局", ["市委农办（市农业局、市林业局）", "市水利局"]),
    ("市政府办公室（市政务服务管理局）市财政局", ["市政府办公室（市政务服务管理局）", "市财政局"]),
    ("市发改委；市财政局;市商务局", ["市发改委", "市财政局", "市商务局"]),
    ("市政府办公室", ["市政府办公室"]),  # 市政府 + 办公室 is one name
    ("市委人才工作局", ["市委人才工作局"]),
    ("发改委、财政局", ["发改委", "财政局"]),
])
def test_split_without_a_registry(raw, expected):
    assert split_names(raw) == expected


@pytest.mark.parametrize("raw, names", [
    ("市发改委市财政局", ["市发展改革委", "市财政局"]),
    ("发改委财政局", ["市发展改革委", "市财政局"]),  # run together and without 市: both known
    ("市发改委、经信局、商务局", ["市发展改革委", "市工业和信息化局", "市商务局"]),  # prefix written once
    ("发改委", ["市发展改革委"]),  # without the 市 prefix
    ("市人力资源 社会保障局 市财政局", ["市人力资源社会保障局", "市财政局"]),
])
def test_split_with_the_chizhou_registry(chizhou, raw, names):
    assert chizhou.split(raw) == (names, [])


def test_prefix_written_once_only_joins_a_known_name(chizhou):
    # 统计局 is not in Chizhou's list: kept as written, not guessed as 市统计局
    assert chizhou.split("市发改委、统计局") == (["市发展改革委", "统计局"], ["统计局"])


@pytest.mark.parametrize("raw, expected", [
    ("市城市管理局（张三）", "市城市管理局"),          # an office not in the registry, with its contact
    ("市城市管理局(王局长)", "市城市管理局"),
    ("市城市管理局（联系人：李四 13900001111）", "市城市管理局"),
    ("市委农办（市农业农村局）", "市委农办（市农业农村局）"),  # a host office stays with its office
    ("池州经开区（江南新兴产业集中区）", "池州经开区（江南新兴产业集中区）"),
])
def test_a_person_in_brackets_is_not_part_of_an_unknown_unit(raw, expected):
    names, unknown = UnitRegistry([]).split(raw)
    assert names == [expected] and unknown == [expected]
