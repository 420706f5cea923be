#!/usr/bin/env python3
"""List rule titles that two rules share, per language: scripts/duplicate_titles.py [corpus/rules]."""
import glob,re,collections,sys
root=sys.argv[1] if len(sys.argv)>1 else 'corpus/rules'
seen=collections.defaultdict(list)
for f in sorted(glob.glob(root+'/**/*.md',recursive=True)):
    t=open(f).read().split('\n---',1)[0]
    m=re.search(r'^title:\n((?:  .*\n)+)',t+'\n',re.M)
    if not m: continue
    for line in m.group(1).split('\n'):
        mm=re.match(r'\s+(en|zh-Hans|zh-Hant):\s*(.*)',line)
        if mm:
            v=mm.group(2).strip().strip('"').strip("'")
            seen[(mm.group(1),v.lower())].append(f)
n=0
for (lang,v),fs in sorted(seen.items()):
    if len(fs)>1: n+=1; print(lang,'|',v,'|',' '.join(fs))
print(n,'duplicates')
