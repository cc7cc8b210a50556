#!/usr/bin/env python3
"""The news gold set's tool (docs/annotation.md).

  gold_news.py text SOURCE [NEWID]     print a story's text as the gold offsets count it
  gold_news.py fill FILE...            fill offsets, PLOVER type and mode from the snippets; check
  gold_news.py agree DIR_A DIR_B       agreement of two annotation passes (event, entity, quote)

SOURCE is relative to the shared data folder (default ../shared/data, or $DATELINE_DATA).
"""
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.environ.get("DATELINE_DATA", os.path.join(ROOT, "..", "shared", "data"))
SECTORS = None


def die(msg):
    sys.stderr.write("gold_news: " + msg + "\n")
    sys.exit(2)


def unescape(s):
    s = re.sub(r"&#\d+;", "", s)
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def collapse(s):
    return " ".join(s.split())


def element(doc, tag):
    m = re.search("<" + tag + ">(.*?)</" + tag + ">", doc, re.S)
    return m.group(1) if m else ""


def reuters_story(path, newid):
    sgml = open(path, encoding="latin-1").read()
    for m in re.finditer(r'<REUTERS[^>]*NEWID="(\d+)"[^>]*>(.*?)</REUTERS>', sgml, re.S):
        if int(m.group(1)) != int(newid):
            continue
        doc = m.group(2)
        title = collapse(unescape(element(doc, "TITLE")))
        dateline = collapse(unescape(element(doc, "DATELINE")))
        body = unescape(element(doc, "BODY"))
        date = element(doc, "DATE").strip()
        return title + "\n\n" + dateline + " " + body, date
    die("%s: no NEWID %s" % (path, newid))


def story_text(source, newid=None):
    path = os.path.join(DATA, source)
    if not os.path.exists(path):
        die("no story file " + path)
    if source.endswith(".sgm"):
        return reuters_story(path, newid)[0]
    return open(path, encoding="utf-8", errors="replace").read()


def body_start(text):
    """Where the body begins: after the headline (BBC) or the title (Reuters-21578)."""
    cut = text.find("\n\n")
    return 0 if cut < 0 else cut + 2


def find(text, snippet, what, whole_words=False):
    """Offsets of a snippet in the body, white space matching any run of white space; an
    entity's text matches whole words only ("Iran" is not in "Iranian")."""
    words = snippet.split()
    if not words:
        die("empty snippet in " + what)
    pattern = r"\s+".join(re.escape(w) for w in words)
    if whole_words:
        pattern = r"(?<!\w)" + pattern + r"(?!\w)"
    start = body_start(text)
    hits = [m for m in re.finditer(pattern, text) if m.start() >= start]
    if not hits:
        die("%s: snippet not in the story: %r" % (what, snippet))
    return hits[0].start(), hits[0].end(), len(hits)


