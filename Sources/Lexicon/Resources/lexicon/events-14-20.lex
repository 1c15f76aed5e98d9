# Issue 13 (lex13b): CAMEO roots 14–20 (protest, force posture, reduce relations, coerce,
# assault, fight, mass violence). See events-01-05.lex for the conventions of this overlay.

# ------------------------------------------------------------------ 14 protest

[event 142]
gloss: hunger strike (إضراب عن الطعام)
# The built-in 143 «strike» nouns are shorter: «إضراب عن الطعام» is the longest match and wins.
noun: إضراب عن الطعام | الإضراب عن الطعام | إضرابا عن الطعام | إضرابه عن الطعام | إضرابها عن الطعام | إضرابهم عن الطعام | إضراب مفتوح عن الطعام | الإضراب المفتوح عن الطعام | إضرابا مفتوحا عن الطعام | المضربين عن الطعام | المضرب عن الطعام | مضربين عن الطعام | مضربا عن الطعام
target: ضد | object | any

[event 142]
gloss: go on hunger strike (أضرب عن الطعام)
form: أضرب | أضربوا | أضربت | يضرب | يضربون | تضرب
noun: مضربا | مضربين
after: عن الطعام
target: ضد | any

[event 143]
gloss: go on strike from work (أضرب عن العمل)
form: أضرب | أضربوا | أضربت | يضربون
noun: مضربين
after: عن العمل | عن الدوام | عن الدراسة
target: ضد | any

[event 143]
gloss: boycott (قاطع الانتخابات)
# PETRARCH BOYCOTT → 143. «قاطع» alone is "decisive" (دليل قاطع) and «تقاطع» a road junction: the
# forms are written out without them, and a boycotted thing must follow.
form: قاطعت | قاطعوا | يقاطع | يقاطعون | يقاطعان
noun: مقاطعا | مقاطعين
after: الانتخابات | الاجتماع | الاجتماعات | المؤتمر | جلسة | جلسات | المفاوضات | الحوار | البضائع | المنتجات | الاستفتاء | القمة | الدورة | العملية السياسية | البرلمان | الحكومة
target: ضد | any

[event 143]
gloss: boycott (masdar)
noun: مقاطعة الانتخابات | مقاطعة البضائع | مقاطعة المنتجات | حملة مقاطعة | حملات مقاطعة | مقاطعة الاستفتاء | مقاطعة جلسات | مقاطعة الحوار | مقاطعة المفاوضات
target: ضد | object | any

# ------------------------------------------------------------------ 15 exhibit force posture

[event 150]
gloss: military exercise or parade (أجرى مناورات عسكرية)
# PETRARCH LAUNCH * MANEUVERS, EXERCISE * DEPLOYMENT → 150 (joint exercises are 062,
# events-06-09: the longer noun wins).
noun: مناورات عسكرية | المناورات العسكرية | مناورات بحرية | المناورات البحرية | مناورات جوية | استعراض عسكري | استعراضا عسكريا | عرض عسكري | عرضا عسكريا | تجربة صاروخية | تجارب صاروخية | تجربة إطلاق صاروخ | تجربة لإطلاق صاروخ | تمرين عسكري | تمرينا عسكريا | تدريبات عسكرية
context: أجرى | أجرت | يجري | تجري | نفذ | نفذت | بدأ | بدأت | اختتم | اختتمت | أطلق | أطلقت | نظم | نظمت | تنظم | أقام | أقامت
target: في | قرب | any

[event 150]
gloss: violate airspace (اخترق الأجواء)
# PETRARCH VIOLATE * AIRSPACE → 150.
verb: اخترق/يخترق | انتهك/ينتهك
noun: مخترقا
after: الأجواء | أجواء | المجال الجوي | مجالها الجوي | الأجواء اللبنانية | المياه الإقليمية | الحدود
target: any
needs-target: yes

[event 151]
gloss: raise the security alert (رفع حالة التأهب الأمني)
# PETRARCH ALERT * &SECURITY, STAGE * {AIR EXERCISE} → 151/152: security services are 151, the
# armed forces 152 (next block).
verb: رفع/يرفع | أعلن/يعلن
after: حالة التأهب | درجة التأهب | حالة الاستنفار | درجة الاستعداد | الاستنفار | التأهب | الجاهزية | درجة الجاهزية
context: الأمن | الأمني | الأمنية | الشرطة | أمنية | أمني
target: في | any

[event 152]
gloss: raise the military alert (رفع حالة التأهب، استنفر قواته)
verb: رفع/يرفع | أعلن/يعلن
after: حالة التأهب | درجة التأهب | حالة الاستنفار | درجة الاستعداد | الاستنفار | التأهب | الجاهزية | درجة الجاهزية | حالة التأهب القصوى | الاستنفار العسكري
target: في | any

[event 152]
gloss: put forces on alert (استنفر)
verb: استنفر/يستنفر
after: قواته | قواتها | القوات | جيشه | جيشها | الجيش | وحداته | وحداتها | الوحدات
target: في | any

[event 151]
gloss: security alert (noun)
noun: الاستنفار الأمني | استنفار أمني | استنفارا أمنيا | حالة الاستنفار الأمني | التأهب الأمني | تأهب أمني | استنفار أمني مكثف | حالة استنفار أمني
target: في | any

[event 152]
gloss: military alert (noun)
noun: الاستنفار العسكري | استنفار عسكري | استنفارا عسكريا | حالة التأهب القصوى | التأهب العسكري | حالة الاستنفار العسكري
target: في | any

[event 153]
gloss: deploy or reinforce police (نشر قوات الأمن، عزز الإجراءات الأمنية)
# PETRARCH RUSH * POLICE (TO BORDER), DEPLOY * POLICE → 153.
verb: عزز/يعزز | كثف/يكثف | شدد/يشدد
form: نشرت | نشروا | ينشر | تنشر | ينشرون | دفعت | دفعوا | يدفع | تدفع | يدفعون
after: قوات الأمن | عناصر الأمن | رجال الأمن | قوات الشرطة | عناصر الشرطة | الدوريات الأمنية | دوريات أمنية | الإجراءات الأمنية | إجراءاته الأمنية | إجراءاتها الأمنية | التواجد الأمني | الوجود الأمني | الانتشار الأمني | تواجدها الأمني | الحواجز الأمنية | نقاط التفتيش | حواجز | بقوات الأمن | بتعزيزات أمنية
context: الأمن | الأمني | الأمنية | الشرطة | أمنية | حواجز | التفتيش
target: في | على | any

