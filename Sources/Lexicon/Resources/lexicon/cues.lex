# Cue words: the word lists the coder's rules look for, one block per kind of cue (FORMAT.md,
# "cue"). Words are written in the normal form the coder matches (what `tawthiq trace` shows: no
# hamza forms, ي for ى, ه for ة); `lexicon check` reports one written otherwise. The coder asks for
# every kind here by its id; a kind it asks for that no file provides is reported too.

[cue prepositions]
gloss: prepositions (and words used like them) that govern the actor after them: the mention's `prep`
word: في | من | الي | علي | عن | مع | ضد | لدي | بين | حول
word: عند | بحق | تجاه | نحو | خلال | منذ | قرب | امام | داخل | خارج
word: عبر | فوق | تحت | بعد | قبل | دون | لصالح | باتجاه | ازاء | حيال
word: برعايه | بمشاركه | بحضور | وسط | شمال | جنوب | شرق | غرب | شمالي | جنوبي
word: شرقي | غربي | ضمن | بواسطه | بقياده | يد | ايدي | بحسب | حسب | وفق

[cue verb-prepositions]
gloss: a preposition word that is also a trigger verb, and the complement that makes it the verb when it follows the actor after it within a few words: «حيث عبر الجانبان السعودي والروسي عن رغبتهما» (the verb عبر عن, not «via»)
word: عبر عن

[cue condemned-act-nouns]
gloss: nouns of an attack that a condemnation names without an attack trigger: «استنكر … العمل الاجرامي الذي استهدف …» (the target is who carried it out, not its victims)
word: العمل الاجرامي | الحادث الاجرامي | الحادث الارهابي | العمل الارهابي | الاعتداء الاجرامي | الاعتداء الاثم | الاعتداء الغاشم
word: العمل الجبان | الاعتداء الجبان | الاعمال الاجراميه | الاعمال الارهابيه | الجريمه الارهابيه | الجريمه النكراء | العمل الاجرامي الجبان
word: التفجير | تفجير | التفجيرات | تفجيرات | التفجير الارهابي | تفجير ارهابي | الاعتداء | اعتداء | الجريمه | جريمه | استهداف | الهجوم | هجوم | الهجمات
# «منظمة التعاون الإسلامي تدين إرهاب شمال الكاميرون»: terror condemned is by no one named
word: ارهاب | الارهاب

[cue neighbour-words]
gloss: words that situate a place by its neighbour (المجاورة، المحاذية لـ): the neighbour locates nothing
word: المجاوره | المجاور | المجاورين | مجاوره | المحاذيه | المحاذي | محاذيه | المتاخمه | المتاخم | متاخمه
word: القريبه | القريب | قريبه | الحدوديه | المتاخمتين
word: الحدود | حدود | حدودها | حدوده

[cue foreign-words]
gloss: adjectives that make a role noun foreign to the place it is in (القوات الأجنبية، قوة عربية مشتركة: of many states, not of the one named before)
word: الاجنبيه | الاجنبي | الاجانب | اجنبيه | اجنبي | الدوليه | الدولي | الدوليين | المتعدده
word: عربيه | عربي | العربيه | العربي | اقليميه | الاقليميه | خليجيه | الخليجيه | افريقيه | الافريقيه | اوروبيه | الاوروبيه | دوليه | دولي

[cue prayer-words]
gloss: a prayer or its call: a country name after them is the hour (صلاة المغرب)
word: صلاه | الصلاه | صلاتي | اذان | الاذان | صلوات

[cue accident-words]
gloss: causes of death that are no one's act (حادث سير، تحطم طائرة، انهيار، غرق، سيول): a killing word with no agent near them is an accident or a disaster, not an event
word: حادث سير | حادث مروري | حادث مرور | حادث اصطدام | اصطدام | تصادم | انقلاب سياره | تحطم | انهيار | غرق | الغرق | غرقا | حريق | سيول | السيول | الامطار | امطار | زلزال | فيضانات | صعق | صاعقه | انفجار اسطوانه
word: اعصار | الاعصار | عاصفه | العاصفه | الزلزال | الفيضانات | فيضان | انهيارات | موجه حر | ضربه شمس
word: ارتطام | ارتطامها | بارتطام | حادث انقلاب | القرش | اسماك القرش
# verbs of a crash and an animal's attack (تحطمت حافلة، انقلبت سيارة، سمكة قرش)
word: تحطمت | انقلبت | اصطدمت | غرقت | سمكه قرش | قرش

[cue behalf-words]
gloss: "on behalf of" (باسمه واسم شعب …، نيابة عن …): the phrase stands between a verb and its object (أعرب الملك باسمه واسم شعب وحكومة المملكة عن أصدق التهاني، رفع فلان، نيابة عن أعضاء النادي، خالص التعازي), and the words of an event's after-phrase are looked for past it
word: باسمه | باسمها | باسمهم | باسمهما | باسم | وباسم | واسم | نيابه | ونيابه | بالنيابه

[cue aircraft-words]
gloss: aircraft (طائرات، مقاتلات، الطيران، مروحيات): shelling by them (قصفت المقاتلات التركية …، قصف طيران التحالف …) is an air strike, 195, not 194
word: طايره | الطايره | طايرات | الطايرات | مقاتلات | المقاتلات | طيران | الطيران | مروحيات | المروحيات | مروحيه | المروحيه

[cue bomb-words]
gloss: explosions and bombs (انفجار، تفجير، عبوة ناسفة، سيارة مفخخة، انتحاري) near a killing or an attack of no stated means (190): the act is a bombing, 183; the three kinds below make it 1831, 1832 or 1833
word: انفجار | الانفجار | انفجارا | انفجارين | انفجاران | انفجارات | الانفجارات | تفجير | التفجير | تفجيرين | تفجيران | تفجيرات | التفجيرات | انفجرت | انفجر | عبوه | عبوات | ناسفه | ناسفتين | مفخخه | ملغومه | انتحاري | انتحاريه | الانتحاري | انتحاريين | انتحاريون

[cue suicide-bomb-words]
gloss: a suicide bomber or his belt (انتحاري، حزام ناسف، فجر نفسه): a bombing near them is 1831
word: انتحاري | الانتحاري | انتحاريه | الانتحاريه | انتحاريا | انتحاريين | حزام ناسف | حزاما ناسفا | احزمه ناسفه | فجر نفسه | فجرت نفسها

[cue car-bomb-words]
gloss: a car bomb (سيارة مفخخة، سيارة ملغومة، شاحنة مفخخة): a bombing near them is 1832
word: سياره مفخخه | سياره ملغومه | بسياره مفخخه | بسياره ملغومه | سيارات مفخخه | سيارتين مفخختين | شاحنه مفخخه | صهريج مفخخ | السياره المفخخه

[cue roadside-bomb-words]
gloss: a roadside bomb or a mine (عبوة ناسفة، لغم): a bombing near them is 1833
word: عبوه ناسفه | بعبوه ناسفه | عبوات ناسفه | العبوه الناسفه | عبوه مزروعه | لغم ارضي | لغم | الغام | انفجار لغم

[cue wounded-also-words]
gloss: "and … were wounded" right after a killing verb (قتلا وأصيب أربعة آخرون، قتلوا وجرح اثنان): the formula of a death toll, whose verb is passive (قُتلوا): its subject is the dead, not the killers
word: واصيب | واصيبت | واصيبا | واصيبوا | واصيبتا | وجرح | وجرحت | وجرحا | وجرحوا | واصابه

[cue relative-pronouns]
gloss: relative pronouns: an act told in a relative clause right after one (المواطن الذي تعرض لإطلاق نار، رجال الأمن الذين ألقوا القبض) describes its noun and is background, not the story's news (meetings excepted)
word: الذي | التي | الذين | اللذين | اللتين | اللذان | اللتان | اللواتي | اللاتي | والذي | والتي | والذين

