# Issue 13 (lex13b): CAMEO roots 10–13 (demand, disapprove, reject, threaten).
# See events-01-05.lex for the conventions of this overlay.

# ------------------------------------------------------------------ 10 demand
# «طالب X بـ…» (also the participles مطالبا/مطالبة, which news uses after a main verb: «رحبت الجامعة
# بالهدنة، مطالبة جماعة الحوثيين باحترامها»). The built-in 100 codes the bare verb; here the thing
# demanded chooses the subcode. `context:` repeats the key nouns so the subcode outranks the
# built-in «demand» blocks (1053, 106, 1056) on the same verb.

[event 101]
gloss: demand an investigation or information (طالب بالتحقيق)
# PETRARCH DEMAND * INVESTIGATION | INFORMATION → 101.
verb: طالب/يطالب | دعا/يدعو
noun: مطالبا | مطالبة | مطالبين | داعيا
after: بالتحقيق | بفتح تحقيق | بإجراء تحقيق | بتحقيق | إلى التحقيق | إلى فتح تحقيق | إلى إجراء تحقيق | لفتح تحقيق | بالكشف عن | بتوضيح | بتفسير | بتقديم إيضاحات | بالكشف عن مصير
context: التحقيق | تحقيق | بالكشف | الكشف | بتوضيح | بتفسير | إيضاحات
target: object
needs-target: yes

[event 1012]
gloss: demand military cooperation (طالب بالمشاركة في التحالف)
verb: طالب/يطالب
noun: مطالبا | مطالبة
after: بالانضمام إلى التحالف | بالمشاركة في التحالف | بالمشاركة العسكرية | بإرسال قوات
context: التحالف | العسكرية | قوات
target: object
needs-target: yes

[event 1013]
gloss: demand extradition (طالب بتسليم)
verb: طالب/يطالب
noun: مطالبا | مطالبة
after: بتسليم | بتسليمه | بتسليمها | بتسليمهم | بتسليم المطلوبين | بتسليم المتهمين
context: بتسليم | بتسليمه | بتسليمها | بتسليمهم
target: object
needs-target: yes

[event 102]
gloss: demand policy support (طالب بدعم، بالوقوف إلى جانب)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بدعم | بتأييد | بالوقوف إلى جانب | بالوقوف مع | بمساندة | بالاعتراف | باتخاذ موقف
context: بدعم | بتأييد | بالوقوف | بمساندة | بالاعتراف | موقف
target: object
needs-target: yes

[event 103]
gloss: demand aid (طالب بتقديم المساعدة)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بتقديم المساعدة | بتقديم الدعم | بتقديم العون | بمساعدة | بتقديم المزيد | بمد يد العون
context: المساعدة | الدعم | العون | بمساعدة | المزيد
target: object
needs-target: yes

[event 1031]
gloss: demand economic aid or compensation (طالب بتعويضات)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بتعويض | بتعويضات | بالتعويض | بدفع تعويضات | بتقديم الدعم المالي | بتمويل | بالوفاء بتعهداتها | بالوفاء بالتعهدات
context: بتعويض | بتعويضات | بالتعويض | تعويضات | المالي | بتمويل | بالوفاء
target: object
needs-target: yes

[event 1033]
gloss: demand humanitarian aid (طالب بتقديم المساعدات الإنسانية)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بتقديم المساعدات | بإيصال المساعدات | بإغاثة | بتقديم المساعدات الإنسانية | بتقديم الإغاثة | بإرسال المساعدات
context: المساعدات | بإغاثة | الإغاثة | الإنسانية
target: object
needs-target: yes

[event 1034]
gloss: demand protection (طالب بحماية، بتوفير الحماية)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بحماية | بتوفير الحماية | بتوفير حماية | بالحماية | بالتدخل لحماية | بتأمين الحماية | بنشر قوات | بتدخل عسكري | بالتدخل العسكري
context: حماية | الحماية | بحماية | قوات | عسكري | العسكري
target: object
needs-target: yes

[event 104]
gloss: demand political reform (طالب بإصلاحات)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بإصلاحات | بالإصلاح | بإجراء إصلاحات | بتنفيذ الإصلاحات | بمحاربة الفساد | بمكافحة الفساد | بالإصلاحات
context: إصلاحات | بالإصلاح | الإصلاحات | الفساد
target: object
needs-target: yes