[event 154]
gloss: mobilise or reinforce armed forces (حشد قوات، دفع بتعزيزات، نشر قوات)
# PETRARCH DEPLOY * TROOPS, RUSH * (TO BORDER), ACCELERATE * DEPLOYMENT, &MILITARY * BUILDUP → 154;
# snn_gold_dev «تحاول ميليشيات الحوثي استقدام مزيد من التعزيزات العسكرية» 154.
verb: أرسل/يرسل | استقدم/يستقدم | عزز/يعزز
form: حشدت | حشدوا | يحشد | تحشد | يحشدون | دفعت | دفعوا | يدفع | تدفع | يدفعون | حركت | حركوا | يحرك | تحرك
after: تعزيزات | بتعزيزات | تعزيزات عسكرية | بتعزيزات عسكرية | قوات | بقوات | قواته | قواتها | حشودا | حشود | آلاف الجنود | جنود | بجنود | وحدات | بوحدات | دبابات | بدبابات | مدرعات | آليات عسكرية | بطاريات | صواريخ | منظومة | منظومات | سفنا حربية | سفن حربية | بوارج | حاملة طائرات | مقاتلين | بمقاتلين | مزيدا من | بمزيد من | المزيد من التعزيزات | مواقعه العسكرية | وجوده العسكري | وجودها العسكري | تواجده العسكري | تواجدها العسكري
context: تعزيزات | بتعزيزات | قوات | بقوات | قواته | قواتها | حشود | حشودا | الجنود | جنود | وحدات | دبابات | مدرعات | آليات | بطاريات | صواريخ | منظومة | منظومات | حربية | بوارج | حاملة | مقاتلين | العسكري | العسكرية
target: إلى | نحو | باتجاه | على | في | any

[event 154]
gloss: deploy troops or missiles (نشر قوات، نشر منظومة)
# «نشر» is mostly "published": only with troops or weapons right after it.
form: نشرت | نشروا | ينشر | تنشر | ينشرون
after: قوات | قواته | قواتها | جنودا | آلاف الجنود | جنوده | جنودها | بطاريات | منظومة | منظومات | صواريخ | دبابات | سفنا حربية | مقاتلات | طائرات
target: في | على | قرب | إلى | any

[event 154]
gloss: reinforcements, troop build-up (noun)
noun: تعزيزات عسكرية | التعزيزات العسكرية | حشود عسكرية | حشودا عسكرية | الحشود العسكرية | تعزيزات إضافية | تعزيزات جديدة | رتل عسكري | رتلا عسكريا | أرتال عسكرية | التعبئة العامة | النفير العام
context: وصلت | وصول | وصل | أرسل | أرسلت | دفع | دفعت | استقدام | استقدمت | حشد | حشدت | تحركت | توجهت | تتجه | اتجهت | أعلن | أعلنت | عبرت | دخلت
target: إلى | نحو | باتجاه | على | في | any

# ------------------------------------------------------------------ 16 reduce relations

[event 160]
gloss: advise nationals against travel (حذر رعاياه من السفر)
# PETRARCH CAUTION * &PEOPLE (AGAINST TRAVELING), IMPOSE * BAN (ON TRAVEL) → 160.
verb: حذر/يحذر | دعا/يدعو | طالب/يطالب | نصح/ينصح
form: منعت | منعوا | يمنع | تمنع | يمنعون
noun: محذرا | داعيا | مطالبا
after: رعاياه | رعاياها | مواطنيه | مواطنيها | الرعايا | المواطنين من السفر | مواطنيها من السفر | رعاياها من السفر
context: السفر | مغادرة | بمغادرة | المغادرة | التوجه
target: إلى | any
needs-target: yes

[event 160]
gloss: impose a travel or visa ban (فرض حظر سفر، علق منح التأشيرات)
verb: علق/يعلق | أوقف/يوقف | جمد/يجمد
form: فرضت | فرضوا | يفرض | تفرض | يفرضون
after: حظر سفر | حظرا على السفر | حظر السفر | منح التأشيرات | إصدار التأشيرات | التأشيرات | الرحلات الجوية | رحلاتها إلى | الرحلات إلى
context: السفر | التأشيرات | الرحلات | رحلاتها
target: على | إلى | any
needs-target: yes

[event 161]
gloss: recall one's ambassador (استدعى سفيره للتشاور)
# PETRARCH RECALL * AMBASSADOR → 161. Summoning another state's envoy («استدعى السفير الإيراني،
# القائم بأعمال السفارة») is a complaint (114, events-10-13).
verb: استدعى/يستدعي
after: سفيره | سفيرها | سفراءها | سفراءه | سفيرها لدى | سفيره لدى
target: لدى | في | من | any
needs-target: yes

[event 161]
gloss: withdraw an ambassador or close an embassy (سحب سفيره، أغلق سفارته)
# PETRARCH WITHDRAW * AMBASSADOR, EVACUATE * EMBASSY, SHUT * DIPLOMATIC → 161. The bare past «سحب» is
# left out (mostly the masdar: «لوّح بتعليق العلاقات أو سحب السفير»).
verb: أغلق/يغلق
form: سحبت | سحبوا | يسحب | تسحب | يسحبون
after: سفيره | سفيرها | سفراءها | سفراءه | السفير | سفير | بعثته الدبلوماسية | بعثتها الدبلوماسية | البعثة الدبلوماسية | دبلوماسييه | دبلوماسييها | سفارته | سفارتها | السفارة | قنصليته | قنصليتها | القنصلية
target: من | لدى | في | any
needs-target: yes

