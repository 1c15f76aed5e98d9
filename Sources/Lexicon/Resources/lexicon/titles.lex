# Tawthiq lexicon: offices (titles) that people hold.
#
# A title binds a mention such as «وزير الخارجية الروسي» or «الرئيس السوري بشار الأسد» to a role:
# with a country (nisba, genitive name, construct) the role code combines with it (RUSGOV); with a
# known person the person's dated role wins and the title is checked against it.
# Feminine forms are written out because they differ by more than ta marbuta (الرئيسة, وزيرة).
# Keys are normalised like the text, so hamza / alef maqsura / ta marbuta variants are not repeated.
#
# Every title has a `source:` line (the parser's schema accepts it for titles).

# ---------------------------------------------------------------- heads of state and government

[title president]
# The dual (الرئيسان السوري والروسي) names two presidents, one per coordinated nisba. Only the
# nominative: its oblique «الرئيسين» would also match the indefinite «بين رئيسين أميركي وسوري».
name: الرئيس | الرئيسة | رئيس الجمهورية | رئيسة الجمهورية | رئيس الدولة | رئيس دولة | رئيسة الدولة | الرئيسان
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title governor-general]
# The Crown's representative in a Commonwealth realm (Jamaica, Canada, Australia …), whom the Saudi
# press congratulates on independence day: «الرئيس باتريك ألين حاكم عام جامايكا».
name: الحاكم العام | حاكم عام | الحاكمة العامة | حاكمة عامة
role: GOV
source: Arabic press usage (Saudi Press Agency cables, 2015)

[title vice-president]
name: نائب الرئيس | نائبة الرئيس | نائب رئيس الجمهورية | نائبة رئيس الجمهورية | النائب الأول للرئيس | النائب الأول لرئيس الجمهورية
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title prime-minister]
# الوزير الأول: Algeria (2008-), Mauritania, Morocco before 2011, Tunisia (2011-2014 usage varied).
name: رئيس الوزراء | رئيسة الوزراء | رئيس وزراء | رئيسة وزراء | رئيس الحكومة | رئيسة الحكومة | رئيس مجلس الوزراء | رئيسة مجلس الوزراء | الوزير الأول | الوزيرة الأولى
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title deputy-prime-minister]
name: نائب رئيس الوزراء | نائبة رئيس الوزراء | نائب رئيس الحكومة | نائب رئيس مجلس الوزراء | نائبة رئيس الحكومة
# the Gulf styles of a crown prince's or a prince's cabinet office («النائب الأول لرئيس مجلس الوزراء»)
name: النائب الأول لرئيس مجلس الوزراء | النائب الثاني لرئيس مجلس الوزراء | النائب الأول لرئيس الوزراء | النائب الثاني لرئيس الوزراء | النائب الأول لرئيس الحكومة
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title chancellor]
# «المستشار» alone is also "adviser": the country (المستشار الألماني / النمساوي) or the person disambiguates.
name: المستشار | المستشارة
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title king]
# الملكة: a reigning queen (Elizabeth II); a queen consort (الملكة رانيا) is bound by her own person entry if any.
# خادم الحرمين الشريفين (the Saudi king's style) is not a title here: it is the `short:` of the three
# kings in people.lex, so the story's date picks the reigning one (and SAUGOV).
name: الملك | العاهل | الملكة
role: GOV
# Stop 37: only kingdoms have one: «الملك يبحث تطورات المنطقة مع وزير الخارجية المصري» is no
# Egyptian king. Bare, with none of these states named, it is the home press's own; other kings
# are written with their state («ملك الأردن»، «العاهل المغربي»).
states: SAU BHR JOR MAR GBR NOR SWE DNK NLD BEL ESP THA MYS KHM BTN LSO SWZ TON
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title emperor]
name: الإمبراطور | إمبراطور
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title crown-prince]
name: ولي العهد | ولي عهد
role: GOV
# Only monarchies have one: «وزير الخارجية المصري … لقاءه بسمو ولي العهد» is no Egyptian crown
# prince. Bare, with none of these states named, it is the home press's own (2015: Muqrin, then
# Muhammad bin Nayef); other crown princes are written with their state («ولي عهد البحرين»).
states: SAU BHR KWT JOR ARE MAR OMN QAT GBR JPN NOR SWE DNK NLD BEL ESP THA BRN LSO SWZ TON LIE MCO
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title deputy-crown-prince]
# Saudi Arabia 2014-2017 (Muqrin, Muhammad bin Nayef, Muhammad bin Salman).
name: ولي ولي العهد
role: GOV
country: SAU
source: Arabic press usage; official Arabic styles of the office