[event 1041]
gloss: demand a change of leadership (طالب بإقالة، بتنحي)
# «برحيل» stays with the built-in 106 (withdrawal): it is also said of troops.
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بإقالة | باستقالة | بتنحي | بالتنحي | بإسقاط | بإسقاط النظام | بإسقاط الحكومة | بعزل
context: بإقالة | باستقالة | بتنحي | بالتنحي | بإسقاط | بعزل
target: object
needs-target: yes

[event 1042]
gloss: demand a change of policy (طالب بإعادة النظر، بالتراجع عن)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بتغيير سياسته | بتغيير سياستها | بتغيير | بمراجعة | بإعادة النظر | بالتراجع عن | بالعدول عن | بإلغاء | بوقف التدخل | بعدم التدخل | بالكف عن | باحترام سيادة | باحترام السيادة
context: بتغيير | بمراجعة | النظر | بالتراجع | بالعدول | بإلغاء | التدخل | بالكف | سيادة | السيادة
target: object
needs-target: yes

[event 1043]
gloss: demand rights (طالب بحقوق)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بحقوق | بحقوقهم | بحقوقه | بحقوقها | باحترام حقوق | بالحقوق | بضمان حقوق | بحرية | بالحرية | بمنح الجنسية | بالمساواة
context: حقوق | بحقوق | بحقوقهم | بحقوقه | بحقوقها | بالحقوق | حرية | بحرية | بالحرية | الجنسية | بالمساواة
target: object
needs-target: yes

[event 1044]
gloss: demand new institutions or elections (طالب بتشكيل حكومة، بحل البرلمان)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بتشكيل حكومة | بإجراء انتخابات | بانتخابات مبكرة | بحل البرلمان | بحل الحكومة | بحل المجلس | بتعديل الدستور | بدستور جديد
context: حكومة | انتخابات | بانتخابات | البرلمان | الحكومة | المجلس | الدستور | بدستور
target: object
needs-target: yes

[event 105]
gloss: demand mediation (طالب بالتدخل لحل، بالتوسط)
verb: طالب/يطالب
noun: مطالبا | مطالبة
after: بالتوسط | بالوساطة | بالتدخل لحل | بالتدخل لإنهاء | بالتدخل للإفراج | بالتدخل العاجل لحل
context: بالتوسط | بالوساطة | لحل | لإنهاء | للإفراج
target: object
needs-target: yes

[event 1051]
gloss: demand lifting administrative restrictions (طالب برفع حالة الطوارئ)
verb: طالب/يطالب
noun: مطالبا | مطالبة
after: برفع حالة الطوارئ | برفع حظر التجول | بإلغاء حالة الطوارئ | بإنهاء حالة الطوارئ | برفع القيود | برفع الحظر عن | برفع الإقامة الجبرية
context: الطوارئ | التجول | القيود | الحظر | الإقامة الجبرية
target: object
needs-target: yes

[event 1052]
gloss: demand an end to protests (طالب بإنهاء الاعتصام)
verb: طالب/يطالب
noun: مطالبا | مطالبة
after: بإنهاء الاعتصام | بفض الاعتصام | بوقف الاحتجاجات | بإنهاء الاحتجاجات | بإنهاء الإضراب | بوقف الإضراب | بوقف التظاهرات | بوقف المظاهرات
context: الاعتصام | الاحتجاجات | الإضراب | التظاهرات | المظاهرات
target: object
needs-target: yes

[event 1053]
gloss: demand the release of (masdar-like participle: مطالبا بالإفراج)
# The built-in 1053 has the verb; the participles are added here.
noun: مطالبا | مطالبة | مطالبين
after: بالإفراج | بإطلاق سراح | بالإفراج الفوري | بإطلاق
context: بالإفراج | سراح | بإطلاق
target: object
needs-target: yes

[event 1054]
gloss: demand lifting sanctions (طالب برفع العقوبات)
verb: طالب/يطالب
noun: مطالبا | مطالبة
after: برفع العقوبات | بتخفيف العقوبات | بإلغاء العقوبات | برفع الحصار الاقتصادي | برفع الحظر الاقتصادي | برفع الحصار | بفك الحصار | بإنهاء الحصار
context: العقوبات | الحصار | الحظر
target: object
needs-target: yes