[event 161]
gloss: expel diplomats (طرد السفير، أعلنه شخصا غير مرغوب فيه)
# The built-in 174 «deport» takes «طرد» with «السفير» as a deportation; PETRARCH codes expelling
# diplomats as reducing relations (161). This block outranks it (`after:` and `context:`).
verb: أبعد/يبعد | أمهل/يمهل
form: طردت | طردوا | يطرد | تطرد | يطردون
after: السفير | سفير | دبلوماسيين | الدبلوماسيين | دبلوماسيا | القائم بالأعمال | أعضاء البعثة | الملحق العسكري | طاقم السفارة
context: السفير | سفير | دبلوماسيين | الدبلوماسيين | دبلوماسيا | بالأعمال | البعثة | الملحق | السفارة
target: object | any
needs-target: yes

[event 161]
gloss: declare persona non grata, downgrade relations (خفض التمثيل الدبلوماسي)
verb: اعتبر/يعتبر | أعلن/يعلن
form: خفضت | خفضوا | يخفض | تخفض | يخفضون
after: التمثيل الدبلوماسي | مستوى التمثيل | مستوى العلاقات | علاقاته الدبلوماسية | علاقاتها الدبلوماسية | شخصا غير مرغوب | شخص غير مرغوب
target: مع | object | any
needs-target: yes

[event 162]
gloss: halt aid (أوقف المساعدات، علّق الدعم)
# PETRARCH CUT | SUSPEND | FREEZE * AID → 162; the kind of aid gives 1621–1623 (blocks below).
verb: أوقف/يوقف | علق/يعلق | جمد/يجمد | قلص/يقلص
form: قطعت | قطعوا | يقطع | تقطع | يقطعون | خفضت | خفضوا | يخفض | تخفض | يخفضون
after: المساعدات | مساعداتها | مساعداته | المعونات | معوناتها | الدعم المقدم | دعمها | دعمه | المساعدة
target: ل | عن | any
needs-target: yes

[event 1621]
gloss: halt economic aid (جمد القروض، أوقف الدعم المالي)
verb: أوقف/يوقف | علق/يعلق | جمد/يجمد | قلص/يقلص
form: قطعت | قطعوا | يقطع | تقطع | يقطعون | خفضت | خفضوا | يخفض | تخفض | يخفضون
after: المساعدات | مساعداتها | مساعداته | المعونات | الدعم | القروض | التمويل | المنح | الودائع | تمويل
context: المالية | الاقتصادية | القروض | التمويل | المنح | الودائع | تمويل
target: ل | عن | any
needs-target: yes

[event 1622]
gloss: halt military aid (أوقف صفقات السلاح، المساعدات العسكرية)
verb: أوقف/يوقف | علق/يعلق | جمد/يجمد | ألغى/يلغي
form: قطعت | قطعوا | يقطع | تقطع | يقطعون | خفضت | خفضوا | يخفض | تخفض | يخفضون
after: المساعدات | مساعداتها | الدعم | صفقات السلاح | صفقة السلاح | صفقة الأسلحة | صفقات الأسلحة | تسليم الأسلحة | صادرات الأسلحة | بيع الأسلحة | تصدير الأسلحة | مبيعات الأسلحة | التعاون العسكري
context: العسكرية | العسكري | السلاح | الأسلحة
target: ل | إلى | مع | any
needs-target: yes

[event 1623]
gloss: halt humanitarian aid (أوقف المساعدات الإنسانية)
verb: أوقف/يوقف | علق/يعلق | جمد/يجمد | قلص/يقلص
form: قطعت | قطعوا | يقطع | تقطع | يقطعون | خفضت | خفضوا | يخفض | تخفض | يخفضون
after: المساعدات | مساعداتها | الدعم | توزيع المساعدات | المساعدات الغذائية | العمليات الإنسانية | أنشطتها الإنسانية
context: الإنسانية | الإغاثية | الغذائية | الإغاثة
target: ل | عن | في | any
needs-target: yes

[event 163]
gloss: impose sanctions or an embargo (فرض عقوبات، جمد أصول)
# PETRARCH IMPOSE | ADD * SANCTIONS, FREEZE * ASSETS → 163. «فرض حصارا» is a blockade (191) and «فرض
# حظر التجول» a curfew (1723): neither is in the list.
# The bare past «فرض» is left out: it is mostly the masdar after a modal («تستطيع فرض العقوبات»);
# the masdar codes only with a word of decision (next block).
verb: شدد/يشدد | وسع/يوسع | مدد/يمدد | جدد/يجدد | جمد/يجمد | أدرج/يدرج
form: فرضت | فرضوا | يفرض | تفرض | يفرضون
after: عقوبات | العقوبات | عقوبات جديدة | عقوبات اقتصادية | حظرا على | حظر على | حظرا شاملا | حظر السلاح | حظرا على الأسلحة | حظرا نفطيا | حظر الأسلحة | أصول | أصولا | أرصدة | الأصول | الأرصدة | أموال | على قائمة الإرهاب | على قائمة | على القائمة السوداء | على لائحة | ضمن قائمة | على قوائم
target: على | object | any
needs-target: yes

[event 163]
gloss: sanctions announced (masdar: أعلنت فرض عقوبات)
noun: فرض عقوبات | فرض العقوبات | فرض عقوبات جديدة | فرض عقوبات اقتصادية | تجميد أصول | تجميد أرصدة | تجميد أموال | بفرض عقوبات
context: أعلن | أعلنت | قرر | قررت | أقر | أقرت | تقرر | وافق | وافقت | وافقت على | صوت | صوتت
target: على | object | any
needs-target: yes

[event 164]
gloss: halt negotiations (علّق المفاوضات، انسحب من المحادثات)
# PETRARCH SUSPEND | BREAK_OFF | WALK_OUT * TALKS → 164.
verb: علق/يعلق | أوقف/يوقف | جمد/يجمد | انسحب/ينسحب | قاطع/يقاطع | أنهى/ينهي
after: المفاوضات | المحادثات | الحوار | مفاوضات | محادثات | من المفاوضات | من الحوار | من المحادثات | مشاركته في المفاوضات | مشاركتها في المفاوضات | مشاركته في الحوار | مشاركتها في الحوار
context: المفاوضات | المحادثات | الحوار | مفاوضات | محادثات
symmetric: yes
target: مع | any
needs-target: yes

