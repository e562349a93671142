#!/usr/bin/env python3
"""How well Marsad's event confidence is calibrated against gold annotations.

Usage: confidence_calibration.py GOLD_DIR RECORDS.jsonl [--bins N] [--fit TABLE.tsv]

Each event of RECORDS (marsad extract output) is right when the gold scorer
(../shared/eval/score.py, next to the gold files) matches it to a gold event of its
document. Events are put in bins by confidence (N equal-width bins, 10 by default); the
expected calibration error (ECE) is the average, weighted by bin size, of the gap between a
bin's mean confidence and the share of its events that are right. Prints one line per bin
and the ECE. Documents without a gold file are left out.

With --fit, it also writes the table the event stage reads its confidence from
(marsad-core/src/main/resources/org/marsad/event/confidence.tsv): for each kind of event, told
apart by what its record shows (a recipient named or not; negated or hypothetical or not; the
actor a person or not), the share of such events that are right, pulled towards the share over
all events by FOUR pseudo-events (so a kind seen a few times is not trusted more than that).
"""
import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold_dir", type=Path)
    parser.add_argument("records", type=Path)
    parser.add_argument("--bins", type=int, default=10)
    parser.add_argument("--fit", type=Path)
    a = parser.parse_args(argv[1:])
    gold_dir, records, bins = a.gold_dir, a.records, a.bins
    sys.path.insert(0, str(gold_dir.resolve().parent))
    import score  # the gold scorer, beside the gold folders

    golds = {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in gold_dir.glob("*.json")}
    by_bin = defaultdict(list)
    by_kind = defaultdict(list)
    for line in records.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc = json.loads(line)
        if doc.get("id") not in golds:
            continue
        for event in doc.get("events", []):
            one = dict(doc, events=[event])
            right = score.score_doc(golds[doc["id"]], one)["events"][0]
            p = float(event.get("confidence", 0))
            by_bin[min(int(p * bins), bins - 1)].append((p, right))
            by_kind[kind(doc, event)].append(right)
    total = sum(len(v) for v in by_bin.values())
    if not total:
        print("no events in documents with gold annotations", file=sys.stderr)
        return 2
    ece = 0.0
    for b in sorted(by_bin):
        items = by_bin[b]
        conf = sum(p for p, _ in items) / len(items)
        acc = sum(r for _, r in items) / len(items)
        ece += len(items) / total * abs(conf - acc)
        print(f"confidence {b / bins:.1f}-{(b + 1) / bins:.1f}: {len(items)} events,"
              f" mean confidence {conf:.3f}, right {acc:.3f}")
    print(f"events {total}, right {sum(r for v in by_bin.values() for _, r in v)},"
          f" expected calibration error {ece:.3f}")
    if a.fit:
        fit(by_kind, a.fit)
    return 0


PSEUDO = 4


def kind(doc, event):
    """What the record shows of an event: (recipient named, negated or hypothetical, person)."""
    actor = next((e for e in doc.get("entities", []) if e["id"] == event.get("actor")), {})
    return (event.get("recipient") is not None,
            bool(event.get("negated")) or bool(event.get("hypothetical")),
            actor.get("type") == "PERSON")


def fit(by_kind, out):
    """Writes the confidence table: each kind's share of right events, smoothed."""
    everything = [r for v in by_kind.values() for r in v]
    overall = sum(everything) / len(everything)
    yes = {True: "yes", False: "no"}
    lines = [
        "# Event confidence: the share of events of each kind that the news gold finds right.",
        "# Made by: ./marsad extract --out news.jsonl ../shared/corpus/news; python3"
        " tools/confidence_calibration.py ../shared/eval/news news.jsonl --fit " + out.name,
        f"# {len(everything)} events, {sum(everything)} right; each kind pulled towards"
        f" {overall:.3f} by {PSEUDO} pseudo-events.",
        "# recipient\tnegated_or_hypothetical\tperson\tconfidence\tevents",
    ]
    for rec in (True, False):
        for neg in (False, True):
            for person in (False, True):
                rights = by_kind.get((rec, neg, person), [])
                value = (sum(rights) + PSEUDO * overall) / (len(rights) + PSEUDO)
                lines.append(f"{yes[rec]}\t{yes[neg]}\t{yes[person]}\t{value:.2f}\t{len(rights)}")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
