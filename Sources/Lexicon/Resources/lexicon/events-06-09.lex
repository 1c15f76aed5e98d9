# Issue 13 (lex13b): CAMEO roots 06–09 (material cooperation, aid, yield, investigate).
# See events-01-05.lex for the conventions of this overlay.

# ------------------------------------------------------------------ 06 material cooperation

[event 060]
gloss: raise the level of cooperation (رفع مستوى التعاون)
# PETRARCH FORGE * TIES, CONTINUE * EFFORT → 060; snn_gold_dev: «يرفع البلدان مستوى التعاون» 060.
verb: عزز/يعزز | وسع/يوسع | كثف/يكثف
form: رفعت | رفعوا | يرفع | ترفع | يرفعون | رفعا
after: مستوى التعاون | التعاون الثنائي | تعاونهما | تعاونها مع | التعاون القائم | أطر التعاون | آفاق التعاون | مجالات التعاون | التنسيق المشترك | التعاون المشترك
symmetric: yes
target: مع | بين
needs-target: yes

[event 061]
gloss: invest in (ضخ استثمارات في)
# PETRARCH FORM * {INVESTMENT COMPANY}, SET_UP * {JOINT COMPANIES} → 061.
verb: استثمر/يستثمر
form: ضخت | ضخوا | يضخ | تضخ
after: استثمارات | استثمارات جديدة | استثمارات بقيمة
target: في | any
needs-target: yes

[event 061]
gloss: supply energy or goods (زود بالنفط، بالكهرباء)
# PETRARCH EXPORT * (TO) → 061. «صدّر» (export) is not listed: its forms are those of صدر "issued".
verb: زود/يزود | أمد/يمد
after: بالنفط | بالغاز | بالكهرباء | بالوقود | بشحنات النفط | بشحنات من النفط | بالمشتقات النفطية | بالقمح
target: object | any
needs-target: yes

[event 062]
gloss: hold joint military exercises (أجرى مناورات مشتركة)
# PETRARCH STAGE * &MILITARY EXERCISES, BEGIN * {JOINT EXERCISE} → 062.
verb: أجرى/يجري | نفذ/ينفذ | بدأ/يبدأ | اختتم/يختتم | انطلق/ينطلق | أطلق/يطلق
after: مناورات مشتركة | مناورات عسكرية مشتركة | تمرينا مشتركا | تمرين مشترك | تمارين مشتركة | تدريبات مشتركة | تدريبات عسكرية مشتركة | المناورات المشتركة | التمرين المشترك | التمارين المشتركة | التدريبات المشتركة | مناورات بحرية مشتركة | مناورات جوية مشتركة
symmetric: yes
target: مع | بين | any
needs-target: yes

[event 062]
gloss: joint military exercise (noun)
noun: مناورات مشتركة | مناورات عسكرية مشتركة | تمرين مشترك | التمرين المشترك | التمرين العسكري المشترك | تمرين عسكري مشترك | تمارين مشتركة | التمارين المشتركة | التدريبات العسكرية المشتركة | تدريبات عسكرية مشتركة | المناورات العسكرية المشتركة | المناورات المشتركة | المناورات البحرية المشتركة | مناورات بحرية مشتركة
symmetric: yes
target: مع | بين | any
needs-target: yes

[event 062]
gloss: allow the use of bases or airspace (سمح باستخدام قواعدها)
# snn_gold_dev convention: «وافقت تركيا على أن تستخدم طائرات الولايات المتحدة قواعدها» 062.
verb: سمح/يسمح | وافق/يوافق | فتح/يفتح
after: باستخدام قواعدها | باستخدام قواعده | باستخدام قاعدة | باستخدام القواعد | باستخدام أجوائها | باستخدام مجالها الجوي | على استخدام قواعدها | على استخدام قاعدة | على استخدام القواعد | على استخدام | قواعدها الجوية | قواعده الجوية | أجواءها | مجالها الجوي
context: قواعدها | قواعده | قاعدة | القواعد | أجوائها | أجواءها | مجالها الجوي | الجوية
target: ل | any
needs-target: yes

[event 062]
gloss: join a military coalition (انضم إلى التحالف)
verb: انضم/ينضم
after: إلى التحالف | للتحالف | الى التحالف | إلى الحملة العسكرية | إلى الحرب على | إلى قوات التحالف
target: any
needs-target: yes