[event 1055]
gloss: demand access for aid or observers (طالب بالسماح بدخول)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بالسماح بدخول | بالسماح | بإدخال المساعدات | بفتح ممرات | بفتح المعابر | بفتح المعبر | بتسهيل دخول | بتسهيل وصول | بتسهيل إيصال | بعدم عرقلة | بفتح ممرات آمنة | بفتح ممر آمن
context: بالسماح | بإدخال | ممرات | ممر | المعابر | المعبر | دخول | وصول | إيصال | عرقلة
target: object
needs-target: yes

[event 1056]
gloss: demand an end to the fighting (طالب بإنهاء القتال)
# Adds to the built-in 1056 (بوقف، بالتهدئة): the participles and more complements.
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بإنهاء القتال | بإنهاء العنف | بوقف العنف | بإيقاف | بعدم التصعيد | بوقف القصف | بوقف الغارات | بوقف الاعتداءات | بوقف الهجمات | بوقف العمليات العسكرية | بوقف العدوان | بوقف | بالتهدئة | بضبط النفس
context: القتال | العنف | بإيقاف | التصعيد | القصف | الغارات | الاعتداءات | الهجمات | العمليات العسكرية | العدوان | بوقف | بالتهدئة | بضبط النفس
target: object
needs-target: yes

[event 106]
gloss: demand withdrawal (participles; بالخروج، بإخراج)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بسحب | بالانسحاب | برحيل | بالخروج من | بخروج | بإخراج | بانسحاب | بإبعاد
context: بسحب | بالانسحاب | برحيل | بالخروج | بخروج | بإخراج | بانسحاب | بإبعاد
target: object
needs-target: yes

[event 107]
gloss: demand a ceasefire or respect for the truce (طالب بوقف إطلاق النار، باحترام الهدنة)
# snn_gold_dev: «مطالبة جماعة الحوثيين … باحترام هذه الهدنة» 107.
verb: طالب/يطالب | حث/يحث
noun: مطالبا | مطالبة | مطالبين
after: بوقف إطلاق النار | بوقف فوري لإطلاق النار | بإيقاف إطلاق النار | بوقف لإطلاق النار | باحترام الهدنة | باحترام هذه الهدنة | باحترامها | بالالتزام بالهدنة | بالالتزام بوقف إطلاق النار | بهدنة | بالهدنة | بتمديد الهدنة | على احترام الهدنة | على الالتزام بالهدنة
context: إطلاق النار | لإطلاق النار | الهدنة | باحترامها | بهدنة | بالهدنة
target: object
needs-target: yes

[event 108]
gloss: demand talks (طالب بالحوار، باستئناف المفاوضات)
verb: طالب/يطالب
noun: مطالبا | مطالبة | مطالبين
after: بالحوار | باستئناف المفاوضات | بالعودة إلى طاولة | بالعودة إلى المفاوضات | بعقد اجتماع | بعقد جلسة | بعقد مؤتمر | بعقد قمة | بالتفاوض | بإجراء مفاوضات | بفتح حوار | بالجلوس
context: بالحوار | المفاوضات | طاولة | اجتماع | جلسة | مؤتمر | قمة | بالتفاوض | مفاوضات | حوار | بالجلوس
target: object
needs-target: yes

[event 100]
gloss: demand (participles مطالبا، مطالبة)
# Participles of the built-in «demand»: only with «بضرورة»/«بالعمل» or an accountability after them.
noun: مطالبا | مطالبة | مطالبين
after: بضرورة | بمحاسبة | بمعاقبة | بتحمل | باتخاذ | بالعمل على | بالالتزام | باحترام
target: object
needs-target: yes

# ------------------------------------------------------------------ 11 disapprove

[event 110]
gloss: express reservations or displeasure (أبدى تحفظه، أعرب عن انزعاجه)
# PETRARCH SPURN, WARN * (OF GROWING CRISIS) → 110; snn_gold_dev «أبدت منظمات … تحفظات تجاه قانون» 110.
verb: أبدى/يبدي | أعرب/يعرب | عبر/يعبر
noun: مبديا | مبدية | معربا | معربة | معبرا | معبرة
after: تحفظه | تحفظها | تحفظات | تحفظاتها | تحفظاته | عن تحفظه | عن تحفظها | عن انزعاجه | عن انزعاجها | عن غضبه | عن غضبها | عن خيبة أمله | عن خيبة أملها | عن خيبة | عن عدم رضاه | عن عدم ارتياحه | عن عدم ارتياحها | عن استغرابه | عن استغرابها | عن دهشته | امتعاضه | امتعاضها
target: تجاه | إزاء | من | على | ل | any
needs-target: yes

