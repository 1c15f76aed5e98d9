# Tawthiq lexicon: countries (193 UN members + PSE, KSV, TWN, ESH, VAT).
#
# Header code: ISO 3166-1 alpha-3, except Kosovo, written KSV as the CAMEO country codes do
# (ISO's user-assigned XKX is not a CAMEO code).
# name:       the country as written in Arabic news, formal and short forms.
# nisba:      masculine singular relational adjective without ال; the regular inflections are derived.
# nisba-form: variant spellings (written out in every form) and broken plurals (روس، أتراك، مغاربة).
# capital:    capital(s); as an actor → the bare country code, after a preposition → a place.
# seat:       buildings standing for the executive → COUNTRY+GOV.
# Keys are normalised like the text (hamza forms, alef maqsura, ta marbuta, tashkeel), so variants
# that differ only in those are not repeated.
#
# Collisions worth knowing (see also the notes inside blocks):
# - عمان is both Oman (عُمان) and Amman (عَمّان) once tashkeel is removed: listed only under OMN
#   (one key, one code); Jordan has no capital key (see the note in JOR).
# - طرابلس is Libya's capital and a Lebanese city; listed only under LBY.
# - مالي (Mali) is also "financial / my money"; the nisba is deliberately NOT listed (it would turn
#   المالية "finance" into Mali). قمري (Comoros) is also "lunar": not listed either.
# - أمريكا / أميركا also start أمريكا اللاتينية / الجنوبية / الشمالية (regions, not USA).
# - كييف only: the variant كيف is the word "how".

# =====================================================================  Arab League (22)

[country DZA]
name: الجزائر | الجمهورية الجزائرية | الجمهورية الجزائرية الديمقراطية الشعبية
nisba: جزائري
# the capital is written like the country; «الجزائر العاصمة» singles it out
capital: الجزائر العاصمة
seat: قصر المرادية | المرادية
source: ISO 3166-1 alpha-3; Arabic press usage

[country BHR]
name: البحرين | مملكة البحرين
nisba: بحريني
capital: المنامة
seat: قصر الصخير | قصر القضيبية
source: ISO 3166-1 alpha-3; Arabic press usage

[country COM]
name: جزر القمر | اتحاد جزر القمر | جمهورية القمر المتحدة
# nisba قمري omitted on purpose: it is the everyday word "lunar" (التقويم القمري، الشهر القمري)
capital: موروني
source: ISO 3166-1 alpha-3; Arabic press usage

[country DJI]
name: جيبوتي | جمهورية جيبوتي
nisba: جيبوتي
# capital: Djibouti city is written like the country
capital: مدينة جيبوتي
source: ISO 3166-1 alpha-3; Arabic press usage

[country EGY]
name: مصر | جمهورية مصر العربية | جمهورية مصر
nisba: مصري
capital: القاهرة
seat: قصر الاتحادية | قصر القبة | قصر عابدين
source: ISO 3166-1 alpha-3; Arabic press usage

[country IRQ]
name: العراق | جمهورية العراق
nisba: عراقي
capital: بغداد
source: ISO 3166-1 alpha-3; Arabic press usage

[country JOR]
name: الأردن | المملكة الأردنية الهاشمية | المملكة الأردنية
nisba: أردني
# capital عمّان (Amman) is NOT listed: without tashkeel it is the same key as عُمان (Oman, OMN), and the
# linter allows one code per key. «في عمّان» therefore reads as Oman: a known limitation (the resolver
# could prefer JOR when the story is about Jordan).
seat: قصر الحسينية | قصر رغدان | الديوان الملكي الهاشمي
source: ISO 3166-1 alpha-3; Arabic press usage

[country KWT]
name: الكويت | دولة الكويت
nisba: كويتي
capital: مدينة الكويت
seat: قصر بيان | قصر السيف
source: ISO 3166-1 alpha-3; Arabic press usage

[country LBN]
name: لبنان | الجمهورية اللبنانية
nisba: لبناني
capital: بيروت
# عين التينة (the speaker's residence) would be LBNLEG, not GOV, so it is not a seat here
seat: قصر بعبدا | السراي الحكومي | السرايا الحكومية | السراي الكبير
source: ISO 3166-1 alpha-3; Arabic press usage

[country LBY]
name: ليبيا | دولة ليبيا | الجماهيرية الليبية | الجماهيرية العربية الليبية | الجماهيرية العربية الليبية الشعبية الاشتراكية العظمى
nisba: ليبي
# also a city in Lebanon (طرابلس الشام); listed only here
capital: طرابلس | طرابلس الغرب
source: ISO 3166-1 alpha-3; Arabic press usage

[country MRT]
name: موريتانيا | الجمهورية الإسلامية الموريتانية
nisba: موريتاني
capital: نواكشوط
source: ISO 3166-1 alpha-3; Arabic press usage

[country MAR]
# «المغرب» is also the Maghreb region (المغرب العربي) and the sunset prayer; longest match handles the region
name: المغرب | المملكة المغربية
nisba: مغربي
nisba-form: مغاربة
capital: الرباط
source: ISO 3166-1 alpha-3; Arabic press usage

[country OMN]
# عمان also normalises like Amman (capital of JOR); «السلطنة» is how Omani and Gulf press refer to Oman
name: عمان | سلطنة عمان | السلطنة
nisba: عماني
# مسقط also occurs in «مسقط رأسه» (birthplace); the matcher should not take مسقط before رأس as Oman
capital: مسقط
seat: قصر العلم
source: ISO 3166-1 alpha-3; Arabic press usage

