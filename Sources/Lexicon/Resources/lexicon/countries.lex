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
#   المالية "finance" into Mali). قمري (Comoros) is also "lunar": listed all the same (see COM).
# - Blocks that lack a nisba or a capital say why in a «# nisba omitted:» / «# capital omitted:» line.
# - أمريكا / أميركا also start أمريكا اللاتينية / الجنوبية / الشمالية (regions, not USA).
# - كييف only: the variant كيف is the word "how".
#
# place: cities, provinces, regions and sites inside the country (never actors: they locate an event and
# give role-only actors their country). Under each block's comments: which common words are listed
# only with a qualifier (مدينة، محافظة، ولاية، مخيم …). Matching is by clitic analysis: a key without ال also
# matches the word with ال (صور ← الصور), and a one-word key matches after و ف ب ك ل (بيرا ← كبيرا), so
# keys were checked against both. Disputed territory follows international recognition (Golan → SYR,
# Crimea and Donbas → UKR, Abkhazia → GEO, Karabakh → AZE, West Bank settlements → PSE, Somaliland → SOM).
# Left out as ambiguous between countries (one key, one code), with the qualified forms used instead:
# - أريحا (Jericho PSE / Ariha, Idlib SYR); القنيطرة (Quneitra SYR / Kenitra MAR: «محافظة / ريف القنيطرة»
#   SYR); زنجبار (TZA / Zinjibar YEM: «جزيرة زنجبار» TZA); الجوف (SAU / YEM: «منطقة الجوف» SAU, «محافظة
#   الجوف» YEM); البريقة (LBY / Aden: «ميناء البريقة» LBY); صور (LBN Tyre / OMN Sur / "pictures": «مدينة صور»
#   LBN, «صور العمانية» OMN); فيلادلفيا (USA / «محور فيلادلفيا» PSE).
# - البنجاب (PAK / IND), حيدر آباد (PAK / IND), الجبل الأخضر (LBY / OMN), البيضاء (YEM / LBY / "white"),
#   الصويرة (MAR / IRQ), العامرية، الأشرفية، السيدة زينب، المنصورة of Aden (SYR, IRQ, LBN, EGY, YEM: the
#   Egyptian المنصورة is listed), كردستان (IRQ / IRN / SYR / TUR: «إقليم كردستان» IRQ), أدرار (DZA / MRT / MLI),
#   العيون (ESH / MRT / "eyes": «مدينة العيون» ESH), زابل (AFG / IRN), الداخلة (ESH / EGY), بولونيا (POL name /
#   Bologna), جورجيا (GEO / the US state), أبيي and حلايب (disputed SDN–SSD, EGY–SDN), مزارع شبعا (put under
#   LBN, as the Arab press does), الجزر الثلاث / أبو موسى / طنب (ARE–IRN), مضيق هرمز، باب المندب (straits),
#   غوانتانامو (US base on Cuba), جزر فوكلاند (GBR / ARG).

# =====================================================================  Arab League (22)

[country DZA]
name: الجزائر | الجمهورية الجزائرية | الجمهورية الجزائرية الديمقراطية الشعبية
nisba: جزائري
# the capital is written like the country; «الجزائر العاصمة» singles it out
capital: الجزائر العاصمة
seat: قصر المرادية | المرادية
# wilayas and towns; بشار (a given name) only with «ولاية», القبائل 'tribes' only with «منطقة», المسيلة
# (القنابل المسيلة
# للدموع) only with «ولاية»; أدرار left out (also MRT, MLI)
place: وهران | قسنطينة | عنابة | البليدة | تيزي وزو | بجاية | سطيف | باتنة | تمنراست | ورقلة | غرداية | عين أميناس
place: إن أميناس | تيبازة | الشلف | تلمسان | بسكرة | الأغواط | الجلفة | المدية | سكيكدة | جيجل | بومرداس
place: عين صالح | إليزي | تندوف | تيندوف | ولاية بشار | حاسي مسعود | منطقة القبائل | ولاية المسيلة | مستغانم | خنشلة
place: تبسة | سوق أهراس | قالمة | برج بوعريريج | عين الدفلى | غليزان | تيارت | تيسمسيلت | أم البواقي | البويرة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BHR]
name: البحرين | مملكة البحرين
nisba: بحريني
capital: المنامة
seat: قصر الصخير | قصر القضيبية
# سترة 'jacket' only with «جزيرة»; البديع 'rhetoric / wonderful' left out
place: المحرق | الرفاع | جزيرة سترة | الدراز | السنابس | مدينة عيسى | مدينة حمد | دوار اللؤلؤة | جدحفص
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country COM]
name: جزر القمر | اتحاد جزر القمر | جمهورية القمر المتحدة
# قمري is also "lunar" (التقويم القمري، الشهر القمري، السنة القمرية): listed all the same, as it is the
# press adjective for the Comoros (الرئيس القمري، الحكومة القمرية); expect stray COM mentions in
# calendar and Ramadan stories, and drop it if those outweigh the Comoros news
nisba: قمري
capital: موروني
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: press usage, ambiguous (see comment)

[country DJI]
name: جيبوتي | جمهورية جيبوتي
nisba: جيبوتي
# capital: Djibouti city is written like the country
capital: مدينة جيبوتي
place: أوبوك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country EGY]
name: مصر | جمهورية مصر العربية | جمهورية مصر
nisba: مصري
capital: القاهرة
seat: قصر الاتحادية | قصر القبة | قصر عابدين
# governorates and cities (Cairo is the capital); المنصورة is also a district of Aden: kept for Egypt
place: الإسكندرية | الجيزة | سيناء | العريش | رفح المصرية | الشيخ زويد | بئر العبد | بورسعيد | بور سعيد | السويس
place: الإسماعيلية | أسيوط | المنيا | سوهاج | الأقصر | أسوان | قنا | الفيوم | بني سويف | الدقهلية | المنصورة
place: دمياط | الزقازيق | طنطا | المحلة الكبرى | كفر الشيخ | دمنهور | المنوفية | شبين الكوم | القليوبية | بنها
place: شبرا الخيمة | شبرا | إمبابة | حلوان | مدينة نصر
# coasts, oases, sites; الشرقية، الغربية، البحيرة 'lake', دهب 'gold', الصعيد 'level', مطروح 'proposed' left
# out bare
place: محافظة مطروح | مرسى مطروح | العلمين | العلمين الجديدة | سيوة | السلوم | الوادي الجديد | توشكى | أبو سمبل | الغردقة
place: مرسى علم | سفاجا | شرم الشيخ | طابا | نويبع | سانت كاترين | العين السخنة | صعيد مصر | ميدان التحرير
place: ميدان رابعة | العاصمة الإدارية | العاصمة الإدارية الجديدة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country IRQ]
name: العراق | جمهورية العراق
nisba: عراقي
capital: بغداد
# governorates (Baghdad is the capital); «محافظة القادسية» only: القادسية is also the battle and sports clubs
place: الأنبار | بابل | البصرة | ذي قار | ديالى | دهوك | أربيل | كربلاء | كركوك | ميسان | المثنى | النجف | نينوى
place: محافظة القادسية | صلاح الدين | السليمانية | واسط | حلبجة
# cities and towns; العمارة 'architecture', الفاو (also FAO), مخمور 'drunk' only qualified; صلاح الدين is
# also a
# given name (longer person entries win) and the Gaza road / Jerusalem street (PSE, «شارع / طريق / محور صلاح
# الدين»)
place: الموصل | الفلوجة | الرمادي | بعقوبة | تكريت | سامراء | الحلة | الديوانية | الكوت | مدينة العمارة | الناصرية
place: السماوة | تلعفر | سنجار | زاخو | المقدادية | المحمودية | خانقين | جلولاء | طوزخورماتو | طوز خورماتو
place: الحويجة | بيجي | الشرقاط | الدجيل | الضلوعية | هيت | عامرية الفلوجة | الحبانية | الصقلاوية | جرف الصخر
place: جرف النصر | المسيب | الكوفة | عين التمر | الرميثة | الشطرة | سوق الشيوخ | الجبايش | القرنة | أم قصر
place: ميناء الفاو | شبه جزيرة الفاو | سفوان | شط العرب | المجر الكبير | قلعة صالح
place: الحمدانية | بغديدا | قرقوش | بعشيقة | مخيم مخمور | قضاء مخمور | القيارة | داقوق | آمرلي | بلدروز | حمرين | النعمانية | عفك
place: سوران | جمجمال | قلعة دزة | العمادية | سيدكان | بنجوين | كربلاء المقدسة | النجف الأشرف
# Baghdad districts and sites; «مدينة الصدر» only (الصدر alone is Muqtada al-Sadr)
place: الكاظمية | الأعظمية | مدينة الصدر | الكرادة | الكرخ | الرصافة | المنطقة الخضراء | ساحة التحرير
place: ساحة الخلاني | أبو غريب | التاجي | الطارمية | اللطيفية | الزعفرانية | مطار بغداد
# Kurdistan region, bases, oil fields («كردستان» alone is left out: also Iranian, Syrian, Turkish Kurdistan)
place: إقليم كردستان | إقليم كردستان العراق | كردستان العراق | جبال قنديل | عين الأسد | قاعدة حرير | حقل مجنون
place: حقل الرميلة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country JOR]
name: الأردن | المملكة الأردنية الهاشمية | المملكة الأردنية
nisba: أردني
# capital عمّان (Amman): without tashkeel it is the same key as عُمان (Oman, OMN), and the linter allows
# one code per key, so it is a homograph: «عمان» reads as Oman unless its sentence names Jordan
# otherwise (الأردن، الأردني، العاصمة الأردنية …) and not Oman. The press periphrasis «العاصمة الأردنية»
# is listed as a capital.
capital: العاصمة الأردنية
capital-homograph: عمّان
seat: قصر الحسينية | قصر رغدان | الديوان الملكي الهاشمي
# الزرقاء 'blue', العقبة 'obstacle', معان («لمعان» shine), المفرق 'crossroads' only with «مدينة / محافظة /
# ميناء»; البحر الميت and الأغوار left out (shared)
place: إربد | مدينة الزرقاء | محافظة الزرقاء | مدينة العقبة | ميناء العقبة | مدينة معان | محافظة معان | الكرك | السلط | مادبا | جرش
place: مدينة المفرق | محافظة المفرق | الطفيلة | عجلون | الرمثا | الرصيفة | الزعتري | مخيم البقعة | مخيم الوحدات | البتراء | وادي رم
place: الرويشد | معبر جابر | جسر الملك حسين | معبر الكرامة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage; capital: press periphrasis «العاصمة الأردنية»