[event 063]
gloss: extradite or hand over a suspect (سلم المطلوب إلى)
# PETRARCH EXTRADITE * &SUSPECT → 063; snn_gold_dev: «قرار تسليم أم سياف إلى الحكومة العراقية» 063.
verb: سلم/يسلم
form: سلمت | سلموا
after: المطلوب | المطلوبين | المتهم | المتهمين | المشتبه | المشتبه به | المشتبه بهم | مطلوبين | مطلوبا | الإرهابي | الإرهابيين | المعتقل | المعتقلة | المعتقلين
context: إلى السلطات | إلى حكومة | إلى الحكومة | لسلطات | للسلطات | إلى بلاده | إلى بلادها | لبلاده | المطلوب | المطلوبين | المتهم | المتهمين
target: إلى | ل | any
needs-target: yes

[event 063]
gloss: extradition (masdar)
noun: تسليم المطلوبين | تسليم المتهم | تسليم المتهمين | تسليم المشتبه به | تسليم المشتبه بهم | تسليم المعتقلة | تسليم المعتقل | تبادل المطلوبين | تسليم المجرمين
context: قرر | قررت | قرار | تم | وتم | جرى | وافق | وافقت | طلب | طلبت
target: إلى | ل | any
needs-target: yes

[event 064]
gloss: share intelligence (تبادل المعلومات، زود بالمعلومات)
# PETRARCH PROVIDE * DOCUMENTS, HELP * (WITH &INFORMATION), BRIEF * (ON OPERATION) → 064.
verb: تبادل/يتبادل | زود/يزود | أمد/يمد
after: المعلومات | المعلومات الاستخباراتية | المعلومات الأمنية | بالمعلومات | بمعلومات | بمعلومات استخباراتية | بالمعلومات الاستخباراتية | معلومات استخباراتية
symmetric: yes
target: مع | object | any
needs-target: yes

# ------------------------------------------------------------------ 07 aid

[event 070]
gloss: donate (تبرع بمبلغ)
# PETRARCH DELIVER * AID, SET_UP * FUND → 070.
verb: تبرع/يتبرع
noun: متبرعا
after: بمبلغ | بمليون | بمليار | بملايين | بمبالغ | بقيمة | بنصف مليار | بربع مليار
target: ل | إلى | any
needs-target: yes

[event 071]
gloss: fund or lend (موّل، أقرض)
# «مول» alone is a shopping mall: the forms are written out without it.
form: مولت | يمول | تمول | يمولون | أقرض | أقرضت | يقرض | تقرض
noun: مولوا
after: مشروع | مشاريع | مشروعات | برامج | برنامج | إنشاء | بناء | بمبلغ | بقيمة | مليار | مليون
target: في | ل | object | any
needs-target: yes

[event 071]
gloss: give economic aid (قدم مساعدة مالية، منح قرضا)
# Stop 23. PETRARCH EXTEND * ECONOMIC AID, LOAN → 071 («قدم صندوق النقد الدولي مساعدة عاجلة الى
# العراق»). The target only by a preposition or the object: with `any` a state named elsewhere in
# the sentence was taken. Development corpus: +3, 3 right.
verb: قدم/يقدم | منح/يمنح
after: مساعدة مالية | مساعدات مالية | مساعدة عاجلة | مساعدة اقتصادية | مساعدات اقتصادية | قرضا | قروضا | منحة مالية | منحا مالية | دعما ماليا | وديعة | مساعدة بقيمة | مساعدات بقيمة
target: ل | إلى | object
needs-target: yes

[event 071]
gloss: economic aid (masdar with an amount)
noun: قرض بقيمة | منحة بقيمة | وديعة بقيمة | منحة مالية | قرضا بقيمة | منحة قدرها | قرض قدره | دعما ماليا بقيمة
context: قدم | قدمت | منح | منحت | أودع | أودعت | وقع | وقعت | يقدم | تقدم | تسلم | تسلمت | أعلن | أعلنت | خصص | خصصت
target: ل | إلى | any
needs-target: yes

[event 072]
gloss: arm or train forces (سلح، درّب)
# PETRARCH TRAIN * FORCES | FIGHTER → 072. «تدرب/تسلح» (trained, armed oneself) are not among the
# forms: the derived present of درّب and سلّح would include them.
form: سلحت | سلحوا | يسلح | يسلحون | دربت | دربوا | يدرب | يدربون
after: قوات | القوات | عناصر | مقاتلين | المقاتلين | الجيش | المعارضة | فصائل | الفصائل | عشائر | العشائر | أبناء العشائر | الحشد | البيشمركة | جنود | الجنود | ميليشيات | مليشيات | الميليشيات | المليشيات
target: object | any
needs-target: yes