[country PSE]
# «دولة فلسطين» is the UN observer-state name; CAMEO codes the Palestinian territories PSE.
name: فلسطين | دولة فلسطين | الأراضي الفلسطينية | الأراضي الفلسطينية المحتلة
nisba: فلسطيني
# رام الله is the seat of the Palestinian Authority and is used as its metonym; القدس is the
# declared capital (East Jerusalem); both are usually places, not actors.
capital: القدس | القدس الشرقية | رام الله
source: ISO 3166-1 alpha-3 (CAMEO PSE); Arabic press usage

[country QAT]
name: قطر | دولة قطر
# قطري also means "country-level" (قُطري) in pan-Arab usage; rare in news
nisba: قطري
capital: الدوحة
source: ISO 3166-1 alpha-3; Arabic press usage

[country SAU]
# «المملكة» alone is how Saudi and Gulf press name Saudi Arabia; longer names (المملكة المتحدة,
# المملكة الأردنية, المملكة المغربية) win by longest match.
name: المملكة العربية السعودية | السعودية | المملكة
nisba: سعودي
capital: الرياض
seat: قصر اليمامة
source: ISO 3166-1 alpha-3; Arabic press usage

[country SOM]
name: الصومال | جمهورية الصومال الفيدرالية | جمهورية الصومال
nisba: صومالي
capital: مقديشو
source: ISO 3166-1 alpha-3; Arabic press usage

[country SDN]
name: السودان | جمهورية السودان
nisba: سوداني
# بورتسودان: seat of the army-backed government since 2023 and used as its metonym
capital: الخرطوم | بورتسودان | بور سودان
source: ISO 3166-1 alpha-3; Arabic press usage

[country SYR]
name: سوريا | سورية | الجمهورية العربية السورية
nisba: سوري
capital: دمشق
seat: قصر الشعب | قصر المهاجرين
source: ISO 3166-1 alpha-3; Arabic press usage

[country TUN]
name: تونس | الجمهورية التونسية
nisba: تونسي
# the capital is written like the country
capital: تونس العاصمة
seat: قصر قرطاج
source: ISO 3166-1 alpha-3; Arabic press usage

[country ARE]
name: الإمارات | الإمارات العربية المتحدة | دولة الإمارات | دولة الإمارات العربية المتحدة
nisba: إماراتي
capital: أبوظبي | أبو ظبي
source: ISO 3166-1 alpha-3; Arabic press usage

[country YEM]
name: اليمن | الجمهورية اليمنية
nisba: يمني
# صنعاء has been held by the Houthis since 2014-09; عدن is the recognised government's temporary capital
capital: صنعاء | عدن
source: ISO 3166-1 alpha-3; Arabic press usage

# =====================================================================  Middle East, Caucasus, Central Asia

[country IRN]
name: إيران | الجمهورية الإسلامية الإيرانية | الجمهورية الإسلامية في إيران
nisba: إيراني
capital: طهران
source: ISO 3166-1 alpha-3; Arabic press usage

[country ISR]
# Arab press metonyms for Israel: الكيان الصهيوني، دولة الاحتلال. Bare «الاحتلال» is left out: it
# also named the US-led occupation of Iraq (2003-2011) and would need the story's context.
name: إسرائيل | دولة إسرائيل | الكيان الصهيوني | الكيان الإسرائيلي | دولة الاحتلال | الكيان المحتل
nisba: إسرائيلي
nisba-form: صهيوني | صهيونية | صهاينة
# تل أبيب is the Arab-press metonym for the Israeli government; Israel designates Jerusalem (see PSE)
capital: تل أبيب
source: ISO 3166-1 alpha-3; Arabic press usage

[country TUR]
name: تركيا | الجمهورية التركية | جمهورية تركيا
# تركي is also the given name Turki (الأمير تركي الفيصل): the person entry must win by longest match
nisba: تركي
nisba-form: أتراك
capital: أنقرة
seat: المجمع الرئاسي | قصر بيشتبه
source: ISO 3166-1 alpha-3; Arabic press usage

[country CYP]
name: قبرص | جمهورية قبرص
nisba: قبرصي
nisba-form: قبارصة
capital: نيقوسيا
source: ISO 3166-1 alpha-3; Arabic press usage

[country ARM]
name: أرمينيا | جمهورية أرمينيا
nisba: أرميني
nisba-form: أرمني | أرمنية | أرمنيون | أرمنيين | أرمن
capital: يريفان
source: ISO 3166-1 alpha-3; Arabic press usage

[country AZE]
name: أذربيجان | جمهورية أذربيجان
nisba: أذربيجاني
nisba-form: أذري | أذرية | أذريون | أذريين
capital: باكو
source: ISO 3166-1 alpha-3; Arabic press usage

[country GEO]
name: جورجيا
nisba: جورجي
capital: تبليسي
source: ISO 3166-1 alpha-3; Arabic press usage

[country KAZ]
name: كازاخستان | جمهورية كازاخستان
nisba: كازاخستاني
nisba-form: كازاخي | كازاخية | كازاخيون | كازاخيين
capital: أستانا | آستانة | نور سلطان
source: ISO 3166-1 alpha-3; Arabic press usage

