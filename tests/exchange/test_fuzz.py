"""Fuzzing the importer: mutated packages and bundles either import or are refused with one
ExchangeRefused, never another exception, and a refusal leaves the database as it was.

The normal run tries a few hundred of each; the thousands more run only when asked for:
`pytest -m slow tests/exchange/test_fuzz.py` (a few minutes)."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange import importer
from desktop.exchange.errors import ExchangeRefused
from desktop.exchange.fhir import build_bundle, load_document
from desktop.exchange.package import write_package


def fuzz(examples: int) -> settings:
    return settings(max_examples=examples, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12)
    | st.sampled_from(["Patient", "CarePlan", "urn:uuid:x", "Patient/1", "2026-13", "1943",
                       "document", "collection", "#x", ""]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(
        st.sampled_from(["reference", "resourceType", "entry", "resource", "fullUrl", "text",
                         "extension", "url", "valueDate", "item", "answer", "x"]),
        inner, max_size=3),
    max_leaves=8)


@pytest.fixture
def asked_for(request) -> None:
    """The long fuzz runs only under `-m slow`, so the normal run stays fast."""
    if "slow" not in (request.config.getoption("markexpr") or ""):
        pytest.skip("the long fuzz runs with -m slow")


@pytest.fixture
def sources(db, full_patient, kit) -> tuple[bytes, dict]:
    bundle = build_bundle(load_document(db, full_patient))
    fhir = json.dumps(bundle).encode()
    return write_package(kit.TINY_PDF, fhir, {"exported_by": "Fuzz"}, kit.PASS), bundle


def _nodes(tree, path=()):
    yield path
    if isinstance(tree, dict):
        for key, value in tree.items():
            yield from _nodes(value, (*path, key))
    elif isinstance(tree, list):
        for i, value in enumerate(tree):
            yield from _nodes(value, (*path, i))


def _mutate_json(tree: dict, data) -> dict:
    tree = copy.deepcopy(tree)
    for _ in range(data.draw(st.integers(1, 4))):
        paths = [p for p in _nodes(tree) if p]
        path = data.draw(st.sampled_from(paths))
        parent = tree
        for step in path[:-1]:
            parent = parent[step]
        action = data.draw(st.sampled_from(["replace", "delete", "duplicate"]))
        if action == "delete":
            del parent[path[-1]]
        elif action == "duplicate" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[path[-1]]))
        else:
            parent[path[-1]] = data.draw(json_values)
    return tree


def _mutate_bytes(blob: bytes, data) -> bytes:
    blob = bytearray(blob)
    for _ in range(data.draw(st.integers(1, 3))):
        if not blob:
            break
        at = data.draw(st.integers(0, len(blob) - 1))
        action = data.draw(st.sampled_from(["flip", "insert", "delete", "truncate", "set"]))
        if action == "flip":
            blob[at] ^= 1 << data.draw(st.integers(0, 7))
        elif action == "insert":
            blob[at:at] = data.draw(st.binary(min_size=1, max_size=8))
        elif action == "delete":
            del blob[at:at + data.draw(st.integers(1, 64))]
        elif action == "truncate":
            del blob[at:]
        else:
            blob[at] = data.draw(st.integers(0, 255))
    return bytes(blob)


def _import_or_refuse(db, path, kit) -> None:
    before = kit.snapshot(db)
    try:
        found = importer.preview(db, path, kit.PASS)
        choice = importer.NEW_PATIENT if found.may_be_new_patient else importer.NEW_VERSION
        importer.apply(db, found, choice)
    except ExchangeRefused as refusal:
        assert str(refusal) and "\n" not in str(refusal)
        assert kit.snapshot(db) == before


def _check_packages(db, sources, kit, tmp_path, data) -> None:
    path = tmp_path / "fuzz.zip"
    path.write_bytes(_mutate_bytes(sources[0], data))
    _import_or_refuse(db, path, kit)


def _check_bundles(db, sources, kit, tmp_path, data) -> None:
    path = tmp_path / "fuzz.json"
    if data.draw(st.booleans()):
        path.write_text(json.dumps(_mutate_json(sources[1], data)), encoding="utf-8")
    else:
        path.write_bytes(_mutate_bytes(json.dumps(sources[1]).encode(), data))
    _import_or_refuse(db, path, kit)


@fuzz(250)
@given(data=st.data())
def test_mutated_packages(db, sources, kit, tmp_path, data) -> None:
    _check_packages(db, sources, kit, tmp_path, data)


@fuzz(200)
@given(data=st.data())
def test_mutated_bundles(db, sources, kit, tmp_path, data) -> None:
    _check_bundles(db, sources, kit, tmp_path, data)


@pytest.mark.slow
@fuzz(3000)
@given(data=st.data())
def test_many_mutated_packages(asked_for, db, sources, kit, tmp_path, data) -> None:
    _check_packages(db, sources, kit, tmp_path, data)


@pytest.mark.slow
@fuzz(3000)
@given(data=st.data())
def test_many_mutated_bundles(asked_for, db, sources, kit, tmp_path, data) -> None:
    _check_bundles(db, sources, kit, tmp_path, data)