[country KWT]
name: الكويت | دولة الكويت
nisba: كويتي
capital: مدينة الكويت
seat: قصر بيان | قصر السيف
# governorates and islands; حولي 'around me', الأحمدي (surname), مبارك الكبير (a person) only with «محافظة»
place: الجهراء | الفروانية | محافظة الأحمدي | محافظة حولي | محافظة مبارك الكبير | فيلكا | جزيرة فيلكا | بوبيان
place: عريفجان | الشويخ
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country LBN]
name: لبنان | الجمهورية اللبنانية
nisba: لبناني
capital: بيروت
# عين التينة (the speaker's residence) would be LBNLEG, not GOV, so it is not a seat here
seat: قصر بعبدا | السراي الحكومي | السرايا الحكومية | السراي الكبير
# Tripoli: plain طرابلس is Libya's capital (LBY); صور alone is also 'pictures' and Sur in Oman, so only
# «مدينة صور / قضاء صور»
place: طرابلس الشام | طرابلس اللبنانية | صيدا | مدينة صور | قضاء صور | بعلبك | البقاع | البقاع الغربي
place: الجنوب اللبناني | جبل لبنان | الضاحية الجنوبية | عكار | الهرمل | النبطية | زحلة | شتورة | عرسال | جزين
place: مرجعيون | بنت جبيل | الناقورة
# the south and the border (مزارع شبعا: claimed by Lebanon, occupied by Israel; Arab press: مزارع شبعا
# اللبنانية المحتلة); الخيام 'the tents' only with «بلدة»
place: كفركلا | عيتا الشعب | ميس الجبل | حولا | بلدة الخيام | مارون الراس | عيترون | علما الشعب | شبعا | كفرشوبا
place: مزارع شبعا | تلال كفرشوبا | رأس بعلبك
# Mount Lebanon and the north; المتن is also 'the text' (but «على متن» has no article and does not match)
place: الشوف | كسروان | جونية | جبيل | البترون | زغرتا | المتن | بعبدا | خلدة | الدامور
# Beirut districts, camps, sites
place: عين الحلوة | نهر البارد | برج البراجنة | شاتيلا | صبرا وشاتيلا | حارة حريك | الرملة البيضاء | مرفأ بيروت
place: مطار بيروت | مطار رفيق الحريري
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country LBY]
name: ليبيا | دولة ليبيا | الجماهيرية الليبية | الجماهيرية العربية الليبية | الجماهيرية العربية الليبية الشعبية الاشتراكية العظمى
nisba: ليبي
# also a city in Lebanon (طرابلس الشام); listed only here
capital: طرابلس | طرابلس الغرب
# cities (Tripoli is the capital); الزاوية 'the corner' and الخمس 'the five' only with «مدينة»; سرت only
# with «مدينة» (bare سرت is a verb, سرت شائعات, and «كسرت» 'broke' reads ك + سرت)
place: بنغازي | مصراتة | مدينة سرت | درنة | مدينة الزاوية | سبها | الجفرة | طبرق | أجدابيا | ميناء البريقة | رأس لانوف
place: ميناء السدرة | الهلال النفطي | غريان | ترهونة | بني وليد | زليتن | مدينة الخمس | صبراتة | زوارة | غدامس
place: أوباري | مرزق | الكفرة | ورشفانة | تاجوراء | جنزور | معيتيقة | الوطية
# regions
place: برقة | فزان | جبل نفوسة | الجبل الغربي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country MRT]
name: موريتانيا | الجمهورية الإسلامية الموريتانية
nisba: موريتاني
capital: نواكشوط
# أطار is إطار 'framework' once normalised: only «مدينة أطار»; العيون and أدرار left out (also ESH, DZA)
place: نواذيبو | روصو | الزويرات | ازويرات | مدينة أطار | كيهيدي | تجكجة | أكجوجت | باسكنو | مخيم امبرة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country MAR]
# «المغرب» is also the Maghreb region (المغرب العربي) and the sunset prayer; longest match handles the region
name: المغرب | المملكة المغربية
nisba: مغربي
nisba-form: مغاربة
capital: الرباط
# cities and provinces; وجدة only with «مدينة» (bare وجدة also reads «و + جدة» 'and Jeddah'); فاس only with
# «مدينة» (bare فاس is also فأس 'axe', and «بفأس» 'with an axe' reads ب + فاس); القنيطرة left out (also
# SYR); العيون, الداخلة, السمارة: see ESH
place: الدار البيضاء | كازابلانكا | مراكش | مدينة فاس | طنجة | أكادير | أغادير | مكناس | تطوان | الحسيمة | الناظور
place: آسفي | بني ملال | ورزازات | الراشيدية | الرشيدية | خريبكة | العرائش | سلا | الصخيرات | بوزنيقة | الحوز
place: تارودانت | شيشاوة | ميدلت | جرادة | مدينة وجدة | تازة | سطات | تيزنيت | طانطان | كلميم
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country OMN]
# عمان also normalises like Amman (capital of JOR); «السلطنة» is how Omani and Gulf press refer to Oman
name: عمان | سلطنة عمان | السلطنة
nisba: عماني
# مسقط also occurs in «مسقط رأسه» (birthplace); the matcher should not take مسقط before رأس as Oman
capital: مسقط
seat: قصر العلم
# صور alone is left out (Tyre in Lebanon, 'pictures'); الجبل الأخضر left out (also Libya); مصيرة is
# مصيره 'his fate' and الباطنة 'internal' once normalised: only qualified; خصب 'fertility', مطرح left out
place: صلالة | صحار | نزوى | ظفار | الدقم | مسندم | البريمي | جزيرة مصيرة | صور العمانية | شمال الباطنة | جنوب الباطنة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PSE]
# «دولة فلسطين» is the UN observer-state name; CAMEO codes the Palestinian territories PSE.
name: فلسطين | دولة فلسطين | الأراضي الفلسطينية | الأراضي الفلسطينية المحتلة
nisba: فلسطيني
# رام الله is the seat of the Palestinian Authority and is used as its metonym; القدس is the
# declared capital (East Jerusalem); both are usually places, not actors.
capital: القدس | القدس الشرقية | رام الله
# territories and governorates (القدس، القدس الشرقية، رام الله are under capital:); الضفة alone is how the
# press names the West Bank
place: الضفة الغربية | الضفة | قطاع غزة | غزة | نابلس | الخليل | جنين | طولكرم | قلقيلية | بيت لحم | سلفيت | طوباس
place: مدينة البيرة | رفح | خان يونس | خانيونس | دير البلح | جباليا | بيت حانون | بيت لاهيا
# جنين is also 'fetus' (الجنين): kept, the city dominates news use
# Gaza: camps, districts, corridors; الزيتون، الرمال، الشاطئ only with «حي / مخيم»
place: النصيرات | البريج | المغازي | الشجاعية | حي الزيتون | حي الرمال | تل الهوى | الشيخ رضوان | مخيم الشاطئ
place: عبسان | بني سهيلا | القرارة | الزوايدة | المواصي | تل السلطان | مجمع الشفاء الطبي | محور فيلادلفيا
place: ممر فيلادلفيا | محور صلاح الدين | شارع صلاح الدين | طريق صلاح الدين | محور نتساريم | ممر نتساريم
# West Bank towns, camps, sites; settlements in the West Bank are occupied territory (located PSE)
place: بلاطة | مخيم عسكر | مخيم الفارعة | نور شمس | الدهيشة | مخيم عايدة | قلنديا | شعفاط | عقبة جبر | حوارة
place: سلواد | ترمسعيا | قباطية | عزون | سبسطية | بيتونيا | بيت ساحور | بيت جالا | يطا | مسافر يطا | بيت أمر
place: بيت فوريك | الخان الأحمر | الأغوار الشمالية | بيت إيل | كريات أربع | معاليه أدوميم | أرئيل | غوش عتصيون
# East Jerusalem; سلوان only with «حي / بلدة» (also a given name: Salwan Momika)
place: المسجد الأقصى | باحات الأقصى | الحرم القدسي | الحرم القدسي الشريف | قبة الصخرة | كنيسة القيامة | الشيخ جراح
place: حي سلوان | بلدة سلوان | باب العامود | جبل المكبر | العيسوية | بيت حنينا | كفر عقب | الحرم الإبراهيمي
place: كنيسة المهد
source: ISO 3166-1 alpha-3 (CAMEO PSE); Arabic press usage; places: Arabic press usage