[country KGZ]
name: قرغيزستان | قيرغيزستان | جمهورية قرغيزستان
nisba: قرغيزي
nisba-form: قيرغيزي | قيرغيزية | قيرغيزيون | قيرغيزيين | قرغيزستاني | قرغيزستانية
capital: بيشكيك
source: ISO 3166-1 alpha-3; Arabic press usage

[country TJK]
name: طاجيكستان | جمهورية طاجيكستان
nisba: طاجيكي
nisba-form: طاجيكستاني | طاجيكستانية | طاجيك
capital: دوشنبه
source: ISO 3166-1 alpha-3; Arabic press usage

[country TKM]
name: تركمانستان
# تركماني is left out: it names the Turkmen minorities of Iraq and Syria
nisba: تركمانستاني
capital: عشق آباد | عشقاباد
source: ISO 3166-1 alpha-3; Arabic press usage

[country UZB]
name: أوزبكستان | جمهورية أوزبكستان
nisba: أوزبكي
nisba-form: أوزبكستاني | أوزبكستانية | أوزبك
capital: طشقند
source: ISO 3166-1 alpha-3; Arabic press usage

[country AFG]
name: أفغانستان | جمهورية أفغانستان الإسلامية | إمارة أفغانستان الإسلامية
nisba: أفغاني
nisba-form: أفغان
# كابل is also the word "cable"; it is nevertheless the press spelling of Kabul
capital: كابل | كابول
source: ISO 3166-1 alpha-3; Arabic press usage

[country PAK]
name: باكستان | جمهورية باكستان الإسلامية
nisba: باكستاني
capital: إسلام آباد | إسلاماباد
source: ISO 3166-1 alpha-3; Arabic press usage

# =====================================================================  Asia and the Pacific

[country IND]
name: الهند | جمهورية الهند
nisba: هندي
nisba-form: هنود
capital: نيودلهي | نيو دلهي
source: ISO 3166-1 alpha-3; Arabic press usage

[country BGD]
name: بنغلاديش | بنجلاديش | جمهورية بنغلاديش الشعبية
nisba: بنغلاديشي
nisba-form: بنجلاديشي | بنجلاديشية | بنجلاديشيون | بنجلاديشيين
capital: دكا | داكا
source: ISO 3166-1 alpha-3; Arabic press usage

[country LKA]
name: سريلانكا | سري لانكا
nisba: سريلانكي
capital: كولومبو | سري جاياواردنبورا كوتي
source: ISO 3166-1 alpha-3; Arabic press usage

[country NPL]
name: نيبال
nisba: نيبالي
capital: كاتماندو
source: ISO 3166-1 alpha-3; Arabic press usage

[country BTN]
name: بوتان | مملكة بوتان
nisba: بوتاني
capital: تيمفو
source: ISO 3166-1 alpha-3; Arabic press usage

[country MDV]
name: جزر المالديف | المالديف
nisba: مالديفي
# capital ماليه (Malé) left out: it normalises like المالية "finance"
source: ISO 3166-1 alpha-3; Arabic press usage

[country CHN]
# «بر الصين الرئيسي» (CLDR) is not press usage and is left out
name: الصين | جمهورية الصين الشعبية | الصين الشعبية
nisba: صيني
capital: بكين
seat: تشونغنانهاي
source: ISO 3166-1 alpha-3; Arabic press usage

[country TWN]
name: تايوان | جمهورية الصين
nisba: تايواني
capital: تايبيه | تايبي
source: ISO 3166-1 alpha-3 (CAMEO TWN); Arabic press usage

[country JPN]
name: اليابان
nisba: ياباني
capital: طوكيو
source: ISO 3166-1 alpha-3; Arabic press usage

[country PRK]
# the nisba is two words; all forms written out (كوري alone goes to KOR)
name: كوريا الشمالية | جمهورية كوريا الديمقراطية الشعبية | كوريا الديمقراطية
nisba-form: كوري شمالي | كورية شمالية | كوريون شماليون | كوريين شماليين | كوريتان شماليتان
capital: بيونغ يانغ | بيونغيانغ
source: ISO 3166-1 alpha-3; Arabic press usage

[country KOR]
name: كوريا الجنوبية | جمهورية كوريا
# كوري alone is usually South Korea (الشركات الكورية); «الكوري الشمالي» must go to PRK by longest match
nisba: كوري
nisba-form: كوري جنوبي | كورية جنوبية | كوريون جنوبيون | كوريين جنوبيين
capital: سول | سيول
source: ISO 3166-1 alpha-3; Arabic press usage

[country MNG]
name: منغوليا
nisba: منغولي
capital: أولان باتور | أولانباتار
source: ISO 3166-1 alpha-3; Arabic press usage

[country MMR]
name: ميانمار | بورما
nisba: ميانماري
nisba-form: بورمي | بورمية | بورميون | بورميين
capital: نايبيداو | نايبيتاو
source: ISO 3166-1 alpha-3; Arabic press usage

[country THA]
name: تايلاند | تايلندا | مملكة تايلاند
nisba: تايلاندي
nisba-form: تايلندي | تايلندية | تايلنديون | تايلنديين
capital: بانكوك
source: ISO 3166-1 alpha-3; Arabic press usage

[country LAO]
name: لاوس | جمهورية لاو الديمقراطية الشعبية
nisba: لاوسي
capital: فيينتيان
source: ISO 3166-1 alpha-3; Arabic press usage

