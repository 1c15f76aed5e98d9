import ArabicText
import Lexicon

/// A verb's target: the first slot of the pattern, in its order, that finds an actor — its object,
/// the actor after a preposition (على، مع، إلى), or `any` later actor.
struct PatternSlots: ArgumentRule {
    static let name = "pattern-slot"
    var name: String { Self.name }

    func apply(_ a: inout Arguments, _ c: TriggerContext) {
        guard c.trig.isVerb else { return }
        let object = a.target
        var target: [FoundActor] = []
        var setter = name
        for slot in c.pat.targets {
            switch slot {
            case .object:
                target = object
                setter = a.targetRule ?? name
                if let t = ViolentObjectNisba.target(target, a.source, c) { (target, setter) = (t, ViolentObjectNisba.name) }
                if let t = CondemnedActNisba.target(target, a.source, c) { (target, setter) = (t, CondemnedActNisba.name) }
            case .preposition(let p):
                // (Past a comma that closes the source's title, up to the next verb of the lexicon:
                // «رفع … أمير منطقة الحدود الشمالية، أحر التعازي … لخادم الحرمين الشريفين».)
                // (Not the source again: «… هدية لسمو الأمير تشارلز» after «وجه الأمير تشارلز»; the
                // same office of another holder may be: an emir's condolences to the king, SAUGOV.)
                let nextVerb = c.nextVerb
                func isSource(_ t: FoundActor) -> Bool {
                    a.source.contains { s in
                        s.group == t.group || s.person != nil && s.person == t.person || s.code == t.code && !s.code.hasSuffix("GOV")
                    }
                }
                // (Not a town or a capital after «ب»: «ثمن وزراء خارجية لجنة مبادرة السلام العربية …
                // خلال اجتماع اللجنة بالقاهرة … جهود» is where they met, not whom they praised.)
                let after = p == Particle.bi ? c.after.filter { $0.placeKey.map { $0.kind == .country } ?? true } : c.after
                target =
                    c.withPrep(p, after)
                    ?? c.withPrep(
                        p,
                        c.actors.filter {
                            $0.from >= c.ce && $0.from < nextVerb && !$0.placeLike && !$0.placeOnly && !$0.reference && !$0.instrument && !isSource($0)
                        }
                    ) ?? []
                setter = name
            case .any:
                setter = name
                // (An actor of the source's own country is taken only when no other is named:
                // «أعرب الرئيس السيسي عن تقدير مصر … للرئيس أولاند».)
                // (Not past another verb of the lexicon: «أدانت مصر … الجريمة البشعة وأكدوا وقوفهم إلى
                // جانب المملكة» names whom the condemnation is against in no mention.)
                // (Nor past another trigger that names its own parties «بين»: «قصفت قوات النظام مناطق في
                // حرستا … كذلك تدور اشتباكات عنيفة بين تنظيم داعش من جهة، والفصائل المقاتلة …».)
                let ownParties = c.actors.first { b in
                    b.prep == Particle.bayna && b.from > c.trig.to && c.triggers.contains { $0.from >= c.trig.to && $0.to <= b.from }
                }
                let nextVerb = min(
                    c.nextVerb, ownParties.flatMap { b in c.triggers.last(where: { $0.from >= c.trig.to && $0.to <= b.from })?.from } ?? c.toks.count)
                // (Not the place a source's title is posted to: «ثمّن السفير أحمد قطان، سفير المملكة
                // في مصر، دعم …».)
                // (Past the subject that a comma closes before the verb's `after:` phrase: «قدّم رئيس
                // هيئة الهلال الأحمر السعودي الأمير فيصل بن عبدالله، تعازيه لذوي …».)
                let start =
                    c.trig.after.flatMap { f in f.lowerBound > c.trig.to && c.toks[f.lowerBound - 1].token.normIs(",") ? f.lowerBound : nil } ?? c.trig.to
                let candidates = c.actors.filter { t in
                    t.from >= start && t.from < nextVerb && !t.placeOnly && !t.reference
                        && !a.source.contains { $0.group == t.group || $0.code == t.code }
                        && !(t.placeLike && t.prep != nil && a.source.contains { (0...1).contains(t.from - $0.to) })
                }
                // (Own: the source's state, or its agent of the same role; a rebel group of the same
                // country is another actor.)
                func own(_ t: FoundActor) -> Bool {
                    a.source.contains { s in s.country != nil && s.country == t.country && (t.role == nil || t.role == s.role) }
                }
                if let t = candidates.first(where: { $0.namesSomeone && !own($0) }) ?? candidates.first {
                    target = c.group(t.group)
                } else if let (country, j) = c.nisbaStarting(in: c.trig.to..<min(c.toks.count, c.trig.to + 3)) {
                    // "أشاد بالدور الأردني": a nisba on the object names the country.
                    target = [c.nisbaActor(country, at: j, group: -2)]
                    setter = "object-nisba"
                }
            case .subject:
                // (A passive's frame put its subject in the target already: «لقي أكثر من 25 مسلحاً
                // حوثياً مصرعهم». An active verb's subject is moved there later, SubjectIsTarget.)
                if c.trig.passive {
                    target = object
                    setter = a.targetRule ?? name
                }
            }
            if !target.isEmpty { break }
        }
        if !Arguments.same(target, a.target) { a.setTarget(target, by: setter) }
    }
}