[event 165]
gloss: halt mediation (علّق وساطته)
verb: علق/يعلق | أوقف/يوقف | جمد/يجمد | أنهى/ينهي
after: وساطته | وساطتها | جهود الوساطة | الوساطة | مساعيه | مساعيها
context: وساطته | وساطتها | الوساطة | مساعيه | مساعيها
target: بين | any
needs-target: yes

[event 166]
gloss: evacuate nationals, diplomats or staff (أجلى رعاياه)
# PETRARCH EVACUATE * STAFF | {FOREIGN &PEOPLE} → 160/166. «أجلت / أجلوا» are also «أجّلت» (postponed):
# a word of nationals or staff must follow.
form: أجلى | أجلت | أجلوا | يجلي | تجلي | سحبت | سحبوا | يسحب | تسحب
after: رعاياه | رعاياها | مواطنيه | مواطنيها | دبلوماسييه | دبلوماسييها | موظفي سفارتها | موظفي سفارته | طاقم سفارتها | طاقم سفارته | موظفيها | موظفيه | بعثتها | بعثته | موظفي الأمم المتحدة
target: من | any
needs-target: yes

[event 1661]
gloss: expel or withdraw peacekeepers (سحب قوات حفظ السلام)
verb: أنهى/ينهي
form: طردت | طردوا | يطرد | تطرد | يطردون
form: سحبت | سحبوا | يسحب | تسحب
after: قوات حفظ السلام | قوة حفظ السلام | بعثة حفظ السلام | مهمة قوات حفظ السلام | قواته من بعثة | جنوده من بعثة
target: من | any
needs-target: yes

[event 1662]
gloss: expel or withdraw inspectors or observers (طرد المفتشين، سحب المراقبين)
verb: أنهى/ينهي | علق/يعلق
form: طردت | طردوا | يطرد | تطرد | يطردون
form: سحبت | سحبوا | يسحب | تسحب
after: المفتشين | مفتشي | المراقبين | مراقبي | بعثة المراقبين | مهمة المراقبين | عمل المراقبين | مهمة البعثة
target: من | any
needs-target: yes

[event 1663]
gloss: expel aid agencies (طرد المنظمات، أوقف عمل المنظمات)
verb: أوقف/يوقف | علق/يعلق | أغلق/يغلق
form: طردت | طردوا | يطرد | تطرد | يطردون | منعت | منعوا | يمنع | تمنع | يمنعون
after: منظمات الإغاثة | المنظمات الإغاثية | المنظمات الإنسانية | المنظمات الدولية | عمل المنظمات | عمال الإغاثة | موظفي الإغاثة | الوكالات الإنسانية | المنظمات غير الحكومية | مكاتب المنظمات
target: من | any
needs-target: yes

# ------------------------------------------------------------------ 17 coerce

[event 1712]
gloss: demolish or burn property (هدم منزل، جرف أراضي)
# PETRARCH BURN * HOUSES | MOSQUE | HOME, DEMOLISH → 1712.
verb: أحرق/يحرق | أضرم/يضرم
form: هدمت | هدموا | يهدم | يهدمون | جرفت | جرفوا | يجرف | يجرفون | نسفت | نسفوا | ينسف | ينسفون
form: هدمت | هدموا | جرفت | جرفوا | نسفت | نسفوا
after: منزل | منازل | المنزل | المنازل | بيوت | البيوت | منزلا | منازلهم | مسجد | مسجدا | المسجد | مساجد | كنيسة | مبنى | مباني | المباني | منشآت | ممتلكات | أراضي | أراض | الأراضي | محاصيل | مزارع | أشجار | خيام | النار في منزل | النار في منازل | النار في المسجد | النار في ممتلكات
target: object | any
needs-target: yes

[event 1712]
gloss: house demolition (masdar)
noun: هدم منزل | هدم منازل | هدم المنازل | هدم المنزل | هدم بيوت | تجريف أراضي | تجريف أراض | هدم مسجد | هدم منشآت | هدم مبان | نسف منازل | نسف المنازل
context: قوات | سلطات | الاحتلال | جرافات | الجرافات | قامت | أقدمت | شرعت | بدأت | نفذت
target: object | any
needs-target: yes

[event 1721]
gloss: close media or ban assemblies (أغلق صحيفة، حجب المواقع، أوقف صدور)
# snn_gold_dev «قررت هيئة شؤون الإعلام … وقف صدور وتداول صحيفة الوسط» 1721; PETRARCH IMPOSE *
# {PRESS RESTRICTION} | RESTRICTIONS → 1721. «علق» (also "commented") and the derived «توقف» of أوقف
# ("stopped") are not among the forms.
verb: أغلق/يغلق
form: حجبت | حجبوا | يحجب | تحجب | أوقفت | أوقفوا | يوقف | منعت | منعوا | يمنع | تمنع
after: صحيفة | الصحيفة | صدور | قناة | القناة | مكتب قناة | مكاتب قناة | بث | موقع تويتر | مواقع التواصل | الدخول لموقع | الدخول إلى موقع | حسابات | التظاهر | المظاهرات | التجمعات | قيودا على حرية | قيودا على الصحافة | قيودا على وسائل الإعلام | قيودا على الإعلام
context: صحيفة | الصحيفة | صدور | قناة | القناة | بث | موقع | مواقع | حسابات | التظاهر | المظاهرات | التجمعات | حرية | الصحافة | الإعلام
target: object | على | any
needs-target: yes

[event 1721]
gloss: impose restrictions on the press or on assembly (فرض قيودا على حرية الصحافة)
# Its own block: with the closure block's words «فرضت قبضتها على منطقة القناة» (the Suez Canal)
# was the closing of a channel.
verb: فرض/يفرض
after: قيودا على حرية | قيودا على الصحافة | قيودا على وسائل الإعلام | قيودا على الإعلام | حظرا على التظاهر | حظر التظاهر | حظرا على التجمعات
target: على | any
needs-target: yes