def cameo_table():
    table = {}
    for line in open(os.path.join(ROOT, "lexicons", "cameo_events.tsv"), encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        table[cols[0]] = (cols[4] if len(cols) > 4 else "", cols[5] if len(cols) > 5 else "")
    return table


def plover_of(code, table):
    for c in (code, code[:3], code[:2] + "0"):
        if c in table:
            return table[c]
    return ("", "")


def fill(paths):
    table = cameo_table()
    for path in paths:
        g = json.load(open(path, encoding="utf-8"))
        for key in ("id", "source", "events", "entities", "quotes"):
            if key not in g:
                die("%s: no %r" % (path, key))
        text = story_text(g["source"], g.get("newid"))
        warnings = []
        for kind in ("events", "non_events", "entities", "quotes"):
            for i, item in enumerate(g.get(kind, [])):
                field = "text" if kind == "entities" else "snippet"
                what = "%s %s[%d]" % (path, kind, i)
                if field not in item:
                    die(what + ": no " + field)
                s, e, n = find(text, item[field], what, whole_words=kind == "entities")
                item["start"], item["end"] = s, e
                if n > 1 and kind != "entities":
                    warnings.append("%s: snippet occurs %d times, the first is used" % (what, n))
        for i, ev in enumerate(g["events"]):
            what = "%s events[%d]" % (path, i)
            for key in ("source", "target", "cameo"):
                if not ev.get(key):
                    die(what + ": no " + key)
            if not re.fullmatch(r"\d{3,4}", ev["cameo"]) or ev["cameo"].startswith("01"):
                die(what + ": CAMEO code must be 3-4 digits and not root 01: " + ev["cameo"])
            for key in ("source", "target"):
                if not re.fullmatch(r"(IGO[A-Z]*|[A-Z]{3}([A-Z]{3})*)", ev[key]):
                    die("%s: bad actor code %r" % (what, ev[key]))
            p, m = plover_of(ev["cameo"], table)
            ev.setdefault("plover", p)
            ev.setdefault("mode", m or None)
            ev.setdefault("date", g.get("date"))
        for w in warnings:
            sys.stderr.write("warning: " + w + "\n")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(g, f, indent=1, ensure_ascii=False)
            f.write("\n")
        print("%s: %d events, %d entities, %d quotes" % (path, len(g["events"]), len(g["entities"]), len(g["quotes"])))


def actor_key(code):
    """The part of an actor code the event match compares: the country, or the IGO."""
    if code.startswith("IGO"):
        return code[:6]
    return code[:3]


def sentence_of(text, start):
    """A cheap sentence key for agreement between two passes over the same text."""
    a = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    return a


def prf(tp_p, n_p, tp_r, n_g):
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def agree(dir_a, dir_b):
    names = sorted(set(os.listdir(dir_a)) & set(os.listdir(dir_b)))
    if not names:
        die("no story annotated in both passes")
    ev_tp = ev_a = ev_b = 0
    code_tp = 0
    ent_tp = ent_a = ent_b = 0
    cty_same = cty_n = 0
    q_tp = q_a = q_b = 0
    spk_same = 0
    rows = []
    for name in names:
        A = json.load(open(os.path.join(dir_a, name), encoding="utf-8"))
        B = json.load(open(os.path.join(dir_b, name), encoding="utf-8"))
        text = story_text(A["source"], A.get("newid"))

        def ev_keys(g):
            return [(sentence_of(text, e["start"]), actor_key(e["source"]), actor_key(e["target"]), e["cameo"][:2])
                    for e in g["events"]]

        ka, kb = ev_keys(A), ev_keys(B)
        left = list(kb)
        tp = 0
        for i, k in enumerate(ka):
            if k in left:
                j = left.index(k)
                left[j] = None
                tp += 1
                eb = B["events"][kb.index(k)]
                ea = A["events"][i]
                code_tp += ea["cameo"] == eb["cameo"] and ea["source"] == eb["source"] and ea["target"] == eb["target"]
        ev_tp += tp
        ev_a += len(ka)
        ev_b += len(kb)
        rows.append((name, len(ka), len(kb), tp))
        ents_b = {(e["start"], e["end"]): e for e in B["entities"]}
        ent_a += len(A["entities"])
        ent_b += len(B["entities"])
        for e in A["entities"]:
            other = ents_b.get((e["start"], e["end"]))
            if other is None:
                continue
            ent_tp += 1
            if e["type"] in ("PERSON", "ORG", "GPE"):
                cty_n += 1
                cty_same += (e.get("country") or None) == (other.get("country") or None)
        q_a += len(A["quotes"])
        q_b += len(B["quotes"])
        taken = set()
        for q in A["quotes"]:
            for k, r in enumerate(B["quotes"]):
                if k in taken:
                    continue
                if q["start"] < r["end"] + 40 and r["start"] < q["end"] + 40 and abs(q["start"] - r["start"]) < 60:
                    taken.add(k)
                    q_tp += 1
                    spk_same += collapse(str(q.get("speaker"))).split(" ")[-1].lower() == \
                        collapse(str(r.get("speaker"))).split(" ")[-1].lower()
                    break
    p, r, f = prf(ev_tp, ev_b, ev_tp, ev_a)
    ep, er, ef = prf(ent_tp, ent_b, ent_tp, ent_a)
    qp, qr, qf = prf(q_tp, q_b, q_tp, q_a)
    out = {
        "stories": len(names),
        "events_a": ev_a, "events_b": ev_b, "events_matched": ev_tp,
        "event_f1": round(f, 4),
        "event_code_agreement": round(code_tp / ev_tp, 4) if ev_tp else 0.0,
        "entity_f1": round(ef, 4),
        "entity_country_agreement": round(cty_same / cty_n, 4) if cty_n else 0.0,
        "quote_f1": round(qf, 4),
        "speaker_agreement": round(spk_same / q_tp, 4) if q_tp else 0.0,
    }
    print(json.dumps(out, indent=1))
    for name, a, b, tp in rows:
        print("%-32s a %3d  b %3d  both %3d" % (name, a, b, tp))


def main(argv):
    if len(argv) < 2:
        die(__doc__.strip())
    cmd = argv[1]
    if cmd == "text" and len(argv) in (3, 4):
        sys.stdout.write(story_text(argv[2], argv[3] if len(argv) == 4 else None))
    elif cmd == "date" and len(argv) == 4:
        print(reuters_story(os.path.join(DATA, argv[2]), argv[3])[1])
    elif cmd == "fill" and len(argv) > 2:
        fill(argv[2:])
    elif cmd == "agree" and len(argv) == 4:
        agree(argv[2], argv[3])
    else:
        die(__doc__.strip())


if __name__ == "__main__":
    main(sys.argv)