[country QAT]
name: قطر | دولة قطر
# قطري also means "country-level" (قُطري) in pan-Arab usage; rare in news
nisba: قطري
capital: الدوحة
# العديد 'many' only with «قاعدة»; الخور، الريان، دخان left out (common words, names)
place: الوكرة | لوسيل | رأس لفان | قاعدة العديد | مسيعيد
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country SAU]
# «المملكة» alone is how Saudi and Gulf press name Saudi Arabia; longer names (المملكة المتحدة,
# المملكة الأردنية, المملكة المغربية) win by longest match.
name: المملكة العربية السعودية | السعودية | المملكة
nisba: سعودي
capital: الرياض
seat: قصر اليمامة
# cities and regions; جدة is also 'grandmother' (الجدة), and «وجده» 'found him' reads و + جدة: kept; الخبر
# 'the news', أبها («بابها» its door),
# الباحة 'courtyard', العلا (أبو العلا) only qualified; «المدينة» alone is not listed
place: جدة | مكة | مكة المكرمة | المدينة المنورة | الدمام | الظهران | مدينة الخبر | الطائف | تبوك | مدينة أبها | مطار أبها | جازان
place: جيزان | نجران | القطيف | العوامية | الأحساء | حائل | القصيم | بريدة | عنيزة | ينبع | الجبيل | رأس تنورة
place: بقيق | أبقيق | خريص | محافظة العلا | عسير | عرعر | سكاكا | منطقة الباحة | خميس مشيط | الدرعية | حفر الباطن
place: الخرج | شرورة | ظهران الجنوب | منطقة الجوف
# holy sites; منى 'from me' and عرفات (Yasser Arafat) only with «مشعر / جبل / صعيد»
place: المسجد الحرام | الحرم المكي | المسجد النبوي | مزدلفة | مشعر منى | جبل عرفات | صعيد عرفات
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country SOM]
name: الصومال | جمهورية الصومال الفيدرالية | جمهورية الصومال
nisba: صومالي
capital: مقديشو
# regions and cities; Somaliland and Puntland are coded SOM (not recognised as states)
place: كيسمايو | بيدوا | بلدوين | جالكعيو | غالكعيو | جاروي | غروي | بوصاصو | هرجيسا | بربرة | أرض الصومال
place: صوماليلاند | بونتلاند | جوبالاند | جلجدود | شبيلي السفلى | شبيلي الوسطى | هيران | جوبا السفلى | جوبا الوسطى
place: مركا | مركة | أفجوي | طوسمريب | ضوسمريب | لاسعانود | لاس عانود
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country SDN]
name: السودان | جمهورية السودان
nisba: سوداني
# بورتسودان: seat of the army-backed government since 2023 and used as its metonym
capital: الخرطوم | بورتسودان | بور سودان
# states and cities (Khartoum and Port Sudan are under capital:); الأبيض 'white', بحري 'naval', الجزيرة,
# النيل الأزرق/الأبيض (rivers),
# النهود, الجيلي (jelly; a surname) only qualified; كتم 'concealed' and ربك 'your Lord' left out
place: دارفور | الخرطوم بحري | أم درمان | الفاشر | نيالا | الجنينة | زالنجي | الضعين | كردفان | مدينة الأبيض
place: كسلا | القضارف | ود مدني | ولاية الجزيرة | سنار | سنجة | ولاية النيل الأزرق | ولاية النيل الأبيض | الدمازين
place: كادوقلي | الدلنج | بابنوسة | هجليج | الفولة | مدينة النهود | أم روابة | عطبرة | شندي | الدامر | دنقلا | وادي حلفا
place: سواكن | كوستي | جبل مرة | جبل أولياء | مليط | مخيم زمزم | مخيم أبو شوك | مصفاة الجيلي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country SYR]
name: سوريا | سورية | الجمهورية العربية السورية
nisba: سوري
capital: دمشق
seat: قصر الشعب | قصر المهاجرين
# governorates (Damascus is the capital); القنيطرة alone is also Kenitra (MAR)
place: ريف دمشق | حلب | حمص | حماة | اللاذقية | طرطوس | إدلب | دير الزور | الرقة | الحسكة | درعا | السويداء
place: محافظة القنيطرة | ريف القنيطرة
# حماة is also 'protectors' (حماة الديار، حزب حماة الوطن): kept, the city is far more frequent in news
# north and east; common words only with «مدينة»: الباب 'the door', الطبقة 'the layer', الميادين 'the
# squares' (also the TV channel), تدمر 'destroys'
place: القامشلي | منبج | عفرين | جنديرس | كوباني | عين العرب | جرابلس | أعزاز | مدينة الباب | تل رفعت | تل أبيض
place: رأس العين | عين عيسى | مدينة الطبقة | مدينة تدمر | البوكمال | مدينة الميادين | الباغوز | الشدادي | تل تمر
place: عامودا | الدرباسية | رميلان | اليعربية | الشيخ مقصود
# Idlib and Hama; السلمية 'peaceful' and القصير 'short' only with «مدينة»; أريحا left out (also Jericho, PSE)
place: معرة النعمان | سراقب | خان شيخون | جسر الشغور | كفرنبل | سرمدا | أطمة | سلقين | حارم | معرة مصرين | الفوعة
place: كفريا | محردة | السقيلبية | مصياف | مدينة السلمية | كفرزيتا | اللطامنة | مورك | قلعة المضيق
# Homs, coast, south
place: الرستن | تلبيسة | الحولة | مدينة القصير | تلكلخ | القريتين | بانياس | جبلة | القرداحة | صافيتا | صلنفة
place: بصرى الشام | طفس | داعل | إنخل | الصنمين | شهبا | صلخد
# Damascus countryside; دوما only with «مدينة»: bare دوما is also دومًا 'always'
place: جرمانا | صحنايا | قدسيا | صيدنايا | معلولا | يبرود | النبك | الزبداني | مضايا | بلودان | دير عطية | مدينة دوما
place: داريا | حرستا | عربين | زملكا | جوبر | برزة | القابون | المزة | كفر سوسة | المعضمية | معضمية الشام | خان الشيح
place: عين الفيجة
# regions, crossings, camps, bases
place: الغوطة | القلمون | وادي بردى | حوران | سهل الغاب | جبل الزاوية | جبل الأكراد | جبل التركمان
place: البادية السورية | الساحل السوري | الجزيرة السورية | شرق الفرات | باب الهوى | باب السلامة | معبر نصيب
place: مخيم اليرموك | مخيم الهول | الركبان | حميميم | الشعيرات | التيفور | مطار المزة | التنف | حقل العمر
# the Golan: Syrian territory under international law, occupied by Israel since 1967 (Arab press: الجولان
# السوري المحتل)
place: الجولان | هضبة الجولان | مرتفعات الجولان | مجدل شمس
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country TUN]
name: تونس | الجمهورية التونسية
nisba: تونسي
# the capital is written like the country
capital: تونس العاصمة
seat: قصر قرطاج
# governorates and towns; الكاف (the letter), قبلي 'before me' and مدنين (the press's misspelling of
# مدنيين 'civilians': «فيما قتل مدنين اثنين» in Taiz) only with «ولاية»
place: صفاقس | سوسة | القيروان | بنزرت | قابس | قفصة | سيدي بوزيد | القصرين | ولاية مدنين | بن قردان | تطاوين | جربة
place: المنستير | نابل | ولاية الكاف | جندوبة | باجة | سليانة | توزر | ولاية قبلي | زغوان | المهدية | أريانة
place: بن عروس | منوبة | الشعانبي | رأس جدير | حلق الوادي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ARE]
name: الإمارات | الإمارات العربية المتحدة | دولة الإمارات | دولة الإمارات العربية المتحدة
nisba: إماراتي
capital: أبوظبي | أبو ظبي
# emirates and cities (Abu Dhabi is the capital); العين 'eye' only with «مدينة»
place: دبي | الشارقة | عجمان | رأس الخيمة | الفجيرة | أم القيوين | مدينة العين | خورفكان | جبل علي | الظفرة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country YEM]
name: اليمن | الجمهورية اليمنية
nisba: يمني
# صنعاء has been held by the Houthis since 2014-09; عدن is the recognised government's temporary capital
capital: صنعاء | عدن
# governorates and cities; البيضاء 'white', إب, حجة 'pretext', عمران, ريمة (names) only with «محافظة»; لحج
# («للحج» for the Hajj) and حرض 'incited' only qualified; الجوف: «محافظة الجوف» here, «منطقة الجوف» SAU
place: تعز | الحديدة | مأرب | حضرموت | المكلا | سيئون | الشحر | شبوة | أبين | محافظة لحج | الضالع | محافظة البيضاء
place: محافظة إب | مدينة إب | ذمار | رداع | محافظة حجة | صعدة | محافظة عمران | المحويت | محافظة ريمة
place: محافظة الجوف | محافظة المهرة | الغيضة | سقطرى
# coast, ports, Aden districts
place: الخوخة | المخا | ميدي | مديرية حرض | رأس عيسى | الصليف | جزيرة ميون | جزيرة كمران | كريتر | خور مكسر | التواهي
place: صرواح
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

