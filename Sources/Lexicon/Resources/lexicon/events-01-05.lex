# Issue 13 (lex13b): CAMEO roots 01–05 as Saudi and Arab news write them.
# Overlay on the built-in lexicon (use with `--lexicon /work/notes/lex13b`). Every block here has a
# gloss of its own: none replaces a built-in block. Checklist: PETRARCH2 CAMEO.2.0 verb dictionary
# (the English patterns named per block); phrasing: saudinewsnet_dev (counts are sentences of the
# 136k-sentence development corpus that hold the phrase).
# Patterns that share a verb with a built-in `after:` block (دعا … إلى → 020, طالب → 100, أعرب →
# 051/111) carry a `context:` that repeats their key nouns: a `context:` match outranks a bare
# `after:` match, so the specific code wins instead of both being coded.

# ------------------------------------------------------------------ 01 statements

[event 011]
gloss: decline to comment (رفض التعليق، امتنع عن التعليق)
# PETRARCH REFUSE * COMMENT → 011. «رفض» alone stays 120 (built-in).
verb: رفض/يرفض | امتنع/يمتنع
noun: رافضا | رافضة | ممتنعا
after: التعليق | عن التعليق | الإدلاء بأي تعليق | الإدلاء بتصريحات | الإدلاء بأي تصريح
target: على | any

[event 012]
gloss: express concern (أعرب عن قلقه، أبدى مخاوفه)
# PETRARCH CONCERN, WORRY, VOICE * CONCERN → 012. 35 sentences «عن قلق…», 7 «عن مخاوف…».
verb: أعرب/يعرب | عبر/يعبر | أبدى/يبدي
noun: معربا | معربة | معربين | معبرا | معبرة | معبرين | مبديا | مبدية
after: عن قلقه | عن قلقها | عن قلقهم | عن قلقهما | عن القلق | عن قلق | عن بالغ قلقه | عن بالغ قلقها | عن عميق قلقه | عن عميق قلقها | عن مخاوفه | عن مخاوفها | عن مخاوفهم | عن خشيته | عن خشيتها | عن تخوفه | عن تخوفها | عن تشاؤمه | عن تشاؤمها | قلقه | قلقها | مخاوفه | مخاوفها
target: إزاء | حيال | تجاه | من | على | any

[event 012]
gloss: warn of grave consequences (حذر من عواقب، من كارثة)
# PETRARCH WARN * (OF {DISASTROUS CONSEQUENCES}), CATASTROPHE, (OF RISK) → 012. «حذر من» alone is
# mostly a civil-defence or health warning in this press (رياح، أمطار، الألعاب النارية): only the
# words of a political danger after it code.
verb: حذر/يحذر
noun: محذرا | محذرة | محذرين
after: من عواقب | من تداعيات | من مغبة | من خطورة الوضع | من خطورة التصعيد | من مخاطر التصعيد | من انهيار | من كارثة | من كارثة إنسانية | من تفاقم | من تدهور | من انزلاق | من اندلاع | من تصعيد | من انفجار الوضع | من حرب | من حرب أهلية | من فراغ | من أزمة إنسانية | من مجاعة
context: عواقب | تداعيات | مغبة | خطورة | مخاطر | انهيار | كارثة | تفاقم | تدهور | انزلاق | اندلاع | تصعيد | انفجار | حرب | فراغ | أزمة | مجاعة
target: any

[event 013]
gloss: express optimism (أعرب عن تفاؤله، أبدى تفاؤلا)
# PETRARCH REMAIN * OPTIMISTIC, LOOK * FORWARD → 013. «عن أمله» (hope) is left out: it is mostly a
# wish about the speaker's own affairs (أعرب عن أمله في أن …), which the gold conventions do not code.
verb: أعرب/يعرب | عبر/يعبر | أبدى/يبدي
noun: معربا | معربة | معربين | معبرا | معبرة | معبرين | مبديا | مبدية
after: عن تفاؤله | عن تفاؤلها | عن تفاؤلهم | عن تفاؤلهما | عن التفاؤل | تفاؤلا | تفاؤله | تفاؤلها | تفاؤلهم
target: تجاه | إزاء | حيال | ب

[event 015]
gloss: announce responsibility for it (أعلن مسؤوليته عنه)
verb: أعلن/يعلن | تبنى/يتبنى
noun: معلنا | معلنة
after: مسؤوليته عنه | مسؤوليتها عنه | مسؤوليته عنها | مسؤوليتها عنها | مسؤوليتهم عنه | مسؤوليتهم عنها | المسؤولية عنه | المسؤولية عنها
target: any

[event 015]
gloss: claim responsibility for an attack (أعلن تنظيم داعش مسؤوليته عن الهجوم)
# Stop 23. snn_gold_dev codes the claim itself 015 beside the attack («أعلن تنظيم داعش … مسؤوليته
# عن هجوم بسيارة ملغومة بشرق العراق»), the target the attacked. The claim keeps the attack's own
# events (the attacker read by ClaimOfResponsibility). Development corpus: +10, 7 read right.
verb: أعلن/يعلن | تبنى/يتبنى
after: مسؤوليته عن | مسؤوليتها عن | مسؤوليتهم عن | المسؤولية عن
target: any
needs-target: yes

