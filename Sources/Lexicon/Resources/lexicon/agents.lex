# Agents: role nouns that combine with a country (الجيش السوري → SYRMIL) or, with `alone: yes`,
# stand without one (مسلحون مجهولون → UAF). Plural and dual forms are written out.
# source notes: CAMEO agents codebook (role codes); forms from Arabic press usage.

[agent GOV]
name: الحكومة | حكومة | الحكومات | السلطات | سلطات | السلطة | وزارة | الوزارة | رئاسة | الدبلوماسية | السفير | السفيرة | سفير | السفارة | سفارة | القنصل | قنصل | القنصلية | قنصلية | الخارجية | وزير | الوزير | وزيرة | وزراء | مسؤول | مسؤولون | مسؤولين | المسؤولين | الوفد | وفد | وفدا | وفدي | نظيره | نظيرها | نظيريه | نظيرهم | نظيرتها | نظيرته | نظراؤه | نظرائه | نظراءه | البنك المركزي | النظام | المتحدث باسم الحكومة | الناطق باسم الحكومة | الرئاسة | ديوان | مكتب الرئيس | المكتب الإعلامي للرئاسة | الطيران المدني | هيئة الطيران المدني | سلطة الطيران المدني
# «خادم الحرمين الشريفين وسمو نائبه»: someone's deputy is an office-holder's, not a member of
# parliament («النائب» alone, LEG)
name: نائبه | نائبها | نائبهم
# (Not «نظير» alone: «نظير جهوده»، «منقطع النظير» is "in return for", "unrivalled"; the counterpart
# carries his pronoun, «نظيره».)
# (Not «الإدارة / إدارة» alone: in this press it is a department or a board — «إدارة النادي»، «مجلس
# إدارة»، «الإدارة العامة للمرور» — about 2,000 times, and the US administration about 30, listed by name.)
# «الجانب السعودي والروسي»، «الجانب الكرواتي»: the side in talks is its government; only with the
# article: «إلى جانب»، «بجانب» is "beside" (about 25 corpus events had it as an actor).
definite-name: الجانب | الجانبان | الجانبين
# «مجلس الوزراء» is the cabinet, not «الوزراء» "the ministers" after a stray «مجلس». With no
# state named before it or after it (nisba, genitive), it is the Saudi cabinet of the Saudi press
# (456 bare uses in saudinewsnet_dev, mostly its weekly statement).
home-name: مجلس الوزراء
# «القيادة تهنئ رئيسي الاتحاد السويسري وجمهورية بنين»، «القيادة تعزي»: the Saudi press's bare
# «القيادة» is the king and crown prince (a state named before it or a nisba after it says otherwise:
# «القيادة الفلسطينية»)
home-name: القيادة
# Stop 49: a bare ministry («نفذت وزارة الداخلية حكم القتل»، «أشاد المواطنون بالضربات التي نفذتها
# وزارة الداخلية») that neither the sentence (its one state, an actor before it, a nisba or «في»
# after it) nor the article gives a state is the home press's, as its bare minister is (titles.lex).
# Only these three, named in full: bare «وزارة» of any field and «الوزارة» were tried and gave 31
# sentences, mostly wrong (domestic services with look-alike triggers: «تصل»، «أوقفت»، «فتشكر»).
bare-home-name: وزارة الخارجية | وزارة الدفاع | وزارة الداخلية
home: SAU
source: CAMEO agents codebook: GOV (government, ministries, ambassadors, "the authorities", the regime; a civil aviation authority, so that «الطيران المدني» is not read as the air force)