# =====================================================================  Middle East, Caucasus, Central Asia

[country IRN]
name: إيران | الجمهورية الإسلامية الإيرانية | الجمهورية الإسلامية في إيران
nisba: إيراني
capital: طهران
# provinces and cities (Tehran is the capital); مشهد 'scene', قم 'stand up', قزوين (the Caspian) only with
# «مدينة»; يزد ('لم يزد' did not increase) and آراك («باراك» reads ب + اراك) only qualified; رشت left out
place: أصفهان | مدينة مشهد | تبريز | شيراز | الأهواز | الأحواز | نطنز | مدينة قم | كرج | كرمان | كرمانشاه | زاهدان
place: بندر عباس | بوشهر | فوردو | فردو | مفاعل آراك | مدينة آراك | مدينة يزد | همدان | أرومية | سنندج | سقز | مهاباد | بيرانشهر
place: سيستان وبلوشستان | خوزستان | عبادان | آبادان | المحمرة | خرمشهر | جزيرة خرج | بارشين | جابهار | تشابهار
place: لرستان | مازندران | سمنان | إيفين | نيسابور | ماهشهر | خرم آباد | مدينة قزوين | أذربيجان الشرقية
place: أذربيجان الغربية
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ISR]
# Arab press metonyms for Israel: الكيان الصهيوني، دولة الاحتلال. Bare «الاحتلال» is left out: it
# also named the US-led occupation of Iraq (2003-2011) and would need the story's context.
name: إسرائيل | دولة إسرائيل | الكيان الصهيوني | الكيان الإسرائيلي | دولة الاحتلال | الكيان المحتل
nisba: إسرائيلي
nisba-form: صهيوني | صهيونية | صهاينة
# تل أبيب is the Arab-press metonym for the Israeli government; Israel designates Jerusalem (see PSE)
capital: تل أبيب
# cities (Tel Aviv is under capital:); رهط 'a band of people' only with «مدينة», قلنسوة 'skullcap' left out;
# القدس الغربية: West Jerusalem, the seat of Israel's institutions
place: القدس الغربية | حيفا | يافا | عكا | الناصرة | أم الفحم | اللد | الرملة | نتانيا | هرتسليا | ريشون لتسيون
place: بيتاح تكفا | بتاح تكفا | رعنانا | الخضيرة | نهاريا | كريات شمونة | صفد | طبريا | العفولة | بيسان | ديمونا
place: إيلات | أم الرشراش | عسقلان | أشكلون | أسدود | أشدود | سديروت | بئر السبع | نتيفوت | أوفاكيم | كريات غات
place: كريات ملاخي | رمات غان | بني براك | حولون | بات يام | كفر قاسم | مدينة رهط | سخنين | شفا عمرو | قيسارية
place: كرمئيل | شلومي
# regions, Gaza-border communities, bases; الجليل alone is also 'venerable', المطلة 'overlooking'
place: النقب | صحراء النقب | الجليل الأعلى | الجليل الغربي | الجليل الأسفل | إصبع الجليل | غلاف غزة | بئيري
place: كفار عزة | نير عوز | ناحال عوز | مستوطنة المطلة | جبل الكرمل | مطار بن غوريون | نيفاتيم | رامات دافيد
place: رامات ديفيد | تل نوف | حتسريم | بلماحيم
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country TUR]
name: تركيا | الجمهورية التركية | جمهورية تركيا
# تركي is also the given name Turki (الأمير تركي الفيصل): the person entry must win by longest match
nisba: تركي
nisba-form: أتراك
capital: أنقرة
seat: المجمع الرئاسي | قصر بيشتبه
# provinces and cities (Ankara is the capital); قيصري (also 'Caesarean') only with «ولاية»; بورصة 'stock
# exchange' and وان 'and that' left out
place: إسطنبول | استانبول | إزمير | ديار بكر | غازي عنتاب | عنتاب | هاتاي | أنطاكيا | أنطاكية | الإسكندرونة | أضنة
place: مرسين | أنطاليا | قونية | كيليس | كلس | شانلي أورفا | أورفا | أورفة | ماردين | نصيبين | طرابزون | إسكي شهير
place: ملاطية | كهرمان مرعش | مرعش | أديامان | شرناق | هكاري | بطمان | باتمان | بدليس | تونجلي | أرضروم
place: إدرنة | بودروم | ولاية قيصري | سروج | أقجة قلعة
# straits, bases, sites
place: البوسفور | مضيق البوسفور | الدردنيل | إنجرليك | ميدان تقسيم | إيمرالي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country CYP]
name: قبرص | جمهورية قبرص
nisba: قبرصي
nisba-form: قبارصة
capital: نيقوسيا
# the north (self-declared Turkish Republic of Northern Cyprus, recognised only by Turkey) is coded CYP
place: ليماسول | لارنكا | بافوس | فاماغوستا | كيرينيا | شمال قبرص | جمهورية شمال قبرص التركية
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ARM]
name: أرمينيا | جمهورية أرمينيا
nisba: أرميني
nisba-form: أرمني | أرمنية | أرمنيون | أرمنيين | أرمن
capital: يريفان
place: غيومري
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country AZE]
name: أذربيجان | جمهورية أذربيجان
nisba: أذربيجاني
nisba-form: أذري | أذرية | أذريون | أذريين
capital: باكو
# Karabakh: Azerbaijani territory under international law, under Baku's control since 2023
place: قره باغ | ناغورني قره باغ | ناغورنو قره باغ | كاراباخ | ناغورنو كاراباخ | خانكندي | ستيباناكيرت | شوشا
place: لاتشين | ممر لاتشين | غنجة | كنجة | نخجوان | ناختشيفان
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country GEO]
name: جورجيا
nisba: جورجي
capital: تبليسي
# Abkhazia and South Ossetia: Georgian territory under international law (recognised as states by Russia)
place: باتومي | أبخازيا | سوخومي | أوسيتيا الجنوبية | تسخينفالي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country KAZ]
name: كازاخستان | جمهورية كازاخستان
nisba: كازاخستاني
nisba-form: كازاخي | كازاخية | كازاخيون | كازاخيين
capital: أستانا | آستانة | نور سلطان
place: ألماتي | ألما آتا | بايكونور
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country KGZ]
name: قرغيزستان | قيرغيزستان | جمهورية قرغيزستان
nisba: قرغيزي
nisba-form: قيرغيزي | قيرغيزية | قيرغيزيون | قيرغيزيين | قرغيزستاني | قرغيزستانية
capital: بيشكيك
place: أوش
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country TJK]
name: طاجيكستان | جمهورية طاجيكستان
nisba: طاجيكي
nisba-form: طاجيكستاني | طاجيكستانية | طاجيك
capital: دوشنبه
place: خجند
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
# بخارى left out: it normalises like البخاري (Imam al-Bukhari)
place: سمرقند | أنديجان | ترمذ
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country AFG]
name: أفغانستان | جمهورية أفغانستان الإسلامية | إمارة أفغانستان الإسلامية
nisba: أفغاني
nisba-form: أفغان
# كابل is also the word "cable"; it is nevertheless the press spelling of Kabul
capital: كابل | كابول
# provinces and cities (Kabul is the capital); زابل left out (also Zabol, IRN)
place: قندهار | هلمند | هرات | مزار شريف | جلال آباد | قندوز | غزني | خوست | بكتيا | ننغرهار | ننجرهار | بدخشان
place: بغلان | بلخ | فارياب | لوغار | وردك | ميدان وردك | كونار | كنر | نورستان | باميان | بنجشير | بروان | كابيسا
place: أرزكان | أوروزغان | فراه | نيمروز | لشكر غاه | لشكرغاه | باغرام | بغرام | سبين بولدك | جوزجان | سمنجان
place: تخار | بادغيس | بكتيكا | لغمان | تورا بورا | شبرغان | طورخم
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PAK]
name: باكستان | جمهورية باكستان الإسلامية
nisba: باكستاني
capital: إسلام آباد | إسلاماباد
# provinces, districts, cities (Islamabad is the capital); خيبر alone (Khaybar, SAU; the battle; a missile)
# and السند 'support' only qualified; بنو 'sons of' left out; البنجاب and حيدر آباد left out (also IND)
place: بيشاور | كراتشي | لاهور | كويتا | راولبندي | روالبندي | سوات | وادي سوات | منغورا | وزيرستان | باجور
place: خيبر بختونخوا | ممر خيبر | منطقة خيبر القبلية | بلوشستان | إقليم السند | ديرا إسماعيل خان | فيصل آباد
place: ملتان | أبوت آباد | مردان | كوهات | أوركزاي | مهمند | تشارسادة | نوشهرة | غوادر | جوادر | سيالكوت
place: بهاولبور | لاركانا | تشامان
# Pakistani-administered Kashmir (bare كشمير is under IND)
place: كشمير الباكستانية | آزاد كشمير | مظفر آباد | جيلجيت بلتستان | جلجت بلتستان
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