[event 1721]
gloss: media closure (masdar: وقف صدور)
noun: وقف صدور | إيقاف صدور | إغلاق صحيفة | إغلاق قناة | حجب مواقع | حجب موقع | إغلاق مكاتب | وقف بث | إيقاف بث | تعليق صدور
context: قرر | قررت | أمر | أمرت | تم | وتم | أعلن | أعلنت
target: object | any
needs-target: yes

[event 1722]
gloss: ban or dissolve a party (حظر الحزب، حل البرلمان)
# PETRARCH ADD * (TO LIST) (OF {BANNED PARTIES}) → 1722. «حل» alone is "solution" and bare «حظر» a
# ban (noun): the forms are written out, with a party or an assembly after them.
form: حظرت | حظروا | يحظر | تحظر | حلت | يحل | تحل | حلوا
after: حزب | الحزب | جماعة | الجماعة | نشاط | أنشطة | البرلمان | مجلس النواب | المجلس التشريعي | الجمعية الوطنية | جمعية | الجمعية | الأحزاب | أحزاب
context: حزب | الحزب | جماعة | الجماعة | نشاط | أنشطة | البرلمان | النواب | التشريعي | الجمعية | جمعية | الأحزاب | أحزاب
target: object | any
needs-target: yes

[event 1723]
gloss: impose a curfew (فرض حظر التجول)
verb: أعلن/يعلن | مدد/يمدد
form: فرضت | فرضوا | يفرض | تفرض | يفرضون
form: فرضت
after: حظر التجول | حظر تجول | حظرا للتجول | حظر التجوال | حظرا للتجوال | حظر تجوال
target: في | على | any

[event 1724]
gloss: declare a state of emergency or martial law (أعلن حالة الطوارئ)
# «حالة الطوارئ» is also a hospital's or a city's emergency mode (rain, fires): only with a word of
# unrest near it; martial law always.
verb: أعلن/يعلن | مدد/يمدد
form: فرضت | فرضوا | يفرض | تفرض | يفرضون
form: فرضت
noun: معلنا
after: حالة الطوارئ | الأحكام العرفية | قانون الطوارئ | حالة الطوارئ القصوى
context: العرفية | الأمنية | أمنية | الاضطرابات | الاحتجاجات | الهجمات | الإرهاب | الإرهابي | الهجوم | الانقلاب | العنف | المسلحين | الشغب | التفجير | التفجيرات | المتمردين
target: في | any

[event 173]
gloss: take away, jail, place under house arrest (اقتاد، زج في السجن)
# snn_gold_dev: «قوات الاحتلال اقتادت الأسير» 173.
verb: اقتاد/يقتاد | زج/يزج
form: اقتادت | اقتادوا
target: object | any
needs-target: yes

[event 173]
gloss: sentence (حكم عليه بالسجن، قضت بسجن)
# PETRARCH SENTENCE → 173 like the built-in «أصدر حكما». «حكم» alone is "ruled/governed"; «يقضي» is
# "stipulates" (المشروع يقضي بعقوبة) and the dual «حكما» a sentence (noun): the forms are written out.
form: حكم | حكمت | حكموا | يحكم | تحكم | قضت | قضى
after: بالسجن | بالإعدام | بسجن | بإعدام | بالجلد | بالحبس | بحبس | بالمؤبد | بالسجن المؤبد
target: على | object | any
needs-target: yes

[event 173]
gloss: charge (وجهت النيابة تهما)
verb: وجه/يوجه
after: اتهامات | اتهاما | تهمة | تهما | تهم | الاتهام | لائحة اتهام | التهم
context: النيابة | الادعاء | المدعي العام | المدعي | محكمة | المحكمة | القضاء | القاضي | هيئة التحقيق | بتهم | بتهمة | بتهم الرشوة
target: ل | إلى | any
needs-target: yes

[event 173]
gloss: house arrest (الإقامة الجبرية)
noun: الإقامة الجبرية | إقامة جبرية
context: وضع | وضعت | فرض | فرضت | قيد | تحت
target: على | object | any
needs-target: yes

[event 174]
gloss: deport (masdar: تم ترحيل)
# Deporting foreign workers is an act of the state on another state's nationals (SAUGOV → ETHCVL).
noun: ترحيل | الترحيل | ترحيلهم | ترحيله | ترحيلها
context: تم | وتم | جرى | وجرى | قامت | قام | بدأت | بدأ | قررت | قرر | أمرت | أمر | تمكنت
target: object | إلى | any
needs-target: yes

[event 175]
gloss: fire tear gas or rubber bullets at protesters (أطلق الغاز المسيل للدموع)
# The built-in 193 takes «أطلق … الرصاص»: with rubber bullets or gas at a protest this block wins.
verb: أطلق/يطلق | استخدم/يستخدم | ألقى/يلقي
form: أطلقت | أطلقوا
after: الغاز المسيل | الغاز المسيل للدموع | قنابل الغاز | قنابل مسيلة | قنابل الصوت | قنابل صوت | الرصاص المطاطي | رصاصا مطاطيا | خراطيم المياه | القنابل الصوتية | قنابل صوتية
context: المسيل | الغاز | المطاطي | مطاطيا | المياه | الصوتية | صوتية | المتظاهرين | المحتجين | المعتصمين
target: على | ضد | any

[event 175]
gloss: repression of protesters (masdar)
noun: قمع المتظاهرين | قمع الاحتجاجات | قمع التظاهرات | قمع المحتجين | قمع المظاهرات | قمع المعارضين
context: قامت | قام | قوات | الأمن | الشرطة | واصلت | استمرار | بعنف
target: object | any

# ------------------------------------------------------------------ 18 assault

[event 180]
gloss: terrorist attack (noun)
# CAMEO 180 «use unconventional violence»: an attack the press calls terrorist without naming
# the means (a bombing or suicide attack is 183/1831, below).
noun: عملية إرهابية | العملية الإرهابية | عمل إرهابي | العمل الإرهابي | اعتداء إرهابي | الاعتداء الإرهابي | هجوم إرهابي | الهجوم الإرهابي | الأعمال الإرهابية | هجمات إرهابية | الهجمات الإرهابية | العمليات الإرهابية
context: استهدف | استهدفت | أسفر | أسفرت | أدى | أودى | مقتل | قتل | قتلى | سقوط | وقع | وقعت | أصيب | إصابة | جرح | جرحى | نفذ | نفذت | نفذه | نفذها | تبنى | تبناه | ضحايا | استشهاد | شهداء
target: على | ضد | object | any