[cue sport-words]
gloss: words of sport (مباراة، المنتخب، البطولة، لاعب، كرة القدم): a sentence holding one tells of teams and matches, and its meetings, visits and praise are no political events (the gold conventions leave sport out). «الدوري» is left out: «اجتماعه الدوري» is a regular meeting. «نادي» too: «نادي الأسير الفلسطيني» is the prisoners' club; and «لاعب», «ملعب»: «لاعب أساسي في المنطقة»، «الكرة في ملعب دول الخليج» are politics
word: مباراه | المباراه | مباريات | المباريات | مباراته | البطوله | بطوله | منتخب | المنتخب | منتخبا | الشوط | الملاعب | كره القدم | الكره الطايره | كره السله | المدرب | مدرب
# (its multi-word entries are read as phrases, the first word with its clitics: «لكرة القدم»)
word: المنتخبات | منتخبات | الميداليه | ميداليه | الميداليات | الدور التمهيدي | المونديال | مونديال | الموسم الرياضي | لاعبي الفريق | الحصه التدريبيه | المعسكر الاعدادي | البرنامج الاعدادي
# the rounds and places of a tournament (a semi-final, a qualifier, a group's match), the club's
# camp: «وفي نصف النهائي تلتقي المكسيك مع بنما»
word: نصف النهايي | ربع النهايي | دور الثمانيه | دور السته عشر | التصفيات | تصفيات | المعسكر التدريبي | معسكر الفريق | الاولمبياد | الالعاب الاولمبيه | كاس العالم | كاس اسيا | الكاس الذهبيه | الهداف | هداف | الاولمبيه

[cue people-words]
gloss: a people (الشعب اليمني، شعب المملكة، وشعبها): named beside its own state or government in one role («تضامنها مع حكومة المملكة والشعب السعودي») it is the same party said twice and adds no event; police and protesters, or an army and civilians, are two parties
word: الشعب | شعب | الشعوب | شعوب

[cue patronymic-words]
gloss: the links of a chain of names (فيصل بن مشعل بن سعود بن عبدالعزيز): an unknown name after a title runs on past four words while each next pair is a link and a name
word: بن | ابن | بنت | ال

[cue counterpart-words]
gloss: a counterpart (نظيره البنغلاديشي) holds the same office in another state, and the two sides (الجانبان) are two states: neither is of the state named before it nor of the sentence's only one
word: نظير | نظيره | نظيرها | نظيريه | نظراءه | نظرايه | نظيرتها | نظيرته | نظيرهم | نظرايهم | الجانبان | الجانبين

[cue appeal-words]
gloss: verbs of appeal and demand (دعا إلى، طالب بـ، حث على، ناشد): a verbal noun after them in their clause is what is asked for, not an act done
word: دعا | دعت | دعوا | يدعو | تدعو | داعيا | داعيه | طالب | طالبت | طالبوا | يطالب | تطالب | مطالبا | مطالبه
word: حث | حثت | يحث | تحث | ناشد | ناشدت | يناشد | تناشد | مناشدا

[cue reporter-words]
gloss: who tells of an act without doing it: «أعلن مصدر أمني عراقي مقتل …»، «أفاد شهود بسقوط …». A subject headed by one is the report's source, never the agent of the act it reports (a spokesman speaks for his body and is not here)
word: مصدر | مصادر | شهود | شاهد | مراسل | مراسلو | مراسلون
# a monitor that counts the dead (المرصد السوري لحقوق الإنسان) reports the fighting; it never fights
word: المرصد | مرصد

[cue official-words]
gloss: an official who speaks for a force without leading it in the field: «أعلن مسؤولون أمنيون عراقيون مقتل 11 من عناصر داعش»، «أفاد مسؤول أمني بمقتل …» tell of deaths; a body of armed men (القوات المسلحة) announcing deaths claims them
word: مسوول | مسوولا | مسوولون | مسوولين | المسوول | المسوولون | المسوولين | متحدث | المتحدث | ناطق | الناطق

[cue adjective-heads]
gloss: nouns after which a bare role word is their adjective, not an actor (مؤتمر صحفي، بيان صحفي، تصريح صحفي: "press")
word: موتمر | الموتمر | موتمرا | بيان | البيان | بيانا | تصريح | التصريح | تصريحا | تصريحات | التصريحات | لقاء | حوار | الحوار | تقرير | التقرير

[cue named-after-heads]
gloss: things named after a person (مطار الملك سلمان، جامعة الأمير سلطان، جسر الملك فهد): a person or title in construct after them names the thing, not an actor
word: مطار | جسر | جامعه | مستشفي | مدينه | مركز | قاعده | شارع | طريق | ميناء
word: جايزه | برنامج | مسجد | جامع | مجمع | كليه | معهد | مكتبه | حديقه
word: داره | موسسه | ملعب | استاد | ستاد | صاله | قاعه | بوابه | ميدان
word: ساحه | حي | محطه | سد | نفق | كاس | بطوله | مهرجان | سوق | منحه
word: كرسي | مشروع | صندوق | مستشفيات | مدارس | مدرسه | ثانويه | متوسطه | ابتداييه | واحه

[cue place-nouns]
gloss: nouns that introduce a place (في مدينة الموصل): skipped between a preposition and the place
word: مدينه | محافظه | ولايه | بلده | مخيم | حي | قضاء | منطقه | قريه | اقليم
word: العاصمه | ريف | مطار | ميناء

[cue state-nouns]
gloss: words for a state before its name (إلى جمهورية المالديف، لسلطنة بروناي): the preposition on or before them governs the state
word: جمهوريه | دوله | مملكه | سلطنه | اماره | امارات

[cue feminine-plural-bodies]
gloss: broken plurals of bodies that take a feminine verb («دعت دول الاتحاد الأوروبي»): right after a masculine verb one is its object, not its subject («ودعا دول الاتحاد الأوروبي إلى مساءلة الحكومة الإسرائيلية»)
word: دول | الدول

[cue quantity-words]
gloss: number words and quantities: a count opens a new noun phrase
word: واحد | اثنان | اثنين | ثلاث | ثلاثه | اربع | اربعه | خمس | خمسه | ست
word: سته | سبع | سبعه | ثماني | ثمانيه | تسع | تسعه | عشر | عشره | عشرون
word: عشرين | ثلاثون | ثلاثين | اربعون | اربعين | خمسون | خمسين | ميه | مايه | ميات
word: الاف | الف | الفا | الفي | الفين | عشرات | نحو | حوالي | قرابه | بضعه | عديد | العديد
word: عدد | مليون | مليونا | مليوني | مليونين | ملايين

[cue partitive-heads]
gloss: words that head a part of a group before partitive من (عناصر من، أفراد من)
word: عناصر | افراد | اعضاء | احد | احدي | بعض | العديد | عشرات | ميات | الاف
word: اثنين | اثنان | ثلاثه | اربعه | خمسه

[cue totality-words]
gloss: all, every, the various (كافة، جميع، مختلف): in construct before a mention they carry or follow the preposition that governs it («قدم شكره لكافة القطاعات الأمنية»، «إلى جميع الدول»)
word: كافه | جميع | كل | مختلف | ساير | عموم | شتي

[cue judged-things]
gloss: things praised, condemned or rejected whose owner follows them (تصريحات المالكي، التصريحات العدائية من قبل المسؤولين الإيرانيين، مساعدات الحملة السعودية): the owner is the target, not an actor they were said against or given to
word: تصريحات | تصريح | مواقف | موقف | جهود | دور | دعم | مساعدات | تدخل | تدخلات | ممارسات | انتهاكات | اعتداءات
word: سياسه | سياسات | قرار | قرارات | مبادره | مبادرات | خطوه | خطوات | اجراءات | اساءه | اساءات | اتهامات | ادعاءات | مزاعم
# stop 36: the care and attention praised in thanks («أشاد بالمتابعة الكريمة من معالي الدكتور عبدالله الربيعة»)
word: متابعه | اهتمام | رعايه | عنايه | توجيهات | حرص | مكرمه | لفته

[cue report-frame-nouns]
gloss: the report an act of judging was made in, between the verb (and its subject) and what is judged, up to a date word («ودانت المنامة في نبأ أوردته وكالة أنباء البحرين أمس استمرار التصريحات …»، «وأدانت الوزارة في بيان لها اليوم …»)
word: بيان | نبا | تصريح | تصريحات | كلمه | رساله | برقيه | مقابله | حديث | تغريده | خطاب

[cue continuation-heads]
gloss: words before a judged thing that name its going on, not another thing («دانت استمرار التصريحات العدائية من قبل المسؤولين الإيرانيين»)
word: استمرار | تكرار | تصاعد | مواصله | تجدد | تواصل