[country KHM]
name: كمبوديا | مملكة كمبوديا
nisba: كمبودي
capital: بنوم بنه
source: ISO 3166-1 alpha-3; Arabic press usage

[country VNM]
name: فيتنام
nisba: فيتنامي
capital: هانوي
source: ISO 3166-1 alpha-3; Arabic press usage

[country MYS]
name: ماليزيا
nisba: ماليزي
capital: كوالالمبور | كوالا لمبور | بوتراجايا
source: ISO 3166-1 alpha-3; Arabic press usage

[country SGP]
name: سنغافورة
nisba: سنغافوري
capital: مدينة سنغافورة
source: ISO 3166-1 alpha-3; Arabic press usage

[country IDN]
name: إندونيسيا | جمهورية إندونيسيا
nisba: إندونيسي
capital: جاكرتا | نوسانتارا
source: ISO 3166-1 alpha-3; Arabic press usage

[country PHL]
name: الفلبين | جمهورية الفلبين
nisba: فلبيني
capital: مانيلا
source: ISO 3166-1 alpha-3; Arabic press usage

[country BRN]
name: بروناي | بروناي دار السلام
capital: بندر سري بكاوان
source: ISO 3166-1 alpha-3; Arabic press usage

[country TLS]
name: تيمور الشرقية | تيمور ليشتي
nisba: تيموري
# capital ديلي (Dili) left out: it collides with ديلي تلغراف / ديلي ميل
source: ISO 3166-1 alpha-3; Arabic press usage

[country AUS]
name: أستراليا
nisba: أسترالي
capital: كانبيرا
source: ISO 3166-1 alpha-3; Arabic press usage

[country NZL]
name: نيوزيلندا | نيوزيلاندا
nisba: نيوزيلندي
capital: ويلينغتون | ولنغتون
source: ISO 3166-1 alpha-3; Arabic press usage

[country PNG]
name: بابوا غينيا الجديدة
capital: بورت مورسبي
source: ISO 3166-1 alpha-3; Arabic press usage

[country FJI]
name: فيجي | جزر فيجي
nisba: فيجي
capital: سوفا
source: ISO 3166-1 alpha-3; Arabic press usage

[country SLB]
# no nisba: سليماني would collide with the surname Soleimani
name: جزر سليمان
capital: هونيارا
source: ISO 3166-1 alpha-3; Arabic press usage

[country VUT]
name: فانواتو
capital: بورت فيلا
source: ISO 3166-1 alpha-3; Arabic press usage

[country WSM]
name: ساموا
capital: آبيا
source: ISO 3166-1 alpha-3; Arabic press usage

[country TON]
name: تونغا
capital: نوكوالوفا
source: ISO 3166-1 alpha-3; Arabic press usage

[country KIR]
name: كيريباتي
capital: تاراوا الجنوبية
source: ISO 3166-1 alpha-3; Arabic press usage

[country TUV]
name: توفالو
capital: فونافوتي
source: ISO 3166-1 alpha-3; Arabic press usage

[country NRU]
name: ناورو
capital: يارين
source: ISO 3166-1 alpha-3; Arabic press usage

[country PLW]
name: بالاو
capital: نغيرولمود
source: ISO 3166-1 alpha-3; Arabic press usage

[country MHL]
name: جزر مارشال
capital: ماجورو
source: ISO 3166-1 alpha-3; Arabic press usage

[country FSM]
name: ميكرونيزيا | ولايات ميكرونيزيا المتحدة
capital: باليكير
source: ISO 3166-1 alpha-3; Arabic press usage

# =====================================================================  Europe

[country RUS]
name: روسيا | روسيا الاتحادية | الاتحاد الروسي
nisba: روسي
nisba-form: روس
capital: موسكو
seat: الكرملين
source: ISO 3166-1 alpha-3; Arabic press usage

[country UKR]
name: أوكرانيا
nisba: أوكراني
# كييف only: كيف is the word "how"
capital: كييف
source: ISO 3166-1 alpha-3; Arabic press usage

[country BLR]
name: بيلاروسيا | بيلاروس | روسيا البيضاء
nisba: بيلاروسي
capital: مينسك
source: ISO 3166-1 alpha-3; Arabic press usage

[country MDA]
name: مولدوفا | مولدافيا
nisba: مولدوفي
capital: كيشيناو
source: ISO 3166-1 alpha-3; Arabic press usage

[country GBR]
name: المملكة المتحدة | بريطانيا | بريطانيا العظمى | المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية
nisba: بريطاني
capital: لندن
seat: داونينغ ستريت | داوننغ ستريت
source: ISO 3166-1 alpha-3; Arabic press usage

[country IRL]
name: أيرلندا | جمهورية أيرلندا
nisba: أيرلندي
capital: دبلن
source: ISO 3166-1 alpha-3; Arabic press usage

[country FRA]
name: فرنسا | الجمهورية الفرنسية
nisba: فرنسي
capital: باريس
seat: قصر الإليزيه | الإليزيه | قصر ماتينيون | ماتينيون
source: ISO 3166-1 alpha-3; Arabic press usage

[country DEU]
name: ألمانيا | جمهورية ألمانيا الاتحادية
nisba: ألماني
nisba-form: ألمان
capital: برلين
source: ISO 3166-1 alpha-3; Arabic press usage