[event 016]
gloss: deny an accusation, a report or an involvement (نفى مزاعم، نفى صحة، نفى أي علاقة)
# PETRARCH DENY * ACCUSATION | REPORT | INVOLVEMENT | LINK | ROLE | PRESENCE → 016. 53 sentences.
# «نفى» with a clause (نفى أن يكون) is left out: mostly a plain statement.
verb: نفى/ينفي
noun: نافيا | نافية
after: مزاعم | المزاعم | الاتهامات | اتهامات | الاتهام | اتهام | ما تردد | ما تناقلته | ما أشيع | ما نشرته | ما نشر | ما ذكرته | ما ذكر | ما أوردته | ما روجته | صحة | الأنباء | أنباء | التقارير | تقارير | الادعاءات | ادعاءات | الشائعات | شائعات | أي علاقة | أي صلة | أي دور | علاقته | علاقتها | صلته | صلتها | تورطه | تورطها | تورط | ضلوعه | ضلوعها | مسؤوليته | مسؤوليتها | وجود
target: object

[event 018]
gloss: express sympathy (أعرب عن تعاطفه، عن حزنه)
verb: أعرب/يعرب | عبر/يعبر
noun: معربا | معربة | معبرا | معبرة
after: عن تعاطفه | عن تعاطفها | عن تعاطفهم | عن حزنه | عن حزنها | عن بالغ حزنه | عن عميق حزنه | تعاطفه | تعاطفها
target: مع | ل | any
needs-target: yes

[event 019]
gloss: express accord (تطابق الرؤى، تقارب وجهات النظر)
# PETRARCH AGREE * (ON IMPORTANCE), (ON NEED); EMPHASIZE * COOPERATION → 019.
noun: تطابق الرؤى | توافق الرؤى | تقارب وجهات النظر | تطابق في وجهات النظر | تطابق في المواقف | تطابق المواقف والرؤى | توافق في الآراء | اتفاق وجهات النظر | تطابق وجهتي النظر | توافق في الرؤى | تطابق في الرؤى
symmetric: yes
target: مع | بين
needs-target: yes

[event 019]
gloss: agree on the importance or need (اتفق الجانبان على أهمية)
verb: اتفق/يتفق
noun: متفقين
after: على أهمية | على ضرورة
context: أهمية | ضرورة
symmetric: yes
target: مع | بين
needs-target: yes

# ------------------------------------------------------------------ 02 appeal
# «دعا/ناشد/حث X إلى/لـ/على …»: the code is the thing appealed for. The addressee is the object.
# «داعية» (a preacher) and bare «داعيا الله» are not listed: only the participle «داعيا» before an
# `after:` complement. PETRARCH URGE / CALL / APPEAL / ASK with the complements named per block.

[event 021]
gloss: appeal for cooperation (دعا إلى التعاون)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى التعاون | للتعاون | على التعاون | إلى تعزيز التعاون | إلى العمل المشترك | إلى تكثيف التعاون | إلى مزيد من التعاون
context: التعاون | العمل المشترك
target: object
needs-target: yes

[event 0211]
gloss: appeal for investment or trade (دعا إلى الاستثمار)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين
after: إلى الاستثمار | للاستثمار | على الاستثمار | إلى زيادة الاستثمارات | إلى ضخ استثمارات | إلى تعزيز التبادل التجاري | إلى زيادة التبادل التجاري
context: الاستثمار | استثمارات | الاستثمارات | التبادل التجاري
target: object
needs-target: yes

[event 0212]
gloss: appeal for military cooperation (دعا إلى التعاون العسكري)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى التعاون العسكري | إلى التنسيق العسكري | إلى تشكيل تحالف | إلى تشكيل قوة عربية | إلى الانضمام إلى التحالف
context: العسكري | تحالف | التحالف | قوة عربية
target: object
needs-target: yes

[event 0213]
gloss: appeal for judicial cooperation (دعا إلى تسليم المطلوبين)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى تسليم | لتسليم | إلى التعاون القضائي
context: تسليم | القضائي
target: object
needs-target: yes

[event 0214]
gloss: appeal for intelligence (دعا إلى تبادل المعلومات)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى تبادل المعلومات | إلى تبادل المعلومات الاستخباراتية | إلى التعاون الاستخباراتي | إلى تزويد
context: المعلومات | الاستخباراتي | الاستخباراتية
target: object
needs-target: yes

[event 022]
gloss: appeal for policy support (دعا إلى دعم، إلى الوقوف إلى جانب)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى دعم | لدعم | على دعم | إلى تأييد | إلى مساندة | إلى الوقوف إلى جانب | إلى الوقوف مع | إلى الوقوف بجانب | إلى الاعتراف | إلى رفض
context: دعم | تأييد | مساندة | الوقوف | الاعتراف | رفض
target: object
needs-target: yes

[event 023]
gloss: appeal for aid (دعا إلى تقديم الدعم، ناشد تقديم المساعدة)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى تقديم الدعم | لتقديم الدعم | إلى تقديم العون | لتقديم العون | إلى تقديم المساعدة | لتقديم المساعدة | إلى مساعدة | لمساعدة | إلى تقديم المزيد | إلى مد يد العون | تقديم الدعم | تقديم المساعدة
context: تقديم | مساعدة | العون | الدعم
target: object
needs-target: yes

[event 0231]
gloss: appeal for economic aid (دعا إلى تقديم الدعم المالي)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى تقديم الدعم المالي | إلى تقديم المساعدات المالية | إلى تقديم القروض | إلى تمويل | لتمويل | إلى الوفاء بتعهداتها | إلى الوفاء بالتعهدات
context: المالي | المالية | القروض | تمويل | بتعهداتها | بالتعهدات
target: object
needs-target: yes

[event 0233]
gloss: appeal for humanitarian aid (دعا إلى تقديم المساعدات الإنسانية)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى تقديم المساعدات | لتقديم المساعدات | إلى تقديم المساعدات الإنسانية | إلى إيصال المساعدات | لإيصال المساعدات | إلى إغاثة | لإغاثة | إلى تقديم الإغاثة | إلى تقديم المساعدات الإغاثية | إلى التبرع | تقديم المساعدات
context: المساعدات | الإنسانية | إغاثة | الإغاثة | الإغاثية | التبرع
target: object
needs-target: yes

