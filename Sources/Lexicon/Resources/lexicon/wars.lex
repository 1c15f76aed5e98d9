# Wars whose sides' blows the press tells by the place they fell («غارات للتحالف على مأرب»,
# «تتقدم المقاومة نحو محطة باشافعي»): violence by a `side:` with no one named as hit, at a place
# in `country:` on a day between `since:` and `until:`, is coded against `enemy:` instead of the
# state (rule other-side-of-the-war; the event keeps the flag target-from-place). One direction
# only: the enemy's shelling of a town falls on civilians as often as on fighters, so it keeps
# the place. See FORMAT.md.

[war yemen-2015]
gloss: the Saudi-led coalition and the forces loyal to President Hadi against the Houthis and Saleh
# Operation Decisive Storm began on 26 March 2015; the gold conventions code the coalition SAUMIL,
# Hadi's forces («المقاومة»، «الجيش الوطني») YEMMIL and the Houthis and Saleh's forces YEMREB.
country: YEM
since: 2015-03-26
side: SAUMIL | YEMMIL | AREMIL
enemy: YEMREB
# The Houthis and Saleh's forces fly nothing, and Hadi's air force is grounded: the coalition's
# aircraft strike alone («غارات جوية استهدفت تجمعات ومواقع الحوثيين»).
air: SAUMIL

[war iraq-isis]
gloss: the Iraqi forces and the US-led coalition against ISIS in Iraq
# From the fall of Mosul (10 June 2014); the US-led coalition in Iraq and Syria is USAMIL.
country: IRQ
since: 2014-06-10
side: IRQMIL | IRQCOP | USAMIL
enemy: IMGMOSISI

[war syria-coalition]
gloss: the US-led coalition's air war against ISIS in Syria
# From the first strikes in Syria (23 September 2014). Only the coalition: the Syrian regime's
# and the opposition's blows at a town fall on civilians and each other.
country: SYR
since: 2014-09-23
side: USAMIL
enemy: IMGMOSISI