[country ITA]
name: إيطاليا | الجمهورية الإيطالية
nisba: إيطالي
capital: روما
seat: قصر كيجي | قصر كويرينالي
source: ISO 3166-1 alpha-3; Arabic press usage

[country ESP]
name: إسبانيا | مملكة إسبانيا
nisba: إسباني
nisba-form: إسبان
capital: مدريد
seat: قصر مونكلوا | مونكلوا
source: ISO 3166-1 alpha-3; Arabic press usage

[country PRT]
name: البرتغال | الجمهورية البرتغالية
nisba: برتغالي
capital: لشبونة
source: ISO 3166-1 alpha-3; Arabic press usage

[country NLD]
name: هولندا | مملكة هولندا
nisba: هولندي
# لاهاي (seat of government) is left out: in Arabic news it almost always stands for the ICJ / ICC
capital: أمستردام
source: ISO 3166-1 alpha-3; Arabic press usage

[country BEL]
name: بلجيكا | مملكة بلجيكا
nisba: بلجيكي
# بروكسل is left out: as an actor it nearly always stands for the EU (IGOEUR), not Belgium
source: ISO 3166-1 alpha-3; Arabic press usage

[country LUX]
name: لوكسمبورغ | لوكسمبورج | دوقية لوكسمبورغ الكبرى
nisba: لوكسمبورغي
capital: مدينة لوكسمبورغ
source: ISO 3166-1 alpha-3; Arabic press usage

[country CHE]
name: سويسرا | الاتحاد السويسري
nisba: سويسري
capital: برن | بيرن
source: ISO 3166-1 alpha-3; Arabic press usage

[country AUT]
name: النمسا | جمهورية النمسا
nisba: نمساوي
capital: فيينا
source: ISO 3166-1 alpha-3; Arabic press usage

[country LIE]
name: ليختنشتاين
capital: فادوز
source: ISO 3166-1 alpha-3; Arabic press usage

[country MCO]
name: موناكو | إمارة موناكو
capital: مدينة موناكو
source: ISO 3166-1 alpha-3; Arabic press usage

[country AND]
name: أندورا | إمارة أندورا
capital: أندورا لا فيلا
source: ISO 3166-1 alpha-3; Arabic press usage

[country SMR]
name: سان مارينو
capital: مدينة سان مارينو
source: ISO 3166-1 alpha-3; Arabic press usage

[country VAT]
name: الفاتيكان | الكرسي الرسولي | دولة الفاتيكان | حاضرة الفاتيكان | دولة مدينة الفاتيكان
nisba: فاتيكاني
capital: مدينة الفاتيكان
source: ISO 3166-1 alpha-3 (CAMEO VAT); Arabic press usage

[country MLT]
name: مالطا
nisba: مالطي
capital: فاليتا
source: ISO 3166-1 alpha-3; Arabic press usage

[country GRC]
name: اليونان | الجمهورية الهيلينية
nisba: يوناني
capital: أثينا
source: ISO 3166-1 alpha-3; Arabic press usage

[country ALB]
name: ألبانيا
nisba: ألباني
capital: تيرانا
source: ISO 3166-1 alpha-3; Arabic press usage

[country MKD]
name: مقدونيا الشمالية | جمهورية مقدونيا الشمالية | مقدونيا
nisba: مقدوني
capital: سكوبيه | سكوبي
source: ISO 3166-1 alpha-3; Arabic press usage

[country KSV]
# CAMEO country code KSV (ISO user-assigned XKX is not used)
name: كوسوفو | جمهورية كوسوفو
nisba: كوسوفي
nisba-form: كوسوفاري | كوسوفارية
capital: بريشتينا
source: CAMEO country codes (KSV); Arabic press usage

[country SRB]
name: صربيا | جمهورية صربيا
nisba: صربي
nisba-form: صرب
capital: بلغراد
source: ISO 3166-1 alpha-3; Arabic press usage

[country MNE]
name: الجبل الأسود | مونتينيغرو
nisba: مونتينيغري
capital: بودغوريتسا
source: ISO 3166-1 alpha-3; Arabic press usage

[country BIH]
name: البوسنة والهرسك | البوسنة
nisba: بوسني
nisba-form: بوشناق
capital: سراييفو
source: ISO 3166-1 alpha-3; Arabic press usage

[country HRV]
name: كرواتيا
nisba: كرواتي
nisba-form: كروات
capital: زغرب
source: ISO 3166-1 alpha-3; Arabic press usage

[country SVN]
name: سلوفينيا
nisba: سلوفيني
capital: ليوبليانا
source: ISO 3166-1 alpha-3; Arabic press usage

[country SVK]
name: سلوفاكيا
nisba: سلوفاكي
capital: براتيسلافا
source: ISO 3166-1 alpha-3; Arabic press usage

[country CZE]
name: التشيك | جمهورية التشيك | تشيكيا
nisba: تشيكي
capital: براغ
source: ISO 3166-1 alpha-3; Arabic press usage

[country POL]
name: بولندا | بولونيا
nisba: بولندي
nisba-form: بولوني | بولونية
capital: وارسو
source: ISO 3166-1 alpha-3; Arabic press usage

[country HUN]
name: المجر | هنغاريا
nisba: مجري
nisba-form: هنغاري | هنغارية
capital: بودابست
source: ISO 3166-1 alpha-3; Arabic press usage