[title emir]
# «الأمير» is also any prince (الأمير فيصل بن فرحان); the person entry decides.
name: الأمير | أمير
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title sultan]
name: السلطان | سلطان
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title supreme-leader]
name: المرشد الأعلى | المرشد الأعلى للثورة الإسلامية | مرشد الثورة | مرشد الجمهورية الإسلامية | قائد الثورة الإسلامية | الولي الفقيه | المرشد
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title pope]
name: البابا | بابا الفاتيكان | الحبر الأعظم
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title council-chairman]
# Collective heads of state: Sudan's sovereignty council and 2019 military council, Libya's presidential
# council and NTC, Yemen's presidential leadership council, Egypt's SCAF (2011-2012).
name: رئيس مجلس السيادة | رئيس مجلس السيادة الانتقالي | رئيس المجلس العسكري | رئيس المجلس العسكري الانتقالي | رئيس المجلس الرئاسي | رئيس مجلس القيادة الرئاسي | رئيس المجلس الأعلى للقوات المسلحة | رئيس المجلس الوطني الانتقالي
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title leader]
# Non-titled leaders (القذافي "الزعيم الليبي"); group leaders take their group's code from the person entry.
name: الزعيم | زعيم | قائد الثورة
role: GOV
source: Arabic press usage; official Arabic styles of the office

# ---------------------------------------------------------------- ministers and officials

[title minister]
name: الوزير | الوزيرة | وزير | وزيرة
# a deputy minister is the ministry's (GOV), not a member of parliament («النائب» alone, LEG)
name: نائب وزير | نائبة وزير | نائب الوزير | نواب وزير
role: GOV
# Stop 48: a bare minister nothing gives a state is the home press's («وزير التعليم يعزي»), unless
# a name the lexicon does not know is written with him («وزير الثقافة فلاديمير ميدينسكي»). The
# foreign, defence, interior and finance ministers below have the same `home:`.
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title saudi-minister-of-state]
# «وزير الدولة عضو مجلس الوزراء»: the style of a Saudi minister of state, who sits in the cabinet
# (the bare «مجلس الوزراء» after «عضو» was read as the cabinet, and the meeting he attends as its).
name: وزير الدولة عضو مجلس الوزراء
role: GOV
country: SAU
source: Saudi press usage (SPA: وزير الدولة عضو مجلس الوزراء الدكتور مساعد العيبان)

