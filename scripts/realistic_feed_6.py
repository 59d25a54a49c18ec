#!/usr/bin/env python3
"""Brink's sixth realistic benchmark feed: assembles the three blind-written parts.

The parts (realistic_feed_6_parts/part_a.py: wars and tense pairs, part_b.py: routine pairs,
part_c.py: the scripted episodes and their truth) were written by three hands who never read
Brink's code, lexicons or other feeds. feed_assembly.py merges them (see there).

    python3 scripts/realistic_feed_6.py           # write both .jsonl files
    python3 scripts/realistic_feed_6.py --check   # regenerate in memory, compare byte for byte, validate
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(HERE, "realistic_feed_6_parts"))
import feed_assembly  # noqa: E402
import part_a  # noqa: E402
import part_b  # noqa: E402
import part_c  # noqa: E402

BENCH = os.path.join(os.path.dirname(HERE), "src", "test", "resources", "io", "brink", "bench")

if __name__ == "__main__":
    feed_assembly.main([part_a, part_b, part_c], part_c, "r6", "2026-11-30T00:00:00Z", "2026-12-14T00:00:00Z",
                       os.path.join(BENCH, "realistic-feed-6.jsonl"), os.path.join(BENCH, "realistic-episodes-6.jsonl"))