[country ROU]
name: رومانيا
# روماني is also "Roman" (الإمبراطورية الرومانية)
nisba: روماني
capital: بوخارست
source: ISO 3166-1 alpha-3; Arabic press usage

[country BGR]
name: بلغاريا
nisba: بلغاري
capital: صوفيا
source: ISO 3166-1 alpha-3; Arabic press usage

[country EST]
name: إستونيا
nisba: إستوني
capital: تالين
source: ISO 3166-1 alpha-3; Arabic press usage

[country LVA]
name: لاتفيا
nisba: لاتفي
capital: ريغا
source: ISO 3166-1 alpha-3; Arabic press usage

[country LTU]
name: ليتوانيا | لتوانيا
nisba: ليتواني
capital: فيلنيوس
source: ISO 3166-1 alpha-3; Arabic press usage

[country FIN]
name: فنلندا
nisba: فنلندي
capital: هلسنكي
source: ISO 3166-1 alpha-3; Arabic press usage

[country SWE]
name: السويد | مملكة السويد
nisba: سويدي
capital: ستوكهولم
source: ISO 3166-1 alpha-3; Arabic press usage

[country NOR]
name: النرويج | مملكة النرويج
nisba: نرويجي
capital: أوسلو
source: ISO 3166-1 alpha-3; Arabic press usage

[country DNK]
name: الدنمارك | الدانمارك | مملكة الدنمارك
nisba: دنماركي
nisba-form: دنمركي | دنمركية | دانماركي | دانماركية
capital: كوبنهاغن | كوبنهاجن
source: ISO 3166-1 alpha-3; Arabic press usage

[country ISL]
name: آيسلندا
nisba: آيسلندي
capital: ريكيافيك
source: ISO 3166-1 alpha-3; Arabic press usage

# =====================================================================  Africa (non-Arab League)

[country ETH]
name: إثيوبيا | جمهورية إثيوبيا الديمقراطية الفيدرالية | الحبشة
nisba: إثيوبي
nisba-form: أحباش
capital: أديس أبابا
source: ISO 3166-1 alpha-3; Arabic press usage

[country ERI]
name: إريتريا | إرتيريا
nisba: إريتري
nisba-form: إرتيري | إرتيرية
capital: أسمرة
source: ISO 3166-1 alpha-3; Arabic press usage

[country SSD]
# no single-word nisba; «جنوب السودان» is the name
name: جنوب السودان | جمهورية جنوب السودان
capital: جوبا
source: ISO 3166-1 alpha-3; Arabic press usage

[country KEN]
name: كينيا
nisba: كيني
capital: نيروبي
source: ISO 3166-1 alpha-3; Arabic press usage

[country UGA]
name: أوغندا
nisba: أوغندي
capital: كمبالا
source: ISO 3166-1 alpha-3; Arabic press usage

[country TZA]
name: تنزانيا
nisba: تنزاني
capital: دودوما | دار السلام
source: ISO 3166-1 alpha-3; Arabic press usage

[country RWA]
name: رواندا
nisba: رواندي
capital: كيغالي
source: ISO 3166-1 alpha-3; Arabic press usage

[country BDI]
name: بوروندي
nisba: بوروندي
capital: غيتيغا | بوجمبورا
source: ISO 3166-1 alpha-3; Arabic press usage

[country COD]
# «الكونغو» alone is given to COG (its ISO short name) although the press often means the DRC
name: جمهورية الكونغو الديمقراطية | الكونغو الديمقراطية | الكونغو كينشاسا | زائير
nisba: كونغولي
capital: كينشاسا
source: ISO 3166-1 alpha-3; Arabic press usage

[country COG]
name: جمهورية الكونغو | الكونغو | الكونغو برازافيل
capital: برازافيل
source: ISO 3166-1 alpha-3; Arabic press usage

[country CAF]
name: جمهورية أفريقيا الوسطى | أفريقيا الوسطى
capital: بانغي
source: ISO 3166-1 alpha-3; Arabic press usage

[country TCD]
name: تشاد | جمهورية تشاد
nisba: تشادي
capital: نجامينا | انجامينا
source: ISO 3166-1 alpha-3; Arabic press usage

[country NER]
name: النيجر | جمهورية النيجر
nisba: نيجري
capital: نيامي
source: ISO 3166-1 alpha-3; Arabic press usage

[country NGA]
name: نيجيريا | جمهورية نيجيريا الاتحادية
nisba: نيجيري
capital: أبوجا
source: ISO 3166-1 alpha-3; Arabic press usage

[country MLI]
# WARNING: «مالي» is also "financial" (دعم مالي) and "my money"; the nisba مالي/المالية is NOT listed
# because it would turn «وزارة المالية» into Mali. The matcher may want to accept bare مالي only as a
# genitive or after a preposition (في مالي، جمهورية مالي).
name: مالي | جمهورية مالي
capital: باماكو
source: ISO 3166-1 alpha-3; Arabic press usage

[country BFA]
name: بوركينا فاسو | بوركينافاسو
nisba: بوركيني
capital: واغادوغو
source: ISO 3166-1 alpha-3; Arabic press usage

[country SEN]
name: السنغال
nisba: سنغالي
capital: داكار
source: ISO 3166-1 alpha-3; Arabic press usage

[country GMB]
name: غامبيا
nisba: غامبي
capital: بانجول
source: ISO 3166-1 alpha-3; Arabic press usage