[cue given-things]
gloss: things given (دعم، مساعدات، جهود): the actor after «لـ» is whom they were for, not their owner («يثمن مساعدات الحملة السعودية للسوريين»)
word: دعم | مساعدات | مساعده | جهود | مبادره | مبادرات | دور

[cue manner-adverbs]
gloss: adverbs of manner between a verb and its object («استنكرت البحرين وبشدة تصريحات …»)
word: بشده | بقوه | قطعيا | رسميا | مجددا | ايضا

[cue anaphoric-honorifics]
gloss: an honorific with the pronoun of the one the story is about («وشكر سموه»، «وأدان معاليه»): as the subject of a sentence's opening verb it is the subject carried from the sentence before
word: سموه | معاليه | سعادته | فخامته | جلالته | سماحته | دولته | سيادته

[cue approximation-words]
gloss: words of an approximate count (أكثر من، نحو، قرابة)
word: اكثر | اقل | من | نحو | حوالي | قرابه | زهاء

[cue count-governing-prepositions]
gloss: prepositions that, before a count, govern the people counted (على أكثر من عشرين ألف أسرة)
word: علي | الي | مع | ضد

[cue belonging-words]
gloss: "belonging to" (تابعة لـ): the state after it owns the role noun before it
word: تابعه | التابعه | تابع | التابع | تابعين | التابعين

[cue former-words]
gloss: a title used as a past office (الرئيس السابق، الراحل)
word: السابق | السابقه | الاسبق | الراحل | الراحله | المخلوع | المعزول | السابقين

[cue not-name]
gloss: function words that never belong to a name written after a title
word: في | من | الي | علي | عن | مع | ان | انه | بان | الذي
word: التي | قد | لقد | كما | اليوم | امس | غدا | و | او | ثم
word: ما | لا | لم | لن | هذا | هذه | ذلك | تلك | حيث | خلال
word: بعد | قبل | عند | لدي | يوم | مساء | صباح | فجر | ليل | ليله
word: اول | اخر | امام | كان | كانت | وكان | وكانت | بين | عبر | ضد
word: نحو | منذ | حول | الخميس | الجمعه | السبت | الاحد | الاثنين | الثلاثاء | الاربعاء
word: ايضا | بدوره | بدورها
# stop 36: what follows a titled name in greetings and condolences («رئيس جمهورية تشاد بذكرى
# استقلال بلاده»، «أمير المنطقة الشرقية التعازي»). (Not بشدة، بقوة: with them the PROTEST gate,
# retrained, held out 0.579 instead of 0.598.)
word: بذكري | بمناسبه | استقلال | التعازي | تعازيه | خالص | احر | بالغ

[cue pronoun-prepositions]
gloss: a preposition with a pronoun (عليها، بينهما): points back at the last event's target
word: عليه | عليها | عليهم | عليهما | به | بها | بهم | معه | معها | معهم
word: بينهما | بينهم | له | لها | لهم | منه | منها | اليه | اليها | اليهم
word: ضده | ضدها | ضدهم

[cue parenthetical-openers]
gloss: words that open a parenthetical between commas (، في كلمة ألقاها في الدوحة،), which does not end the clause around it
word: في | خلال | لدي | علي | بحسب | حسب | وفق | وفقا | عقب | اثناء
word: قبل | بعد
# "on behalf of" (، نيابة عن منسوبي السفارة،)
word: نيابه | ونيابه | باسمه | وباسمه | باسمها

[cue clause-words]
gloss: complementisers, relatives and conjunctions that open a clause
word: ان | بان | لان | انه | انها | انهم | بانه | بانها | بانهم | الذي
word: التي | الذين | حيث | بينما | فيما | عندما | بعدما | لكن | كما | اذ
# stop 38: «… الخميس حين فتح عناصر من حزب العمال الكردستاني النار»: the mention before «حين» is no subject of the verb after it
word: حين | حينما

[cue protest-address]
gloss: demands and slogans against someone: a protest that addresses someone it may not name
word: مطالبين | مطالبا | مطالبه | تطالب | يطالبون | طالبوا | يطالب | ضد | مناويه | مناوي
word: مناهضه | مناهض | يسقط | تسقط | الموت | رحيل | استقاله | اسقاط

[cue protest-addressee]
gloss: further words after which a named actor is the addressee of a protest (its condemnation, slogans chanted, whom protesters turn on); the addressee cues are these and protest-address
word: مضاده | مضاد | تندد | يندد | منددين | منددا | تنديد | تنديدا | احتجاجا | هاتفين
word: هاتفا | هاتفه | هتفوا | يهتفون | مرددين | مرددا | رددوا | يرددون | يهاجمون | هاجموا
word: مهاجمين

[cue protest-gathering-verbs]
gloss: verbs of a crowd gathering to protest or of a protest breaking out or going on (تظاهر، اعتصم، تجمع، احتشد، خرج، اندلع، تصاعد، تواصل): opening their clause in the perfect with a count or a protest noun after them («تظاهر نحو مئتي شخص»، «وتجمع آلاف المتظاهرين»، «وخرجت تظاهرات»، «تصاعدت احتجاجات المعارضة») they report the protest itself
word: تظاهر | تظاهرت | تظاهروا | احتج | احتجت | احتجوا | اعتصم | اعتصمت | اعتصموا | تجمع
word: تجمعت | تجمعوا | احتشد | احتشدت | احتشدوا | خرج | خرجت | خرجوا | تجمهر | تجمهروا
word: اندلع | اندلعت | انطلق | انطلقت | تصاعد | تصاعدت | تواصل | تواصلت

[cue protest-ongoing-verbs]
gloss: verbs in the present of protests going on (تشهد المدن مظاهرات، تتواصل الاحتجاجات): opening their clause with a protest noun in it they report the protests as news
word: تشهد | يشهد | تتواصل | يتواصل | تتصاعد | يتصاعد

[cue carrying-words]
gloss: a vehicle carrying people (حافلة تقل جنوداً): the people carried are the victims
word: تقل | يقل | تقلان | تنقل | ينقل | متنها | متنه | تستقلها | يستقلها | يستقلونها
word: تقلهم | تقله

[cue suffer-verbs]
gloss: "was subjected to" (تعرض لـ): its subject suffers the violence named after لـ
word: تعرض | تعرضت | تعرضوا | تعرضا | تعرضتا | يتعرض | تتعرض | يتعرضون | تعرضن

[cue nationality-words]
gloss: "of … nationality" after a nisba: a person of that state (سعودي الجنسية، باكستانيي الجنسية)
word: الجنسيه

[cue light-verbs]
gloss: verbs that carry a verbal noun (شنّ غارة، نفّذ هجوماً، قام بقصف)
word: قام | قامت | قاموا | وجه | وجهت | وجهوا | شن | شنت | شنوا | نفذ
word: نفذت | نفذوا | يشن | تشن | ينفذ | تنفذ
# launching strikes, holding talks (أطلقت قوات التحالف … ضربة جوية، مباحثات أجراها الوزير)
word: اطلق | اطلقت | اطلقوا | يطلق | تطلق | اجري | اجرت | اجروا | يجري | تجري
# verbs of managing or completing, with the act after them (تمكنت المقاومة من السيطرة على …، أحكمت سيطرتها)
word: تمكن | تمكنت | تمكنوا | تمكنا | نجح | نجحت | نجحوا | استطاع | استطاعت | استطاعوا
word: احكم | احكمت | احكموا | بسط | بسطت | بسطوا | استكمل | استكملت | استكملوا
# verbs of phase with the act as object: «استأنفت محكمة جنايات القاهرة محاكمة …»، «واصلت القوات قصفها»
word: استانف | استانفت | اجل | اجلت | ارجات | واصل | واصلت | واصلوا | يواصل | تواصل
word: استهل | استهلت | يستهل | تستهل | اختتم | اختتمت | يختتم | تختتم
# verbs that open a visit, a tour or talks: «يقوم وزير الدفاع الأمريكي بزيارة للعراق»، «بدأ كيري نهاره
# بلقاء …» (not the future سيقوم: the act is then a plan)
word: يقوم | تقوم | يبدا | تبدا | بدا | بدات

