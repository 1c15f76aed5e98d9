# Tawthiq lexicon: organisations, armed groups, parties, agencies, media and companies.
#
# One block per CAMEO actor code: FORMAT.md makes the header the code, so groups that share a code
# (Hamas and Islamic Jihad are both PSEREB) share a block, with a comment line naming each group
# before its names. `country:` is the home country for national bodies.
#
# Code choices (see `source:` in each block):
# - IGO codes follow project conventions where they exist (IGOUNO, IGOUNOWFP, IGOARL, IGOEUR,
#   IGOWSTNAT, IGOGCC, IGOAFRAFU). Other IGOs use CAMEO's IGO + known-group pattern with the
#   three-letter group codes of the CAMEO known-group list where I know them (HCR, KID, WHO, FAO,
#   ICJ, IMF, WBK, ILO, OPC, OIC, ICC, ITP …); UN bodies get the IGOUNO prefix as IGOUNOWFP does.
#   Codes marked "pattern" in `source:` are not in the codebook and were made on that pattern.
# - Religion: CAMEO's religion code for Muslim is MOS, so OIC is IGOMOSOIC and the transnational
#   jihadist groups are IMGMOSALQ (al-Qaeda) and IMGMOSISI (Islamic State). IMG = international
#   militarised group. (The brief suggested MUS; CAMEO writes MOS.)
# - National armed groups follow diplomacy_dev.md: COUNTRY+REB (LBNREB, YEMREB, SYRREB, SDNREB,
#   TURREB, SOMREB, PSEREB, AFGREB).
# - Words that are also common nouns are NOT listed bare: فتح ("opening"), القاعدة ("the base"),
#   الشباب ("youth"), العربية ("Arabic"), الجزيرة ("island"), المنار, الميادين, الأهرام, العالم.

# ============================================================  United Nations and its bodies

[org IGOUNO]
# «مجلس الأمن» alone: longest match must keep «مجلس الأمن القومي / الوطني / الروسي» (national bodies) out of IGOUNO
name: الأمم المتحدة | منظمة الأمم المتحدة | هيئة الأمم المتحدة | المنظمة الدولية | المنظمة الأممية | الأمين العام للأمم المتحدة | مجلس الأمن | مجلس الأمن الدولي | مجلس الأمن التابع للأمم المتحدة | الجمعية العامة للأمم المتحدة | مجلس حقوق الإنسان | مجلس حقوق الإنسان التابع للأمم المتحدة | مكتب تنسيق الشؤون الإنسانية | أوتشا | برنامج الأمم المتحدة الإنمائي | قوات حفظ السلام الدولية | قوات اليونيفيل | اليونيفيل | قوات الأمم المتحدة المؤقتة في لبنان | قوة الأمم المتحدة لمراقبة فض الاشتباك | أندوف | بعثة الأمم المتحدة للدعم في ليبيا | بعثة الأمم المتحدة | هيئة الأمم المتحدة للمرأة
# stop 23: «الأممي» is the UN's adjective: «المبعوث الأممي» is the UN envoy whoever the sentence
# names beside him (it was a title of the nearest state: «اجتمع الرئيس اليمني … مع المبعوث الأممي»).
# Stop 30: «المبعوث الدولي» ("the international envoy") is the UN's too in this press (to Yemen,
# Syria, Libya: ولد الشيخ، دي ميستورا), not an envoy of the state he is sent to («المبعوث الدولي
# لليمن» was YEMGOV): 16 times in the development corpus, every one the UN's.
name: المبعوث الأممي | المبعوث الأممي الخاص | المبعوثة الأممية | المسؤول الأممي | البعثة الأممية | المنسق الأممي | المبعوث الدولي | المبعوث الدولي الخاص | المبعوثة الدولية
source: CAMEO actor codebook (IGOUNO); diplomacy_dev.md (UN, Secretary-General, Security Council → IGOUNO); OCHA, UNDP, UNIFIL, UNDOF, UNSMIL kept at IGOUNO (no codebook code known to me)

[org IGOUNOWFP]
name: برنامج الأغذية العالمي | برنامج الغذاء العالمي | برنامج الأغذية العالمي التابع للأمم المتحدة
source: CAMEO known-group WFP; diplomacy_dev.md (IGOUNOWFP)

[org IGOUNOHCR]
name: المفوضية السامية للأمم المتحدة لشؤون اللاجئين | مفوضية الأمم المتحدة السامية لشؤون اللاجئين | مفوضية الأمم المتحدة لشؤون اللاجئين | مفوضية اللاجئين | المفوضية السامية لشؤون اللاجئين | مفوضية شؤون اللاجئين
source: CAMEO known-group HCR (UN High Commissioner for Refugees); IGOUNO prefix as for IGOUNOWFP

[org IGOUNOHCH]
name: مفوضية الأمم المتحدة السامية لحقوق الإنسان | المفوضية السامية لحقوق الإنسان | المفوض السامي لحقوق الإنسان | مفوض الأمم المتحدة السامي لحقوق الإنسان | المفوضة السامية لحقوق الإنسان
source: CAMEO known-group HCH (UN High Commissioner for Human Rights); IGOUNO prefix

[org IGOUNOKID]
name: منظمة الأمم المتحدة للطفولة | يونيسف | اليونيسف | منظمة اليونيسف | صندوق الأمم المتحدة للطفولة
source: CAMEO known-group KID (UNICEF); IGOUNO prefix

[org IGOUNOWHO]
name: منظمة الصحة العالمية
source: CAMEO known-group WHO; IGOUNO prefix

[org IGOUNOFAO]
name: منظمة الأغذية والزراعة | منظمة الأغذية والزراعة للأمم المتحدة | منظمة فاو | منظمة الفاو
source: CAMEO known-group FAO; IGOUNO prefix

[org IGOUNOILO]
name: منظمة العمل الدولية
source: CAMEO known-group ILO; IGOUNO prefix

[org IGOUNOIAE]
name: الوكالة الدولية للطاقة الذرية | وكالة الطاقة الذرية | الوكالة الذرية | الوكالة الدولية للطاقة الذرية التابعة للأمم المتحدة
source: CAMEO known-group IAEA, shortened to three letters (IAE) to fit the code pattern: unsure of the codebook spelling

[org IGOUNOICJ]
name: محكمة العدل الدولية
source: CAMEO known-group ICJ (International Court of Justice, a UN organ); IGOUNO prefix

[org IGOUNORWA]
name: وكالة الأمم المتحدة لإغاثة وتشغيل اللاجئين الفلسطينيين | وكالة غوث وتشغيل اللاجئين الفلسطينيين | الأونروا | أونروا | وكالة الأونروا
source: pattern IGOUNO + RWA (UNRWA has no CAMEO known-group code that I know)