[country GIN]
name: غينيا | جمهورية غينيا | غينيا كوناكري
nisba: غيني
capital: كوناكري
source: ISO 3166-1 alpha-3; Arabic press usage

[country GNB]
name: غينيا بيساو
capital: بيساو
source: ISO 3166-1 alpha-3; Arabic press usage

[country GNQ]
name: غينيا الاستوائية
capital: مالابو
source: ISO 3166-1 alpha-3; Arabic press usage

[country SLE]
name: سيراليون
nisba: سيراليوني
capital: فريتاون
source: ISO 3166-1 alpha-3; Arabic press usage

[country LBR]
name: ليبيريا
nisba: ليبيري
capital: مونروفيا
source: ISO 3166-1 alpha-3; Arabic press usage

[country CIV]
name: ساحل العاج | كوت ديفوار
nisba: إيفواري
capital: ياموسوكرو | أبيدجان
source: ISO 3166-1 alpha-3; Arabic press usage

[country GHA]
name: غانا
nisba: غاني
capital: أكرا
source: ISO 3166-1 alpha-3; Arabic press usage

[country TGO]
name: توغو
nisba: توغولي
capital: لومي
source: ISO 3166-1 alpha-3; Arabic press usage

[country BEN]
name: بنين
nisba: بنيني
capital: بورتو نوفو | كوتونو
source: ISO 3166-1 alpha-3; Arabic press usage

[country CMR]
# «كاميرون» (without ال) is also the surname Cameron (David Cameron): people.lex gives him no short form
name: الكاميرون
nisba: كاميروني
capital: ياوندي
source: ISO 3166-1 alpha-3; Arabic press usage

[country GAB]
name: الغابون | غابون
nisba: غابوني
capital: ليبرفيل
source: ISO 3166-1 alpha-3; Arabic press usage

[country STP]
name: ساو تومي وبرينسيب
capital: ساو تومي
source: ISO 3166-1 alpha-3; Arabic press usage

[country CPV]
name: الرأس الأخضر | كابو فيردي
capital: برايا
source: ISO 3166-1 alpha-3; Arabic press usage

[country AGO]
name: أنغولا | أنجولا
nisba: أنغولي
capital: لواندا
source: ISO 3166-1 alpha-3; Arabic press usage

[country ZMB]
name: زامبيا
nisba: زامبي
capital: لوساكا
source: ISO 3166-1 alpha-3; Arabic press usage

[country MWI]
name: مالاوي | ملاوي
capital: ليلونغوي
source: ISO 3166-1 alpha-3; Arabic press usage

[country MOZ]
name: موزمبيق
nisba: موزمبيقي
capital: مابوتو
source: ISO 3166-1 alpha-3; Arabic press usage

[country ZWE]
name: زيمبابوي
nisba: زيمبابوي
capital: هراري
source: ISO 3166-1 alpha-3; Arabic press usage

[country BWA]
name: بوتسوانا
capital: غابورون
source: ISO 3166-1 alpha-3; Arabic press usage

[country NAM]
name: ناميبيا
nisba: ناميبي
capital: ويندهوك
source: ISO 3166-1 alpha-3; Arabic press usage

[country ZAF]
# no nisba: «جنوب أفريقي» is also "southern African" (دول الجنوب الأفريقي)
name: جنوب أفريقيا | جمهورية جنوب أفريقيا
capital: بريتوريا | كيب تاون
source: ISO 3166-1 alpha-3; Arabic press usage

[country LSO]
name: ليسوتو
capital: ماسيرو
source: ISO 3166-1 alpha-3; Arabic press usage

[country SWZ]
name: إسواتيني | سوازيلاند
capital: مباباني | لوبامبا
source: ISO 3166-1 alpha-3; Arabic press usage

[country MDG]
name: مدغشقر
nisba: مدغشقري
capital: أنتاناناريفو
source: ISO 3166-1 alpha-3; Arabic press usage

[country MUS]
name: موريشيوس
capital: بورت لويس
source: ISO 3166-1 alpha-3; Arabic press usage

[country SYC]
name: سيشل | سيشيل
# capital فيكتوريا (Victoria) left out: a common given name
source: ISO 3166-1 alpha-3; Arabic press usage

[country ESH]
# Disputed territory (Morocco: الأقاليم الجنوبية / الصحراء المغربية, not listed: they are Moroccan
# framing and name the same land). No nisba: صحراوي is also "desert-" (منطقة صحراوية).
name: الصحراء الغربية | الجمهورية العربية الصحراوية الديمقراطية
# capital العيون (Laayoune) left out: it is the everyday word "eyes / springs"
source: ISO 3166-1 alpha-3 (CAMEO ESH); Arabic press usage

# =====================================================================  Americas

[country USA]
# أمريكا / أميركا are also the first word of أمريكا اللاتينية / الجنوبية / الشمالية / الوسطى
name: الولايات المتحدة | الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية | أمريكا | أميركا
nisba: أمريكي
nisba-form: أميركي | أميركية | أميركيون | أميركيين | أميركيات | أميركيان | أميركيتان | أميركيتين | أمريكان | أميركان
capital: واشنطن
seat: البيت الأبيض | المكتب البيضاوي
source: ISO 3166-1 alpha-3; Arabic press usage

[country CAN]
name: كندا
nisba: كندي
capital: أوتاوا
source: ISO 3166-1 alpha-3; Arabic press usage