[event 111]
gloss: denounce (استهجن)
# PETRARCH DENOUNCE, CONDEMN, CRITICIZE → 111.
verb: استهجن/يستهجن
noun: مستهجنا
target: object | any
needs-target: yes

[event 111]
gloss: reject a state's interference (ترفض التدخلات الإيرانية)
# Stop 23. PETRARCH BLAST * INTERFERENCE → 111, and snn_gold_dev codes «رفض مصر الكامل للتدخل الإيراني»
# 111: rejecting another's interference is criticism of it, not the refusal (12x) of a proposal.
# The interferer is the nisba on the object (CondemnedActNisba) or the genitive «تدخل إيران».
# Development corpus: +4 events (4 right: البحرين/الأزهر/الأردن → IRN) and 9 of the built-in 120
# on the same words recoded 111.
verb: رفض/يرفض
form: نرفض
after: التدخل | التدخلات | تدخل | تدخلات | للتدخل | لتدخل | للتدخلات | محاولات التدخل | أي تدخل | كل تدخل
target: object
needs-target: yes

[event 111]
gloss: launch a verbal attack (شن هجوما حادا، حملة انتقادات)
# «شن» is mostly the launching of a military attack: only with the words of speech after it.
verb: شن/يشن
after: هجوما حادا | هجوما لاذعا | هجوما كلاميا | هجوما عنيفا على سياسة | حملة انتقادات | انتقادات حادة | انتقادات لاذعة | حملة إعلامية | هجوما إعلاميا
target: على | any
needs-target: yes

[event 1121]
gloss: accuse of crime or corruption (اتهم بالفساد، بالإرهاب)
verb: اتهم/يتهم
noun: متهما | متهمة | متهمين
after: بالفساد | بالإرهاب | بالتورط | بتمويل الإرهاب | بتمويل | بالاختلاس | بالرشوة | بالقتل | بقتل | بارتكاب جرائم | بتهريب | بالتحريض | بالانتماء | بالتخطيط | بتنفيذ | بغسل الأموال | بغسيل الأموال | بالاحتيال
target: object
needs-target: yes

[event 1122]
gloss: accuse of human rights abuses (اتهم بانتهاك حقوق الإنسان)
verb: اتهم/يتهم
noun: متهما | متهمة | متهمين
after: بانتهاك حقوق | بانتهاكات | بانتهاك | بتعذيب | بالتعذيب | بقمع | بالقمع | بالتمييز | بتجنيد الأطفال | باحتجاز | بالاعتقال التعسفي
target: object
needs-target: yes

[event 1123]
gloss: accuse of aggression or interference (اتهم بالتدخل، بدعم الإرهاب)
verb: اتهم/يتهم
noun: متهما | متهمة | متهمين
after: بالعدوان | بالاعتداء | بشن هجمات | بشن هجوم | بقصف | باستهداف | بالتدخل في | بالتدخل | بزعزعة | بدعم | بتسليح | بإرسال | بإطلاق | بخرق | بانتهاك الهدنة | بانتهاك السيادة | بإشعال | بتأجيج
target: object
needs-target: yes

[event 1124]
gloss: accuse of war crimes (اتهم بارتكاب جرائم حرب)
verb: اتهم/يتهم
noun: متهما | متهمة | متهمين
after: بارتكاب جرائم حرب | بجرائم حرب | بجرائم ضد الإنسانية | بارتكاب مجازر | بارتكاب مجزرة | بالإبادة | بارتكاب جرائم ضد الإنسانية | بارتكاب إبادة | بالتطهير العرقي
context: حرب | الإنسانية | مجازر | مجزرة | بالإبادة | إبادة | العرقي
target: object
needs-target: yes

[event 1125]
gloss: accuse of espionage or treason (اتهم بالتجسس، بالخيانة)
verb: اتهم/يتهم
noun: متهما | متهمة | متهمين
after: بالتجسس | بالخيانة | بالعمالة | بالتخابر | بالخيانة العظمى
target: object
needs-target: yes

[event 112]
gloss: level accusations (وجه اتهامات إلى)
# PETRARCH LEVEL * ACCUSATIONS → 112; with a prosecutor near it the charges are legal (173 below).
verb: وجه/يوجه
noun: موجها
after: اتهامات | اتهاما | الاتهام | الاتهامات | اتهامه | اتهامها | أصابع الاتهام
target: ل | إلى | any
needs-target: yes