[event 072]
gloss: training and arming programmes (masdar)
noun: تدريب وتسليح | تسليح وتدريب | تدريب وتجهيز | تجهيز وتدريب | بتدريب وتسليح | بتسليح وتدريب
target: object | any
needs-target: yes

[event 072]
gloss: send military advisers or weapons (أرسل مستشارين عسكريين)
verb: أرسل/يرسل | زود/يزود | سلم/يسلم | قدم/يقدم
after: مستشارين عسكريين | خبراء عسكريين | مدرعات | آليات عسكرية | ذخائر | عتادا عسكريا | أسلحة ثقيلة | منظومة | منظومات | صواريخ مضادة | بطائرات | طائرات مقاتلة | مقاتلات
target: ل | إلى | object | any
needs-target: yes

[event 073]
gloss: hand over or deliver relief (سلم مساعدات)
verb: سلم/يسلم | أوصل/يوصل
after: مساعدات | المساعدات | مساعدات إنسانية | شحنة مساعدات | شحنات مساعدات | المواد الإغاثية | مواد إغاثية | مواد طبية | أدوية | سلالا غذائية | سلال غذائية | إغاثية | الإغاثية
target: ل | إلى | any
needs-target: yes

[event 074]
gloss: provide protection or peacekeepers (وفر الحماية، نشر قوات حفظ السلام)
# PETRARCH DEPLOY * PEACEKEEPERS, EXTEND * PEACEKEEPING → 074.
verb: وفر/يوفر
after: الحماية | حماية | الحماية اللازمة | الغطاء الجوي | غطاء جويا
target: ل | any
needs-target: yes

[event 074]
gloss: peacekeeping force (noun)
noun: قوات حفظ السلام | قوة حفظ السلام | بعثة حفظ السلام | قوات حفظ سلام | قوة لحفظ السلام | قوات لحفظ السلام
context: نشر | نشرت | أرسل | أرسلت | إرسال | تنشر | ينشر | ستنشر | وصلت | وصول
target: في | إلى | any
needs-target: yes

[event 075]
gloss: grant asylum or take in refugees (منح حق اللجوء، استقبل لاجئين)
# PETRARCH GRANT * &ASYLUM, OPEN * CAMP (FOR &REFUGEE) → 075.
verb: منح/يمنح | استقبل/يستقبل | آوى/يؤوي
form: استضافت | استضافوا | يستضيف | تستضيف | يستضيفون
after: حق اللجوء | اللجوء السياسي | لجوءا | اللجوء | لاجئين | اللاجئين | لاجئ | النازحين | نازحين | المهاجرين | مهاجرين | الفارين
target: object | ل | من | any
needs-target: yes

# ------------------------------------------------------------------ 08 yield

[event 081]
gloss: lift restrictions (رفع القيود، ألغى الحظر)
# The past «رفع» is left out: on real text it is mostly the masdar («مقابل رفع العقوبات»).
form: رفعت | رفعوا | يرفع | ترفع | يرفعون | رفعتا | ألغى | ألغت | ألغوا | يلغي | تلغي | خفف | خففت | خففوا | يخفف | تخفف
after: القيود | القيود المفروضة | الحظر عن | الحظر المفروض | حظر السفر | الحظر على | قرار الحظر | الإقامة الجبرية
target: عن | على | any
needs-target: yes

[event 0813]
gloss: lift a curfew (رفع حظر التجول)
form: رفعت | رفعوا | يرفع | ترفع | ألغى | ألغت | يلغي | تلغي | خففت | يخفف
after: حظر التجول | حظر التجوال | حظر تجول
target: عن | في | any

[event 0814]
gloss: lift a state of emergency (رفع حالة الطوارئ)
form: رفعت | رفعوا | يرفع | ترفع | ألغى | ألغت | يلغي | تلغي | أنهى | أنهت | ينهي | تنهي
after: حالة الطوارئ | الأحكام العرفية | قانون الطوارئ
target: عن | في | any

