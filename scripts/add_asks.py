#!/usr/bin/env python3
"""Append example questions ("asks") to rule files, keeping each file's own layout.

Usage: scripts/add_asks.py ADDITIONS.yaml [CORPUS]
ADDITIONS (YAML or the line format, several joined by commas) maps a rule id to {en: [...], zh-Hans: [...], zh-Hant: [...]}.
Questions a rule already has (same text, any case) are skipped.
"""
import glob, json, os, sys
import yaml

def quote(text):
    return json.dumps(text, ensure_ascii=False)

def needs_quote(text):
    try:
        return yaml.safe_load("- " + text) != [text]
    except yaml.YAMLError:
        return True

def additions_from(path, additions):
    """Either YAML, or lines: `@rule.id`, `=en` (a language), then one question a line; `#` comments."""
    text = open(path, encoding="utf-8").read()
    if not text.lstrip().startswith("@"):
        for rule, langs in (yaml.safe_load(text) or {}).items():
            for lang, qs in langs.items():
                additions.setdefault(rule, {}).setdefault(lang, []).extend(qs)
        return
    rule = lang = None
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            rule, lang = line[1:].strip(), None
        elif line.startswith("="):
            lang = line[1:].strip()
        else:
            additions.setdefault(rule, {}).setdefault(lang, []).append(line)

def main():
    additions = {}
    for source in sys.argv[1].split(","):
        additions_from(source, additions)
    corpus = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "..", "corpus")
    files = {}
    for path in glob.glob(os.path.join(corpus, "rules", "*", "*.md")):
        text = open(path, encoding="utf-8").read()
        meta = yaml.safe_load(text.split("\n---\n")[0][4:])
        files[meta["id"]] = (path, text, meta)
    unknown = [rule for rule in additions if rule not in files]
    if unknown:
        sys.exit("unknown rule ids: " + ", ".join(unknown))
    added = 0
    for rule, langs in additions.items():
        path, text, meta = files[rule]
        lines = text.split("\n")
        end = lines.index("---", 1)
        start = next(i for i in range(end) if lines[i] == "asks:")
        for lang, questions in (langs or {}).items():
            have = {q.casefold() for q in meta["asks"].get(lang, [])}
            header = next(i for i in range(start + 1, end) if lines[i] == f"  {lang}:")
            last = header
            while last + 1 < end and lines[last + 1].startswith("    - "):
                last += 1
            new = []
            for q in questions:
                q = " ".join(str(q).split())
                if not q or q.casefold() in have:
                    continue
                have.add(q.casefold())
                new.append("    - " + (quote(q) if needs_quote(q) else q))
            lines[last + 1:last + 1] = new
            end += len(new)
            added += len(new)
        text = "\n".join(lines)
        open(path, "w", encoding="utf-8").write(text)
        files[rule] = (path, text, yaml.safe_load(text.split("\n---\n")[0][4:]))
    print(f"added {added} questions")

main()