[cue agent-verbs]
gloss: verbs of carrying out with the attack as object pronoun (عمليات نفذها قراصنة) and "attributed to" (نُسب إلى): the actor after them is the agent
word: نفذها | نفذه | نفذتها | نفذته | نفذوها | نفذوه | شنها | شنه | شنتها | شنته
word: شنوها | شنوه | نسب | نسبت | ينسب | تنسب
# setting fire («بعدما أضرم مستوطنون إسرائيليون النار»، «حريق أضرمه مستوطنون»)
word: اضرم | اضرمت | اضرموا | اضرمه | اضرمها | اضرمته | اضرمتها | اضرموه | اضرموها
# the imperfect («الضربات الجوية التي يشنها التحالف»), firing («قذيفة صاروخية اطلقها مقاتلو المعارضة») and setting an ambush («كمين نصبه الإرهابيون»)
word: يشنها | يشنه | تشنها | تشنه | يشنونها | ينفذها | ينفذه | تنفذها | تنفذه | ينفذونها
word: اطلقها | اطلقه | اطلقتها | اطلقته | اطلقوها | اطلقوه | يطلقها | تطلقها
word: نصبه | نصبها | نصبته | نصبتها | نصبوه | نصبوها
# planting mines or bombs («ألغام أرضية زرعها المتمردون»)
word: زرعها | زرعه | زرعتها | زرعته | زرعوها | زرعوه | يزرعها | تزرعها
# committing a crime («الجريمة التي ارتكبها مستوطنون»)
word: ارتكبها | ارتكبه | ارتكبتها | ارتكبته | ارتكبوها | ارتكبوه | يرتكبها | ترتكبها
# claiming it («تفجير سيارة مفخخة … تبناه تنظيم داعش»): the gold makes the claimant the source of the act claimed
word: تبناه | تبناها | تبنته | تبنتها | تبنوه | تبنوها | تبناهما | تبنتهما
# venturing on it («الجريمة الإرهابية التي أقدم المستوطنون الإسرائيليون على تنفيذها»)
word: اقدم | اقدمت | اقدموا

[cue pronoun-complementisers]
gloss: complementisers with the subject pronoun attached (أنه قتل، بأنها شنت)
word: انه | انها | انهم | بانه | بانها | بانهم | لانه | لانها | لانهم

[cue result-words]
gloss: verbs of result: what follows is what an attack caused (أسفر عن، أدى إلى، أودى بـ، نتج عنه)
word: اسفر | اسفرت | ادي | ادت | اودي | اودت | يسفر | تسفر | مسفره | مسفرا | نتج | نتجت | ينتج
word: موقعه | موقعا

[cue among-words]
gloss: words after which the people just counted are broken down (15 شخصاً بينهم جندي عراقي)
word: بينهم | منهم | بينها | منها | بينهن | منهن
# stop 35: the ranks the dead and wounded fell in («قتلى وجرحى في صفوف الحوثي»)
word: صفوف

[cue schedule-cues]
gloss: a scheduled act (من المقرر أن، يعتزم): a scheduled meeting is an intent to meet (036)
word: المقرر | يعتزم | تعتزم | ينوي | تنوي | المرتقب | المزمع | المرتقبه | المزمعه

[cue historical-cues]
gloss: a historical aside (عندما، آنذاك، في عهد): a title in it is no claim about the story's date
word: عندما | حين | حينما | انذاك | وقتها | حينها | انذك | انيذ | ابان | ايام
word: عهد

[cue auxiliary-words]
gloss: كان and its forms before a fronted subject (وكانت القوات … قد قصفت)
word: كان | كانت | وكان | وكانت | كانوا | وكانوا

[cue during-words]
gloss: "during, on the sidelines of": a phrase of time around a trigger (خلال لقائهما)
word: خلال | اثناء | لدي | هامش | ختام | مستهل

[cue during-pronouns]
gloss: "during it" after a verb, pointing back to a call or a message: what was said «خلاله» was said by the caller («تلقى اتصالا هاتفيا من الرئيس الفرنسي جدد خلاله ترحيبه»)
word: خلاله | خلالها | من خلاله | من خلالها | فيه | فيها

[cue received-words]
gloss: "received" after a call or a message (تلقاه من …)
word: تلقي | تلقت | تلقاه | تلقته | تلقاها | يتلقي | تلقيا | تلقاهما

[cue time-clause-words]
gloss: words that open a clause of time (background to the report)
word: عندما | وعندما | حين | حينما | عند | لما | ولما | منذ | بعدما | قبلما
word: اثر | عقب

[cue gate-first-person]
gloss: first-person speech (a gate feature)
word: نحن | انا | اننا | انني | لقد | نحنا | لدينا | علينا

[cue gate-hedges]
gloss: hedges and questions (a gate feature)
word: قد | ربما | اذا | لو | يمكن | ينبغي | يجب | هل | كيف | لماذا

[cue gate-reporting]
gloss: reporting words (a gate feature)
word: قال | وقال | قالت | وقالت | اعلن | واعلن | اعلنت | واعلنت | اكد | واكد
word: اكدت | واكدت | افاد | افادت | ذكر | ذكرت | اضاف | واضاف | اوضح | اشار
word: بحسب | وفق | وفقا

[cue negators]
gloss: negation before a trigger: no event
word: لم | لن | ما | لا | ليس | ليست | لسنا | غير | عدم | دون
word: بدون

[cue hedges]
gloss: hedges, conditions, expectations and intentions before a trigger: no event
word: اذا | لو | ربما | لعل | قد | يتوقع | توقع | يرجح | رجح | يحتمل
word: يمكن | ينبغي | يجب | المتوقع | المقرر | المرتقب | المنتظر | المحتمل | المرجح | يعتزم
word: تعتزم | ينوي | تنوي | يرتقب | امكانيه | احتمال | هل | حال | فرضيه | يخطط
word: تخطط | يريد | تريد | يسعي | تسعي | محاوله | سعي | يعتقد

[cue denials]
gloss: denial anywhere before a trigger: no event
word: نفي | نفت | ينفي | تنفي | نفوا | نفيه | كذب | نفيا

[cue cause-cues]
gloss: words before a verbal noun that make it a cause, a motive or a topic rather than an act reported (ردا على، بسبب، إدانة)
word: ردا | خلفيه | اثر | عقب | بعد | قبل | منذ | بسبب | جراء | نتيجه
word: اعقاب | احتجاجا | ذكري | ضحايا | تداعيات | لتنفيذ | بتنفيذ | بالوقوف | مرتكبي | ارتكاب
word: المتهم | المتهمين | متهم | يشتبه | بتهمه | تهمه | جريمه | محاكمه | التحقيق | تحقيق
# topics: «أعربت عن قلقها إزاء تجدد الاشتباكات»، «مذكرة احتجاج حول عمليات القصف»
word: ازاء | حيال | بشان | حول
word: لمنع | منع | مكافحه | لمكافحه | ادانه | يدين | تدين | ادان | ادانت | استنكر
word: استنكرت | ندد | نددت | تنديدا | خشيه | مخاوف | حمله | سلسله | موجه | عمليات
word: شهدت | يشهد | تشهد | شهد | اعمال
[cue attribution-prepositions]
gloss: whom a report is attributed to (بحسب المسؤولين): the actor after them takes no part in its events
word: بحسب | حسب | وفق
# stop 36: the words that name the medium a report came through, up to two words before it
# («في نبأ أوردته وكالة أنباء البحرين»، «وفقاً لوكالة الأنباء القطرية»، «في بيان … بثته وكالة الأنباء اليمنية»)
word: وفقا | طبقا | نقلا | اوردته | اوردتها | نشرته | نشرتها | بثته | بثتها | نقلته | نقلتها | اوردها | نشرها | بثها

[cue main-adjective-titles]
gloss: الرئيس after a definite noun that names no actor is the adjective "main" (الشارع الرئيس)
word: الرييس | الرييسه | الرييسين | الرييسان

[cue address-honorifics]
gloss: honorifics of address before الرئيس (السيد الرئيس), which keep it a title
word: السيد | السيده

[cue home-honorifics]
gloss: honorifics the home press gives its own office-holders before a bare title (سمو ولي العهد، معالي وزير الخارجية): such a title is not of the other state the sentence names
word: سمو | معالي

