#!/usr/bin/env python3
"""Issue 11, phase A: the rules data for obligation statuses (in force, upcoming, conditional).

Idempotent text edits of Rules/ (the files are hand-formatted, so they are edited in place rather
than re-serialised): re-run after merging main if a merge conflicts with these edits.
  - facts.json: the facts legacy:transitional, legacy:until-design-change,
    legacy:public-authority-2030 and their derivations (Art. 111(2) as amended by 2026/1744);
    `legacy-transitional` qualifies the high-risk category ("transitional, Art. 111(2)").
  - obligations.json: the high-risk obligations no longer drop the private unchanged legacy case;
    the schedules carry it as a conditional branch (`condition`) instead, with the date of
    Chapter III for the system (Annex III 2 December 2027, Annex I 2 August 2028); the
    public-authority branch (2 August 2030) names the earlier trigger; importers, distributors
    and authorised representatives get their own schedule, since the 2030 deadline of
    Art. 111(2), second sentence, names providers and deployers only.
  - step3-role.json: placed-before and significant-change name the date they ask about.
  - notes.json: the legacy note says the obligations are listed as conditional.
"""
import json, re, sys, pathlib

root = pathlib.Path(__file__).resolve().parent.parent / "Rules"
changed = []

def ws_pattern(compact):
    """A regex matching the JSON text `compact` with any whitespace between tokens."""
    tokens = re.findall(r'"(?:[^"\\]|\\.)*"|[{}\[\],:]|[^\s{}\[\],:"]+', compact)
    return r"\s*".join(re.escape(t) for t in tokens)

def object_around(text, index):
    """The span of the innermost JSON object that contains position `index`."""
    depth, i = 0, index
    while i >= 0:
        c = text[i]
        if c == "}": depth += 1
        elif c == "{":
            if depth == 0: break
            depth -= 1
        i -= 1
    start = i
    depth, i, in_str = 0, start, False
    while i < len(text):
        c = text[i]
        if in_str:
            if c == "\\": i += 1
            elif c == '"': in_str = False
        elif c == '"': in_str = True
        elif c == "{": depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0: return start, i + 1
        i += 1
    raise ValueError("unbalanced JSON")

def indent_block(block, indent):
    lines = block.strip("\n").split("\n")
    return ("\n" + " " * indent).join(lines)

def line_indent(text, index):
    line_start = text.rfind("\n", 0, index) + 1
    return index - line_start

def edit(name, fn):
    path = root / name
    text = path.read_text()
    new = fn(text)
    json.loads(new)  # still valid JSON
    if new != text:
        path.write_text(new)
        changed.append(name)

ANNEX_I_ONLY = '{"fact": "high-risk:annex-i-a"}, {"not": {"fact": "high-risk:annex-iii"}}'
CLASSIFICATION_NL = " Formeel geldt dit artikel al sinds 2 augustus 2026, maar de plicht hangt aan de hoog-risico-indeling; wij volgen de datum daarvan. Andere lezingen bestaan."
CLASSIFICATION_EN = " This article has formally applied since 2 August 2026, but the duty hangs on the high-risk classification; we follow its date. Other readings exist."

def condition(date_nl, date_en):
    return {
        "nl": f"Alleen als het ontwerp van het systeem vanaf {date_nl} aanzienlijk wordt gewijzigd (artikel 111, lid 2, zoals gewijzigd); dan geldt deze verplichting vanaf die wijziging.",
        "en": f"Only if the system's design is changed significantly on or after {date_en} (Art. 111(2), as amended); the obligation then applies from that change.",
    }

def text_obj(t, indent):
    nl = json.dumps(t["nl"], ensure_ascii=False)
    en = json.dumps(t["en"], ensure_ascii=False)
    pad = " " * (indent + 2)
    return "{\n" + pad + '"nl": ' + nl + ",\n" + pad + '"en": ' + en + "\n" + " " * indent + "}"