[title foreign-minister]
# Country styles: وزير الخارجية والمغتربين (Syria, Lebanon), وزير الخارجية وشؤون المغتربين (Jordan),
# وزير الشؤون الخارجية (Algeria, Tunisia, Morocco), الوزير المسؤول عن الشؤون الخارجية (Oman before 2020).
name: وزير الخارجية | وزيرة الخارجية | وزيرا الخارجية | وزيري الخارجية | وزير الشؤون الخارجية | وزيرة الشؤون الخارجية | وزير الخارجية والمغتربين | وزير الخارجية وشؤون المغتربين | وزير الشؤون الخارجية والتعاون | الوزير المسؤول عن الشؤون الخارجية | وزير الدولة للشؤون الخارجية | وزير خارجية | وزيرة خارجية
role: GOV
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title defence-minister]
# وزير الجيوش / وزيرة الجيوش: France (ministre des Armées, 2017-); وزير الحرب: USA from 2025-09.
name: وزير الدفاع | وزيرة الدفاع | وزير الدفاع الوطني | وزير الدولة لشؤون الدفاع | الوزير المسؤول عن شؤون الدفاع | وزير الجيوش | وزيرة الجيوش | وزير القوات المسلحة | وزيرة القوات المسلحة | وزير الحرب | وزير دفاع | وزيرة دفاع
role: GOV
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title interior-minister]
name: وزير الداخلية | وزيرة الداخلية | وزير داخلية
role: GOV
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title finance-minister]
name: وزير المالية | وزيرة المالية | وزير الخزانة | وزيرة الخزانة | وزير الاقتصاد والمالية
role: GOV
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title national-security-adviser]
name: مستشار الأمن القومي | مستشارة الأمن القومي | أمين مجلس الأمن القومي | سكرتير مجلس الأمن القومي | أمين المجلس الأعلى للأمن القومي | أمين مجلس الأمن الروسي
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title spokesperson]
# Only when the person entry makes it a role; the reporting verb itself is never coded.
name: المتحدث باسم | المتحدثة باسم | الناطق باسم | الناطقة باسم | المتحدث الرسمي باسم
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title ambassador]
name: السفير | السفيرة | سفير | سفيرة | المندوب الدائم | المندوبة الدائمة
role: GOV
# Stop 37: a bare ambassador the sentence would give a state is posted there, not from there
# («ورفع السفير آل الشيخ التعازي … إلى مقام عاهل مملكة البحرين»): the home press's own.
home: SAU
source: Arabic press usage; official Arabic styles of the office

[title envoy]
# A UN envoy takes IGOUNO from the person entry; a national envoy takes the country's GOV.
name: المبعوث | المبعوثة | المبعوث الخاص | المبعوثة الخاصة | مبعوث | الممثل الخاص
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title secretary-general]
# With an IGO (الأمين العام للأمم المتحدة) the IGO code; with a party or group the group's code.
name: الأمين العام | الأمينة العامة | أمين عام
# Stop 48: the secretariat speaks for its body as its secretary-general does: «أدانت الأمانة العامة
# لمنظمة التعاون الإسلامي» is the OIC, «الأمانة العامة لهيئة كبار العلماء» the council (by the
# body named after it with لـ, as for the secretary-general).
name: الأمانة العامة
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title politburo-chief]
# Hamas / PIJ political bureau; the holder's code comes from the person entry (PSEREB).
name: رئيس المكتب السياسي | رئيس المكتب السياسي لحركة حماس | رئيس مكتبها السياسي | رئيس مكتبه السياسي
role: REB
source: Arabic press usage; official Arabic styles of the office

[title commission-president]
name: رئيس المفوضية الأوروبية | رئيسة المفوضية الأوروبية | رئيس المجلس الأوروبي | رئيس مفوضية الاتحاد الأفريقي | رئيس المفوضية
role: GOV
source: Arabic press usage; official Arabic styles of the office

[title high-representative]
# (The Union is named after the title, «مسؤولة السياسة الخارجية في الاتحاد الأوروبي»: an office in an
# international organisation is the organisation's.)
name: الممثل الأعلى للسياسة الخارجية | الممثلة العليا للسياسة الخارجية | مسؤول السياسة الخارجية | مسؤولة السياسة الخارجية | منسق السياسة الخارجية
role: GOV
source: Arabic press usage; official Arabic styles of the office

# ---------------------------------------------------------------- military and intelligence