[cue honorifics]
gloss: honorifics, forms of address and ranks skipped between a title and a name (الأمير، الشيخ، اللواء، معالي، صاحب السمو الملكي)
word: الامير | الشيخ | اللواء | العماد | الفريق | المشير | السيد | الدكتور | السيده | الملك
word: الاستاذ | الاستاذه | المهندس | الدكتوره | معالي | فخامه | سمو | جلاله | سعاده | السفير
word: المستشار | العميد | المقدم | الرايد | القاضي | الفريق اول | الفريق الركن | اللواء الركن | العميد الركن
# «رفع التهاني لمقام خادم الحرمين الشريفين»: the station of the king, carrying the preposition
word: مقام
word: الجنرال | الكولونيل | المارشال | الادميرال | العقيد | النقيب | الملا | الامام
word: صاحب السمو الملكي | صاحب السمو | صاحب المعالي | صاحب الجلاله | صاحب الفخامه | صاحب السعاده | صاحبه السمو

[cue approximate-counts]
gloss: count words that only approximate a number (نحو، حوالي): after them a singular nisba is no count of people
word: نحو | حوالي | قرابه | عدد

[cue led-by]
gloss: "led by" (بقيادة): a body with no country of its own, led by a state or a person, is that state's
word: بقياده

[cue agent-phrases]
gloss: phrases that introduce who carried an act out (على يد، على أيدي، من قبل، من جانب)
word: علي يد | علي ايدي | من جانب | من قبل
# a light verb with the act as its prepositional pronoun («قصف عشوائي قام به المتمردون الحوثيون»)
word: قام به | قامت به | قاموا به | قام بها | قامت بها | قاموا بها | يقوم به | تقوم به | يقومون به

[cue agent-instruments]
gloss: "by the fire of": an instrument whose owner in construct after it is the agent (قتلوا برصاص المقاومة، بنيران الجيش)
word: برصاص | بنيران | بقذايف | بقذيفه | بصواريخ | بصاروخ | بغارات | بغاره | بقصف | برصاصه

[cue agent-prep-heads]
gloss: the last word of an agent phrase that makes it the mention's preposition (على يد X، من قبل X; أيدي is read as يد)
word: يد | ايدي | قبل

[cue future-particles]
gloss: the future particle before a verb (سوف يلتقي)
word: سوف | وسوف
# the future auxiliaries of a verbal noun («أنه سيتم عقد لقاء في الثالث من اغسطس المقبل»)
word: سيتم | وسيتم | ستتم | وستتم | سيجري | وسيجري

[cue title-not-era]
gloss: phrases in which a historical cue is part of a title (ولي العهد: العهد is no era), matched on the last word's stem
word: ولي عهد

[cue not-triggers]
gloss: words that look like a trigger's form but are another word: adverbs of time in the accusative (فجراً "at dawn", not فجّرا "the two blew up")
word: فجرا | صباحا | مساء | ظهرا | عصرا | ليلا | نهارا | فجر
# «ألف فدان» (acres) is not «ف + دان» (condemned)
word: فدان | فدانا

[cue formulae]
gloss: fixed formulae whose words are never triggers nor names (حفظه الله، بحفظ الله ورعايته، رحمه الله)
word: حفظه الله | حفظها الله | حفظهم الله | بحفظ الله ورعايته | حفظه الله ورعاه | ايده الله | رعاه الله | رحمه الله | رحمها الله
word: عز وجل | جل جلاله | صلي الله عليه وسلم | سبحانه وتعالي | تغمده الله | اعزه الله | وفقه الله | يحفظه الله | ادام الله

[cue background-openers]
gloss: words opening a sentence of background (يذكر أن، ويشار إلى أن، وسبق أن، والجدير بالذكر): its acts are not the story's news
word: يذكر | ويذكر | يشار | ويشار | وسبق | سبق | ومعلوم | الجدير | والجدير | جدير | يذكران

[cue background-phrases]
gloss: phrases of past time by a trigger that make its act background (منذ سنوات، قبل أشهر، العام الماضي), matched on words or stems
word: منذ سنوات | منذ اعوام | منذ عقود | منذ اشهر | منذ شهور | منذ سنه | منذ عام | منذ عامين | منذ سنتين
word: قبل سنوات | قبل اعوام | قبل عقود | قبل اشهر | قبل شهور | قبل اسابيع | قبل سنه | قبل عام | قبل عامين
word: العام الماضي | السنه الماضيه | العام المنصرم | الاعوام الماضيه | السنوات الماضيه | في السابق | في الماضي
word: منذ نشوب | منذ اندلاع | منذ بدايه
# last month, early in the month («وفي الشهر الماضي وقعت بعض الفصائل اتفاقاً»، «وفي مطلع الشهر الحالي، قتل 33 شخصا»)
word: الشهر الماضي | الشهر المنصرم | مطلع الشهر | اوايل الشهر
# stop 39: "had before" mid-sentence («قادة مليشيات … سبق وأن هدد بقصف … أراضي المملكة»; not «مؤخرا», which as often ends a relative clause: «الطائرات التي استلمتها العراق مؤخرا نفذت أولى غاراتها»)
word: سبق ان | سبق وان
# stop 38: "at that time" («وقد قتل آنذاك خمسة جنود افغان بصاروخ»)
word: انذاك | حينذاك | وقتذاك
# Stop 34: what used to happen («سياراته المفخخة التي طالما استخدمها بهجمات انتحارية»)
word: طالما | لطالما
# stop 33: earlier this year («شنت قوات مشتركة … هجوما كبيرا في وقت سابق من العام الجاري»)
word: في وقت سابق من العام | في وقت سابق من هذا العام | مطلع العام الجاري | اوايل العام الجاري | بدايه العام الجاري
# stop 35: under a former ruler («وقعت أنقرة وبغداد اتفاقا في عهد الرئيس العراقي السابق صدام حسين»)
word: في عهد | ابان حكم | في حقبه | ابان عهد

[cue claim-words]
gloss: claiming an attack (أعلن مسؤوليته عن، تبنّى): the claimant is the attack's agent
word: مسووليته | مسووليتها | مسووليتهم | المسووليه | مسووليه | تبني | تبنت | تبنوا | يتبني | تتبني | متبنيا

[cue construct-titles]
gloss: title words in the construct state (no article): an institution right after one is its genitive, part of the title (الأمير متعب بن عبدالله وزير الحرس الوطني), not another actor
word: وزير | وزيره | رييس | رييسه | قايد | مدير | مديره | امين | محافظ | نايب | مساعد | مستشار | وكيل | مفتي | قاضي | ناطق | متحدث

[cue surname-titles]
gloss: title words that are also family names (صالح القاضي، عبدالله الشيخ): right after an unknown first name that closes a mention, the surname, not another actor
word: القاضي | الشيخ | الامير | الوزير | الحاكم | الخطيب | الامام | القايد | المفتي

[cue crime-words]
gloss: words of ordinary crime (drugs, theft, a brawl, fraud): an arrest or a seizure in a sentence holding one is policing, not political coercion (the gold leaves such arrests out as ambiguous), unless the sentence names an armed group
word: مشاجره | المشاجره | سرقه | السرقه | سرقات | مخدرات | المخدرات | مخدره | تحرش | ابتزاز | احتيال | مسروقات | سطو | خمور | الخمور | مسكرات | الهيروين | الكوكايين | مروج | مروجي

[cue support-words]
gloss: words of support (بدعم من، بغطاء جوي من، مساندة لـ، المدعومة من): an actor right after one is the attacker's ally, never the target of its violence
word: دعم | بدعم | دعما | لدعم | غطاء | بغطاء | مسانده | بمسانده | لمسانده | اسناد | باسناد | لاسناد | مدعوم | مدعومه | المدعومه | مدعومين | المدعومين | المدعوم

[cue seat-nouns]
gloss: buildings, positions and fighters of an actor (على مبنى القنصلية الأمريكية، في مقر وزارة الخارجية، على مواقع داعش): in construct, they stand between the actor and the preposition that governs it
word: مبني | مباني | مقر | مقار | مقرات | منزل | منازل | مكتب | مكاتب
# its positions and fighters («غارات على مواقع تنظيم داعش»، «على مقاتلي تنظيم داعش»)
word: مواقع | موقع | معاقل | معقل | تجمعات | تجمع | معسكرات | معسكر | مخازن | قواعد | اهداف | مقاتلي | مسلحي | اوكار | وكر | تحصينات