[event 0234]
gloss: appeal for protection (دعا إلى توفير الحماية)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى حماية | لحماية | إلى توفير الحماية | لتوفير الحماية | إلى توفير حماية | إلى نشر قوات | إلى إرسال قوات | إلى التدخل العسكري | إلى تدخل عسكري | إلى الحماية الدولية
context: حماية | الحماية | قوات | التدخل | تدخل
target: object
needs-target: yes

[event 024]
gloss: appeal for political reform (دعا إلى إصلاحات)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى إصلاحات | إلى الإصلاح | إلى إجراء إصلاحات | إلى تنفيذ الإصلاحات | إلى الإصلاحات | إلى محاربة الفساد | إلى مكافحة الفساد
context: إصلاحات | الإصلاح | الإصلاحات | الفساد
target: object
needs-target: yes

[event 0241]
gloss: appeal for a change of leadership (دعا إلى التنحي، إلى استقالة)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى التنحي | إلى تنحي | إلى رحيل | إلى استقالة | إلى الاستقالة | إلى إقالة | لإقالة | إلى تنحيه | إلى التخلي عن السلطة
context: التنحي | تنحي | رحيل | استقالة | الاستقالة | إقالة | السلطة
target: object
needs-target: yes

[event 0242]
gloss: appeal for a change of policy (دعا إلى مراجعة، إلى التراجع عن)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى تغيير سياسته | إلى تغيير سياستها | إلى تغيير سياساتها | إلى مراجعة | إلى إعادة النظر | إلى التراجع عن | إلى العدول عن | إلى إلغاء | إلى التخلي عن | إلى الكف عن | إلى وقف التدخل | إلى عدم التدخل
context: تغيير | مراجعة | النظر | التراجع | العدول | إلغاء | التخلي | الكف | التدخل
target: object
needs-target: yes

[event 0243]
gloss: appeal for rights (دعا إلى احترام حقوق الإنسان)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى احترام حقوق | إلى احترام حقوق الإنسان | إلى ضمان حقوق | إلى ضمان حرية | إلى احترام حرية | إلى صون حقوق
context: حقوق | حرية
target: object
needs-target: yes

[event 0244]
gloss: appeal for a new government or elections (دعا إلى تشكيل حكومة)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى تشكيل حكومة | لتشكيل حكومة | إلى تشكيل حكومة وحدة | إلى إجراء انتخابات | إلى انتخابات مبكرة | إلى تعديل الدستور | إلى صياغة دستور
context: حكومة | انتخابات | الدستور | دستور
target: object
needs-target: yes

[event 025]
gloss: appeal to lift a siege (دعا إلى رفع الحصار)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى رفع الحصار | لرفع الحصار | إلى فك الحصار | لفك الحصار | إلى إنهاء الحصار | إلى كسر الحصار | إلى رفع القيود
context: الحصار | القيود
target: object
needs-target: yes

[event 0251]
gloss: appeal to lift administrative restrictions (دعا إلى رفع حالة الطوارئ)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى رفع حالة الطوارئ | إلى رفع حظر التجول | إلى رفع الحظر عن | إلى إنهاء حالة الطوارئ | إلى إلغاء حالة الطوارئ
context: الطوارئ | التجول | الحظر
target: object
needs-target: yes

[event 0252]
gloss: appeal to end a protest (دعا إلى إنهاء الاعتصام)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى إنهاء الاعتصام | إلى فض الاعتصام | إلى إنهاء الإضراب | إلى وقف الاحتجاجات | إلى إنهاء الاحتجاجات | إلى وقف التظاهرات | إلى وقف المظاهرات | إلى فك الإضراب
context: الاعتصام | الإضراب | الاحتجاجات | التظاهرات | المظاهرات
target: object
needs-target: yes

[event 0253]
gloss: appeal for release (دعا للإفراج، إلى إطلاق سراح)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: للإفراج | لإطلاق سراح | إلى الإفراج | إلى إطلاق سراح | إلى الإفراج الفوري
context: الإفراج | سراح
target: object
needs-target: yes

[event 0254]
gloss: appeal to lift sanctions (دعا إلى رفع العقوبات)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى رفع العقوبات | لرفع العقوبات | إلى تخفيف العقوبات | إلى إلغاء العقوبات | إلى رفع الحظر الاقتصادي | إلى رفع الحصار الاقتصادي
context: العقوبات | الاقتصادي
target: object
needs-target: yes

[event 0255]
gloss: appeal to let aid or observers in (دعا إلى السماح بدخول المساعدات)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين
after: إلى السماح بدخول | إلى السماح بإدخال | إلى السماح بوصول | إلى إدخال المساعدات | إلى فتح ممرات | إلى فتح ممر | إلى تسهيل دخول | إلى تسهيل وصول | إلى تسهيل إيصال | إلى السماح للمنظمات | إلى السماح للمفتشين | إلى عدم عرقلة
context: بدخول | بإدخال | بوصول | المساعدات | ممرات | ممر | دخول | وصول | إيصال | للمنظمات | للمفتشين | عرقلة
target: object
needs-target: yes

[event 0256]
gloss: appeal to end the fighting or keep the truce (دعا إلى إنهاء القتال، إلى احترام الهدنة)
# Adds to the built-in 0256 (إلى وقف، إلى التهدئة، إلى ضبط النفس).
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى إنهاء القتال | إلى إنهاء العنف | إلى وقف العنف | إلى احترام الهدنة | إلى الالتزام بالهدنة | إلى هدنة | إلى الهدنة | إلى وقف إطلاق النار | إلى وقف القتال | إلى وقف العمليات العسكرية | إلى وقف الغارات | إلى وقف القصف | إلى التهدئة | إلى ضبط النفس | إلى عدم التصعيد | إلى خفض التصعيد
context: القتال | العنف | الهدنة | هدنة | إطلاق النار | العمليات العسكرية | الغارات | القصف | التهدئة | ضبط النفس | التصعيد
target: object
needs-target: yes