[org IGOUNOESC]
name: منظمة الأمم المتحدة للتربية والعلم والثقافة | اليونسكو | منظمة اليونسكو
source: pattern IGOUNO + ESC (UNESCO; no codebook code known to me)

[org IGOUNOIOM]
name: المنظمة الدولية للهجرة
source: CAMEO known-group IOM; IGOUNO prefix (related organisation of the UN since 2016)

[org IGOBUSIMF]
name: صندوق النقد الدولي
source: CAMEO known-group IMF with the financial-IGO sector BUS, as snn_gold_dev.md codes it (IGOBUSIMF); it was IGOUNOIMF (a UN specialised agency) before stop 29

[org IGOBUSWBK]
name: البنك الدولي | مجموعة البنك الدولي | البنك الدولي للإنشاء والتعمير
source: CAMEO known-group WBK (World Bank); the financial-IGO sector BUS as for the IMF (IGOBUSIMF, snn_gold_dev.md)

[org IGOUNOWCT]
name: المحكمة الجنائية الدولية ليوغوسلافيا السابقة | المحكمة الجنائية الدولية لرواندا | المحكمة الخاصة بلبنان | المحكمة الدولية الخاصة بلبنان
source: CAMEO known-group WCT (international war-crimes tribunals); IGOUNO prefix; the Special Tribunal for Lebanon (UN-backed) placed here

[org IGOICC]
name: المحكمة الجنائية الدولية | الجنائية الدولية | محكمة الجنايات الدولية
source: CAMEO known-group ICC; not a UN body, so no UNO prefix (pattern IGO + ICC)

[org IGOBUSWTO]
name: منظمة التجارة العالمية
source: CAMEO known-group WTO; BUS (economic IGO) prefix on the pattern of IGOBUSOPC: unsure

# ============================================================  regional and other IGOs

[org IGOARL]
name: جامعة الدول العربية | الجامعة العربية | الأمين العام لجامعة الدول العربية | مجلس جامعة الدول العربية | الأمانة العامة لجامعة الدول العربية | البرلمان العربي | رئيس البرلمان العربي | مجلس وزراء الداخلية العرب | الأمانة العامة لمجلس وزراء الداخلية العرب | مجلس وزراء الخارجية العرب | وزراء الخارجية العرب | وزراء الداخلية العرب
# Stop 49: the Arab League's Arab Peace Initiative committee of foreign ministers (snn_gold_dev
# codes its meetings with the League: «شدد الرئيس الفلسطيني في اجتماع لجنة المبادرة العربية للسلام»);
# about 30 mentions in saudinewsnet_dev, all of its August 2015 meeting in Cairo.
name: لجنة مبادرة السلام العربية | لجنة المبادرة العربية للسلام | لجنة مبادرة السلام العربي
source: diplomacy_dev.md and ontology README (IGOARL); CAMEO known-group ARL

[org IGOGCC]
# bare «مجلس التعاون»: the GCC in about all of its 600 uses in saudinewsnet_dev
name: مجلس التعاون
name: مجلس التعاون الخليجي | مجلس التعاون لدول الخليج العربية | دول مجلس التعاون الخليجي | الأمانة العامة لمجلس التعاون | قوات درع الجزيرة | درع الجزيرة
# «وزراء خارجية التعاون الخليجي»، «دول التعاون الخليجي»: the press shortens the name further.
name: التعاون الخليجي | دول التعاون الخليجي
# stop 23: the Gulf ministers and leaders named by the adjective (snn_gold_dev codes the GCC
# ministers' meeting with Kerry IGOGCC → USAGOV); «الخليجي» alone stays an adjective.
name: وزراء الخارجية الخليجيين | وزراء الخارجية الخليجيون | وزراء خارجية دول الخليج | وزراء خارجية دول الخليج العربية | وزراء خارجية الخليج | الوزراء الخليجيين | الوزراء الخليجيون | القادة الخليجيين | القادة الخليجيون
source: diplomacy_dev.md (IGOGCC); CAMEO known-group GCC

[org IGOEUR]
# Stop 30: the EU's envoys and commissioners («المبعوث الأوروبي لعملية السلام» was PSEGOV beside عريقات)
name: الاتحاد الأوروبي | الاتحاد الأوربي | المفوضية الأوروبية | المجلس الأوروبي | البرلمان الأوروبي | مجلس الاتحاد الأوروبي | دول الاتحاد الأوروبي | التكتل الأوروبي | المبعوث الأوروبي | المفوض الأوروبي | المفوضة الأوروبية | المنسق الأوروبي
source: diplomacy_dev.md (IGOEUR); EU institutions all coded IGOEUR

[org IGOWSTNAT]
name: حلف شمال الأطلسي | حلف الأطلسي | الناتو | حلف الناتو | منظمة حلف شمال الأطلسي | الحلف الأطلسي | قوات الناتو | قوة المساعدة الأمنية الدولية | قوات إيساف | إيساف
source: diplomacy_dev.md (IGOWSTNAT); ISAF (NATO-led, 2003-2014) placed here

[org IGOAFRAFU]
name: الاتحاد الأفريقي | مفوضية الاتحاد الأفريقي | مجلس السلم والأمن الأفريقي | منظمة الوحدة الأفريقية | بعثة الاتحاد الأفريقي في الصومال | أميصوم
source: diplomacy_dev.md (IGOAFRAFU); OAU (to 2002) and AMISOM kept here (CAMEO has OAU as its own known group; merged for simplicity)

[org IGOMOSOIC]
name: منظمة التعاون الإسلامي | منظمة المؤتمر الإسلامي | الأمين العام لمنظمة التعاون الإسلامي
source: CAMEO known-group OIC with religion code MOS (Muslim), as the brief proposed

[org IGOBUSOPC]
name: منظمة الدول المصدرة للنفط | منظمة البلدان المصدرة للبترول | أوبك | منظمة أوبك | أوبك بلس | أوبك+
source: CAMEO known-group OPC (OPEC), BUS sector as the brief gave it

[org IGOBUSAPE]
name: منظمة الأقطار العربية المصدرة للبترول | أوابك | منظمة أوابك
source: CAMEO known-group APE (OAPEC); BUS prefix on the IGOBUSOPC pattern

[org IGOAMU]
name: اتحاد المغرب العربي
source: CAMEO known-group AMU (Arab Maghreb Union); pattern IGO + AMU

[org IGOIDB]
name: البنك الإسلامي للتنمية
source: CAMEO known-group IDB (Islamic Development Bank); pattern IGO + IDB

[org IGOAMF]
name: صندوق النقد العربي
source: CAMEO known-group AMF (Arab Monetary Fund); pattern IGO + AMF

[org IGOSCE]
name: منظمة الأمن والتعاون في أوروبا
source: CAMEO known-group SCE (OSCE); pattern IGO + SCE