[country MEX]
name: المكسيك | الولايات المكسيكية المتحدة
nisba: مكسيكي
capital: مكسيكو سيتي | مدينة مكسيكو
source: ISO 3166-1 alpha-3; Arabic press usage

[country GTM]
name: غواتيمالا
nisba: غواتيمالي
capital: مدينة غواتيمالا
source: ISO 3166-1 alpha-3; Arabic press usage

[country BLZ]
name: بليز
capital: بلموبان
source: ISO 3166-1 alpha-3; Arabic press usage

[country HND]
name: هندوراس
nisba: هندوراسي
capital: تيغوسيغالبا
source: ISO 3166-1 alpha-3; Arabic press usage

[country SLV]
name: السلفادور
nisba: سلفادوري
capital: سان سلفادور
source: ISO 3166-1 alpha-3; Arabic press usage

[country NIC]
name: نيكاراغوا | نيكاراجوا
nisba: نيكاراغوي
capital: ماناغوا
source: ISO 3166-1 alpha-3; Arabic press usage

[country CRI]
name: كوستاريكا
nisba: كوستاريكي
capital: سان خوسيه
source: ISO 3166-1 alpha-3; Arabic press usage

[country PAN]
name: بنما | بناما
nisba: بنمي
capital: مدينة بنما
source: ISO 3166-1 alpha-3; Arabic press usage

[country CUB]
name: كوبا
nisba: كوبي
capital: هافانا
source: ISO 3166-1 alpha-3; Arabic press usage

[country JAM]
name: جامايكا
nisba: جامايكي
capital: كينغستون
source: ISO 3166-1 alpha-3; Arabic press usage

[country HTI]
name: هايتي
nisba: هايتي
capital: بورت أو برنس
source: ISO 3166-1 alpha-3; Arabic press usage

[country DOM]
name: جمهورية الدومينيكان | الدومينيكان | الجمهورية الدومينيكية
nisba: دومينيكاني
capital: سانتو دومينغو
source: ISO 3166-1 alpha-3; Arabic press usage

[country DMA]
name: دومينيكا | كومنولث دومينيكا
capital: روزو
source: ISO 3166-1 alpha-3; Arabic press usage

[country BHS]
name: جزر البهاما | البهاما | جزر الباهاماس
capital: ناسو
source: ISO 3166-1 alpha-3; Arabic press usage

[country BRB]
name: باربادوس
capital: بريدجتاون
source: ISO 3166-1 alpha-3; Arabic press usage

[country TTO]
name: ترينيداد وتوباغو | ترينيداد وتوباجو
capital: بورت أوف سبين
source: ISO 3166-1 alpha-3; Arabic press usage

[country GRD]
name: غرينادا
capital: سانت جورجز
source: ISO 3166-1 alpha-3; Arabic press usage

[country LCA]
name: سانت لوسيا
capital: كاستريس
source: ISO 3166-1 alpha-3; Arabic press usage

[country VCT]
name: سانت فنسنت والغرينادين | سانت فينسنت وجزر غرينادين
capital: كينغستاون
source: ISO 3166-1 alpha-3; Arabic press usage

[country KNA]
name: سانت كيتس ونيفيس
capital: باستير
source: ISO 3166-1 alpha-3; Arabic press usage

[country ATG]
name: أنتيغوا وباربودا
capital: سانت جونز
source: ISO 3166-1 alpha-3; Arabic press usage

[country COL]
name: كولومبيا
nisba: كولومبي
capital: بوغوتا
source: ISO 3166-1 alpha-3; Arabic press usage

[country VEN]
name: فنزويلا | جمهورية فنزويلا البوليفارية
nisba: فنزويلي
capital: كاراكاس
seat: قصر ميرافلوريس
source: ISO 3166-1 alpha-3; Arabic press usage

[country ECU]
name: الإكوادور
nisba: إكوادوري
capital: كيتو
source: ISO 3166-1 alpha-3; Arabic press usage

[country PER]
name: بيرو | البيرو
nisba: بيروفي
capital: ليما
source: ISO 3166-1 alpha-3; Arabic press usage

[country BOL]
name: بوليفيا
nisba: بوليفي
capital: سوكري | لاباز | لا باز
source: ISO 3166-1 alpha-3; Arabic press usage

[country BRA]
name: البرازيل
nisba: برازيلي
capital: برازيليا
source: ISO 3166-1 alpha-3; Arabic press usage

[country PRY]
name: باراغواي | باراجواي
capital: أسونسيون
source: ISO 3166-1 alpha-3; Arabic press usage

[country URY]
name: أوروغواي | الأوروغواي | أوروجواي
capital: مونتيفيديو
source: ISO 3166-1 alpha-3; Arabic press usage

[country ARG]
name: الأرجنتين
nisba: أرجنتيني
capital: بوينس آيرس
source: ISO 3166-1 alpha-3; Arabic press usage

[country CHL]
name: تشيلي | شيلي
nisba: تشيلي
capital: سانتياغو
source: ISO 3166-1 alpha-3; Arabic press usage

[country GUY]
name: غيانا | غويانا
capital: جورجتاون
source: ISO 3166-1 alpha-3; Arabic press usage

[country SUR]
name: سورينام
capital: باراماريبو
source: ISO 3166-1 alpha-3; Arabic press usage
