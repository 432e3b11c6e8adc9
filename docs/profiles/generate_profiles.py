#!/usr/bin/env python3
"""Writes the walker profiles' custom models (navigation-core/src/main/resources/profiles/*.json).

A crossing should cost a fixed detour in metres, whatever the length of the edge it lies on. A
custom-model priority multiplies the whole edge, so each penalty P (metres per crossing, carried by
the two edges that meet at the crossing node) is written as length bands of `edge_length` (whole
metres): priority = L / (L + P/2) for a representative length L of the band. Each band spans a factor
of about 4/3, so an edge's share of the penalty is within about 20 % of P/2.

Why each penalty is there, with sources: docs/profiles.md. Run: python3 docs/profiles/generate_profiles.py
"""
import json
import pathlib

MAX_EDGE_LENGTH = 1023  # edge_length has 10 bits (EdgeLengthParser.DEFAULT_BITS)


def length_bands():
    """(low, high, representative) with low <= edge_length < high; the first has no low, the last no high."""
    bounds = [1]
    while bounds[-1] < MAX_EDGE_LENGTH:
        bounds.append(max(bounds[-1] + 1, round(bounds[-1] * 4 / 3)))
    bands = [(None, 1, 0.5)]
    for low, high in zip(bounds, bounds[1:]):
        # whole metres are rounded: the band holds lengths from low - 0.5 to high - 0.5
        bands.append((low, high, ((low - 0.5) * (high - 0.5)) ** 0.5))
    bands[-1] = (bands[-1][0], None, bands[-1][2])
    return bands


BANDS = length_bands()
OUT = pathlib.Path(__file__).resolve().parents[2] / "navigation-core/src/main/resources/profiles"

BASE = [
    {"if": "!foot_access || hike_rating >= 2 || road_class == CONSTRUCTION", "multiply_by": "0"},
    {"else": "", "multiply_by": "foot_priority"},
    {"if": "foot_road_access == PRIVATE", "multiply_by": "0.1"},
]
# Planners' obstacles, written at run time (ObstacleOverlay): blocking ones close the edge, hazards
# make it five times as costly, so routes pass only when there is no reasonable way around.
OBSTACLES = [
    {"if": "obstacle_blocked", "multiply_by": "0"},
    {"else_if": "obstacle_hazard", "multiply_by": "0.2"},
]
SPEED = [{"if": "true", "limit_to": "foot_average_speed"}]
MAJOR = "(road_class == TRUNK || road_class == PRIMARY || road_class == SECONDARY || road_class == TERTIARY)"
MINOR = "(road_class == RESIDENTIAL || road_class == UNCLASSIFIED || road_class == SERVICE || road_class == ROAD)"
UNSIGNALLED = "crossing != TRAFFIC_SIGNALS"
NO_ACOUSTIC = "crossing == TRAFFIC_SIGNALS && !traffic_signals_sound && !traffic_signals_vibration"
# a crossing that is tagged, or untagged where the map tags crossings: the profiles' full penalties
KNOWN_CROSSING = "(crossing != MISSING || crossings_mapped)"
SIGNALS_WITH_SOUND = "crossing == TRAFFIC_SIGNALS && (traffic_signals_sound || traffic_signals_vibration)"


def bands(metres):
    """The priorities that make an edge carry `metres` / 2 whatever its length: one per length band."""
    statements = []
    for low, high, representative in BANDS:
        priority = f"{representative / (representative + metres / 2):.4g}"
        if low is None:
            statements.append({"if": f"edge_length < {high}", "multiply_by": priority})
        elif high is not None:
            statements.append({"else_if": f"edge_length < {high}", "multiply_by": priority})
        else:
            statements.append({"else": "", "multiply_by": priority})
    return statements


def crossings(p):
    """The crossing rules: one chain of cases, dearest first, so that an edge pays for one case only.

    A case holds everything one crossing costs (with or without tactile paving, ...). An edge with a
    crossing at each end (a mapped one and a junction, say) pays for the dearer: two priorities on one
    edge would multiply, and on a 9 m edge two quiet crossings would cost some 30 km instead of their
    two halves, about 1 km.
    """
    tactile = p.get("no_tactile", 0)
    cases = []
    for condition, metres, street in [
        (f"crossed_road == BUSY && {UNSIGNALLED}", p["busy"], True),
        (f"crossed_road == BUSY && {NO_ACOUSTIC}", p["signals_without_sound"], True),
        (f"crossed_road == BUSY && {SIGNALS_WITH_SOUND}", 0, True),
        (f"crossed_road == QUIET && {UNSIGNALLED} && crossing != MARKED", p["quiet"], True),
        ("crossed_road == QUIET && crossing == MARKED", p["quiet_marked"], True),
        ("crossed_road == QUIET && crossing == TRAFFIC_SIGNALS", 0, True),
        (f"crossed_road == SERVICE && {UNSIGNALLED}", p["service"], True),
        ("crossed_road == SERVICE && crossing == TRAFFIC_SIGNALS", 0, True),
        ("crossed_road == DRIVEWAY", p["driveway"], False),
    ]:
        if street and UNSIGNALLED in condition:
            # an untagged crossing where the map tags almost none is unknown, not unmarked
            condition = f"{condition} && {KNOWN_CROSSING}"
        if street and tactile:
            # a street crossing without tactile paving costs that much more
            cases.append((f"{condition} && tactile_paving == YES", metres))
            cases.append((f"{condition} && tactile_paving != YES", metres + tactile))
        else:
            cases.append((condition, metres))
    # the implicit crossing at a junction; a busy one does not add to a busy mapped crossing
    cases.append(("junction_crossing == BUSY && crossed_road != BUSY && crossings_mapped", p["busy"]))
    cases.append(("junction_crossing == QUIET && crossings_mapped", p["quiet"]))
    cases.append(("junction_crossing == SERVICE && crossings_mapped", p["service"]))
    cases.append(("junction_crossing == DRIVEWAY", p["driveway"]))
    # a foot way that ends at a road away from a crossing: a crossing for a walker on the road's other
    # edge, which an edge's cost cannot know, so half a crossing's detour, all of it on the one edge
    cases.append(("joined_road == BUSY && crossings_mapped", p["busy"]))
    cases.append(("joined_road == QUIET && crossings_mapped", p["quiet"]))
    cases.append(("joined_road == SERVICE && crossings_mapped", p["service"]))
    # the same places where the map does not say how crossings are built: priced by the road's class
    thin = p["unmapped"]
    for road in ("BUSY", "QUIET", "SERVICE"):
        cases.append((f"crossed_road == {road} && crossing == MISSING && !crossings_mapped", thin[road]))
        if road == "BUSY":
            cases.append(("junction_crossing == BUSY && crossed_road != BUSY && !crossings_mapped", thin[road]))
        else:
            cases.append((f"junction_crossing == {road} && !crossings_mapped", thin[road]))
        cases.append((f"joined_road == {road} && !crossings_mapped", thin[road]))
    # a case of 0 m would write priorities of 1.0: leave it out (the dearest-first order keeps it last anyway)
    dearest_first = sorted((case for case in cases if case[1] > 0), key=lambda case: -case[1])
    chain = [{"if" if i == 0 else "else_if": condition, "do": bands(metres)}
             for i, (condition, metres) in enumerate(dearest_first)]
    # most edges cross nothing: one test skips all crossing rules for them (routing speed)
    return [{"if": "crossed_road != NONE || junction_crossing != NONE || joined_road != NONE", "do": chain}]