[cue casualty-nouns]
gloss: nouns of the dead and wounded: the actor after them (مقتل 15 شخصاً، قتلى للحوثيين) is the victim, never the owner of the attack
word: مقتل | قتلي | قتيل | قتيلا | مصرع | استشهاد | اصابه | جرحي | سقوط | ضحايا

[cue side-phrases]
gloss: "on the one side" after a party (بين عناصر داعش من جهة والفصائل من جهة أخرى): the party after it is still coordinated with the one before
word: من جهه | من ناحيه | من طرف

[cue affiliation-words]
gloss: words of membership and loyalty (انتماءه لتنظيم داعش، الموالين لها، المنتمين إلى): the group after them describes the people before, it did not act
word: انتماء | الانتماء | انتماوه | انتماءه | انتمايه | انتمايهم | ينتمي | ينتمون | تنتمي | المنتمين | منتمين | المنتمي | الموالين | الموالي | الموالون | المواليه

[cue casualty-verbs]
gloss: verbs of the dead and wounded (أصيب، قتل، استشهد): their subject before a violence noun after a preposition is the one it hit (أصيب رجل أمن بانفجار قنبلة)
word: اصيب | اصيبت | اصيبوا | اصيبا | قتل | قتلت | قتلوا | قتلا | استشهد | استشهدت | استشهدوا | استشهدا | جرح | جرحت | جرحوا | لقي | لقيت | لقوا

[cue day-ahead-words]
gloss: today and tomorrow (اليوم، غداً): a meeting in the imperfect dated so is announced for the day, an intent to meet (036), and the acts told after it in the imperfect are its plan
word: اليوم | غدا | الليله | مساء اليوم | صباح اليوم | ظهر اليوم

[cue passive-followers]
gloss: words that open a circumstance (في، خلال، جراء، عندما، أمس، برصاص; «على يد» is read as the agent phrase): right after a verb of the dead with its subject before it and no object («خمسة أفراد من قوات الأمن قُتلوا في هجوم»، «رجلا قُتل جراء قصف»), the unvocalised verb is the passive and its subject the dead
word: في | خلال | جراء | اثر | عقب | عندما | حينما | بعدما | لدي | اثناء | امس | اليوم | يوم | ليل | ليله | صباح | مساء | فجر | ظهر | عصر | داخل | قرب | بالقرب | متاثرا | متاثرين | متاثره | برصاص | بنيران | بقصف | بانفجار | بغاره | بهجوم | بقذيفه | بطلق

[cue complementisers]
gloss: "that" opening a reported clause (قال المصدر إن …، أعلن أن …): the clause's subject right after it opens the report («إن تنظيم داعش اختطف 18 شابًا»)
word: ان | بان | وان | لان

[cue arrest-verbs]
gloss: verbs of arrest whose unvocalised past reads as the passive too (اعتُقل): with their subject before them and no object after («عشرة من موظفيهما اعتقلوا في غرب بورما»), the subject is the one held
word: اعتقل | اعتقلت | اعتقلوا | اعتقلا | احتجز | احتجزت | احتجزوا | احتجزا | اوقف | اوقفت | اوقفوا | اوقفا

[cue earlier-adjectives]
gloss: adjectives of earlier time right after an act's noun («الزيارة السابقة»، «لقاء سابق»): an act the story recalls, background
word: السابق | السابقه | سابق | سابقه | الماضي | الماضيه | الفايت | الفايته

[cue after-words]
gloss: "after" (بعد، عقب، في أعقاب): with a verb of coming before it (cue comes-after-verbs), what follows is an earlier act; before a meeting's noun with its party («عقب لقائه مع»), the meeting was held, not a cause
word: بعد | عقب | اعقاب

[cue comes-after-verbs]
gloss: "comes" placing the story's act after another («ويأتي الحادث بعد يوم من مقتل 32 شخصا»، «وتأتي زيارة فابيوس بعد زيارة …»، «جاء ذلك بعد»): the act after «بعد» is background
word: ياتي | تاتي | وياتي | وتاتي | جاء | وجاء | جاءت | وجاءت | جاي | وجاي | جات | وجات

[cue air-strike-words]
gloss: air strikes and the aircraft that fly them, for a trigger or just before it («غارات جوية استهدفت»، «شن طيران التحالف»): in a war where one side alone flies (`air:` of wars.lex), the strike is that side's (rule air-side-of-the-war)
word: غاره | غارات | الغاره | الغارات | غارتين | طيران | الطيران | طايرات | الطايرات | مقاتلات | المقاتلات | مروحيات | المروحيات

[cue since-words]
gloss: "since" (منذ): with an onset or a long period after it (cue since-periods), the act it dates is a tally or a state of things
word: منذ | ومنذ

[cue since-periods]
gloss: onsets and long periods after «منذ» («منذ بدء الحملة»، «منذ اندلاع»، «منذ عام»، «منذ أشهر»، «منذ أن باشر»): what is counted since them is a tally, background
word: بدء | بدايه | اندلاع | نشوب | انطلاق | انطلاقه | عام | اعوام | سنه | سنوات | سنتين | عامين | اشهر | شهور | شهرين | عقود | عقدين | ان | مطلع | تولي | توليه
# Stop 34: a month («وتقود واشنطن منذ آب/أغسطس ائتلافاً دولياً شن آلاف الغارات»)
word: يناير | فبراير | مارس | ابريل | مايو | يونيو | يوليو | اغسطس | سبتمبر | اكتوبر | نوفمبر | ديسمبر
word: كانون | شباط | اذار | نيسان | ايار | حزيران | تموز | اب | ايلول | تشرين

[cue superlatives]
gloss: "the first, the biggest" before «منذ» («أول زيارة منذ بدء النزاع»، «أول هجوم كبير يشنه المتمردون منذ إعلان وفاة زعيمهم»): the act is news, not a tally
word: اول | اولي | اكبر | اهم | اعنف | ادمي | اخطر | الاول | الاولي | الاكبر | الاهم | الاعنف

[cue topic-verbs]
gloss: verbs of discussing (بحث، ناقش): a mention after a noun of their object is the topic's genitive («يبحث مواجهة داعش»), not the partner, who comes with «مع»
word: بحث | يبحث | تبحث | بحثا | بحثت | يبحثان | تبحثان | بحثوا | ناقش | يناقش | تناقش | ناقشا | ناقشت | يناقشان | تناقشان | ناقشوا | وبحث | وناقش

[cue call-adverbs]
gloss: adverbs of how two talked (هاتفياً): between a verb of discussing and its partner («يبحث هاتفياً وملك الأردن»)
word: هاتفيا | تلفونيا

[cue cause-words]
gloss: words of cause (جراء، بسبب، إثر، نتيجة): a verb form right after one is the verbal noun of the cause («قُتل جراء قصف القوات»), not an act of its own
word: جراء | بسبب | اثر | نتيجه | عقب | اعقاب

[cue idioms]
gloss: set phrases that hold a name as a word: «أعاده الله باليمن والخير والبركات» (اليمن "prosperity", not Yemen); a mention starting one names no one
word: باليمن والخير | باليمن والمسرات | باليمن والبركات | باليمن والبركه | اليمن والخير | اليمن والبركات | اليمن والبركه | باليمن والاسعاد
# Stop 34: «مسقط رأس والده» is a birthplace, not Muscat (4 corpus events to Oman); «مخالفة النظام العام»
# is public order, not a regime
word: مسقط راس | مسقط راسه | مسقط راسها | مسقط راسهم | ومسقط راس | ومسقط راسه | بمسقط راس | الي مسقط راس
word: النظام العام | للنظام العام | بالنظام العام

[cue agent-genitive-nouns]
gloss: nouns of a condemned act whose genitive is who did it, not whom it hit («جريمة المستوطنين»، «جريمة حرق مستوطنين إسرائيليين لرضيع»): the condemnation's target is that actor
word: جريمه | الجريمه | جرايم | الجرايم | انتهاكات | الانتهاكات | اعتداءات | ممارسات | الممارسات
# attacks («هجمات المستوطنين»; whom they hit follows «على»)
word: هجوم | الهجوم | هجمات | الهجمات