[event 181]
gloss: take hostages (احتجز رهائن)
verb: احتجز/يحتجز
form: احتجزت | احتجزوا
after: رهائن | رهينة | كرهائن | كرهينة | الرهائن | رهينتين
target: object | any

[event 181]
gloss: hostage-taking (masdar)
noun: احتجاز رهائن | احتجاز الرهائن | أزمة الرهائن | عملية احتجاز رهائن | احتجاز رهينة
target: object | any

[event 1821]
gloss: rape, sexual assault (اغتصب)
# PETRARCH RAPE, DISHONOR → 1821. «اغتصاب» is also "usurpation" (اغتصاب الأرض، الحقوق): only with
# a person or a sexual word near it.
verb: اغتصب/يغتصب
form: اغتصبت | اغتصبوا
noun: اغتصاب | الاغتصاب | التحرش الجنسي | اعتداء جنسي | الاعتداء الجنسي | اعتداءات جنسية
context: فتاة | فتيات | امرأة | نساء | النساء | طفلة | أطفال | الأطفال | طفل | جنسي | الجنسي | جنسيا | جنسية | سبايا | الإيزيديات | الإيزيدية | قاصر | قاصرات | زوجة | سيدة
target: object | any

[event 1823]
gloss: behead, kill by physical assault (ذبح، قطع رأس)
# PETRARCH HACK * (TO DEATH), (OFF HEAD) → 1823. «ذبح» alone is also slaughtering livestock (the
# Eid sacrifice): only with people near it.
form: ذبحت | ذبحوا | يذبح | يذبحون | نحرت | نحروا | ينحر
form: ذبحت | ذبحوا | نحرت | نحروا
context: رهينة | رهائن | الرهينة | الرهائن | أسير | أسرى | الأسير | الأسرى | جندي | جنود | مدنيين | المدنيين | صحفي | داعش | التنظيم | الإرهابي | الإرهابيون | مسيحيين | أقباط | بالسكين | بالسكاكين | بدم بارد
target: object | any

[event 1823]
gloss: beheading (masdar)
noun: قطع رأس | قطع رؤوس | بقطع رأس | بقطع رؤوس | ذبح رهينة | ذبح رهائن | ذبح الرهينة | إعدام ميداني | إعدامات ميدانية
target: object | any

[event 1831]
gloss: blow oneself up (فجر نفسه)
# outranks the built-in «blow up (فجر + object)» (183) with the suicide after it.
form: فجر | فجرت | فجروا | يفجر | تفجر
after: نفسه | نفسها | أنفسهم | حزامه | حزاما ناسفا | حزامها | حزامه الناسف
context: نفسه | نفسها | أنفسهم | حزامه | حزاما | حزامها | انتحاري | الانتحاري | انتحارية
target: في | على | object | any

[event 1831]
gloss: suicide bombing (noun)
# Longer than the built-in «bombing (noun)» phrases, so it wins on «تفجير انتحاري …» only where the
# built-in has no phrase of the same length; the built-in also lists «تفجير انتحاري / هجوم انتحاري /
# عملية انتحارية» (see REPORT: a merge should move them here).
noun: تفجير انتحاري بحزام | هجوم انتحاري بحزام | تفجير انتحاري استهدف | هجوم انتحاري استهدف | عملية انتحارية استهدفت | انتحاري يرتدي حزاما | انتحاريا يرتدي حزاما | انتحاري فجر نفسه | انتحاريا فجر نفسه | حزاما ناسفا | حزام ناسف | بحزام ناسف
context: استهدف | استهدفت | أسفر | أسفرت | أدى | أودى | مقتل | قتل | قتلى | سقوط | وقع | وقعت | أصيب | إصابة | جرح | جرحى | فجر | نفذ | نفذه | تبنى | تبناه | مسجد | المسجد
target: على | في | object | any

[event 1832]
gloss: car bombing (noun)
noun: سيارة مفخخة استهدفت | انفجار سيارة مفخخة | تفجير سيارة مفخخة | تفجير سيارة ملغومة | انفجار سيارة ملغومة | تفجير سيارتين مفخختين | انفجار سيارتين مفخختين | بسيارة مفخخة | بسيارة ملغومة | شاحنة مفخخة | صهريج مفخخ | سيارات مفخخة
context: استهدف | استهدفت | أسفر | أسفرت | أدى | أودى | مقتل | قتل | قتلى | سقوط | وقع | وقعت | أصيب | إصابة | جرح | جرحى | انفجر | انفجرت | نفذ | تبنى | تبناه
target: على | في | object | any

[event 1833]
gloss: roadside bombing (noun)
noun: عبوة ناسفة استهدفت | انفجار عبوة ناسفة | تفجير عبوة ناسفة | انفجار عبوة | بعبوة ناسفة | عبوات ناسفة | لغم أرضي | انفجار لغم | بلغم أرضي | عبوة ناسفة زرعت
context: استهدف | استهدفت | أسفر | أسفرت | أدى | أودى | مقتل | قتل | قتلى | سقوط | وقع | وقعت | أصيب | إصابة | جرح | جرحى | انفجر | انفجرت | مرور | دورية
target: على | في | object | any

[event 184]
gloss: use human shields (استخدم المدنيين دروعا بشرية)
verb: استخدم/يستخدم | اتخذ/يتخذ | جعل/يجعل
noun: متخذا | مستخدما
after: دروعا بشرية | كدروع بشرية | دروع بشرية | درعا بشريا | المدنيين دروعا | السكان دروعا | الأهالي دروعا | المواطنين دروعا | الأطفال دروعا
target: object | any

# ------------------------------------------------------------------ 19 fight