def roads(p):
    return [
        {"if": "sidewalk == SEPARATE", "multiply_by": "0.3"},
        {"else_if": f"{MAJOR} && sidewalk == NO", "multiply_by": p["major_no_sidewalk"]},
        # where crossings are barely mapped, sidewalks are too: no sidewalk tag says little there
        {"else_if": f"{MAJOR} && sidewalk == MISSING && crossings_mapped", "multiply_by": p["major_unknown_sidewalk"]},
        {"else_if": f"{MAJOR} && sidewalk == MISSING", "multiply_by": p["unmapped"]["SIDEWALK"]},
        {"else_if": f"{MINOR} && sidewalk == NO", "multiply_by": p["minor_no_sidewalk"]},
    ]


PROFILES = {
    "blind_cane": dict(busy=5000, signals_without_sound=150, quiet=1000, quiet_marked=600, service=600, driveway=15,
                       no_tactile=40, unmapped=dict(BUSY=1000, QUIET=150, SERVICE=100, SIDEWALK="0.7"),
                       major_no_sidewalk="0.05", major_unknown_sidewalk="0.4", minor_no_sidewalk="0.5",
                       extra=[
                           {"if": "shared_path == NOT_SEGREGATED", "multiply_by": "0.4"},
                           {"else_if": "shared_path == SEGREGATED", "multiply_by": "0.85"},
                           {"if": "road_class == STEPS && handrail", "multiply_by": "0.5"},
                           {"else_if": "road_class == STEPS", "multiply_by": "0.3"},
                           {"if": "road_class == STEPS && step_count > 15", "multiply_by": "0.7"},
                           {"if": "kerb == FLUSH && tactile_paving != YES", "multiply_by": "0.5"},
                           {"else_if": "kerb == RAISED", "multiply_by": "0.7"},
                           {"if": "surface == GRAVEL || surface == DIRT || surface == GRASS || surface == SAND || surface == GROUND || surface == FINE_GRAVEL", "multiply_by": "0.7"},
                       ]),
    "guide_dog": dict(busy=5000, signals_without_sound=60, quiet=700, quiet_marked=400, service=400, driveway=10,
                      unmapped=dict(BUSY=1000, QUIET=120, SERVICE=80, SIDEWALK="0.7"), major_no_sidewalk="0.05", major_unknown_sidewalk="0.4", minor_no_sidewalk="0.5",
                      extra=[
                          {"if": "shared_path == NOT_SEGREGATED", "multiply_by": "0.5"},
                          {"else_if": "shared_path == SEGREGATED", "multiply_by": "0.85"},
                          {"if": "road_class == STEPS && handrail", "multiply_by": "0.8"},
                          {"else_if": "road_class == STEPS", "multiply_by": "0.6"},
                      ]),
    "low_vision": dict(busy=3000, signals_without_sound=0, quiet=400, quiet_marked=80, service=250, driveway=5,
                       unmapped=dict(BUSY=600, QUIET=60, SERVICE=40, SIDEWALK="0.8"), major_no_sidewalk="0.1", major_unknown_sidewalk="0.6", minor_no_sidewalk="0.6",
                       extra=[
                           {"if": "shared_path == NOT_SEGREGATED", "multiply_by": "0.6"},
                           {"if": "road_class == STEPS && handrail", "multiply_by": "0.7"},
                           {"else_if": "road_class == STEPS", "multiply_by": "0.4"},
                           {"if": "kerb == RAISED", "multiply_by": "0.7"},
                           {"if": "!lit", "multiply_by": "0.9"},
                           {"if": "smoothness == BAD || smoothness == VERY_BAD || smoothness == HORRIBLE", "multiply_by": "0.7"},
                       ]),
}

for name, p in PROFILES.items():
    priority = BASE + OBSTACLES + crossings(p) + roads(p) + p["extra"]
    model = {"priority": priority, "speed": SPEED}
    (OUT / f"{name}.json").write_text(json.dumps(model, indent=2) + "\n")
    print(f"wrote {name}.json ({len(priority)} priority statements)")