[event 114]
gloss: lodge a complaint or protest (تقدم بشكوى، قدم احتجاجا رسميا)
# PETRARCH LODGE * COMPLAINT | PROTEST, FILE * COMPLAINT → 114.
verb: تقدم/يتقدم | قدم/يقدم | رفع/يرفع | سلم/يسلم | وجه/يوجه | بعث/يبعث | أرسل/يرسل
noun: مقدما
after: بشكوى | شكوى | شكوى رسمية | بشكوى رسمية | احتجاجا رسميا | احتجاجا | مذكرة احتجاج | رسالة احتجاج | باحتجاج | باحتجاج رسمي | احتجاجا شديد اللهجة | شكوى إلى مجلس الأمن | رسالة إلى مجلس الأمن | مذكرة احتجاج شديدة اللهجة
target: ضد | لدى | على | إلى | object
needs-target: yes

[event 114]
gloss: summon an ambassador (استدعى السفير)
# PETRARCH SUMMON * AMBASSADOR; recalling one's own ambassador («استدعى سفيره») is 161 (events-14-20).
verb: استدعى/يستدعي
not-after: سفيره | سفيرها | سفراءها | سفراءه | سفيرها لدى | سفيره لدى
after: السفير | سفير | القائم بالأعمال | القائم بأعمال | سفراء | سفيري | السفراء
target: object | any
needs-target: yes

[event 114]
gloss: protest officially (احتج رسميا لدى)
verb: احتج/يحتج
after: رسميا | لدى | بشدة لدى
target: لدى | على | any
needs-target: yes

[event 115]
gloss: sue (رفع دعوى ضد)
# PETRARCH BRING * LAWSUIT, FILE * SUIT → 115.
verb: رفع/يرفع | تقدم/يتقدم
form: أقامت | أقاموا | يقيم | تقيم
after: دعوى | دعوى قضائية | بدعوى | قضية ضد | دعاوى | بدعوى قضائية
target: ضد | على | any
needs-target: yes

[event 116]
gloss: convict (أدانت المحكمة … بتهمة)
# PETRARCH (COURT) CONVICT, FIND * GUILTY → 116. «أدان» alone is "condemned" (built-in 111); the
# charge after it makes it a verdict.
form: أدانت | أدانوا | يدين | تدين | يدينون
passive: أدين/يدان
after: بتهمة | بتهم | بتهمتي | بالتهم | بالتهمة | بارتكاب | بالقتل | بقتل | بالإرهاب | بالتجسس | بالتخابر | بالانتماء | بالفساد
target: object | any
needs-target: yes

# ------------------------------------------------------------------ 12 reject
# «رفض X …»: the built-in 120 codes the bare verb with an actor object; what is rejected chooses
# the subcode (a `context:` repeats it so that the subcode outranks the bare 120 and 011).

[event 121]
gloss: reject cooperation (رفض التعاون)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: التعاون | أي تعاون | التنسيق | الشراكة
context: التعاون | تعاون | التنسيق | الشراكة
target: مع | object | any
needs-target: yes

[event 122]
gloss: reject aid (رفض المساعدات)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: المساعدات | المساعدة | مساعدات | الدعم | العرض | عرض | المنحة
context: المساعدات | المساعدة | مساعدات | الدعم | العرض | عرض | المنحة
target: من | object | any
needs-target: yes

[event 123]
gloss: reject reform (رفض الإصلاحات)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: الإصلاحات | إصلاحات | الإصلاح | التعديلات الدستورية | تعديل الدستور
context: الإصلاحات | إصلاحات | الإصلاح | التعديلات | الدستور
target: object | any
needs-target: yes

[event 1231]
gloss: refuse to step down (رفض التنحي)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: التنحي | الاستقالة | الرحيل | مطالب التنحي | دعوات التنحي | التخلي عن السلطة | ترك السلطة
context: التنحي | الاستقالة | الرحيل | السلطة
target: object | any
needs-target: yes

[event 1232]
gloss: refuse a change of policy (رفض التراجع)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: التراجع عن | تغيير موقفه | تغيير موقفها | تغيير سياسته | تغيير سياستها | الضغوط | الإملاءات | الشروط | شروط
context: التراجع | تغيير | الضغوط | الإملاءات | الشروط | شروط
target: object | any
needs-target: yes