[event 026]
gloss: appeal to talk or negotiate (دعا إلى الحوار، إلى طاولة المفاوضات)
# PETRARCH APPEAL * (FOR &NEGOTIATION), SEEK * TALKS, REQUEST * MEETING → 026.
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى الحوار | للحوار | إلى حوار | إلى طاولة الحوار | إلى طاولة المفاوضات | إلى المفاوضات | إلى استئناف المفاوضات | لاستئناف المفاوضات | إلى استئناف المحادثات | إلى التفاوض | إلى العودة إلى المفاوضات | إلى العودة إلى طاولة | إلى الجلوس | إلى عقد اجتماع | إلى عقد مؤتمر | إلى عقد قمة | إلى اجتماع طارئ | إلى عقد اجتماع طارئ | إلى المشاركة في المفاوضات | إلى المشاركة في مؤتمر | إلى المشاركة في المحادثات | إلى محادثات
context: الحوار | حوار | طاولة | المفاوضات | التفاوض | المحادثات | محادثات | اجتماع | مؤتمر | قمة | الجلوس
target: object
needs-target: yes

[event 027]
gloss: appeal to settle (دعا إلى حل سياسي، إلى المصالحة)
# PETRARCH SEEK * &SOLUTION, {POLITICAL &SOLUTION}, ASK * RECONCILIATION → 027.
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا | داعين | مناشدا
after: إلى حل سياسي | إلى حل سلمي | إلى الحل السياسي | إلى الحل السلمي | إلى إيجاد حل | لإيجاد حل | إلى تسوية | إلى التسوية | إلى المصالحة | إلى حل الخلافات | إلى حل النزاع | إلى حل الأزمة | إلى الحلول السلمية | إلى تسوية سياسية | إلى حل الخلاف | إلى تغليب لغة الحوار | إلى إنهاء الأزمة | إلى إنهاء الانقسام | إلى تطبيق القرار | إلى تنفيذ القرار | إلى تنفيذ قرار
context: حل | الحل | تسوية | التسوية | المصالحة | الخلافات | النزاع | الأزمة | الحلول | الخلاف | الحوار | الانقسام | القرار | قرار
target: object
needs-target: yes

[event 028]
gloss: appeal for mediation (دعا إلى التوسط، طلب الوساطة)
verb: دعا/يدعو | ناشد/يناشد | حث/يحث
noun: داعيا
after: إلى التوسط | للتوسط | إلى الوساطة | إلى القيام بوساطة | إلى قبول الوساطة | إلى التدخل لحل | إلى التدخل لإنهاء | إلى التدخل لوقف
context: التوسط | الوساطة | بوساطة | التدخل
target: object
needs-target: yes

[event 020]
gloss: ask or request (طلب من، طالب … الحصول على)
# PETRARCH ASK, REQUEST → 020. Only with an actor after «من» (طلب من المملكة): «طلب» alone is
# mostly a noun (request, application).
form: طلبت | طلبوا | يطلب | تطلب | يطلبون
noun: طالبا
after: من
target: من
needs-target: yes

[event 036]
gloss: invite to visit (دعا لزيارة، وجه دعوة لزيارة)
# built-in: «وجه/قدم دعوة» → 036; here the verb with the visit after it.
verb: دعا/يدعو
noun: داعيا
after: لزيارة | إلى زيارة | للقيام بزيارة | إلى القيام بزيارة | لحضور | إلى حضور | للمشاركة في
context: زيارة | حضور | المشاركة
target: object
needs-target: yes

# ------------------------------------------------------------------ 03 intent to cooperate
# «أبدى/أكد/أعرب عن استعداده | رغبته | عزمه | حرصه …» with the act after it; «تعهد ب…» (pledge);
# «أعلن عزمه/نيته». The act intended chooses the code (context); the bare form is 030.

[event 030]
gloss: express readiness, wish or resolve to cooperate (أبدى استعداده، أكد حرصه على)
# PETRARCH AFFIRM, EXPRESS * WILLINGNESS / READINESS → 030; snn_gold_dev: «حرص المملكة على تطوير
# علاقاتها … مع إيران» 030.
verb: أبدى/يبدي | أكد/يؤكد | أعرب/يعرب | عبر/يعبر | جدد/يجدد
noun: مبديا | مبدية | مؤكدا | مؤكدة | معربا | معربة | معبرا | معبرة | مجددا
after: استعداد | عزم | حرص | استعداده | رغبته | عزمه | حرصه | تطلعه | استعدادها | رغبتها | عزمها | حرصها | تطلعها | استعدادهم | رغبتهم | حرصهم | رغبتهما | حرصهما
context: التعاون | العلاقات | علاقات | علاقاتها | الشراكة | التنسيق | العمل مع | للعمل مع
target: مع | بين | ل | any
needs-target: yes

[event 030]
gloss: pledge (تعهد ب)
# PETRARCH PLEDGE, PROMISE, VOW → 030; the act pledged chooses the subcode (blocks below). «متعهد»
# (a contractor) is not listed.
verb: تعهد/يتعهد
noun: متعهدا | متعهدة | متعهدين
after: بالعمل | بالتعاون | بمواصلة | بدعم | بمساعدة | بالالتزام | بحماية | بتقديم | ببذل
context: بالعمل | بالتعاون | بمواصلة | بدعم | بمساعدة | بالالتزام | بحماية | بتقديم | ببذل
target: ل | مع | object | any
needs-target: yes