[event 083]
gloss: accede to demands (استجاب لمطالب)
# PETRARCH ACCEDE, AGREE * (TO DEMAND) → 083.
verb: رضخ/يرضخ | نزل/ينزل
form: استجابت | استجابوا | يستجيب | تستجيب | يستجيبون | لبى | لبت | لبوا | يلبي | يلبون
noun: مستجيبا
after: لمطالب | للمطالب | مطالب | لمطالبات | لضغوط | للضغوط | لطلب | عند رغبة
context: مطالب | للمطالب | مطالبات | ضغوط | للضغوط | لطلب | رغبة
target: ل | any
needs-target: yes

[event 0841]
gloss: release persons (أفرج عن، أطلق سراح)
# PETRARCH RELEASE * PRISONERS | &HOSTAGE | ACTIVIST | &PEOPLE, FREE * KIDNAPPED → 0841.
verb: أفرج/يفرج
form: أفرجت | أفرجوا
noun: مفرجا
after: عن
target: عن | any
needs-target: yes

[event 0841]
gloss: set free (أطلق سراح، أخلى سبيل)
verb: أطلق/يطلق | أخلى/يخلي
form: أطلقت | أطلقوا | أخلت
after: سراح | سراحه | سراحها | سراحهم | سبيل | سبيله | سبيلها | سبيلهم
target: object | any
needs-target: yes

[event 0841]
gloss: release (masdar: تم الإفراج عن)
noun: الإفراج عن | إطلاق سراح | الإفراج | إخلاء سبيل
context: تم | وتم | جرى | وجرى | قررت | قرر | أمرت | أمر | أعلنت | أعلن | تقرر
target: عن | object | any
needs-target: yes

[event 0841]
gloss: prisoner exchange (تبادل الأسرى)
noun: تبادل الأسرى | تبادل أسرى | صفقة تبادل | عملية تبادل | تبادل للأسرى | تبادل المحتجزين | تبادل الجثث
context: تم | وتم | جرى | وجرت | جرت | نفذت | أنجزت | إتمام | أتم | تمت
symmetric: yes
target: بين | مع
needs-target: yes

[event 084]
gloss: hand over bodies or remains (سلم جثث)
verb: سلم/يسلم
form: سلمت | سلموا | أعادت | أعادوا | يعيد | تعيد
after: جثث | جثة | جثمان | جثامين | رفات | الجثث | الجثة | الجثمان | الجثامين | الرفات
target: ل | إلى | any
needs-target: yes

[event 0842]
gloss: return property (أعاد الأموال، الممتلكات)
verb: سلم/يسلم
form: أعادت | أعادوا | يعيد | تعيد | ردت | ردوا
after: الأموال المجمدة | الأصول المجمدة | الممتلكات | ممتلكات | الأراضي المصادرة | الأموال المصادرة | السفينة | السفن المحتجزة | الطائرة المحتجزة
target: ل | إلى | any
needs-target: yes

[event 085]
gloss: lift economic sanctions (رفع العقوبات)
# PETRARCH LIFT * SANCTIONS, RELEASE * FUND → 085. Verb forms only (the masdar «رفع العقوبات» is
# mostly a topic: «مقابل رفع العقوبات»).
form: رفعت | رفعوا | يرفع | ترفع | يرفعون | ألغى | ألغت | يلغي | تلغي | خفف | خففت | يخفف | تخفف | علق | علقت | يعلق | تعلق
after: العقوبات | العقوبات الاقتصادية | العقوبات المفروضة | عقوبات | الحظر الاقتصادي | الحصار الاقتصادي | تجميد الأصول | تجميد أرصدة
target: عن | على | any
needs-target: yes

[event 086]
gloss: allow foreign involvement (سمح لفرق، سمح بدخول)
# PETRARCH ALLOW, PERMIT * (INSPECTORS | AID) → 086/0862/0863.
verb: سمح/يسمح
after: بدخول | لفرق | للفرق | بوصول | بإدخال | للمنظمات | لمنظمات | للبعثة | لبعثة | للجنة | لوفد
target: ل | any
needs-target: yes

[event 0862]
gloss: admit inspectors (سمح للمفتشين، وافق على التفتيش)
# Past forms only: «يسمح الاتفاق للمفتشين» is a provision of a text, not an act.
form: سمح | سمحت | سمحوا | وافق | وافقت | وافقوا | قبل | قبلت
after: للمفتشين | لمفتشي | بدخول المفتشين | بتفتيش | على تفتيش | بزيارة المفتشين | التفتيش | بعمليات التفتيش | على دخول المفتشين
context: المفتشين | مفتشي | تفتيش | التفتيش
target: ل | any
needs-target: yes