[event 1243]
gloss: refuse to release or extradite (رفض الإفراج، رفض تسليم)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: الإفراج | إطلاق سراح | تسليم | تسليمه | تسليمها | تسليمهم | الإفراج عن
context: الإفراج | سراح | تسليم | تسليمه | تسليمها | تسليمهم
target: object | any
needs-target: yes

[event 1244]
gloss: refuse to lift sanctions (رفض رفع العقوبات)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: رفع العقوبات | تخفيف العقوبات | رفع الحصار | رفع الحظر | فك الحصار
context: العقوبات | الحصار | الحظر
target: عن | object | any
needs-target: yes

[event 1245]
gloss: refuse access (رفض السماح بدخول)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: السماح | دخول | إدخال | التفتيش | تفتيش | زيارة المفتشين | استقبال المفتشين | منح تأشيرات
context: السماح | دخول | إدخال | التفتيش | تفتيش | المفتشين | تأشيرات
target: object | any
needs-target: yes

[event 1246]
gloss: refuse to de-escalate (رفض الانسحاب، رفض وقف إطلاق النار)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: الانسحاب | وقف إطلاق النار | الهدنة | وقف القتال | سحب | تسليم السلاح | تسليم أسلحتها | إلقاء السلاح | الالتزام بالهدنة | وقف العمليات
context: الانسحاب | إطلاق النار | الهدنة | القتال | سحب | السلاح | أسلحتها | العمليات
target: من | object | any
needs-target: yes

[event 1212]
gloss: refuse military cooperation (رفض المشاركة في التحالف، رفض التدخل عسكريا)
# Judged sample: «رفضت تركيا … المشاركة في عمليات التحالف»، «رفضت تركيا … التدخل عسكريا ضد داعش».
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان
after: المشاركة في عمليات | المشاركة في التحالف | المشاركة في الحرب | المشاركة في العمليات العسكرية | الانضمام إلى التحالف | إرسال قوات | التدخل عسكريا | التدخل العسكري | استخدام قواعدها | استخدام أراضيها
context: عمليات | التحالف | الحرب | العسكرية | قوات | عسكريا | العسكري | قواعدها | أراضيها
target: object | any
needs-target: yes

[event 124]
gloss: refuse to yield (رفض التنازل، رفض الاستسلام)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان
after: التنازل | الاستسلام | الخضوع | الرضوخ | الإذعان
context: التنازل | الاستسلام | الخضوع | الرضوخ | الإذعان
target: object | any
needs-target: yes

[event 125]
gloss: reject talks (رفض الحوار، رفض الدعوة)
# PETRARCH REJECT * TALKS | INVITATION | (OFFER OF TALKS) → 125.
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: الحوار | المفاوضات | التفاوض | الدعوة | دعوة | اللقاء | الاجتماع | المشاركة في المفاوضات | المشاركة في الحوار | المشاركة في المحادثات | المشاركة في الاجتماع | المشاركة في المؤتمر | الجلوس | أي حوار | أي مفاوضات | استئناف المفاوضات
context: الحوار | المفاوضات | التفاوض | الدعوة | دعوة | اللقاء | الاجتماع | المحادثات | المؤتمر | الجلوس | حوار | مفاوضات
target: مع | object | any
needs-target: yes

[event 126]
gloss: reject mediation (رفض الوساطة)
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: الوساطة | وساطة | أي وساطة | وساطته | وساطتها
context: الوساطة | وساطة | وساطته | وساطتها
target: object | any
needs-target: yes

[event 127]
gloss: reject a plan or agreement (رفض المبادرة، رفض الاتفاق)
# PETRARCH REJECT * PLAN | &PROPOSAL | &TREATY → 127.
form: رفضت | رفضوا | رفضتا | يرفض | ترفض | يرفضون | يرفضان | نرفض
noun: رافضا | رافضة
after: الاتفاق | الاتفاقية | الخطة | خطة | المبادرة | مبادرة | المقترح | مقترح | الاقتراح | اقتراح | مشروع القرار | مشروع قرار | القرار | قرار | التسوية | المقترحات | الصفقة | نتائج
context: الاتفاق | الاتفاقية | الخطة | خطة | المبادرة | مبادرة | المقترح | مقترح | الاقتراح | اقتراح | القرار | قرار | التسوية | المقترحات | الصفقة | نتائج
target: object | any
needs-target: yes