# =====================================================================  Asia and the Pacific

[country IND]
name: الهند | جمهورية الهند
nisba: هندي
nisba-form: هنود
capital: نيودلهي | نيو دلهي
# states and cities (New Delhi is the capital); كشمير alone is put here: most events so named are in Indian-
# administered Kashmir (the Pakistani side is «كشمير الباكستانية / آزاد كشمير», PAK); غوا 'by air' left out
place: مومباي | بومباي | كلكتا | كولكاتا | بنغالور | بنغالورو | تشيناي | مدراس | أحمد آباد | دلهي | أغرا | أيوديا
place: أيودهيا | أمريتسار | كشمير | كشمير الهندية | جامو وكشمير | جامو | سريناغار | لاداخ | باهالغام | بونش
place: مانيبور | آسام | كيرالا | غوجارات | كجرات | جوجارات | أوتار براديش | ماهاراشترا | بيهار | البنغال الغربية
place: تاميل نادو | كارناتاكا | راجستان | أوديشا | تلنغانا | لكناو | فاراناسي | بنارس | بوبال | أروناتشال براديش
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BGD]
name: بنغلاديش | بنجلاديش | جمهورية بنغلاديش الشعبية
nisba: بنغلاديشي
nisba-form: بنجلاديشي | بنجلاديشية | بنجلاديشيون | بنجلاديشيين
capital: دكا | داكا
place: شيتاغونغ | تشيتاغونغ | كوكس بازار | سيلهيت
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country LKA]
name: سريلانكا | سري لانكا
nisba: سريلانكي
capital: كولومبو | سري جاياواردنبورا كوتي
place: جافنا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
# capital ماليه (Malé) left out: it normalises like المالية "finance"; the periphrasis is listed instead
capital: العاصمة المالديفية
source: ISO 3166-1 alpha-3; Arabic press usage; capital: press periphrasis

[country CHN]
# «بر الصين الرئيسي» (CLDR) is not press usage and is left out
name: الصين | جمهورية الصين الشعبية | الصين الشعبية
nisba: صيني
capital: بكين
seat: تشونغنانهاي
# Hong Kong and Macau are coded CHN (no separate country block)
place: شنغهاي | شانغهاي | هونغ كونغ | هونج كونج | ماكاو | شينجيانغ | شينجيانج | تركستان الشرقية | التبت | ووهان
place: قوانغتشو | غوانغتشو | قوانغدونغ | غوانغدونغ | تيانجين | تشونغتشينغ | أورومتشي | كاشغر | منغوليا الداخلية
place: هاينان | فوجيان | سيتشوان | شنتشن | هانغتشو | تشنغدو | نانجينغ | داليان | شيامن
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country TWN]
name: تايوان | جمهورية الصين
nisba: تايواني
capital: تايبيه | تايبي
place: كاوهسيونغ
source: ISO 3166-1 alpha-3 (CAMEO TWN); Arabic press usage; places: Arabic press usage

[country JPN]
name: اليابان
nisba: ياباني
capital: طوكيو
place: أوساكا | هيروشيما | ناغازاكي | ناجازاكي | أوكيناوا | فوكوشيما | كيوتو | يوكوهاما | ناغويا | سابورو
place: هوكايدو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PRK]
# the nisba is two words: `nisba:` derives only the masculine singular correctly (the derivation inflects
# the last word), so the other forms are written out (كوري alone goes to KOR). Words after the first
# must match exactly, so the definite forms («الكوري الشمالي»: ال on both words) are written out too;
# without them «الزعيم الكوري الشمالي» fell back to كوري → KOR.
name: كوريا الشمالية | جمهورية كوريا الديمقراطية الشعبية | كوريا الديمقراطية
nisba: كوري شمالي
nisba-form: كورية شمالية | كوريون شماليون | كوريين شماليين | كوريتان شماليتان
nisba-form: كوري الشمالي | كورية الشمالية | كوريون الشماليون | كوريين الشماليين
capital: بيونغ يانغ | بيونغيانغ
place: يونغبيون
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country KOR]
name: كوريا الجنوبية | جمهورية كوريا
# كوري alone is usually South Korea (الشركات الكورية); «الكوري الشمالي» must go to PRK by longest match
nisba: كوري
nisba-form: كوري جنوبي | كورية جنوبية | كوريون جنوبيون | كوريين جنوبيين
nisba-form: كوري الجنوبي | كورية الجنوبية | كوريون الجنوبيون | كوريين الجنوبيين
capital: سول
# «سيول» is also «torrents» (تصريف السيول، السيول والأمطار): Seoul only where Korea is named otherwise
capital-homograph: سيول
place: بوسان | إنتشون | جزيرة جيجو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country MNG]
name: منغوليا
nisba: منغولي
capital: أولان باتور | أولانباتار
source: ISO 3166-1 alpha-3; Arabic press usage

[country MMR]
name: ميانمار | بورما | جمهورية اتحاد ميانمار | اتحاد ميانمار
nisba: ميانماري
nisba-form: بورمي | بورمية | بورميون | بورميين
capital: نايبيداو | نايبيتاو
place: راخين | أراكان | يانغون | رانغون | ماندالاي | سيتوي | ماونغداو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country THA]
name: تايلاند | تايلندا | مملكة تايلاند
nisba: تايلاندي
nisba-form: تايلندي | تايلندية | تايلنديون | تايلنديين
capital: بانكوك
place: بوكيت | فطاني | باتاني | ناراثيوات | شيانغ ماي | باتايا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: مدينة هو تشي منه | سايغون | دا نانغ
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country MYS]
name: ماليزيا
nisba: ماليزي
capital: كوالالمبور | كوالا لمبور | بوتراجايا
place: بينانغ | ساراواك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country SGP]
name: سنغافورة
nisba: سنغافوري
capital: مدينة سنغافورة
source: ISO 3166-1 alpha-3; Arabic press usage

[country IDN]
name: إندونيسيا | جمهورية إندونيسيا
nisba: إندونيسي
capital: جاكرتا | نوسانتارا
# بالي alone is also 'my mind' (ببالي): only «جزيرة بالي»
place: جزيرة بالي | آتشيه | سومطرة | جاوة | سولاويسي | سورابايا | لومبوك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PHL]
name: الفلبين | جمهورية الفلبين
nisba: فلبيني
capital: مانيلا
place: مينداناو | ماراوي | جولو | دافاو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BRN]
name: بروناي | بروناي دار السلام
nisba: بروناوي
capital: بندر سري بكاوان
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: Arabic press usage (rare)

[country TLS]
name: تيمور الشرقية | تيمور ليشتي
nisba: تيموري
# capital ديلي (Dili) left out: it collides with ديلي تلغراف / ديلي ميل; the periphrasis is listed instead
capital: العاصمة التيمورية
source: ISO 3166-1 alpha-3; Arabic press usage; capital: press periphrasis