[cue event-name-heads]
gloss: nouns of an agreement, a meeting or a declaration named after a city or a state («اتفاق فيينا»، «إعلان القاهرة»، «مؤتمر جنيف»): the name in construct after one is where it was, not an actor
word: اتفاق | اتفاقيه | موتمر | اعلان | قمه | مسار | مبادره | وثيقه | معاهده | تفاهمات | بروتوكول | منتدي | حوار | جوله

[cue cause-of-harm-words]
gloss: words before a later violence noun that make it the cause of the harm the trigger tells («لقي أربعة حوثيين حتفهم جراء كمين نصبته المقاومة»، «قتل 17 مدنيا في قصف شنه الحوثيون»): an agent phrase after it names the trigger's doer; after «بعد» or «مع» it names another act's (rule agent-phrase)
word: في | جراء | اثر | بسبب | نتيجه | خلال | اثناء | اعقاب

[cue citizen-words]
gloss: "citizen(s)" with no nationality: across a court's or the police's act, the state's own («أصدرت المحكمة الجزائية المتخصصة حكماً … بثبوت إدانة مواطن بالانضمام إلى جبهة النصرة … في سورية»), not the state of a place named later (rule role-takes-partner-country)
word: مواطن | مواطنا | مواطنين | مواطنون | المواطن | المواطنين | المواطنون | مواطنه | مواطنات

[cue adjective-homographs]
gloss: agent words that after a definite noun, or one with a pronoun, are its adjective («مشاوراتهما الدورية» periodic, «واجهة الخبر البحرية» maritime), not a patrol or a navy
word: الدوريه | البحريه

[cue name-adjective-homographs]
gloss: a state's name that is also an everyday adjective («مالي»: financial — «مبلغ مالي»، «دعم مالي»، «فساد مالي»): after a noun it is the adjective, unless the noun is one that takes a state's name in construct (cue country-construct-heads); after a preposition, or opening the sentence, it is the state
word: مالي

[cue country-construct-heads]
gloss: nouns that take a state's name in construct («وسط مالي»، «حكومة مالي»، «استقلال مالي»)
word: وسط | شمال | جنوب | شرق | غرب | حكومه | رييس | جمهوريه | دوله | استقلال | عاصمه | جيش | شعب | سلطات | ارض | اراضي | حدود | سفير | سفاره | بوسط | بشمال | بجنوب | بشرق | بغرب

[cue purpose-heads]
gloss: words of purpose right before an act's noun («بغرض قصف مدينة تعز»، «لإطلاق المفاوضات»، «لاستئناف محادثات السلام»، «الدعوة لإجراء زيارة»): the act is a goal, not done (an announced plan in the future stays a plan, 036)
word: بغرض | بهدف | لغرض | لهدف | سعيا | لاجل | لاطلاق | لاستيناف | لاجراء | لعقد | لبدء | لشن | لتنفيذ | لاستكمال
# stop 38: what is to be stopped or prevented («لوقف تقدم رجال المقاومة»، «لمنع هجمات»): not done
word: لوقف | لمنع | لصد | لايقاف | لاحباط | لعرقله

[cue outcome-heads]
gloss: nouns of a meeting's or visit's plan or cancellation, in construct before its noun («تأجيل زيارة»، «إتمام زيارة الرئيس الصيني»، «التحضير للقمة»): a meeting not held (yet). Not «نتائج»: the results of talks held are their news (snn_gold_dev codes «نتائج مباحثات … والتي اختتمت» 046)
word: تاجيل | اتمام | الغاء | التحضير | تحضير | الاعداد | ترتيبات | جدول

[cue loyalty-words]
gloss: words of loyalty or alliance after forces or fighters, before their patron («والقوات المتحالفة معها»، «المسلحين الموالين لها»، «الانفصاليين الموالين لروسيا»): they are the patron's side
word: المواليه | الموالين | الموالي | الموالون | المتحالفه | المتحالفين | المتحالفون | الحليفه | مواليه | موالين | موالون | متحالفه

[cue elaboration-words]
gloss: words opening a clause that tells more of the act before it («هاجمت ثلاث قرى، حيث قتلت عشرة أشخاص»): its verb's unnamed agent is that act's attacker
word: حيث | اذ | مما

[cue raid-nouns]
gloss: nouns of a police campaign, raids or operations (حملة، مداهمات، عمليات دهم): a violent verb right after one, in a sentence that tells of arrests («اوقفت الشرطة 251 شخصا في اطار حملة استهدفت افرادا»), tells whom the arrests aimed at, not an attack
word: حمله | حملات | مداهمات | مداهمه | عمليات | عمليه | دهم

[cue future-lookalikes]
gloss: words that read as the future سـ on an imperfect but are nouns or names («سياسيون أردنيون»، «سيول»، «سيناء»): no plan before a meeting's noun
word: سياسي | سياسيون | سياسيين | سياسيا | سيول | سيناء | سيارات | سياحي | سياق | سياج | سيدني | سييول | سيراليون

[cue organisation-heads]
gloss: nouns of a club, party, bloc, federation, company or network: a title governed by one (رئيس النادي، رئيس التيار، زعيم شبكة) is its office, not the state's
word: النادي | نادي | الحزب | حزب | التيار | تيار | تكتل | التكتل | كتله | الكتله | الاتحاد | اتحاد | الشركه | شركه | الجمعيه | جمعيه
word: الجامعه | جامعه | شبكه | الشبكه | الفريق | فريق | المنتخب | منتخب | البنك | بنك | المجموعه | مجموعه | الغرفه | غرفه | نقابه | النقابه
word: رابطه | الرابطه | الاكاديميه | المعهد | معهد | الكليه | كليه | المركز | مركز | موسسه | الموسسه | الصندوق | صندوق | جماعه
# stop 38: «رئيس مجلس إدارة الشركة»: the chairman of a board of directors (a company, a club, a society) holds no office of the state
word: اداره | الاداره
# stop 37: committees («رفع رئيس لجنة التنمية الشيخ راشد الدوسري التهاني»: a civic committee, not the state)
word: لجنه | اللجنه
# stop 35: festivals, forums and contests («رئيس المهرجان عبدرب الرسول الخميس» was SAUGOV)
word: مهرجان | المهرجان | ملتقي | الملتقي | منتدي | المنتدي | مسابقه | المسابقه | البطوله | بطوله
# stop 36: schools and the World Assembly of Muslim Youth («رئيس الندوة العالمية للشباب الإسلامي» was SAUGOV)
word: ندوه | الندوه | مدرسه | المدرسه | دار

[cue deputy-words]
gloss: deputies and assistants (نائب، مساعد، وكيل، النائب الثاني لـ): the title after them is another's office
word: نايب | النايب | مساعد | المساعد | وكيل | الوكيل | الاول | الثاني | معاون | المعاون

[cue past-markers]
gloss: words in or right after a title and name that make it no claim on the story's date: a past one (الأسبق، الراحل، المخلوع، رحمه الله، آنذاك) or one not yet held (المرشح لمنصب، المنتخب)
word: السابق | السابقه | الاسبق | الراحل | الراحله | المخلوع | المعزول | المقال | المقاله | الشهيد | الخالد | المغفور | الفقيد | الفقيده
word: رحمه | رحمها | رحمهما | حينذاك | انذاك | وقتذاك | وقتها | حينها | انذك | سابقا | الاسبقين
# not yet the holder: a nominee, an elected one before taking office, one designated
word: المرشح | المرشحه | مرشح | المنتخب | المنتخبه | المكلف | المكلفه | المعين | المقبل | القادم

[cue past-governors]
gloss: words right before a title that set it in the past (في عهد الرئيس، نظام الرئيس، حكم رئيس الوزراء، إبان رئاسة)
word: عهد | نظام | حكم | ابان | حقبه | ايام | زمن | رياسه | ولايه | اغتيال | وفاه | مقتل | اعدام

[cue locatives]
gloss: words right before a place (past a place noun: في مدينة حلب) that say an act happened there: the place slot of docs/places.md (من and إلى are where one comes from and goes to)
word: في | قرب | وسط | داخل | شمال | جنوب | شرق | غرب | شمالي | جنوبي
word: شرقي | غربي | اطراف | ضواحي | محيط | مشارف | قباله | انحاء | ارجاء