[event 190]
gloss: storm (اقتحم المسجد، البلدة)
# PETRARCH RAID → 190; the built-in 145 keeps «اقتحم» with protesters.
verb: اقتحم/يقتحم | داهم/يداهم
form: اقتحمت | اقتحموا | داهمت | داهموا
after: المسجد الأقصى | الأقصى | باحات | المسجد | مخيم | المخيم | بلدة | البلدة | قرية | القرية | مدينة | المدينة | حي | منزل | منازل | المنازل | مقر | مقرات | مواقع | معسكر | مدرسة | مستشفى
context: قوات | القوات | الاحتلال | الجيش | الشرطة | مستوطنون | المستوطنين | مستوطنين | جنود | الجنود | مسلحون | المسلحين | عناصر | ميليشيات | مليشيات | الميليشيات | المليشيات | الحوثيين | الحوثي | داعش
target: object | any

[event 190]
gloss: advance on (تقدم نحو)
verb: تقدم/يتقدم | زحف/يزحف
form: تقدموا
after: نحو | باتجاه | صوب | إلى مشارف | على جبهة
context: قوات | القوات | الجيش | المقاومة | المليشيات | الميليشيات | الحوثيين | مقاتلي | المسلحين | الثوار | المعارضة | داعش | التنظيم | وحدات
target: any
needs-target: yes

[event 190]
gloss: liberate, recapture (حررت المقاومة المدينة)
# «حرر» is also "edited, wrote up" (حرر محضرا) and «يحرر» mostly that: past forms with fighting near.
form: حررت | حرروا | حررتا
context: جبهة | الحوثي | المقاومة | الجيش | القوات | قوات | الحوثيين | المليشيات | الميليشيات | داعش | التنظيم | مقاتلي | مسلحي | المسلحين | الثوار | معارك | اشتباكات | سيطرة
target: من | any
needs-target: yes

[event 190]
gloss: take control of a place by force (تمكنت المقاومة من السيطرة على المدينة، أحكمت سيطرتها على)
# The verbal noun of «سيطر» (events-news.lex), only as the act a verb of managing or completing
# carries (cue light-verbs gives it that verb's subject). Alone, «سيطرة حماس على غزة» is mostly
# who holds a place, told as background (the GSR's 2007 wire copy: with the bare noun its held-out
# ASSAULT F1 fell from 0.724 to 0.711), and «تحت سيطرة» names the holder.
noun: سيطرة | السيطرة | سيطرته | سيطرتها | سيطرتهم
after: على
context: تمكن | تمكنت | تمكنوا | تمكنا | نجح | نجحت | نجحوا | استطاع | استطاعت | استطاعوا | احكم | احكمت | احكموا | بسط | بسطت | بسطوا | استكمل | استكملت | استكملوا
target: على | any
needs-target: yes

[event 190]
gloss: confront, repel an armed force (تصدت القوات لهجوم الحوثيين، خلال تصديه للميليشيات)
# PETRARCH REPEL, FIGHT OFF → 190. «التصدي للإرهاب / للفساد / للظاهرة» is policy, not a clash: the
# word after it must be an armed side or its attack.
verb: تصدى/يتصدى
form: تصدت | تصدوا | تتصدى | يتصدون | متصدية
noun: تصديه | تصديها | تصديهم | تصديهما | وتصديها | وتصديه
after: لميليشيات | للميليشيات | لمليشيات | للمليشيات | للحوثيين | لهجوم | لهجمات | لهجوم الحوثيين | لمحاولة تسلل | لمحاولات تسلل | لمحاولة تقدم | لمحاولات تقدم | لعناصر | لمسلحي | للمسلحين | للمتسللين | لقوات | لتقدم | لزحف | لمقاتلي | لعصابات
target: ل | any
needs-target: yes

[event 190]
gloss: clear an area of an armed group (تطهير البؤر الإرهابية، تمشيط الضواحي من المسلحين الحوثيين)
verb: طهر/يطهر
form: طهرت | طهروا
# «تم تطهيرها من مسلحي داعش», «تم تطهير مدينة عدن»: the passive names no agent (the speaker and the
# place are not it), so not after تم and not with a pronoun (what was cleared).
# «تمشيط» (combing) is also a search or an inspection («عمليات التمشيط والمسح الميداني»): it is
# fighting only with the same armed group or pockets after it.
noun: تطهير | وتطهير | بتطهير | تمشيط | وتمشيط | بتمشيط
not-before: تم | يتم | وتم | سيتم | ويتم
after: البؤر | الجيوب | جيوب | فلول | من عناصر | من الحوثيين | من مليشيات | من ميليشيات | من المليشيات | من الميليشيات | من المسلحين | من مسلحي | من الإرهابيين | من قوات | من فلول | من بقايا
context: المقاومة | الجيش | القوات | قوات | الحوثيين | الحوثي | المليشيات | الميليشيات | داعش | التنظيم | مقاتلي | مسلحي | المسلحين | الإرهابية | التكفيرية
target: من | object | any
needs-target: yes

[event 190]
gloss: drive an armed group out of its positions (طردت القوات الحوثيين من معاقلهم)
# Fighting words near tell it from expelling diplomats, inspectors or aid agencies (blocks above).
verb: طرد/يطرد
form: طردت | طردوا
noun: طرد
after: من
context: المقاومة | الجيش | القوات | قوات | الحوثيين | الحوثي | المليشيات | الميليشيات | داعش | التنظيم | مقاتلي | مسلحي | المسلحين | الثوار | معاقل | معاقلهم | مواقع | معارك | اشتباكات
target: object | any
needs-target: yes

[event 190]
gloss: wage battles (خاض معارك)
verb: خاض/يخوض
form: خاضت | خاضوا
after: معارك | معركة | اشتباكات | مواجهات | قتالا | حربا | المعارك
target: مع | ضد | any
needs-target: yes

[event 193]
gloss: snipe (قنص)
form: قنصت | قنصوا | يقنص | تقنص | يقنصون | قنص
context: قناص | قناصة | القناصة | قناصو | رصاص | برصاص | مسلح | مسلحون | المليشيات | الميليشيات | الحوثي
target: object | any