[org IGOCOE]
name: مجلس أوروبا | المحكمة الأوروبية لحقوق الإنسان
source: CAMEO known-group COE (Council of Europe); the ECHR belongs to it

[org IGOASN]
name: رابطة دول جنوب شرق آسيا | آسيان | رابطة آسيان
source: CAMEO known-group ASN (ASEAN); pattern IGO + ASN

[org IGOSHA]
name: منظمة شنغهاي للتعاون
source: CAMEO known-group SHA (Shanghai Cooperation Organisation); pattern IGO + SHA

[org IGOCIS]
name: رابطة الدول المستقلة | كومنولث الدول المستقلة
source: CAMEO known-group CIS; pattern IGO + CIS

[org IGOGOS]
name: مجموعة السبع | مجموعة الدول السبع | مجموعة الدول الصناعية السبع | مجموعة الثماني | مجموعة الدول الثماني
source: CAMEO known-groups GOS (G7) and GOE (G8) merged under GOS; pattern IGO + GOS

[org IGOWAS]
name: المجموعة الاقتصادية لدول غرب أفريقيا | إيكواس | مجموعة إيكواس
source: CAMEO known-group WAS (ECOWAS); pattern IGO + WAS

[org IGOIAD]
name: الهيئة الحكومية الدولية للتنمية | إيغاد | منظمة إيغاد
source: CAMEO known-group IAD (IGAD); pattern IGO + IAD

[org IGOITP]
name: الإنتربول | منظمة الشرطة الجنائية الدولية
source: CAMEO known-group ITP (Interpol); pattern IGO + ITP

[org IGOQRT]
# Middle East Quartet (UN, EU, USA, Russia), 2002-
name: اللجنة الرباعية الدولية | الرباعية الدولية | اللجنة الرباعية للشرق الأوسط
source: pattern IGO + QRT (no codebook code known to me)

# ============================================================  NGOs

[org NGOHRIAMN]
name: منظمة العفو الدولية | العفو الدولية | أمنستي
source: CAMEO known-group AMN (Amnesty International), NGO + HRI (human rights) sector

[org NGORELMWL]
# The Muslim World League (Mecca): a religious NGO, not the Saudi state, though its head is Saudi
name: رابطة العالم الإسلامي | الأمين العام لرابطة العالم الإسلامي | أمين عام رابطة العالم الإسلامي
source: NGO + REL (religious) sector as the CAMEO codebook composes NGO codes; the Muslim World League (founded 1962)

[org NGORELIIR]
# The International Islamic Relief Organisation (Jeddah), the League's relief arm
name: هيئة الإغاثة الإسلامية العالمية | الأمين العام لهيئة الإغاثة الإسلامية العالمية
source: NGO + REL sector, as for the Muslim World League

[org NGOHRIHRW]
name: هيومن رايتس ووتش | منظمة هيومن رايتس ووتش | منظمة مراقبة حقوق الإنسان
source: CAMEO known-group HRW, NGO + HRI sector

[org NGOHLHMSF]
name: أطباء بلا حدود | منظمة أطباء بلا حدود
source: CAMEO known-group MSF, NGO + HLH (health) sector

[org NGOHRIIRC]
name: اللجنة الدولية للصليب الأحمر | الصليب الأحمر الدولي | الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر
source: CAMEO known-groups IRC (Red Cross) and CRC (IFRC) merged under IRC; NGO + HRI sector is a guess (the brief proposed NGOHRIICR)

[org NGODEVXFM]
name: منظمة أوكسفام | أوكسفام
source: CAMEO known-group XFM (Oxfam); NGO + DEV sector is a guess

[org NGOHRIICG]
name: مجموعة الأزمات الدولية
source: CAMEO known-group ICG (International Crisis Group); NGO + HRI sector is a guess

[org NGOMEDRSF]
name: مراسلون بلا حدود | منظمة مراسلون بلا حدود | لجنة حماية الصحفيين
source: pattern NGO + MED + RSF (no codebook code known to me); CPJ merged here

[org SYRNGO]
# Syrian Observatory for Human Rights (UK-based, Syrian) and the Syrian Network for Human Rights
name: المرصد السوري لحقوق الإنسان | الشبكة السورية لحقوق الإنسان
country: SYR
source: CAMEO country + NGO role; Arabic press usage

# ============================================================  transnational militant groups