[event 030]
gloss: reach an agreement (توصل إلى اتفاق)
# PETRARCH REACH * AGREEMENT → 030 (the signature is 057). «التوصل» (a masdar) is left out: on real
# text it is mostly an aim (جهود للتوصل إلى حل).
verb: توصل/يتوصل
form: توصلا | توصلتا
after: إلى اتفاق | الى اتفاق | إلى اتفاقية | إلى تفاهم | إلى تفاهمات | إلى صيغة | لاتفاق | إلى اتفاق نهائي | إلى تسوية
symmetric: yes
target: مع | بين
needs-target: yes

[event 030]
gloss: announce a resolve to cooperate (أعلن عزمه على)
verb: أعلن/يعلن
noun: معلنا | معلنة
after: عزمه | عزمها | نيته | نيتها | اعتزامه | اعتزامها | استعداده | استعدادها
context: التعاون | العلاقات | الشراكة | العمل مع
target: مع | ل | any
needs-target: yes

[event 0311]
gloss: express intent to cooperate economically (أبدى رغبته في الاستثمار)
verb: أبدى/يبدي | أكد/يؤكد | أعرب/يعرب | عبر/يعبر | أعلن/يعلن | تعهد/يتعهد
noun: مبديا | مؤكدا | معربا | معبرا | معلنا | متعهدا
after: استعداد | رغبة | عزم | حرص | استعداده | رغبته | عزمه | حرصه | استعدادها | رغبتها | عزمها | حرصها | نيته | نيتها | بالاستثمار | بزيادة الاستثمارات | بضخ
context: الاستثمار | للاستثمار | استثمارات | الاستثمارات | التبادل التجاري | التعاون الاقتصادي | الاقتصادية | التجارية
target: في | مع | ل | any
needs-target: yes

[event 0312]
gloss: express intent to cooperate militarily (أبدى استعداده للمشاركة في التحالف)
verb: أبدى/يبدي | أكد/يؤكد | أعرب/يعرب | عبر/يعبر | أعلن/يعلن | تعهد/يتعهد
noun: مبديا | مؤكدا | معربا | معبرا | معلنا | متعهدا
after: استعداد | رغبة | عزم | استعداده | رغبته | عزمه | استعدادها | رغبتها | عزمها | نيته | نيتها | بالمشاركة | بإرسال قوات
context: المشاركة في التحالف | بقوات | قوات برية | التعاون العسكري | التنسيق العسكري | العمليات العسكرية | الانضمام إلى التحالف
target: مع | ل | في | any
needs-target: yes

[event 032]
gloss: pledge policy support (تعهد بدعم، تعهد بالوقوف إلى جانب)
# PETRARCH ASSERT * SUPPORT, OFFER * MEMBERSHIP → 032. Affirming one's support («مؤكدا وقوف الأردن
# وتضامنه مع المملكة») is 051 by the gold conventions (block in 05 below).
verb: تعهد/يتعهد
noun: متعهدا
after: بدعم | بالوقوف | بمساندة | بتأييد | بالدفاع عن
target: ل | مع | any
needs-target: yes

[event 033]
gloss: pledge or offer aid (تعهد بتقديم، أبدى استعداده لتقديم المساعدة)
# PETRARCH ANNOUNCE * AID, VOICE * READINESS, PLEDGE * AID → 033.
verb: تعهد/يتعهد | أبدى/يبدي | أكد/يؤكد | أعرب/يعرب | أعلن/يعلن
noun: متعهدا | مبديا | مؤكدا | معربا | معلنا
after: بتقديم | استعداد | استعداده | استعدادها | عزم | عزمه | عزمها | نيته | نيتها | بإرسال | بمواصلة تقديم | بمساعدة
context: المساعدة | المساعدات | مساعدات | الدعم | دعم | العون | الإغاثة | إغاثية | إنسانية | منحة | قرض | مليار | مليون
target: ل | إلى | any
needs-target: yes

[event 034]
gloss: pledge or announce political reform (تعهد بإجراء إصلاحات، أعلن حزمة إصلاحات)
# PETRARCH VOW * REFORMS, ORDER * REFORMS → 034.
verb: تعهد/يتعهد | أعلن/يعلن | أطلق/يطلق | أقر/يقر
noun: متعهدا | معلنا
after: بإجراء إصلاحات | بإصلاحات | بالإصلاح | حزمة إصلاحات | حزمة من الإصلاحات | حزمة الإصلاحات | إصلاحات | بمحاربة الفساد | بمكافحة الفساد
context: إصلاحات | الإصلاحات | الإصلاح | الفساد
target: any
needs-target: yes

[event 0353]
gloss: agree or pledge to release (وافق على الإفراج، تعهد بإطلاق سراح)
verb: وافق/يوافق | تعهد/يتعهد | قرر/يقرر
noun: متعهدا
after: على الإفراج | على إطلاق سراح | بالإفراج | بإطلاق سراح | الإفراج عن | إطلاق سراح | على تبادل الأسرى | على مبادلة
context: الإفراج | سراح | الأسرى
target: any
needs-target: yes

[event 0354]
gloss: agree or pledge to lift sanctions (وافق على رفع العقوبات)
verb: وافق/يوافق | تعهد/يتعهد
noun: متعهدا
after: على رفع العقوبات | برفع العقوبات | على تخفيف العقوبات | بتخفيف العقوبات
context: العقوبات
target: عن | any
needs-target: yes