[event 191]
gloss: impose a siege or close crossings (فرض حصارا، أغلق المعابر)
# PETRARCH IMPOSE * BLOCKADE, CLOSE * BORDER → 191.
verb: أغلق/يغلق
form: فرضت | فرضوا | يفرض | تفرض | يفرضون | شددت | شددوا | يشدد
after: حصارا | الحصار | حصار | حصارا خانقا | حصارا مطبقا | المعابر | معابر | المعبر | معبر | المجال الجوي أمام | مجالها الجوي أمام
target: على | مع | any
needs-target: yes

[event 192]
gloss: occupy, invade (احتل، اجتاح، توغل)
# PETRARCH ENTER (BY FORCE) | &TOWN, MOVE * TROOP (INTO) → 192. «يحتل/تحتل» (ranks: تحتل المرتبة)
# and «اجتاح» of a storm are kept out by the words that must follow.
verb: احتل/يحتل | اجتاح/يجتاح | توغل/يتوغل
form: احتلت | احتلوا | اجتاحت | اجتاحوا | توغلت | توغلوا
after: مدينة | المدينة | بلدة | البلدة | قرية | القرية | أراضي | أراض | الأراضي | أجزاء | مناطق | المناطق | منطقة | المنطقة | جزيرة | الجزر | مطار | المطار | مقر | مقرات | مواقع | محافظة | العاصمة | داخل | في | الحدود | شمال | جنوب | شرق | غرب
context: قوات | القوات | الجيش | جيش | الاحتلال | الدبابات | دبابات | آليات | جنود | الجنود | مسلحو | المسلحين | المليشيات | الميليشيات | الحوثيين | الحوثي | داعش | التنظيم | مقاتلي | عسكرية
target: object | في | any
needs-target: yes

[event 196]
gloss: violate a ceasefire (خرق الهدنة)
# PETRARCH BREACH * &CEASEFIRE, ABANDON * &CEASEFIRE → 196.
verb: خرق/يخرق | انتهك/ينتهك
form: خرقت | خرقوا | انتهكت | انتهكوا
after: الهدنة | هدنة | وقف إطلاق النار | الهدنة الإنسانية | اتفاق وقف إطلاق النار | التهدئة | اتفاق التهدئة
target: any

[event 196]
gloss: ceasefire violations (masdar)
noun: خرق الهدنة | خروقات الهدنة | انتهاك الهدنة | انتهاكات الهدنة | خرقا للهدنة | خرق للهدنة | خروقات للهدنة | انتهاكا للهدنة | خرق وقف إطلاق النار | انتهاك وقف إطلاق النار | خروقات وقف إطلاق النار
context: ارتكب | ارتكبت | واصل | واصلت | تواصل | سجل | سجلت | رصد | رصدت | قام | قامت | نفذ | نفذت | مليشيات | ميليشيات | المليشيات | الميليشيات | الحوثي | الحوثيين | قوات
target: object | any

# ------------------------------------------------------------------ 20 unconventional mass violence

[event 201]
gloss: mass expulsion (التهجير القسري)
noun: التهجير القسري | تهجير قسري | تهجير السكان | تهجير الأهالي | تهجير المدنيين | عمليات تهجير | تهجير آلاف
target: object | any

[event 201]
gloss: expel the population (هجّر السكان)
form: هجرت | هجروا | يهجر | يهجرون
after: السكان | الأهالي | المدنيين | آلاف | سكان | العائلات | الأسر | المواطنين
target: object | any

[event 202]
gloss: commit a massacre (ارتكب مجزرة)
# PETRARCH (MASS KILLINGS) → 202.
verb: ارتكب/يرتكب
noun: مرتكبا
after: مجزرة | مجازر | مذبحة | مذابح | المجزرة | المجازر | مجزرة جديدة | مجزرة مروعة
target: بحق | ضد | في | any

[event 203]
gloss: ethnic cleansing, genocide (تطهير عرقي)
# PETRARCH CLEANSE (ETHNICALLY) → 203.
noun: تطهير عرقي | التطهير العرقي | إبادة جماعية | الإبادة الجماعية | تطهيرا عرقيا
context: ارتكب | ارتكبت | يرتكب | ترتكب | نفذ | تنفذ | حملة | عمليات | يمارس | تمارس
target: بحق | ضد | object | any

[event 2041]
gloss: use chemical weapons (استخدم الأسلحة الكيميائية)
verb: استخدم/يستخدم | قصف/يقصف | ألقى/يلقي
noun: مستخدما
after: الأسلحة الكيميائية | أسلحة كيميائية | السلاح الكيميائي | غاز الكلور | بغاز الكلور | الغازات السامة | غازات سامة | بغازات سامة | غاز السارين | بغاز السارين | براميل متفجرة محملة بغاز | براميل محملة بغاز
target: ضد | على | any

[event 2041]
gloss: chemical attack (noun)
noun: هجوم كيميائي | هجمات كيميائية | الهجوم الكيميائي | الهجمات الكيميائية | هجوم بغاز الكلور | هجوم بالغاز | قصف بغاز الكلور | هجوم بالأسلحة الكيميائية
target: على | ضد | object | any

[event 2042]
gloss: nuclear test or detonation (أجرى تجربة نووية)
verb: أجرى/يجري | فجر/يفجر
after: تجربة نووية | تجارب نووية | قنبلة نووية | قنبلة هيدروجينية | تفجيرا نوويا | تجربة تفجير نووي
target: any

[event 194]
gloss: shells fall (سقوط مقذوف من الأراضي اليمنية على …)
# The shelling told by its shells' fall: no agent is named (the gold codes None → the place shelled).
noun: سقوط مقذوف | سقوط مقذوفات | سقوط قذيفة | سقوط قذائف | سقوط قذيفتين | سقوط مقذوفين
target: على | any
needs-target: yes

[event 190]
gloss: casualties of a clash (سقوط قتلى وجرحى من / في صفوف X)
# «قتلى» and «جرحى» are nouns (the dead, the wounded); they were read as the verb قتل with a
# suffix «me», which a verb writes ـني. The casualties are the target, never the source: the
# genitive or the actor after من (قتلى وجرحى من الحوثيين), else the next one; the agent comes from
# the clause (the attack it follows).
noun: سقوط قتلى | قتلى | سقوط قتيل
target: object | من | any
needs-target: yes