def conditional_branch(fact, annex_i, classification):
    date, date_nl, date_en = ("2028-08-02", "2 augustus 2028", "2 August 2028") if annex_i else ("2027-12-02", "2 december 2027", "2 December 2027")
    when = f'{{"all": [{{"fact": "{fact}"}}, {ANNEX_I_ONLY}]}}' if annex_i else f'{{"fact": "{fact}"}}'
    lines = ['{', f'  "when": {when},', f'  "date": "{date}",', '  "basis": "Art. 111(2)",',
             '  "condition": ' + text_obj(condition(date_nl, date_en), 2)]
    if classification:
        lines[-1] += ","
        lines.append('  "note": ' + text_obj({"nl": CLASSIFICATION_NL.strip(), "en": CLASSIFICATION_EN.strip()}, 2))
    return "\n".join(lines) + "\n}"

def public_authority_branch(annex_i, classification):
    date_nl, date_en = ("2 augustus 2028", "2 August 2028") if annex_i else ("2 december 2027", "2 December 2027")
    when = f'{{"all": [{{"fact": "legacy:public-authority-2030"}}, {ANNEX_I_ONLY}]}}' if annex_i else '{"fact": "legacy:public-authority-2030"}'
    note = {
        "nl": f"Vóór {date_nl} in de handel gebracht of in gebruik gesteld en het ontwerp niet aanzienlijk gewijzigd, maar bedoeld voor gebruik door overheidsinstanties: uiterlijk op 2 augustus 2030 voldoen (artikel 111, lid 2). Eerder als het ontwerp vanaf {date_nl} aanzienlijk wordt gewijzigd: dan vanaf die wijziging.",
        "en": f"Placed on the market or put into service before {date_en} and its design not significantly changed, but intended to be used by public authorities: comply by 2 August 2030 (Art. 111(2)). Earlier if the design is changed significantly on or after {date_en}: then from that change.",
    }
    if classification:
        note = {"nl": note["nl"] + CLASSIFICATION_NL, "en": note["en"] + CLASSIFICATION_EN}
    return "\n".join(['{', f'  "when": {when},', '  "date": "2030-08-02",', '  "basis": "Art. 111(2)",',
                      '  "note": ' + text_obj(note, 2)]) + "\n}"

OLD_PA_WHEN = ws_pattern('"when": {"all": [{"fact": "legacy:placed-before"}, {"not": {"fact": "legacy:significant-change"}}, {"fact": "legacy:public-authority"}]}')
LEGACY_CLAUSE = r",\s*" + ws_pattern('{"not": {"all": [{"fact": "legacy:placed-before"}, {"not": {"fact": "legacy:significant-change"}}, {"not": {"fact": "legacy:public-authority"}}]}}')