[cue near-words]
gloss: words before من that make it «near» (بالقرب من مدينة تكريت): the place after is where it happened
word: بالقرب | قريبا | بمقربه | مقربه | القريبه | القريب

[cue city-words]
gloss: words that make a state's name its capital city (مدينة الكويت، العاصمة الجزائر، الجزائر العاصمة)
word: مدينه | العاصمه | عاصمه

[cue capital-words]
gloss: «the capital» standing alone for the capital of the state named with it or around it (في العاصمة، بالعاصمة الليبية): its capital is the place
word: العاصمه

[cue arrival-words]
gloss: verbs and nouns of arriving (وصل، وصول): the place they go to (إلى مطار عدن) is where the act happened, as it is for a visit
word: وصل | وصلت | وصلوا | وصلا | وصلتا | يصل | تصل | يصلون | يصلان | تصلان | وصول | وصوله | وصولها | وصولهم

[cue hostile-names]
gloss: words that name people as terrorists or extremists («ضد الإرهابيين»، «ملاحقة الإرهابيين»): such an actor is never the partner of praise, thanks, condolences or aid (quad classes 1 and 2), only what the praised act was against
word: ارهابيين | الارهابيين | ارهابيون | الارهابيون | ارهابيا | ارهابيي | ارهابيو | الارهابيه | ارهابيه | المتطرفين | متطرفين | المتطرفون | متطرفون | داعشيا | داعشيين | الداعشيين | الدواعش

[cue expressing-verbs]
gloss: verbs of expressing a feeling or conveying words before a verbal noun with a pronoun («أعرب … عن شكره»، «عبر والد الشهيد عن شكرهم»، «قدم … تعازيه»، «رفع … تهانيه»): the pronoun is their subject, never a mention after the noun
word: اعرب | اعربت | اعربوا | اعربا | عبر | عبرت | عبروا | عبرا | قدم | قدمت | قدموا | قدما | رفع | رفعت | رفعوا | ابدي | ابدت | ابدوا | نقل | نقلت | نقلوا | سجل | سجلت

[cue masdar-auxiliaries]
gloss: verbs whose subject is the verbal noun after them («حتى يتم طرد مقاتلي داعش»، «جرى تبادل»): the word after them is a masdar, never a verb with its subject after it
word: تم | يتم | وتم | ويتم | سيتم | جري | يجري | وجري

[cue agent-genitive-masdars]
gloss: verbal nouns of a condemned act whose genitive is who did it when its object follows with لـ («إثر استهداف المستوطنين المتطرفين لمنزلهم»; not «استهداف رجال الأمن», whose genitive was hit)
word: استهداف | واستهداف | حرق | وحرق | احراق | واحراق

[cue over-words]
gloss: "during, over" before a long period (cue since-periods: «خلال 10 أشهر»، «طوال الأعوام الماضية»، «على مدى عامين»): what was counted or done over it is a tally or a state of things, background
word: خلال | وخلال | طوال | وطوال | طيله | علي مدي | علي مدار

[cue long-periods]
gloss: long periods after a word of «over» (cue over-words): months and years, not an onset («خلال مطلع الأسبوع» is news)
word: عام | اعوام | الاعوام | العام | سنه | سنوات | السنوات | سنتين | عامين | اشهر | الاشهر | شهور | الشهور | شهرين | عقود | عقدين
# stop 33: weeks («قتلوا … خلال اسبوعين من الغارات الجوية التركية»: a campaign's tally)
word: اسبوعين | اسابيع | الاسابيع

[cue fighter-heads]
gloss: people of an armed side in construct with it («ان مقاتلي المقاومة فجروا»، «عناصر التنظيم»): the side after them is who acts, so it stays the verb's subject (not the genitive of a place: «هجمات على أوكار تنظيم داعش … فقتلت»)
word: مقاتلي | مسلحي | عناصر | جنود | افراد | رجال

[cue recent-periods]
gloss: a stretch of recent time («في الأشهر الأخيرة»، «منذ ذلك الحين»): an act told over it is going on or habitual, the story's background (not praise or thanks, whose period is that of what is praised: «نظير الجهود المبذولة خلال الفترة الماضية»)
word: في الاشهر الاخيره | خلال الاشهر الاخيره | خلال الاشهر الماضيه | في الاشهر الماضيه | في الاسابيع الاخيره | خلال الاسابيع الاخيره | خلال الاسابيع الماضيه | في الاونه الاخيره | في الفتره الاخيره | خلال الفتره الاخيره | في السنوات الاخيره | خلال السنوات الاخيره | خلال السنوات الماضيه | في الاعوام الاخيره | خلال الاعوام الماضيه | منذ ذلك الحين | منذ ذلك الوقت | منذ ذلك التاريخ | وفي الاشهر الاخيره | وفي الاسابيع الاخيره | وفي الاونه الاخيره | وفي الفتره الاخيره | وفي السنوات الاخيره | وخلال الاشهر الماضيه | ومنذ ذلك الحين | ومنذ ذلك الوقت

[cue wish-words]
gloss: hope and looking forward («أعرب عن أمله في أن يقوم بزيارة»، «وتطلعه إلى استقبال»): a meeting or visit a few words after is wished for, not held (036 when announced)
word: امله | املها | املهم | يامل | تامل | يتطلع | تتطلع | تطلعه | تطلعها | تطلعهم | تطلعنا | نتطلع | رغبته | رغبتها | يتمني | تتمني

[cue next-round-words]
gloss: a round still to come, right before a meeting's noun («قبل بدء جولة جديدة من محادثات السلام»، «الجولة المقبلة من محادثات»)
word: جوله جديده من | الجوله الجديده من | الجوله المقبله من | جوله مقبله من | الجوله القادمه من | جوله قادمه من | جوله اخري من | الجوله التاليه من | جوله جديده | الجوله المقبله | الجوله القادمه

[cue contrast-words]
gloss: "while, whereas" opening a clause of another matter («… قتلوا بعد تجدد قصف المخيسة، في حين واصل تنظيم داعش تقدمه داخل بيجي»): an armed side named only after one, later in the sentence, is no doer of what came before
word: في حين | وفي حين | بينما | وبينما | في الوقت الذي | وفي الوقت الذي

[cue lam-time-words]
gloss: words of time that may follow a violent noun's genitive with لـ («قصف مواقع الحوثيين لليوم الثالث»): no object in لـ, so the genitive is still what was hit (rule noun-frame), matched with their لـ on any reading
word: يوم | اليوم | مره | المره | مده | المده | ساعات | ساعه | الساعه | ايام | اسبوع | الاسبوع | اسابيع | شهر | الشهر | اشهر | ليله | الليله | ليال | عام | العام | سنوات | فتره | الفتره | وقت | الوقت

[cue installation-heads]
gloss: a camp, base or seat right before the forces or office it is named after («معسكر الأمن المركزي»، «مقر قوات الأمن الخاصة»): hit or taken by a side of a war of wars.lex in its state, it was the enemy's (rule other-side-of-the-war)
word: معسكر | المعسكر | معسكري | معسكرات | مقر | المقر | مقرات | ثكنه | ثكنات | قاعده | مبني | مباني | ديوان

[cue two-sides-words]
gloss: the two sides or the two states as the subject right after a verb («فقد اتفق الجانبان»، «بينما يرفع البلدان مستوى التعاون»، «وبحث خلاله الجانبان»): the two states named before, the first the source (البلدان only there: elsewhere it is also the plural "countries")
word: الجانبان | البلدان | الطرفان | الدولتان

[cue time-reference-words]
gloss: words that name a coming event as a point in time, before a round-to-come phrase («قبل بدء جولة جديدة من محادثات السلام»، «عشية الجولة المقبلة من المفاوضات»): the meeting is when something else happened, no one's announced intent
word: قبل | بدء | عشيه | اقتراب | موعد | قبيل

[cue place-name-heads]
gloss: nouns of a place in construct before an agent word that then names the place, not the agent («مدن القناة»، «منطقة القناة»: the Suez Canal's; «حي الشرطة»). Not «أحياء» or «مناطق»: «أحياء المدنيين» are where the civilians live, who are hit there
word: مدينه | مدن | منطقه | محافظه | محافظات | حي | ولايه | اقليم | قريه | بلده