[event 128]
gloss: defy the law or resolutions (انتهك القانون الدولي، تحدى القرارات)
# PETRARCH BREACH, VIOLATE * CONVENTION | &SOLUTION | ARMS EMBARGO → 128; VIOLATE * AIRSPACE is 150
# and BREACH * &CEASEFIRE 196 (events-14-20).
verb: انتهك/ينتهك | خرق/يخرق | تحدى/يتحدى
noun: منتهكا | متحديا
after: القانون الدولي | القوانين الدولية | القرارات الدولية | قرارات مجلس الأمن | قرار مجلس الأمن | القرار الدولي | الشرعية الدولية | المواثيق الدولية | الأعراف الدولية | السيادة | سيادة | الاتفاق | الاتفاقية | اتفاقية | التزاماته | التزاماتها | حظر السلاح | الحظر المفروض | المجتمع الدولي
target: any
needs-target: yes

[event 120]
gloss: oppose (عارض)
# «عارض» alone is also "passing" (عارض صحي), «تعارض/يعارض» mostly "contradicts" (يعارض طبيعة
# الأشياء): only the past forms with a subject are kept.
form: عارضت | عارضوا
target: object | any
needs-target: yes

# ------------------------------------------------------------------ 13 threaten
# «هدد/توعد/لوح بـ…»: what is threatened chooses the subcode; the built-in 130/138/1313 code the
# rest. `context:` repeats the key nouns so the subcode outranks them.

[event 130]
gloss: warn someone against (حذر X من المساس)
# PETRARCH WARN (default) → 130: a warning addressed to a named party, with a hostile act after «من».
verb: حذر/يحذر
noun: محذرا | محذرة
after: من
context: المساس | الاقتراب | التدخل | أي اعتداء | أي هجوم | استفزاز | الاستفزاز | مواصلة | الاستمرار | تجاوز | اللعب بالنار | ارتكاب | العبث | التمادي | تهديد
target: object
needs-target: yes

[event 131]
gloss: threaten legal or non-military steps (هدد باللجوء إلى المحكمة الجنائية الدولية)
# PETRARCH WARN * (OF {INTERNATIONAL PRESSURE}) → 131; snn_gold_dev codes the Palestinian threat to
# go to the ICC 131.
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | ملوحا
after: باللجوء إلى | باللجوء إلى المحكمة | بالتوجه إلى المحكمة | بالتوجه إلى مجلس الأمن | بمقاضاة | برفع دعوى | باتخاذ إجراءات | باتخاذ خطوات | بإجراءات
context: المحكمة | مجلس الأمن | بمقاضاة | دعوى | إجراءات | خطوات | باللجوء
target: object | any
needs-target: yes

[event 1311]
gloss: threaten to cut aid (هدد بقطع المساعدات)
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | ملوحا
after: بقطع المساعدات | بوقف المساعدات | بتعليق المساعدات | بقطع المعونات | بوقف الدعم | بقطع الدعم | بتجميد المساعدات
context: المساعدات | المعونات | الدعم
target: object | any
needs-target: yes

[event 1312]
gloss: threaten sanctions (هدد بفرض عقوبات)
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | ملوحا
after: بفرض عقوبات | بعقوبات | بفرض مزيد من العقوبات | بإعادة فرض العقوبات | بفرض حظر | بمقاطعة | بتشديد العقوبات | بالعقوبات
context: عقوبات | العقوبات | حظر | بمقاطعة
target: object | على | any
needs-target: yes

[event 132]
gloss: threaten administrative sanctions (هدد بإغلاق، بحظر)
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | ملوحا
after: بإغلاق | بحظر | بحل | بإعلان حالة الطوارئ | بفرض حظر التجول | بسحب الجنسية | بسحب التراخيص | بطرد
context: بإغلاق | بحظر | بحل | الطوارئ | التجول | الجنسية | التراخيص | بطرد
target: object | any
needs-target: yes

[event 133]
gloss: threaten protests (هدد بالتظاهر، بالإضراب)
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | ملوحا
after: بالتظاهر | بالإضراب | بالاعتصام | بالعصيان | بالتصعيد | بتنظيم مظاهرات | بالنزول إلى الشارع | بمظاهرات | باحتجاجات | بالخروج إلى الشارع
context: بالتظاهر | بالإضراب | بالاعتصام | بالعصيان | بالتصعيد | مظاهرات | بمظاهرات | باحتجاجات | الشارع
target: ضد | object | any
needs-target: yes