[title army-chief]
# Chiefs of (general) staff and army commanders; US: رئيس هيئة الأركان المشتركة; Egypt: رئيس أركان حرب القوات المسلحة.
name: رئيس الأركان | رئيس أركان الجيش | رئيس هيئة الأركان | رئيس هيئة الأركان العامة | رئيس الأركان العامة | رئيس هيئة الأركان المشتركة | رئيس أركان الجيوش | رئيس أركان حرب القوات المسلحة | رئيس أركان القوات المسلحة | قائد الجيش | رئيس هيئة الأركان العامة للقوات المسلحة | رئيس أركان
role: MIL
source: Arabic press usage; official Arabic styles of the office

[title commander-in-chief]
# Egypt's defence minister is also القائد العام للقوات المسلحة; Haftar: القائد العام للجيش الوطني الليبي.
name: القائد العام للقوات المسلحة | القائد الأعلى للقوات المسلحة | القائد العام | القائد الأعلى
role: MIL
source: Arabic press usage; official Arabic styles of the office

[title intelligence-chief]
name: رئيس جهاز المخابرات | رئيس جهاز المخابرات العامة | مدير المخابرات | مدير جهاز المخابرات | رئيس المخابرات | رئيس جهاز الاستخبارات | مدير الاستخبارات | رئيس الاستخبارات | مدير وكالة المخابرات المركزية | رئيس الموساد | مدير جهاز الاستخبارات الخارجية
role: SPY
source: Arabic press usage; official Arabic styles of the office

[title judicial-council-president]
# Stop 33: «وزير العدل رئيس المجلس الأعلى للقضاء» (in Saudi Arabia the minister of justice presides
# over the council): «للقضاء» inside the title is no addressee («ورفع … التعازي لخادم الحرمين»).
name: رئيس المجلس الأعلى للقضاء | رئيس مجلس القضاء الأعلى | رئيس المجلس الأعلى للقضاء السعودي
role: JUD
source: Arabic press usage; Saudi Supreme Judicial Council (Wikipedia ar, en)

# ---------------------------------------------------------------- legislatures

[title speaker]
name: رئيس مجلس النواب | رئيسة مجلس النواب | رئيس البرلمان | رئيسة البرلمان | رئيس برلمان | رئيسة برلمان | رئيس مجلس الشعب | رئيس مجلس الأمة | رئيس الكنيست | رئيس المجلس الوطني | رئيس مجلس الأعيان | رئيس مجلس الشيوخ | رئيس مجلس العموم | رئيس الدوما | رئيس المجلس الشعبي الوطني | رئيس مجلس نواب الشعب | رئيس المجلس التشريعي
role: LEG
source: Arabic press usage; official Arabic styles of the office

[title shura-speaker]
# Stop 38: only some states have a Shura council: «بعث رئيس مجلس الأمة الكويتي برقية تعزية إلى رئيس
# مجلس الشورى الدكتور عبدالله آل الشيخ» is no Kuwaiti speaker. Bare, with none of these states
# named, it is the home press's own.
name: رئيس مجلس الشورى | رئيسة مجلس الشورى | رئيس مجلس الشورى الإسلامي
role: LEG
states: SAU OMN QAT BHR IRN YEM
home: SAU
source: Arabic press usage; the Shura councils of Saudi Arabia, Oman, Qatar, Bahrain, Iran and Yemen (Wikipedia ar)

[title member-of-parliament]
name: عضو البرلمان | عضو مجلس النواب | عضو الكنيست | عضو الكونغرس | عضو مجلس الشيوخ | السيناتور | السيناتورة | النائب في البرلمان
role: LEG
source: Arabic press usage; official Arabic styles of the office

[title governor]
# Governors of provinces and cities: with a place of a state after them (محافظ البصرة، والي الخرطوم،
# حاكم ولاية تكساس) they are that state's government.
name: محافظ | المحافظ | والي | الوالي | حاكم ولاية | حاكم إقليم | رئيس بلدية | عمدة
name: محافظي | محافظو
name: نائب محافظ | نائب المحافظ
role: GOV
source: CAMEO agents codebook: GOV (provincial and local government)