[event 0355]
gloss: agree to let aid or inspectors in (وافق على السماح بدخول)
verb: وافق/يوافق | تعهد/يتعهد
noun: متعهدا
after: على السماح | بالسماح | على دخول | على إدخال | على فتح ممرات | على تفتيش | على زيارة المفتشين
context: بدخول | بإدخال | دخول | إدخال | ممرات | المساعدات | المفتشين | تفتيش | للمفتشين
target: any
needs-target: yes

[event 0356]
gloss: agree or pledge to de-escalate (وافق على الانسحاب، تعهد بوقف العمليات)
verb: وافق/يوافق | تعهد/يتعهد | أبدى/يبدي
noun: متعهدا | مبديا
after: على الانسحاب | بالانسحاب | على سحب | بسحب | على وقف العمليات | بوقف العمليات | بوقف الهجمات | بوقف القصف | على وقف القتال | استعداده للانسحاب | استعدادها للانسحاب
context: الانسحاب | سحب | العمليات | الهجمات | القصف | القتال
target: من | any
needs-target: yes

[event 036]
gloss: express readiness to talk (أبدى استعداده للحوار، وافق على المشاركة في المفاوضات)
# built-in: «أبدى استعداده للقاء» → 036.
verb: أبدى/يبدي | أكد/يؤكد | أعرب/يعرب | أعلن/يعلن | وافق/يوافق | تعهد/يتعهد
noun: مبديا | مؤكدا | معربا | معلنا | متعهدا
after: استعداد | رغبة | استعداده | رغبته | استعدادها | رغبتها | عزمه | عزمها | على المشاركة | على استئناف | على الجلوس | على الحوار | على عقد | على حضور
context: للحوار | الحوار | للتفاوض | التفاوض | المفاوضات | المحادثات | للقاء | اللقاء | لقاء | للاجتماع | الاجتماع | طاولة | الجلوس | مؤتمر | جنيف | لزيارة | زيارة
target: مع | ب | any
needs-target: yes

[event 036]
gloss: accept an invitation (لبى الدعوة، قبل الدعوة)
# PETRARCH ACCEPT * INVITATION → 036.
verb: قبل/يقبل
form: لبى | لبت | لبوا | يلبي | يلبون
noun: ملبيا
after: الدعوة | دعوة | دعوته | دعوتها | الدعوات
context: الدعوة | دعوة | دعوته | دعوتها
target: ل | any
needs-target: yes

[event 036]
gloss: intend to visit (يعتزم زيارة، يعتزم القيام بزيارة)
verb: اعتزم/يعتزم | نوى/ينوي
after: زيارة | القيام بزيارة | لقاء | الاجتماع
context: زيارة | بزيارة | لقاء | الاجتماع
target: object | إلى | مع | ب | any
needs-target: yes

[event 037]
gloss: express intent to settle (أبدى استعداده لحل الخلافات، قبل المبادرة)
# PETRARCH SEEK * END (TO &DISPUTE), OFFER * RECONCILIATION, ACCEPT * PLAN → 037.
verb: أبدى/يبدي | أكد/يؤكد | أعرب/يعرب | أعلن/يعلن | وافق/يوافق
noun: مبديا | مؤكدا | معربا | معلنا
after: استعداد | استعداده | رغبته | استعدادها | رغبتها | قبوله | قبولها | موافقته | موافقتها | على المبادرة | على مبادرة | على الحل | على التسوية | على المصالحة | على خطة السلام | على خطة المبعوث
context: لحل | الحل | حل | تسوية | التسوية | المصالحة | المبادرة | مبادرة | خطة السلام | خطة المبعوث
target: مع | any
needs-target: yes

[event 038]
gloss: accept mediation (قبل الوساطة، وافق على الوساطة)
verb: قبل/يقبل | وافق/يوافق | أبدى/يبدي
noun: مبديا
after: الوساطة | بالوساطة | على الوساطة | وساطة | استعداده للتعامل مع أي وساطة | استعداده لقبول
context: الوساطة | وساطة
target: any
needs-target: yes

[event 039]
gloss: offer mediation (عرض الوساطة)
# PETRARCH OFFER * MEDIATION → 039. «عرض» is written out: the derived «تعرض» is تعرّض ("was exposed").
form: عرض | عرضت | عرضوا | يعرض | يعرضون
noun: عارضا
after: الوساطة | وساطته | وساطتها | التوسط | مساعيه الحميدة | مساعيها الحميدة
target: بين | مع | any
needs-target: yes

[event 039]
gloss: express readiness to mediate (أبدى استعداده للتوسط)
# «أكد … وساطتها» is left out: «تواصل وساطتها» is mediation under way (045).
verb: أبدى/يبدي | أعرب/يعرب | أعلن/يعلن
noun: مبديا | معربا | معلنا
after: استعداده | استعدادها | استعداد | رغبته | رغبتها
context: للتوسط | التوسط | للوساطة | الوساطة | مساعيه الحميدة | مساعيها الحميدة
target: بين | مع | any
needs-target: yes

# ------------------------------------------------------------------ 04 consult

[event 040]
gloss: resume talks (استأنف المفاوضات، المحادثات)
verb: استأنف/يستأنف
form: استأنفا | استأنفتا
after: المفاوضات | المحادثات | المباحثات | الحوار | محادثات | مفاوضات | الاتصالات
context: المفاوضات | المحادثات | المباحثات | الحوار | محادثات | مفاوضات | الاتصالات
symmetric: yes
target: مع | بين
needs-target: yes

[event 042]
gloss: be a guest of (حل ضيفا على)
verb: حل/يحل
after: ضيفا
target: على | any
needs-target: yes

