"""Hand classification of mined predicate keys (pos, lemma as in ranked.txt) that the lexicon does
not code. J = not a predicate (a name, place, function word, plain noun or a mis-analysed form):
dropped from the list. The other letters are the reasons a predicate is deliberately not an event."""
REASONS = {
 'R': 'reporting, communication or cognition verb (introduces a speaker, codes nothing)',
 'A': 'internal administration or routine government business (opening, inspecting, appointing, approving, launching programmes)',
 'S': 'sport',
 'B': 'business, economy, prices, markets',
 'W': 'weather, accidents, health, nature',
 'X': 'auxiliary, modal, aspectual or light verb (the event, if any, is its complement)',
 'T': 'noun of a topic, sector, state or quality, not an act',
 'C': 'culture, religion, education, social life, ceremonies',
 'D': 'description or evaluation, not an act between actors',
 'M': 'an event reading exists but needs a coder mechanism (see REPORT.md)',
}
def W(s): return s.split()
J = set(W('''
بن قاد كدي وفي كثر مني مثل عاد سبق وجد داخل تاح لم بين كر كون ولي ضام جري عدم مك وهي فان كن قط بد جلي نفس عام كاس كل حفظ عدد ولد فضل سما حدا جاب حسب
غير هم جود عني جه بقي مد كال حسي جانب رحم بكل قيم وري صاف شعب نهم دور نظر خلف ذوي راس وقي كم عالي ريق بعد شاء عم حيا بعض صدق لك سلسل وعي خاص حال وثر
سابق ودي كاف بلا سام سايل قول متر جن رعي وطن مال مري ظل روي بني اشتري صلي وفل عطا شار فه تمثل قبض بح ضيف كفي نعم جوز وزع فعل جاد زيا كوي اسال ومس جنب بات
باع شهر تك كار باري سوي سيل راب ايمن فاق فرع هوي ولج جون عل عمد عض سن جهد لاه مضي غضا غلب شاب ماري لوي لذ حاق لاحق شغل قادر صفر نص اصاب قرا بدل عاز
دان راح بن وني عيد متن نم وهل عمري باث تماما دوليا لاعب مركز حب قوي شك ادام
دول اتحاد قدم تعليم دولي شباب اضافه وقت بشكل دفاع تحالف قياده موقع عمليات مواقع افراد ارهاب رسمي كره اسعار بحسب ابناء حدود مقر اثناء رغم تاريخ غرب كبار
اشقاء خطوط طرق فطر محافظات قرب عشرات اهداف حقوق اجتماعي قسم اقتصادي قريه صوره مدي مناسبه والاستقرار مقام بيانات مرور بطوله الحج اسواق مواليه صيف خلالها رقم
غرفه ملف بلاده ابطال احياء عروض مرافق انسان نسبه ظهر علوم ذكري سياره حرمين ربع اماره العاب اصحاب قيادات جوازات عشر نجم صفوف ثقافي رياضي مرضي قري انحاء اسباب
قومي كتاب اسلام رحلات اسماء احداث اجواء حجم اموال حساب كليه قضيه ظروف سياحي ابحاث اعوام اطراف فور خيريه سياق حربي بحق نجوم طلبات سعر كفاءه شرف مسابقات جماعه
دوليه ضمان الحد تفاصيل بفضل خلاله تجاري ختام ضوء بشده حكومي سكنيه رسميه خطاب ديون ضيوف فروع قدرات باتجاه مطلع احتراف علمي حكوميه قويه عماله تحديات مهارات
امراض تمور محاولات اركان غرف مساحه عيادات تنظيمات ممارسات تحتيه وقود عقاري بحاجه لفخامته اقسام جرحي عشرين ايتلاف انباء دينيه سياسات قلب تخصصات انواع بحوث
قرارا خط ازمات اقتصاديه رسم حملات شعبي عباره حيال اجزاء قيادي صحافه بدور عمله شخصيات الحق قرابه اوراق حراره بوابه مساله مكانه اطباء طفله استاد ملفات وديه
اذاعه بيانا لقاءات معامله عيون الالتزام مبادرات مخرج تعازيه جهودها ولاده عداله بعدم الطب جمال هجوما صغار انابه لضمان شعوب مقامه مقدمه كليات زيارات مباركه
لدول سياسيه تخصصي واحدا اقبال افلام صيفي حسابات تقريبا مركبات وتحديدا طرف مجاوره طبيه صيفيه فكري قروض الرد تغطيه ميلان سياحيه تحيات اعداء تكاليف موجه الحسن
امكانات اطراد استقباله مرات باستثناء واستقرارها ورشه امدادات قطار عموم اتباع الحل عرضه بنقل الاوقاف متاحه ورش ضيافه ومواساته مناسبات موقعها اخبار الرس وجهه لبحث
القرن نفوس اصوات بطلب مشاركته راحه فرحه انظار اوقات كيان هويه خبرات صحيه جموع فقرات واستقراره شعبيه فضاء مقاتله غايه اعقاب تقني امراء كشفي نوعيه تاسعه
شهادات ميسي تجاريه تنفيذا والعشرين تعليمي بحقه سكني حضاره مقالات بمشييه تدريبي احصاءات صعوبات احتياطي دورات رياضات حضاري قرني عمره مسافه توجهات البر مورا
تعاملات شهرين تقنيات الصف ملالي بالاجماع برفقه عنزي حدودي خلفيه انذاك مرورا جماعي عقارات جوار بدورها جثه بطاقه طعام الخط فورا جهات سكري اسماك طيبه لوحات
سياستها عقار رسوم جنايات بتوقيت قوله قياسي وزارات التوفيق تقديرات برفع مواطني مقدمتها الابتعاث للحياه عمراني لحظه اصدارات والتقدير اشكال كثافه مشروعا
بناء دين سجن عهد الحد حكم كفاءه مستشار مجلس عامه محافظ مدير مدينه عالم جامعه مشروع حاضر خالد مستشفي لاعب مساعد نادي مدرب طالب مجموعه مجتمع مختلف شامل
معسكر واني موافق حادث منسوب مقيم ممثل متابع مقابل مناسب متحدث مصاب مهم شارع قادم معلوم كامل مباشر تام قاعد منتج محاول منظم مصادر مصدر منتخب مهرجان مشيد
مجددا مهما هاتفيا ممثلا عالميا متمنيا قادما واضحا طالما مطالبا معتبرا مشيرا مبينا مضيفا موضحا مشددا داعيا لافتا منوها مقدما
'''))
R = set(W('قال ذكر اعتبر اوكد علي كشف بين صرح اشار اعلن اوضح اضاف شدد اكد اعرب لفت نوه افاد نقل تحدث شرح اعترف نفي ادعي اعتقد توقع علم عرف سمع قرا تصريح تصريحات بيان بيانات تقرير تقارير اعلان تاكيد اشاره ابلاغ اخطار تعليق قول خبر حذر حذرت كتب وصف عبر روي دل اتضح نسب عكس انتقادات'))
X = set(W('تم قام يتم اتم جاء بدا صبح شكل احتاج استطاع تمكن حاول استمر واصل عاد ظل بقي اصبح بات كان كون اراد رغب ينبغي انبغي ضرورة مكن يمكن ستمر تابع باشر انطلق اعتزم نوي قرر اتخذ جعل وضع وجد توفر وفر استمرار قيام قدره اتخاذ محاوله توقف انتهي انهي اختتم استهل شرع بدء انتظار نجح فشل سعي خاض خوض مارس تولي ادار تعرض تضمن شمل ضم تطلب احتوي اشتمل ارتبط تعلق امتد تراوح تجاوز زاد بلغ حقق اسهم ساهم سهم'))
S = set(W('مباراه فوز فاز خسر لعب تعادل بطل بطولات منافسات منافسه تصفيات تدريب تدريبات تعاقد احتراف انتقال انضم انضمام اعاره توج تاهل سباق هبط صعود تحكيم استاد لاعب مدرب نادي منتخب كره دوري هلال نصر اهلي اتحاد شباب رياضه احرز تصدر تفوق تغلب'))
B = set(W('استثمار استثمارات انتاج ارتفاع ارتفع انخفاض انخفض تراجع سوق اسواق نفط اقتصاد تجاره تسويق بيع شراء تداول تداولات صرف ايرادات ارباح تمويل قروض سداد تصدير استهلاك تكلفه اسعار نمو عقار عقاري تصنيع صناعه تجاري شركات مساهمه اكتتاب خصخصه توظيف تسويق تعويض'))
WX = set(W('امطار ارصاد حراره طقس غبار حادث حوادث اصابه اصابات وفاه توفي علاج مرض امراض صحي تسمم حريق احتراق غرق انهيار تحطم اسعاف اطفاء انقطاع شفاء عمليه جراحيه سقوط'))
C = set(W('احتفال احتفالات احتفل حفل مهرجان فعاليات معايده عايد عيد تكريم كرم ثقافه تعليم دراسه تدريس قراءه حج عمره صلاه زواج ترفيه سياحه تراث معرض قران كشافه تخرج افتتاح مسابقه جايزه شعر قصيده توعيه تربيه تهنئه_عيد'))
A = set(W('افتتح افتتاح دشن تدشين رعي رعايه تفقد اطلع اطلاع اعتمد اعتماد وافق موافقه اقرار اقر عين تعيين كلف تكليف ترقيه اصدر اصدار تنفيذ تنفيذها نفذ تطبيق طبق تطوير تنظيم تسجيل توزيع تشغيل صيانه اطلاق اعداد انشاء اقامه توفير تجهيز تهييه تخصيص خصص تاسيس تفعيل استكمال تسهيل تخطيط اشراف متابعه مراجعه تحديث تقييم معالجه حل ترتيب تعديل تمديد تجديد ايقاف اغلاق فحص تفتيش رقابه مراقبه ضبط مخالفه مخالفات تصحيح توقيف_اداري استقدام اقامه ترحيل تسفير ابتعاث اصلاح اصلاحات توجيه توجيهات تعليمات قرار قرارات امر اوامر مرسوم لايحه نظام ترشيح ترشح انتخاب انتخابات تصويت اجتماعات ورشه ندوه ملتقي مؤتمر'))
M = {
 ('v','تلقي'): 'تلقى … من (received a call, cable or letter from): the subject is the target and the من-actor the source — needs a "received from" frame (ReceivedCall handles only «تلقاه من» after a noun)',
 ('p','تلقي اتصالا'): 'as تلقى',
 ('n','استقبال'): '«كان في استقبال سموه» reverses host and guest; the masdar alone is covered (043)',
 ('v','حضر'): 'حضر/شهد حفلا أقامته جهة أجنبية → 042 to the host: needs the host from a genitive or «بحضور»',
 ('v','شهد'): 'as حضر (042 when the ceremony is another state\'s); also «شهدت المدينة» (place as subject)',
 ('n','حضور'): '«بحضور X» adds X as a co-participant: a mechanism, not a trigger',
 ('v','رحب'): 'covered (051); «ترحيب» masdar after أعرب/جدد is in the overlay',
 ('v','سيطر'): 'added (190) but the enemy is usually a genitive of the place («مواقع كانت في قبضة الحوثيين»): needs the patient from the place\'s owner',
 ('n','سيطره'): 'masdar of take-control: needs the agent from the genitive (سيطرة المقاومة على …)',
 ('v','حرر'): 'liberate (190) vs «حرر مخالفة» (wrote a ticket) and «حرر الصحفي»: needs a sense test on the object',
 ('n','تحرير'): 'as حرر',
 ('v','طرد'): 'expel fighters (190) vs deport (174): needs the object type',
 ('n','اعتقال'): 'arrest masdar: on real text mostly a time or place of detention (أثناء اعتقالهم، مكان احتجاز): needs the masdar to head a clause',
 ('n','احتجاز'): 'as اعتقال',
 ('v','ضبط'): 'seize goods (1711) or catch people (173): needs the object type; «ضبط النفس» is restraint',
 ('n','ضبط'): 'as ضبط',
 ('n','قتل'): 'kill masdar: «قتل 18 من مسلحي الحوثي» is a passive count whose dead are the target',
 ('n','استشهاد'): 'death of a soldier or policeman (target); the killer is rarely named: passive-count frame',
 ('v','استشهد'): 'as استشهاد',
 ('n','اصابه'): 'wounded (passive count) — the coder already has «أصيب بجروح»; «إصابة» alone is mostly sport or illness',
 ('v','اصيب'): 'as اصابه',
 ('v','وصل'): 'arrive (042, covered) but also «وصلت الطائرة الإغاثية» (073, overlay) and «وصل عدد» (quantity)',
 ('n','وصول'): 'arrival masdar: visits of named officials only; needs the agent from the genitive',
 ('v','غادر'): 'leave for (part of a 042 visit) — code the visit at the destination; needs «متوجها إلى»',
 ('n','مغادره'): 'as غادر',
 ('n','جوله'): 'tour «شملت X وY» → 042 per country: needs a coordinated-objects frame',
 ('n','تعهد'): 'pledge (03x) — needs the content of the pledge to choose 030-039',
 ('v','عهد'): 'as تعهد',
 ('v','اتهم'): 'covered (112)',
 ('n','اتهام'): 'accusation masdar (112): mostly «وجهت له تهمة» in court news',
 ('v','هاجم'): 'covered (190); also «هاجم الكاتب …» verbal attack (111) in columns',
 ('n','هجوم'): 'covered (190)',
 ('n','تهديد'): 'threat masdar (130): needs agent from the genitive',
 ('v','هد'): 'يهدد covered (130) — «يهدد الأمن» (endangers) is not a threat by an actor',
 ('v','دعم'): 'support (051/07x): «دعم المملكة للشعب اليمني» needs the agent from the genitive; «لدعم» purpose clauses are plans',
 ('n','دعم'): 'as دعم',
 ('n','مساعدات'): 'aid masdar (07x): needs agent and recipient from the genitive/«المقدمة من»',
 ('n','اغاثه'): 'relief (073) — agent from «مركز الملك سلمان للإغاثة» is an actor name, not an act',
 ('n','تعاون'): 'cooperation masdar: 030/0311/0312 only as an agreed or pledged act (covered with اتفق)',
 ('n','تنسيق'): 'as تعاون',
 ('n','اتفاق'): 'agreement noun: 057 only with «وقع/أبرم» (covered), 030 with «تم الاتفاق على» (needs the parties from the context)',
 ('n','اتفاقيه'): 'as اتفاق',
 ('n','توقيع'): 'signing masdar (057): parties from «بين X وY» — covered only through وقع',
 ('n','مفاوضات'): 'covered (046)',
 ('n','حوار'): 'dialogue (040/046): mostly generic calls for dialogue',
 ('n','وساطه'): 'covered (045)',
 ('n','تدخل'): 'intervention (mostly accusations: «التدخل الإيراني» 112 when condemned): needs the embedding verb',
 ('n','عدوان'): 'aggression (190/112): mostly in accusations',
 ('n','انتهاكات'): 'violations (112 when alleged): needs the embedding verb',
 ('n','اعتداء'): 'attack masdar (covered via تعرض لاعتداء); alone mostly in condemnations',
 ('n','اعتداءات'): 'as اعتداء',
 ('n','اقتحام'): 'storming (190/145): needs the agent from the genitive; covered for protesters',
 ('v','اقتحم'): 'covered (145) only with protesters; by forces it is 190: needs the agent type',
 ('n','حصار'): 'siege masdar (191): on real text mostly history (حصار العراق) — tried and dropped',
 ('n','تفجير'): 'covered (183) with a context of harm',
 ('n','تفجيرات'): 'as تفجير',
 ('n','انفجار'): 'covered (183)',
 ('n','غارات'): 'covered (195)',
 ('n','قصف'): 'covered (194); «قصف طيران التحالف» needs the genitive as agent',
 ('n','اشتباكات'): 'covered (193; snn gold codes clashes 190, same root)',
 ('n','مواجهات'): 'covered (193); also «مواجهة الإرهاب» (countering) is not a clash',
 ('n','مواجهه'): '«في مواجهة» (facing, countering): not a clash',
 ('n','مكافحه'): 'countering (terrorism, drugs): programme or policy, not an act',
 ('n','محاربه'): 'as مكافحه',
 ('n','تهريب'): 'smuggling (crime): the act to code is the seizure (170/1711)',
 ('n','تسلل'): 'infiltration (border crossing): the act to code is the arrest',
 ('n','قبض'): 'القبض على: overlay 173 after تم/جرى/تمكن; the agent is usually unnamed',
 ('n','محاكمه'): 'trial (173): overlay with أجلت/استأنفت/جلسة',
 ('n','احكام'): 'court sentences (173): «أصدرت حكما» in the overlay',
 ('n','اعدام'): 'execution (a sentence carried out, 173/186 by convention?) — domestic criminal justice, left to the lead',
 ('n','ادانه'): 'condemnation masdar (111): overlay with ل/ب after it',
 ('n','تضامن'): 'solidarity (051): overlay through أعرب/عبر عن',
 ('n','شكر'): 'thanks (051): overlay through أعرب/قدم/رفع',
 ('n','تقدير'): 'as شكر',
 ('n','تهنيه'): 'congratulation (051): overlay through بعث/رفع/قدم برقية تهنئة; alone it may be received («تلقى برقية تهنئة»)',
 ('n','تهاني'): 'as تهنيه',
 ('n','برقيه'): 'cable: the event is its kind (تهنئة 051, عزاء 018) — overlay',
 ('n','عزاء'): 'condolence (018): overlay through بعث/قدم/نقل',
 ('n','تعازي'): 'as عزاء',
 ('n','مواساه'): 'as عزاء',
 ('n','رساله'): 'letter: the event is its content (مضمون الرسالة) and the sender/recipient — needs a message frame',
 ('n','اتصال'): 'call (041, covered as «اتصال هاتفي»); «تلقى اتصالا من» needs the received-from frame',
 ('n','اتصالا'): 'as اتصال',
 ('n','اتصالات'): 'mostly telecoms (وزارة الاتصالات) — not an event',
 ('n','لقاء'): 'covered (040)',
 ('n','اجتماع'): 'covered (040); «الاجتماعي» (social) is a look-alike that the matcher already separates',
 ('n','محادثات'): 'covered (040)',
 ('n','مباحثات'): 'covered (040)',
 ('n','زياره'): 'covered (042)',
 ('v','زار'): 'covered (042)',
 ('v','استقبل'): 'covered (043); the host and guest are often one apposition chain (see REPORT.md)',
 ('v','التقي'): 'covered (040)',
 ('v','تقي'): 'covered (040, يلتقي); future announcements need 036',
 ('v','اجتمع'): 'covered (040)',
 ('v','بحث'): 'covered (040)',
 ('v','ناقش'): 'covered (040)',
 ('n','بحث'): 'overlay (040 with مع); alone «البحث» is research',
 ('v','استعرض'): 'overlay (040 with مع)',
 ('v','تناول'): 'overlay (040 with مع); also «تناول الطعام»',
}
# notes by displayed form (the lemma key is not always the verb's own)
MD = {
 'منع': 'prevent (entry, aid, travel): 191 blockade or 1721 restrictions by the object type — needs the object',
 'فرض': '«فرض عقوبات» 163, «فرض حصارا» 191, «فرض سيطرته» 190, «فرض رسوما» administration: needs the object',
 'تفرض': 'as فرض',
 'طلبت': 'request (020-029 by the content): «طلبت من X» — a pattern needs the content to pick the code',
 'استدعت': 'summon an ambassador (CAMEO: protest, 111/1?) vs summon a witness: needs the object (سفير)',
 'دمرت': 'destroyed (part of a 19x attack, usually after غارة/قصف as its result): code the attack, not the result',
 'دحر': 'repel attackers (190): needs a military object',
 'تقاتل': 'fight (190) — mostly background («الفصائل التي تقاتل …»)',
 'صد': 'repel an attack (190): the attacker is the object',
 'سقطت': '«سقطت قذيفة» (194, source unknown) vs «سقطت المدينة» — needs the subject type',
 'تبنت': 'claim of responsibility: the claimant is the source of the claimed act (coder mechanism)',
 'اسفر': 'resulted in (the result of an act already coded): not an event itself',
 'جولته': 'tour «شملت X وY» → 042 to each: coordinated-objects frame',
 'يرافقه': 'accompanied by (members of a delegation): adds participants, not an event',
 'ارتكب': 'committed (a crime, massacre): the act is the object (جريمة، مجزرة → 1122/180) — needs the object',
 'تسلمت': 'received (a letter, credentials, a handover): «تسلم أوراق اعتماد» 043-like ceremony, «تسلم رسالة» (message) — needs the object',
 'يشتبه': 'suspected (crime): police news, the act is the arrest',
 'استقالته': 'resignation: internal politics, no CAMEO act between actors',
}