[agent MIL]
name: الجيش | جيش | الجيوش | الجيشين | القوات المسلحة | القوات | قوات | قوة | القوة | جنود | الجنود | جندي
name: جنديا | الجندي | جنديين | جنديان | الجنديان | الجنديين | العسكريين | عسكريين | عسكريون | الطيران الحربي | الطيران | سلاح الجو | الدفاعات الجوية | الدفاع الجوي | دفاعات جوية
name: المضادات الأرضية | البحرية | القوات البحرية | القوات الجوية | الحرس | رئيس الأركان | رئيس أركان الجيش | رئيسا أركان | هيئة الأركان | المارينز
# Stop 31: units only written out; bare «وحدة» is a housing or settlement unit («886 وحدة
# استيطانية»، «25 ألف وحدة سكنية»)، unity («حكومة وحدة وطنية»، «أمن ووحدة واستقرار الوطن») or a club
# («فريق الوحدة»): 18 corpus events were these, none right.
name: وحدات خاصة | الوحدات الخاصة | وحدة خاصة | وحدات عسكرية | وحدة عسكرية | الوحدات العسكرية | وحدات أمنية | الوحدات الأمنية | وحدة أمنية | وحدات من الجيش | وحدات المدفعية | وحدات الدفاع الجوي | الوحدات المقاتلة
name: كتيبة | لواء | فرقة
# the forces of the regime or the government (one mention, not the forces and a government beside them)
name: قوات النظام | قوات الحكومة | القوات الحكومية | جيش النظام | قوات الجيش | وحدات الجيش
# weapons and craft: a force only with their owner named (nisba, genitive, لـ), never by where they struck
instrument: مقاتلات | مقاتلة | المقاتلة | مقاتلتين | طائرات حربية | الطائرات الحربية | طائرة بلا طيار | طائرات مسيرة | طائرة مسيرة | الطائرات | طائرات | طائرة | المروحيات | مروحيات | مروحية
instrument: المدفعية | مدفعية | الدبابات | دبابات | دبابة | الدبابة | طائرة بدون طيار | طائرة دون طيار | طائرات بدون طيار | طائرات دون طيار | البوارج | السفن الحربية
instrument: الزوارق الحربية | صاروخ | صواريخ | قذائف | قذيفة
source: CAMEO agents codebook: MIL (armies, forces, chiefs of staff, "قوات"; a country's aircraft, artillery and missiles stand for its military)

[agent COP]
name: الشرطة | شرطة | الشرطي | شرطيا | شرطيين | شرطيان | الشرطيان | الشرطيين | رجال الشرطة | قوى الأمن | قوى الأمن الداخلي | قوات الأمن | الأجهزة الأمنية | رجال الأمن | رجل أمن | رجل الأمن | رجال أمن | رجلا أمن | رجلي أمن | رجلي الأمن | أفراد الأمن | أفراد أمن | مديرية أمن | عناصر الأمن | عناصر الشرطة | دورية | دورية للشرطة | دوريات | الدوريات | الدرك | الحرس الوطني | قوات مكافحة الشغب | قوات مكافحة الإرهاب | وحدة مكافحة الإرهاب | جهاز مكافحة الإرهاب | حرس الحدود
# (Not bare «مكافحة الإرهاب»: «وعملية السلام ومكافحة الإرهاب» is a topic, fighting terror.)
# special emergency and public security forces are police (snn judges: «مسجد قوات الطوارئ الخاصة» → SAUCOP)
name: قوات الطوارئ | قوات الطوارئ الخاصة | قوة الطوارئ | قوة الطوارئ الخاصة | الأمن العام | الشرطة العسكرية
# Stop 34: the security sectors as the Saudi press names them when it thanks them («قدم شكره وتقديره
# لكافة القطاعات الأمنية», 60 times in saudinewsnet_dev). (Not «الجهات الأمنية», 263 times: mostly
# the police of ordinary crime — arrests for drugs, a missing daughter —, which surfaced 5 such
# events and 2 wrong ones for 2 right.)
name: القطاعات الأمنية | قطاعات أمنية
# a security source or official (مصدر أمني عراقي → IRQCOP), written out: «أمني» alone is an adjective
name: مصدر أمني | مصادر أمنية | المصادر الأمنية | المصدر الأمني | مسؤول أمني | مسؤولون أمنيون | مسؤولين أمنيين | المسؤول الأمني | ضابط أمن
# Stop 31: «الأمن» only with its article: «أمنها»، «الحفاظ على أمن حدود هذه البلاد» are security,
# the state of things («يديم على بلادنا أمنها» was the police thanked).
definite-name: الأمن
# «الأمن والاستقرار»، «الأمن الإقليمي»، «أمن الوطن واستقراره»، «أمن هذا البلد»: security, the
# state of things, not the police.
not-after: والأمان | والاستقرار | واستقرار | ووحدة | والسلام | والسلم | وسلام | والحماية | الإقليمي | القومي | الدولي | العربي | المجتمعي | الغذائي | المائي | الوطن | هذا | هذه | بلادنا | البلد | البلاد | الحرمين | المواطن | الدول | المنطقة | البحري | السيبراني | الاقتصادي | الفكري
source: CAMEO agents codebook: COP (police, internal security forces)

[agent SPY]
name: المخابرات | مخابرات | الاستخبارات | استخبارات | جهاز المخابرات | جهاز المخابرات العامة | جهاز الاستخبارات | جهاز الاستخبارات الخارجية | مدير جهاز المخابرات | مدير جهاز الاستخبارات | رئيس جهاز المخابرات | رئيس جهاز المخابرات العامة | رئيس جهاز الاستخبارات | مدير المخابرات
source: CAMEO agents codebook: SPY (intelligence services)

[agent LEG]
name: البرلمان | برلمان | مجلس النواب | مجلس الشعب | مجلس الشورى | مجلس الأمة | مجلس الشيوخ | النواب | نائب | النائب | نواب | البرلمانيين | مبنى البرلمان | مجلس محافظة | عضو مجلس محافظة | عضوا في مجلس محافظة | مجلس المحافظة
# «نائب رئيس مجلس الأمة الكويتي»، «نائب المشرف العام»، «نائب المستشارة الألمانية»: a deputy
# in construct with an office is that office's deputy, not a member of parliament (14 corpus
# events had «نائب» as an MP of the home state)
not-after: رييس | الرييس | رييسه | المستشار | المستشاره | المشرف | مدير | المدير | شيخ | امير | وزير | الوزير | قايد | القايد | الامين | امين | محافظ | المحافظ | مساعد | عميد | نقيب | حاكم | ملك | سلطان
source: CAMEO agents codebook: LEG (legislatures, members of parliament, provincial councils)

[agent JUD]
name: المحكمة | محكمة | القضاء | القاضي | قاض | النيابة العامة | النائب العام | المدعي العام | المحكمة العليا
# «القضاء على» is "eliminating", not the judiciary; «لقضاء إجازة العيد» is "to spend" a holiday.
not-after: على | اجازه | الاجازه | عطله | العطله | اوقات | الوقت | وقت | ايام | فتره | العيد | الصيف | ليله | سهره | حاجه | حوايج | حاجاتهم | حاجاتها | الحاجات
source: CAMEO agents codebook: JUD (courts, prosecutors)

[agent OPP]
name: المعارضة | معارضة | المعارضين | معارضون | المعارضون | معارض | حزب معارض | أحزاب المعارضة | زعيمة المعارضة | زعيم المعارضة | قوى المعارضة | نشطاء المعارضة
source: CAMEO agents codebook: OPP (political opposition)

[agent REB]
# replaces agents.lex REB without bare «المقاومة» (now YEMMIL, see above); «فصائل المقاومة» stays.
name: المتمردين | المتمردون | متمردون | متمردين | الثوار | ثوار | فصائل المقاومة | الفصائل المسلحة | فصائل مسلحة | الميليشيات | ميليشيات | ميليشيا | المليشيات | مليشيات | الجماعات المسلحة | جماعات مسلحة | الجماعات الإرهابية | جماعة إرهابية | المتشددين | متشددين | متشددون | مسلحي | المقاتلين | مقاتلين | مقاتلون | مقاتلو
# separatists in arms («400 من الانفصاليين … هاجموا القوات الحكومية»)
# «مواقع للتمرد»: the insurgency is its fighters
name: التمرد
# in construct («متمردي طالبان»، «متمردو حزب العمال»); the singular after a count («قتل 18
# متمرداً»)
name: متمردي | متمردو | متمردا
name: الانفصاليين | الانفصاليون | انفصاليين | انفصاليون | المتمردين الانفصاليين
# Stop 31: terrorists named as people, plural or counted (snn_gold_dev: «مقتل اثنين من العناصر
# الإرهابية» in Sinai → EGYREB; «مقتل 20 إرهابيا» was the place). Not the singular with the article,
# an adjective as often («الحادث الإرهابي»).
name: إرهابيين | الإرهابيين | إرهابيون | الإرهابيون | إرهابيا | إرهابيي | إرهابيو | العناصر الإرهابية | عناصر إرهابية | الخلية الإرهابية | خلية إرهابية | الخلايا الإرهابية | خلايا إرهابية
# the armed opposition (one mention: «قوات المعارضة» are rebels, not forces beside an opposition)
name: قوات المعارضة | مقاتلي المعارضة | مقاتلو المعارضة | فصائل المعارضة | الفصائل المعارضة | فصائل معارضة | مسلحي المعارضة | مسلحو المعارضة
source: CAMEO agents codebook: REB (rebels, militias, insurgent fighters)

[agent UAF]
name: مسلحون | مسلحين | المسلحين | المسلحون | مسلح | مسلحا | مسلحون مجهولون | مسلحين مجهولين | مجهولون | مجهولين | مهاجمون | مهاجمين | المهاجمين | المهاجمون | انتحاري | الانتحاري | انتحاريون | انتحاريين | الانتحاريين | انتحاريا | مفجر انتحاري | مفجرون انتحاريون | مفجرون | مسلحون مقنعون | خاطفون | الخاطفين | الخاطفون | قناص | قناصة | عصابة | عصابات | استشهادي
# feminine persons are written out: a word printed with ة is never the pronoun ـه (انتحارية is not «his bomber»)
name: انتحارية | الانتحارية
# Stop 30: duals and unnamed armed groups («هاجمت امرأتان مسلحتان القنصلية الأميركية» made the
# consulate the attacker; «قتل مسلحان»، «مجموعة مسلحة تنتمي …»)
name: مسلحان | مسلحتان | امرأتان مسلحتان | امرأة مسلحة | مجموعة مسلحة | مجموعات مسلحة
# Stop 31: masked men («في هجوم نفذه ملثمون»)
name: ملثمون | ملثمين | الملثمين | الملثمون | ملثمان | مسلحون ملثمون | مسلحين ملثمين | مقنعون | مقنعين
# Stop 44: unknown persons (the one mention, not civilians: «شخصين مجهولي الهوية فتحا النار»)
name: شخصين مجهولي الهوية | شخصان مجهولا الهوية | أشخاص مجهولين | أشخاص مجهولون | شخص مجهول | شخصين مجهولين | شخصان مجهولان | مجهولي الهوية | مجهولو الهوية
alone: yes
source: CAMEO agents codebook: UAF (unidentified armed forces, gunmen, bombers)

[agent CVL]
name: المدنيين | مدنيين | مدنيون | المدنيون | مدني | مدنيا | المواطنين | مواطنين | مواطنون | المواطنون | مواطنا | مواطن | السكان | سكان | الأهالي | أهالي | المتظاهرين | متظاهرين | متظاهرون | المتظاهرون | متظاهر | المحتجين | محتجين | محتجون | المحتجون | محتج | المعتصمين | معتصمين | معتصمون | الطلاب | طلاب | الطلبة | العمال | عمال | النشطاء | نشطاء | ناشطون | ناشطين | الناشطين | المصلين | مصلين | الحشود | حشود | الآلاف | آلاف | المئات | مئات | شخص | شخصا | شخصين | شخصان | أشخاص | الأشخاص | رجل | رجلا | امرأة | أطفال | الأطفال | طفل | طفلا | الشبان | شبان | شبان العشائر | الجماهير | جماهير | الرهائن | رهائن | رهينة | الصحفي | صحفي | صحفيين | الصحفيين | العاملين | عاملين | أسرة | أسر | عائلة | سياسيين | المزارعين | التجار | الزوار | السياح | سياح | حجاج | حجاجا | القرويين
name: الفتى | فتى | الشاب | شاب | شابا | الشابين | الطفل | الفتاة | فتاة | المرأة | سيدة | النساء | نساء | الأسير | أسير | الأسرى | أسرى | المعتقل | معتقل | المعتقلين | معتقلين | السجين | سجين | السجناء | سجناء | ذوي الشهيد | أسرة الشهيد | ذوي | ذوو | أقارب | عائلات | المصابين | مصابين | مصابي | المصابون | الجرحى | جرحى | الضحايا | ضحايا | الحجاج | المعتمرين | معتمرين
# «الشعب اليمني», «شعب المملكة»: a people is its civilians (snn_gold_dev: «للشعب اليمني» → YEMCVL)
name: الشعب | شعب
# suspects and the accused (the held of an arrest, the tried: «تعتقل 17 مشتبهاً»، «محاكمة المتهمين»)
name: مشتبه | مشتبها | مشتبهين | مشتبهون | المشتبه | المشتبه بهم | المشتبهين | المشتبهون | متهمين | المتهمين | متهمون | المتهمون
# feminine persons are written out: a word printed with ة is never the pronoun ـه (مواطنة is not «his citizen»)
name: متظاهرة | المتظاهرة | ناشطة | الناشطة | مواطنة | المواطنة
alone: yes
# «أسر ستة وقتل 15»: «أسر» before a count is the verb "captured", not families.
not-after: اثنين | اثنان | ثلاثه | اربعه | خمسه | سته | سبعه | ثمانيه | تسعه | عشره
source: CAMEO agents codebook: CVL (civilians, protesters, residents)

[agent REF]
name: اللاجئين | لاجئين | اللاجئون | لاجئون | النازحين | نازحين | النازحون | نازحون | أسرة نازحة | أسر نازحة | المهجرين | متضرري
alone: yes
source: CAMEO agents codebook: REF (refugees, displaced people)

[agent BUS]
name: الشركة | شركة | الشركات | شركات | رجال الأعمال | رجل الأعمال | المستثمرين | مستثمرين | البنوك | المصارف
source: CAMEO agents codebook: BUS (business)

[agent MED]
name: صحيفة | الصحيفة | وكالة الأنباء | وكالة أنباء | التلفزيون | قناة | القناة | الإعلام | وسائل الإعلام
# «قناة السويس»، «قناة بنما» are waterways, not TV channels (Egypt's canal came out EGYMED).
not-after: السويس | بنما
source: CAMEO agents codebook: MED (media)

[agent ELI]
name: الرئيس السابق | الرئيس الأسبق | رئيس الوزراء السابق | وزير الخارجية السابق | الوزير السابق | المسؤول السابق | ضابط سابق | ضابطا سابقا
source: CAMEO agents codebook: ELI (elites, former office-holders)

[agent REL]
name: رجال الدين | رجل الدين | المرجع | المرجع الشيعي | إمام مسجد | إمام المسجد | إمام جامع | إمام الجامع | خطيب المسجد | البطريرك | المفتي | الكنيسة | المرجعية الدينية | المرجعية الدينية العليا | المرجعية الشيعية | المرجعية الدينية الشيعية
# bare الإمام is not listed: unvocalised it is the preposition أمام ("in front of")
source: CAMEO agents codebook: REL (religious figures)

[agent NGO]
name: منظمة غير حكومية | منظمات غير حكومية | منظمات حقوق الإنسان | منظمة حقوقية | منظمات الإغاثة | وكالات إغاثة | الهلال الأحمر | الصليب الأحمر
source: CAMEO agents codebook: NGO (non-governmental organisations)
