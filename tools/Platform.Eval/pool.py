#!/usr/bin/env python3
"""Pools the predictions that eval-corpora.sh wrote for several corpora into one figure.

    python3 tools/Platform.Eval/pool.py OUT rules|all CORPUS... [--per-category]

OUT is eval-corpora.sh's output folder (OUT/<corpus>.<rules|all>.jsonl). Prints macro-F1 over the nine categories
(F1 per category from the pooled counts, then the mean), decision accuracy and the number of benign items blocked;
with --per-category also precision, recall and F1 per category. Corpus names as in eval-corpora.sh ("dev" is the
shared development corpus).
"""
import json
import os
import sys

CATEGORIES = ("off_platform_contact mlm stealth_marketing uncertain_compensation unpaid_sample external_tos "
              "fake_official remote_desktop other_illegal").split()
ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")


def corpus_path(name):
    if name == "dev":
        return os.path.join(ROOT, "..", "shared", "corpus", "dev.jsonl")
    return os.path.join(ROOT, "tests", "corpus", name + ".jsonl")


def main(argv):
    per_category = "--per-category" in argv
    args = [a for a in argv if a != "--per-category"]
    if len(args) < 3 or args[1] not in ("rules", "all"):
        sys.exit(__doc__)
    out, which, corpora = args[0], args[1], args[2:]
    tp = dict.fromkeys(CATEGORIES, 0)
    fp = dict.fromkeys(CATEGORIES, 0)
    fn = dict.fromkeys(CATEGORIES, 0)
    items = right = benign_blocked = 0
    for name in corpora:
        with open(corpus_path(name), encoding="utf-8") as f:
            gold = {item["id"]: item for item in map(json.loads, f)}
        with open(os.path.join(out, f"{name}.{which}.jsonl"), encoding="utf-8") as f:
            for predicted in map(json.loads, f):
                expected = gold[predicted["id"]]
                labels, got = set(expected["labels"]), set(predicted["labels"])
                for c in CATEGORIES:
                    tp[c] += c in labels and c in got
                    fp[c] += c in got and c not in labels
                    fn[c] += c in labels and c not in got
                items += 1
                right += predicted["decision"] == expected["decision"]
                benign_blocked += not labels and predicted["decision"] == "block"
    f1s = []
    for c in CATEGORIES:
        precision = tp[c] / (tp[c] + fp[c]) if tp[c] + fp[c] else 0.0
        recall = tp[c] / (tp[c] + fn[c]) if tp[c] + fn[c] else 0.0
        f1s.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
        if per_category:
            print(f"{c:<24} precision {precision:.3f} recall {recall:.3f} f1 {f1s[-1]:.3f}")
    print(f"{which}: {items} items, macro-F1 {sum(f1s) / len(f1s):.3f}, decision accuracy {right / items:.3f}, "
          f"benign items blocked {benign_blocked}")


if __name__ == "__main__":
    main(sys.argv[1:])