[country AUS]
name: أستراليا
nisba: أسترالي
capital: كانبيرا
place: سيدني | ملبورن | بريسبان | بريزبن | بيرث | أديلايد | كوينزلاند | تسمانيا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country NZL]
name: نيوزيلندا | نيوزيلاندا
nisba: نيوزيلندي
capital: ويلينغتون | ولنغتون
place: كرايستشيرش | كرايست تشيرش | أوكلاند
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PNG]
name: بابوا غينيا الجديدة
# بابوي is "papal" (السفير البابوي، الزيارة البابوية) and غيني is GIN; the press writes «من بابوا غينيا
# الجديدة»: a homograph nisba, read only in a sentence that names the country otherwise
nisba-homograph: بابوي
capital: بورت مورسبي
source: ISO 3166-1 alpha-3; Arabic press usage

[country FJI]
name: فيجي | جزر فيجي
nisba: فيجي
capital: سوفا
source: ISO 3166-1 alpha-3; Arabic press usage

[country SLB]
# سليماني is also the surname Soleimani (قاسم سليماني): a homograph nisba, read only with the islands named
nisba-homograph: سليماني
name: جزر سليمان
capital: هونيارا
source: ISO 3166-1 alpha-3; Arabic press usage

[country VUT]
name: فانواتو
nisba: فانواتي
capital: بورت فيلا
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country WSM]
name: ساموا
nisba: ساموي
capital: آبيا
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country TON]
name: تونغا
nisba: تونغي
capital: نوكوالوفا
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country KIR]
name: كيريباتي
nisba: كيريباتي
capital: تاراوا الجنوبية
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country TUV]
name: توفالو
nisba: توفالي
capital: فونافوتي
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country NRU]
name: ناورو
nisba: ناوروي
capital: يارين
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country PLW]
name: بالاو
nisba: بالاوي
capital: نغيرولمود
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country MHL]
name: جزر مارشال
nisba: مارشالي
capital: ماجورو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country FSM]
name: ميكرونيزيا | ولايات ميكرونيزيا المتحدة
nisba: ميكرونيزي
capital: باليكير
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

# =====================================================================  Europe

[country RUS]
name: روسيا | روسيا الاتحادية | الاتحاد الروسي
nisba: روسي | شيشاني
nisba-form: روس
capital: موسكو
seat: الكرملين
place: سانت بطرسبرغ | سان بطرسبرغ | سانت بطرسبورغ | سان بطرسبورغ | بطرسبرغ | بطرسبورغ | كورسك | بيلغورود | بريانسك
place: روستوف | فولغوغراد | قازان | كازان | نوفوسيبيرسك | الشيشان | غروزني | داغستان | محج قلعة | إنغوشيا
place: أوسيتيا الشمالية | كالينينغراد | سوتشي | فلاديفوستوك | سيبيريا | يكاترينبورغ | مورمانسك | نيجني نوفغورود
place: تتارستان | بسكوف | كراسنودار | سمولينسك | فورونيج | ساراتوف | سامارا | باشكورتوستان | إنغلز
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country UKR]
name: أوكرانيا
nisba: أوكراني
# كييف only: كيف is the word "how"
capital: كييف
# Crimea and the oblasts annexed by Russia (2014, 2022) are Ukrainian territory under international law;
# لفيف 'a crowd' (لفيف من) only with «مدينة»
place: خاركيف | خاركوف | أوديسا | دونيتسك | لوغانسك | لوهانسك | زابوريجيا | زابوروجيا | خيرسون | ماريوبول | دنيبرو
place: دنيبروبتروفسك | مدينة لفيف | دونباس | باخموت | أفدييفكا | كراماتورسك | سلوفيانسك | بوتشا | إيربين | ميكولايف
place: نيكولاييف | سومي | تشيرنيهيف | بولتافا | جيتومير | تشرنوبل | تشيرنوبيل | كريمينتشوك | كوبيانسك | بوكروفسك
place: ليسيتشانسك | سيفيرودونيتسك | فوغليدار | إيزيوم | ميليتوبول | بيرديانسك | نوفا كاخوفكا | سد كاخوفكا
place: فينيتسيا | جزيرة الثعبان | القرم | شبه جزيرة القرم | سيفاستوبول | كيرتش
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BLR]
name: بيلاروسيا | بيلاروس | روسيا البيضاء
nisba: بيلاروسي
capital: مينسك
source: ISO 3166-1 alpha-3; Arabic press usage

[country MDA]
name: مولدوفا | مولدافيا
nisba: مولدوفي
capital: كيشيناو
# Transnistria: Moldovan territory under international law
place: ترانسنيستريا | بريدنيستروفيا | تيراسبول
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country GBR]
name: المملكة المتحدة | بريطانيا | بريطانيا العظمى | المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية
nisba: بريطاني
capital: لندن
seat: داونينغ ستريت | داوننغ ستريت
place: إنجلترا | إنكلترا | اسكتلندا | سكوتلندا | ويلز | أيرلندا الشمالية | مانشستر | ليفربول | برمنغهام | برمنجهام
place: إدنبرة | غلاسكو | بلفاست | كارديف | أكسفورد | كامبريدج | ليدز | شيفيلد | بريستول | نيوكاسل | ليستر
place: ساوثبورت | دوفر | جبل طارق
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
# overseas territories are coded FRA; ليل 'night' and كان 'was' left out; ليون («بليون» billion) and نيس
# («كنيس» synagogue) only with «مدينة»
place: مرسيليا | مدينة ليون | مدينة نيس | تولوز | بوردو | ستراسبورغ | نانت | كاليه | كورسيكا | نورماندي | الألزاس | مونبلييه
place: غرونوبل | فرساي | مايوت | كاليدونيا الجديدة | غويانا الفرنسية | مارتينيك | غوادلوب | لا ريونيون
place: بولينيزيا الفرنسية
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country DEU]
name: ألمانيا | جمهورية ألمانيا الاتحادية
nisba: ألماني
nisba-form: ألمان
capital: برلين
# بون left out: also 'gap' (بون شاسع)
place: هامبورغ | ميونيخ | ميونخ | فرانكفورت | كولونيا | شتوتغارت | دوسلدورف | لايبزيغ | دريسدن | هانوفر | بريمن
place: دورتموند | نورنبرغ | ماغديبورغ | زولينغن | بافاريا | ساكسونيا | تورينغن | رامشتاين
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ITA]
name: إيطاليا | الجمهورية الإيطالية
nisba: إيطالي
capital: روما
seat: قصر كيجي | قصر كويرينالي
# البندقية 'the rifle' left out (فينيسيا is listed); ميلان (AC Milan) left out
place: ميلانو | نابولي | تورينو | فلورنسا | فينيسيا | جنوة | باليرمو | كاتانيا | صقلية | سردينيا | كالابريا
place: لامبيدوزا | سيغونيلا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ESP]
name: إسبانيا | مملكة إسبانيا
nisba: إسباني
nisba-form: إسبان
capital: مدريد
seat: قصر مونكلوا | مونكلوا
# Ceuta and Melilla are Spanish (Moroccan press: سبتة ومليلية المحتلتان)
place: برشلونة | بلنسية | فالنسيا | إشبيلية | ملقة | مالقة | سرقسطة | بلباو | غرناطة | قرطبة | طليطلة | كتالونيا
place: كاتالونيا | إقليم الباسك | بلاد الباسك | جزر الكناري | جزر البليار | مايوركا | الجزيرة الخضراء | سبتة
place: مليلية
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PRT]
name: البرتغال | الجمهورية البرتغالية
nisba: برتغالي
capital: لشبونة
place: بورتو | ماديرا | جزر الأزور
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country NLD]
name: هولندا | مملكة هولندا
nisba: هولندي
# لاهاي (seat of government) is not a capital key: in Arabic news it almost always stands for the
# ICJ / ICC; it is listed as a place (never an actor) below
capital: أمستردام
# لاهاي as a place only (as an actor it stands for the ICJ / ICC)
place: لاهاي | روتردام | أوتريخت
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BEL]
name: بلجيكا | مملكة بلجيكا
nisba: بلجيكي
# بروكسل is not a capital key: as an actor it nearly always stands for the EU (IGOEUR), not Belgium;
# it is a place (never an actor) below, and the periphrasis «العاصمة البلجيكية» is the capital key
capital: العاصمة البلجيكية
# بروكسل as a place only (a place never acts, so the EU metonym is not coded BEL)
place: بروكسل | أنتويرب | مولنبيك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage; capital: press periphrasis

[country LUX]
name: لوكسمبورغ | لوكسمبورج | دوقية لوكسمبورغ الكبرى
nisba: لوكسمبورغي
capital: مدينة لوكسمبورغ
source: ISO 3166-1 alpha-3; Arabic press usage

