"""The synthetic names, staff and phone numbers the demo data draws from (no real people)."""

from __future__ import annotations

import random

GIVEN_NAMES = (
    "Åse", "Ørjan", "Kåre", "Sølvi", "Bjørn", "Ærlend", "Gunnhild", "Håkon", "Ingrid", "Jørgen",
    "Kristin", "Lars", "Marit", "Nils", "Ola", "Ragnhild", "Sigrid", "Tor", "Unni", "Vegard",
    "Øystein", "Astrid", "Berit", "Eirik", "Frøydis", "Geir", "Hanne", "Inger", "Jon", "Liv",
    "Mathias", "Nora", "Per", "Randi", "Siv", "Torbjørn", "Ida", "Emma", "Aksel", "Máret",
    "Ánde", "Sunniva", "Aleksander", "Yasmin", "Amir", "Leah", "Tobias", "Sofie", "Jonas",
)

FAMILY_NAMES = (
    "Nordmann", "Ødegård", "Bråten", "Sæther", "Løvås", "Hågensen", "Kjærnes", "Åsheim",
    "Berg", "Dahl", "Eriksen", "Fjeld", "Grønli", "Haugen", "Iversen", "Johansen", "Karlsen",
    "Lunde", "Moen", "Næss", "Olsen", "Pettersen", "Rønning", "Solberg", "Tangen", "Ulvestad",
    "Vik", "Wold", "Østby", "Aas", "Bakke", "Strøm", "Sara", "Gaup", "Somby", "Hætta",
)

STAFF = ("Hilde Brå", "Tore Skaug", "Mette Å. Lien", "Siri Kvam", "Arne Ødegaard",
         "Lene Haugsbø")


def _phone(rng: random.Random) -> str:
    return f"{rng.randint(400, 999)} {rng.randint(10, 99)} {rng.randint(100, 999)}"