def obligations(text):
    # 1. The schedules: the legacy branches, replacing the old public-authority branch.
    for name, classification in (("high-risk", False), ("high-risk-classification", True)):
        m = re.search(r'"%s": \[' % re.escape(name), text)
        if not m: sys.exit(f"obligations.json: schedule {name} not found")
        first = re.compile(r"\s*").match(text, m.end()).end()
        start, end = object_around(text, first + 1)
        if '"legacy:until-design-change"' in text[start:end]:
            continue
        old = re.compile(OLD_PA_WHEN).search(text, start)
        if not old or old.start() > end:
            sys.exit(f"obligations.json: schedule {name} does not start with the expected public-authority branch")
        indent = line_indent(text, start)
        branches = [conditional_branch("legacy:until-design-change", True, classification),
                    conditional_branch("legacy:until-design-change", False, classification),
                    public_authority_branch(True, classification),
                    public_authority_branch(False, classification)]
        block = (",\n" + " " * indent).join(indent_block(b, indent) for b in branches)
        text = text[:start] + block + text[end:]
    # 2. A schedule for importers, distributors and authorised representatives.
    if '"high-risk-other-operators"' not in text:
        m = re.search(r'\n(\s*)"high-risk-classification": \[', text)
        indent = len(m.group(1))
        branches = [conditional_branch("legacy:transitional", True, False),
                    conditional_branch("legacy:transitional", False, False)]
        hr = re.search(r'"high-risk": \[', text)
        # Reuse the Annex I and Annex III branches of "high-risk" (the last two).
        hr_start, hr_end = hr.end(), object_around(text, text.index('"high-risk-classification"') - 1)
        body = text[hr.end():text.index('"high-risk-classification"')]
        objs, i = [], 0
        while True:
            j = body.find("{", i)
            if j < 0: break
            s, e = object_around(body, j + 1)
            objs.append(body[s:e]); i = e
        tail = [re.sub(r"\n" + " " * (indent + 2), "\n", o) for o in objs[-2:]]
        all_branches = [indent_block(b, indent + 2) for b in branches] + [indent_block(o, indent + 2) for o in tail]
        block = ('"high-risk-other-operators": [\n' + " " * (indent + 2)
                 + (",\n" + " " * (indent + 2)).join(all_branches) + "\n" + " " * indent + "],\n" + " " * indent)
        pos = m.start() + 1 + indent
        text = text[:pos] + block + text[pos:]
    # 3. The obligations: no longer dropped in the private unchanged legacy case.
    text = re.sub(LEGACY_CLAUSE, "", text)
    # 4. Importers, distributors, authorised representatives: their schedule.
    data = json.loads(text)
    for o in data["obligations"]:
        if o["role"] in ("importer", "distributor", "authorised-representative") and o.get("schedule") == "high-risk":
            s, e = object_around(text, text.index(f'"id": "{o["id"]}"'))
            obj = text[s:e].replace('"schedule": "high-risk"', '"schedule": "high-risk-other-operators"', 1)
            text = text[:s] + obj + text[e:]
    return text

NEW_FACTS = '''{
  "id": "legacy:transitional",
  "text": {
    "nl": "Overgangsrecht van artikel 111, lid 2: vóór de toepassingsdatum van hoofdstuk III in de handel gebracht of in gebruik gesteld, en het ontwerp sindsdien niet aanzienlijk gewijzigd",
    "en": "Transitional rule of Art. 111(2): placed on the market or put into service before the Chapter III date, and its design not significantly changed since"
  }
},
{
  "id": "legacy:until-design-change",
  "text": {
    "nl": "De hoog-risico-verplichtingen gelden pas bij een aanzienlijke wijziging van het ontwerp (artikel 111, lid 2)",
    "en": "The high-risk obligations apply only on a significant change in design (Art. 111(2))"
  }
},
{
  "id": "legacy:public-authority-2030",
  "text": {
    "nl": "Bedoeld voor gebruik door overheidsinstanties: aanbieders en gebruiksverantwoordelijken voldoen uiterlijk op 2 augustus 2030 (artikel 111, lid 2)",
    "en": "Intended to be used by public authorities: providers and deployers comply by 2 August 2030 (Art. 111(2))"
  }
}'''

NEW_DERIVATIONS = '''{
  "id": "legacy-transitional",
  "when": {
    "all": [
      {"fact": "high-risk:full"},
      {"fact": "legacy:placed-before"},
      {"not": {"fact": "legacy:significant-change"}}
    ]
  },
  "sets": ["legacy:transitional"],
  "qualifier": {
    "category": "high-risk",
    "text": {"nl": "overgangsrecht, artikel 111, lid 2", "en": "transitional, Art. 111(2)"}
  },
  "sources": [{"ref": "Art. 111(2)", "amendedBy": "2026/1744"}]
},
{
  "id": "legacy-until-design-change",
  "when": {"all": [{"fact": "legacy:transitional"}, {"not": {"fact": "legacy:public-authority"}}]},
  "sets": ["legacy:until-design-change"],
  "sources": [{"ref": "Art. 111(2)", "amendedBy": "2026/1744"}]
},
{
  "id": "legacy-public-authority-2030",
  "when": {"all": [{"fact": "legacy:transitional"}, {"fact": "legacy:public-authority"}]},
  "sets": ["legacy:public-authority-2030"],
  "sources": [{"ref": "Art. 111(2)", "amendedBy": "2026/1744"}]
}'''