[country CHE]
name: سويسرا | الاتحاد السويسري
nisba: سويسري
capital: برن | بيرن
place: جنيف | زيورخ | دافوس | لوزان | بازل | لوغانو | لوتسيرن | بورغنستوك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country AUT]
name: النمسا | جمهورية النمسا
nisba: نمساوي
capital: فيينا
place: سالزبورغ | إنسبروك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country LIE]
name: ليختنشتاين
nisba: ليختنشتايني
capital: فادوز
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country MCO]
name: موناكو | إمارة موناكو
# الموناكي also names the football club AS Monaco in sports news
nisba: موناكي
capital: مدينة موناكو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: Arabic press usage

[country AND]
name: أندورا | إمارة أندورا
nisba: أندوري
capital: أندورا لا فيلا
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country SMR]
name: سان مارينو
# two words; only the last inflects, which is right for this one
nisba: سان ماريني
capital: مدينة سان مارينو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

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
place: سالونيك | تسالونيكي | كريت | جزيرة كريت | ليسبوس | ليسفوس | رودس | بيرايوس
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: ميتروفيتسا | بريزرن
source: CAMEO country codes (KSV); Arabic press usage; places: Arabic press usage

[country SRB]
name: صربيا | جمهورية صربيا
nisba: صربي
nisba-form: صرب
capital: بلغراد
place: نوفي ساد
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: سربرنيتسا | سريبرينيتسا | موستار | بانيا لوكا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
# بولونيا (Bologna) is a name of POL here, so not under ITA
place: كراكوف | غدانسك | جيشوف
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: كونستانتا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: غوتنبرغ | مالمو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
# Greenland is part of the Kingdom of Denmark
place: غرينلاند | جرينلاند
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: تيغراي | تيغري | أمهرة | أوروميا | أوغادين | ميكيلي | غوندار | بحر دار | إقليم عفر | بني شنقول | دير داوا
place: هرر | أكسوم | لاليبيلا | جيجيغا | سد النهضة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ERI]
name: إريتريا | إرتيريا
nisba: إريتري
nisba-form: إرتيري | إرتيرية
capital: أسمرة
# عصب 'nerve' only with «ميناء»
place: مصوع | ميناء عصب
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country SSD]
# «جنوب السودان» is the name; the nisba is two words («الجيش الجنوب سوداني»): only the second word
# inflects, so the derived forms are right. «الجنوب السوداني» (ال on both words) does not match it.
name: جنوب السودان | جمهورية جنوب السودان
nisba: جنوب سوداني
capital: جوبا
# الوحدة 'unity' only with «ولاية»; أبيي left out (disputed with SDN)
place: ملكال | بانتيو | أعالي النيل | جونقلي | جونغلي | بحر الغزال | توريت | رومبيك | الرنك | ولاية الوحدة
# independent on 9 July 2011; before that «جنوب السودان» and its towns are a region of Sudan
since: 2011-07-09
part-of: SDN
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage; independence: UN GA resolution 65/308 (admission, 14 July 2011), independence declared 9 July 2011

[country KEN]
name: كينيا
nisba: كيني
capital: نيروبي
place: مومباسا | كيسومو | ناكورو | غاريسا | لامو | مانديرا | داداب | كاكوما | إلدوريت
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country UGA]
name: أوغندا
nisba: أوغندي
capital: كمبالا
place: عنتيبي | غولو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country TZA]
name: تنزانيا
nisba: تنزاني
capital: دودوما | دار السلام
# زنجبار alone left out (also Zinjibar, Abyan, YEM)
place: أروشا | جزيرة زنجبار
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: غوما | بوكافو | كيفو | إيتوري | لوبومباشي | كيسانغاني | كاتانغا | كاساي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country COG]
name: جمهورية الكونغو | الكونغو | الكونغو برازافيل
# كونغولي is shared with the DRC and listed under COD (one code per form); the press has no separate
# adjective for Congo-Brazzaville: a homograph nisba, COG when the sentence names it (برازافيل) and not the DRC
nisba-homograph: كونغولي
capital: برازافيل
source: ISO 3166-1 alpha-3; Arabic press usage

[country CAF]
name: جمهورية أفريقيا الوسطى | أفريقيا الوسطى
# two adjectives that both inflect: the other forms are written out (rare in press;
# أفريقي alone is "African" and is not a nisba anywhere)
nisba: أفريقي أوسطي
nisba-form: أفريقية أوسطية | أفريقيون أوسطيون | أفريقيين أوسطيين | أفريقي الأوسطي | أفريقية الأوسطية
capital: بانغي
place: بامباري | بيراو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage; nisba: Arabic press usage (rare)

[country TCD]
name: تشاد | جمهورية تشاد
nisba: تشادي
capital: نجامينا | انجامينا
# موندو left out (El Mundo, the newspaper)
place: أبشي | تيبستي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country NER]
name: النيجر | جمهورية النيجر
nisba: نيجري
capital: نيامي
place: أغاديز | تيلابيري | ديفا | مارادي | زيندر | طاوة
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country NGA]
name: نيجيريا | جمهورية نيجيريا الاتحادية
nisba: نيجيري
capital: أبوجا
# كانو (a common misspelling of كانوا) and جوس only qualified
place: لاغوس | ولاية كانو | مدينة كانو | مايدوغوري | ميدوغوري | بورنو | يوبي | أداماوا | كادونا | زامفارا | سوكوتو | كاتسينا
place: بورت هاركورت | دلتا النيجر | مدينة جوس | شيبوك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country MLI]
# WARNING: «مالي» is also "financial" (دعم مالي) and "my money"; as a plain nisba it would turn «وزارة
# المالية» into Mali, so it is a homograph nisba: «الجيش المالي» is Mali's army only in a sentence that
# names Mali otherwise (باماكو، تمبكتو، في مالي …).
nisba-homograph: مالي
name: مالي | جمهورية مالي
capital: باماكو
place: تمبكتو | تومبوكتو | غاو | كيدال | موبتي | سيغو | أزواد | ميناكا | سيكاسو | تساليت | أغيلهوك
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BFA]
name: بوركينا فاسو | بوركينافاسو
nisba: بوركيني
capital: واغادوغو
place: بوبو ديولاسو | جيبو | فادا نغورما
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country SEN]
name: السنغال
nisba: سنغالي
capital: داكار
place: كازامانس | تييس | زيغنشور
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
# غيني alone is GIN: the two-word forms are written out (rare in press)
nisba: غيني بيساوي
nisba-form: غينية بيساوية | غينيون بيساويون | غينيين بيساويين | غيني البيساوي | غينية البيساوية
capital: بيساو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: Arabic press usage (rare)

[country GNQ]
name: غينيا الاستوائية
# غيني alone is GIN: the two-word forms are written out
nisba: غيني استوائي
nisba-form: غينية استوائية | غينيون استوائيون | غينيين استوائيين | غيني الاستوائي | غينية الاستوائية
capital: مالابو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: Arabic press usage

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
place: بواكيه
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country GHA]
name: غانا
nisba: غاني
capital: أكرا
place: كوماسي
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
place: دوالا | بامندا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country GAB]
name: الغابون | غابون
nisba: غابوني
capital: ليبرفيل
source: ISO 3166-1 alpha-3; Arabic press usage

[country STP]
name: ساو تومي وبرينسيب
nisba: ساوتومي
capital: ساو تومي
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country CPV]
name: الرأس الأخضر | كابو فيردي
nisba: كابوفيردي
capital: برايا
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country AGO]
name: أنغولا | أنجولا
nisba: أنغولي
capital: لواندا
place: كابيندا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ZMB]
name: زامبيا
nisba: زامبي
capital: لوساكا
source: ISO 3166-1 alpha-3; Arabic press usage

[country MWI]
name: مالاوي | ملاوي
nisba: مالاوي
nisba-form: ملاوي | ملاوية | ملاويون | ملاويين
capital: ليلونغوي
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: Arabic press usage

[country MOZ]
name: موزمبيق
nisba: موزمبيقي
capital: مابوتو
# بيرا (Beira) left out: «كبيرا» 'big' reads ك + بيرا
place: كابو ديلغادو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ZWE]
name: زيمبابوي
nisba: زيمبابوي
capital: هراري
place: بولاوايو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BWA]
name: بوتسوانا
nisba: بوتسواني
capital: غابورون
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country NAM]
name: ناميبيا
nisba: ناميبي
capital: ويندهوك
source: ISO 3166-1 alpha-3; Arabic press usage