[event 0863]
gloss: let humanitarian aid in (سمح بدخول المساعدات)
verb: سمح/يسمح | فتح/يفتح | وافق/يوافق
after: بدخول المساعدات | بإدخال المساعدات | بوصول المساعدات | بمرور المساعدات | ممرات آمنة | ممرا آمنا | ممرات إنسانية | ممرا إنسانيا | على دخول المساعدات | على إدخال المساعدات | لقوافل | للقوافل | لشاحنات
context: المساعدات | آمنة | آمنا | إنسانية | إنسانيا | قوافل | لقوافل | للقوافل | لشاحنات
target: ل | إلى | any
needs-target: yes

[event 087]
gloss: halt military operations (أوقف العمليات العسكرية، علّق الغارات)
# PETRARCH HALT * ATTACKS | VIOLENCE | CLASHES → 0871; snn_gold_dev «أوقفت عمليات القصف الجوي» 087.
verb: أوقف/يوقف | علق/يعلق | جمد/يجمد | أنهى/ينهي
form: خفضت | خفضوا | يخفض | تخفض | يخفضون
after: العمليات العسكرية | عملياته العسكرية | عملياتها العسكرية | عمليات القصف | القصف | الغارات | غاراتها | غاراته | الهجمات | هجماته | هجماتها | العمليات القتالية | الهجوم | هجومه | هجومها | الضربات الجوية | العمليات الجوية
target: على | ضد | في | any
needs-target: yes

[event 0871]
gloss: declare or observe a truce (أعلن هدنة، التزم بوقف إطلاق النار)
# PETRARCH DECLARE | ANNOUNCE | OBSERVE * &CEASEFIRE → 0871.
verb: أعلن/يعلن | التزم/يلتزم | وافق/يوافق | قبل/يقبل | أقر/يقر
noun: معلنا | ملتزما
after: هدنة | الهدنة | بالهدنة | على الهدنة | على هدنة | وقف إطلاق النار | وقفا لإطلاق النار | بوقف إطلاق النار | على وقف إطلاق النار | وقفا لإطلاق | هدنة إنسانية | الهدنة الإنسانية | تهدئة
target: في | مع | any
needs-target: yes

[event 0872]
gloss: lift a blockade (رفع الحصار)
# «فك الحصار» is left out: in this press it is mostly breaking a siege by force (فكت المقاومة الحصار
# عن تعز), an act of fighting, not of yielding.
form: رفعت | رفعوا | يرفع | ترفع | خفف | خففت | يخفف | تخفف
after: الحصار | حصارها | حصاره | الحصار المفروض
target: عن | على | any
needs-target: yes

[event 0874]
gloss: give oneself up (سلم نفسه، سلموا أنفسهم)
verb: سلم/يسلم
form: سلموا | سلمت
after: أنفسهم | نفسه | نفسها | أنفسهم وأسلحتهم
context: مسلحي | مسلحين | المسلحين | الحوثيين | الحوثي | المليشيات | الميليشيات | مقاتلي | عناصر | داعش | التنظيم | المقاومة | الجيش | القوات | للقوات | للمقاومة | للجيش
target: ل | إلى | any
needs-target: yes

[event 0873]
gloss: disarm, hand over weapons (سلم أسلحته، نزع السلاح)
verb: سلم/يسلم | ألقى/يلقي
form: سلموا | سلمت
after: أسلحتهم | أسلحته | أسلحتها | سلاحه | سلاحها | سلاحهم | الأسلحة الثقيلة | أسلحة ثقيلة | السلاح
target: ل | إلى | any
needs-target: yes

[event 0874]
gloss: retreat (انسحب من)
# PETRARCH ABANDON * POSITIONS | &STRONGHOLD, ANNOUNCE * WITHDRAW, COMPLETE * WITHDRAWAL → 0874.
# Only with military words near it: «انسحب» is also leaving a tournament, a race or a talk
# («انسحب من المفاوضات» is 164, below).
verb: انسحب/ينسحب
noun: منسحبا | منسحبين
not-after: من المفاوضات | من الحوار | من المحادثات | من الاتفاق | من البطولة | من السباق | من المنافسة | من المباراة | من الانتخابات
context: مواقع | مواقعها | مواقعهم | مواقعه | قواته | قواتها | القوات | الجيش | المقاومة | الميليشيات | المليشيات | الحوثيين | الحوثي | المسلحين | مسلحي | مقاتلي | عناصر | تنظيم | داعش | الاحتلال | جبهة | الجبهة | المعسكر | معسكر | قاعدة | الضربات | ضربات
target: أمام | من | any
needs-target: yes