[org IMGMOSALQ]
# al-Qaeda and its regional branches (AQAP, AQIM, al-Qaeda in Iraq 2004-2006).
name: تنظيم القاعدة | شبكة القاعدة | القاعدة في جزيرة العرب | تنظيم القاعدة في جزيرة العرب | القاعدة في بلاد المغرب الإسلامي | تنظيم القاعدة في بلاد المغرب الإسلامي | القاعدة في المغرب الإسلامي | القاعدة في بلاد المغرب | تنظيم القاعدة في بلاد المغرب | قاعدة المغرب | تنظيم قاعدة المغرب | القاعدة في بلاد الرافدين | تنظيم القاعدة في العراق | القاعدة في شبه القارة الهندية
# Jabhat al-Nusra, al-Qaeda's Syrian branch (2012-2016; snn_gold_dev.md: IMGMOSALQ); bare «النصرة» ("support") is not listed
name: جبهة النصرة | جبهة النصرة لأهل الشام | تنظيم جبهة النصرة | مسلحي جبهة النصرة | تنظيم القاعدة في بلاد الشام | فرع القاعدة في سوريا | فرع تنظيم القاعدة في سوريا | أنصار الشريعة | تنظيم أنصار الشريعة
source: CAMEO IMG + MOS + known-group ALQ; snn_gold_dev.md (al-Qaeda IMGMOSALQ; Jabhat al-Nusra IMGMOSALQ); Ansar al-Sharia (AQAP's Yemeni front) placed here; bare القاعدة ("the base") not listed

[org IMGMOSISI]
# Islamic State: ISI (2006-2013), ISIS/ISIL (2013-2014), IS (2014-); Daesh; provinces (ولاية سيناء، ولاية خراسان).
name: داعش | تنظيم داعش | تنظيم الدولة | تنظيم الدولة الإسلامية | الدولة الإسلامية في العراق والشام | الدولة الإسلامية في العراق | دولة العراق الإسلامية | الدولة الإسلامية | ولاية سيناء | ولاية خراسان | تنظيم داعش الإرهابي
name: داعشيا | داعشيين | داعشيون | الداعشيين | الداعشيون | داعش الإرهابي | الدواعش | تنظيم الدولة الإرهابي | ما يسمى بتنظيم الدولة | ما يسمى بالدولة الإسلامية | تنظيم الدولة الإسلامية في العراق والشام | عناصر داعش | مسلحي داعش | مقاتلي داعش | خلايا داعش | خلية داعش | الخلايا الداعشية | التنظيم الداعشي | ولاية نجد | ولاية الحجاز | ولاية البحرين
# «التنظيم» alone ("the organisation") in a sentence that names ISIS is ISIS again («وقصف
# الطيران مواقع التنظيم»، «مسلحي التنظيم المتشدد»، «أعلن داعش … قتل العشرات من عناصر التنظيم»)
context-name: التنظيم | التنظيم المتشدد | التنظيم الإرهابي | عناصر التنظيم | مسلحي التنظيم | مقاتلي التنظيم
context: داعش | الدواعش | الداعشي | لداعش | وداعش
source: pattern IMG + MOS + ISI (the codebook predates the group); snn_gold_dev.md (ISIS داعش، تنظيم الدولة → IMGMOSISI); its «provinces» that claimed the 2015 mosque bombings in Saudi Arabia (ولاية نجد، ولاية الحجاز) per the 2015 press

# ============================================================  national armed groups (REB)

[org LBNREB]
# with «المقاومة اللبنانية»
# Hezbollah
name: حزب الله | حزب الله اللبناني | المقاومة الإسلامية في لبنان | الأمين العام لحزب الله | قوة الرضوان
name: المقاومة اللبنانية | المقاومة الإسلامية
country: LBN
source: diplomacy_dev.md (Hezbollah LBNREB); CAMEO known-group HEZ

[org PSEREB]
# with the Palestinian «المقاومة» phrases that bare «المقاومة» (YEMMIL) would otherwise take
# Hamas and its Qassam Brigades
# Palestinian Islamic Jihad and its al-Quds Brigades
# PFLP, DFLP, Fatah's al-Aqsa Martyrs' Brigades (armed wing: REB even though Fatah itself is PSEGOV)
name: حماس | حركة حماس | حركة المقاومة الإسلامية | كتائب القسام | كتائب عز الدين القسام | كتائب الشهيد عز الدين القسام | الجهاد الإسلامي | حركة الجهاد الإسلامي | حركة الجهاد الإسلامي في فلسطين | سرايا القدس | الجبهة الشعبية لتحرير فلسطين | الجبهة الديمقراطية لتحرير فلسطين | كتائب شهداء الأقصى | لجان المقاومة الشعبية | عرين الأسود | كتيبة جنين | فصائل المقاومة الفلسطينية
name: المقاومة الفلسطينية | المقاومة في غزة | المقاومة الفلسطينية المسلحة
country: PSE
source: diplomacy_dev.md (non-state armed groups → REB); CAMEO known-groups HMS, ISJ, PFL, DFL, AAM; Arabic press usage

[org PSEGOV]
# Palestinian Authority / State of Palestine institutions; PLO; Fatah (the ruling party of the PA).
# Fatah: coded PSEGOV as the party of government; its armed wing is in PSEREB. Bare فتح ("opening") is not listed.
name: السلطة الفلسطينية | السلطة الوطنية الفلسطينية | الرئاسة الفلسطينية | الحكومة الفلسطينية | منظمة التحرير الفلسطينية | منظمة التحرير | اللجنة التنفيذية لمنظمة التحرير | حركة فتح | حركة التحرير الوطني الفلسطيني | اللجنة المركزية لحركة فتح
country: PSE
source: CAMEO known-groups PLO, FTA; Fatah → PSEGOV is a convention choice (GSR spans once code it PSE REB); Arabic press usage

[org YEMREB]
# Houthis / Ansar Allah (Sanaa authorities since 2014-09 are not the recognised government)
name: الحوثيون | الحوثيين | حوثيين | حوثيون | حوثيا | حوثين | الحوثين | جماعة الحوثي | جماعة الحوثيين | حركة الحوثيين | أنصار الله | جماعة أنصار الله | ميليشيا الحوثي | مليشيا الحوثي | ميليشيات الحوثي | مليشيات الحوثي | المجلس السياسي الأعلى
# Houthis and Saleh's forces as the 2015 press names them (snn_gold_dev.md: both YEMREB)
name: الميليشيات الحوثية | المليشيات الحوثية | الميليشيا الحوثية | المليشيا الحوثية | الجماعة الحوثية | الحركة الحوثية | العناصر الحوثية | القوات الحوثية | المتمردين الحوثيين | المتمردون الحوثيون | المسلحين الحوثيين | المسلحون الحوثيون | الانقلابيين الحوثيين
name: ميليشيات الحوثي وصالح | مليشيات الحوثي وصالح | ميليشيا الحوثي وصالح | مليشيا الحوثي وصالح | ميليشيات الحوثي والمخلوع | مليشيات الحوثي والمخلوع | ميليشيا الحوثي والمخلوع | مليشيا الحوثي والمخلوع | الحوثيين وقوات صالح | الحوثيون وقوات صالح | الحوثيين وصالح
name: قوات صالح | قوات المخلوع | قوات المخلوع صالح | ميليشيات صالح | مليشيات صالح | الموالين لصالح | القوات الموالية لصالح | القوات الموالية للرئيس المخلوع | قوات الرئيس المخلوع
name: الانقلابيين | الانقلابيون | ميليشيات الانقلاب | مليشيات الانقلاب | الميليشيات الانقلابية | المليشيات الانقلابية | العناصر الانقلابية | قوى الانقلاب | الحوثي وصالح
# Bare «الميليشيات» in a sentence on the war in Yemen are the Houthis and Saleh's forces.
context-name: الميليشيات | المليشيات | الميلشيات | الميليشيا | المليشيا | ميليشيات | مليشيات | الانقلاب | الرئيس المخلوع | الرئيس اليمني المخلوع
context: اليمن | اليمني | اليمنية | اليمنيين | الحوثي | الحوثيين | الحوثيون | صنعاء | عدن | تعز | مأرب | مارب | لحج | أبين | الضالع | إب | الحديدة | شبوة | البيضاء | صعدة | حجة | الجوف | الشرعية | هادي
country: YEM
source: diplomacy_dev.md (Houthis YEMREB); snn_gold_dev.md (the Houthis and Saleh's forces are YEMREB); Arabic press usage 2015 (SaudiNewsNet)

[org SYRREB]
# replaces organisations.lex SYRREB without «جبهة النصرة» (moved to IMGMOSALQ by snn_gold_dev.md);
# «جبهة فتح الشام» (2016-2017) kept here as the built-in had it.
# HTS and its predecessors; SDF; FSA; other rebel factions.
# After 2024-12-08 HTS led the new government (dissolved 2025-01-29): its people carry dated SYRGOV roles in people.lex.
name: هيئة تحرير الشام | جبهة فتح الشام | قوات سوريا الديمقراطية | قسد | وحدات حماية الشعب | وحدات حماية الشعب الكردية | الجيش السوري الحر | الجيش الحر | الجيش الوطني السوري | جيش الإسلام | حركة أحرار الشام | أحرار الشام | فصائل المعارضة المسلحة | الفصائل المسلحة السورية
# Division 30 (الفرقة 30), the rebel unit trained by the US programme of 2015 («خطفت جبهة النصرة … مقاتلين من الفرقة 30»)
name: الفرقة 30 | الفرقة الثلاثين
# Stop 31: the Syrian Observatory's other words for them («بين قوات النظام … من جهة، والكتائب
# المقاتلة من جهة أخرى»)
name: الكتائب المقاتلة | كتائب مقاتلة | الكتائب الإسلامية | الفصائل الإسلامية | الفصائل الإسلامية المقاتلة | فصائل مقاتلة
name: جيش الفتح | الفصائل المقاتلة | فصائل المعارضة السورية المسلحة | مقاتلي المعارضة السورية | المعارضة السورية المسلحة
country: SYR
source: diplomacy_dev.md (SDF SYRREB); Arabic press usage; Jaish al-Fatah (2015 coalition of Idlib rebels)

[org SYROPP]
name: الائتلاف الوطني السوري | الائتلاف الوطني لقوى الثورة والمعارضة السورية | الائتلاف السوري المعارض | المجلس الوطني السوري | هيئة التفاوض السورية | الهيئة العليا للمفاوضات | هيئة التنسيق الوطنية
country: SYR
source: CAMEO OPP role; Arabic press usage

[org IRQGOV]
# Stop 35: the Kurdistan Region's presidency and government are Iraq's (CAMEO codes the region's
# government IRQGOV): «رئاسة الإقليم تطلب من حزب العمال إعادة هذه القوات» was TURGOV by the
# sentence's other state, «رئيس الإقليم مسعود البارزاني» USAGOV by his American guest. «الإقليم»
# alone is any region: the short forms only in a story on the Kurds.
name: رئاسة إقليم كردستان | رئاسة إقليم كردستان العراق | حكومة إقليم كردستان | حكومة إقليم كردستان العراق | رئيس إقليم كردستان | رئيس إقليم كردستان العراق | حكومة كردستان العراق
context-name: رئاسة الإقليم | رئيس الإقليم | حكومة الإقليم | ديوان رئاسة الإقليم
context: كردستان | أربيل | بارزاني | البارزاني | الكردستاني | الأكراد | الكردية
country: IRQ
source: CAMEO (regional governments as the state's GOV); Arabic press usage

[org TURREB]
name: حزب العمال الكردستاني | العمال الكردستاني | بي كي كي | منظمة بي كا كا | قوات الدفاع الشعبي | الجناح العسكري لحزب العمال الكردستاني
# «حزب العمال» alone is the PKK in a sentence on Turkey or the Kurds («تبني حزب العمال الاربعاء قتل
# شرطيين»); elsewhere it may be a Labour party («حزب العمال الأسترالي»), and «العمال» alone workers.
context-name: حزب العمال
# Stop 31: the Kurdish rebels of the 2015 Saudi press are the PKK's («غارات … على قواعد للمتمردين
# الأكراد في شمال العراق» was IRQREB by the place). Not «المقاتلين الأكراد», Syria's Kurdish
# fighters as often («المقاتلين الاكراد السوريين»); not «مقاتلًا كرديًا» after a count («قتل 260
# مقاتلًا كرديًا»): as a name it would read as the verb's subject, not its dead.
context-name: المتمردين الأكراد | المتمردون الأكراد | المتمردين الكرد | التمرد الكردي | المسلحين الأكراد | المسلحون الأكراد | الانفصاليين الأكراد | الانفصاليون الأكراد | متمردين أكراد
context: تركيا | التركية | التركي | الأتراك | أنقرة | الأكراد | الكردي | الكردية | الكردستاني | كردستان | سوروتش | سروج
country: TUR
source: diplomacy_dev.md (PKK TURREB); Arabic press usage

[org SOMREB]
# al-Shabaab; bare «الشباب» ("youth") is not listed
name: حركة الشباب | حركة الشباب المجاهدين | الشباب المجاهدين | حركة الشباب الصومالية | المحاكم الإسلامية | اتحاد المحاكم الإسلامية
name: جماعة الشباب | جماعة الشباب المجاهدين | جماعة الشباب الصومالية
# in a sentence on Somalia, «الشباب» alone is the movement («لجماعة «الشباب» المسلحة»، «لا يزال
# الشباب يسيطرون على مناطق ريفية»: 21 corpus sentences name both, all the group)
context-name: الشباب
context: الصومال | الصومالية | الصومالي | الصوماليين | مقديشو | أميصوم | اميصوم
country: SOM
source: diplomacy_dev.md (al-Shabaab SOMREB); Islamic Courts Union (2006) placed here

[org SDNREB]
# RSF (a state force until the war of 2023-04-15; since then REB per diplomacy_dev.md), Janjaweed, Darfur and SPLM-N rebels
name: قوات الدعم السريع | الدعم السريع | ميليشيا الدعم السريع | مليشيا الدعم السريع | الجنجويد | حركة العدل والمساواة | حركة تحرير السودان | الحركة الشعبية لتحرير السودان شمال | الحركة الشعبية شمال
country: SDN
source: diplomacy_dev.md (RSF SDNREB); Arabic press usage

[org AFGREB]
# Taliban. NOTE: the Taliban have governed Afghanistan since 2021-08-15 (AFGGOV); FORMAT v1 gives
# organisations no dated codes, so their leaders carry dated roles in people.lex (AFGREB → AFGGOV).
name: طالبان | حركة طالبان | شبكة حقاني
country: AFG
source: brief and CAMEO known-group TAL (GSR spans code طالبان as IMG REB; diplomacy convention: national REB)

[org LKAREB]
# Liberation Tigers of Tamil Eelam (LTTE); the press calls them the Tamil rebels. Defeated 2009-05.
name: نمور التاميل | نمور تحرير تاميل إيلام | جبهة نمور تحرير تاميل ايلام | المتمردين التاميل | المتمردون التاميل | متمردي التاميل | المتمردين من التاميل
country: LKA
source: Wikipedia (en, ar) "Liberation Tigers of Tamil Eelam"; CAMEO known group LTTE (LKAREB)

[org NGAREB]
name: بوكو حرام | جماعة بوكو حرام | جماعة أهل السنة للدعوة والجهاد
country: NGA
source: CAMEO REB role; Arabic press usage

[org IRQREB]
name: كتائب حزب الله العراقية | كتائب حزب الله في العراق | عصائب أهل الحق | حركة النجباء | حركة النجباء العراقية | المقاومة الإسلامية في العراق | جيش المهدي
country: IRQ
source: CAMEO REB role; Arabic press usage (militias acting outside the state's command)

[org ESHREB]
name: جبهة البوليساريو | البوليساريو
country: ESH
source: CAMEO known-group PLS (Polisario); coded as the territory's rebels (pattern)

# ============================================================  state bodies with their own codes

[org USAMIL]
name: البنتاغون | البنتاجون | القيادة المركزية الأمريكية | القيادة المركزية الأميركية | سنتكوم | القيادة الأمريكية في أفريقيا | أفريكوم | قوات مشاة البحرية الأمريكية
# the US-led coalition against ISIS in Syria and Iraq (2014-09-)
name: التحالف الدولي | قوات التحالف الدولي | طائرات التحالف الدولي | طيران التحالف الدولي | مقاتلات التحالف الدولي | غارات التحالف الدولي | الائتلاف الدولي | قوات الائتلاف الدولي | طائرات الائتلاف الدولي
name: التحالف الدولي ضد داعش | التحالف الدولي لمحاربة داعش | التحالف الدولي ضد تنظيم داعش | التحالف الدولي لمحاربة تنظيم داعش | التحالف الدولي ضد الإرهاب | التحالف الدولي لمكافحة الإرهاب
name: التحالف الذي تقوده الولايات المتحدة | التحالف بقيادة الولايات المتحدة | التحالف الدولي بقيادة الولايات المتحدة | التحالف الدولي بقيادة واشنطن | التحالف الدولي الذي تقوده الولايات المتحدة | الائتلاف الدولي بقيادة أمريكية | الائتلاف الدولي بقيادة أميركية | التحالف الدولي بقيادة أمريكية | التحالف الدولي بقيادة أميركية | التحالف العربي الدولي
# In a sentence on Syria, Iraq or ISIS, bare «التحالف» and its aircraft are the US-led coalition
# (elsewhere, in 2015 Gulf news, the Saudi-led one: org SAUMIL).
context-name: التحالف | قوات التحالف | طائرات التحالف | طيران التحالف | مقاتلات التحالف | غارات التحالف
context: سوريا | سورية | العراق | داعش | الرقة | الموصل | حلب | دير الزور | الأنبار | كوباني | عين العرب | الحسكة | تنظيم الدولة | النصرة | إدلب
country: USA
source: brief (Pentagon → USAMIL); snn_gold_dev.md (the US-led coalition in Syria and Iraq → USAMIL); Wikipedia (en) Combined Joint Task Force – Operation Inherent Resolve

[org USALEG]
name: الكونغرس | الكونجرس | الكونغرس الأمريكي | مجلس الشيوخ الأمريكي | مجلس النواب الأمريكي | الكابيتول
country: USA
source: CAMEO LEG role; Arabic press usage

[org USASPY]
name: وكالة المخابرات المركزية | وكالة المخابرات المركزية الأمريكية | وكالة الاستخبارات المركزية | وكالة الاستخبارات المركزية الأمريكية | سي آي إيه | وكالة الأمن القومي الأمريكية
country: USA
source: CAMEO SPY role; Arabic press usage

[org USACOP]
name: مكتب التحقيقات الفيدرالي | مكتب التحقيقات الفدرالي | إف بي آي | إدارة مكافحة المخدرات الأمريكية
country: USA
source: CAMEO COP role (federal law enforcement); Arabic press usage

[org ISRGOV]
# The occupation's authorities and government, in a sentence on Palestine (see ISRMIL).
context-name: سلطات الاحتلال | حكومة الاحتلال | السلطات الإسرائيلية المحتلة | سلطة الاحتلال | قادة الاحتلال | رئيس وزراء الاحتلال | وزير جيش الاحتلال | محاكم الاحتلال | محكمة الاحتلال | مخابرات الاحتلال | استخبارات الاحتلال
context: فلسطين | الفلسطيني | الفلسطينية | الفلسطينيين | الفلسطينيون | فلسطينيين | فلسطينيا | القدس | الأقصى | المسجد الأقصى | غزة | قطاع غزة | الضفة | الضفة الغربية | الخليل | نابلس | جنين | رام الله | بيت لحم | قلقيلية | طولكرم | المستوطنين | المستوطنون | الاستيطان | الأسرى | الأسير | دوما
country: ISR
source: Arab press usage (سلطات الاحتلال = the Israeli authorities); snn_gold_dev (سلطات الاحتلال تحاصر المسجد الأقصى → ISRGOV)

[org ISRLEG]
name: الكنيست | الكنيست الإسرائيلي
country: ISR
source: brief (Knesset → ISRLEG)

[org ISRSPY]
name: الموساد | جهاز الموساد | الموساد الإسرائيلي | الشاباك | جهاز الشاباك | جهاز الأمن العام الإسرائيلي | الشين بيت
country: ISR
source: brief (Mossad → ISRSPY); Shin Bet placed here too (internal security service)

[org ISRMIL]
name: جيش الدفاع الإسرائيلي | تساحال
# «الاحتلال» and its forces: Israel's in a sentence on Palestine (the press also called the US-led
# occupation of Iraq so; without the context they are no one's).
context-name: الاحتلال | قوات الاحتلال | جيش الاحتلال | جنود الاحتلال | شرطة الاحتلال | آليات الاحتلال | جرافات الاحتلال | طائرات الاحتلال | دبابات الاحتلال
context: فلسطين | الفلسطيني | الفلسطينية | الفلسطينيين | الفلسطينيون | فلسطينيين | فلسطينيا | القدس | الأقصى | المسجد الأقصى | غزة | قطاع غزة | الضفة | الضفة الغربية | الخليل | نابلس | جنين | رام الله | بيت لحم | قلقيلية | طولكرم | المستوطنين | المستوطنون | الاستيطان | الأسرى | الأسير | دوما
country: ISR
source: CAMEO MIL role; «الجيش الإسرائيلي» is covered by agent + nisba

[org IRNMIL]
name: الحرس الثوري | الحرس الثوري الإيراني | حرس الثورة | حرس الثورة الإسلامية | فيلق القدس | قوة القدس | الباسيج | قوات الباسيج
country: IRN
source: diplomacy_dev.md example (الحرس الثوري الإيراني → IRNMIL); Quds Force and Basij kept at MIL

[org IRQMIL]
# The Popular Mobilisation Forces (legally part of the Iraqi armed forces since 2016), the
# counter-terrorism service, and the Peshmerga (Kurdistan Region forces, coded IRQMIL for want of a
# KUR country code).
# The Awakening councils (Sahwa, "Sons of Iraq", 2006-): Sunni tribal forces paid by the US and then
# the Iraqi government to fight al-Qaeda in Iraq. CAMEO has no pro-government militia role: coded MIL
# as state-allied armed forces. Bare indefinite «صحوة» ("awakening") is not listed.
name: الحشد الشعبي | هيئة الحشد الشعبي | قوات الحشد الشعبي | جهاز مكافحة الإرهاب العراقي | البيشمركة | قوات البيشمركة
name: الصحوة | الصحوات | مجالس الصحوة | مجلس الصحوة | قوات الصحوة | عناصر الصحوة | مقاتلي الصحوة | أبناء العراق | مجالس الإسناد
country: IRQ
source: CAMEO MIL role; Wikipedia (ar, en) Popular Mobilization Forces, Peshmerga, Sahwa / Sons of Iraq; Arabic press usage 2007-2009

[org RUSMIL]
name: مجموعة فاغنر | فاغنر | قوات فاغنر | الفيلق الأفريقي
country: RUS
source: pattern RUS + MIL for the Wagner group / Africa Corps (private, then state-absorbed): doubtful, no codebook guidance

[org RUSLEG]
name: مجلس الدوما | الدوما | مجلس الدوما الروسي | مجلس الاتحاد الروسي
country: RUS
source: CAMEO LEG role

[org LBYMIL]
# Haftar's Libyan National Army (east). Rival governments make this doubtful: some datasets code it LBYREB.
name: الجيش الوطني الليبي | قوات القيادة العامة | القيادة العامة للجيش الليبي | قوات حفتر
country: LBY
source: CAMEO MIL role; choice documented as doubtful

[org EGYOPP]
# Muslim Brotherhood. NOTE: in government 2012-06-30..2013-07-03 (Morsi); outlawed in Egypt since 2013-12.
# Al-Ghad party, founded 2004 by Ayman Nour, in opposition to the Mubarak government.
name: جماعة الإخوان المسلمين | الإخوان المسلمين | الإخوان المسلمون | جماعة الإخوان | الإخوان | حزب الحرية والعدالة
name: حزب الغد | حزب الغد المصري
country: EGY
source: brief (EGYOPP); CAMEO OPP role; Wikipedia (en, ar) "El-Ghad Party"

# ============================================================  media

[org QATMED]
name: قناة الجزيرة | شبكة الجزيرة | الجزيرة نت | الجزيرة مباشر | وكالة الأنباء القطرية | العربي الجديد
country: QAT
source: CAMEO MED role; Arabic press usage (bare الجزيرة not listed: "island / the Jazira region")

[org SAUMED]
name: قناة العربية | العربية نت | قناة الحدث | وكالة الأنباء السعودية | واس | صحيفة الشرق الأوسط | جريدة الشرق الأوسط | صحيفة عكاظ | صحيفة الرياض
country: SAU
source: CAMEO MED role; Al Arabiya is Dubai-based but Saudi-owned (MBC); bare العربية and الشرق الأوسط not listed

[org AREMED]
name: وكالة أنباء الإمارات | وام | سكاي نيوز عربية | صحيفة الخليج | صحيفة الاتحاد الإماراتية
country: ARE
source: CAMEO MED role; Arabic press usage

[org GBRMED]
name: بي بي سي | هيئة الإذاعة البريطانية | بي بي سي عربي | وكالة رويترز | رويترز | صحيفة الغارديان | الغارديان | فايننشال تايمز | صحيفة التايمز | صحيفة الإندبندنت | إيكونوميست | ديلي تلغراف | صحيفة التلغراف
country: GBR
source: CAMEO MED role; Reuters coded GBR (London-headquartered; owned by Thomson Reuters, Toronto): doubtful

[org USAMED]
name: وكالة أسوشيتد برس | أسوشيتد برس | أسوشيتيد برس | سي إن إن | شبكة سي إن إن | نيويورك تايمز | صحيفة نيويورك تايمز | واشنطن بوست | صحيفة واشنطن بوست | وول ستريت جورنال | صحيفة وول ستريت جورنال | بلومبرغ | وكالة بلومبرغ | فوكس نيوز | قناة الحرة | إن بي سي | سي بي إس | أكسيوس | موقع أكسيوس | بوليتيكو
country: USA
source: CAMEO MED role; Arabic press usage

[org FRAMED]
name: وكالة فرانس برس | فرانس برس | وكالة الصحافة الفرنسية | فرانس 24 | صحيفة لوموند | لوموند | لوفيغارو | إذاعة مونت كارلو الدولية
country: FRA
source: CAMEO MED role; Arabic press usage

[org DEUMED]
name: دويتشه فيله | دير شبيغل | مجلة دير شبيغل | وكالة الأنباء الألمانية
country: DEU
source: CAMEO MED role; Arabic press usage

[org RUSMED]
# Stop 31: not bare «روسيا اليوم», which is as often "Russia today" («استخدمت روسيا اليوم الأربعاء حق النقض»: 3 of the 9 corpus uses)
name: وكالة تاس | تاس | وكالة نوفوستي | ريا نوفوستي | وكالة سبوتنيك | سبوتنيك | قناة روسيا اليوم | موقع روسيا اليوم | شبكة روسيا اليوم | قناة آر تي | إنترفاكس | وكالة إنترفاكس
country: RUS
source: CAMEO MED role; Arabic press usage

[org CHNMED]
name: وكالة أنباء الصين الجديدة | شينخوا | وكالة شينخوا | التلفزيون المركزي الصيني | صحيفة الشعب اليومية | غلوبال تايمز
country: CHN
source: CAMEO MED role; Arabic press usage

[org TURMED]
name: وكالة الأناضول | الأناضول للأنباء | تي آر تي | تي آر تي عربي | صحيفة صباح | صحيفة حرييت
country: TUR
source: CAMEO MED role; bare الأناضول (Anatolia) not listed

[org IRNMED]
name: وكالة الجمهورية الإسلامية للأنباء | إرنا | وكالة إرنا | وكالة فارس | وكالة أنباء فارس | وكالة تسنيم | تسنيم | برس تي في | قناة العالم | وكالة مهر | التلفزيون الإيراني
country: IRN
source: CAMEO MED role; Arabic press usage

[org ISRMED]
name: صحيفة هآرتس | هآرتس | يديعوت أحرونوت | صحيفة يديعوت أحرونوت | معاريف | صحيفة معاريف | تايمز أوف إسرائيل | جيروزاليم بوست | هيئة البث الإسرائيلية | القناة 12 الإسرائيلية | القناة 13 الإسرائيلية | إسرائيل هيوم
country: ISR
source: CAMEO MED role; the broadcaster's short name كان ("was") is not listed

[org SYRMED]
name: الوكالة العربية السورية للأنباء | سانا | وكالة سانا | التلفزيون السوري | الإخبارية السورية | صحيفة الوطن السورية | صحيفة تشرين
country: SYR
source: CAMEO MED role; Arabic press usage

[org LBNMED]
name: قناة المنار | قناة الميادين | الوكالة الوطنية للإعلام | صحيفة النهار | صحيفة الأخبار اللبنانية | المؤسسة اللبنانية للإرسال | تلفزيون الجديد
country: LBN
source: CAMEO MED role; bare المنار / الميادين / النهار / الأخبار not listed (common nouns)


[org EGYMED]
name: صحيفة الأهرام | الأهرام اليومية | بوابة الأهرام | وكالة أنباء الشرق الأوسط | صحيفة المصري اليوم | المصري اليوم | اليوم السابع | صحيفة الشروق المصرية | قناة القاهرة الإخبارية
country: EGY
source: CAMEO MED role; bare الأهرام ("the pyramids") not listed

[org JORMED]
name: وكالة الأنباء الأردنية | وكالة بترا | صحيفة الرأي الأردنية | صحيفة الغد الأردنية
country: JOR
source: CAMEO MED role; bare بترا (Petra) not listed

[org KWTMED]
name: وكالة الأنباء الكويتية | كونا | صحيفة القبس | صحيفة الرأي الكويتية
country: KWT
source: CAMEO MED role

[org IRQMED]
name: وكالة الأنباء العراقية | شبكة الإعلام العراقي | قناة العراقية
country: IRQ
source: CAMEO MED role

[org PSEMED]
name: وكالة الأنباء والمعلومات الفلسطينية | وكالة وفا | تلفزيون فلسطين
country: PSE
source: CAMEO MED role

[org DZAMED]
name: وكالة الأنباء الجزائرية | التلفزيون الجزائري
country: DZA
source: CAMEO MED role

[org MARMED]
name: وكالة المغرب العربي للأنباء | لاماب
country: MAR
source: CAMEO MED role

[org TUNMED]
name: وكالة تونس أفريقيا للأنباء
country: TUN
source: CAMEO MED role

[org BHRMED]
name: وكالة أنباء البحرين
country: BHR
source: CAMEO MED role

[org OMNMED]
name: وكالة الأنباء العمانية
country: OMN
source: CAMEO MED role

[org YEMMED]
# سبأ alone (Sheba) not listed; the Houthi-run «سبأ» copy in Sanaa is also written وكالة سبأ
name: وكالة الأنباء اليمنية | وكالة سبأ | وكالة سبأ للأنباء
country: YEM
source: CAMEO MED role

[org SDNMED]
name: وكالة السودان للأنباء | سونا
country: SDN
source: CAMEO MED role

[org LBYMED]
name: وكالة الأنباء الليبية
country: LBY
source: CAMEO MED role

# ============================================================  companies

[org SAUBUS]
name: أرامكو | أرامكو السعودية | شركة أرامكو | الشركة السعودية للصناعات الأساسية | سابك | صندوق الاستثمارات العامة | نيوم
country: SAU
source: CAMEO BUS role (state-owned firms coded BUS); Arabic press usage

[org QATBUS]
name: قطر للطاقة | قطر للبترول | الخطوط الجوية القطرية | جهاز قطر للاستثمار
country: QAT
source: CAMEO BUS role

[org AREBUS]
name: أدنوك | شركة بترول أبوظبي الوطنية | موانئ دبي العالمية | طيران الإمارات | مبادلة | شركة مبادلة
country: ARE
source: CAMEO BUS role

[org KWTBUS]
name: مؤسسة البترول الكويتية | شركة نفط الكويت
country: KWT
source: CAMEO BUS role

[org RUSBUS]
name: غازبروم | شركة غازبروم | روسنفت | شركة روسنفت | لوك أويل | لوك أويل الروسية | روساتوم | شركة روساتوم
country: RUS
source: CAMEO BUS role

[org USABUS]
name: إكسون موبيل | شيفرون | بوينغ | شركة بوينغ | لوكهيد مارتن | رايثيون | جنرال إلكتريك | ميتا | غوغل | مايكروسوفت | أمازون | تسلا | بلاك روك | سبيس إكس
country: USA
source: CAMEO BUS role; note: أمازون is also the Amazon river/forest

[org FRABUS]
name: توتال | توتال إنرجيز | داسو للطيران | شركة داسو | لافارج
country: FRA
source: CAMEO BUS role

[org GBRBUS]
name: بريتش بتروليوم | بي بي البريطانية | شركة شل | رويال داتش شل
country: GBR
source: CAMEO BUS role (Shell headquartered in London since 2022)

[org ITABUS]
name: إيني | شركة إيني | إيني الإيطالية
country: ITA
source: CAMEO BUS role

[org CHNBUS]
name: هواوي | شركة هواوي | سينوبك | بتروتشاينا | مؤسسة البترول الوطنية الصينية
country: CHN
source: CAMEO BUS role

[org IRNBUS]
name: شركة النفط الوطنية الإيرانية
country: IRN
source: CAMEO BUS role

[org EGYBUS]
name: الشركة القابضة للغازات الطبيعية | إيجاس | الهيئة المصرية العامة للبترول
country: EGY
source: CAMEO BUS role

[org ISRCVL]
# Israeli settlers in the occupied territories: civilians of Israel wherever the act happens.
name: المستوطنين | المستوطنون | مستوطنين | مستوطنون | مستوطني | مستوطن | المستوطن
country: ISR
source: CAMEO practice (settlers coded as Israeli civilians); Arabic press usage

[org LBNOPP]
# The Lebanese Forces party (Samir Geagea) and the Kataeb: parties outside Hezbollah's camp; not
# the army (الجيش اللبناني is LBNMIL).
name: حزب القوات اللبنانية | القوات اللبنانية | حزب الكتائب اللبنانية | حزب الكتائب
country: LBN
source: snn_gold_dev.md (Samir Geagea's party LBNOPP); Wikipedia (ar) القوات اللبنانية

[org EGYREL]
# Al-Azhar (its mosque-university and the Grand Imam) and Egypt's fatwa house; the Grand Imam Ahmed
# el-Tayeb is in people.lex. «الأزهر» alone: the institution in 2015 Saudi news («وأعرب الأزهر عن تضامنه»).
name: الأزهر | الأزهر الشريف | مشيخة الأزهر | شيخ الأزهر | الإمام الأكبر شيخ الأزهر | مجمع البحوث الإسلامية
name: دار الإفتاء المصرية | دار الإفتاء في مصر | مفتي الديار المصرية | مفتي مصر
country: EGY
source: snn_gold_dev.md (al-Azhar → EGYREL, snn-dev2-0026); Wikipedia (ar, en) Al-Azhar, Dar al-Ifta al-Misriyyah, checked 2026

[org TUROPP]
# the Peoples' Democratic Party (HDP), in opposition since its founding (2012); co-chair Demirtaş in people.lex
name: حزب الشعوب الديمقراطي | حزب الشعوب الديموقراطي | حزب الشعوب الديمقراطية | حزب الشعوب الديمقراطي الكردي
name: حزب الشعب الديموقراطي | حزب الشعب الديمقراطي   # as the Saudi press writes it (10 in the development corpus)
# and the Republican People's Party (CHP), the main opposition party in 2015
name: حزب الشعب الجمهوري
country: TUR
source: CAMEO OPP role; Wikipedia (ar, en) Peoples' Democratic Party (Turkey), checked 2026