[country ZAF]
# «جنوب أفريقي» (الرئيس الجنوب أفريقي) is also "southern African", but that sense is written with ال on both
# words (دول الجنوب الأفريقي، سادك) and words after the first must match exactly, so it does not match.
name: جنوب أفريقيا | جمهورية جنوب أفريقيا
nisba: جنوب أفريقي
capital: بريتوريا | كيب تاون
place: جوهانسبرغ | جوهانسبرج | ديربان | سويتو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country LSO]
name: ليسوتو
nisba: ليسوتي
capital: ماسيرو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country SWZ]
name: إسواتيني | سوازيلاند
nisba: سوازي
capital: مباباني | لوبامبا
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country MDG]
name: مدغشقر
nisba: مدغشقري
capital: أنتاناناريفو
source: ISO 3166-1 alpha-3; Arabic press usage

[country MUS]
name: موريشيوس
nisba: موريشيوسي
capital: بورت لويس
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country SYC]
name: سيشل | سيشيل
nisba: سيشيلي
nisba-form: سيشلي | سيشلية | سيشليون | سيشليين
# capital فيكتوريا (Victoria) left out: a common given name (and Lake Victoria, the Australian state);
# the periphrasis is listed instead
capital: العاصمة السيشيلية
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press); capital: press periphrasis

[country ESH]
# Disputed territory (Morocco: الأقاليم الجنوبية / الصحراء المغربية, not listed: they are Moroccan
# framing and name the same land).
name: الصحراء الغربية | الجمهورية العربية الصحراوية الديمقراطية
# صحراوي is also "desert-" (منطقة صحراوية، طرق صحراوية), far more frequent than "Sahrawi": a homograph
# nisba, read only in a sentence that names the territory otherwise
nisba-homograph: صحراوي
# capital العيون (Laayoune) bare is the everyday word "eyes / springs": only «مدينة العيون»
capital: مدينة العيون
# towns of the territory (العيون bare is 'eyes'; الداخلة also 'entering' and an Egyptian oasis)
place: مدينة الداخلة | السمارة | الكركرات | معبر الكركرات | بوجدور | تيفاريتي | بئر لحلو
source: ISO 3166-1 alpha-3 (CAMEO ESH); Arabic press usage; places: Arabic press usage; capital: «مدينة العيون»

# =====================================================================  Americas

[country USA]
# أمريكا / أميركا are also the first word of أمريكا اللاتينية / الجنوبية / الشمالية / الوسطى
name: الولايات المتحدة | الولايات المتحدة الأمريكية | الولايات المتحدة الأميركية | أمريكا | أميركا
nisba: أمريكي
nisba-form: أميركي | أميركية | أميركيون | أميركيين | أميركيات | أميركيان | أميركيتان | أميركيتين | أمريكان | أميركان
capital: واشنطن
seat: البيت الأبيض | المكتب البيضاوي | الإدارة الأمريكية | الإدارة الأميركية | إدارة أوباما | إدارة الرئيس أوباما | إدارة الرئيس باراك أوباما | إدارة الرئيس الأمريكي
# cities (Washington is the capital); فيلادلفيا left out (also «محور فيلادلفيا», Gaza)
place: نيويورك | لوس أنجلوس | لوس أنجليس | شيكاغو | هيوستن | ميامي | سان فرانسيسكو | بوسطن | سياتل | دالاس
place: أتلانتا | لاس فيغاس | لاس فيجاس | ديترويت | ديربورن | مينيابوليس | بالتيمور | دنفر | فينيكس | سان دييغو
place: أورلاندو | نيو أورلينز | مانهاتن | بروكلين | وادي السيليكون | كامب ديفيد | مار إيه لاغو | بيرل هاربر
# states and territories; جورجيا left out (the country, GEO)
place: فلوريدا | تكساس | كاليفورنيا | أريزونا | ميشيغان | ميشيغن | أوهايو | بنسلفانيا | فرجينيا | فيرجينيا
place: ويسكونسن | نيوجيرسي | نيو جيرسي | ماساتشوستس | كارولينا الشمالية | كارولينا الجنوبية | ألاسكا | هاواي
place: مينيسوتا | إلينوي | لويزيانا | نيفادا | أيوا | نيو هامبشير | كنتاكي | تينيسي | ماريلاند | كولورادو
place: أوريغون | ألاباما | ميزوري | كانساس | أوكلاهوما | نيو مكسيكو | بورتوريكو | غوام
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country CAN]
name: كندا
nisba: كندي
capital: أوتاوا
# كولومبيا البريطانية wins over كولومبيا (COL) by longest match
place: تورونتو | تورنتو | مونتريال | فانكوفر | كيبيك | كالغاري | أونتاريو | ألبرتا | كولومبيا البريطانية
place: هاليفاكس
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country MEX]
name: المكسيك | الولايات المكسيكية المتحدة
nisba: مكسيكي
capital: مكسيكو سيتي | مدينة مكسيكو
place: تيخوانا | غوادالاخارا | مونتيري | سيوداد خواريز | كانكون | أكابولكو | سينالوا | ميتشواكان | تاماوليباس
place: كولياكان | تشياباس
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country GTM]
name: غواتيمالا
nisba: غواتيمالي
capital: مدينة غواتيمالا
source: ISO 3166-1 alpha-3; Arabic press usage

[country BLZ]
name: بليز
nisba: بليزي
capital: بلموبان
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

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
# سانتياغو دي كوبا wins over سانتياغو (capital of CHL) by longest match; غوانتانامو left out (US base)
place: سانتياغو دي كوبا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

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
# دومينيكي is also the Dominican Republic's (الجمهورية الدومينيكية، DOM): a homograph nisba, DMA when the
# sentence names Dominica (روزو) and not the Dominican Republic
nisba-homograph: دومينيكي
capital: روزو
source: ISO 3166-1 alpha-3; Arabic press usage

[country BHS]
name: جزر البهاما | البهاما | جزر الباهاماس
nisba: باهامي
capital: ناسو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country BRB]
name: باربادوس
nisba: باربادوسي
capital: بريدجتاون
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country TTO]
name: ترينيداد وتوباغو | ترينيداد وتوباجو
nisba: ترينيدادي
capital: بورت أوف سبين
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country GRD]
name: غرينادا
nisba: غرينادي
capital: سانت جورجز
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country LCA]
name: سانت لوسيا
# two words; only the last inflects, which is right for this one
nisba: سانت لوسي
capital: كاستريس
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country VCT]
name: سانت فنسنت والغرينادين | سانت فينسنت وجزر غرينادين
nisba: فينسنتي
capital: كينغستاون
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country KNA]
name: سانت كيتس ونيفيس
nisba: كيتسي
capital: باستير
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country ATG]
name: أنتيغوا وباربودا
nisba: أنتيغوي
capital: سانت جونز
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country COL]
name: كولومبيا
nisba: كولومبي
capital: بوغوتا
place: ميديلين | ميديين | كالي | كارتاخينا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country VEN]
name: فنزويلا | جمهورية فنزويلا البوليفارية
nisba: فنزويلي
capital: كاراكاس
seat: قصر ميرافلوريس
place: ماراكايبو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country ECU]
name: الإكوادور
nisba: إكوادوري
capital: كيتو
place: غواياكيل
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PER]
name: بيرو | البيرو
nisba: بيروفي
capital: ليما
place: كوسكو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country BOL]
name: بوليفيا
nisba: بوليفي
capital: سوكري | لاباز | لا باز
source: ISO 3166-1 alpha-3; Arabic press usage

[country BRA]
name: البرازيل
nisba: برازيلي
capital: برازيليا
place: ريو دي جانيرو | ساو باولو | ماناوس | بيليم | بورتو أليغري
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country PRY]
name: باراغواي | باراجواي | الباراغواي | الباراجواي
nisba: باراغوياني
nisba-form: باراغواياني | باراغوايانية | باراغوايانيون | باراغوايانيين | باراجوياني | باراجويانية | باراجويانيون | باراجويانيين
capital: أسونسيون
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: Arabic press usage (sports)

[country URY]
name: أوروغواي | الأوروغواي | أوروجواي
nisba: أوروغوياني
nisba-form: أوروجوياني | أوروجويانية | أوروجويانيون | أوروجويانيين | أوروغواياني | أوروغوايانية | أوروغوايانيون | أوروغوايانيين
capital: مونتيفيديو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: Arabic press usage (sports)

[country ARG]
name: الأرجنتين
nisba: أرجنتيني
capital: بوينس آيرس
# جزر فوكلاند / مالفيناس left out (British-administered, claimed by Argentina)
place: روساريو | مندوزا
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country CHL]
name: تشيلي | شيلي
nisba: تشيلي
capital: سانتياغو
place: فالبارايسو
source: ISO 3166-1 alpha-3; Arabic press usage; places: Arabic press usage

[country GUY]
name: غيانا | غويانا
nisba: غياني
capital: جورجتاون
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)

[country SUR]
name: سورينام
nisba: سورينامي
capital: باراماريبو
source: ISO 3166-1 alpha-3; Arabic press usage; nisba: regular derivation (rare in press)