[event 134]
gloss: threaten to halt talks (هدد بالانسحاب من المفاوضات)
verb: هدد/يهدد | لوح/يلوح
noun: مهددا | ملوحا
after: بالانسحاب من المفاوضات | بالانسحاب من الحوار | بالانسحاب من المحادثات | بتعليق المفاوضات | بوقف المفاوضات | بمقاطعة المفاوضات | بمقاطعة الحوار | بالانسحاب من الاتفاق | بالانسحاب من العملية السياسية
context: المفاوضات | الحوار | المحادثات | الاتفاق | العملية السياسية
target: object | any
needs-target: yes

[event 137]
gloss: threaten violent repression (هدد بالقمع، بسحق)
verb: هدد/يهدد | توعد/يتوعد
noun: مهددا | متوعدا
after: بقمع | بالقمع | بسحق | بالضرب بيد من حديد | بالتعامل بحزم | بالحسم | بمعاقبة
context: بقمع | بالقمع | بسحق | حديد | بحزم | بالحسم | بمعاقبة
target: object | any
needs-target: yes

[event 1381]
gloss: threaten a blockade (هدد بإغلاق المضيق، بفرض حصار)
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | ملوحا | متوعدا
after: بإغلاق مضيق | بإغلاق المضيق | بإغلاق المجال الجوي | بفرض حصار | بحصار | بإغلاق الموانئ | بإغلاق المعابر
context: مضيق | المضيق | الجوي | حصار | بحصار | الموانئ | المعابر
target: object | any
needs-target: yes

[event 1382]
gloss: threaten occupation (هدد باجتياح، باحتلال)
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | متوعدا
after: باحتلال | باجتياح | بالاجتياح | بدخول | بالتوغل | بالزحف على | باقتحام | بغزو
context: باحتلال | باجتياح | بالاجتياح | بدخول | بالتوغل | بالزحف | باقتحام | بغزو
target: object | any
needs-target: yes

[event 1383]
gloss: threaten terrorist violence (هدد بتفجير، بذبح)
verb: هدد/يهدد | توعد/يتوعد
noun: مهددا | متوعدا
after: بتفجير | بتفجيرات | بعمليات انتحارية | بشن هجمات إرهابية | بذبح | بإعدام | بتصفية | بمزيد من الهجمات | بهجمات
context: بتفجير | بتفجيرات | انتحارية | إرهابية | بذبح | بإعدام | بتصفية | الهجمات | بهجمات
target: object | any
needs-target: yes

[event 1385]
gloss: threaten weapons of mass destruction (هدد باستخدام السلاح النووي، الكيميائي)
verb: هدد/يهدد | لوح/يلوح | توعد/يتوعد
noun: مهددا | ملوحا
after: باستخدام السلاح النووي | باستخدام الأسلحة النووية | باستخدام الأسلحة الكيميائية | باستخدام السلاح الكيميائي | بالسلاح النووي | بالأسلحة الكيميائية | بضربة نووية
context: النووي | النووية | الكيميائية | الكيميائي | نووية
target: object | any
needs-target: yes

[event 138]
gloss: pledge military escalation (تعهد بتوسيع الغارات، بالرد)
# snn_gold_dev: «تعهدت تركيا بتوسيع نطاق الغارات الجوية ضد المتشددين» 138.
verb: تعهد/يتعهد
noun: متعهدا
after: بتوسيع نطاق الغارات | بتوسيع الغارات | بتوسيع نطاق العمليات | بمواصلة الغارات | بمواصلة الضربات | بمواصلة العمليات العسكرية | بالقضاء على | بسحق | بملاحقة | بمواصلة الحرب | بمواصلة القتال | بتكثيف الغارات | بتكثيف الضربات
context: الغارات | العمليات | الضربات | بالقضاء | بسحق | بملاحقة | الحرب | القتال
target: ضد | على | object | any
needs-target: yes

[event 139]
gloss: give an ultimatum (أمهل، منح مهلة، وجه إنذارا)
# PETRARCH ISSUE * ULTIMATUM, SET * DEADLINE → 139.
verb: أمهل/يمهل | منح/يمنح | حدد/يحدد | وجه/يوجه
form: أمهلت
noun: ممهلا
after: مهلة | مهلة أخيرة | إنذارا | إنذارا أخيرا | مهلة زمنية
context: مهلة | إنذارا | لمغادرة | للانسحاب | لتسليم | للرد | ساعة | ساعات | أيام
target: object | ل | any
needs-target: yes