[event 042]
gloss: regional tour (جولة خليجية)
# «جولة» alone is a round (of a league, of talks): only with the adjective of a region.
noun: جولة خليجية | جولته الخليجية | جولتها الخليجية | الجولة الخليجية | جولة إقليمية | جولته الإقليمية | جولة عربية | جولته العربية | جولة آسيوية | جولته الآسيوية | جولة أوروبية | جولته الأوروبية | جولة أفريقية | جولته الأفريقية | جولة شرق أوسطية | جولة في المنطقة
target: any
needs-target: yes

[event 042]
gloss: regional tour of the states it includes (جولته الخليجية التي تشمل الكويت وقطر)
# Stop 46: the states a tour takes in, listed after «تشمل / شملت», are each visited; the noun's
# `any` is the mention that opens right where the phrase ends.
noun: جولة خليجية | جولته الخليجية | جولتها الخليجية | الجولة الخليجية | جولة إقليمية | جولته الإقليمية | جولة عربية | جولته العربية | جولة آسيوية | جولته الآسيوية | جولة أوروبية | جولته الأوروبية | جولة أفريقية | جولته الأفريقية | جولة شرق أوسطية | جولة في المنطقة
after: التي تشمل | التي شملت | والتي تشمل | والتي شملت | تشمل | شملت | تشمل كلا من | شملت كلا من | التي تشمل كلا من | التي شملت كلا من | شملت حتى الآن | تشمل أيضا | تشمل أيضًا
target: any
needs-target: yes

[event 043]
gloss: welcome a visiting delegation or guests (رحب بالوفد، بالضيوف)
# Stop 35: «ورحب الدكتور الربيعة خلال الاستقبال بالوفد الكويتي» is the host's welcome of his
# visitors (judged 043 twice), not praise (051, the built-in reading of «رحب ب»).
verb: رحب/يرحب
after: بالوفد | بوفد | بالضيوف | بضيوفه | بضيوف | بزوار | بالزوار | بالزائرين
context: الوفد | وفد | الضيوف | ضيوف | زوار | الزوار | بالوفد | بوفد | بالضيوف | بضيوفه | بضيوف | بزوار | بالزوار | بالزائرين
target: ب
needs-target: yes

[event 043]
gloss: give a banquet in honour of (أقام مأدبة تكريما ل)
# PETRARCH HOST → 043.
form: أقامت | أقاموا | يقيم | تقيم
after: مأدبة | مأدبة غداء | مأدبة عشاء | حفل استقبال | حفل عشاء | حفل غداء
context: تكريما | على شرف | شرف
target: ل | على | any
needs-target: yes

[event 044]
gloss: take part in a summit, conference or ministerial meeting (شارك في القمة)
# PETRARCH ATTEND * SUMMIT | CONFERENCE → 044. The body or host after it is the target.
verb: شارك/يشارك
noun: مشاركا
after: في القمة | في قمة | في اجتماع وزراء | في اجتماعات | في الاجتماع الوزاري | في اجتماع مجلس | في مؤتمر | في المؤتمر الدولي | في أعمال القمة | في أعمال الدورة | في أعمال المؤتمر | في أعمال الاجتماع | في الاجتماع الطارئ | في اجتماع طارئ | في الدورة
context: وزراء | القمة | قمة | مؤتمر | المؤتمر | الوزاري | الدورة | مجلس | الطارئ | طارئ
target: any
needs-target: yes

[event 044]
gloss: lead a delegation to a summit (ترأس وفد بلاده إلى)
verb: ترأس/يترأس
noun: مترئسا
after: وفد | وفدا | الوفد
context: القمة | قمة | مؤتمر | المؤتمر | اجتماع | اجتماعات | الدورة | الجمعية العامة | المفاوضات | المحادثات
target: إلى | في | any
needs-target: yes

# ------------------------------------------------------------------ 05 diplomatic cooperation

[event 050]
gloss: establish or restore diplomatic relations, reopen an embassy (أعاد فتح سفارته)
# PETRARCH RESUME * DIPLOMATIC, RESTORE * {DIPLOMATIC TIES}, OPEN * {DIPLOMATIC MISSION} → 050
# (ESTABLISH * RELATIONS → 054 below).
verb: استأنف/يستأنف | افتتح/يفتتح | فتح/يفتح
form: أعادت | أعادوا | يعيد | تعيد | يعيدون | رفعت | رفعوا | يرفع | ترفع | يرفعون
after: فتح سفارته | فتح سفارتها | فتح السفارة | فتح سفارة | سفارته | سفارتها | سفارة | العلاقات الدبلوماسية | علاقاتها الدبلوماسية | مستوى العلاقات | مستوى التمثيل الدبلوماسي | التمثيل الدبلوماسي
context: سفارة | سفارته | سفارتها | السفارة | الدبلوماسية | الدبلوماسي | العلاقات
target: في | مع | ل | any
needs-target: yes

[event 050]
gloss: present credentials (قدم أوراق اعتماده)
# PETRARCH PRESENT * CREDENTIALS (AS AMBASSADOR) → 050.
verb: قدم/يقدم | سلم/يسلم | تسلم/يتسلم | تقبل/يتقبل
noun: مقدما
after: أوراق اعتماده | أوراق اعتمادها | أوراق اعتماد | أوراق الاعتماد | نسخة من أوراق اعتماده
target: ل | إلى | any
needs-target: yes

[event 051]
gloss: support, endorse (أيد)
# PETRARCH SUPPORT, ENDORSE, BACK → 051. Bare «أيد» is "hands" (أيدٍ عاملة) and «أيده» the
# formula «أيده الله»: the forms are written out without them. «ساند» was tried and dropped: on real
# text it is mostly operational back-up (فرق إطفاء تساندها وحدات).
form: أيدت | أيدوا | أيدا | يؤيد | تؤيد | يؤيدون | يؤيدان
noun: مؤيدا | مؤيدين
target: object
needs-target: yes

