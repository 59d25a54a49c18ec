"""Assembles a realistic benchmark feed from parts written blind (feeds 5 and 6).

Each part module has `articles()` returning dicts with source, published, title, text, language,
kind ("routine", "roundup" or "episode") and pairs; the episodes' part also has EPISODES. This
module only merges them: it drops what a part put inside an episode's window on that episode's
pair (routine coverage is suppressed there), sorts by publication time, assigns ids and urls,
and writes the feed and its truth file, or with --check regenerates them in memory, compares
byte for byte and validates.
"""
import json
import re
import sys
import unicodedata
from datetime import datetime, timedelta

DOMAINS = {
    "Northgate Wire": "northgatewire.com", "Brief Wire Service": "bws-news.com",
    "Asia Current": "asiacurrent.net", "The Sahel Monitor": "sahelmonitor.org",
    "Andes Post": "andespost.com", "Levant Dispatch": "levantdispatch.com",
    "Eurasia Brief": "eurasiabrief.net", "The Daily Record": "dailyrecord-news.com",
    "Capital Markets Journal": "cmjournal.com", "LiveDesk": "livedesk.news",
    "Policy Ledger": "policyledger.org", "PR Channel": "prchannel.net",
    "Crescent News Agency": "crescentnews.org", "Diario del Pacífico": "diariodelpacifico.com",
    "L'Écho de l'Ouest africain": "echo-ouest.africa", "Zeitspiegel Ost": "zeitspiegel-ost.de",
    "المشرق اليوم": "almashreq-today.net", "Кавказский обозреватель": "kavkaz-observer.ru",
    "亚洲时讯": "asia-times-cn.com", "Correio do Sul": "correiodosul.com.br",
}
LANGUAGES = {"Diario del Pacífico": "es", "L'Écho de l'Ouest africain": "fr", "Zeitspiegel Ost": "de",
             "المشرق اليوم": "ar", "Кавказский обозреватель": "ru", "亚洲时讯": "zh", "Correio do Sul": "pt"}


def pair_key(pair):
    """A pair as Brink names it: its two codes in alphabetical order ("IND-CHN" is CHN-IND)."""
    return "-".join(sorted(pair.split("-")))


def in_window(article, episode):
    return episode["start"] <= article["published"] <= episode["end"]


def suppressed(article, episodes):
    """Routine coverage or a round-up on an episode pair inside that episode's window."""
    if article["kind"] == "episode":
        return False
    pairs = {pair_key(p) for p in article["pairs"]}
    return any(e["pair"] in pairs and in_window(article, e) for e in episodes)


def slug(title, n):
    ascii_title = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_title.lower()).strip("-")[:60].strip("-")
    return (words or "article") + "-%06d" % n


def build(parts, episodes_part, prefix):
    episodes = [dict(e, pair=pair_key(e["pair"])) for e in episodes_part.EPISODES]
    merged = [a for part in parts for a in part.articles() if not suppressed(a, episodes)]
    merged.sort(key=lambda a: (a["published"], a["source"], a["title"]))
    feed = []
    for n, a in enumerate(merged, 1):
        day = a["published"][:10].replace("-", "/")
        feed.append({"id": "%s-%06d" % (prefix, n),
                     "url": "https://%s/%s/%s" % (DOMAINS[a["source"]], day, slug(a["title"], n)),
                     "source": a["source"], "published": a["published"], "title": a["title"],
                     "text": a["text"], "language": a["language"]})
    lines = "".join(json.dumps(a, ensure_ascii=False) + "\n" for a in feed)
    truth = "".join(json.dumps({k: e[k] for k in ("pair", "kind", "start", "end", "note")}, ensure_ascii=False)
                    + "\n" for e in episodes)
    return feed, episodes, lines, truth


def validate(feed, episodes, start, end, text_range=(300, 1200), first_report_minutes=0):
    errors = []
    ids = [a["id"] for a in feed]
    if len(set(ids)) != len(ids) or len({a["url"] for a in feed}) != len(feed):
        errors.append("ids or urls repeat")
    for a in feed:
        if not start <= a["published"] < end:
            errors.append("%s published outside the feed's fortnight" % a["id"])
        if a["language"] != LANGUAGES.get(a["source"], "en"):
            errors.append("%s: %s is not the language of %s" % (a["id"], a["language"], a["source"]))
        if not text_range[0] <= len(a["text"]) <= text_range[1]:
            errors.append("%s: text of %d characters" % (a["id"], len(a["text"])))
    if [a["published"] for a in feed] != sorted(a["published"] for a in feed):
        errors.append("not sorted by published")
    for e in episodes:
        latest = (datetime.strptime(e["start"], "%Y-%m-%dT%H:%M:%SZ")
                  + timedelta(minutes=first_report_minutes)).strftime("%Y-%m-%dT%H:%M:%SZ")
        first = [a for a in feed if e["start"] <= a["published"] <= latest]
        if not first:
            errors.append("%s: no article within %d minutes of the episode's start" % (e["pair"], first_report_minutes))
        if e["pair"] != "-".join(sorted(e["pair"].split("-"))) or e["kind"] not in ("ESCALATION", "DEESCALATION"):
            errors.append("%s: pair or kind malformed" % e["pair"])
    return errors


def main(parts, episodes_part, prefix, start, end, feed_path, truth_path, text_range=(300, 1200),
         first_report_minutes=0):
    """first_report_minutes: how long after an episode's start its first report may come (0: at the start)."""
    feed, episodes, lines, truth = build(parts, episodes_part, prefix)
    if "--check" in sys.argv[1:]:
        with open(feed_path, encoding="utf-8") as f:
            same_feed = f.read() == lines
        with open(truth_path, encoding="utf-8") as f:
            same_truth = f.read() == truth
        errors = validate(feed, episodes, start, end, text_range, first_report_minutes)
        if not same_feed or not same_truth:
            errors.append("the committed files differ from what the parts generate")
        for e in errors:
            print("error:", e)
        print("%d articles, %d episodes: %s" % (len(feed), len(episodes), "ok" if not errors else "FAILED"))
        sys.exit(1 if errors else 0)
    with open(feed_path, "w", encoding="utf-8") as f:
        f.write(lines)
    with open(truth_path, "w", encoding="utf-8") as f:
        f.write(truth)
    print("%d articles, %d episodes written" % (len(feed), len(episodes)))
