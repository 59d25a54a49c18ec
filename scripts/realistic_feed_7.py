#!/usr/bin/env python3
"""Brink's seventh realistic benchmark feed: assembles the two blind-written parts.

The parts (realistic_feed_7_parts/part_a.py: the scripted episodes and their truth, the episode
pairs outside their windows and two wars; part_b.py: tense and calm pairs and round-ups) were
written by two hands who never read Brink's code, lexicons or other feeds. feed_assembly.py
merges them (see there).

    python3 scripts/realistic_feed_7.py           # write both .jsonl files
    python3 scripts/realistic_feed_7.py --check   # regenerate in memory, compare byte for byte, validate
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "realistic_feed_7_parts"))
import feed_assembly  # noqa: E402
import part_a  # noqa: E402
import part_b  # noqa: E402

BENCH = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "io", "brink", "bench")

if __name__ == "__main__":
    feed_assembly.main([part_a, part_b], part_a, "r7", "2026-12-14T00:00:00Z", "2026-12-28T00:00:00Z",
                       os.path.join(BENCH, "realistic-feed-7.jsonl"), os.path.join(BENCH, "realistic-episodes-7.jsonl"),
                       text_range=(80, 2100), first_report_minutes=30)