[event 051]
gloss: stand by (وقف إلى جانب، يقف إلى جانب)
# «وقف» alone is "stopping": only the forms with «إلى جانب / بجانب / مع» after them.
form: وقفت | وقفوا | يقف | تقف | يقفون
noun: واقفا | وقوفه | وقوفها | وقوف
after: إلى جانب | الى جانب | بجانب | صفا واحدا | سدا منيعا | مع الأشقاء | مع الشعب
target: any
needs-target: yes

[event 051]
gloss: stand with (يقفون مع المملكة)
# «علماء وشعب باكستان يقفون مع المملكة»، «دولة الإمارات تقف مع قيادة المملكة»: a third person's
# standing with the actor that «مع» introduces; not «نقف مع» (a speaker's "we"), not the nouns
# («وجوب وقوف الشعب مع حكومته» is an exhortation).
form: وقفت | وقفوا | يقف | تقف | يقفون
after: مع
target: مع
needs-target: yes

[event 051]
gloss: affirm support or solidarity (أكد وقوفه إلى جانب، جدد دعمه)
# snn_gold_dev convention: «مؤكداً وقوف الأردن وتضامنه مع المملكة» 051.
verb: أكد/يؤكد | جدد/يجدد
noun: مؤكدا | مؤكدة | مؤكدين | مجددا | مجددة
after: وقوف | وقوفه | وقوفها | وقوفهم | دعمه | دعمها | دعمهم | دعم بلاده | دعم المملكة | تضامن | تضامنه | تضامنها | تأييده | تأييدها | تأييد | مساندة | مساندته | مساندتها
target: ل | مع | any
needs-target: yes

[event 052]
gloss: defend verbally (دافع عن)
# PETRARCH DEFEND * (AGAINST ACCUSATION | CRITICISM) → 052. «يدافع عن الوطن» (soldiers) has no
# actor after «عن» and codes nothing.
verb: دافع/يدافع
noun: مدافعا | مدافعة
after: عن
target: عن
needs-target: yes

[event 053]
gloss: rally support (حشد الدعم، حشد التأييد)
# PETRARCH LAUNCH * {DIPLOMATIC DRIVE}, CALL * (FOR END), GATHER * (IN RALLY) (FOR) → 053.
form: حشدت | حشدوا | يحشد | تحشد | يحشدون
after: الدعم | التأييد | الدعم الدولي | التأييد الدولي | المواقف | الجهود الدولية | الرأي العام
target: ل | ضد | any
needs-target: yes

[event 054]
gloss: recognise a state or government (اعترف بدولة، أقام علاقات دبلوماسية)
# PETRARCH RECOGNISE * INDEPENDENCE, ESTABLISH * RELATIONS, ADMIT * (AS MEMBER) → 054. «اعترف»
# is also "confessed" (اعترف المتهم): only with a state, a government or a legitimacy after it.
verb: اعترف/يعترف | أنشأ/ينشئ
form: أقامت | أقاموا | يقيم | تقيم | يقيمون
after: بدولة | بالدولة | باستقلال | بشرعية | بالحكومة | بحكومة | بالجمهورية | علاقات دبلوماسية | العلاقات الدبلوماسية
target: ب | مع | any
needs-target: yes

[event 055]
gloss: apologise (اعتذر ل، قدم اعتذاره)
# PETRARCH APOLOGIZE, SAY * SORRY, ASK * FORGIVENESS → 055. «اعتذر عن الحضور» (declined to attend)
# and sport apologies to fans have no state after «لـ/من»; an actor is required.
verb: اعتذر/يعتذر
noun: معتذرا
target: ل | من
needs-target: yes

[event 055]
gloss: offer an apology (قدم اعتذاره، قدم اعتذارا رسميا)
verb: قدم/يقدم | وجه/يوجه
noun: مقدما
after: اعتذاره | اعتذارها | اعتذارا | اعتذار | الاعتذار
target: ل | إلى | any
needs-target: yes

[event 056]
gloss: pardon, amnesty (أصدر عفوا، عفا عن)
# PETRARCH GRANT * AMNESTY, FORGIVE → 056. «عفوا» alone is "excuse me": only the verbs with it.
verb: أصدر/يصدر | منح/يمنح | أعلن/يعلن
after: عفوا | العفو | عفو | عفوا عاما | عفوا ملكيا | عفوا رئاسيا
target: عن | ل | any
needs-target: yes

[event 056]
gloss: pardon (عفا عن)
form: عفا | يعفو | تعفو
after: عن
target: عن
needs-target: yes

[event 057]
gloss: ratify or join an agreement (صادق على الاتفاقية، انضم إلى المعاهدة)
# PETRARCH RATIFY, SIGN * &TREATY → 057.
verb: صادق/يصادق | انضم/ينضم
after: على الاتفاق | على الاتفاقية | على اتفاقية | على المعاهدة | على معاهدة | إلى الاتفاقية | إلى اتفاقية | إلى المعاهدة | إلى معاهدة | على اتفاق
symmetric: yes
target: مع | بين | any
needs-target: yes

[event 042]
gloss: leave a state after a visit (غادر القاهرة بعد زيارة عمل)
# The press reports the end of a visit as the departure: «غادر … جمهورية مصر العربية بعد زيارة
# عمل التقى خلالها …»; the state left is the one visited. Not «غادر» alone (a player leaves a club,
# a plane leaves an airport).
verb: غادر/يغادر
context: بعد زيارة | عقب زيارة | إثر زيارة | اثر زيارة | بعد زيارته | عقب زيارته | بعد زيارة رسمية | في ختام زيارة | في ختام زيارته
target: object
needs-target: yes