[event 0874]
gloss: withdraw troops (سحب قواته)
# The bare past «سحب» is left out: it is mostly the masdar («قرار سحب القوات»، «دعا إلى … وسحب قواتها»).
form: سحبت | سحبوا | سحبتا | يسحب | تسحب | يسحبون
after: قواته | قواتها | القوات | جنوده | جنودها | قوات | وحداته | وحداتها | مقاتليه | مقاتليها | عناصره | عناصرها | آلياته | آلياتها | مسلحيه | مسلحيها
target: من | any
needs-target: yes

[event 0874]
gloss: surrender (استسلم، سلم نفسه)
verb: استسلم/يستسلم
context: مسلحي | مسلحين | المسلحين | الحوثيين | الحوثي | المليشيات | الميليشيات | مقاتلي | عناصر | داعش | التنظيم | المقاومة | الجيش | القوات | للقوات | للمقاومة | للجيش
target: ل | إلى | any
needs-target: yes

# ------------------------------------------------------------------ 09 investigate

[event 090]
gloss: open an investigation (فتح تحقيقا)
# PETRARCH LAUNCH | OPEN | BEGIN * INVESTIGATION → 090; the subcodes choose by what is investigated.
verb: أجرى/يجري | بدأ/يبدأ | باشر/يباشر | أطلق/يطلق
form: فتحت | فتحوا | يفتح | تفتح | يفتحون
after: تحقيقا | تحقيقات | التحقيق | التحقيقات | تحقيق في | تحقيق مستقل | تحقيق دولي | تحقيقا موسعا | تحقيقا مستقلا
target: مع | في | any
needs-target: yes

[event 090]
gloss: question a suspect (استجوب)
verb: استجوب/يستجوب
target: object
needs-target: yes

[event 091]
gloss: investigate a crime or corruption (فتح تحقيقا في الفساد، في التفجير)
# snn_gold_dev: «التحقيقات التي تجريها السلطات القضائية العراقية في التفجير» 091.
verb: أجرى/يجري | بدأ/يبدأ | باشر/يباشر
form: فتحت | فتحوا | يفتح | تفتح | يفتحون
after: تحقيقا | تحقيقات | التحقيق | التحقيقات | تحقيق في | تحقيق مستقل | تحقيق دولي | تحقيقا موسعا | تحقيقا مستقلا
context: فساد | الفساد | جريمة | الجريمة | اختلاس | رشوة | رشاوى | غسيل أموال | تهريب | التفجير | تفجير | الانفجار | الهجوم | اغتيال | مقتل | قتل | الحادث | حادث | احتيال | تزوير | الإرهابية | إرهابي
target: مع | في | any
needs-target: yes

[event 092]
gloss: investigate human rights abuses (تحقيق في انتهاكات)
verb: أجرى/يجري | بدأ/يبدأ | باشر/يباشر
form: فتحت | فتحوا | يفتح | تفتح | يفتحون
after: تحقيقا | تحقيقات | التحقيق | تحقيق في | تحقيق مستقل | تحقيق دولي
context: انتهاكات | حقوق الإنسان | التعذيب | تعذيب | الإخفاء القسري | اختفاء
target: مع | في | any
needs-target: yes

[event 093]
gloss: investigate a military action (تحقيق في الغارة)
verb: أجرى/يجري | بدأ/يبدأ | باشر/يباشر
form: فتحت | فتحوا | يفتح | تفتح | يفتحون
after: تحقيقا | تحقيقات | التحقيق | تحقيق في | تحقيق مستقل | تحقيق دولي
context: الغارة | غارة | الغارات | القصف | قصف | الضربة الجوية | الغارة الجوية | العملية العسكرية | إسقاط الطائرة | إسقاط
target: مع | في | any
needs-target: yes

[event 094]
gloss: investigate war crimes (تحقيق في جرائم حرب)
verb: أجرى/يجري | بدأ/يبدأ | باشر/يباشر
form: فتحت | فتحوا | يفتح | تفتح | يفتحون
after: تحقيقا | تحقيقات | التحقيق | تحقيق في | تحقيق مستقل | تحقيق دولي
context: جرائم حرب | جرائم الحرب | جرائم ضد الإنسانية | إبادة
target: مع | في | any
needs-target: yes
