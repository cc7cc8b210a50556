#!/usr/bin/env python3
"""Builds the example web pages, JSONL dump and WARC archive in examples/ (python3 stdlib only).

The stories come from examples/*.txt (line 1 headline, blank line, paragraphs) when there are
any, plus two short stories of our own written below, so the outputs exist even without them.
Run from anywhere:  python3 tools/make_examples.py
"""
import gzip
import html
import io
import json
import pathlib

EXAMPLES = pathlib.Path(__file__).resolve().parent.parent / "examples"

OWN_STORIES = [
    {
        "slug": "harbour-talks",
        "date": "2024-03-12",
        "author": "Staff reporter",
        "title": "Port operators and dockworkers resume talks in Rotterdam",
        "paragraphs": [
            "ROTTERDAM, March 12 (Dateline Wire) - Port operators and the dockworkers' union met on Tuesday "
            "for the first time since a two-day strike halted container traffic last week.",
            "\"We came back to the table because nobody wins when the cranes stand still,\" union leader "
            "Marit de Vries told reporters after the meeting.",
            "The Dutch transport minister urged both sides to reach an agreement before the end of the month, "
            "saying the shutdown had cost shippers millions of euros.",
            "Talks are due to continue on Thursday.",
        ],
    },
    {
        "slug": "river-aid",
        "date": "2024-05-02",
        "author": "Dateline Wire",
        "title": "Kenya sends flood relief to villages along the Tana River",
        "paragraphs": [
            "NAIROBI, May 2 (Dateline Wire) - Kenya's government sent food and medical supplies on Thursday "
            "to villages cut off by flooding along the Tana River.",
            "The Kenya Red Cross said more than 4,000 families had left their homes since the rains began in April.",
            "\"The water is still rising in places we cannot reach by road,\" a Red Cross coordinator said, "
            "adding that helicopters would carry supplies to the worst-hit areas.",
            "Officials in Garissa County criticised the slow response and called for more boats.",
        ],
    },
]


def txt_stories():
    stories = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        lines = path.read_text(encoding="utf-8").split("\n")
        title = lines[0].strip()
        body = "\n".join(lines[1:]).strip()
        paragraphs = [" ".join(p.split()) for p in body.split("\n\n") if p.strip()]
        if title and paragraphs:
            stories.append({"slug": path.stem, "title": title, "paragraphs": paragraphs})
    return stories


def page(story):
    """A news page with the furniture extraction must leave out: menu, teasers, cookie notice."""
    meta = ""
    if story.get("date"):
        meta += f'<meta property="article:published_time" content="{story["date"]}T09:30:00Z">\n'
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": story["title"]}
    if story.get("date"):
        ld["datePublished"] = story["date"]
    if story.get("author"):
        ld["author"] = {"@type": "Person", "name": story["author"]}
    body = "\n".join(f"      <p>{html.escape(p, quote=False)}</p>" for p in story["paragraphs"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(story["title"])} | Dateline Example News</title>
<meta property="og:title" content="{html.escape(story["title"])}">
{meta}<script type="application/ld+json">{json.dumps(ld)}</script>
<style>body {{ font-family: serif; }}</style>
</head>
<body>
  <nav class="site-menu"><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
  <div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
  <main>
    <article class="story">
      <h1>{html.escape(story["title"])}</h1>
{body}
    </article>
    <aside class="related"><h2>Read more</h2><ul><li><a href="/a">Markets close higher</a></li>
      <li><a href="/b">Weather warning for the weekend</a></li></ul></aside>
  </main>
  <footer>Copyright Dateline Example News. All rights reserved.</footer>
</body>
</html>
"""


def warc_record(url, payload, record_id):
    http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
            + f"Content-Length: {len(payload)}\r\n\r\n".encode() + payload)
    head = (f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\n"
            f"WARC-Date: 2024-06-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:{record_id}>\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def main():
    stories = OWN_STORIES + txt_stories()
    for s in OWN_STORIES:
        (EXAMPLES / f"{s['slug']}.html").write_text(page(s), encoding="utf-8")
    with open(EXAMPLES / "wire.jsonl", "w", encoding="utf-8") as out:
        for s in stories:
            row = {"id": s["slug"], "title": s["title"], "text": "\n\n".join(s["paragraphs"])}
            if s.get("date"):
                row["date"] = s["date"]
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    buf = io.BytesIO()
    for i, s in enumerate(stories):
        record = warc_record(f"https://news.example/{s['slug']}", page(s).encode("utf-8"),
                             f"00000000-0000-4000-8000-{i:012d}")
        buf.write(gzip.compress(record, mtime=0))  # one gzip member per record, as crawlers write
    (EXAMPLES / "archive.warc.gz").write_bytes(buf.getvalue())
    print(f"make_examples: {len(stories)} stories -> {len(OWN_STORIES)} pages, wire.jsonl, archive.warc.gz")


if __name__ == "__main__":
    main()
