-- LAYOUTS.md, rules for every layout: a YAML block from `---` on line 1 to the next `---` is
-- one meta row; markdown headings are meta, and a heading between two labels of the same
-- speaker ends the turn.
SELECT turn, kind, speaker, label, text, line FROM transcript_turns('---
title: Morning Edition
host: MARY LOUISE KELLY
---

# Part one

MARY LOUISE KELLY, HOST: Hi.

## The second part

KELLY: Again.
#hashtag is not a heading

#### Deep heading
KELLY: Right after.');
-- Without a heading the reprinted label continues the turn.
SELECT turn, kind, label, text FROM transcript_turns('MARY LOUISE KELLY, HOST: Hi.

KELLY: Again.');
-- A rule that is not on line 1 is not front matter.
SELECT turn, kind, text FROM transcript_turns('KELLY: Hi.

---

KELLY: After a rule.');