def facts(text):
    if '"legacy:transitional"' in text:
        return text
    s, e = object_around(text, text.index('"id": "legacy:public-authority"'))
    indent = line_indent(text, s)
    text = text[:e] + ",\n" + " " * indent + indent_block(NEW_FACTS, indent) + text[e:]
    # Append the derivations at the end of the list (they test facts set earlier).
    m = re.search(r"\}\s*\]\s*\}\s*$", text)
    close = m.start() + 1
    indent = line_indent(text, m.start())
    return text[:close] + ",\n" + " " * indent + indent_block(NEW_DERIVATIONS, indent) + text[close:]

PLACED_TEXT = {
    "nl": "Is dit hoog-risico-AI-systeem vóór {nl} in de handel gebracht of in gebruik gesteld, of gebeurt dat nog vóór die datum?",
    "en": "Has this high-risk AI system been placed on the market or put into service before {en}, or will it be before that date?",
}
CHANGE_TEXT = {
    "nl": "Wordt het ontwerp van het systeem vanaf {nl} aanzienlijk gewijzigd?",
    "en": "Is the system's design changed significantly on or after {en}?",
}
ANNEX_III = {"nl": "2 december 2027", "en": "2 December 2027"}
ANNEX_I = {"nl": "2 augustus 2028", "en": "2 August 2028"}

def fill(t, d):
    return {k: t[k].replace("{nl}", d["nl"]).replace("{en}", d["en"]) for k in ("nl", "en")}

def step3(text):
    for qid, tmpl in (("placed-before", PLACED_TEXT), ("significant-change", CHANGE_TEXT)):
        s, e = object_around(text, text.index(f'"id": "{qid}"'))
        obj = text[s:e]
        if '"variants"' in obj:
            continue
        indent = line_indent(text, s)
        m = re.search(r'\n(\s*)"text": \{\s*"nl": "(?:[^"\\]|\\.)*",\s*"en": "(?:[^"\\]|\\.)*"\s*\}', obj)
        field = len(m.group(1))
        new_text = '\n' + " " * field + '"text": ' + text_obj(fill(tmpl, ANNEX_III), field)
        variant = ('\n' + " " * field + '"variants": [\n' + " " * (field + 2) + '{\n'
                   + " " * (field + 4) + f'"when": {{"all": [{ANNEX_I_ONLY}]}},\n'
                   + " " * (field + 4) + '"text": ' + text_obj(fill(tmpl, ANNEX_I), field + 4) + "\n"
                   + " " * (field + 2) + "}\n" + " " * field + "],")
        obj = obj[:m.start()] + new_text + "," + variant + obj[m.end() + 1:] if obj[m.end()] == "," else None
        if obj is None: sys.exit(f"step3-role.json: unexpected layout of {qid}")
        if qid == "placed-before":
            obj = re.sub(r'("id": "yes",\s*"text": )\{\s*"nl": "(?:[^"\\]|\\.)*",\s*"en": "(?:[^"\\]|\\.)*"\s*\}',
                         lambda mm: mm.group(1) + text_obj({
                             "nl": "Ja: het is al in de handel of in gebruik, of dat gebeurt nog vóór die datum",
                             "en": "Yes: it is already on the market or in service, or will be before that date"}, field + 4), obj, count=1)
            obj = re.sub(r'("id": "no",\s*"text": )\{"nl": "Nee, nog niet", "en": "No, not yet"\}',
                         r'\1{"nl": "Nee, pas op of na die datum", "en": "No, only on or after that date"}', obj, count=1)
        text = text[:s] + obj + text[e:]
    return text

def notes(text):
    text = text.replace("zonder zo'n wijziging tonen wij ze niet.", "wij tonen ze daarom als voorwaardelijke verplichtingen, met die voorwaarde.")
    text = text.replace("without such a change we do not list them.", "we therefore list them as conditional obligations, with that condition.")
    return text

edit("facts.json", facts)
edit("obligations.json", obligations)
edit("step3-role.json", step3)
edit("notes.json", notes)
print("changed:", ", ".join(changed) if changed else "nothing (already applied)")
