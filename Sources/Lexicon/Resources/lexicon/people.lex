# Tawthiq lexicon: people with dated roles.
#
# Scope: heads of state and government, foreign and defence ministers and army chiefs 2000-2026 for
# the Arab League states, Iran, Turkey, Israel, USA, Russia, China, UK, France, Germany, Italy,
# Japan, India, Pakistan, Afghanistan, Ukraine, Ethiopia; secretaries-general of the UN, Arab
# League, NATO, GCC; leaders of the main armed groups; a few other figures the press names daily.
#
# role: CODE OFFICE START..END — half-open [START, END): END is the successor's first day.
# Dates are as exact as I know them (YYYY-MM-DD, else YYYY-MM, else YYYY). ELI lines mark former
# office-holders who stayed in public life; between two offices a gap is usually an ELI line.
# Acting / caretaker periods are folded into the office where the code does not change.
# Roles before 2000 appear only when they explain a code still relevant after 2000.
#
# Concurrent offices are each a role line (crown prince and prime minister, king and prime minister,
# PM and foreign minister …). LexiconLinter rejects one person holding the same code AND office twice
# at once, and one country's office held by two people at once. When several roles hold on a day,
# the latest-starting one gives the person's code. Offices with many holders at once (minister,
# ambassador, second vice-presidents, rival premiers) are written with office `-`; a concurrent
# office that another person also holds is kept as an `# also role:` note with the reason.
#
# name:  full names in the spellings the press uses (hamza / alef-maqsura / ta-marbuta variants are
#        covered by normalisation and not repeated).
# short: a surname that alone names the person in news. Shared short forms are deliberate when the
#        roles separate them by date (الشرع: Farouk to 2014, Ahmed from 2012; الأسد: Hafez to 2000,
#        Bashar after; خادم الحرمين الشريفين: the reigning Saudi king). Surnames that are also
#        common words are never short forms (مبارك، صالح، هادي، عون، بري، رئيسي، روحاني، صدام، البشير …).

# =====================================================================  Syria

[person hafez-al-assad]
name: حافظ الأسد
short: الأسد
role: SYRGOV president 1971-03-14..2000-06-10
source: Wikipedia (en, ar) President of Syria; died 2000-06-10

[person bashar-al-assad]
name: بشار الأسد | بشار حافظ الأسد
short: الأسد
# (commander-in-chief is also the SDF commander's office in this lexicon, so it stays a note)
# also role: SYRGOV commander-in-chief 2000-06-11..2024-12-08
role: SYRGOV president 2000-07-17..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en, ar) President of Syria; fled to Moscow 2024-12-08

[person abdul-halim-khaddam]
name: عبد الحليم خدام
role: SYRGOV vice-president 1984-03..2000-06-10
role: SYRGOV president 2000-06-10..2000-07-17
role: SYRGOV vice-president 2000-07-17..2005-06
role: SYROPP - 2005-12..2020-03-31
source: Wikipedia (en) Abdul Halim Khaddam: acting president after Hafez's death; defected 2005-12; died 2020-03-31

[person farouk-al-sharaa]
# «الشرع» alone is ambiguous by date: Farouk (foreign minister, then vice-president, to 2014) and
# Ahmed al-Sharaa (rebel leader from 2012, head of state from 2024-12-08). The resolver picks by the
# story's date; for 2012-2014 both hold roles, and a title or first name must decide.
name: فاروق الشرع
short: الشرع
role: SYRGOV foreign-minister 1984-03..2006-02-11
role: SYRGOV vice-president 2006-02-11..2014-07
role: SYRELI - 2014-07..
source: Wikipedia (en, ar) Farouk al-Sharaa; VP end: not reappointed with the new term (2014-07), month is approximate

[person ahmed-al-sharaa]
# Named president of the transition on 2025-01-29; de facto head of state (leader of the new
# administration) from 2024-12-08, which is the start used here so that SYRGOV holds from that day.
name: أحمد الشرع | أحمد حسين الشرع | أبو محمد الجولاني | محمد الجولاني
short: الشرع | الجولاني
role: SYRREB - ..2024-12-08
role: SYRGOV president 2024-12-08..
source: Wikipedia (en, ar) Ahmed al-Sharaa: al-Nusra 2012-, HTS 2017-2024; president 2025-01-29

[person najah-al-attar]
name: نجاح العطار
role: SYRGOV - 2006-03-23..2024-12-08
source: Wikipedia (en) Najah al-Attar

[person muhammad-mustafa-mero]
name: محمد مصطفى ميرو
role: SYRGOV prime-minister 2000-03-13..2003-09-10
role: SYRELI - 2003-09-10..
source: Wikipedia (en) Prime Minister of Syria

[person muhammad-naji-al-otari]
name: محمد ناجي عطري | محمد ناجي العطري | ناجي العطري
role: SYRGOV prime-minister 2003-09-10..2011-04-03
role: SYRELI - 2011-04-03..
source: Wikipedia (en) Prime Minister of Syria

[person adel-safar]
name: عادل سفر
role: SYRGOV prime-minister 2011-04-03..2012-06-23
source: Wikipedia (en) Prime Minister of Syria

[person riyad-hijab]
name: رياض حجاب | رياض فريد حجاب
role: SYRGOV prime-minister 2012-06-23..2012-08-06
role: SYROPP - 2012-08-06..
source: Wikipedia (en) Riyad Farid Hijab: defected 2012-08-06; later HNC coordinator (opposition)

[person wael-al-halqi]
name: وائل الحلقي | وائل نادر الحلقي
role: SYRGOV prime-minister 2012-08-09..2016-06-22
role: SYRELI - 2016-06-22..
source: Wikipedia (en) Prime Minister of Syria

[person imad-khamis]
name: عماد خميس
role: SYRGOV prime-minister 2016-06-22..2020-06-11
role: SYRELI - 2020-06-11..
source: Wikipedia (en) Prime Minister of Syria

[person hussein-arnous]
name: حسين عرنوس
role: SYRGOV prime-minister 2020-06-11..2024-09-14
role: SYRELI - 2024-09-14..
source: Wikipedia (en) Prime Minister of Syria (acting from 2020-06-11, appointed 2020-08-30)

[person mohammad-ghazi-al-jalali]
name: محمد غازي الجلالي
role: SYRGOV prime-minister 2024-09-14..2024-12-10
role: SYRELI - 2024-12-10..
source: Wikipedia (en) Prime Minister of Syria; handed over to the caretaker government 2024-12-10

[person mohammed-al-bashir]
name: محمد البشير
role: SYRREB - 2024-01..2024-12-10
role: SYRGOV prime-minister 2024-12-10..2025-03-29
role: SYRGOV - 2025-03-29..
source: Wikipedia (en) Mohammed al-Bashir: Salvation Government (Idlib) 2024-01; caretaker PM; energy minister 2025-03-29

[person walid-al-muallem]
name: وليد المعلم
# (Not «المعلم» alone: in the Saudi press it is a teacher or a landmark — «والده الأستاذ إبراهيم،
# المعلم في ثانوية الملك سعود»، «هذا المعلم التاريخي» — three corpus events of four.)
role: SYRGOV - 1990..2006-02-11
role: SYRGOV foreign-minister 2006-02-11..2020-11-16
source: Wikipedia (en) Walid Muallem: ambassador to the US 1990-1999, deputy FM 2000-2006 (one GOV line); died 2020-11-16

[person faisal-mekdad]
name: فيصل المقداد
short: المقداد
role: SYRGOV - 1995..2020-11-22
role: SYRGOV foreign-minister 2020-11-22..2024-09-23
role: SYRGOV vice-president 2024-09-23..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en) Faisal Mekdad: UN ambassador 1995/2003-2006, deputy FM 2006-2020; vice-president from 2024-09 (day approximate)

[person bassam-sabbagh]
name: بسام صباغ | بسام الصباغ
role: SYRGOV - 2020..2024-09-23
role: SYRGOV foreign-minister 2024-09-23..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en) Bassam Sabbagh (UN ambassador, then FM in the Jalali government)

[person asaad-al-shaibani]
name: أسعد الشيباني | أسعد حسن الشيباني
short: الشيباني
role: SYRREB - ..2024-12-08
role: SYRGOV foreign-minister 2024-12-21..
source: Wikipedia (en) Asaad al-Shaibani: HTS political department; FM from 2024-12-21

[person mustafa-tlass]
name: مصطفى طلاس
role: SYRGOV defence-minister 1972-03..2004-05-22
role: SYRELI - 2004-05-22..
source: Wikipedia (en) Mustafa Tlass; died 2017

[person hassan-turkmani]
name: حسن تركماني | داود حسن تركماني
role: SYRMIL army-chief 2002..2004-05-22
role: SYRGOV defence-minister 2004-05-22..2009-06-03
role: SYRGOV - 2009-06-03..2012-07-18
source: Wikipedia (en) Hassan Turkmani; killed in the 2012-07-18 Damascus bombing

[person ali-habib-mahmud]
name: علي حبيب محمود | العماد علي حبيب
role: SYRMIL army-chief 2004-05-22..2009-06-03
role: SYRGOV defence-minister 2009-06-03..2011-08-08
source: Wikipedia (en) Ali Habib Mahmud

[person dawoud-rajiha]
name: داود راجحة | داوود راجحة
role: SYRMIL army-chief 2009-06-03..2011-08-08
role: SYRGOV defence-minister 2011-08-08..2012-07-18
source: Wikipedia (en) Dawoud Rajiha; killed 2012-07-18

[person fahd-jassem-al-freij]
name: فهد جاسم الفريج
role: SYRMIL army-chief 2011-08-08..2012-07-18
role: SYRGOV defence-minister 2012-07-18..2018-01-01
role: SYRELI - 2018-01-01..
source: Wikipedia (en) Fahd Jassem al-Freij

[person ali-abdullah-ayyoub]
name: علي عبد الله أيوب | علي أيوب
role: SYRMIL army-chief 2012-07-18..2018-01-01
role: SYRGOV defence-minister 2018-01-01..2022-04-28
role: SYRELI - 2022-04-28..
source: Wikipedia (en) Ali Abdullah Ayyoub

[person ali-mahmoud-abbas]
name: علي محمود عباس
role: SYRGOV defence-minister 2022-04-28..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en) Minister of Defense (Syria)

[person murhaf-abu-qasra]
name: مرهف أبو قصرة | أبو الحسن الحموي
role: SYRREB - ..2024-12-08
role: SYRGOV defence-minister 2024-12-21..
source: Wikipedia (en) Murhaf Abu Qasra: HTS military commander; defence minister from 2024-12-21

[person ali-al-naasan]
name: علي النعسان | علي نور الدين النعسان
role: SYRREB - ..2024-12-08
# the appointment day in late 2024-12 is unknown to me; the month start overlaps the SYRREB line by a week
role: SYRMIL army-chief 2024-12..
source: press reports of his appointment as chief of the general staff in late December 2024 (day unknown; doubtful detail)

[person maher-al-assad]
name: ماهر الأسد
role: SYRMIL - 2000..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en) Maher al-Assad: Republican Guard / 4th Armoured Division commander (years approximate)

[person ali-mamlouk]
name: علي مملوك
role: SYRSPY intelligence-chief 2005..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en) Ali Mamlouk: General Intelligence 2005-2012, National Security Bureau 2012-2019, then security adviser; codes simplified to SPY

[person mazloum-abdi]
name: مظلوم عبدي | مظلوم كوباني | فرهاد عبدي شاهين
role: SYRREB commander-in-chief 2015-10..
source: Wikipedia (en) Mazloum Abdi, commander-in-chief of the SDF since its founding (2015-10)

# =====================================================================  Lebanon

[person emile-lahoud]
name: إميل لحود
short: لحود
role: LBNMIL army-chief 1989-11-28..1998-11-24
role: LBNGOV president 1998-11-24..2007-11-24
role: LBNELI - 2007-11-24..
source: Wikipedia (en, ar) President of Lebanon

[person michel-suleiman]
name: ميشال سليمان | ميشيل سليمان
role: LBNMIL army-chief 1998-12-21..2008-05-25
role: LBNGOV president 2008-05-25..2014-05-25
role: LBNELI - 2014-05-25..
source: Wikipedia (en, ar) President of Lebanon

[person michel-aoun]
name: ميشال عون | ميشيل عون | العماد ميشال عون | الجنرال ميشال عون
role: LBNELI - ..2016-10-31
role: LBNGOV president 2016-10-31..2022-10-31
role: LBNELI - 2022-10-31..
source: Wikipedia (en, ar) President of Lebanon (military PM 1988-1990, exile to 2005, FPM leader)

[person joseph-aoun]
name: جوزاف عون | جوزيف عون | العماد جوزاف عون
role: LBNMIL army-chief 2017-03-08..2025-01-09
role: LBNGOV president 2025-01-09..
source: Wikipedia (en, ar) President of Lebanon; Lebanese Armed Forces commander

[person jean-kahwagi]
name: جان قهوجي
role: LBNMIL army-chief 2008-08-29..2017-03-08
source: Wikipedia (en) Commander of the Lebanese Armed Forces

[person rodolphe-haykal]
name: رودولف هيكل
role: LBNMIL army-chief 2025-03-13..
source: Wikipedia (en) Commander of the Lebanese Armed Forces (appointed 2025-03-13)

[person selim-al-hoss]
name: سليم الحص
role: LBNGOV prime-minister 1998-12-04..2000-10-26
role: LBNELI - 2000-10-26..
source: Wikipedia (en) Prime Minister of Lebanon; died 2024-08-25

[person rafic-hariri]
name: رفيق الحريري | رفيق بهاء الدين الحريري
# no short «الحريري»: in protest reports («جمهور الحريري», «مؤيدة للحريري») it made a marcher an actor (GSR dev)
role: LBNGOV prime-minister 1992-10-31..1998-12-04
role: LBNELI - 1998-12-04..2000-10-26
role: LBNGOV prime-minister 2000-10-26..2004-10-26
role: LBNELI - 2004-10-26..
source: Wikipedia (en) Prime Minister of Lebanon; assassinated 2005-02-14

[person omar-karami]
name: عمر كرامي
role: LBNGOV prime-minister 2004-10-26..2005-04-19
role: LBNELI - 2005-04-19..
source: Wikipedia (en) Prime Minister of Lebanon (resigned 2005-02-28, caretaker until Mikati)

[person najib-mikati]
name: نجيب ميقاتي | نجيب عزمي ميقاتي
short: ميقاتي
role: LBNGOV prime-minister 2005-04-19..2005-07-19
role: LBNELI - 2005-07-19..2011-06-13
role: LBNGOV prime-minister 2011-06-13..2014-02-15
role: LBNELI - 2014-02-15..2021-09-10
role: LBNGOV prime-minister 2021-09-10..2025-02-08
role: LBNELI - 2025-02-08..
source: Wikipedia (en) Prime Minister of Lebanon (caretaker periods folded in)

[person fouad-siniora]
name: فؤاد السنيورة
short: السنيورة
role: LBNGOV prime-minister 2005-07-19..2009-11-09
role: LBNELI - 2009-11-09..
source: Wikipedia (en) Prime Minister of Lebanon (also acting head of state 2007-11..2008-05)

[person saad-hariri]
name: سعد الحريري | سعد رفيق الحريري | سعد الدين الحريري
role: LBNELI - 2005..2009-11-09
role: LBNGOV prime-minister 2009-11-09..2011-06-13
role: LBNELI - 2011-06-13..2016-12-18
role: LBNGOV prime-minister 2016-12-18..2020-01-21
role: LBNELI - 2020-01-21..
source: Wikipedia (en) Prime Minister of Lebanon (Future Movement leader from 2005)

[person tammam-salam]
name: تمام سلام
role: LBNGOV prime-minister 2014-02-15..2016-12-18
role: LBNELI - 2016-12-18..
source: Wikipedia (en) Prime Minister of Lebanon

[person hassan-diab]
name: حسان دياب
role: LBNGOV prime-minister 2020-01-21..2021-09-10
role: LBNELI - 2021-09-10..
source: Wikipedia (en) Prime Minister of Lebanon

[person nawaf-salam]
name: نواف سلام
role: LBNGOV - 2007-07..2017-12
role: IGOUNOICJ - 2018-02-06..2025-01-14
role: LBNGOV - 2025-01-14..2025-02-08
role: LBNGOV prime-minister 2025-02-08..
source: Wikipedia (en) Nawaf Salam: UN ambassador, ICJ judge then president (2024-02-06); PM-designate 2025-01-13, government formed 2025-02-08

[person mahmoud-hammoud]
name: محمود حمود
role: LBNGOV foreign-minister 2000-10-26..2003-04-17
role: LBNGOV defence-minister 2003-04-17..2004-10-26
role: LBNGOV foreign-minister 2004-10-26..2005-04-19
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon); days follow the cabinets' dates (medium confidence)

[person jean-obeid]
name: جان عبيد
role: LBNGOV foreign-minister 2003-04-17..2004-10-26
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon); died 2021

[person fawzi-salloukh]
name: فوزي صلوخ
role: LBNGOV foreign-minister 2005-07-19..2009-11-09
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon)

[person ali-al-shami]
name: علي الشامي
role: LBNGOV foreign-minister 2009-11-09..2011-06-13
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon)

[person adnan-mansour]
name: عدنان منصور
role: LBNGOV foreign-minister 2011-06-13..2014-02-15
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon)

[person gebran-bassil]
name: جبران باسيل
short: باسيل
role: LBNGOV - 2008-07..2014-02-15
role: LBNGOV foreign-minister 2014-02-15..2020-01-21
role: LBNELI - 2020-01-21..
source: Wikipedia (en) Gebran Bassil: telecoms then energy minister 2008-2014; FPM leader

[person nassif-hitti]
name: ناصيف حتي
role: LBNGOV foreign-minister 2020-01-21..2020-08-03
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon)

[person charbel-wehbe]
name: شربل وهبة
role: LBNGOV foreign-minister 2020-08-03..2021-05-19
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon)

[person abdallah-bou-habib]
name: عبد الله بو حبيب | عبدالله بوحبيب
role: LBNGOV foreign-minister 2021-09-10..2025-02-08
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon)

[person youssef-rajji]
name: يوسف رجي
role: LBNGOV foreign-minister 2025-02-08..
source: Wikipedia (en) Minister of Foreign Affairs (Lebanon), Nawaf Salam government

[person elias-murr]
name: إلياس المر
role: LBNGOV interior-minister 2000-10-26..2004-10-26
role: LBNGOV defence-minister 2005-04-19..2011-06-13
source: Wikipedia (en) Elias Murr

[person fayez-ghosn]
name: فايز غصن
role: LBNGOV defence-minister 2011-06-13..2014-02-15
source: Wikipedia (en) Minister of National Defence (Lebanon)

[person samir-mokbel]
name: سمير مقبل
role: LBNGOV defence-minister 2014-02-15..2019-01-31
source: Wikipedia (en) Minister of National Defence (Lebanon)

[person elias-bou-saab]
name: إلياس بو صعب | الياس بوصعب
role: LBNGOV defence-minister 2019-01-31..2020-01-21
source: Wikipedia (en) Minister of National Defence (Lebanon)

[person zeina-akar]
name: زينة عكر
role: LBNGOV defence-minister 2020-01-21..2021-09-10
source: Wikipedia (en) Minister of National Defence (Lebanon); also deputy PM

[person maurice-slim]
name: موريس سليم
role: LBNGOV defence-minister 2021-09-10..2025-02-08
source: Wikipedia (en) Minister of National Defence (Lebanon)

[person michel-menassa]
name: ميشال منسى
role: LBNGOV defence-minister 2025-02-08..
source: Wikipedia (en) Minister of National Defence (Lebanon), Nawaf Salam government

[person nabih-berri]
name: نبيه بري | نبيه مصطفى بري
role: LBNLEG speaker 1992-10-20..
source: Wikipedia (en) Speaker of the Parliament of Lebanon; Amal leader

[person hassan-nasrallah]
name: حسن نصر الله | حسن نصرالله | السيد حسن نصر الله
short: نصر الله | نصرالله
role: LBNREB secretary-general 1992-02-16..2024-09-27
source: Wikipedia (en, ar) Hassan Nasrallah; killed 2024-09-27

[person hashem-safieddine]
name: هاشم صفي الدين
role: LBNREB - ..2024-10-03
source: Wikipedia (en) Hashem Safieddine, head of Hezbollah's Executive Council; killed 2024-10-03

[person naim-qassem]
name: نعيم قاسم | الشيخ نعيم قاسم
role: LBNREB - 1991..2024-10-29
role: LBNREB secretary-general 2024-10-29..
source: Wikipedia (en) Naim Qassem: deputy SG from 1991, SG from 2024-10-29

[person imad-mughniyeh]
name: عماد مغنية | الحاج رضوان
short: مغنية
role: LBNREB - ..2008-02-12
source: Wikipedia (en) Imad Mughniyeh; killed in Damascus 2008-02-12

[person fuad-shukr]
name: فؤاد شكر | الحاج محسن
role: LBNREB - ..2024-07-30
source: Wikipedia (en) Fuad Shukr; killed 2024-07-30

# =====================================================================  Jordan

[person king-hussein-of-jordan]
name: الملك الحسين بن طلال | الحسين بن طلال | الملك حسين
role: JORGOV king 1952-08-11..1999-02-07
source: Wikipedia (en) Hussein of Jordan; died 1999-02-07

[person abdullah-ii-of-jordan]
name: عبد الله الثاني | عبد الله الثاني بن الحسين | عبد الله الثاني ابن الحسين | الملك عبد الله الثاني
role: JORGOV crown-prince 1999-01-24..1999-02-07
role: JORGOV king 1999-02-07..
source: Wikipedia (en, ar) Abdullah II of Jordan

[person hussein-bin-abdullah]
name: الحسين بن عبد الله الثاني | الأمير الحسين بن عبد الله | الأمير الحسين بن عبدالله الثاني
role: JORGOV crown-prince 2009-07-02..
source: Wikipedia (en) Crown Prince Hussein of Jordan

[person hamzah-bin-hussein]
name: حمزة بن الحسين | الأمير حمزة بن الحسين | الأمير حمزة
role: JORGOV crown-prince 1999-02-07..2004-11-28
role: JORELI - 2004-11-28..
source: Wikipedia (en) Prince Hamzah bin Hussein

[person abdul-raouf-al-rawabdeh]
name: عبد الرؤوف الروابدة
role: JORGOV prime-minister 1999-03-04..2000-06-19
role: JORELI - 2000-06-19..
source: Wikipedia (en) Prime Minister of Jordan

[person ali-abu-al-ragheb]
name: علي أبو الراغب
role: JORGOV prime-minister 2000-06-19..2003-10-25
role: JORELI - 2003-10-25..
source: Wikipedia (en) Prime Minister of Jordan

[person faisal-al-fayez]
name: فيصل الفايز
role: JORGOV prime-minister 2003-10-25..2005-04-07
role: JORELI - 2005-04-07..
source: Wikipedia (en) Prime Minister of Jordan (later Senate president)

[person adnan-badran]
name: عدنان بدران
role: JORGOV prime-minister 2005-04-07..2005-11-27
source: Wikipedia (en) Prime Minister of Jordan

[person marouf-al-bakhit]
name: معروف البخيت
role: JORGOV prime-minister 2005-11-27..2007-11-25
role: JORELI - 2007-11-25..2011-02-09
role: JORGOV prime-minister 2011-02-09..2011-10-24
role: JORELI - 2011-10-24..
source: Wikipedia (en) Prime Minister of Jordan

[person nader-al-dahabi]
name: نادر الذهبي
role: JORGOV prime-minister 2007-11-25..2009-12-14
source: Wikipedia (en) Prime Minister of Jordan

[person samir-al-rifai]
name: سمير الرفاعي | سمير زيد الرفاعي
role: JORGOV prime-minister 2009-12-14..2011-02-09
role: JORELI - 2011-02-09..
source: Wikipedia (en) Prime Minister of Jordan

[person awn-al-khasawneh]
name: عون الخصاونة
role: IGOUNOICJ - 2000-02..2011-10
role: JORGOV prime-minister 2011-10-24..2012-05-02
source: Wikipedia (en) Awn Shawkat Al-Khasawneh (ICJ judge 2000-2011)

[person fayez-al-tarawneh]
name: فايز الطراونة
role: JORGOV prime-minister 2012-05-02..2012-10-11
source: Wikipedia (en) Prime Minister of Jordan (also chief of the royal court)

[person abdullah-ensour]
name: عبد الله النسور | عبدالله النسور
role: JORGOV prime-minister 2012-10-11..2016-06-01
role: JORELI - 2016-06-01..
source: Wikipedia (en) Prime Minister of Jordan

[person hani-al-mulki]
name: هاني الملقي
role: JORGOV foreign-minister 2004-10..2005-04-07
role: JORGOV prime-minister 2016-06-01..2018-06-14
role: JORELI - 2018-06-14..
source: Wikipedia (en) Prime Minister of Jordan; FM dates approximate

[person omar-al-razzaz]
name: عمر الرزاز
role: JORGOV prime-minister 2018-06-14..2020-10-12
role: JORELI - 2020-10-12..
source: Wikipedia (en) Prime Minister of Jordan

[person bisher-al-khasawneh]
name: بشر الخصاونة
role: JORGOV prime-minister 2020-10-12..2024-09-18
role: JORELI - 2024-09-18..
source: Wikipedia (en) Prime Minister of Jordan

[person jafar-hassan]
name: جعفر حسان
role: JORGOV prime-minister 2024-09-18..
source: Wikipedia (en) Prime Minister of Jordan

[person abdul-ilah-al-khatib]
name: عبد الإله الخطيب
role: JORGOV foreign-minister 1998-08..2002-01
role: JORGOV foreign-minister 2005-11-27..2007-11-25
role: IGOUNO envoy 2011-04..2011-09
source: Wikipedia (en) Abdelelah al-Khatib (UN envoy for Libya 2011); first term dates approximate

[person marwan-muasher]
name: مروان المعشر
role: JORGOV foreign-minister 2002-01..2004-10
role: JORELI - 2004-10..
source: Wikipedia (en) Marwan Muasher; month precision

[person salaheddine-al-bashir]
name: صلاح الدين البشير
role: JORGOV foreign-minister 2007-11-25..2009-02-23
source: Wikipedia (en) Minister of Foreign Affairs (Jordan)

[person nasser-judeh]
name: ناصر جودة
role: JORGOV foreign-minister 2009-02-23..2017-01-15
role: JORELI - 2017-01-15..
source: Wikipedia (en) Nasser Judeh

[person ayman-safadi]
name: أيمن الصفدي
role: JORGOV foreign-minister 2017-01-15..
source: Wikipedia (en) Ayman Safadi (also deputy PM)

[person mashal-al-zaben]
name: مشعل الزبن | مشعل محمد الزبن
role: JORMIL army-chief 2010..2016-10
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff (Jordan); start year approximate

[person mahmoud-freihat]
name: محمود فريحات | محمود عبد الحليم فريحات
role: JORMIL army-chief 2016-10..2019-07
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff (Jordan)

[person yousef-huneiti]
name: يوسف الحنيطي | يوسف أحمد الحنيطي
role: JORMIL army-chief 2019-07..
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff (Jordan); end of term not known to me

# =====================================================================  Palestine

[person yasser-arafat]
name: ياسر عرفات | أبو عمار | محمد عبد الرؤوف عرفات
short: عرفات
role: PSEGOV president 1994-07-05..2004-11-11
source: Wikipedia (en, ar) Yasser Arafat; died 2004-11-11

[person mahmoud-abbas]
# «عباس» alone is not a short form: Abbas Kamel, Abbas Araghchi and others share the name.
name: محمود عباس | أبو مازن | محمود رضا عباس
role: PSEGOV - ..2003-03-19
role: PSEGOV prime-minister 2003-03-19..2003-10-07
role: PSEGOV - 2003-10-07..2005-01-15
role: PSEGOV president 2005-01-15..
source: Wikipedia (en, ar) Mahmoud Abbas: PLO secretary-general, PM 2003, PLO chairman 2004-11-11, president 2005-01-15

[person rawhi-fattouh]
name: روحي فتوح
role: PSEGOV president 2004-11-11..2005-01-15
source: Wikipedia (en) Rawhi Fattouh, acting president as PLC speaker

[person ahmed-qurei]
name: أحمد قريع | أبو علاء
role: PSELEG speaker 1996-03..2003-10-07
role: PSEGOV prime-minister 2003-10-07..2006-03-29
role: PSEELI - 2006-03-29..
source: Wikipedia (en) Ahmed Qurei; died 2023

[person ismail-haniyeh]
name: إسماعيل هنية | إسماعيل عبد السلام هنية
short: هنية
role: PSEGOV prime-minister 2006-03-29..2007-06-14
role: PSEGOV - 2007-06-14..2014-06-02
role: PSEREB - 2014-06-02..2017-05-06
role: PSEREB politburo-chief 2017-05-06..2024-07-31
source: Wikipedia (en, ar) Ismail Haniyeh: dismissed 2007-06-14 but headed the Gaza government until 2014-06-02 (coded PSEGOV as GSR spans do); killed in Tehran 2024-07-31

[person salam-fayyad]
name: سلام فياض
role: PSEGOV finance-minister 2002-06..2005-11
role: PSEGOV prime-minister 2007-06-15..2013-06-06
role: PSEELI - 2013-06-06..
source: Wikipedia (en) Salam Fayyad

[person rami-hamdallah]
name: رامي الحمد الله | رامي الحمدالله
role: PSEGOV prime-minister 2013-06-06..2019-04-13
role: PSEELI - 2019-04-13..
source: Wikipedia (en) Prime Minister of the Palestinian National Authority

[person mohammad-shtayyeh]
name: محمد اشتية | محمد شتية | محمد إبراهيم اشتية
short: اشتية
role: PSEGOV prime-minister 2019-04-13..2024-03-31
role: PSEELI - 2024-03-31..
source: Wikipedia (en) Prime Minister of the Palestinian National Authority

[person mohammad-mustafa]
name: محمد مصطفى
role: PSEGOV prime-minister 2024-03-31..
source: Wikipedia (en) Mohammad Mustafa (also foreign minister in his government)

[person hussein-al-sheikh]
name: حسين الشيخ
role: PSEGOV - 2007..2025-04-26
role: PSEGOV vice-president 2025-04-26..
source: Wikipedia (en) Hussein al-Sheikh: civil affairs minister, PLO secretary-general 2022; vice-president of the PLO / State of Palestine from 2025-04-26

[person nabil-shaath]
name: نبيل شعث
role: PSEGOV foreign-minister 2003-04-30..2005-02-24
role: PSEGOV - 2005-02-24..2006-03-29
source: Wikipedia (en) Nabil Shaath (then deputy PM / information minister)

[person nasser-al-qudwa]
name: ناصر القدوة
role: PSEGOV - 1991..2005-02-24
role: PSEGOV foreign-minister 2005-02-24..2006-03-29
role: PSEELI - 2006-03-29..
source: Wikipedia (en) Nasser al-Kidwa (UN observer to 2005)

[person mahmoud-al-zahar]
name: محمود الزهار
role: PSEGOV foreign-minister 2006-03-29..2007-03-17
role: PSEREB - 2007-03-17..
source: Wikipedia (en) Mahmoud al-Zahar

[person ziad-abu-amr]
name: زياد أبو عمرو
role: PSEGOV foreign-minister 2007-03-17..2007-06-17
role: PSEGOV - 2007-06-17..
source: Wikipedia (en) Ziad Abu Amr (later deputy PM)

[person riyad-al-maliki]
# no short: المالكي is also Nouri al-Maliki (Iraq), in office at the same time
name: رياض المالكي
role: PSEGOV foreign-minister 2007-06-17..2024-03-31
role: PSEELI - 2024-03-31..
source: Wikipedia (en) Riyad al-Maliki

[person ahmed-yassin]
name: أحمد ياسين | الشيخ أحمد ياسين
role: PSEREB - ..2004-03-22
source: Wikipedia (en) Ahmed Yassin, founder of Hamas; killed 2004-03-22

[person abdel-aziz-al-rantisi]
name: عبد العزيز الرنتيسي
short: الرنتيسي
role: PSEREB - ..2004-04-17
source: Wikipedia (en) Abdel Aziz al-Rantisi; killed 2004-04-17

[person khaled-mashal]
name: خالد مشعل
role: PSEREB politburo-chief 1996..2017-05-06
role: PSEREB - 2017-05-06..
source: Wikipedia (en) Khaled Mashal (head of the political bureau 1996-2017; later head abroad)

[person mousa-abu-marzouk]
name: موسى أبو مرزوق
role: PSEREB politburo-chief 1992..1996
role: PSEREB - 1996..
source: Wikipedia (en) Mousa Abu Marzouk

[person yahya-sinwar]
name: يحيى السنوار
short: السنوار
role: PSEREB - 2011-10-18..2024-08-06
role: PSEREB politburo-chief 2024-08-06..2024-10-16
source: Wikipedia (en, ar) Yahya Sinwar: released 2011-10-18, Gaza leader 2017-02-13; killed 2024-10-16

[person mohammed-sinwar]
name: محمد السنوار
role: PSEREB - ..2025-05-13
source: Wikipedia (en) Mohammed Sinwar; killed 2025-05 (announced later)

[person mohammed-deif]
name: محمد الضيف | محمد دياب المصري | أبو خالد الضيف
role: PSEREB - ..2024-07-13
source: Wikipedia (en) Mohammed Deif, Qassam Brigades commander from 2002; killed 2024-07-13

[person saleh-al-arouri]
name: صالح العاروري
short: العاروري
role: PSEREB - ..2024-01-02
source: Wikipedia (en) Saleh al-Arouri; killed in Beirut 2024-01-02

[person khalil-al-hayya]
name: خليل الحية
role: PSEREB - ..
source: Wikipedia (en) Khalil al-Hayya, Hamas Gaza leader and chief negotiator

[person ramadan-shalah]
name: رمضان شلح | رمضان عبد الله شلح
role: PSEREB secretary-general 1995-10-26..2018-09-28
source: Wikipedia (en) Ramadan Shalah (PIJ); died 2020-06-06

[person ziyad-al-nakhalah]
name: زياد النخالة
short: النخالة
role: PSEREB secretary-general 2018-09-28..
source: Wikipedia (en) Ziyad al-Nakhalah (PIJ)

# =====================================================================  Israel

[person ezer-weizman]
name: عيزر وايزمان | عيزر فايتسمان
role: ISRGOV president 1993-05-13..2000-07-13
source: Wikipedia (en) President of Israel

[person moshe-katsav]
name: موشيه كتساف | موشيه قصاب
role: ISRGOV president 2000-08-01..2007-07-01
role: ISRELI - 2007-07-01..
source: Wikipedia (en) President of Israel (resigned 2007-07-01)

[person shimon-peres]
name: شمعون بيريز | شيمون بيريز
short: بيريز
role: ISRGOV foreign-minister 2001-03-07..2002-11-02
role: ISRELI - 2002-11-02..2005-01-10
role: ISRGOV - 2005-01-10..2007-07-15
role: ISRGOV president 2007-07-15..2014-07-24
role: ISRELI - 2014-07-24..
source: Wikipedia (en) Shimon Peres (vice PM 2005-2007); died 2016-09-28

[person reuven-rivlin]
name: رؤوفين ريفلين | روبي ريفلين
short: ريفلين
role: ISRLEG speaker 2003-02-17..2006-04-03
role: ISRLEG speaker 2009-03-30..2013-02-05
role: ISRGOV president 2014-07-24..2021-07-07
role: ISRELI - 2021-07-07..
source: Wikipedia (en) Reuven Rivlin (speaker of the Knesset twice)

[person isaac-herzog]
name: يتسحاق هرتسوغ | إسحاق هرتسوغ | إسحق هرتسوغ
short: هرتسوغ
role: ISRGOV - 2005-11..2011-01
role: ISRELI - 2011-01..2021-07-07
role: ISRGOV president 2021-07-07..
source: Wikipedia (en) Isaac Herzog (minister, Labor leader and opposition leader, Jewish Agency chair)

[person ehud-barak]
# no short: باراك is also Barack Obama's first name
name: إيهود باراك
role: ISRGOV prime-minister 1999-07-06..2001-03-07
role: ISRELI - 2001-03-07..2007-06-18
role: ISRGOV defence-minister 2007-06-18..2013-03-18
role: ISRELI - 2013-03-18..
source: Wikipedia (en) Ehud Barak

[person ariel-sharon]
name: أرييل شارون | أريئيل شارون
short: شارون
role: ISRGOV prime-minister 2001-03-07..2006-01-04
source: Wikipedia (en) Ariel Sharon: incapacitated 2006-01-04 (Olmert acting; formally PM to 2006-04-14, cut at 2006-01-04 so the office has one holder); died 2014

[person ehud-olmert]
name: إيهود أولمرت
short: أولمرت
role: ISRGOV prime-minister 2006-01-04..2009-03-31
role: ISRELI - 2009-03-31..
source: Wikipedia (en) Ehud Olmert (acting from 2006-01-04)

[person benjamin-netanyahu]
name: بنيامين نتنياهو | بنيامين نتانياهو | بنيامين نيتنياهو | بيبي نتنياهو
short: نتنياهو | نتانياهو | نيتنياهو
role: ISRGOV prime-minister 1996-06-18..1999-07-06
role: ISRELI - 1999-07-06..2002-11-06
role: ISRGOV foreign-minister 2002-11-06..2003-02-28
role: ISRGOV finance-minister 2003-02-28..2005-08-09
role: ISRELI - 2005-08-09..2009-03-31
role: ISRGOV prime-minister 2009-03-31..2021-06-13
role: ISRELI - 2021-06-13..2022-12-29
role: ISRGOV prime-minister 2022-12-29..
source: Wikipedia (en, ar) Benjamin Netanyahu (opposition leader periods coded ELI as former PM)

[person naftali-bennett]
name: نفتالي بينيت | نفتالي بينت
short: بينيت
role: ISRGOV minister 2013-03-18..2019-06-02
role: ISRELI - 2019-06-02..2019-11-12
role: ISRGOV defence-minister 2019-11-12..2020-05-17
role: ISRELI - 2020-05-17..2021-06-13
role: ISRGOV prime-minister 2021-06-13..2022-06-30
role: ISRELI - 2022-06-30..
# Lapid took office on 2022-07-01; the brief and diplomacy_dev.md give Bennett's end as 2022-06-30.
source: Wikipedia (en) Naftali Bennett (economy, then education minister 2013-2019)

[person yair-lapid]
name: يائير لابيد | يائير لبيد
short: لابيد
role: ISRGOV finance-minister 2013-03-18..2014-12-02
role: ISRELI - 2014-12-02..2021-06-13
role: ISRGOV foreign-minister 2021-06-13..2022-07-01
role: ISRGOV prime-minister 2022-07-01..2022-12-29
role: ISRELI - 2022-12-29..
source: Wikipedia (en) Yair Lapid (opposition leader periods coded ELI)

[person shlomo-ben-ami]
name: شلومو بن عامي
role: ISRGOV foreign-minister 2000-08-02..2001-03-07
source: Wikipedia (en) Foreign Minister of Israel (acting from 2000-08-02, confirmed 2000-11)

[person silvan-shalom]
name: سيلفان شالوم
role: ISRGOV foreign-minister 2003-02-28..2006-01-16
source: Wikipedia (en) Foreign Minister of Israel

[person tzipi-livni]
name: تسيبي ليفني
short: ليفني
role: ISRGOV foreign-minister 2006-01-18..2009-03-31
role: ISRELI - 2009-03-31..2013-03-18
role: ISRGOV - 2013-03-18..2014-12-02
role: ISRELI - 2014-12-02..
source: Wikipedia (en) Tzipi Livni (justice minister 2013-2014)

[person avigdor-lieberman]
name: أفيغدور ليبرمان | أفيغدور ليبرمن
short: ليبرمان
role: ISRGOV foreign-minister 2009-03-31..2012-12-18
role: ISRELI - 2012-12-18..2013-11-11
role: ISRGOV foreign-minister 2013-11-11..2015-05-14
role: ISRELI - 2015-05-14..2016-05-30
role: ISRGOV defence-minister 2016-05-30..2018-11-18
role: ISRELI - 2018-11-18..2021-06-13
role: ISRGOV finance-minister 2021-06-13..2022-12-29
role: ISRELI - 2022-12-29..
source: Wikipedia (en) Avigdor Lieberman

[person israel-katz]
name: يسرائيل كاتس | يسرائيل كاتز
role: ISRGOV - 2009-03-31..2019-02-17
role: ISRGOV foreign-minister 2019-02-17..2020-05-17
role: ISRGOV finance-minister 2020-05-17..2021-06-13
role: ISRELI - 2021-06-13..2022-12-29
role: ISRGOV - 2022-12-29..2024-01-01
role: ISRGOV foreign-minister 2024-01-01..2024-11-07
role: ISRGOV defence-minister 2024-11-07..
source: Wikipedia (en) Israel Katz (transport minister 2009-2019; energy 2023)

[person gabi-ashkenazi]
name: غابي أشكنازي
role: ISRMIL army-chief 2007-02-14..2011-02-14
role: ISRELI - 2011-02-14..2020-05-17
role: ISRGOV foreign-minister 2020-05-17..2021-06-13
role: ISRELI - 2021-06-13..
source: Wikipedia (en) Gabi Ashkenazi

[person eli-cohen-politician]
name: إيلي كوهين
role: ISRGOV foreign-minister 2022-12-29..2024-01-01
role: ISRGOV - 2024-01-01..
source: Wikipedia (en) Eli Cohen (politician), FM in the rotation with Israel Katz; then energy minister

[person gideon-saar]
name: جدعون ساعر | غدعون ساعر
short: ساعر
role: ISRGOV - 2021-06-13..2022-12-29
role: ISRGOV foreign-minister 2024-11-07..
source: Wikipedia (en) Gideon Sa'ar (justice minister 2021-2022)

[person binyamin-ben-eliezer]
name: بنيامين بن إليعازر
role: ISRGOV defence-minister 2001-03-07..2002-11-02
source: Wikipedia (en) Defense Minister of Israel; died 2016

[person shaul-mofaz]
name: شاؤول موفاز
short: موفاز
role: ISRMIL army-chief 1998-07-09..2002-07-09
role: ISRGOV defence-minister 2002-11-04..2006-05-04
role: ISRGOV - 2006-05-04..2009-03-31
role: ISRELI - 2009-03-31..
source: Wikipedia (en) Shaul Mofaz (transport minister 2006-2009)

[person amir-peretz]
name: عمير بيرتس | عامير بيرتس
role: ISRGOV defence-minister 2006-05-04..2007-06-18
source: Wikipedia (en) Defense Minister of Israel

[person moshe-yaalon]
name: موشيه يعالون
short: يعالون
role: ISRMIL army-chief 2002-07-09..2005-06-01
role: ISRGOV defence-minister 2013-03-18..2016-05-30
role: ISRELI - 2016-05-30..
source: Wikipedia (en) Moshe Ya'alon

[person benny-gantz]
name: بيني غانتس | بني غانتس
short: غانتس
role: ISRMIL army-chief 2011-02-14..2015-02-16
role: ISRELI - 2015-02-16..2020-05-17
role: ISRGOV defence-minister 2020-05-17..2022-12-29
role: ISRELI - 2022-12-29..2023-10-11
role: ISRGOV - 2023-10-11..2024-06-09
role: ISRELI - 2024-06-09..
source: Wikipedia (en) Benny Gantz (war cabinet 2023-10-11..2024-06-09)

[person yoav-gallant]
name: يوآف غالانت | يوآف غلانت
short: غالانت
role: ISRGOV defence-minister 2022-12-29..2024-11-07
role: ISRELI - 2024-11-07..
source: Wikipedia (en) Yoav Gallant (dismissal of 2023-03-26 was not carried out)

[person dan-halutz]
name: دان حالوتس
role: ISRMIL army-chief 2005-06-01..2007-02-14
source: Wikipedia (en) Chief of the General Staff (Israel)

[person gadi-eisenkot]
name: غادي آيزنكوت
role: ISRMIL army-chief 2015-02-16..2019-01-15
role: ISRGOV - 2023-10-11..2024-06-09
source: Wikipedia (en) Gadi Eisenkot (war-cabinet observer 2023-2024)

[person aviv-kochavi]
name: أفيف كوخافي
role: ISRMIL army-chief 2019-01-15..2023-01-16
source: Wikipedia (en) Chief of the General Staff (Israel)

[person herzi-halevi]
name: هرتسي هليفي | هرتسي هاليفي
role: ISRMIL army-chief 2023-01-16..2025-03-05
source: Wikipedia (en) Chief of the General Staff (Israel)

[person eyal-zamir]
name: إيال زامير
role: ISRMIL army-chief 2025-03-05..
source: Wikipedia (en) Chief of the General Staff (Israel)

[person meir-dagan]
name: مئير داغان
role: ISRSPY intelligence-chief 2002-09..2011-01
source: Wikipedia (en) Director of the Mossad

[person tamir-pardo]
name: تامير باردو
role: ISRSPY intelligence-chief 2011-01..2016-01
source: Wikipedia (en) Director of the Mossad

[person yossi-cohen]
name: يوسي كوهين
role: ISRSPY intelligence-chief 2016-01..2021-06-01
source: Wikipedia (en) Director of the Mossad

[person david-barnea]
name: ديفيد برنياع | دافيد برنياع
role: ISRSPY intelligence-chief 2021-06-01..
source: Wikipedia (en) Director of the Mossad

[person itamar-ben-gvir]
name: إيتمار بن غفير
short: بن غفير
role: ISRGOV - 2022-12-29..2025-01-19
role: ISRELI - 2025-01-19..2025-03-19
role: ISRGOV - 2025-03-19..
source: Wikipedia (en) Itamar Ben-Gvir, national security minister (left over the Gaza ceasefire, returned 2025-03)

[person bezalel-smotrich]
name: بتسلئيل سموتريتش
short: سموتريتش
role: ISRGOV finance-minister 2022-12-29..
source: Wikipedia (en) Bezalel Smotrich

# =====================================================================  Egypt

[person hosni-mubarak]
# no short: مبارك is also "blessed" (رمضان مبارك) and a common name
name: حسني مبارك | محمد حسني مبارك | محمد حسني السيد مبارك
role: EGYGOV president 1981-10-14..2011-02-11
role: EGYELI - 2011-02-11..
source: Wikipedia (en, ar) President of Egypt; died 2020-02-25

[person omar-suleiman]
name: عمر سليمان | اللواء عمر سليمان
role: EGYSPY intelligence-chief 1993-01-22..2011-01-29
role: EGYGOV vice-president 2011-01-29..2011-02-11
role: EGYELI - 2011-02-11..
source: Wikipedia (en) Omar Suleiman; died 2012-07-19

[person mohamed-hussein-tantawi]
name: محمد حسين طنطاوي | المشير طنطاوي | المشير محمد حسين طنطاوي
short: طنطاوي
role: EGYGOV defence-minister 1991-05-20..2011-02-11
role: EGYGOV council-chairman 2011-02-11..2012-06-30
role: EGYGOV defence-minister 2011-02-11..2012-06-30
role: EGYGOV defence-minister 2012-06-30..2012-08-12
role: EGYELI - 2012-08-12..
source: Wikipedia (en) Mohamed Hussein Tantawi (SCAF chairman); died 2021-09-21

[person sami-anan]
name: سامي عنان | الفريق سامي عنان
role: EGYMIL army-chief 2005-10..2012-08-12
role: EGYELI - 2012-08-12..
source: Wikipedia (en) Sami Anan; start month approximate

[person mohamed-morsi]
name: محمد مرسي | محمد مرسي العياط | محمد محمد مرسي عيسى العياط
role: EGYOPP - 2011-04-30..2012-06-30
role: EGYGOV president 2012-06-30..2013-07-03
role: EGYELI - 2013-07-03..
source: Wikipedia (en, ar) Mohamed Morsi: FJP chairman, president, deposed 2013-07-03; died 2019-06-17

[person adly-mansour]
name: عدلي منصور
role: EGYGOV president 2013-07-04..2014-06-08
source: Wikipedia (en) Adly Mansour, interim president

[person abdel-fattah-el-sisi]
name: عبد الفتاح السيسي | عبدالفتاح السيسي | عبد الفتاح سعيد حسين خليل السيسي | المشير عبد الفتاح السيسي
short: السيسي
role: EGYSPY - 2010-01..2012-08-12
role: EGYGOV defence-minister 2012-08-12..2014-03-26
role: EGYELI - 2014-03-26..2014-06-08
role: EGYGOV president 2014-06-08..
source: Wikipedia (en, ar) Abdel Fattah el-Sisi (director of military intelligence 2010-2012; start month approximate)

[person atef-ebeid]
name: عاطف عبيد
role: EGYGOV prime-minister 1999-10-05..2004-07-14
source: Wikipedia (en) Prime Minister of Egypt

[person ahmed-nazif]
name: أحمد نظيف
role: EGYGOV prime-minister 2004-07-14..2011-01-29
role: EGYELI - 2011-01-29..
source: Wikipedia (en) Prime Minister of Egypt

[person ahmed-shafik]
name: أحمد شفيق | الفريق أحمد شفيق
role: EGYGOV - 2002-09..2011-01-29
role: EGYGOV prime-minister 2011-01-29..2011-03-03
role: EGYELI - 2011-03-03..
source: Wikipedia (en) Ahmed Shafik (civil aviation minister 2002-2011)

[person essam-sharaf]
name: عصام شرف
role: EGYGOV prime-minister 2011-03-03..2011-12-07
source: Wikipedia (en) Prime Minister of Egypt

[person kamal-ganzouri]
name: كمال الجنزوري
role: EGYGOV prime-minister 2011-12-07..2012-08-02
source: Wikipedia (en) Prime Minister of Egypt (also 1996-1999)

[person hesham-qandil]
name: هشام قنديل
role: EGYGOV prime-minister 2012-08-02..2013-07-16
source: Wikipedia (en) Prime Minister of Egypt

[person hazem-el-beblawi]
name: حازم الببلاوي
role: EGYGOV prime-minister 2013-07-16..2014-03-01
source: Wikipedia (en) Prime Minister of Egypt

[person ibrahim-mahlab]
name: إبراهيم محلب
short: محلب
role: EGYGOV prime-minister 2014-03-01..2015-09-19
role: EGYGOV - 2015-09-19..
source: Wikipedia (en) Prime Minister of Egypt (then presidential assistant)

[person sherif-ismail]
name: شريف إسماعيل
role: EGYGOV minister 2013-07-16..2015-09-19
role: EGYGOV prime-minister 2015-09-19..2018-06-07
role: EGYGOV - 2018-06-07..
source: Wikipedia (en) Sherif Ismail (petroleum minister 2013-07-16..2015-09-19), Prime Minister of Egypt (then presidential assistant)

[person mostafa-madbouly]
name: مصطفى مدبولي | مصطفى كمال مدبولي
short: مدبولي
role: EGYGOV prime-minister 2018-06-07..
source: Wikipedia (en) Prime Minister of Egypt

[person amr-moussa]
# no short: موسى is a common given name
name: عمرو موسى
role: EGYGOV foreign-minister 1991-05-20..2001-05-15
role: IGOARL secretary-general 2001-05-15..2011-07-01
role: EGYELI - 2011-07-01..
source: Wikipedia (en, ar) Amr Moussa

[person ahmed-maher]
name: أحمد ماهر | أحمد ماهر السيد
role: EGYGOV foreign-minister 2001-05-15..2004-07-14
source: Wikipedia (en) Ahmed Maher (diplomat); died 2010

[person ahmed-aboul-gheit]
name: أحمد أبو الغيط | أحمد أبوالغيط
short: أبو الغيط
role: EGYGOV foreign-minister 2004-07-14..2011-03-06
role: EGYELI - 2011-03-06..2016-07-01
role: IGOARL secretary-general 2016-07-01..
source: Wikipedia (en, ar) Ahmed Aboul Gheit; second AL term from 2021-07-01

[person nabil-elaraby]
# no short: العربي is the word "Arab"
name: نبيل العربي
role: IGOUNOICJ - 2001-02..2006-02
role: EGYGOV foreign-minister 2011-03-06..2011-06
role: IGOARL secretary-general 2011-07-01..2016-07-01
role: EGYELI - 2016-07-01..
source: Wikipedia (en) Nabil Elaraby (ICJ judge 2001-2006); died 2024

[person mohamed-orabi]
name: محمد العرابي
role: EGYGOV foreign-minister 2011-06..2011-07-17
source: Wikipedia (en) Mohamed Orabi (a few weeks in 2011)

[person mohamed-kamel-amr]
name: محمد كامل عمرو
role: EGYGOV foreign-minister 2011-07-17..2013-07-16
source: Wikipedia (en) Minister of Foreign Affairs (Egypt)

[person nabil-fahmy]
name: نبيل فهمي
role: EGYGOV foreign-minister 2013-07-16..2014-06-17
source: Wikipedia (en) Minister of Foreign Affairs (Egypt)

[person sameh-shoukry]
name: سامح شكري | سامح حسن شكري
short: شكري
role: EGYGOV - 2008..2012
role: EGYGOV foreign-minister 2014-06-17..2024-07-03
role: EGYELI - 2024-07-03..
source: Wikipedia (en) Sameh Shoukry (ambassador to the US 2008-2012)

[person badr-abdelatty]
name: بدر عبد العاطي | بدر عبدالعاطي
role: EGYGOV foreign-minister 2024-07-03..
source: Wikipedia (en) Minister of Foreign Affairs (Egypt)

[person sedki-sobhi]
name: صدقي صبحي | صدقي صبحي سيد أحمد
role: EGYMIL army-chief 2012-08-12..2014-03-26
role: EGYGOV defence-minister 2014-03-26..2018-06-14
role: EGYELI - 2018-06-14..
source: Wikipedia (en) Sedki Sobhi

[person mohamed-zaki]
name: محمد أحمد زكي | الفريق أول محمد زكي
role: EGYMIL - 2012..2018-06-14
role: EGYGOV defence-minister 2018-06-14..2024-07-03
role: EGYGOV - 2024-07-03..
source: Wikipedia (en) Mohamed Ahmed Zaki (Republican Guard commander; presidential adviser after 2024)

[person abdel-mageed-saqr]
name: عبد المجيد صقر
role: EGYGOV defence-minister 2024-07-03..
source: Wikipedia (en) Minister of Defense (Egypt)

[person mahmoud-hegazy]
name: محمود حجازي | محمود إبراهيم حجازي
role: EGYMIL army-chief 2014-03-26..2017-10-28
role: EGYGOV - 2017-10-28..
source: Wikipedia (en) Mahmoud Hegazy (then presidential adviser)

[person mohamed-farid-hegazy]
name: محمد فريد حجازي
role: EGYMIL army-chief 2017-10-28..2021-10-27
role: EGYGOV - 2021-10-27..
source: Wikipedia (en) Mohamed Farid Hegazy

[person osama-askar]
name: أسامة عسكر | أسامة رشدي عسكر
role: EGYMIL army-chief 2021-10-27..2024-07-03
role: EGYGOV - 2024-07-03..
source: Wikipedia (en) Chief of Staff of the Egyptian Armed Forces

[person ahmed-khalifa]
name: أحمد فتحي خليفة | الفريق أحمد خليفة
role: EGYMIL army-chief 2024-07-03..
source: Wikipedia (en) Chief of Staff of the Egyptian Armed Forces

[person abbas-kamel]
name: عباس كامل | اللواء عباس كامل
role: EGYGOV - 2014-06..2018-01-18
role: EGYSPY intelligence-chief 2018-01-18..2024-10-16
role: EGYGOV - 2024-10-16..
source: Wikipedia (en) Abbas Kamel: chief of the presidential office, GIS director, then presidential envoy; diplomacy_dev.md codes him EGYSPY in 2021

[person hassan-rashad]
name: حسن رشاد | اللواء حسن رشاد
role: EGYSPY intelligence-chief 2024-10-16..
source: Wikipedia (en) General Intelligence Directorate (Egypt)

[person mohammed-badie]
name: محمد بديع
role: EGYOPP - 2010-01-16..
source: Wikipedia (en) Mohammed Badie, General Guide of the Muslim Brotherhood (jailed since 2013)

# =====================================================================  Sudan

[person omar-al-bashir]
# no short: البشير is also Mohammed al-Bashir (Syria) and a common word
name: عمر البشير | عمر حسن البشير | عمر حسن أحمد البشير | المشير عمر البشير
role: SDNGOV president 1989-06-30..2019-04-11
role: SDNELI - 2019-04-11..
source: Wikipedia (en, ar) Omar al-Bashir

[person ahmed-awad-ibn-auf]
name: أحمد عوض بن عوف | عوض بن عوف | عوض ابن عوف
role: SDNGOV defence-minister 2015-06..2019-02-23
role: SDNGOV vice-president 2019-02-23..2019-04-11
role: SDNGOV defence-minister 2019-02-23..2019-04-11
role: SDNGOV council-chairman 2019-04-11..2019-04-12
role: SDNELI - 2019-04-12..
source: Wikipedia (en) Ahmed Awad Ibn Auf

[person abdel-fattah-al-burhan]
# no short: البرهان is also the word "proof"
name: عبد الفتاح البرهان | عبدالفتاح البرهان | عبد الفتاح عبد الرحمن البرهان | الفريق أول عبد الفتاح البرهان
role: SDNMIL - 2019-02-26..2019-04-12
role: SDNGOV council-chairman 2019-04-12..
source: Wikipedia (en, ar) Abdel Fattah al-Burhan (TMC 2019-04-12, Sovereignty Council 2019-08-21; also army commander-in-chief)

[person mohamed-hamdan-dagalo]
name: محمد حمدان دقلو | محمد حمدان دقلو موسى
short: حميدتي
role: SDNMIL commander-in-chief 2013-08..2019-04-12
role: SDNGOV vice-president 2019-04-12..2023-04-15
role: SDNREB commander-in-chief 2023-04-15..
source: Wikipedia (en, ar) Hemedti: RSF commander; deputy chair of the TMC and Sovereignty Council (dismissed 2023-05-19); at war with the army from 2023-04-15 (diplomacy_dev.md: RSF SDNREB)

[person abdel-rahim-dagalo]
name: عبد الرحيم دقلو | عبد الرحيم حمدان دقلو
role: SDNMIL - ..2023-04-15
role: SDNREB - 2023-04-15..
source: Wikipedia (en) Abdelrahim Hamdan Dagalo, RSF deputy commander

[person bakri-hassan-saleh]
name: بكري حسن صالح
role: SDNGOV vice-president 2013-12-08..2017-03-02
role: SDNGOV prime-minister 2017-03-02..2018-09-09
role: SDNGOV vice-president 2017-03-02..2018-09-09
role: SDNGOV vice-president 2018-09-09..2019-02-23
role: SDNELI - 2019-02-23..
source: Wikipedia (en) Bakri Hassan Saleh (first vice-president)

[person motazz-moussa]
name: معتز موسى
role: SDNGOV prime-minister 2018-09-10..2019-02-23
source: Wikipedia (en) Prime Minister of Sudan

[person mohamed-tahir-ayala]
name: محمد طاهر إيلا
role: SDNGOV prime-minister 2019-02-23..2019-04-11
source: Wikipedia (en) Prime Minister of Sudan

[person abdalla-hamdok]
name: عبد الله حمدوك | عبدالله حمدوك
short: حمدوك
role: SDNGOV prime-minister 2019-08-21..2021-10-25
role: SDNELI - 2021-10-25..2021-11-21
role: SDNGOV prime-minister 2021-11-21..2022-01-02
role: SDNELI - 2022-01-02..
source: Wikipedia (en) Abdalla Hamdok (deposed in the coup of 2021-10-25, reinstated 2021-11-21, resigned 2022-01-02)

[person kamil-idris]
name: كامل إدريس | كامل الطيب إدريس
role: SDNGOV prime-minister 2025-05-19..
source: Wikipedia (en) Prime Minister of Sudan

[person ali-osman-taha]
name: علي عثمان طه | علي عثمان محمد طه
role: SDNGOV vice-president 1998-02..2005-07-09
role: SDNGOV - 2005-07-09..2011-09
role: SDNGOV vice-president 2011-09..2013-12-08
role: SDNELI - 2013-12-08..
source: Wikipedia (en) Ali Osman Taha (first VP 1998-2005 and 2011-2013, second VP 2005-2011)

[person john-garang]
name: جون قرنق | جون قرنق دي مابيور
role: SDNREB - ..2005-07-09
role: SDNGOV vice-president 2005-07-09..2005-07-30
source: Wikipedia (en) John Garang (SPLA leader); died 2005-07-30

[person salva-kiir]
name: سلفا كير | سلفا كير ميارديت
role: SDNGOV vice-president 2005-08-11..2011-07-09
role: SSDGOV president 2011-07-09..
source: Wikipedia (en) Salva Kiir Mayardit

[person sadiq-al-mahdi]
name: الصادق المهدي
role: SDNOPP - ..2020-11-26
source: Wikipedia (en) Sadiq al-Mahdi (Umma Party leader; PM 1966-67, 1986-89); died 2020-11-26

[person mustafa-osman-ismail]
name: مصطفى عثمان إسماعيل
role: SDNGOV foreign-minister 1998-02..2005-09-22
source: Wikipedia (en) Minister of Foreign Affairs (Sudan)

[person lam-akol]
name: لام أكول
role: SDNGOV foreign-minister 2005-09-22..2007-10
source: Wikipedia (en) Lam Akol

[person deng-alor]
name: دينق ألور | دينق ألور كول
role: SDNGOV foreign-minister 2007-10..2010-06
source: Wikipedia (en) Deng Alor

[person ali-karti]
name: علي كرتي | علي أحمد كرتي
role: SDNGOV foreign-minister 2010-06..2015-06
source: Wikipedia (en) Ali Karti

[person ibrahim-ghandour]
name: إبراهيم غندور
short: غندور
role: SDNGOV foreign-minister 2015-06..2018-04-19
source: Wikipedia (en) Ibrahim Ghandour

[person al-dirdiri-mohamed-ahmed]
name: الدرديري محمد أحمد
role: SDNGOV foreign-minister 2018-06..2019-04-11
source: Wikipedia (en) Minister of Foreign Affairs (Sudan)

[person asma-abdalla]
name: أسماء محمد عبد الله | أسماء عبد الله
role: SDNGOV foreign-minister 2019-09-08..2020-07-09
source: Wikipedia (en) Asma Mohamed Abdalla

[person mariam-al-mahdi]
name: مريم الصادق المهدي | مريم المهدي
role: SDNGOV foreign-minister 2021-02-08..2021-10-25
source: Wikipedia (en) Mariam al-Sadiq al-Mahdi

[person abdel-rahim-mohammed-hussein]
name: عبد الرحيم محمد حسين
role: SDNGOV defence-minister 2005-09..2015-06
source: Wikipedia (en) Abdel Rahim Mohammed Hussein; dates to the month (medium confidence)

# =====================================================================  Libya

[person muammar-gaddafi]
name: معمر القذافي | العقيد معمر القذافي | العقيد القذافي | معمر أبو منيار القذافي
short: القذافي
role: LBYGOV leader 1969-09-01..2011-08-23
role: LBYELI - 2011-08-23..
source: Wikipedia (en, ar) Muammar Gaddafi: Tripoli fell 2011-08-23; killed 2011-10-20

[person saif-al-islam-gaddafi]
name: سيف الإسلام القذافي | سيف الإسلام معمر القذافي
role: LBYELI - ..
source: Wikipedia (en) Saif al-Islam Gaddafi (no formal office; presidential candidate 2021)

[person mustafa-abdul-jalil]
name: مصطفى عبد الجليل
role: LBYGOV - 2007-01..2011-02-21
role: LBYGOV council-chairman 2011-03-05..2012-08-08
role: LBYELI - 2012-08-08..
source: Wikipedia (en) Mustafa Abdul Jalil (justice minister, then NTC chairman)

[person mahmoud-jibril]
name: محمود جبريل
role: LBYGOV prime-minister 2011-03-23..2011-10-23
role: LBYELI - 2011-10-23..
source: Wikipedia (en) Mahmoud Jibril (NTC executive board); died 2020-04-05

[person abdurrahim-el-keib]
name: عبد الرحيم الكيب
role: LBYGOV prime-minister 2011-11-24..2012-11-14
source: Wikipedia (en) Prime Minister of Libya

[person ali-zeidan]
name: علي زيدان
role: LBYGOV prime-minister 2012-11-14..2014-03-11
source: Wikipedia (en) Prime Minister of Libya

[person abdullah-al-thani]
name: عبد الله الثني | عبدالله الثني
short: الثني
role: LBYGOV prime-minister 2014-03-11..2021-03-15
source: Wikipedia (en) Abdullah al-Thani (eastern interim government from 2014-08)

[person fayez-al-sarraj]
name: فايز السراج
role: LBYGOV council-chairman 2015-12-17..2021-03-15
role: LBYELI - 2021-03-15..
source: Wikipedia (en) Fayez al-Sarraj (Presidential Council / GNA)

[person abdul-hamid-dbeibah]
name: عبد الحميد الدبيبة | عبد الحميد دبيبة | عبدالحميد الدبيبة
short: الدبيبة
role: LBYGOV prime-minister 2021-03-15..
source: Wikipedia (en) Abdul Hamid Dbeibah (GNU)

[person mohamed-al-menfi]
name: محمد المنفي | محمد يونس المنفي
role: LBYGOV council-chairman 2021-03-15..
source: Wikipedia (en) Mohamed al-Menfi

[person fathi-bashagha]
name: فتحي باشاغا
# «-» for the rival, unrecognised premiership (the office has one holder per country)
role: LBYGOV - 2018-10-07..2021-03-15
role: LBYGOV - 2022-03-03..2023-05-16
role: LBYELI - 2023-05-16..
source: Wikipedia (en) Fathi Bashagha (HoR-appointed rival PM 2022-2023)

[person osama-hammad]
name: أسامة حماد
role: LBYGOV - 2023-05-16..
source: Wikipedia (en) Osama Hammad (eastern government)

[person aguila-saleh]
name: عقيلة صالح | عقيلة صالح عيسى | عقيلة صالح قويدر
role: LBYLEG speaker 2014-08-05..
source: Wikipedia (en) Aguila Saleh Issa, Speaker of the House of Representatives

[person khalifa-haftar]
name: خليفة حفتر | المشير خليفة حفتر | خليفة بلقاسم حفتر
short: حفتر
role: LBYMIL - 2014-05-16..2015-03-02
role: LBYMIL commander-in-chief 2015-03-02..
source: Wikipedia (en, ar) Khalifa Haftar (Operation Dignity 2014-05-16; LNA commander 2015-03-02); LBYMIL is a documented choice (see organisations.lex)

[person abdel-rahman-shalgham]
name: عبد الرحمن شلقم
role: LBYGOV foreign-minister 2000..2009-03-04
role: LBYGOV - 2009-03-04..2011-02-25
role: LBYELI - 2011-02-25..
source: Wikipedia (en) Abdel Rahman Shalgham (UN ambassador; defected 2011-02)

[person moussa-koussa]
name: موسى كوسا
role: LBYSPY intelligence-chief 1994..2009-03-04
role: LBYGOV foreign-minister 2009-03-04..2011-03-30
role: LBYELI - 2011-03-30..
source: Wikipedia (en) Moussa Koussa (defected 2011-03-30)

[person mohamed-siala]
name: محمد الطاهر سيالة | محمد سيالة
role: LBYGOV foreign-minister 2016-04..2021-03-15
source: Wikipedia (en) Mohamed Taha Siala (GNA); start month approximate

[person najla-mangoush]
name: نجلاء المنقوش
role: LBYGOV foreign-minister 2021-03-15..2023-08-27
role: LBYELI - 2023-08-27..
source: Wikipedia (en) Najla Mangoush (suspended 2023-08-27)

# =====================================================================  Tunisia

[person zine-el-abidine-ben-ali]
# no short: «بن علي» is an ordinary patronymic
name: زين العابدين بن علي
role: TUNGOV president 1987-11-07..2011-01-14
role: TUNELI - 2011-01-14..
source: Wikipedia (en, ar) Zine El Abidine Ben Ali; fled 2011-01-14, died 2019-09-19

[person fouad-mebazaa]
name: فؤاد المبزع
role: TUNLEG speaker 1997-10..2011-01-15
role: TUNGOV president 2011-01-15..2011-12-13
source: Wikipedia (en) Fouad Mebazaa (acting president)

[person moncef-marzouki]
name: المنصف المرزوقي | محمد المنصف المرزوقي | منصف المرزوقي
short: المرزوقي
role: TUNOPP - ..2011-12-13
role: TUNGOV president 2011-12-13..2014-12-31
role: TUNELI - 2014-12-31..
source: Wikipedia (en) Moncef Marzouki

[person beji-caid-essebsi]
name: الباجي قائد السبسي | محمد الباجي قائد السبسي
short: السبسي
role: TUNGOV prime-minister 2011-02-27..2011-12-24
role: TUNELI - 2011-12-24..2014-12-31
role: TUNGOV president 2014-12-31..2019-07-25
source: Wikipedia (en) Beji Caid Essebsi; died 2019-07-25

[person mohamed-ennaceur]
name: محمد الناصر
role: TUNLEG speaker 2014-12-04..2019-11-13
role: TUNGOV president 2019-07-25..2019-10-23
source: Wikipedia (en) Mohamed Ennaceur (acting president)

[person kais-saied]
# no short: سعيد is a common name and the word "happy"
name: قيس سعيد
role: TUNGOV president 2019-10-23..
source: Wikipedia (en, ar) President of Tunisia

[person mohamed-ghannouchi]
name: محمد الغنوشي
role: TUNGOV prime-minister 1999-11-17..2011-02-27
source: Wikipedia (en) Prime Minister of Tunisia

[person rached-ghannouchi]
name: راشد الغنوشي
role: TUNOPP - ..2019-11-13
role: TUNLEG speaker 2019-11-13..2021-07-25
role: TUNOPP - 2021-07-25..
source: Wikipedia (en) Rached Ghannouchi (Ennahda leader; parliament suspended 2021-07-25)

[person hamadi-jebali]
name: حمادي الجبالي
role: TUNGOV prime-minister 2011-12-24..2013-03-13
source: Wikipedia (en) Prime Minister of Tunisia

[person ali-laarayedh]
name: علي العريض
role: TUNGOV interior-minister 2011-12-24..2013-03-13
role: TUNGOV prime-minister 2013-03-13..2014-01-29
role: TUNOPP - 2014-01-29..
source: Wikipedia (en) Ali Laarayedh

[person mehdi-jomaa]
name: مهدي جمعة
role: TUNGOV prime-minister 2014-01-29..2015-02-06
source: Wikipedia (en) Prime Minister of Tunisia

[person habib-essid]
name: الحبيب الصيد
role: TUNGOV prime-minister 2015-02-06..2016-08-27
source: Wikipedia (en) Prime Minister of Tunisia

[person youssef-chahed]
name: يوسف الشاهد
role: TUNGOV prime-minister 2016-08-27..2020-02-27
role: TUNELI - 2020-02-27..
source: Wikipedia (en) Prime Minister of Tunisia

[person elyes-fakhfakh]
name: إلياس الفخفاخ
role: TUNGOV prime-minister 2020-02-27..2020-09-02
source: Wikipedia (en) Prime Minister of Tunisia

[person hichem-mechichi]
name: هشام المشيشي
role: TUNGOV prime-minister 2020-09-02..2021-07-25
role: TUNELI - 2021-07-25..
source: Wikipedia (en) Prime Minister of Tunisia (dismissed 2021-07-25)

[person najla-bouden]
name: نجلاء بودن | نجلاء بودن رمضان
role: TUNGOV prime-minister 2021-10-11..2023-08-01
source: Wikipedia (en) Prime Minister of Tunisia

[person ahmed-hachani]
name: أحمد الحشاني
role: TUNGOV prime-minister 2023-08-01..2024-08-07
source: Wikipedia (en) Prime Minister of Tunisia

[person kamel-madouri]
name: كمال المدوري
role: TUNGOV prime-minister 2024-08-07..2025-03-20
source: Wikipedia (en) Prime Minister of Tunisia

[person sara-zaafrani-zenzri]
name: سارة الزعفراني الزنزري | سارة الزعفراني
role: TUNGOV prime-minister 2025-03-21..
source: Wikipedia (en) Prime Minister of Tunisia

[person kamel-morjane]
name: كمال مرجان
role: TUNGOV defence-minister 2005-08..2010-01-14
role: TUNGOV foreign-minister 2010-01-14..2011-01-27
source: Wikipedia (en) Kamel Morjane; months approximate

[person rafik-abdessalem]
name: رفيق عبد السلام
role: TUNGOV foreign-minister 2011-12-24..2013-03-13
source: Wikipedia (en) Rafik Abdessalem

[person othman-jerandi]
name: عثمان الجرندي
role: TUNGOV foreign-minister 2013-03-13..2014-01-29
role: TUNGOV foreign-minister 2020-09-02..2023-02-07
source: Wikipedia (en) Othman Jerandi

[person khemaies-jhinaoui]
name: خميس الجهيناوي
role: TUNGOV foreign-minister 2016-01-12..2019-10-29
source: Wikipedia (en) Khemaies Jhinaoui

[person nabil-ammar]
name: نبيل عمار
role: TUNGOV foreign-minister 2023-02-07..2024-08-25
source: Wikipedia (en) Minister of Foreign Affairs (Tunisia)

[person mohamed-ali-nafti]
name: محمد علي النفطي
role: TUNGOV foreign-minister 2024-08-25..
source: Wikipedia (en) Minister of Foreign Affairs (Tunisia)

[person rachid-ammar]
name: رشيد عمار | الجنرال رشيد عمار
role: TUNMIL army-chief 2002..2013-06
source: Wikipedia (en) Rachid Ammar (army chief of staff; joint chief 2011-2013); years approximate

# =====================================================================  Algeria

[person abdelaziz-bouteflika]
name: عبد العزيز بوتفليقة | عبدالعزيز بوتفليقة
short: بوتفليقة
role: DZAGOV president 1999-04-27..2019-04-02
role: DZAELI - 2019-04-02..
source: Wikipedia (en, ar) Abdelaziz Bouteflika; died 2021-09-17

[person abdelkader-bensalah]
name: عبد القادر بن صالح | عبد القادر بنصالح
role: DZALEG speaker 2002-07..2019-04-09
role: DZAGOV president 2019-04-09..2019-12-19
role: DZAELI - 2019-12-19..
source: Wikipedia (en) Abdelkader Bensalah (Council of the Nation president; acting head of state); died 2021

[person abdelmadjid-tebboune]
name: عبد المجيد تبون | عبدالمجيد تبون
short: تبون
role: DZAGOV - 2012-09..2017-05-25
role: DZAGOV prime-minister 2017-05-25..2017-08-15
role: DZAELI - 2017-08-15..2019-12-19
role: DZAGOV president 2019-12-19..
source: Wikipedia (en, ar) Abdelmadjid Tebboune (housing minister 2012-2017)

[person ali-benflis]
name: علي بن فليس
role: DZAGOV prime-minister 2000-08-26..2003-05-05
role: DZAOPP - 2003-05-05..
source: Wikipedia (en) Ali Benflis

[person ahmed-ouyahia]
name: أحمد أويحيى
short: أويحيى
role: DZAGOV prime-minister 1995-12-31..1998-12-15
role: DZAGOV - 1998-12-15..2003-05-05
role: DZAGOV prime-minister 2003-05-05..2006-05-24
role: DZAGOV - 2006-05-24..2008-06-23
role: DZAGOV prime-minister 2008-06-23..2012-09-03
role: DZAGOV - 2012-09-03..2017-08-15
role: DZAGOV prime-minister 2017-08-15..2019-03-11
role: DZAELI - 2019-03-11..
source: Wikipedia (en) Ahmed Ouyahia (justice minister, minister of state, presidential chief of staff between terms; jailed 2019)

[person abdelaziz-belkhadem]
name: عبد العزيز بلخادم
role: DZAGOV foreign-minister 2000-08-26..2005-05-01
role: DZAGOV - 2005-05-01..2006-05-24
role: DZAGOV prime-minister 2006-05-24..2008-06-23
role: DZAGOV - 2008-06-23..2014-08
role: DZAELI - 2014-08..
source: Wikipedia (en) Abdelaziz Belkhadem (minister of state, personal representative of the president)

[person abdelmalek-sellal]
name: عبد المالك سلال
role: DZAGOV prime-minister 2012-09-03..2017-05-24
role: DZAELI - 2017-05-24..
source: Wikipedia (en) Abdelmalek Sellal (brief campaign break in 2014 ignored)

[person noureddine-bedoui]
name: نور الدين بدوي | نورالدين بدوي
role: DZAGOV interior-minister 2015-05..2019-03-11
role: DZAGOV prime-minister 2019-03-11..2019-12-19
source: Wikipedia (en) Noureddine Bedoui

[person abdelaziz-djerad]
name: عبد العزيز جراد
role: DZAGOV prime-minister 2019-12-28..2021-06-30
source: Wikipedia (en) Prime Minister of Algeria

[person aymen-benabderrahmane]
name: أيمن بن عبد الرحمان | أيمن بن عبد الرحمن
role: DZAGOV prime-minister 2021-06-30..2023-11-11
source: Wikipedia (en) Prime Minister of Algeria

[person nadir-larbaoui]
name: نذير العرباوي
role: DZAGOV prime-minister 2023-11-11..2025-08-28
source: Wikipedia (en) Prime Minister of Algeria

[person sifi-ghrieb]
name: سيفي غريب
role: DZAGOV prime-minister 2025-08-28..
source: Wikipedia (en) Prime Minister of Algeria (acting from 2025-08-28, appointed 2025-09)

[person mohammed-bedjaoui]
name: محمد بجاوي
role: DZAGOV foreign-minister 2005-05-01..2007-06-04
source: Wikipedia (en) Mohammed Bedjaoui (former ICJ president)

[person mourad-medelci]
name: مراد مدلسي
role: DZAGOV foreign-minister 2007-06-04..2013-09-11
source: Wikipedia (en) Mourad Medelci

[person ramtane-lamamra]
name: رمطان لعمامرة | رمضان لعمامرة
short: لعمامرة
role: IGOAFRAFU - 2008-04..2013-09-11
role: DZAGOV foreign-minister 2013-09-11..2017-05-25
role: DZAELI - 2017-05-25..2021-07-07
role: DZAGOV foreign-minister 2021-07-07..2023-03-16
role: DZAELI - 2023-03-16..
source: Wikipedia (en) Ramtane Lamamra (AU Peace and Security Commissioner 2008-2013; UN envoy for Sudan 2023)

[person abdelkader-messahel]
name: عبد القادر مساهل
role: DZAGOV foreign-minister 2017-05-25..2019-03-31
source: Wikipedia (en) Abdelkader Messahel

[person sabri-boukadoum]
name: صبري بوقدوم
role: DZAGOV foreign-minister 2019-04-01..2021-07-07
source: Wikipedia (en) Sabri Boukadoum

[person ahmed-attaf]
name: أحمد عطاف
short: عطاف
role: DZAGOV foreign-minister 2023-03-16..
source: Wikipedia (en) Ahmed Attaf (also FM 1996-1999); diplomacy_dev.md names him FM in 2024

[person mohamed-lamari]
name: محمد العماري
role: DZAMIL army-chief 1993-07..2004-08-03
source: Wikipedia (en) Mohamed Lamari; died 2012

[person ahmed-gaid-salah]
name: أحمد قايد صالح | الفريق أحمد قايد صالح
short: قايد صالح
role: DZAMIL army-chief 2004-08-03..2019-12-23
source: Wikipedia (en) Ahmed Gaid Salah (also deputy defence minister 2013-2019); died 2019-12-23

[person said-chengriha]
name: السعيد شنقريحة | سعيد شنقريحة
short: شنقريحة
role: DZAMIL army-chief 2019-12-23..
source: Wikipedia (en) Saïd Chengriha (acting, confirmed 2020-07-02)

# =====================================================================  Morocco

[person hassan-ii-of-morocco]
name: الحسن الثاني | الملك الحسن الثاني
role: MARGOV king 1961-02-26..1999-07-23
source: Wikipedia (en) Hassan II of Morocco

[person mohammed-vi-of-morocco]
name: محمد السادس | الملك محمد السادس
role: MARGOV king 1999-07-23..
source: Wikipedia (en, ar) Mohammed VI of Morocco

[person abderrahmane-youssoufi]
name: عبد الرحمن اليوسفي
role: MARGOV prime-minister 1998-03-14..2002-10-09
source: Wikipedia (en) Prime Minister of Morocco; died 2020

[person driss-jettou]
name: إدريس جطو
role: MARGOV prime-minister 2002-10-09..2007-09-19
source: Wikipedia (en) Prime Minister of Morocco

[person abbas-el-fassi]
name: عباس الفاسي
role: MARGOV prime-minister 2007-09-19..2011-11-29
source: Wikipedia (en) Prime Minister of Morocco

[person abdelilah-benkirane]
name: عبد الإله بنكيران | عبد الإله ابن كيران | عبد الإله بن كيران
short: بنكيران
role: MARGOV prime-minister 2011-11-29..2017-03-17
role: MARELI - 2017-03-17..
source: Wikipedia (en) Abdelilah Benkirane (appointed 2011-11-29, government sworn 2012-01-03)

[person saadeddine-othmani]
name: سعد الدين العثماني
role: MARGOV foreign-minister 2012-01-03..2013-10-10
role: MARGOV prime-minister 2017-03-17..2021-10-07
role: MARELI - 2021-10-07..
source: Wikipedia (en) Saadeddine Othmani

[person aziz-akhannouch]
name: عزيز أخنوش
short: أخنوش
role: MARGOV - 2007-10-15..2021-10-07
role: MARGOV prime-minister 2021-10-07..
source: Wikipedia (en) Aziz Akhannouch (agriculture minister 2007-2021)

[person mohamed-benaissa]
name: محمد بن عيسى
role: MARGOV foreign-minister 1999-04..2007-10-15
source: Wikipedia (en) Mohamed Benaissa; died 2025

[person taieb-fassi-fihri]
name: الطيب الفاسي الفهري
role: MARGOV foreign-minister 2007-10-15..2012-01-03
role: MARGOV - 2012-01-03..
source: Wikipedia (en) Taieb Fassi Fihri (then royal adviser)

[person salaheddine-mezouar]
name: صلاح الدين مزوار
short: مزوار
role: MARGOV foreign-minister 2013-10-10..2017-04-05
source: Wikipedia (en) Salaheddine Mezouar

[person nasser-bourita]
name: ناصر بوريطة
short: بوريطة
role: MARGOV foreign-minister 2017-04-05..
source: Wikipedia (en) Nasser Bourita

[person abdellatif-loudiyi]
name: عبد اللطيف لوديي
role: MARGOV defence-minister 2010-07..
source: Wikipedia (en) Abdellatif Loudiyi, minister delegate for national defence administration (start month approximate)

# =====================================================================  Mauritania

[person maaouya-ould-taya]
name: معاوية ولد سيدي أحمد الطايع | معاوية ولد الطايع
role: MRTGOV president 1984-12-12..2005-08-03
role: MRTELI - 2005-08-03..
source: Wikipedia (en) Maaouya Ould Sid'Ahmed Taya (deposed 2005-08-03)

[person ely-ould-mohamed-vall]
name: اعلي ولد محمد فال | علي ولد محمد فال
role: MRTGOV council-chairman 2005-08-03..2007-04-19
role: MRTELI - 2007-04-19..
source: Wikipedia (en) Ely Ould Mohamed Vall; died 2017

[person sidi-ould-cheikh-abdallahi]
name: سيدي محمد ولد الشيخ عبد الله | سيدي ولد الشيخ عبد الله
role: MRTGOV president 2007-04-19..2008-08-06
role: MRTELI - 2008-08-06..
source: Wikipedia (en) Sidi Ould Cheikh Abdallahi (deposed 2008-08-06); died 2020

[person mohamed-ould-abdel-aziz]
name: محمد ولد عبد العزيز
role: MRTGOV council-chairman 2008-08-06..2009-04-15
role: MRTELI - 2009-04-15..2009-08-05
role: MRTGOV president 2009-08-05..2019-08-01
role: MRTELI - 2019-08-01..
source: Wikipedia (en) Mohamed Ould Abdel Aziz (resigned 2009-04-15 to stand in the election)

[person mohamed-ould-ghazouani]
name: محمد ولد الشيخ الغزواني | محمد ولد الغزواني | محمد ولد الشيخ محمد أحمد الغزواني
short: الغزواني
role: MRTMIL army-chief 2008-08..2018-11
role: MRTGOV defence-minister 2018-11..2019-03
role: MRTELI - 2019-03..2019-08-01
role: MRTGOV president 2019-08-01..
source: Wikipedia (en) Mohamed Ould Ghazouani; earlier dates to the month

[person moulaye-ould-mohamed-laghdaf]
name: مولاي ولد محمد الأغظف
role: MRTGOV prime-minister 2008-08-14..2014-08-21
source: Wikipedia (en) Prime Minister of Mauritania

[person yahya-ould-hademine]
name: يحيى ولد حدمين
role: MRTGOV prime-minister 2014-08-21..2018-10-29
source: Wikipedia (en) Prime Minister of Mauritania

[person mohamed-salem-ould-bechir]
name: محمد سالم ولد البشير
role: MRTGOV prime-minister 2018-10-29..2019-08-03
source: Wikipedia (en) Prime Minister of Mauritania

[person ismail-ould-bedde]
name: إسماعيل ولد بده ولد الشيخ سيديا | إسماعيل ولد الشيخ سيديا
role: MRTGOV prime-minister 2019-08-03..2020-08-06
source: Wikipedia (en) Prime Minister of Mauritania

[person mohamed-ould-bilal]
name: محمد ولد بلال | محمد ولد بلال مسعود
role: MRTGOV prime-minister 2020-08-06..2024-08-02
source: Wikipedia (en) Prime Minister of Mauritania

[person mokhtar-ould-djay]
name: المختار ولد اجاي
role: MRTGOV prime-minister 2024-08-02..
source: Wikipedia (en) Prime Minister of Mauritania

# =====================================================================  Saudi Arabia
# «خادم الحرمين الشريفين» is the reigning king's style: short form of Fahd, Abdullah and Salman,
# separated by their reign dates. So are «الملك المفدى» and «المليك» in the Saudi press (SPA's cables: «وأعرب الملك
# المفدى باسمه واسم شعب وحكومة المملكة …»); Bahrain's press gives it to its own king, and an overlay
# for Bahraini news should say so.

[person king-fahd]
name: فهد بن عبد العزيز | الملك فهد بن عبد العزيز | الملك فهد | فهد بن عبد العزيز آل سعود
short: خادم الحرمين الشريفين | خادم الحرمين | الملك المفدى | المليك | المليك المفدى
role: SAUGOV king 1982-06-13..2005-08-01
role: SAUGOV prime-minister 1982-06-13..2005-08-01
source: Wikipedia (en, ar) King Fahd; died 2005-08-01

[person king-abdullah-of-saudi-arabia]
name: عبد الله بن عبد العزيز | الملك عبد الله بن عبد العزيز | عبد الله بن عبد العزيز آل سعود | الأمير عبد الله بن عبد العزيز
short: خادم الحرمين الشريفين | خادم الحرمين | الملك المفدى | المليك | المليك المفدى
role: SAUGOV crown-prince 1982-06-13..2005-08-01
role: SAUGOV king 2005-08-01..2015-01-23
role: SAUGOV prime-minister 2005-08-01..2015-01-23
source: Wikipedia (en, ar) King Abdullah; died 2015-01-23

[person sultan-bin-abdulaziz]
name: سلطان بن عبد العزيز | الأمير سلطان بن عبد العزيز
role: SAUGOV defence-minister 1962-10..2005-08-01
role: SAUGOV crown-prince 2005-08-01..2011-10-22
role: SAUGOV defence-minister 2005-08-01..2011-10-22
source: Wikipedia (en) Sultan bin Abdulaziz; died 2011-10-22

[person nayef-bin-abdulaziz]
name: نايف بن عبد العزيز | الأمير نايف بن عبد العزيز
role: SAUGOV interior-minister 1975-10..2011-10-27
role: SAUGOV crown-prince 2011-10-27..2012-06-16
role: SAUGOV interior-minister 2011-10-27..2012-06-16
source: Wikipedia (en) Nayef bin Abdulaziz; died 2012-06-16

[person king-salman]
name: سلمان بن عبد العزيز | الملك سلمان بن عبد العزيز | الملك سلمان | سلمان بن عبد العزيز آل سعود | الأمير سلمان بن عبد العزيز
short: خادم الحرمين الشريفين | خادم الحرمين | الملك المفدى | المليك | المليك المفدى
role: SAUGOV - 1963-02..2011-11-05
role: SAUGOV defence-minister 2011-11-05..2012-06-18
role: SAUGOV crown-prince 2012-06-18..2015-01-23
role: SAUGOV defence-minister 2012-06-18..2015-01-23
role: SAUGOV king 2015-01-23..
role: SAUGOV prime-minister 2015-01-23..2022-09-27
source: Wikipedia (en, ar) King Salman (governor of Riyadh 1963-2011)

[person muqrin-bin-abdulaziz]
name: مقرن بن عبد العزيز | الأمير مقرن بن عبد العزيز
role: SAUSPY intelligence-chief 2005-10..2012-07-19
role: SAUGOV deputy-crown-prince 2014-03-27..2015-01-23
role: SAUGOV crown-prince 2015-01-23..2015-04-29
role: SAUELI - 2015-04-29..
source: Wikipedia (en) Muqrin bin Abdulaziz

[person muhammad-bin-nayef]
name: محمد بن نايف | الأمير محمد بن نايف | محمد بن نايف بن عبد العزيز | محمد بن نايف بن عبد العزيز آل سعود | الأمير محمد بن نايف بن عبد العزيز
name: محمد نايف | محمد نايف بن عبد العزيز
role: SAUGOV interior-minister 2012-11-05..2015-01-23
role: SAUGOV deputy-crown-prince 2015-01-23..2015-04-29
role: SAUGOV crown-prince 2015-04-29..2017-06-21
role: SAUGOV interior-minister 2015-01-23..2017-06-21
role: SAUELI - 2017-06-21..
source: Wikipedia (en) Muhammad bin Nayef (removed 2017-06-21, detained 2020); styled «نائب خادم الحرمين الشريفين» as crown prince (2015 press)

[person mohammed-bin-salman]
name: محمد بن سلمان | الأمير محمد بن سلمان | محمد بن سلمان بن عبد العزيز | محمد بن سلمان آل سعود | محمد بن سلمان بن عبد العزيز آل سعود | الأمير محمد بن سلمان بن عبد العزيز
role: SAUGOV defence-minister 2015-01-23..2015-04-29
role: SAUGOV deputy-crown-prince 2015-04-29..2017-06-21
role: SAUGOV crown-prince 2017-06-21..
role: SAUGOV defence-minister 2015-04-29..2022-09-27
role: SAUGOV prime-minister 2022-09-27..
source: Wikipedia (en, ar) Mohammed bin Salman; diplomacy_dev.md (ولي العهد السعودي → SAUGOV); snn_gold_dev.md (2015: deputy crown prince and defence minister)

[person saud-al-faisal]
name: سعود الفيصل | الأمير سعود الفيصل | سعود الفيصل بن عبد العزيز
role: SAUGOV foreign-minister 1975-10-13..2015-04-29
source: Wikipedia (en) Saud bin Faisal; died 2015-07-09

[person adel-al-jubeir]
name: عادل الجبير | عادل بن أحمد الجبير
short: الجبير
role: SAUGOV - 2007-02..2015-04-29
role: SAUGOV foreign-minister 2015-04-29..2018-12-27
role: SAUGOV - 2018-12-27..
source: Wikipedia (en) Adel al-Jubeir (ambassador to the US; then minister of state for foreign affairs)

[person ibrahim-al-assaf]
name: إبراهيم العساف | إبراهيم بن عبد العزيز العساف
role: SAUGOV finance-minister 1996-01..2016-11
role: SAUGOV foreign-minister 2018-12-27..2019-10-23
source: Wikipedia (en) Ibrahim Abdulaziz Al-Assaf

[person faisal-bin-farhan]
name: فيصل بن فرحان | الأمير فيصل بن فرحان | فيصل بن فرحان آل سعود | فيصل بن فرحان بن عبد الله
role: SAUGOV - 2019-02..2019-10-23
role: SAUGOV foreign-minister 2019-10-23..
source: Wikipedia (en) Faisal bin Farhan Al Saud (ambassador to Germany 2019)

[person khalid-bin-salman]
name: خالد بن سلمان | الأمير خالد بن سلمان | خالد بن سلمان بن عبد العزيز
role: SAUGOV - 2017-04..2019-02-23
role: SAUGOV - 2019-02-23..2022-09-27
role: SAUGOV defence-minister 2022-09-27..
source: Wikipedia (en) Khalid bin Salman (ambassador to the US, deputy defence minister)

[person turki-al-faisal]
name: تركي الفيصل | الأمير تركي الفيصل | تركي الفيصل بن عبد العزيز
role: SAUSPY intelligence-chief 1977..2001-08-31
role: SAUGOV - 2002-10..2006-12
role: SAUELI - 2006-12..
source: Wikipedia (en) Turki bin Faisal Al Saud (ambassador to the UK, then the US)

[person bandar-bin-sultan]
name: بندر بن سلطان | الأمير بندر بن سلطان
role: SAUGOV - 1983-10..2005-09-08
role: SAUGOV - 2005-10..2012-07-19
role: SAUSPY intelligence-chief 2012-07-19..2014-04-15
role: SAUELI - 2014-04-15..
source: Wikipedia (en) Bandar bin Sultan (National Security Council secretary-general 2005-2015)

[person fayyad-al-ruwaili]
name: فياض الرويلي | فياض بن حامد الرويلي
role: SAUMIL army-chief 2018-02-26..
source: Wikipedia (en) Chief of the General Staff (Saudi Arabia); end of term not known to me (doubtful after 2025)

# =====================================================================  United Arab Emirates

[person zayed-bin-sultan]
name: زايد بن سلطان آل نهيان | الشيخ زايد بن سلطان | الشيخ زايد
role: AREGOV president 1971-12-02..2004-11-02
source: Wikipedia (en) Zayed bin Sultan Al Nahyan; died 2004-11-02

[person khalifa-bin-zayed]
name: خليفة بن زايد آل نهيان | الشيخ خليفة بن زايد | خليفة بن زايد
role: AREGOV crown-prince 1969-02..2004-11-03
role: AREGOV president 2004-11-03..2022-05-13
source: Wikipedia (en) Khalifa bin Zayed Al Nahyan; died 2022-05-13

[person mohamed-bin-zayed]
name: محمد بن زايد آل نهيان | محمد بن زايد | الشيخ محمد بن زايد | الشيخ محمد بن زايد آل نهيان
role: AREMIL army-chief 1993..2005-01
role: AREGOV crown-prince 2004-11-03..2022-05-14
role: AREGOV president 2022-05-14..
source: Wikipedia (en, ar) Mohamed bin Zayed (chief of staff of the armed forces 1993-2005; crown prince of Abu Dhabi); diplomacy_dev.md

[person maktoum-bin-rashid]
name: مكتوم بن راشد آل مكتوم | الشيخ مكتوم بن راشد
role: AREGOV prime-minister 1990-11-20..2006-01-04
role: AREGOV vice-president 1990-10-08..2006-01-04
source: Wikipedia (en) Maktoum bin Rashid Al Maktoum; died 2006-01-04

[person mohammed-bin-rashid]
name: محمد بن راشد آل مكتوم | محمد بن راشد | الشيخ محمد بن راشد | الشيخ محمد بن راشد آل مكتوم
role: AREGOV defence-minister 1971-12-09..2006-01-05
role: AREGOV prime-minister 2006-01-05..
# (the UAE has had two vice-presidents since 2023-03-29, and one office has one holder at a time)
# also role: AREGOV vice-president 2006-01-05..
role: AREGOV defence-minister 2006-01-05..2024-07-14
source: Wikipedia (en, ar) Mohammed bin Rashid Al Maktoum (ruler of Dubai); defence portfolio passed to Hamdan bin Mohammed 2024-07

[person hamdan-bin-mohammed]
name: حمدان بن محمد بن راشد آل مكتوم | حمدان بن محمد | الشيخ حمدان بن محمد
# crown prince of Dubai: «-» because the linter treats crown-prince as one office per country (Abu Dhabi's)
role: AREGOV - 2008-02-01..2024-07-14
role: AREGOV defence-minister 2024-07-14..
source: Wikipedia (en) Hamdan bin Mohammed Al Maktoum (crown prince of Dubai; deputy PM and defence minister)

[person mansour-bin-zayed]
name: منصور بن زايد آل نهيان | منصور بن زايد | الشيخ منصور بن زايد
role: AREGOV - 2009-05-11..2023-03-29
role: AREGOV vice-president 2023-03-29..
source: Wikipedia (en) Mansour bin Zayed Al Nahyan (deputy PM from 2009)

[person abdullah-bin-zayed]
name: عبد الله بن زايد آل نهيان | عبدالله بن زايد | الشيخ عبد الله بن زايد
role: AREGOV - 1997-03..2006-02-09
role: AREGOV foreign-minister 2006-02-09..
source: Wikipedia (en, ar) Abdullah bin Zayed Al Nahyan (information minister 1997-2006)

[person rashid-abdullah-al-nuaimi]
name: راشد عبد الله النعيمي
role: AREGOV foreign-minister 1980..2006-02-09
source: Wikipedia (en) Rashid Abdullah Al Nuaimi

[person anwar-gargash]
name: أنور قرقاش | أنور محمد قرقاش
short: قرقاش
role: AREGOV - 2008-02..2021-02
role: AREGOV - 2021-02..
source: Wikipedia (en) Anwar Gargash (minister of state for foreign affairs; then diplomatic adviser to the president)

[person tahnoun-bin-zayed]
name: طحنون بن زايد آل نهيان | طحنون بن زايد | الشيخ طحنون بن زايد
role: AREGOV national-security-adviser 2016-02..
source: Wikipedia (en) Tahnoun bin Zayed Al Nahyan (also deputy ruler of Abu Dhabi from 2023-03)

[person khaled-bin-mohamed-bin-zayed]
name: خالد بن محمد بن زايد آل نهيان | خالد بن محمد بن زايد | الشيخ خالد بن محمد بن زايد
role: AREGOV crown-prince 2023-03-29..
source: Wikipedia (en) Khaled bin Mohamed Al Nahyan, crown prince of Abu Dhabi

# =====================================================================  Qatar

[person hamad-bin-khalifa]
name: حمد بن خليفة آل ثاني | الشيخ حمد بن خليفة | حمد بن خليفة | الأمير الوالد
role: QATGOV emir 1995-06-27..2013-06-25
role: QATELI - 2013-06-25..
source: Wikipedia (en, ar) Hamad bin Khalifa Al Thani (الأمير الوالد after his abdication)

[person tamim-bin-hamad]
name: تميم بن حمد آل ثاني | تميم بن حمد | الشيخ تميم بن حمد | الشيخ تميم بن حمد آل ثاني
role: QATGOV crown-prince 2003-08-05..2013-06-25
role: QATGOV emir 2013-06-25..
source: Wikipedia (en, ar) Tamim bin Hamad Al Thani

[person jassim-bin-hamad]
name: جاسم بن حمد آل ثاني | الشيخ جاسم بن حمد
role: QATGOV crown-prince 1996-10-23..2003-08-05
source: Wikipedia (en) Jassim bin Hamad Al Thani

[person abdullah-bin-hamad]
name: عبد الله بن حمد آل ثاني | الشيخ عبد الله بن حمد
role: QATGOV - 2014-11-11..
source: Wikipedia (en) Abdullah bin Hamad bin Khalifa Al Thani, deputy emir

[person abdullah-bin-khalifa]
name: عبد الله بن خليفة آل ثاني | الشيخ عبد الله بن خليفة
role: QATGOV prime-minister 1996-10-29..2007-04-03
source: Wikipedia (en) Prime Minister of Qatar

[person hamad-bin-jassim]
name: حمد بن جاسم بن جبر آل ثاني | حمد بن جاسم | الشيخ حمد بن جاسم | حمد بن جاسم آل ثاني
role: QATGOV foreign-minister 1992-09-01..2007-04-03
role: QATGOV prime-minister 2007-04-03..2013-06-26
role: QATGOV foreign-minister 2007-04-03..2013-06-26
role: QATELI - 2013-06-26..
source: Wikipedia (en) Hamad bin Jassim bin Jaber Al Thani

[person abdullah-bin-nasser]
name: عبد الله بن ناصر بن خليفة آل ثاني | عبد الله بن ناصر | الشيخ عبد الله بن ناصر
role: QATGOV prime-minister 2013-06-26..2020-01-28
role: QATGOV interior-minister 2013-06-26..2020-01-28
source: Wikipedia (en) Abdullah bin Nasser bin Khalifa Al Thani

[person khalid-bin-khalifa]
name: خالد بن خليفة بن عبد العزيز آل ثاني | خالد بن خليفة آل ثاني | الشيخ خالد بن خليفة
role: QATGOV prime-minister 2020-01-28..2023-03-07
source: Wikipedia (en) Khalid bin Khalifa bin Abdul Aziz Al Thani

[person mohammed-bin-abdulrahman-al-thani]
name: محمد بن عبد الرحمن آل ثاني | محمد بن عبد الرحمن بن جاسم آل ثاني | الشيخ محمد بن عبد الرحمن | الشيخ محمد بن عبدالرحمن آل ثاني
role: QATGOV foreign-minister 2016-01-27..2023-03-07
role: QATGOV prime-minister 2023-03-07..
role: QATGOV foreign-minister 2023-03-07..
source: Wikipedia (en, ar) Mohammed bin Abdulrahman Al Thani

[person khalid-al-attiyah]
name: خالد العطية | خالد بن محمد العطية
role: QATGOV foreign-minister 2013-06-26..2016-01-27
role: QATGOV defence-minister 2016-01-27..2024-11-12
source: Wikipedia (en) Khalid bin Mohammad Al Attiyah (minister of state for defence affairs; deputy PM)

[person saoud-bin-abdulrahman-al-thani]
name: سعود بن عبد الرحمن بن حسن آل ثاني | سعود بن عبد الرحمن آل ثاني
role: QATGOV defence-minister 2024-11-12..
source: press reports of the 2024-03 Qatari reshuffle (medium confidence on the day)

# =====================================================================  Kuwait

[person jaber-al-ahmad]
name: جابر الأحمد الجابر الصباح | الشيخ جابر الأحمد | جابر الأحمد الصباح
role: KWTGOV emir 1977-12-31..2006-01-15
source: Wikipedia (en) Jaber Al-Ahmad Al-Sabah; died 2006-01-15

[person saad-al-abdullah]
name: سعد العبد الله السالم الصباح | الشيخ سعد العبد الله | سعد العبدالله الصباح
role: KWTGOV crown-prince 1978-01-31..2006-01-15
role: KWTGOV prime-minister 1978-02-08..2003-07-13
role: KWTGOV emir 2006-01-15..2006-01-24
role: KWTELI - 2006-01-24..
source: Wikipedia (en) Saad Al-Salim Al-Sabah (abdicated 2006-01-24); died 2008-05-13

[person sabah-al-ahmad]
name: صباح الأحمد الجابر الصباح | الشيخ صباح الأحمد | صباح الأحمد الصباح
role: KWTGOV foreign-minister 1963..2003-07-13
role: KWTGOV prime-minister 2003-07-13..2006-01-29
role: KWTGOV emir 2006-01-29..2020-09-29
source: Wikipedia (en, ar) Sabah Al-Ahmad Al-Jaber Al-Sabah; died 2020-09-29

[person nawaf-al-ahmad]
name: نواف الأحمد الجابر الصباح | الشيخ نواف الأحمد | نواف الأحمد الصباح
role: KWTGOV interior-minister 2003-10..2006-02-07
role: KWTGOV crown-prince 2006-02-07..2020-09-29
role: KWTGOV emir 2020-09-29..2023-12-16
source: Wikipedia (en) Nawaf Al-Ahmad Al-Jaber Al-Sabah; died 2023-12-16; interior dates approximate

[person mishal-al-ahmad]
name: مشعل الأحمد الجابر الصباح | الشيخ مشعل الأحمد | مشعل الأحمد الصباح
role: KWTMIL - 2004-04..2020-10-08
role: KWTGOV crown-prince 2020-10-08..2023-12-16
role: KWTGOV emir 2023-12-16..
source: Wikipedia (en) Mishal Al-Ahmad Al-Jaber Al-Sabah (deputy chief of the National Guard 2004-2020)

[person sabah-al-khalid]
name: صباح الخالد الحمد الصباح | الشيخ صباح الخالد | صباح خالد الحمد الصباح
name: صباح الخالد | صباح خالد الحمد
role: KWTGOV foreign-minister 2011-10-18..2019-11-19
role: KWTGOV prime-minister 2019-11-19..2022-07-24
role: KWTELI - 2022-07-24..2024-06-01
role: KWTGOV crown-prince 2024-06-01..
source: Wikipedia (en) Sabah Al-Khalid Al-Sabah

[person nasser-al-mohammed]
name: ناصر المحمد الأحمد الصباح | الشيخ ناصر المحمد
role: KWTGOV prime-minister 2006-02-07..2011-11-28
role: KWTELI - 2011-11-28..
source: Wikipedia (en) Nasser Al-Mohammed Al-Sabah

[person jaber-al-mubarak]
name: جابر المبارك الحمد الصباح | الشيخ جابر المبارك | جابر المبارك الصباح
role: KWTGOV defence-minister 2001..2011-10
role: KWTGOV prime-minister 2011-11-30..2019-11-19
role: KWTELI - 2019-11-19..
source: Wikipedia (en) Jaber Al-Mubarak Al-Hamad Al-Sabah; defence years approximate

[person ahmad-nawaf-al-ahmad]
name: أحمد النواف الأحمد الصباح | الشيخ أحمد النواف
role: KWTGOV prime-minister 2022-07-24..2024-01-04
source: Wikipedia (en) Ahmad Nawaf Al-Ahmad Al-Sabah

[person mohammad-sabah-al-salem]
name: محمد صباح السالم الصباح | الشيخ محمد صباح السالم | الشيخ الدكتور محمد صباح السالم
role: KWTGOV foreign-minister 2003-07-14..2011-10-18
role: KWTGOV prime-minister 2024-01-04..2024-05-15
source: Wikipedia (en) Mohammad Sabah Al-Salem Al-Sabah

[person ahmad-abdullah-al-ahmad]
name: أحمد عبد الله الأحمد الصباح | الشيخ أحمد عبد الله الأحمد
role: KWTGOV prime-minister 2024-05-15..
source: Wikipedia (en) Prime Minister of Kuwait

[person ahmad-nasser-al-mohammed]
name: أحمد ناصر المحمد الصباح | الشيخ أحمد ناصر المحمد
role: KWTGOV foreign-minister 2019-12-17..2022-08-01
source: Wikipedia (en) Minister of Foreign Affairs (Kuwait)

[person salem-abdullah-al-jaber]
name: سالم عبد الله الجابر الصباح | الشيخ سالم عبد الله الجابر
role: KWTGOV foreign-minister 2022-08-01..2024-05-19
source: Wikipedia (en) Minister of Foreign Affairs (Kuwait)

[person abdullah-al-yahya]
name: عبد الله علي اليحيا | عبد الله اليحيا
role: KWTGOV foreign-minister 2024-05-19..
source: Wikipedia (en) Minister of Foreign Affairs (Kuwait)

# =====================================================================  Bahrain

[person hamad-bin-isa]
name: حمد بن عيسى آل خليفة | الملك حمد بن عيسى | حمد بن عيسى | الملك حمد بن عيسى آل خليفة
role: BHRGOV crown-prince 1964-06-27..1999-03-06
role: BHRGOV emir 1999-03-06..2002-02-14
role: BHRGOV king 2002-02-14..
source: Wikipedia (en, ar) Hamad bin Isa Al Khalifa

[person salman-bin-hamad]
name: سلمان بن حمد آل خليفة | الأمير سلمان بن حمد | سلمان بن حمد
role: BHRGOV crown-prince 1999-03-09..
role: BHRGOV prime-minister 2020-11-11..
source: Wikipedia (en) Salman bin Hamad Al Khalifa

[person khalifa-bin-salman]
name: خليفة بن سلمان آل خليفة | الأمير خليفة بن سلمان
role: BHRGOV prime-minister 1971-01-10..2020-11-11
source: Wikipedia (en) Khalifa bin Salman Al Khalifa; died 2020-11-11

[person muhammad-bin-mubarak-al-khalifa]
name: محمد بن مبارك آل خليفة | الشيخ محمد بن مبارك
role: BHRGOV foreign-minister 1971-08..2005-09
role: BHRGOV - 2005-09..
source: Wikipedia (en) Muhammad bin Mubarak Al Khalifa (then deputy PM)

[person khalid-bin-ahmed-al-khalifa]
name: خالد بن أحمد آل خليفة | الشيخ خالد بن أحمد
role: BHRGOV foreign-minister 2005-09..2020-02-11
role: BHRGOV - 2020-02-11..
source: Wikipedia (en) Khalid bin Ahmed Al Khalifa (then adviser to the king)

[person abdullatif-al-zayani]
name: عبد اللطيف الزياني | عبد اللطيف بن راشد الزياني | عبداللطيف الزياني
short: الزياني
role: IGOGCC secretary-general 2011-04-01..2020-01-31
role: BHRGOV foreign-minister 2020-02-11..
source: Wikipedia (en) Abdullatif bin Rashid Al Zayani

# =====================================================================  Oman

[person qaboos-bin-said]
name: قابوس بن سعيد | السلطان قابوس | السلطان قابوس بن سعيد
short: قابوس
role: OMNGOV sultan 1970-07-23..2020-01-10
source: Wikipedia (en, ar) Qaboos bin Said; died 2020-01-10

[person haitham-bin-tariq]
name: هيثم بن طارق | السلطان هيثم بن طارق | هيثم بن طارق آل سعيد
role: OMNGOV - 2002..2020-01-11
role: OMNGOV sultan 2020-01-11..
source: Wikipedia (en, ar) Haitham bin Tariq (heritage and culture minister 2002-2020)

[person theyazin-bin-haitham]
name: ذي يزن بن هيثم | السيد ذي يزن بن هيثم
role: OMNGOV crown-prince 2021-01-12..
source: Wikipedia (en) Theyazin bin Haitham

[person yusuf-bin-alawi]
name: يوسف بن علوي بن عبد الله | يوسف بن علوي
role: OMNGOV foreign-minister 1997..2020-08-18
role: OMNELI - 2020-08-18..
source: Wikipedia (en) Yusuf bin Alawi bin Abdullah (minister responsible for foreign affairs)

[person badr-albusaidi]
name: بدر البوسعيدي | بدر بن حمد البوسعيدي | بدر بن حمد بن حمود البوسعيدي
short: البوسعيدي
role: OMNGOV foreign-minister 2020-08-18..
source: Wikipedia (en) Badr Albusaidi

[person shihab-bin-tariq]
name: شهاب بن طارق | السيد شهاب بن طارق
role: OMNGOV defence-minister 2020-03-09..
source: Wikipedia (en) Shihab bin Tariq (deputy PM for defence affairs)

[person badr-bin-saud-al-busaidi]
name: بدر بن سعود البوسعيدي | بدر بن سعود بن حارب البوسعيدي
role: OMNGOV defence-minister ..2020-03-09
source: Wikipedia (en) Badr bin Saud Al Busaidi, minister responsible for defence affairs (start not certain)

# =====================================================================  Yemen

[person ali-abdullah-saleh]
# Allied with the Houthis from their take-over of Sanaa (2014-09-21) to his death
# (2017-12-04); snn_gold_dev.md codes Saleh's forces YEMREB. «صالح» alone stays unlisted (common name).
name: علي عبد الله صالح | علي عبدالله صالح | المخلوع علي عبد الله صالح | الرئيس المخلوع علي عبد الله صالح | المخلوع صالح | الرئيس المخلوع صالح | المخلوع علي صالح
role: YEMGOV president 1978-07-17..2012-02-25
role: YEMELI - 2012-02-25..2014-09-21
role: YEMREB - 2014-09-21..2017-12-04
role: YEMELI - 2017-12-04..
source: Wikipedia (en, ar) Ali Abdullah Saleh (North Yemen from 1978, unified Yemen 1990-05-22); allied with the Houthis 2014-2017, killed by them 2017-12-04; snn_gold_dev.md (Saleh's forces YEMREB)

[person abdrabbuh-mansur-hadi]
# no short: هادي is also the adjective "calm" (هادئ after hamza normalisation)
name: عبد ربه منصور هادي | عبدربه منصور هادي
# «هادي» alone stays out (above); the press's short forms with the title or a first name are names
name: الرئيس هادي | الرئيس اليمني هادي | الرئيس عبدربه هادي | منصور هادي | عبدربه هادي | عبد ربه هادي
role: YEMGOV vice-president 1994-10-03..2012-02-25
role: YEMGOV president 2012-02-25..2022-04-07
role: YEMELI - 2022-04-07..
source: Wikipedia (en, ar) Abdrabbuh Mansur Hadi (handed power to the Presidential Leadership Council 2022-04-07)

[person rashad-al-alimi]
name: رشاد العليمي | رشاد محمد العليمي
short: العليمي
role: YEMGOV council-chairman 2022-04-07..
source: Wikipedia (en) Rashad al-Alimi (earlier interior minister and deputy PM)

[person ali-mohsen-al-ahmar]
name: علي محسن الأحمر | علي محسن صالح الأحمر | الفريق علي محسن
role: YEMMIL - ..2016-02
role: YEMGOV vice-president 2016-04-03..2022-04-07
role: YEMELI - 2022-04-07..
source: Wikipedia (en) Ali Mohsen al-Ahmar (1st Armoured Division; deputy supreme commander 2016-02)

[person abdul-karim-al-iryani]
name: عبد الكريم الإرياني
role: YEMGOV prime-minister 1998-04-29..2001-03-31
role: YEMGOV - 2001-03-31..
source: Wikipedia (en) Abdul Karim al-Iryani (then political adviser); died 2015

[person abdul-qadir-bajamal]
name: عبد القادر باجمال
role: YEMGOV prime-minister 2001-03-31..2007-03-31
source: Wikipedia (en) Prime Minister of Yemen

[person ali-mujawar]
name: علي محمد مجور | علي مجور
role: YEMGOV prime-minister 2007-03-31..2011-12-07
source: Wikipedia (en) Prime Minister of Yemen

[person mohammed-basindawa]
name: محمد سالم باسندوة | محمد باسندوة
role: YEMGOV prime-minister 2011-12-07..2014-09-24
source: Wikipedia (en) Prime Minister of Yemen

[person khaled-bahah]
name: خالد بحاح | خالد محفوظ بحاح
short: بحاح
role: YEMGOV prime-minister 2014-11-09..2016-04-03
role: YEMGOV vice-president 2015-04-12..2016-04-03
role: YEMELI - 2016-04-03..
source: Wikipedia (en) Khaled Bahah

[person ahmed-obeid-bin-daghr]
name: أحمد عبيد بن دغر
role: YEMGOV prime-minister 2016-04-04..2018-10-15
role: YEMELI - 2018-10-15..
source: Wikipedia (en) Prime Minister of Yemen

[person maeen-abdulmalik]
name: معين عبد الملك | معين عبد الملك سعيد | معين عبدالملك
role: YEMGOV prime-minister 2018-10-15..2024-02-05
role: YEMELI - 2024-02-05..
source: Wikipedia (en) Prime Minister of Yemen

[person ahmed-awad-bin-mubarak]
name: أحمد عوض بن مبارك | أحمد بن مبارك
role: YEMGOV - 2015..2020-12-18
role: YEMGOV foreign-minister 2020-12-18..2024-02-05
role: YEMGOV prime-minister 2024-02-05..2025-05-03
role: YEMELI - 2025-05-03..
source: Wikipedia (en) Ahmed Awad bin Mubarak (ambassador to the US and UN)

[person salem-bin-breik]
name: سالم بن بريك | سالم صالح بن بريك
role: YEMGOV prime-minister 2025-05-03..
source: Wikipedia (en) Prime Minister of Yemen

[person abu-bakr-al-qirbi]
name: أبو بكر القربي | أبوبكر القربي
role: YEMGOV foreign-minister 2001-04..2014-11-09
source: Wikipedia (en) Abu Bakr al-Qirbi

[person riyadh-yassin]
name: رياض ياسين | رياض ياسين عبد الله
role: YEMGOV foreign-minister 2015-04..2015-12
source: Wikipedia (en) Riyadh Yassin; months approximate

[person abdulmalik-al-mekhlafi]
name: عبد الملك المخلافي
role: YEMGOV foreign-minister 2015-12..2018-05
source: Wikipedia (en) Abdulmalik al-Mekhlafi; months approximate

[person khaled-al-yamani]
name: خالد اليماني | خالد حسين اليماني
role: YEMGOV foreign-minister 2018-05..2019-06
source: Wikipedia (en) Khaled al-Yamani; months approximate

[person mohammed-al-hadhrami]
name: محمد الحضرمي | محمد عبد الله الحضرمي
role: YEMGOV foreign-minister 2019-06..2020-12-18
source: Wikipedia (en) Mohammed al-Hadhrami

[person shaya-al-zindani]
name: شائع الزنداني | شايع محسن الزنداني
role: YEMGOV foreign-minister 2024-03..
source: press reports of his appointment (2024-03; medium confidence)

[person hussein-badreddin-al-houthi]
name: حسين بدر الدين الحوثي
short: الحوثي
role: YEMREB leader ..2004-09-10
source: Wikipedia (en) Hussein Badreddin al-Houthi, founder; killed 2004-09-10

[person abdul-malik-al-houthi]
name: عبد الملك الحوثي | عبد الملك بدر الدين الحوثي | السيد عبد الملك الحوثي | عبدالملك الحوثي
short: الحوثي
role: YEMREB leader 2004-09-10..
source: Wikipedia (en, ar) Abdul-Malik al-Houthi; diplomacy_dev.md (Houthis YEMREB)

[person saleh-al-sammad]
name: صالح الصماد | صالح علي الصماد
role: YEMREB - 2016-08-15..2018-04-19
source: Wikipedia (en) Saleh Ali al-Sammad (Houthi Supreme Political Council); killed 2018-04-19

[person mahdi-al-mashat]
name: مهدي المشاط | مهدي محمد المشاط
short: المشاط
role: YEMREB - 2018-04-25..
source: Wikipedia (en) Mahdi al-Mashat (Houthi Supreme Political Council; coded REB per diplomacy_dev.md)

[person mohammed-abdulsalam]
name: محمد عبدالسلام فليته | محمد عبد السلام فليتة
role: YEMREB spokesperson ..
source: Wikipedia (en) Mohammed Abdulsalam, Houthi spokesman and chief negotiator

# =====================================================================  Iraq

[person saddam-hussein]
# no short: صدام is also the word "clash"
name: صدام حسين | صدام حسين المجيد | صدام حسين عبد المجيد التكريتي | الرئيس العراقي المخلوع صدام حسين
role: IRQGOV president 1979-07-16..2003-04-09
role: IRQELI - 2003-04-09..
source: Wikipedia (en, ar) Saddam Hussein (captured 2003-12-13, executed 2006-12-30)

[person tariq-aziz]
name: طارق عزيز
role: IRQGOV - 1979..2003-04-09
role: IRQELI - 2003-04-09..
source: Wikipedia (en) Tariq Aziz (deputy PM; FM 1983-1991); died 2015

[person taha-yassin-ramadan]
name: طه ياسين رمضان
role: IRQGOV vice-president 1991-03..2003-04-09
role: IRQELI - 2003-04-09..
source: Wikipedia (en) Taha Yassin Ramadan; executed 2007

[person izzat-ibrahim-al-douri]
name: عزة إبراهيم الدوري | عزت إبراهيم الدوري
# Not bare «الدوري»: it is «periodic» (الاجتماع الدوري) and «the league» in most of the press.
short: عزة الدوري | عزت الدوري
role: IRQGOV - 1979..2003-04-09
role: IRQREB - 2003-04-09..2020-10-25
source: Wikipedia (en) Izzat Ibrahim al-Douri (vice-chairman of the RCC; Baathist insurgency leader); died 2020

[person naji-sabri]
name: ناجي صبري | ناجي صبري الحديثي
role: IRQGOV foreign-minister 2001-04..2003-04-09
source: Wikipedia (en) Naji Sabri

[person mohammed-saeed-al-sahhaf]
name: محمد سعيد الصحاف
short: الصحاف
role: IRQGOV foreign-minister 1992..2001-04
role: IRQGOV - 2001-04..2003-04-09
source: Wikipedia (en) Muhammad Saeed al-Sahhaf (information minister 2001-2003)

[person sultan-hashim-ahmad]
name: سلطان هاشم أحمد | سلطان هاشم
role: IRQGOV defence-minister 1995..2003-04-09
source: Wikipedia (en) Sultan Hashim Ahmad; died 2020

[person paul-bremer]
name: بول بريمر
short: بريمر
role: USAGOV - 2003-05-12..2004-06-28
source: Wikipedia (en) L. Paul Bremer, Coalition Provisional Authority administrator

[person ghazi-al-yawer]
name: غازي الياور | غازي عجيل الياور
role: IRQGOV president 2004-06-01..2005-04-07
role: IRQGOV vice-president 2005-04-07..2006-04-22
source: Wikipedia (en) Ghazi al-Yawer

[person jalal-talabani]
name: جلال طالباني | جلال الطالباني
short: طالباني | الطالباني
role: IRQGOV president 2005-04-07..2014-07-24
role: IRQELI - 2014-07-24..
source: Wikipedia (en, ar) Jalal Talabani; died 2017-10-03

[person fuad-masum]
name: فؤاد معصوم
role: IRQGOV president 2014-07-24..2018-10-02
role: IRQELI - 2018-10-02..
source: Wikipedia (en) President of Iraq

[person barham-salih]
# no short: صالح is a common name
name: برهم صالح | برهم أحمد صالح
role: IRQGOV - 2006-05-20..2009-10
role: IRQGOV president 2018-10-02..2022-10-13
role: IRQELI - 2022-10-13..
source: Wikipedia (en) Barham Salih (deputy PM 2006-2009; KRG PM 2009-2012)

[person abdul-latif-rashid]
name: عبد اللطيف رشيد | عبد اللطيف جمال رشيد
role: IRQGOV - 2003-09..2010-12
role: IRQGOV president 2022-10-13..
source: Wikipedia (en) Abdul Latif Rashid (water resources minister); open end: the post-2025-election president not known to me

[person ayad-allawi]
name: إياد علاوي
short: علاوي
role: IRQGOV prime-minister 2004-06-28..2005-05-03
role: IRQELI - 2005-05-03..2014-09-08
role: IRQGOV - 2014-09-08..2015-08-11
role: IRQELI - 2015-08-11..
source: Wikipedia (en) Ayad Allawi (VP post abolished 2015-08, restored by court 2016-10; second term not coded)

[person ibrahim-al-jaafari]
name: إبراهيم الجعفري
short: الجعفري
role: IRQGOV vice-president 2004-06-01..2005-04-07
role: IRQGOV prime-minister 2005-05-03..2006-05-20
role: IRQELI - 2006-05-20..2014-09-08
role: IRQGOV foreign-minister 2014-09-08..2018-10-25
role: IRQELI - 2018-10-25..
source: Wikipedia (en) Ibrahim al-Jaafari

[person nouri-al-maliki]
# no short: المالكي is also Riyad al-Maliki (Palestinian FM), in office at the same time
name: نوري المالكي | نوري كامل المالكي | جواد المالكي
role: IRQGOV prime-minister 2006-05-20..2014-09-08
role: IRQGOV vice-president 2014-09-08..2015-08-11
role: IRQELI - 2015-08-11..2016-10-10
role: IRQGOV vice-president 2016-10-10..2018-10-02
role: IRQELI - 2018-10-02..
source: Wikipedia (en, ar) Nouri al-Maliki

[person haider-al-abadi]
name: حيدر العبادي
short: العبادي
role: IRQGOV prime-minister 2014-09-08..2018-10-25
role: IRQELI - 2018-10-25..
source: Wikipedia (en) Haider al-Abadi

[person adil-abdul-mahdi]
name: عادل عبد المهدي
role: IRQGOV - 2005-04-07..2011-07
role: IRQGOV - 2014-09-08..2016-03
role: IRQGOV prime-minister 2018-10-25..2020-05-07
role: IRQELI - 2020-05-07..
source: Wikipedia (en) Adil Abdul-Mahdi (oil minister 2014-2016)

[person mustafa-al-kadhimi]
name: مصطفى الكاظمي
short: الكاظمي
role: IRQSPY intelligence-chief 2016-06..2020-05-07
role: IRQGOV prime-minister 2020-05-07..2022-10-27
role: IRQELI - 2022-10-27..
source: Wikipedia (en, ar) Mustafa Al-Kadhimi (INIS director); diplomacy_dev.md (2021)

[person mohammed-shia-al-sudani]
# no short: السوداني is the nisba "Sudanese"
name: محمد شياع السوداني | محمد شياع صبار السوداني
role: IRQGOV - 2010-12..2018-10
role: IRQLEG - 2018-10..2022-10-27
role: IRQGOV prime-minister 2022-10-27..
source: Wikipedia (en, ar) Mohammed Shia al-Sudani (minister 2010-2018, MP 2018-2022); open end: the post-2025-election PM not known to me

[person hoshyar-zebari]
name: هوشيار زيباري
short: زيباري
role: IRQGOV foreign-minister 2003-09-03..2014-07-11
role: IRQGOV finance-minister 2014-09-08..2016-09-21
role: IRQELI - 2016-09-21..
source: Wikipedia (en) Hoshyar Zebari

[person mohamed-ali-alhakim]
name: محمد علي الحكيم
role: IRQGOV - 2010..2018-10-25
role: IRQGOV foreign-minister 2018-10-25..2020-05-07
source: Wikipedia (en) Mohamed Ali Alhakim (UN ambassador)

[person fuad-hussein]
name: فؤاد حسين | فؤاد محمد حسين
role: IRQGOV finance-minister 2018-10-25..2020-05-07
role: IRQGOV foreign-minister 2020-06-06..
source: Wikipedia (en) Fuad Hussein; diplomacy_dev.md (2024)

[person hazim-al-shaalan]
name: حازم الشعلان
role: IRQGOV defence-minister 2004-06-28..2005-05-03
source: Wikipedia (en) Minister of Defence (Iraq)

[person saadoun-al-dulaimi]
name: سعدون الدليمي
role: IRQGOV defence-minister 2005-05-03..2006-05-20
role: IRQGOV defence-minister 2011-08..2014-09-08
source: Wikipedia (en) Saadoun al-Dulaimi (acting defence minister 2011-2014)

[person abdul-qadir-al-obeidi]
name: عبد القادر العبيدي | عبد القادر محمد جاسم العبيدي
role: IRQGOV defence-minister 2006-06-08..2010-12-21
source: Wikipedia (en) Minister of Defence (Iraq)

[person khalid-al-obaidi]
name: خالد العبيدي | خالد متعب العبيدي
role: IRQGOV defence-minister 2014-10-18..2016-08-25
source: Wikipedia (en) Khaled al-Obaidi (dismissed by parliament 2016-08-25)

[person erfan-al-hiyali]
name: عرفان الحيالي
role: IRQGOV defence-minister 2017-01-30..2018-10-25
source: Wikipedia (en) Minister of Defence (Iraq)

[person najah-al-shammari]
name: نجاح الشمري | نجاح حسن علي الشمري
role: IRQGOV defence-minister 2019-06-24..2020-05-07
source: Wikipedia (en) Minister of Defence (Iraq)

[person juma-inad]
name: جمعة عناد | جمعة عناد سعدون
role: IRQGOV defence-minister 2020-06-06..2022-10-27
source: Wikipedia (en) Minister of Defence (Iraq)

[person thabet-al-abbasi]
name: ثابت العباسي | ثابت محمد سعيد العباسي
role: IRQGOV defence-minister 2022-10-27..
source: Wikipedia (en) Minister of Defence (Iraq)

[person babakir-zebari]
name: بابكر زيباري | بابكر بدرخان زيباري
role: IRQMIL army-chief 2004..2015-06
source: Wikipedia (en) Babaker Zebari; years approximate

[person othman-al-ghanimi]
name: عثمان الغانمي
role: IRQMIL army-chief 2015-06..2020-05-07
role: IRQGOV interior-minister 2020-05-07..2022-10-27
source: Wikipedia (en) Othman al-Ghanimi

[person abdul-amir-yarallah]
name: عبد الأمير يار الله | عبد الأمير رشيد يار الله
role: IRQMIL army-chief 2020-06..
source: Wikipedia (en) Chief of Staff of the Iraqi Army; month approximate

[person abu-mahdi-al-muhandis]
name: أبو مهدي المهندس | جمال جعفر إبراهيم
role: IRQMIL - 2014-06..2020-01-03
source: Wikipedia (en) Abu Mahdi al-Muhandis (deputy chairman of the PMF); killed 2020-01-03

[person falih-al-fayyadh]
name: فالح الفياض
role: IRQGOV national-security-adviser 2011-04..2020-07-04
role: IRQMIL - 2014-06..
source: Wikipedia (en) Falih al-Fayyadh (PMF chairman)

[person ali-al-sistani]
name: علي السيستاني | علي الحسيني السيستاني | آية الله علي السيستاني | المرجع علي السيستاني
short: السيستاني
role: IRQREL - ..
source: Wikipedia (en, ar) Ali al-Sistani; CAMEO REL (religious) role

# =====================================================================  Iran

[person ali-khamenei]
name: علي خامنئي | آية الله علي خامنئي | علي حسيني خامنئي | آية الله خامنئي | السيد علي خامنئي
short: خامنئي
role: IRNGOV president 1981-10-13..1989-06-04
role: IRNGOV supreme-leader 1989-06-04..
source: Wikipedia (en, ar) Ali Khamenei

[person akbar-hashemi-rafsanjani]
name: أكبر هاشمي رفسنجاني | علي أكبر هاشمي رفسنجاني | هاشمي رفسنجاني
short: رفسنجاني
role: IRNGOV president 1989-08-03..1997-08-03
role: IRNGOV - 1997-08-03..2017-01-08
source: Wikipedia (en) Akbar Hashemi Rafsanjani (Expediency Council chairman); died 2017-01-08

[person mohammad-khatami]
name: محمد خاتمي | السيد محمد خاتمي
short: خاتمي
role: IRNGOV president 1997-08-03..2005-08-03
role: IRNELI - 2005-08-03..
source: Wikipedia (en, ar) Mohammad Khatami

[person mahmoud-ahmadinejad]
name: محمود أحمدي نجاد | محمود أحمدي نژاد
short: أحمدي نجاد | نجاد
role: IRNGOV president 2005-08-03..2013-08-03
role: IRNELI - 2013-08-03..
source: Wikipedia (en, ar) Mahmoud Ahmadinejad

[person hassan-rouhani]
# no short: روحاني is also the adjective "spiritual"
name: حسن روحاني | الشيخ حسن روحاني
role: IRNGOV national-security-adviser 1989-10..2005-08-15
role: IRNELI - 2005-08-15..2013-08-03
role: IRNGOV president 2013-08-03..2021-08-03
role: IRNELI - 2021-08-03..
source: Wikipedia (en, ar) Hassan Rouhani (secretary of the Supreme National Security Council 1989-2005)

[person ebrahim-raisi]
# no short: رئيسي is also the adjective "main / principal"
name: إبراهيم رئيسي | السيد إبراهيم رئيسي | إبراهيم رئيس الساداتي
role: IRNJUD - 2019-03-07..2021-07-01
role: IRNGOV president 2021-08-03..2024-05-19
source: Wikipedia (en, ar) Ebrahim Raisi (chief justice 2019-2021); died 2024-05-19

[person mohammad-mokhber]
name: محمد مخبر
role: IRNGOV vice-president 2021-08-08..2024-05-19
role: IRNGOV president 2024-05-19..2024-07-28
role: IRNGOV - 2024-07-28..
source: Wikipedia (en) Mohammad Mokhber (first VP; acting president; then adviser to the Supreme Leader)

[person masoud-pezeshkian]
name: مسعود بزشكيان
short: بزشكيان
role: IRNGOV - 2001..2005
role: IRNLEG - 2008..2024-07-28
role: IRNGOV president 2024-07-28..
source: Wikipedia (en, ar) Masoud Pezeshkian (health minister 2001-2005; MP for Tabriz)

[person kamal-kharazi]
name: كمال خرازي
role: IRNGOV foreign-minister 1997-08-20..2005-08-24
role: IRNGOV - 2006..
source: Wikipedia (en) Kamal Kharazi (then head of the Strategic Council on Foreign Relations)

[person manouchehr-mottaki]
name: منوشهر متكي
short: متكي
role: IRNGOV foreign-minister 2005-08-24..2010-12-13
role: IRNELI - 2010-12-13..
source: Wikipedia (en) Manouchehr Mottaki

[person ali-akbar-salehi]
name: علي أكبر صالحي
role: IRNGOV - 2009-07-16..2010-12-13
role: IRNGOV foreign-minister 2010-12-13..2013-08-15
role: IRNGOV - 2013-08-16..2021-08-29
role: IRNELI - 2021-08-29..
source: Wikipedia (en) Ali Akbar Salehi (head of the Atomic Energy Organization 2009-2010, 2013-2021)

[person mohammad-javad-zarif]
# no short: ظريف is also the adjective "witty, nice"
name: محمد جواد ظريف | جواد ظريف
role: IRNGOV - 2002..2007
role: IRNELI - 2007..2013-08-15
role: IRNGOV foreign-minister 2013-08-15..2021-08-25
role: IRNELI - 2021-08-25..2024-08-01
role: IRNGOV vice-president 2024-08-01..2025-03-02
role: IRNELI - 2025-03-02..
source: Wikipedia (en, ar) Mohammad Javad Zarif (UN ambassador 2002-2007; VP for strategic affairs 2024-2025); diplomacy_dev.md (2021)

[person hossein-amir-abdollahian]
name: حسين أمير عبد اللهيان | حسين أمير عبداللهيان | أمير عبد اللهيان
short: عبد اللهيان | عبداللهيان
role: IRNGOV foreign-minister 2021-08-25..2024-05-19
source: Wikipedia (en, ar) Hossein Amir-Abdollahian; died 2024-05-19

[person ali-bagheri-kani]
name: علي باقري كني | علي باقري
role: IRNGOV - 2021-09..2024-05-19
role: IRNGOV foreign-minister 2024-05-19..2024-08-21
role: IRNGOV - 2024-08-21..
source: Wikipedia (en) Ali Bagheri Kani (deputy FM and nuclear negotiator; acting FM)

[person abbas-araghchi]
name: عباس عراقجي
short: عراقجي
role: IRNGOV - 2013-08..2021-08
role: IRNGOV foreign-minister 2024-08-21..
source: Wikipedia (en, ar) Abbas Araghchi (deputy FM 2013-2021)

[person ali-shamkhani]
name: علي شمخاني
short: شمخاني
role: IRNGOV defence-minister 1997-08-20..2005-08-24
role: IRNGOV - 2005-08-24..2013-09-10
role: IRNGOV national-security-adviser 2013-09-10..2023-05-22
role: IRNGOV - 2023-05-22..
source: Wikipedia (en) Ali Shamkhani (SNSC secretary; adviser to the Supreme Leader)

[person mostafa-mohammad-najjar]
name: مصطفى محمد نجار
role: IRNGOV defence-minister 2005-08-24..2009-09-03
role: IRNGOV interior-minister 2009-09-03..2013-08-15
source: Wikipedia (en) Mostafa Mohammad-Najjar

[person ahmad-vahidi]
name: أحمد وحيدي
role: IRNGOV defence-minister 2009-09-03..2013-08-15
role: IRNGOV interior-minister 2021-08-25..2024-08-21
source: Wikipedia (en) Ahmad Vahidi

[person hossein-dehghan]
name: حسين دهقان
role: IRNGOV defence-minister 2013-08-15..2017-08-20
role: IRNGOV - 2017-08-20..
source: Wikipedia (en) Hossein Dehghan (then military adviser to the Supreme Leader)

[person amir-hatami]
name: أمير حاتمي
role: IRNGOV defence-minister 2017-08-20..2021-08-25
role: IRNMIL - 2021-08-25..
source: Wikipedia (en) Amir Hatami (army posts after 2021; named army commander 2025-06, medium confidence)

[person mohammad-reza-ashtiani]
name: محمد رضا آشتياني | محمد رضا قرائي آشتياني
role: IRNGOV defence-minister 2021-08-25..2024-08-21
source: Wikipedia (en) Mohammad-Reza Gharaei Ashtiani

[person aziz-nasirzadeh]
name: عزيز نصير زاده | عزيز نصيرزاده
role: IRNGOV defence-minister 2024-08-21..
source: Wikipedia (en) Aziz Nasirzadeh

[person hassan-firouzabadi]
name: حسن فيروز آبادي | حسن فيروزآبادي
role: IRNMIL army-chief 1989-09..2016-06-28
source: Wikipedia (en) Hassan Firouzabadi, chief of the general staff of the armed forces

[person mohammad-bagheri]
name: محمد باقري | محمد حسين باقري
role: IRNMIL army-chief 2016-06-28..2025-06-13
source: Wikipedia (en) Mohammad Bagheri; killed 2025-06-13

[person abdolrahim-mousavi]
name: عبد الرحيم موسوي | عبدالرحيم موسوي
role: IRNMIL - 2017-08-21..2025-06-13
role: IRNMIL army-chief 2025-06-13..
source: Wikipedia (en) Abdolrahim Mousavi (army commander, then chief of the general staff)

[person yahya-rahim-safavi]
name: يحيى رحيم صفوي | رحيم صفوي
role: IRNMIL commander-in-chief 1997-09..2007-09-01
role: IRNGOV - 2007-09-01..
source: Wikipedia (en) Yahya Rahim Safavi, IRGC commander (then military adviser to the Supreme Leader)

[person mohammad-ali-jafari]
name: محمد علي جعفري | محمد علي عزيز جعفري
role: IRNMIL commander-in-chief 2007-09-01..2019-04-21
source: Wikipedia (en) Mohammad Ali Jafari, IRGC commander

[person hossein-salami]
name: حسين سلامي
role: IRNMIL commander-in-chief 2019-04-21..2025-06-13
source: Wikipedia (en) Hossein Salami, IRGC commander; killed 2025-06-13

[person mohammad-pakpour]
name: محمد باكبور
role: IRNMIL commander-in-chief 2025-06-13..
source: Wikipedia (en) Mohammad Pakpour, IRGC commander from 2025-06-13

[person qasem-soleimani]
name: قاسم سليماني | الحاج قاسم سليماني | اللواء قاسم سليماني
short: سليماني
role: IRNMIL - 1998..2020-01-03
source: Wikipedia (en, ar) Qasem Soleimani (Quds Force commander); killed 2020-01-03

[person esmail-qaani]
name: إسماعيل قاآني | إسماعيل قآني
short: قاآني
role: IRNMIL - 2020-01-03..
source: Wikipedia (en) Esmail Qaani (Quds Force commander)

[person ali-larijani]
name: علي لاريجاني
short: لاريجاني
role: IRNGOV national-security-adviser 2005-08-15..2007-10-20
role: IRNLEG speaker 2008-05-28..2020-05-28
role: IRNELI - 2020-05-28..2025-08-05
role: IRNGOV national-security-adviser 2025-08-05..
source: Wikipedia (en) Ali Larijani (SNSC secretary twice; speaker of the Majlis)

[person saeed-jalili]
name: سعيد جليلي
short: جليلي
role: IRNGOV national-security-adviser 2007-10-20..2013-09-10
role: IRNELI - 2013-09-10..
source: Wikipedia (en) Saeed Jalili

[person ali-akbar-ahmadian]
name: علي أكبر أحمديان
role: IRNGOV national-security-adviser 2023-05-22..2025-08-05
source: Wikipedia (en) Ali-Akbar Ahmadian, SNSC secretary

[person mohammad-bagher-ghalibaf]
name: محمد باقر قاليباف
short: قاليباف
role: IRNCOP - 2000..2005
role: IRNGOV - 2005-09..2017-08
role: IRNLEG speaker 2020-05-28..
source: Wikipedia (en) Mohammad Bagher Ghalibaf (police chief, mayor of Tehran, speaker)

# =====================================================================  Turkey

[person suleyman-demirel]
name: سليمان ديميريل | سليمان دميريل
role: TURGOV president 1993-05-16..2000-05-16
role: TURELI - 2000-05-16..
source: Wikipedia (en) Süleyman Demirel; died 2015

[person ahmet-necdet-sezer]
name: أحمد نجدت سيزر
role: TURGOV president 2000-05-16..2007-08-28
role: TURELI - 2007-08-28..
source: Wikipedia (en) Ahmet Necdet Sezer

[person bulent-ecevit]
name: بولنت أجاويد | بولند أجاويد
role: TURGOV prime-minister 1999-01-11..2002-11-18
role: TURELI - 2002-11-18..
source: Wikipedia (en) Bülent Ecevit; died 2006

[person abdullah-gul]
# no short: غل / غول is also a word ("shackle", "ghoul")
name: عبد الله غل | عبد الله غول | عبد الله جول | عبدالله غل
role: TURGOV prime-minister 2002-11-18..2003-03-14
role: TURGOV foreign-minister 2003-03-14..2007-08-28
role: TURGOV president 2007-08-28..2014-08-28
role: TURELI - 2014-08-28..
source: Wikipedia (en, ar) Abdullah Gül

[person recep-tayyip-erdogan]
name: رجب طيب أردوغان | رجب أردوغان | طيب أردوغان
short: أردوغان
role: TUROPP - 2001-08-14..2002-11-18
role: TURGOV - 2002-11-18..2003-03-14
role: TURGOV prime-minister 2003-03-14..2014-08-28
role: TURGOV president 2014-08-28..
source: Wikipedia (en, ar) Recep Tayyip Erdoğan (AKP leader 2001; PM; president); diplomacy_dev.md

[person ahmet-davutoglu]
name: أحمد داود أوغلو | أحمد داوود أوغلو
short: داود أوغلو | داوود أوغلو
role: TURGOV foreign-minister 2009-05-01..2014-08-28
role: TURGOV prime-minister 2014-08-28..2016-05-24
role: TURELI - 2016-05-24..
source: Wikipedia (en) Ahmet Davutoğlu

[person binali-yildirim]
name: بن علي يلدريم | بن علي يلديريم | بنعلي يلدريم
short: يلدريم
role: TURGOV - 2002-11-18..2013-12-26
role: TURGOV prime-minister 2016-05-24..2018-07-09
role: TURLEG speaker 2018-07-18..2019-02-18
role: TURELI - 2019-02-18..
source: Wikipedia (en) Binali Yıldırım (transport minister; last prime minister before the post was abolished)

[person ismail-cem]
name: إسماعيل جم
role: TURGOV foreign-minister 1997-06-30..2002-07-11
source: Wikipedia (en) İsmail Cem; died 2007

[person sukru-sina-gurel]
name: شكري سينا غوريل | شكري سينا غورل
role: TURGOV foreign-minister 2002-07-11..2002-11-18
source: Wikipedia (en) Şükrü Sina Gürel

[person yasar-yakis]
name: يشار ياكيش
role: TURGOV foreign-minister 2002-11-18..2003-03-14
source: Wikipedia (en) Yaşar Yakış

[person ali-babacan]
name: علي باباجان
short: باباجان
role: TURGOV - 2002-11..2007-08-29
role: TURGOV foreign-minister 2007-08-29..2009-05-01
role: TURGOV - 2009-05-01..2015-11-24
role: TUROPP - 2020-03..
source: Wikipedia (en) Ali Babacan (economy minister, deputy PM; DEVA party leader)

[person mevlut-cavusoglu]
name: مولود جاويش أوغلو | مولود تشاووش أوغلو | مولود تشاوش أوغلو | مولود جاووش أوغلو
short: جاويش أوغلو | تشاووش أوغلو
name: مولود جاوش أوغلو | مولود جاووش أغلو
role: TURGOV foreign-minister 2014-08-29..2015-08-28
role: TURGOV foreign-minister 2015-11-24..2023-06-04
role: TURELI - 2023-06-04..
source: Wikipedia (en, ar) Mevlüt Çavuşoğlu

[person feridun-sinirlioglu]
name: فريدون سينيرلي أوغلو | فريدون سنيرلي أوغلو
role: TURGOV foreign-minister 2015-08-28..2015-11-24
source: Wikipedia (en) Feridun Sinirlioğlu (interim government)

[person hakan-fidan]
name: هاكان فيدان
short: فيدان
role: TURSPY intelligence-chief 2010-05-27..2015-02-10
role: TURSPY intelligence-chief 2015-03-09..2023-06-04
role: TURGOV foreign-minister 2023-06-04..
source: Wikipedia (en, ar) Hakan Fidan (MIT director)

[person ibrahim-kalin]
name: إبراهيم كالن | إبراهيم قالن
short: كالن
role: TURGOV spokesperson 2014-12..2023-06-05
role: TURSPY intelligence-chief 2023-06-05..
source: Wikipedia (en) İbrahim Kalın (presidential spokesman; MIT director)

[person fuat-oktay]
name: فؤاد أقطاي | فؤاد أوقطاي
role: TURGOV vice-president 2018-07-09..2023-06-03
source: Wikipedia (en) Vice President of Turkey

[person cevdet-yilmaz]
name: جودت يلماز
role: TURGOV vice-president 2023-06-03..
source: Wikipedia (en) Vice President of Turkey

[person vecdi-gonul]
name: وجدي غونول | وجدي جونول | وجدي غونل
role: TURGOV defence-minister 2002-11-18..2011-07-06
role: TURGOV defence-minister 2015-08-28..2015-11-24
source: Wikipedia (en) Vecdi Gönül

[person ismet-yilmaz]
name: عصمت يلماز
role: TURGOV defence-minister 2011-07-06..2015-08-28
role: TURGOV defence-minister 2015-11-24..2016-05-24
source: Wikipedia (en) İsmet Yılmaz

[person fikri-isik]
name: فكري إشيق | فكري إشق
role: TURGOV defence-minister 2016-05-24..2017-07-19
source: Wikipedia (en) Fikri Işık

[person nurettin-canikli]
name: نور الدين جانيكلي | نور الدين جانكلي
role: TURGOV defence-minister 2017-07-19..2018-07-10
source: Wikipedia (en) Nurettin Canikli

[person hulusi-akar]
name: خلوصي أكار
short: أكار
role: TURMIL army-chief 2015-08-18..2018-07-10
role: TURGOV defence-minister 2018-07-10..2023-06-04
role: TURELI - 2023-06-04..
source: Wikipedia (en, ar) Hulusi Akar (chief of the general staff; defence minister; then MP)

[person yasar-guler]
name: يشار غولر | يشار غولير | يشار جولر
role: TURMIL army-chief 2018-07-10..2023-06-04
role: TURGOV defence-minister 2023-06-04..
source: Wikipedia (en) Yaşar Güler

[person huseyin-kivrikoglu]
name: حسين كيفريك أوغلو | حسين كفريك أوغلو
role: TURMIL army-chief 1998-08-30..2002-08-28
source: Wikipedia (en) Chief of the General Staff (Turkey)

[person hilmi-ozkok]
name: حلمي أوزكوك
role: TURMIL army-chief 2002-08-28..2006-08-28
source: Wikipedia (en) Chief of the General Staff (Turkey)

[person yasar-buyukanit]
name: يشار بويوك أنيت | يشار بيوك أنيت
role: TURMIL army-chief 2006-08-28..2008-08-28
source: Wikipedia (en) Chief of the General Staff (Turkey)

[person ilker-basbug]
name: إلكر باشبوغ | إيلكر باشبوغ
role: TURMIL army-chief 2008-08-28..2010-08-27
source: Wikipedia (en) Chief of the General Staff (Turkey)

[person isik-kosaner]
name: إشيق كوشانر | إيشيك كوشانر
role: TURMIL army-chief 2010-08-30..2011-07-29
source: Wikipedia (en) Chief of the General Staff (Turkey) (resigned 2011-07-29)

[person necdet-ozel]
name: نجدت أوزال | نجدت أوزيل | نجدت أوزل
role: TURMIL army-chief 2011-07-29..2015-08-18
source: Wikipedia (en) Chief of the General Staff (Turkey) (acting from 2011-07-29, appointed 2011-08-04)

[person metin-gurak]
name: متين غوراك | متين غوراق
role: TURMIL army-chief 2023-06-05..2025-08
source: Wikipedia (en) Chief of the General Staff (Turkey); end month medium confidence

[person selcuk-bayraktaroglu]
name: سلجوق بيرقدار أوغلو | سلجوق بايراكتار أوغلو
role: TURMIL army-chief 2025-08..
source: press reports of the 2025 Supreme Military Council (medium confidence)

# =====================================================================  Somalia, Djibouti, Comoros

[person abdiqasim-salad-hassan]
name: عبد القاسم صلاد حسن | عبدي قاسم صلاد حسن
role: SOMGOV president 2000-08-27..2004-10-14
source: Wikipedia (en) Abdiqasim Salad Hassan (Transitional National Government)

[person abdullahi-yusuf-ahmed]
name: عبد الله يوسف أحمد | عبدالله يوسف أحمد
role: SOMGOV president 2004-10-14..2008-12-29
role: SOMELI - 2008-12-29..
source: Wikipedia (en) Abdullahi Yusuf Ahmed; died 2012

[person sharif-sheikh-ahmed]
name: شريف شيخ أحمد | شيخ شريف شيخ أحمد | الشيخ شريف شيخ أحمد
role: SOMREB - 2006-06..2009-01-31
role: SOMGOV president 2009-01-31..2012-09-16
role: SOMELI - 2012-09-16..
source: Wikipedia (en) Sharif Sheikh Ahmed (Islamic Courts Union chairman, then ARS leader)

[person hassan-sheikh-mohamud]
name: حسن شيخ محمود
role: SOMGOV president 2012-09-16..2017-02-16
role: SOMELI - 2017-02-16..2022-05-23
role: SOMGOV president 2022-05-23..
source: Wikipedia (en, ar) Hassan Sheikh Mohamud

[person mohamed-abdullahi-farmaajo]
name: محمد عبد الله فرماجو | محمد عبد الله محمد فرماجو | محمد عبدالله فرماجو
short: فرماجو
role: SOMGOV prime-minister 2010-11-01..2011-06-19
role: SOMELI - 2011-06-19..2017-02-16
role: SOMGOV president 2017-02-16..2022-05-23
role: SOMELI - 2022-05-23..
source: Wikipedia (en) Mohamed Abdullahi Mohamed (Farmaajo)

[person ali-mohamed-gedi]
name: علي محمد جيدي | علي محمد غيدي
role: SOMGOV prime-minister 2004-11..2007-10-29
source: Wikipedia (en) Prime Minister of Somalia (start month approximate)

[person nur-hassan-hussein]
name: نور حسن حسين | نور عدي
role: SOMGOV prime-minister 2007-11-24..2009-02-14
source: Wikipedia (en) Nur Hassan Hussein (Nur Adde); died 2020

[person omar-abdirashid-sharmarke]
name: عمر عبد الرشيد علي شرماركي | عمر عبد الرشيد شرماركي
role: SOMGOV prime-minister 2009-02-14..2010-09-21
role: SOMGOV prime-minister 2014-12-24..2017-03-01
source: Wikipedia (en) Omar Abdirashid Ali Sharmarke

[person abdiweli-mohamed-ali]
name: عبد الولي محمد علي | عبدي ولي محمد علي
role: SOMGOV prime-minister 2011-06-19..2012-10-17
source: Wikipedia (en) Abdiweli Mohamed Ali

[person abdi-farah-shirdon]
name: عبدي فارح شردون | عبدي فارح شيردون
role: SOMGOV prime-minister 2012-10-17..2013-12-21
source: Wikipedia (en) Abdi Farah Shirdon

[person abdiweli-sheikh-ahmed]
name: عبد الولي شيخ أحمد | عبدي ولي شيخ أحمد
role: SOMGOV prime-minister 2013-12-21..2014-12-24
source: Wikipedia (en) Abdiweli Sheikh Ahmed

[person hassan-ali-khaire]
name: حسن علي خيري
role: SOMGOV prime-minister 2017-03-01..2020-07-25
source: Wikipedia (en) Hassan Ali Khaire

[person mohamed-hussein-roble]
name: محمد حسين روبلي
role: SOMGOV prime-minister 2020-09-18..2022-06-25
source: Wikipedia (en) Mohamed Hussein Roble

[person hamza-abdi-barre]
name: حمزة عبدي بري
role: SOMGOV prime-minister 2022-06-25..
source: Wikipedia (en) Hamza Abdi Barre

[person aden-hashi-ayro]
name: آدم حاشي عيرو | آدم حاشي فارح عيرو
role: SOMREB - ..2008-05-01
source: Wikipedia (en) Aden Hashi Farah Ayro (al-Shabaab); killed 2008-05-01

[person ahmed-abdi-godane]
name: أحمد عبدي غودني | أحمد عبدي جودني | مختار أبو الزبير
role: SOMREB leader 2008-05..2014-09-01
source: Wikipedia (en) Ahmed Abdi Godane (al-Shabaab emir); killed 2014-09-01

[person ahmad-umar-abu-ubaidah]
# no short: «أبو عبيدة» is also the Qassam Brigades spokesman's name
name: أحمد عمر أبو عبيدة | أحمد ديري | أحمد عمر ديري
role: SOMREB leader 2014-09-06..
source: Wikipedia (en) Ahmad Umar (Abu Ubaidah), al-Shabaab emir

[person mukhtar-robow]
name: مختار روبو | مختار روبو علي | أبو منصور
role: SOMREB - ..2017-08
role: SOMELI - 2017-08..2022-08-02
role: SOMGOV - 2022-08-02..
source: Wikipedia (en) Mukhtar Robow (al-Shabaab deputy leader, defected 2017; religious affairs minister 2022)

[person ismail-omar-guelleh]
name: إسماعيل عمر جيله | إسماعيل عمر غيله | إسماعيل عمر قيله
short: جيله
role: DJIGOV president 1999-05-08..
source: Wikipedia (en, ar) Ismaïl Omar Guelleh

[person dileita-mohamed-dileita]
name: ديليتا محمد ديليتا | دليتا محمد دليتا
role: DJIGOV prime-minister 2001-03-04..2013-04-01
source: Wikipedia (en) Prime Minister of Djibouti

[person abdoulkader-kamil-mohamed]
name: عبد القادر كامل محمد
role: DJIGOV prime-minister 2013-04-01..
source: Wikipedia (en) Prime Minister of Djibouti

[person mahmoud-ali-youssouf]
name: محمود علي يوسف
role: DJIGOV foreign-minister 2005-05..2025-03-13
role: IGOAFRAFU commission-president 2025-03-13..
source: Wikipedia (en) Mahmoud Ali Youssouf (elected AU Commission chairperson 2025-02-15, took office 2025-03-13)

[person moussa-faki-mahamat]
name: موسى فكي محمد | موسى فقي محمد
role: TCDGOV prime-minister 2003-06-24..2005-02-04
role: TCDGOV foreign-minister 2008-04..2017-01-30
role: IGOAFRAFU commission-president 2017-03-14..2025-03-13
source: Wikipedia (en) Moussa Faki Mahamat

[person azali-assoumani]
name: غزالي عثماني | عزالي عثماني | عثماني غزالي
role: COMGOV president 1999-04-30..2002-01-21
role: COMELI - 2002-01-21..2002-05-26
role: COMGOV president 2002-05-26..2006-05-26
role: COMELI - 2006-05-26..2016-05-26
role: COMGOV president 2016-05-26..
source: Wikipedia (en) Azali Assoumani

[person ahmed-abdallah-sambi]
name: أحمد عبد الله سامبي | أحمد عبدالله سامبي
role: COMGOV president 2006-05-26..2011-05-26
role: COMELI - 2011-05-26..
source: Wikipedia (en) Ahmed Abdallah Sambi

[person ikililou-dhoinine]
name: إكليل ظنين | إيكليلو ظوانين
role: COMGOV president 2011-05-26..2016-05-26
source: Wikipedia (en) Ikililou Dhoinine

# =====================================================================  United States

[person george-h-w-bush]
name: جورج بوش الأب | جورج هربرت ووكر بوش | جورج إتش دبليو بوش
role: USAGOV president 1989-01-20..1993-01-20
role: USAELI - 1993-01-20..
source: Wikipedia (en) George H. W. Bush; died 2018-11-30

[person bill-clinton]
name: بيل كلينتون | ويليام جيفرسون كلينتون | وليام كلينتون
role: USAGOV president 1993-01-20..2001-01-20
role: USAELI - 2001-01-20..
source: Wikipedia (en) Bill Clinton

[person george-w-bush]
name: جورج بوش | جورج دبليو بوش | جورج بوش الابن | جورج ووكر بوش | جورج دبليو. بوش
short: بوش
role: USAGOV president 2001-01-20..2009-01-20
role: USAELI - 2009-01-20..
source: Wikipedia (en, ar) George W. Bush (بوش alone before 2001 would be his father: dates decide)

[person barack-obama]
name: باراك أوباما | باراك حسين أوباما
short: أوباما
role: USALEG - 2005-01-03..2008-11-16
role: USAGOV president 2009-01-20..2017-01-20
role: USAELI - 2017-01-20..
source: Wikipedia (en, ar) Barack Obama (senator 2005-2008)

[person donald-trump]
name: دونالد ترامب | دونالد ترمب | دونالد جون ترامب | دونالد جيه ترامب
short: ترامب | ترمب
role: USABUS - ..2015-06-16
role: USAELI - 2015-06-16..2017-01-20
role: USAGOV president 2017-01-20..2021-01-20
role: USAELI - 2021-01-20..2025-01-20
role: USAGOV president 2025-01-20..
source: Wikipedia (en, ar) Donald Trump (businessman; candidate from 2015-06-16 coded ELI); diplomacy_dev.md

[person joe-biden]
name: جو بايدن | جوزيف بايدن | جوزيف روبينيت بايدن | جو بايدين
short: بايدن
role: USALEG - 1973-01-03..2009-01-15
role: USAGOV vice-president 2009-01-20..2017-01-20
role: USAELI - 2017-01-20..2021-01-20
role: USAGOV president 2021-01-20..2025-01-20
role: USAELI - 2025-01-20..
source: Wikipedia (en, ar) Joe Biden (senator 1973-2009); diplomacy_dev.md (2019 → USAELI)

[person al-gore]
name: آل غور | ألبرت غور
role: USAGOV vice-president 1993-01-20..2001-01-20
role: USAELI - 2001-01-20..
source: Wikipedia (en) Al Gore

[person dick-cheney]
name: ديك تشيني | ريتشارد تشيني | ريتشارد بروس تشيني
short: تشيني
role: USAGOV vice-president 2001-01-20..2009-01-20
role: USAELI - 2009-01-20..
source: Wikipedia (en) Dick Cheney (defence secretary 1989-1993); died 2025-11

[person mike-pence]
name: مايك بنس | مايك بينس | مايكل بنس
short: بنس
role: USAGOV vice-president 2017-01-20..2021-01-20
role: USAELI - 2021-01-20..
source: Wikipedia (en) Mike Pence; diplomacy_dev.md (2017)

[person kamala-harris]
name: كامالا هاريس | كمالا هاريس
short: هاريس
role: USALEG - 2017-01-03..2021-01-18
role: USAGOV vice-president 2021-01-20..2025-01-20
role: USAELI - 2025-01-20..
source: Wikipedia (en) Kamala Harris

[person jd-vance]
name: جي دي فانس | جيه دي فانس | جيمس ديفيد فانس
short: فانس
role: USALEG - 2023-01-03..2025-01-10
role: USAGOV vice-president 2025-01-20..
source: Wikipedia (en) JD Vance

[person colin-powell]
# no short: باول is also Jerome Powell (Federal Reserve chair from 2018)
name: كولن باول | كولين باول
role: USAGOV foreign-minister 2001-01-20..2005-01-26
role: USAELI - 2005-01-26..
source: Wikipedia (en) Colin Powell (CJCS 1989-1993); died 2021-10-18

[person condoleezza-rice]
# no short: رايس is also Susan Rice (national security adviser 2013-2017)
name: كوندوليزا رايس | كونداليزا رايس | كوندليزا رايس
role: USAGOV national-security-adviser 2001-01-20..2005-01-26
role: USAGOV foreign-minister 2005-01-26..2009-01-20
role: USAELI - 2009-01-20..
source: Wikipedia (en) Condoleezza Rice

[person hillary-clinton]
name: هيلاري كلينتون | هيلاري رودهام كلينتون | هيلاري كلنتون
role: USALEG - 2001-01-03..2009-01-21
role: USAGOV foreign-minister 2009-01-21..2013-02-01
role: USAELI - 2013-02-01..
source: Wikipedia (en) Hillary Clinton; diplomacy_dev.md (2010)

[person john-kerry]
name: جون كيري | جون فوربس كيري
short: كيري
role: USALEG - 1985-01-03..2013-02-01
role: USAGOV foreign-minister 2013-02-01..2017-01-20
role: USAELI - 2017-01-20..2021-01-20
role: USAGOV envoy 2021-01-20..2024-03-06
role: USAELI - 2024-03-06..
source: Wikipedia (en) John Kerry (climate envoy 2021-2024)

[person rex-tillerson]
name: ريكس تيلرسون | ريكس تيليرسون
short: تيلرسون
role: USABUS - 2006-01..2017-01
role: USAGOV foreign-minister 2017-02-01..2018-03-31
role: USAELI - 2018-03-31..
source: Wikipedia (en) Rex Tillerson (ExxonMobil CEO 2006-2016)

[person mike-pompeo]
name: مايك بومبيو | مايكل بومبيو
short: بومبيو
role: USASPY intelligence-chief 2017-01-23..2018-04-26
role: USAGOV foreign-minister 2018-04-26..2021-01-20
role: USAELI - 2021-01-20..
source: Wikipedia (en) Mike Pompeo

[person antony-blinken]
name: أنتوني بلينكن | أنتوني بلينكين | توني بلينكن
short: بلينكن | بلينكين
role: USAGOV - 2015-01-09..2017-01-20
role: USAELI - 2017-01-20..2021-01-26
role: USAGOV foreign-minister 2021-01-26..2025-01-20
role: USAELI - 2025-01-20..
source: Wikipedia (en, ar) Antony Blinken (deputy secretary of state 2015-2017); diplomacy_dev.md (2025 → USAELI)

[person marco-rubio]
name: ماركو روبيو
short: روبيو
role: USALEG - 2011-01-03..2025-01-20
role: USAGOV foreign-minister 2025-01-21..
role: USAGOV national-security-adviser 2025-05-01..
source: Wikipedia (en) Marco Rubio (acting national security adviser from 2025-05-01)

[person donald-rumsfeld]
name: دونالد رامسفيلد
short: رامسفيلد
role: USAGOV defence-minister 2001-01-20..2006-12-18
role: USAELI - 2006-12-18..
source: Wikipedia (en) Donald Rumsfeld; died 2021

[person robert-gates]
# no short: غيتس is also Bill Gates
name: روبرت غيتس | روبرت جيتس
role: USASPY intelligence-chief 1991-11-06..1993-01-20
role: USAGOV defence-minister 2006-12-18..2011-07-01
role: USAELI - 2011-07-01..
source: Wikipedia (en) Robert Gates

[person leon-panetta]
name: ليون بانيتا
short: بانيتا
role: USASPY intelligence-chief 2009-02-13..2011-06-30
role: USAGOV defence-minister 2011-07-01..2013-02-27
role: USAELI - 2013-02-27..
source: Wikipedia (en) Leon Panetta

[person chuck-hagel]
# no short: هيغل is also the philosopher Hegel
name: تشاك هيغل | تشاك هاغل | تشاك هيجل
role: USAGOV defence-minister 2013-02-27..2015-02-17
role: USAELI - 2015-02-17..
source: Wikipedia (en) Chuck Hagel

[person ash-carter]
name: آشتون كارتر | آش كارتر
# «كارتر» alone: Ash Carter in 2015-2017 news (SaudiNewsNet dev: «ووصل كارتر», «وزار كارتر»); Nick Carter
# (UK, people.lex) is written with his first name, Jimmy Carter is not in this lexicon
short: كارتر
role: USAGOV defence-minister 2015-02-17..2017-01-20
role: USAELI - 2017-01-20..
source: Wikipedia (en) Ash Carter; died 2022

[person jim-mattis]
name: جيمس ماتيس | جيم ماتيس
short: ماتيس
role: USAMIL - 2010-08-11..2013-03-22
role: USAGOV defence-minister 2017-01-20..2019-01-01
role: USAELI - 2019-01-01..
source: Wikipedia (en) Jim Mattis (CENTCOM commander 2010-2013)

[person patrick-shanahan]
name: باتريك شاناهان
role: USAGOV defence-minister 2019-01-01..2019-06-24
source: Wikipedia (en) Patrick Shanahan (acting)

[person mark-esper]
name: مارك إسبر | مارك إيسبر
short: إسبر
role: USAGOV defence-minister 2019-06-24..2020-11-09
role: USAELI - 2020-11-09..
source: Wikipedia (en) Mark Esper (acting, then confirmed 2019-07-23)

[person christopher-c-miller]
name: كريستوفر ميلر
role: USAGOV defence-minister 2020-11-09..2021-01-20
source: Wikipedia (en) Christopher C. Miller (acting)

[person lloyd-austin]
name: لويد أوستن | لويد أوستين
role: USAMIL - 2013-03-22..2016-03-30
role: USAGOV defence-minister 2021-01-22..2025-01-20
role: USAELI - 2025-01-20..
source: Wikipedia (en) Lloyd Austin (CENTCOM commander 2013-2016)

[person pete-hegseth]
name: بيت هيغسيث | بيت هيجسيث | بيت هيغزيث
short: هيغسيث
role: USAGOV defence-minister 2025-01-25..
source: Wikipedia (en) Pete Hegseth (styled Secretary of War from 2025-09)

[person hugh-shelton]
name: هيو شيلتون | هنري شيلتون
role: USAMIL army-chief 1997-10-01..2001-10-01
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person richard-myers]
name: ريتشارد مايرز
role: USAMIL army-chief 2001-10-01..2005-09-30
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person peter-pace]
name: بيتر بيس | بيتر بايس
role: USAMIL army-chief 2005-09-30..2007-10-01
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person mike-mullen]
name: مايك مولن | مايكل مولن
role: USAMIL army-chief 2007-10-01..2011-09-30
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person martin-dempsey]
name: مارتن ديمبسي
short: ديمبسي
role: USAMIL army-chief 2011-10-01..2015-09-25
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person joseph-dunford]
name: جوزيف دانفورد | جوزيف دنفورد
role: USAMIL army-chief 2015-10-01..2019-09-30
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person mark-milley]
name: مارك ميلي
short: ميلي
role: USAMIL army-chief 2019-10-01..2023-09-30
role: USAELI - 2023-09-30..
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person charles-q-brown]
name: تشارلز براون | تشارلز كيو براون | تشارلز براون جونيور
role: USAMIL army-chief 2023-10-01..2025-02-21
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff (dismissed 2025-02-21)

[person dan-caine]
name: دان كين | دانيال كين
role: USAMIL army-chief 2025-04-11..
source: Wikipedia (en) Chairman of the Joint Chiefs of Staff

[person george-tenet]
name: جورج تينيت | جورج تنت
role: USASPY intelligence-chief 1997-07-11..2004-07-11
source: Wikipedia (en) Director of the CIA

[person porter-goss]
name: بورتر غوس | بورتر جوس
role: USASPY intelligence-chief 2004-09-24..2006-05-26
source: Wikipedia (en) Director of the CIA

[person michael-hayden]
name: مايكل هايدن
role: USASPY intelligence-chief 2006-05-30..2009-02-12
source: Wikipedia (en) Director of the CIA

[person david-petraeus]
name: ديفيد بترايوس | ديفيد بتريوس | ديفيد بيتريوس
short: بترايوس
role: USAMIL - 2007-02-10..2011-07-18
role: USASPY intelligence-chief 2011-09-06..2012-11-09
role: USAELI - 2012-11-09..
source: Wikipedia (en) David Petraeus (MNF-I, CENTCOM, ISAF commander; CIA director)

[person john-brennan]
name: جون برينان
role: USASPY intelligence-chief 2013-03-08..2017-01-20
source: Wikipedia (en) Director of the CIA

[person gina-haspel]
name: جينا هاسبل
role: USASPY intelligence-chief 2018-05-21..2021-01-20
source: Wikipedia (en) Director of the CIA

[person william-burns]
name: وليام بيرنز | ويليام بيرنز | بيل بيرنز
role: USAGOV - 2008-05..2014-11
role: USASPY intelligence-chief 2021-03-19..2025-01-20
source: Wikipedia (en) William J. Burns (under secretary, then deputy secretary of state)

[person john-ratcliffe]
name: جون راتكليف
role: USASPY intelligence-chief 2025-01-23..
source: Wikipedia (en) Director of the CIA (also DNI 2020-2021)

[person jake-sullivan]
name: جيك سوليفان | جيك ساليفان
role: USAGOV national-security-adviser 2021-01-20..2025-01-20
source: Wikipedia (en) Jake Sullivan

[person john-bolton]
name: جون بولتون
short: بولتون
role: USAGOV - 2005-08-01..2006-12-09
role: USAGOV national-security-adviser 2018-04-09..2019-09-10
role: USAELI - 2019-09-10..
source: Wikipedia (en) John Bolton (UN ambassador)

[person mike-waltz]
name: مايك والتز | مايكل والتز
role: USAGOV national-security-adviser 2025-01-20..2025-05-01
role: USAGOV - 2025-09-19..
source: Wikipedia (en) Mike Waltz (UN ambassador from 2025-09)

[person nikki-haley]
name: نيكي هايلي | نيكي هيلي
role: USAGOV - 2017-01-27..2018-12-31
role: USAELI - 2018-12-31..
source: Wikipedia (en) Nikki Haley (UN ambassador)

[person steve-witkoff]
name: ستيف ويتكوف | ستيفن ويتكوف
short: ويتكوف
role: USAGOV envoy 2025-01-20..
source: Wikipedia (en) Steve Witkoff, special envoy to the Middle East (and for peace missions)

[person tom-barrack]
name: توم باراك | توماس باراك
role: USAGOV - 2025-05..
role: USAGOV ambassador 2025-05..
# (several US envoys serve at once)
# also role: USAGOV envoy 2025-05-23..
source: Wikipedia (en) Tom Barrack, ambassador to Turkey and special envoy for Syria (months approximate)

[person nancy-pelosi]
name: نانسي بيلوسي
short: بيلوسي
role: USALEG - 1987-06-02..2007-01-04
role: USALEG speaker 2007-01-04..2011-01-03
role: USALEG - 2011-01-03..2019-01-03
role: USALEG speaker 2019-01-03..2023-01-03
role: USALEG - 2023-01-03..
source: Wikipedia (en) Nancy Pelosi

# =====================================================================  Russia

[person boris-yeltsin]
name: بوريس يلتسن | بوريس يلتسين
role: RUSGOV president 1991-07-10..1999-12-31
role: RUSELI - 1999-12-31..
source: Wikipedia (en) Boris Yeltsin; died 2007

[person vladimir-putin]
name: فلاديمير بوتين | فلاديمير بوتن | فلاديمير فلاديميروفيتش بوتين
short: بوتين | بوتن
role: RUSSPY - 1998-07-25..1999-08-09
role: RUSGOV prime-minister 1999-08-09..1999-12-31
role: RUSGOV president 1999-12-31..2008-05-07
role: RUSGOV prime-minister 2008-05-08..2012-05-07
role: RUSGOV president 2012-05-07..
source: Wikipedia (en, ar) Vladimir Putin (FSB director; acting president from 1999-12-31)

[person dmitry-medvedev]
name: ديمتري ميدفيديف | دميتري ميدفيديف | ديمتري مدفيديف | دميتري مدفيديف
short: ميدفيديف | مدفيديف
role: RUSGOV - 2005-11-14..2008-05-07
role: RUSGOV president 2008-05-07..2012-05-07
role: RUSGOV prime-minister 2012-05-08..2020-01-16
role: RUSGOV - 2020-01-16..
source: Wikipedia (en, ar) Dmitry Medvedev (first deputy PM; deputy chairman of the Security Council from 2020)

[person mikhail-kasyanov]
name: ميخائيل كاسيانوف
role: RUSGOV prime-minister 2000-05-17..2004-02-24
role: RUSOPP - 2004-02-24..
source: Wikipedia (en) Mikhail Kasyanov (later an opposition leader)

[person mikhail-fradkov]
name: ميخائيل فرادكوف
short: فرادكوف
role: RUSGOV prime-minister 2004-03-05..2007-09-14
role: RUSSPY intelligence-chief 2007-10-09..2016-10-05
role: RUSELI - 2016-10-05..
source: Wikipedia (en) Mikhail Fradkov (SVR director); diplomacy_dev.md (2012 → RUSSPY)

[person viktor-zubkov]
name: فيكتور زوبكوف
role: RUSGOV prime-minister 2007-09-14..2008-05-07
role: RUSGOV - 2008-05-12..2012-05-21
source: Wikipedia (en) Viktor Zubkov (then first deputy PM)

[person mikhail-mishustin]
name: ميخائيل ميشوستين
short: ميشوستين
role: RUSGOV prime-minister 2020-01-16..
source: Wikipedia (en) Mikhail Mishustin

[person igor-ivanov]
name: إيغور إيفانوف | إيجور إيفانوف
role: RUSGOV foreign-minister 1998-09-11..2004-03-09
role: RUSGOV national-security-adviser 2004-03-09..2007-07-09
role: RUSELI - 2007-07-09..
source: Wikipedia (en) Igor Ivanov (Security Council secretary 2004-2007)

[person sergey-lavrov]
name: سيرغي لافروف | سيرجي لافروف | سيرغي فيكتوروفيتش لافروف
short: لافروف
role: RUSGOV - 1994-04..2004-03-09
role: RUSGOV foreign-minister 2004-03-09..
source: Wikipedia (en, ar) Sergey Lavrov (UN ambassador 1994-2004); diplomacy_dev.md

[person sergei-ivanov]
name: سيرغي إيفانوف | سيرجي إيفانوف
role: RUSGOV national-security-adviser 1999-11-15..2001-03-28
role: RUSGOV defence-minister 2001-03-28..2007-02-15
role: RUSGOV - 2007-02-15..
source: Wikipedia (en) Sergei Ivanov (first deputy PM, deputy PM, chief of staff of the presidential administration, special representative)

[person igor-sergeyev]
name: إيغور سيرغييف | إيغور سيرغيف
role: RUSGOV defence-minister 1997-05-22..2001-03-28
source: Wikipedia (en) Igor Sergeyev; died 2006

[person anatoly-serdyukov]
name: أناتولي سيرديوكوف
role: RUSGOV defence-minister 2007-02-15..2012-11-06
source: Wikipedia (en) Anatoliy Serdyukov

[person sergei-shoigu]
name: سيرغي شويغو | سيرجي شويجو | سيرغي شويجو
short: شويغو | شويجو
role: RUSGOV - 1994-01-10..2012-05-11
role: RUSGOV - 2012-05-11..2012-11-06
role: RUSGOV defence-minister 2012-11-06..2024-05-12
role: RUSGOV national-security-adviser 2024-05-12..
source: Wikipedia (en, ar) Sergei Shoigu (emergencies minister; governor of Moscow Oblast; Security Council secretary from 2024)

[person andrei-belousov]
name: أندريه بيلوسوف | أندري بيلوسوف
short: بيلوسوف
role: RUSGOV - 2020-01-21..2024-05-14
role: RUSGOV defence-minister 2024-05-14..
source: Wikipedia (en) Andrei Belousov (first deputy PM 2020-2024)

[person anatoly-kvashnin]
name: أناتولي كفاشنين
role: RUSMIL army-chief 1997-05..2004-07-19
source: Wikipedia (en) Chief of the General Staff (Russia)

[person yuri-baluyevsky]
name: يوري بالويفسكي | يوري بالويفيسكي
role: RUSMIL army-chief 2004-07-19..2008-06-03
source: Wikipedia (en) Chief of the General Staff (Russia)

[person nikolai-makarov]
name: نيكولاي ماكاروف
role: RUSMIL army-chief 2008-06-03..2012-11-09
source: Wikipedia (en) Chief of the General Staff (Russia)

[person valery-gerasimov]
name: فاليري غيراسيموف | فاليري جيراسيموف
short: غيراسيموف | جيراسيموف
role: RUSMIL army-chief 2012-11-09..
source: Wikipedia (en) Chief of the General Staff (Russia)

[person nikolai-patrushev]
name: نيكولاي باتروشيف
short: باتروشيف
role: RUSSPY - 1999-08-09..2008-05-12
role: RUSGOV national-security-adviser 2008-05-12..2024-05-12
role: RUSGOV - 2024-05-12..
source: Wikipedia (en) Nikolai Patrushev (FSB director; Security Council secretary; presidential aide)

[person alexander-bortnikov]
name: ألكسندر بورتنيكوف | ألكسندر بورتنكوف
role: RUSSPY - 2008-05-12..
source: Wikipedia (en) Alexander Bortnikov, FSB director

[person sergey-naryshkin]
name: سيرغي ناريشكين | سيرجي ناريشكين
short: ناريشكين
role: RUSGOV - 2008-05-12..2011-12-21
role: RUSLEG speaker 2011-12-21..2016-10-05
role: RUSSPY intelligence-chief 2016-10-05..
source: Wikipedia (en) Sergey Naryshkin (presidential chief of staff; Duma chairman; SVR director)

[person dmitry-peskov]
name: دميتري بيسكوف | ديمتري بيسكوف
short: بيسكوف
role: RUSGOV spokesperson 2008-05..
source: Wikipedia (en) Dmitry Peskov (PM's press secretary 2008-2012, Kremlin spokesman from 2012); diplomacy_dev.md

[person maria-zakharova]
name: ماريا زاخاروفا
short: زاخاروفا
role: RUSGOV - 2015-08-10..
source: Wikipedia (en) Maria Zakharova, foreign ministry spokeswoman

[person vitaly-churkin]
name: فيتالي تشوركين
short: تشوركين
role: RUSGOV - 2006-04-08..2017-02-20
source: Wikipedia (en) Vitaly Churkin, UN ambassador; died 2017-02-20

[person vassily-nebenzia]
name: فاسيلي نيبينزيا | فاسيلي نيبنزيا
short: نيبينزيا
role: RUSGOV - 2017-07-27..
source: Wikipedia (en) Vassily Nebenzya, UN ambassador

[person ramzan-kadyrov]
name: رمضان قديروف
short: قديروف
role: RUSGOV - 2007-03-02..
source: Wikipedia (en) Ramzan Kadyrov, head of the Chechen Republic

[person yevgeny-prigozhin]
name: يفغيني بريغوجين | يفجيني بريجوجين
short: بريغوجين
role: RUSMIL - 2014..2023-08-23
source: Wikipedia (en) Yevgeny Prigozhin (Wagner founder; code follows the RUSMIL choice for Wagner, doubtful); died 2023-08-23

# =====================================================================  China (and Taiwan)

[person jiang-zemin]
name: جيانغ زيمين | جيانغ تسه مين | جيانغ زي مين
role: CHNGOV president 1993-03-27..2003-03-15
role: CHNGOV - 2003-03-15..2004-09-19
role: CHNELI - 2004-09-19..
source: Wikipedia (en) Jiang Zemin (CMC chairman to 2004); died 2022-11-30

[person hu-jintao]
name: هو جينتاو | هو جين تاو
role: CHNGOV vice-president 1998-03-15..2003-03-15
role: CHNGOV president 2003-03-15..2013-03-14
role: CHNELI - 2013-03-14..
source: Wikipedia (en, ar) Hu Jintao

[person xi-jinping]
name: شي جين بينغ | شي جينبينغ | شي جين بينج
role: CHNGOV vice-president 2008-03-15..2013-03-14
role: CHNGOV president 2013-03-14..
source: Wikipedia (en, ar) Xi Jinping (party general secretary from 2012-11-15)

[person zhu-rongji]
name: تشو رونغ جي | جو رونغ جي | تشو رونجي
role: CHNGOV prime-minister 1998-03-17..2003-03-16
source: Wikipedia (en) Premier of China

[person wen-jiabao]
name: ون جيا باو | وين جياباو | ون جياباو
role: CHNGOV prime-minister 2003-03-16..2013-03-15
role: CHNELI - 2013-03-15..
source: Wikipedia (en) Premier of China

[person li-keqiang]
name: لي كه تشيانغ | لي كيكيانغ | لي كه تشيانج | لي كيه تشيانغ
role: CHNGOV - 2008-03-17..2013-03-15
role: CHNGOV prime-minister 2013-03-15..2023-03-11
source: Wikipedia (en) Li Keqiang (first vice premier 2008-2013); died 2023-10-27

[person li-qiang]
name: لي تشيانغ | لي تشيانج
role: CHNGOV prime-minister 2023-03-11..
source: Wikipedia (en) Premier of China

[person tang-jiaxuan]
name: تانغ جيا شيوان | تانغ جياشيوان
role: CHNGOV foreign-minister 1998-03-19..2003-03-17
role: CHNGOV - 2003-03-17..2008-03
source: Wikipedia (en) Tang Jiaxuan (then state councillor)

[person li-zhaoxing]
name: لي تشاو شينغ | لي جاو شينغ | لي تشاوشينغ
role: CHNGOV foreign-minister 2003-03-17..2007-04-27
source: Wikipedia (en) Li Zhaoxing

[person yang-jiechi]
name: يانغ جيه تشي | يانغ جيتشي | يانغ جي تشي
role: CHNGOV foreign-minister 2007-04-27..2013-03-16
role: CHNGOV - 2013-03-16..2022-10
source: Wikipedia (en) Yang Jiechi (state councillor; director of the foreign affairs office)

[person wang-yi]
name: وانغ يي | وانج يي
role: CHNGOV foreign-minister 2013-03-16..2022-12-30
role: CHNGOV - 2022-12-30..2023-07-25
role: CHNGOV foreign-minister 2023-07-25..
source: Wikipedia (en, ar) Wang Yi (director of the Central Foreign Affairs Commission office from 2023-01)

[person qin-gang]
name: تشين قانغ | تشين غانغ | تشين جانغ
role: CHNGOV - 2021-07..2022-12-30
role: CHNGOV foreign-minister 2022-12-30..2023-07-25
source: Wikipedia (en) Qin Gang (ambassador to the US)

[person chi-haotian]
name: تشي هاو تيان | تشي هاوتيان
role: CHNGOV defence-minister 1993-03..2003-03-17
source: Wikipedia (en) Minister of National Defense (China)

[person cao-gangchuan]
name: تساو قانغ تشوان | تساو جانغ تشوان | تساو قانغتشوان
role: CHNGOV defence-minister 2003-03-17..2008-03-17
source: Wikipedia (en) Minister of National Defense (China)

[person liang-guanglie]
name: ليانغ قوانغ ليه | ليانغ جوانغ لي | ليانغ قوانغلي
role: CHNMIL army-chief 2002-11..2007-08-31
role: CHNGOV defence-minister 2008-03-17..2013-03-16
source: Wikipedia (en) Liang Guanglie (chief of the general staff, then defence minister)

[person chang-wanquan]
name: تشانغ وان تشيوان | تشانغ وانتشيوان | تشانغ وان تشوان
role: CHNGOV defence-minister 2013-03-16..2018-03-19
source: Wikipedia (en) Minister of National Defense (China)

[person wei-fenghe]
name: وي فنغ خه | وي فنغي | وي فنغ هي
role: CHNGOV defence-minister 2018-03-19..2023-03-12
source: Wikipedia (en) Minister of National Defense (China)

[person li-shangfu]
name: لي شانغ فو | لي شانغفو
role: CHNGOV defence-minister 2023-03-12..2023-10-24
source: Wikipedia (en) Minister of National Defense (China) (removed 2023-10-24)

[person dong-jun]
name: دونغ جون | دونج جون
role: CHNGOV defence-minister 2023-12-29..
source: Wikipedia (en) Minister of National Defense (China)

[person chen-bingde]
name: تشن بينغ ده | تشين بينغده
role: CHNMIL army-chief 2007-08-31..2012-10-25
source: Wikipedia (en) Chief of the General Staff (PLA)

[person fang-fenghui]
name: فانغ فنغ هوي | فانغ فنغهوي
role: CHNMIL army-chief 2012-10-25..2017-08-26
source: Wikipedia (en) Fang Fenghui (general staff, then Joint Staff Department from 2016)

[person li-zuocheng]
name: لي تسوه تشنغ | لي زوتشنغ | لي تسو تشنغ
role: CHNMIL army-chief 2017-08-26..2022-10
source: Wikipedia (en) Li Zuocheng, chief of the Joint Staff Department

[person liu-zhenli]
name: ليو تشن لي | ليو جن لي | ليو تشنلي
role: CHNMIL army-chief 2022-10..
source: Wikipedia (en) Liu Zhenli, chief of the Joint Staff Department (end of term unclear to me: doubtful after 2025)

[person chen-shui-bian]
name: تشن شوي بيان | تشين شوي بيان
role: TWNGOV president 2000-05-20..2008-05-20
role: TWNELI - 2008-05-20..
source: Wikipedia (en) President of the Republic of China (Taiwan)

[person ma-ying-jeou]
name: ما ينغ جيو | ما ينغ جو
role: TWNGOV president 2008-05-20..2016-05-20
role: TWNELI - 2016-05-20..
source: Wikipedia (en) President of the Republic of China (Taiwan)

[person tsai-ing-wen]
name: تساي إنغ وين | تساي إينغ ون
role: TWNGOV president 2016-05-20..2024-05-20
role: TWNELI - 2024-05-20..
source: Wikipedia (en) President of the Republic of China (Taiwan)

[person lai-ching-te]
name: لاي تشينغ تي | لاي تشينج تي
role: TWNGOV vice-president 2020-05-20..2024-05-20
role: TWNGOV president 2024-05-20..
source: Wikipedia (en) President of the Republic of China (Taiwan)

# =====================================================================  United Kingdom

[person elizabeth-ii]
name: الملكة إليزابيث الثانية | إليزابيث الثانية | الملكة إليزابيث
role: GBRGOV king 1952-02-06..2022-09-08
source: Wikipedia (en) Elizabeth II; died 2022-09-08

[person charles-iii]
name: الملك تشارلز الثالث | تشارلز الثالث | الأمير تشارلز | الملك تشارلز
role: GBRGOV crown-prince 1952-02-06..2022-09-08
role: GBRGOV king 2022-09-08..
source: Wikipedia (en) Charles III

[person prince-william]
name: الأمير وليام | الأمير ويليام | الأمير وليام أمير ويلز
role: GBRGOV crown-prince 2022-09-08..
source: Wikipedia (en) William, Prince of Wales

[person tony-blair]
name: توني بلير | أنتوني بلير
short: بلير
role: GBRGOV prime-minister 1997-05-02..2007-06-27
role: IGOQRT envoy 2007-06-27..2015-05-27
role: GBRELI - 2015-05-27..
source: Wikipedia (en, ar) Tony Blair (Quartet envoy 2007-2015)

[person gordon-brown]
# no short: براون is a common surname (Des Browne, Charles Q. Brown)
name: غوردون براون | جوردون براون
role: GBRGOV finance-minister 1997-05-02..2007-06-27
role: GBRGOV prime-minister 2007-06-27..2010-05-11
role: GBRELI - 2010-05-11..
source: Wikipedia (en) Gordon Brown (Chancellor of the Exchequer 1997-2007)

[person david-cameron]
# no short: كاميرون collides with الكاميرون (Cameroon) once ال is split off
name: ديفيد كاميرون | دافيد كاميرون
role: GBRGOV prime-minister 2010-05-11..2016-07-13
role: GBRELI - 2016-07-13..2023-11-13
role: GBRGOV foreign-minister 2023-11-13..2024-07-05
role: GBRELI - 2024-07-05..
source: Wikipedia (en) David Cameron

[person theresa-may]
# no short: ماي is also the month "May" (مايو) in some spellings and a common syllable
name: تيريزا ماي
role: GBRGOV interior-minister 2010-05-12..2016-07-13
role: GBRGOV prime-minister 2016-07-13..2019-07-24
role: GBRELI - 2019-07-24..
source: Wikipedia (en) Theresa May (Home Secretary 2010-2016)

[person boris-johnson]
name: بوريس جونسون
role: GBRGOV foreign-minister 2016-07-13..2018-07-09
role: GBRELI - 2018-07-09..2019-07-24
role: GBRGOV prime-minister 2019-07-24..2022-09-06
role: GBRELI - 2022-09-06..
source: Wikipedia (en) Boris Johnson

[person liz-truss]
name: ليز تراس | ليز تروس | إليزابيث تراس
short: تراس
role: GBRGOV foreign-minister 2021-09-15..2022-09-06
role: GBRGOV prime-minister 2022-09-06..2022-10-25
role: GBRELI - 2022-10-25..
source: Wikipedia (en) Liz Truss

[person rishi-sunak]
name: ريشي سوناك
short: سوناك
role: GBRGOV finance-minister 2020-02-13..2022-07-05
role: GBRELI - 2022-07-05..2022-10-25
role: GBRGOV prime-minister 2022-10-25..2024-07-05
role: GBRELI - 2024-07-05..
source: Wikipedia (en) Rishi Sunak

[person keir-starmer]
name: كير ستارمر | كير ستارمير
short: ستارمر
role: GBROPP - 2020-04-04..2024-07-05
role: GBRGOV prime-minister 2024-07-05..
source: Wikipedia (en) Keir Starmer (Leader of the Opposition 2020-2024)

[person robin-cook]
name: روبن كوك | روبين كوك
role: GBRGOV foreign-minister 1997-05-02..2001-06-08
source: Wikipedia (en) Foreign Secretary; died 2005

[person jack-straw]
name: جاك سترو
short: سترو
role: GBRGOV interior-minister 1997-05-02..2001-06-08
role: GBRGOV foreign-minister 2001-06-08..2006-05-05
role: GBRGOV - 2006-05-05..2010-05-11
source: Wikipedia (en) Jack Straw (Leader of the House, then Justice Secretary)

[person margaret-beckett]
name: مارغريت بيكيت | مارجريت بيكيت
role: GBRGOV foreign-minister 2006-05-05..2007-06-28
source: Wikipedia (en) Foreign Secretary

[person david-miliband]
name: ديفيد ميليباند
role: GBRGOV foreign-minister 2007-06-28..2010-05-11
source: Wikipedia (en) Foreign Secretary

[person william-hague]
name: ويليام هيغ | وليام هيغ | وليام هيج
role: GBRGOV foreign-minister 2010-05-12..2014-07-14
source: Wikipedia (en) Foreign Secretary

[person philip-hammond]
name: فيليب هاموند
short: هاموند
role: GBRGOV defence-minister 2011-10-14..2014-07-15
role: GBRGOV foreign-minister 2014-07-15..2016-07-13
role: GBRGOV finance-minister 2016-07-13..2019-07-24
source: Wikipedia (en) Philip Hammond

[person jeremy-hunt]
name: جيريمي هانت | جيرمي هانت
role: GBRGOV foreign-minister 2018-07-09..2019-07-24
role: GBRGOV finance-minister 2022-10-14..2024-07-05
source: Wikipedia (en) Jeremy Hunt

[person dominic-raab]
name: دومينيك راب
role: GBRGOV foreign-minister 2019-07-24..2021-09-15
source: Wikipedia (en) Foreign Secretary

[person james-cleverly]
name: جيمس كليفرلي
role: GBRGOV foreign-minister 2022-09-06..2023-11-13
role: GBRGOV interior-minister 2023-11-13..2024-07-05
source: Wikipedia (en) James Cleverly

[person david-lammy]
name: ديفيد لامي
short: لامي
role: GBRGOV foreign-minister 2024-07-05..2025-09-05
role: GBRGOV deputy-prime-minister 2025-09-05..
source: Wikipedia (en) David Lammy (Deputy PM and Justice Secretary from 2025-09-05)

[person yvette-cooper]
name: إيفيت كوبر
role: GBRGOV interior-minister 2024-07-05..2025-09-05
role: GBRGOV foreign-minister 2025-09-05..
source: Wikipedia (en) Yvette Cooper

[person geoff-hoon]
name: جيف هون
role: GBRGOV defence-minister 1999-10-11..2005-05-06
source: Wikipedia (en) Secretary of State for Defence

[person john-reid]
name: جون ريد
role: GBRGOV defence-minister 2005-05-06..2006-05-05
role: GBRGOV interior-minister 2006-05-05..2007-06-28
source: Wikipedia (en) John Reid

[person des-browne]
name: ديس براون
role: GBRGOV defence-minister 2006-05-05..2008-10-03
source: Wikipedia (en) Secretary of State for Defence

[person john-hutton]
name: جون هاتون
role: GBRGOV defence-minister 2008-10-03..2009-06-05
source: Wikipedia (en) Secretary of State for Defence

[person bob-ainsworth]
name: بوب أينسوورث | بوب اينسورث
role: GBRGOV defence-minister 2009-06-05..2010-05-11
source: Wikipedia (en) Secretary of State for Defence

[person liam-fox]
name: ليام فوكس
role: GBRGOV defence-minister 2010-05-12..2011-10-14
source: Wikipedia (en) Secretary of State for Defence

[person michael-fallon]
name: مايكل فالون
role: GBRGOV defence-minister 2014-07-15..2017-11-01
source: Wikipedia (en) Secretary of State for Defence

[person gavin-williamson]
name: غافين ويليامسون | جافين ويليامسون
role: GBRGOV defence-minister 2017-11-02..2019-05-01
source: Wikipedia (en) Secretary of State for Defence

[person penny-mordaunt]
name: بيني موردونت
role: GBRGOV defence-minister 2019-05-01..2019-07-24
source: Wikipedia (en) Secretary of State for Defence

[person ben-wallace]
name: بن والاس
role: GBRGOV defence-minister 2019-07-24..2023-08-31
source: Wikipedia (en) Secretary of State for Defence

[person grant-shapps]
name: غرانت شابس | جرانت شابس
role: GBRGOV defence-minister 2023-08-31..2024-07-05
source: Wikipedia (en) Secretary of State for Defence

[person john-healey]
name: جون هيلي
role: GBRGOV defence-minister 2024-07-05..
source: Wikipedia (en) Secretary of State for Defence

[person michael-boyce]
name: مايكل بويس
role: GBRMIL army-chief 2001-02-15..2003-05-02
source: Wikipedia (en) Chief of the Defence Staff (UK)

[person michael-walker-general]
name: مايكل ووكر
role: GBRMIL army-chief 2003-05-02..2006-04-28
source: Wikipedia (en) Chief of the Defence Staff (UK)

[person jock-stirrup]
name: جوك ستيراب | غراهام ستيراب
role: GBRMIL army-chief 2006-04-28..2010-10-29
source: Wikipedia (en) Chief of the Defence Staff (UK)

[person david-richards-general]
name: ديفيد ريتشاردز
role: GBRMIL army-chief 2010-10-29..2013-07-18
source: Wikipedia (en) Chief of the Defence Staff (UK)

[person nicholas-houghton]
name: نيكولاس هوتون
role: GBRMIL army-chief 2013-07-18..2016-07-13
source: Wikipedia (en) Chief of the Defence Staff (UK)

[person stuart-peach]
name: ستيوارت بيتش
role: GBRMIL army-chief 2016-07-13..2018-06-11
source: Wikipedia (en) Chief of the Defence Staff (UK)

[person nick-carter]
name: نيك كارتر | نيكولاس كارتر
role: GBRMIL army-chief 2018-06-11..2021-11-30
source: Wikipedia (en) Chief of the Defence Staff (UK)

[person tony-radakin]
name: توني راداكين
role: GBRMIL army-chief 2021-11-30..2025-09
source: Wikipedia (en) Chief of the Defence Staff (UK); end month medium confidence

[person richard-knighton]
name: ريتشارد نايتون | ريتش نايتون
role: GBRMIL army-chief 2025-09..
source: Wikipedia (en) Chief of the Defence Staff (UK) (month medium confidence)

# =====================================================================  France

[person jacques-chirac]
name: جاك شيراك
short: شيراك
role: FRAGOV president 1995-05-17..2007-05-16
role: FRAELI - 2007-05-16..
source: Wikipedia (en, ar) Jacques Chirac; died 2019

[person nicolas-sarkozy]
name: نيكولا ساركوزي | نيكولاس ساركوزي
short: ساركوزي
role: FRAGOV interior-minister 2002-05-07..2004-03-31
role: FRAGOV finance-minister 2004-03-31..2004-11-29
role: FRAGOV interior-minister 2005-06-02..2007-03-26
role: FRAGOV president 2007-05-16..2012-05-15
role: FRAELI - 2012-05-15..
source: Wikipedia (en, ar) Nicolas Sarkozy; diplomacy_dev.md (2007)

[person francois-hollande]
name: فرانسوا هولاند
short: هولاند
name: فرانسوا أولوند | فرانسوا أولاند | فرنسوا هولاند | فرنسوا أولاند
role: FRAGOV president 2012-05-15..2017-05-14
role: FRAELI - 2017-05-14..
source: Wikipedia (en) François Hollande

[person emmanuel-macron]
name: إيمانويل ماكرون | إمانويل ماكرون
short: ماكرون
role: FRAGOV - 2014-08-26..2016-08-30
role: FRAGOV president 2017-05-14..
source: Wikipedia (en, ar) Emmanuel Macron (economy minister 2014-2016)

[person lionel-jospin]
name: ليونيل جوسبان
role: FRAGOV prime-minister 1997-06-02..2002-05-06
role: FRAELI - 2002-05-06..
source: Wikipedia (en) Prime Minister of France

[person jean-pierre-raffarin]
name: جان بيير رافاران
role: FRAGOV prime-minister 2002-05-06..2005-05-31
role: FRAELI - 2005-05-31..
source: Wikipedia (en) Prime Minister of France

[person dominique-de-villepin]
name: دومينيك دو فيلبان | دومينيك دوفيلبان | دومينيك دي فيلبان
role: FRAGOV foreign-minister 2002-05-07..2004-03-31
role: FRAGOV interior-minister 2004-03-31..2005-05-31
role: FRAGOV prime-minister 2005-05-31..2007-05-17
role: FRAELI - 2007-05-17..
source: Wikipedia (en) Dominique de Villepin

[person francois-fillon]
name: فرانسوا فيون
role: FRAGOV prime-minister 2007-05-17..2012-05-15
role: FRAELI - 2012-05-15..
source: Wikipedia (en) Prime Minister of France

[person jean-marc-ayrault]
name: جان مارك آيرولت | جان مارك أيرو
role: FRAGOV prime-minister 2012-05-15..2014-03-31
role: FRAGOV foreign-minister 2016-02-11..2017-05-17
source: Wikipedia (en) Jean-Marc Ayrault

[person manuel-valls]
name: مانويل فالس
role: FRAGOV interior-minister 2012-05-16..2014-03-31
role: FRAGOV prime-minister 2014-03-31..2016-12-06
source: Wikipedia (en) Manuel Valls

[person bernard-cazeneuve]
name: برنار كازنوف
short: كازنوف
role: FRAGOV interior-minister 2014-04-02..2016-12-06
role: FRAGOV prime-minister 2016-12-06..2017-05-15
source: Wikipedia (en) Bernard Cazeneuve

[person edouard-philippe]
name: إدوار فيليب | إدوارد فيليب
role: FRAGOV prime-minister 2017-05-15..2020-07-03
role: FRAELI - 2020-07-03..
source: Wikipedia (en) Prime Minister of France

[person jean-castex]
name: جان كاستكس
role: FRAGOV prime-minister 2020-07-03..2022-05-16
source: Wikipedia (en) Prime Minister of France

[person elisabeth-borne]
name: إليزابيث بورن
role: FRAGOV prime-minister 2022-05-16..2024-01-09
source: Wikipedia (en) Prime Minister of France

[person gabriel-attal]
name: غابرييل أتال | جابرييل أتال
role: FRAGOV prime-minister 2024-01-09..2024-09-05
source: Wikipedia (en) Prime Minister of France

[person michel-barnier]
name: ميشيل بارنييه | ميشال بارنييه
role: FRAGOV foreign-minister 2004-03-31..2005-06-02
role: IGOEUR - 2016-10-01..2021-03-31
role: FRAGOV prime-minister 2024-09-05..2024-12-13
source: Wikipedia (en) Michel Barnier (EU chief Brexit negotiator)

[person francois-bayrou]
name: فرانسوا بايرو
role: FRAGOV prime-minister 2024-12-13..2025-09-09
source: Wikipedia (en) Prime Minister of France

[person sebastien-lecornu]
name: سيباستيان لوكورنو | سباستيان لوكورنو
role: FRAGOV defence-minister 2022-05-20..2025-09-09
role: FRAGOV prime-minister 2025-09-09..
role: FRAGOV defence-minister 2025-09-09..2025-10-12
source: Wikipedia (en) Sébastien Lecornu (armed forces minister until his second government, 2025-10-12; day medium confidence)

[person hubert-vedrine]
name: أوبير فيدرين | هوبير فيدرين
role: FRAGOV foreign-minister 1997-06-04..2002-05-07
source: Wikipedia (en) Minister of Foreign Affairs (France)

[person philippe-douste-blazy]
name: فيليب دوست بلازي | فيليب دوست-بلازي
role: FRAGOV foreign-minister 2005-06-02..2007-05-18
source: Wikipedia (en) Minister of Foreign Affairs (France)

[person bernard-kouchner]
name: برنار كوشنير
role: FRAGOV foreign-minister 2007-05-18..2010-11-14
source: Wikipedia (en) Minister of Foreign Affairs (France)

[person michele-alliot-marie]
name: ميشيل أليو ماري | ميشال أليو ماري
role: FRAGOV defence-minister 2002-05-07..2007-05-18
role: FRAGOV interior-minister 2007-05-18..2009-06-23
role: FRAGOV foreign-minister 2010-11-14..2011-02-27
source: Wikipedia (en) Michèle Alliot-Marie

[person alain-juppe]
name: آلان جوبيه
role: FRAGOV defence-minister 2010-11-14..2011-02-27
role: FRAGOV foreign-minister 2011-02-27..2012-05-16
source: Wikipedia (en) Alain Juppé

[person laurent-fabius]
name: لوران فابيوس
short: فابيوس
role: FRAGOV foreign-minister 2012-05-16..2016-02-11
source: Wikipedia (en) Laurent Fabius (then Constitutional Council president)

[person jean-yves-le-drian]
name: جان إيف لودريان | جان إيف لو دريان
short: لودريان
role: FRAGOV defence-minister 2012-05-16..2017-05-17
role: FRAGOV foreign-minister 2017-05-17..2022-05-20
role: FRAELI - 2022-05-20..2023-06-07
role: FRAGOV envoy 2023-06-07..
source: Wikipedia (en) Jean-Yves Le Drian (personal envoy of the president for Lebanon from 2023-06)

[person catherine-colonna]
name: كاترين كولونا | كاثرين كولونا
role: FRAGOV foreign-minister 2022-05-20..2024-01-11
source: Wikipedia (en) Minister of Foreign Affairs (France)

[person stephane-sejourne]
name: ستيفان سيجورنيه
role: FRAGOV foreign-minister 2024-01-11..2024-09-21
role: IGOEUR - 2024-12-01..
source: Wikipedia (en) Stéphane Séjourné (European Commission executive vice-president from 2024-12)

[person jean-noel-barrot]
name: جان نويل بارو
role: FRAGOV foreign-minister 2024-09-21..
source: Wikipedia (en) Minister of Foreign Affairs (France)

[person alain-richard]
name: آلان ريشار
role: FRAGOV defence-minister 1997-06-04..2002-05-07
source: Wikipedia (en) Minister of the Armed Forces (France)

[person herve-morin]
name: هيرفيه موران | إيرفيه موران
role: FRAGOV defence-minister 2007-05-18..2010-11-14
source: Wikipedia (en) Minister of the Armed Forces (France)

[person gerard-longuet]
name: جيرار لونغيه
role: FRAGOV defence-minister 2011-02-27..2012-05-16
source: Wikipedia (en) Minister of the Armed Forces (France)

[person sylvie-goulard]
name: سيلفي غولار
role: FRAGOV defence-minister 2017-05-17..2017-06-21
source: Wikipedia (en) Minister of the Armed Forces (France)

[person florence-parly]
name: فلورانس بارلي
role: FRAGOV defence-minister 2017-06-21..2022-05-20
source: Wikipedia (en) Minister of the Armed Forces (France)

[person catherine-vautrin]
name: كاترين فوتران
role: FRAGOV defence-minister 2025-10-12..
source: press reports on the second Lecornu government (2025-10-12; medium confidence)

[person henri-bentegeat]
name: هنري بنتيجا
role: FRAMIL army-chief 2002-10..2006-10
source: Wikipedia (en) Chief of the Defence Staff (France)

[person jean-louis-georgelin]
name: جان لوي جورجلان | جان لويس جورجلان
role: FRAMIL army-chief 2006-10..2010-02-25
source: Wikipedia (en) Chief of the Defence Staff (France)

[person edouard-guillaud]
name: إدوار غيو | إدوار غييو
role: FRAMIL army-chief 2010-02-25..2014-02-15
source: Wikipedia (en) Chief of the Defence Staff (France)

[person pierre-de-villiers]
name: بيير دو فيلييه | بيير دي فيلييه
role: FRAMIL army-chief 2014-02-15..2017-07-19
source: Wikipedia (en) Chief of the Defence Staff (France)

[person francois-lecointre]
name: فرانسوا لوكوانتر
role: FRAMIL army-chief 2017-07-19..2021-07-22
source: Wikipedia (en) Chief of the Defence Staff (France)

[person thierry-burkhard]
name: تييري بوركار | تيري بوركهارد
role: FRAMIL army-chief 2021-07-22..2025-09-01
source: Wikipedia (en) Chief of the Defence Staff (France)

[person fabien-mandon]
name: فابيان ماندون
role: FRAMIL army-chief 2025-09-01..
source: Wikipedia (en) Chief of the Defence Staff (France) (medium confidence on the day)

# =====================================================================  Germany

[person johannes-rau]
name: يوهانس راو
role: DEUGOV president 1999-07-01..2004-07-01
source: Wikipedia (en) President of Germany; died 2006

[person horst-koehler]
name: هورست كولر | هورست كوهلر | هورست كولير
role: IGOBUSIMF - 2000-05-01..2004-03-04
role: DEUGOV president 2004-07-01..2010-05-31
role: DEUELI - 2010-05-31..
source: Wikipedia (en) Horst Köhler (IMF managing director; UN envoy for Western Sahara 2017-2019)

[person christian-wulff]
name: كريستيان فولف | كريستيان وولف
role: DEUGOV president 2010-06-30..2012-02-17
source: Wikipedia (en) President of Germany

[person joachim-gauck]
name: يواخيم غاوك | يواكيم غاوك
role: DEUGOV president 2012-03-18..2017-03-19
role: DEUELI - 2017-03-19..
source: Wikipedia (en) President of Germany

[person frank-walter-steinmeier]
name: فرانك فالتر شتاينماير | فرانك-فالتر شتاينماير
short: شتاينماير
name: فرانك فالتر شتاينمير | فرانك فالتر شتاينمائير
short: شتاينمير
role: DEUGOV foreign-minister 2005-11-22..2009-10-28
role: DEUELI - 2009-10-28..2013-12-17
role: DEUGOV foreign-minister 2013-12-17..2017-01-27
role: DEUELI - 2017-01-27..2017-03-19
role: DEUGOV president 2017-03-19..
source: Wikipedia (en, ar) Frank-Walter Steinmeier

[person gerhard-schroeder]
name: غيرهارد شرودر | جيرهارد شرودر | جرهارد شرودر
short: شرودر
role: DEUGOV chancellor 1998-10-27..2005-11-22
role: DEUELI - 2005-11-22..
source: Wikipedia (en) Gerhard Schröder

[person angela-merkel]
name: أنغيلا ميركل | أنجيلا ميركل | أنغيلا ميركيل
short: ميركل
role: DEUOPP - 2002-09-22..2005-11-22
role: DEUGOV chancellor 2005-11-22..2021-12-08
role: DEUELI - 2021-12-08..
source: Wikipedia (en, ar) Angela Merkel (CDU/CSU leader in the Bundestag, in opposition, 2002-2005); diplomacy_dev.md (2022 → DEUELI)

[person olaf-scholz]
name: أولاف شولتس | أولاف شولتز | أولاف شولز
short: شولتس | شولتز
role: DEUGOV finance-minister 2018-03-14..2021-12-08
role: DEUGOV chancellor 2021-12-08..2025-05-06
role: DEUELI - 2025-05-06..
source: Wikipedia (en) Olaf Scholz (finance minister and vice-chancellor 2018-2021)

[person friedrich-merz]
name: فريدريش ميرتس | فريدريش ميرز | فريدريك ميرتس
short: ميرتس | ميرز
role: DEUOPP - 2022-01-31..2025-05-06
role: DEUGOV chancellor 2025-05-06..
source: Wikipedia (en) Friedrich Merz (CDU leader and opposition leader from 2022)

[person joschka-fischer]
name: يوشكا فيشر
role: DEUGOV foreign-minister 1998-10-27..2005-11-22
role: DEUELI - 2005-11-22..
source: Wikipedia (en) Federal Minister for Foreign Affairs (Germany)

[person guido-westerwelle]
name: غيدو فسترفيله | غيدو فيسترفيله | جيدو فيسترفيله
role: DEUGOV foreign-minister 2009-10-28..2013-12-17
source: Wikipedia (en) Guido Westerwelle; died 2016

[person sigmar-gabriel]
name: زيغمار غابرييل | سيغمار غابرييل
name: سيغمار غابريال | زيغمار غابريال | سيجمار جابرييل
role: DEUGOV deputy-prime-minister 2013-12-17..2018-03-14
role: DEUGOV foreign-minister 2017-01-27..2018-03-14
source: Wikipedia (en) Sigmar Gabriel

[person heiko-maas]
name: هايكو ماس
role: DEUGOV foreign-minister 2018-03-14..2021-12-08
source: Wikipedia (en) Heiko Maas

[person annalena-baerbock]
name: أنالينا بيربوك
short: بيربوك
role: DEUGOV foreign-minister 2021-12-08..2025-05-06
role: IGOUNO - 2025-09-09..
source: Wikipedia (en) Annalena Baerbock (President of the UN General Assembly from 2025-09-09)

[person johann-wadephul]
name: يوهان فاديفول
role: DEUGOV foreign-minister 2025-05-06..
source: Wikipedia (en) Federal Minister for Foreign Affairs (Germany)

[person rudolf-scharping]
name: رودولف شاربينغ
role: DEUGOV defence-minister 1998-10-27..2002-07-19
source: Wikipedia (en) Federal Minister of Defence (Germany)

[person peter-struck]
name: بيتر شتروك
role: DEUGOV defence-minister 2002-07-19..2005-11-22
source: Wikipedia (en) Federal Minister of Defence (Germany)

[person franz-josef-jung]
name: فرانز يوزف يونغ
role: DEUGOV defence-minister 2005-11-22..2009-10-28
source: Wikipedia (en) Federal Minister of Defence (Germany)

[person karl-theodor-zu-guttenberg]
name: كارل تيودور تسو غوتنبرغ | كارل تيودور زو غوتنبرغ
role: DEUGOV defence-minister 2009-10-28..2011-03-03
source: Wikipedia (en) Federal Minister of Defence (Germany)

[person thomas-de-maiziere]
name: توماس دي ميزير | توماس دو ميزيير
role: DEUGOV defence-minister 2011-03-03..2013-12-17
role: DEUGOV interior-minister 2013-12-17..2018-03-14
source: Wikipedia (en) Thomas de Maizière

[person ursula-von-der-leyen]
name: أورسولا فون دير لاين | أورزولا فون دير لاين
short: فون دير لاين
role: DEUGOV defence-minister 2013-12-17..2019-07-17
role: IGOEUR commission-president 2019-12-01..
source: Wikipedia (en, ar) Ursula von der Leyen

[person annegret-kramp-karrenbauer]
name: أنغريت كرامب كارنباور | أنيغريت كرامب-كارنباور
role: DEUGOV defence-minister 2019-07-17..2021-12-08
source: Wikipedia (en) Federal Minister of Defence (Germany)

[person christine-lambrecht]
name: كريستينه لامبرشت | كريستين لامبريخت
role: DEUGOV defence-minister 2021-12-08..2023-01-19
source: Wikipedia (en) Federal Minister of Defence (Germany)

[person boris-pistorius]
name: بوريس بيستوريوس
short: بيستوريوس
role: DEUGOV defence-minister 2023-01-19..
source: Wikipedia (en) Federal Minister of Defence (Germany)

[person wolfgang-schneiderhan]
name: فولفغانغ شنايدرهان
role: DEUMIL army-chief 2002-07..2009-11
source: Wikipedia (en) Inspector General of the Bundeswehr

[person volker-wieker]
name: فولكر فيكر
role: DEUMIL army-chief 2010-01..2018-04-19
source: Wikipedia (en) Inspector General of the Bundeswehr

[person eberhard-zorn]
name: إبرهارد تسورن | إيبرهارد زورن
role: DEUMIL army-chief 2018-04-19..2023-03-17
source: Wikipedia (en) Inspector General of the Bundeswehr

[person carsten-breuer]
name: كارستن بروير
role: DEUMIL army-chief 2023-03-17..
source: Wikipedia (en) Inspector General of the Bundeswehr

# =====================================================================  Italy

[person carlo-azeglio-ciampi]
name: كارلو أتسيليو تشامبي | كارلو أزيليو تشامبي
role: ITAGOV president 1999-05-18..2006-05-15
source: Wikipedia (en) President of Italy; died 2016

[person giorgio-napolitano]
name: جورجيو نابوليتانو
role: ITAGOV president 2006-05-15..2015-01-14
source: Wikipedia (en) President of Italy; died 2023

[person sergio-mattarella]
name: سيرجيو ماتاريلا | سيرجو ماتاريلا
short: ماتاريلا
role: ITAGOV defence-minister 1999-12-22..2001-06-11
role: ITAGOV president 2015-02-03..
source: Wikipedia (en) Sergio Mattarella

[person giuliano-amato]
name: جوليانو أماتو
role: ITAGOV prime-minister 2000-04-25..2001-06-11
source: Wikipedia (en) Prime Minister of Italy

[person silvio-berlusconi]
name: سيلفيو برلسكوني | سلفيو برلسكوني
short: برلسكوني
role: ITAGOV prime-minister 2001-06-11..2006-05-17
role: ITAELI - 2006-05-17..2008-05-08
role: ITAGOV prime-minister 2008-05-08..2011-11-16
role: ITAELI - 2011-11-16..
source: Wikipedia (en) Silvio Berlusconi; died 2023-06-12

[person romano-prodi]
name: رومانو برودي
short: برودي
role: IGOEUR commission-president 1999-09-16..2004-11-22
role: ITAGOV prime-minister 2006-05-17..2008-05-08
role: ITAELI - 2008-05-08..
source: Wikipedia (en) Romano Prodi

[person mario-monti]
name: ماريو مونتي
role: ITAGOV prime-minister 2011-11-16..2013-04-28
source: Wikipedia (en) Prime Minister of Italy

[person enrico-letta]
name: إنريكو ليتا
role: ITAGOV prime-minister 2013-04-28..2014-02-22
source: Wikipedia (en) Prime Minister of Italy

[person matteo-renzi]
name: ماتيو رينزي
short: رينزي
role: ITAGOV prime-minister 2014-02-22..2016-12-12
role: ITAELI - 2016-12-12..
source: Wikipedia (en) Prime Minister of Italy

[person paolo-gentiloni]
name: باولو جنتيلوني | باولو جينتيلوني
short: جنتيلوني | جينتيلوني
role: ITAGOV foreign-minister 2014-10-31..2016-12-12
role: ITAGOV prime-minister 2016-12-12..2018-06-01
role: IGOEUR - 2019-12-01..2024-12-01
source: Wikipedia (en) Paolo Gentiloni (European commissioner 2019-2024)

[person giuseppe-conte]
name: جوزيبي كونتي
role: ITAGOV prime-minister 2018-06-01..2021-02-13
role: ITAOPP - 2021-02-13..
source: Wikipedia (en) Giuseppe Conte (Five Star Movement leader)

[person mario-draghi]
name: ماريو دراغي | ماريو دراجي
short: دراغي
role: ITAGOV prime-minister 2021-02-13..2022-10-22
role: ITAELI - 2022-10-22..
source: Wikipedia (en) Mario Draghi (ECB president 2011-2019)

[person giorgia-meloni]
name: جورجيا ميلوني
short: ميلوني
role: ITAOPP - ..2022-10-22
role: ITAGOV prime-minister 2022-10-22..
source: Wikipedia (en, ar) Giorgia Meloni (Brothers of Italy leader)

[person renato-ruggiero]
name: ريناتو روجيرو
role: ITAGOV foreign-minister 2001-06-11..2002-01-06
source: Wikipedia (en) Minister of Foreign Affairs (Italy)

[person franco-frattini]
name: فرانكو فراتيني
role: ITAGOV foreign-minister 2002-11-14..2004-11-18
role: IGOEUR - 2004-11-22..2008-05-08
role: ITAGOV foreign-minister 2008-05-08..2011-11-16
source: Wikipedia (en) Franco Frattini (European commissioner 2004-2008); died 2022

[person gianfranco-fini]
name: جانفرانكو فيني
role: ITAGOV foreign-minister 2004-11-18..2006-05-17
source: Wikipedia (en) Minister of Foreign Affairs (Italy)

[person massimo-dalema]
name: ماسيمو داليما | ماسيمو دالما
role: ITAGOV foreign-minister 2006-05-17..2008-05-08
source: Wikipedia (en) Minister of Foreign Affairs (Italy)

[person giulio-terzi]
name: جوليو تيرزي
role: ITAGOV foreign-minister 2011-11-16..2013-03-26
source: Wikipedia (en) Minister of Foreign Affairs (Italy)

[person emma-bonino]
name: إيما بونينو
role: ITAGOV foreign-minister 2013-04-28..2014-02-22
source: Wikipedia (en) Minister of Foreign Affairs (Italy)

[person federica-mogherini]
name: فيديريكا موغيريني | فيديريكا موغريني
short: موغيريني
role: ITAGOV foreign-minister 2014-02-22..2014-10-31
role: IGOEUR high-representative 2014-11-01..2019-12-01
source: Wikipedia (en) Federica Mogherini

[person angelino-alfano]
name: أنجيلينو ألفانو
role: ITAGOV foreign-minister 2016-12-12..2018-06-01
source: Wikipedia (en) Minister of Foreign Affairs (Italy)

[person enzo-moavero-milanesi]
name: إنزو موافيرو ميلانيزي | إينزو موافيرو ميلانيزي
role: ITAGOV foreign-minister 2018-06-01..2019-09-05
source: Wikipedia (en) Minister of Foreign Affairs (Italy)

[person luigi-di-maio]
name: لويجي دي مايو
role: ITAGOV foreign-minister 2019-09-05..2022-10-22
role: IGOEUR envoy 2023-06-01..
source: Wikipedia (en) Luigi Di Maio (EU special representative for the Gulf from 2023-06)

[person antonio-tajani]
name: أنطونيو تاياني
role: IGOEUR - 2008-05..2014-11
role: IGOEUR - 2017-01-17..2019-07-03
role: ITAGOV foreign-minister 2022-10-22..
source: Wikipedia (en) Antonio Tajani (European commissioner; European Parliament president 2017-2019); diplomacy_dev.md (2024)

[person antonio-martino]
name: أنطونيو مارتينو
role: ITAGOV defence-minister 2001-06-11..2006-05-17
source: Wikipedia (en) Minister of Defence (Italy)

[person arturo-parisi]
name: أرتورو باريزي
role: ITAGOV defence-minister 2006-05-17..2008-05-08
source: Wikipedia (en) Minister of Defence (Italy)

[person ignazio-la-russa]
name: إينياتسيو لا روسا | إنياتسيو لا روسا
role: ITAGOV defence-minister 2008-05-08..2011-11-16
role: ITALEG speaker 2022-10-13..
source: Wikipedia (en) Ignazio La Russa (President of the Senate from 2022)

[person giampaolo-di-paola]
name: جامباولو دي باولا
role: ITAMIL army-chief 2004-03..2008-02
role: ITAGOV defence-minister 2011-11-16..2013-04-28
source: Wikipedia (en) Giampaolo Di Paola (chief of defence staff; NATO Military Committee chair 2008-2011)

[person mario-mauro]
name: ماريو ماورو
role: ITAGOV defence-minister 2013-04-28..2014-02-22
source: Wikipedia (en) Minister of Defence (Italy)

[person roberta-pinotti]
name: روبرتا بينوتي
role: ITAGOV defence-minister 2014-02-22..2018-06-01
source: Wikipedia (en) Minister of Defence (Italy)

[person elisabetta-trenta]
name: إليزابيتا ترينتا
role: ITAGOV defence-minister 2018-06-01..2019-09-05
source: Wikipedia (en) Minister of Defence (Italy)

[person lorenzo-guerini]
name: لورنزو غويريني
role: ITAGOV defence-minister 2019-09-05..2022-10-22
source: Wikipedia (en) Minister of Defence (Italy)

[person guido-crosetto]
name: غويدو كروزيتو | جويدو كروسيتو
short: كروزيتو
role: ITAGOV defence-minister 2022-10-22..
source: Wikipedia (en) Minister of Defence (Italy)

[person vincenzo-camporini]
name: فينتشنزو كامبوريني
role: ITAMIL army-chief 2008-02..2011-01
source: Wikipedia (en) Chief of the Defence Staff (Italy); months approximate

[person biagio-abrate]
name: بياجيو أبراتي
role: ITAMIL army-chief 2011-01..2013-02
source: Wikipedia (en) Chief of the Defence Staff (Italy); months approximate

[person luigi-binelli-mantelli]
name: لويجي بينيلي مانتيلي
role: ITAMIL army-chief 2013-02..2015-02
source: Wikipedia (en) Chief of the Defence Staff (Italy); months approximate

[person claudio-graziano]
name: كلاوديو غراتسيانو | كلاوديو غراتزيانو
role: ITAMIL army-chief 2015-02..2018-11
source: Wikipedia (en) Chief of the Defence Staff (Italy) (later EU Military Committee chair); months approximate

[person enzo-vecciarelli]
name: إنزو فيكياريلي
role: ITAMIL army-chief 2018-11..2021-11
source: Wikipedia (en) Chief of the Defence Staff (Italy); months approximate

[person giuseppe-cavo-dragone]
name: جوزيبي كافو دراغوني
role: ITAMIL army-chief 2021-11..2025-01-17
role: IGOWSTNAT - 2025-01-17..
source: Wikipedia (en) Giuseppe Cavo Dragone (chair of the NATO Military Committee from 2025-01-17)

[person luciano-portolano]
name: لوتشيانو بورتولانو
role: ITAMIL army-chief 2025-01-17..
source: Wikipedia (en) Chief of the Defence Staff (Italy)

# =====================================================================  Japan
# Ministers' dates are cabinet / reshuffle dates.

[person akihito]
name: الإمبراطور أكيهيتو | أكيهيتو
role: JPNGOV emperor 1989-01-07..2019-04-30
role: JPNELI - 2019-04-30..
source: Wikipedia (en) Akihito (abdicated 2019-04-30)

[person naruhito]
name: الإمبراطور ناروهيتو | ناروهيتو
role: JPNGOV emperor 2019-05-01..
source: Wikipedia (en) Naruhito

[person yoshiro-mori]
name: يوشيرو موري
role: JPNGOV prime-minister 2000-04-05..2001-04-26
source: Wikipedia (en) Prime Minister of Japan

[person junichiro-koizumi]
# no short: كويزومي is also his son Shinjiro (defence minister from 2025)
name: جونيتشيرو كويزومي | جونيشيرو كويزومي
role: JPNGOV prime-minister 2001-04-26..2006-09-26
role: JPNELI - 2006-09-26..
source: Wikipedia (en) Prime Minister of Japan

[person shinzo-abe]
# no short: آبي normalises like أبي ("my father")
name: شينزو آبي
role: JPNGOV prime-minister 2006-09-26..2007-09-26
role: JPNELI - 2007-09-26..2012-12-26
role: JPNGOV prime-minister 2012-12-26..2020-09-16
role: JPNELI - 2020-09-16..
source: Wikipedia (en) Shinzo Abe; killed 2022-07-08

[person yasuo-fukuda]
name: ياسو فوكودا | ياسوو فوكودا
role: JPNGOV prime-minister 2007-09-26..2008-09-24
source: Wikipedia (en) Prime Minister of Japan

[person taro-aso]
name: تارو آسو
role: JPNGOV foreign-minister 2005-10-31..2007-08-27
role: JPNGOV prime-minister 2008-09-24..2009-09-16
role: JPNGOV finance-minister 2012-12-26..2021-10-04
source: Wikipedia (en) Tarō Asō

[person yukio-hatoyama]
name: يوكيو هاتوياما
role: JPNGOV prime-minister 2009-09-16..2010-06-08
source: Wikipedia (en) Prime Minister of Japan

[person naoto-kan]
name: ناوتو كان
role: JPNGOV prime-minister 2010-06-08..2011-09-02
source: Wikipedia (en) Prime Minister of Japan

[person yoshihiko-noda]
name: يوشيهيكو نودا
role: JPNGOV prime-minister 2011-09-02..2012-12-26
source: Wikipedia (en) Prime Minister of Japan

[person yoshihide-suga]
name: يوشيهيدي سوغا | يوشيهيدي سوجا
role: JPNGOV prime-minister 2020-09-16..2021-10-04
source: Wikipedia (en) Prime Minister of Japan

[person fumio-kishida]
name: فوميو كيشيدا
short: كيشيدا
role: JPNGOV foreign-minister 2012-12-26..2017-08-03
role: JPNGOV prime-minister 2021-10-04..2024-10-01
role: JPNELI - 2024-10-01..
source: Wikipedia (en) Fumio Kishida

[person shigeru-ishiba]
name: شيغيرو إيشيبا | شيجيرو إيشيبا
short: إيشيبا
role: JPNGOV defence-minister 2002-09-30..2004-09-27
role: JPNGOV defence-minister 2007-09-26..2008-08-02
role: JPNGOV prime-minister 2024-10-01..2025-10-21
source: Wikipedia (en) Shigeru Ishiba (director-general of the Defence Agency 2002-2004; defence minister 2007-2008)

[person sanae-takaichi]
name: ساناي تاكايتشي
short: تاكايتشي
role: JPNGOV prime-minister 2025-10-21..
source: Wikipedia (en) Prime Minister of Japan

[person makiko-tanaka]
name: ماكيكو تاناكا
role: JPNGOV foreign-minister 2001-04-26..2002-01-30
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person yoriko-kawaguchi]
name: يوريكو كاواغوتشي
role: JPNGOV foreign-minister 2002-02-01..2004-09-27
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person nobutaka-machimura]
name: نوبوتاكا ماتشيمورا
role: JPNGOV foreign-minister 2004-09-27..2005-10-31
role: JPNGOV foreign-minister 2007-08-27..2007-09-26
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person masahiko-komura]
name: ماساهيكو كومورا
role: JPNGOV defence-minister 2007-08-27..2007-09-26
role: JPNGOV foreign-minister 2007-09-26..2008-09-24
source: Wikipedia (en) Masahiko Kōmura

[person hirofumi-nakasone]
name: هيروفومي ناكاسوني
role: JPNGOV foreign-minister 2008-09-24..2009-09-16
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person katsuya-okada]
name: كاتسويا أوكادا
role: JPNGOV foreign-minister 2009-09-16..2010-09-17
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person seiji-maehara]
name: سيجي ماهارا | سيجي مايهارا
role: JPNGOV foreign-minister 2010-09-17..2011-03-07
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person koichiro-genba]
name: كويتشيرو غيمبا | كويشيرو جيمبا
role: JPNGOV foreign-minister 2011-09-02..2012-12-26
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person taro-kono]
name: تارو كونو
role: JPNGOV foreign-minister 2017-08-03..2019-09-11
role: JPNGOV defence-minister 2019-09-11..2020-09-16
source: Wikipedia (en) Tarō Kōno

[person toshimitsu-motegi]
name: توشيميتسو موتيغي | توشيميتسو موتيجي
role: JPNGOV foreign-minister 2019-09-11..2021-11-10
role: JPNGOV foreign-minister 2025-10-21..
source: Wikipedia (en) Toshimitsu Motegi

[person yoshimasa-hayashi]
name: يوشيماسا هاياشي
role: JPNGOV defence-minister 2008-08-02..2008-09-24
role: JPNGOV foreign-minister 2021-11-10..2023-09-13
role: JPNGOV - 2023-12-14..2025-10-21
source: Wikipedia (en) Yoshimasa Hayashi (chief cabinet secretary 2023-2024)

[person yoko-kamikawa]
name: يوكو كاميكاوا
role: JPNGOV foreign-minister 2023-09-13..2024-10-01
source: Wikipedia (en) Minister for Foreign Affairs (Japan)

[person takeshi-iwaya]
name: تاكيشي إيوايا
role: JPNGOV defence-minister 2018-10-02..2019-09-11
role: JPNGOV foreign-minister 2024-10-01..2025-10-21
source: Wikipedia (en) Takeshi Iwaya

[person fukushiro-nukaga]
name: فوكوشيرو نوكاغا
role: JPNGOV defence-minister 2005-10-31..2006-09-26
source: Wikipedia (en) Minister of Defense (Japan) (Defence Agency then)

[person fumio-kyuma]
name: فوميو كيوما
role: JPNGOV defence-minister 2006-09-26..2007-07-04
source: Wikipedia (en) Minister of Defense (Japan)

[person yuriko-koike]
name: يوريكو كويكي
role: JPNGOV defence-minister 2007-07-04..2007-08-27
source: Wikipedia (en) Minister of Defense (Japan) (later governor of Tokyo)

[person yasukazu-hamada]
name: ياسوكازو هامادا
role: JPNGOV defence-minister 2008-09-24..2009-09-16
role: JPNGOV defence-minister 2022-08-10..2023-09-13
source: Wikipedia (en) Minister of Defense (Japan)

[person toshimi-kitazawa]
name: توشيمي كيتازاوا
role: JPNGOV defence-minister 2009-09-16..2011-09-02
source: Wikipedia (en) Minister of Defense (Japan)

[person itsunori-onodera]
name: إيتسونوري أونوديرا
role: JPNGOV defence-minister 2012-12-26..2014-09-03
role: JPNGOV defence-minister 2017-08-03..2018-10-02
source: Wikipedia (en) Minister of Defense (Japan)

[person gen-nakatani]
name: جين ناكاتاني
role: JPNGOV defence-minister 2014-12-24..2016-08-03
role: JPNGOV defence-minister 2024-10-01..2025-10-21
source: Wikipedia (en) Minister of Defense (Japan)

[person tomomi-inada]
name: تومومي إينادا
role: JPNGOV defence-minister 2016-08-03..2017-07-28
source: Wikipedia (en) Minister of Defense (Japan)

[person nobuo-kishi]
name: نوبو كيشي | نوبوو كيشي
role: JPNGOV defence-minister 2020-09-16..2022-08-10
source: Wikipedia (en) Minister of Defense (Japan)

[person minoru-kihara]
name: مينورو كيهارا
role: JPNGOV defence-minister 2023-09-13..2024-10-01
role: JPNGOV - 2025-10-21..
source: Wikipedia (en) Minister of Defense (Japan) (chief cabinet secretary from 2025-10)

[person shinjiro-koizumi]
name: شينجيرو كويزومي
role: JPNGOV - 2019-09-11..2021-10-04
role: JPNGOV defence-minister 2025-10-21..
source: Wikipedia (en) Shinjirō Koizumi (environment minister 2019-2021)

# =====================================================================  India

[person kr-narayanan]
name: كي آر نارايانان | كوتشيريل رامان نارايانان
role: INDGOV president 1997-07-25..2002-07-25
source: Wikipedia (en) President of India

[person apj-abdul-kalam]
name: عبد الكلام | أبو بكر زين العابدين عبد الكلام | أبو الفاخر زين العابدين عبد الكلام
role: INDGOV president 2002-07-25..2007-07-25
source: Wikipedia (en) A. P. J. Abdul Kalam; died 2015

[person pratibha-patil]
name: براتيبها باتيل | براتيبا باتيل
role: INDGOV president 2007-07-25..2012-07-25
source: Wikipedia (en) President of India

[person pranab-mukherjee]
name: براناب موخيرجي | براناب مخرجي | براناب موكرجي
role: INDGOV defence-minister 2004-05-22..2006-10-24
role: INDGOV foreign-minister 2006-10-24..2009-05-22
role: INDGOV finance-minister 2009-05-22..2012-06-26
role: INDGOV president 2012-07-25..2017-07-25
source: Wikipedia (en) Pranab Mukherjee; died 2020

[person ram-nath-kovind]
name: رام ناث كوفيند | رام نات كوفيند
role: INDGOV president 2017-07-25..2022-07-25
source: Wikipedia (en) President of India

[person droupadi-murmu]
name: دروبادي مورمو
role: INDGOV president 2022-07-25..
source: Wikipedia (en) President of India

[person atal-bihari-vajpayee]
name: أتال بيهاري فاجبايي | أتال بيهاري فاجباي
short: فاجبايي
role: INDGOV prime-minister 1998-03-19..2004-05-22
role: INDELI - 2004-05-22..
source: Wikipedia (en) Atal Bihari Vajpayee; died 2018

[person manmohan-singh]
name: مانموهان سينغ | مانموهان سينج
role: INDGOV prime-minister 2004-05-22..2014-05-26
role: INDELI - 2014-05-26..
source: Wikipedia (en) Manmohan Singh; died 2024-12-26

[person narendra-modi]
name: ناريندرا مودي | نارندرا مودي
short: مودي
role: INDGOV prime-minister 2014-05-26..
source: Wikipedia (en, ar) Narendra Modi

[person jaswant-singh]
name: جاسوانت سينغ | جاسوانت سينج
role: INDGOV foreign-minister 1998-12-05..2002-07-01
role: INDGOV defence-minister 2001-03-16..2001-10-15
role: INDGOV finance-minister 2002-07-01..2004-05-22
source: Wikipedia (en) Jaswant Singh; died 2020

[person yashwant-sinha]
name: ياشوانت سينها
role: INDGOV foreign-minister 2002-07-01..2004-05-22
source: Wikipedia (en) Minister of External Affairs (India)

[person natwar-singh]
name: ناتوار سينغ | نتوار سينغ
role: INDGOV foreign-minister 2004-05-22..2005-12-06
source: Wikipedia (en) Minister of External Affairs (India)

[person sm-krishna]
name: إس إم كريشنا | سوماناهالي مالايا كريشنا
role: INDGOV foreign-minister 2009-05-22..2012-10-28
source: Wikipedia (en) Minister of External Affairs (India)

[person salman-khurshid]
name: سلمان خورشيد
role: INDGOV foreign-minister 2012-10-28..2014-05-26
source: Wikipedia (en) Minister of External Affairs (India)

[person sushma-swaraj]
name: سوشما سواراج
role: INDGOV foreign-minister 2014-05-26..2019-05-30
source: Wikipedia (en) Minister of External Affairs (India); died 2019

[person s-jaishankar]
name: سوبرامانيام جايشانكار | إس جايشانكار | سوبراهمانيام جايشانكار
short: جايشانكار
role: INDGOV foreign-minister 2019-05-30..
source: Wikipedia (en) S. Jaishankar

[person george-fernandes]
name: جورج فرنانديز
role: INDGOV defence-minister 1998-03-19..2001-03-16
role: INDGOV defence-minister 2001-10-15..2004-05-22
source: Wikipedia (en) George Fernandes; died 2019

[person ak-antony]
name: إيه كيه أنتوني | أراكابارامبيل كوريان أنتوني
role: INDGOV defence-minister 2006-10-26..2014-05-26
source: Wikipedia (en) Minister of Defence (India)

[person arun-jaitley]
name: أرون جايتلي
role: INDGOV finance-minister 2014-05-26..2019-05-30
role: INDGOV defence-minister 2014-05-26..2014-11-09
role: INDGOV defence-minister 2017-03-13..2017-09-03
source: Wikipedia (en) Arun Jaitley; died 2019

[person manohar-parrikar]
name: مانوهار باريكار
role: INDGOV defence-minister 2014-11-09..2017-03-13
source: Wikipedia (en) Manohar Parrikar; died 2019

[person nirmala-sitharaman]
name: نيرمالا سيتارامان
role: INDGOV defence-minister 2017-09-03..2019-05-30
role: INDGOV finance-minister 2019-05-31..
source: Wikipedia (en) Nirmala Sitharaman

[person rajnath-singh]
name: راجناث سينغ | راجنات سينغ | راجناث سينج
role: INDGOV interior-minister 2014-05-26..2019-05-30
role: INDGOV defence-minister 2019-05-31..
source: Wikipedia (en) Rajnath Singh

[person s-padmanabhan]
name: سونداراراجان بادمانابهان
role: INDMIL army-chief 2000-09-30..2002-12-31
source: Wikipedia (en) Chief of the Army Staff (India)

[person nc-vij]
name: إن سي فيج | نيرمال تشاندر فيج
role: INDMIL army-chief 2002-12-31..2005-01-31
source: Wikipedia (en) Chief of the Army Staff (India)

[person jj-singh]
name: جيه جيه سينغ | جوغيندر جاسوانت سينغ
role: INDMIL army-chief 2005-01-31..2007-09-30
source: Wikipedia (en) Chief of the Army Staff (India)

[person deepak-kapoor]
name: ديباك كابور
role: INDMIL army-chief 2007-09-30..2010-03-31
source: Wikipedia (en) Chief of the Army Staff (India)

[person vk-singh]
name: في كيه سينغ | فيجاي كومار سينغ
role: INDMIL army-chief 2010-03-31..2012-05-31
role: INDGOV - 2014-05-26..2024-06
source: Wikipedia (en) V. K. Singh (minister of state 2014-2024)

[person bikram-singh]
name: بيكرام سينغ
role: INDMIL army-chief 2012-05-31..2014-07-31
source: Wikipedia (en) Chief of the Army Staff (India)

[person dalbir-singh-suhag]
name: دالبير سينغ | دالبير سينغ سوهاغ
role: INDMIL army-chief 2014-07-31..2016-12-31
source: Wikipedia (en) Chief of the Army Staff (India)

[person bipin-rawat]
name: بيبين راوات | بيبن راوات
short: راوات
role: INDMIL army-chief 2016-12-31..2019-12-31
role: INDMIL - 2020-01-01..2021-12-08
source: Wikipedia (en) Bipin Rawat (army chief, then Chief of Defence Staff); died 2021-12-08

[person mm-naravane]
name: مانوج موكوند نارافاني | مانوج نارافاني
role: INDMIL army-chief 2019-12-31..2022-04-30
source: Wikipedia (en) Chief of the Army Staff (India)

[person manoj-pande]
name: مانوج باندي
role: INDMIL army-chief 2022-04-30..2024-06-30
source: Wikipedia (en) Chief of the Army Staff (India)

[person upendra-dwivedi]
name: أوبندرا دويفيدي | أوبيندرا دويفيدي
role: INDMIL army-chief 2024-06-30..
source: Wikipedia (en) Chief of the Army Staff (India)

[person anil-chauhan]
name: أنيل تشوهان | أنيل تشاوهان
role: INDMIL - 2022-09-30..
source: Wikipedia (en) Chief of Defence Staff (India)

# =====================================================================  Pakistan

[person rafiq-tarar]
name: رفيق تارر | محمد رفيق تارر
role: PAKGOV president 1998-01-01..2001-06-20
source: Wikipedia (en) President of Pakistan; died 2022

[person pervez-musharraf]
# no short: مشرف is also the word "supervisor / overseeing"
name: برويز مشرف | الجنرال برويز مشرف | برفيز مشرف
role: PAKMIL army-chief 1998-10-07..2007-11-28
role: PAKGOV - 1999-10-12..2001-06-20
role: PAKGOV president 2001-06-20..2008-08-18
role: PAKELI - 2008-08-18..
source: Wikipedia (en, ar) Pervez Musharraf (Chief Executive after the 1999 coup); died 2023-02-05

[person muhammad-mian-soomro]
name: محمد ميان سومرو
role: PAKGOV prime-minister 2007-11-16..2008-03-25
role: PAKGOV president 2008-08-18..2008-09-09
source: Wikipedia (en) Muhammad Mian Soomro (caretaker PM; acting president as Senate chairman)

[person asif-ali-zardari]
name: آصف علي زرداري | آصف زرداري
short: زرداري
role: PAKGOV president 2008-09-09..2013-09-09
role: PAKELI - 2013-09-09..2024-03-10
role: PAKGOV president 2024-03-10..
source: Wikipedia (en, ar) Asif Ali Zardari

[person mamnoon-hussain]
name: ممنون حسين
role: PAKGOV president 2013-09-09..2018-09-09
source: Wikipedia (en) President of Pakistan; died 2021

[person arif-alvi]
name: عارف علوي | عارف الرحمن علوي
role: PAKGOV president 2018-09-09..2024-03-10
source: Wikipedia (en) President of Pakistan

[person zafarullah-khan-jamali]
name: ظفر الله خان جمالي | ظفر الله جمالي
role: PAKGOV prime-minister 2002-11-23..2004-06-26
source: Wikipedia (en) Prime Minister of Pakistan; died 2020

[person chaudhry-shujaat-hussain]
name: شجاعت حسين | تشودري شجاعت حسين
role: PAKGOV prime-minister 2004-06-30..2004-08-28
source: Wikipedia (en) Prime Minister of Pakistan

[person shaukat-aziz]
name: شوكت عزيز
role: PAKGOV prime-minister 2004-08-28..2007-11-16
source: Wikipedia (en) Prime Minister of Pakistan

[person yousaf-raza-gillani]
name: يوسف رضا جيلاني | يوسف رضا كيلاني | يوسف رضا غيلاني
role: PAKGOV prime-minister 2008-03-25..2012-06-19
role: PAKELI - 2012-06-19..
source: Wikipedia (en) Prime Minister of Pakistan

[person raja-pervaiz-ashraf]
name: راجا برويز أشرف | رجا برويز أشرف
role: PAKGOV prime-minister 2012-06-22..2013-03-25
role: PAKLEG speaker 2022-04-16..2024-02-29
source: Wikipedia (en) Raja Pervaiz Ashraf

[person mir-hazar-khan-khoso]
name: مير هزار خان خوسو
role: PAKGOV prime-minister 2013-03-25..2013-06-05
source: Wikipedia (en) Prime Minister of Pakistan (caretaker)

[person nawaz-sharif]
# no short: شريف is also a common word ("honourable") and Shehbaz / Raheel Sharif
name: نواز شريف | محمد نواز شريف | ميان نواز شريف
role: PAKGOV prime-minister 1997-02-17..1999-10-12
role: PAKOPP - 1999-10-12..2013-06-05
role: PAKGOV prime-minister 2013-06-05..2017-07-28
role: PAKELI - 2017-07-28..
source: Wikipedia (en) Nawaz Sharif (deposed 1999, exile, PML-N leader; disqualified 2017)

[person shahid-khaqan-abbasi]
name: شاهد خاقان عباسي
role: PAKGOV prime-minister 2017-08-01..2018-05-31
source: Wikipedia (en) Prime Minister of Pakistan

[person nasirul-mulk]
name: ناصر الملك
role: PAKGOV prime-minister 2018-06-01..2018-08-18
source: Wikipedia (en) Prime Minister of Pakistan (caretaker)

[person imran-khan]
name: عمران خان | عمران أحمد خان نيازي
role: PAKOPP - 1996-04..2018-08-18
role: PAKGOV prime-minister 2018-08-18..2022-04-10
role: PAKOPP - 2022-04-10..
source: Wikipedia (en, ar) Imran Khan (PTI founder; removed by no-confidence vote 2022-04-10, jailed 2023)

[person shehbaz-sharif]
name: شهباز شريف | محمد شهباز شريف
role: PAKOPP - 2018-08-20..2022-04-11
role: PAKGOV prime-minister 2022-04-11..2023-08-14
role: PAKELI - 2023-08-14..2024-03-04
role: PAKGOV prime-minister 2024-03-04..
source: Wikipedia (en) Shehbaz Sharif (Leader of the Opposition 2018-2022)

[person anwaar-ul-haq-kakar]
name: أنوار الحق كاكار | أنوار الحق كاكڑ
role: PAKGOV prime-minister 2023-08-14..2024-03-04
source: Wikipedia (en) Prime Minister of Pakistan (caretaker)

[person khurshid-kasuri]
name: خورشيد محمود قصوري | خورشيد قصوري
role: PAKGOV foreign-minister 2002-11-23..2007-11-15
source: Wikipedia (en) Minister of Foreign Affairs (Pakistan)

[person shah-mehmood-qureshi]
name: شاه محمود قريشي | شاه محمود قرشي
role: PAKGOV foreign-minister 2008-03-31..2011-02-09
role: PAKGOV foreign-minister 2018-08-20..2022-04-10
role: PAKOPP - 2022-04-10..
source: Wikipedia (en) Shah Mehmood Qureshi

[person hina-rabbani-khar]
name: حنا رباني كهر | هينا رباني خار | حنا رباني خار
role: PAKGOV foreign-minister 2011-07-20..2013-03-16
source: Wikipedia (en) Hina Rabbani Khar

[person sartaj-aziz]
name: سرتاج عزيز
role: PAKGOV foreign-minister 2013-06..2017-07-28
source: Wikipedia (en) Sartaj Aziz (adviser on foreign affairs with the FM portfolio)

[person khawaja-asif]
name: خواجة آصف | خواجه محمد آصف
role: PAKGOV defence-minister 2013-11-27..2017-07-28
role: PAKGOV foreign-minister 2017-08-04..2018-04-26
role: PAKGOV defence-minister 2022-04-19..2023-08-14
role: PAKGOV defence-minister 2024-03-11..
source: Wikipedia (en) Khawaja Asif

[person benazir-bhutto]
# no short: بوتو alone is also Zulfikar Ali Bhutto and Bilawal Bhutto Zardari
name: بي نظير بوتو | بينظير بوتو | بنظير بوتو | بي نظير علي بوتو
role: PAKGOV prime-minister 1988-12-02..1990-08-06
role: PAKOPP - 1990-08-06..1993-10-19
role: PAKGOV prime-minister 1993-10-19..1996-11-05
role: PAKOPP - 1996-11-05..
source: Wikipedia (en) Benazir Bhutto: Prime Minister of Pakistan 1988-12-02..1990-08-06 and 1993-10-19..1996-11-05, PPP chair and opposition leader until her assassination on 2007-12-27

[person bilawal-bhutto-zardari]
name: بلاول بوتو زرداري | بلاول بوتو
short: بلاول
role: PAKOPP - 2007-12-30..2022-04-27
role: PAKGOV foreign-minister 2022-04-27..2023-08-10
role: PAKOPP - 2023-08-10..
source: Wikipedia (en) Bilawal Bhutto Zardari (PPP chairman)

[person jalil-abbas-jilani]
name: جليل عباس جيلاني
role: PAKGOV foreign-minister 2023-08-17..2024-03-11
source: Wikipedia (en) Jalil Abbas Jilani (caretaker)

[person ishaq-dar]
name: إسحاق دار | محمد إسحاق دار
role: PAKGOV finance-minister 2013-06-07..2017-11
role: PAKGOV foreign-minister 2024-03-11..
source: Wikipedia (en) Ishaq Dar (also deputy PM from 2024-04)

[person khurram-dastgir-khan]
name: خرم دستغير خان
role: PAKGOV defence-minister 2017-08-04..2018-05-31
source: Wikipedia (en) Minister of Defence (Pakistan)

[person pervez-khattak]
name: برويز خطك
role: PAKGOV defence-minister 2018-08-20..2022-04-10
source: Wikipedia (en) Minister of Defence (Pakistan)

[person ashfaq-parvez-kayani]
name: أشفاق برويز كياني | أشفاق كياني
short: كياني
role: PAKSPY intelligence-chief 2004-10..2007-10
role: PAKMIL army-chief 2007-11-28..2013-11-29
source: Wikipedia (en) Ashfaq Parvez Kayani (ISI director-general, then army chief)

[person raheel-sharif]
name: راحيل شريف
role: PAKMIL army-chief 2013-11-29..2016-11-29
role: PAKELI - 2016-11-29..
source: Wikipedia (en) Raheel Sharif (later commander of the Saudi-led Islamic Military Counter Terrorism Coalition)

[person qamar-javed-bajwa]
name: قمر جاويد باجوا | قمر باجوا
short: باجوا
role: PAKMIL army-chief 2016-11-29..2022-11-29
role: PAKELI - 2022-11-29..
source: Wikipedia (en) Qamar Javed Bajwa

[person asim-munir]
name: عاصم منير | المشير عاصم منير | سيد عاصم منير
role: PAKSPY intelligence-chief 2018-10..2019-06
role: PAKMIL army-chief 2022-11-29..
source: Wikipedia (en) Asim Munir (ISI 2018-2019; field marshal 2025-05)

# =====================================================================  Afghanistan
# Taliban leaders: AFGREB until the fall of Kabul (2021-08-15), AFGGOV after (Islamic Emirate).

[person mullah-omar]
name: الملا محمد عمر | محمد عمر مجاهد | الملا محمد عمر مجاهد | أمير المؤمنين الملا عمر
short: الملا عمر
role: AFGGOV leader 1996-09-27..2001-11-13
role: AFGREB leader 2001-11-13..2013-04-23
source: Wikipedia (en, ar) Mullah Omar; died 2013-04-23 (announced 2015-07-29)

[person akhtar-mansour]
name: أختر محمد منصور | الملا أختر منصور | الملا أختر محمد منصور | أختر منصور
role: AFGREB leader 2015-07-29..2016-05-21
source: Wikipedia (en) Akhtar Mansour; killed 2016-05-21

[person hibatullah-akhundzada]
name: هبة الله أخوند زاده | هبة الله آخوندزاده | الملا هبة الله أخوندزاده | الشيخ هبة الله أخوند زاده | هبة الله أخونزاده
short: أخوند زاده | آخوندزاده
role: AFGREB leader 2016-05-25..2021-08-15
role: AFGGOV supreme-leader 2021-08-15..
source: Wikipedia (en, ar) Hibatullah Akhundzada

[person mohammad-hassan-akhund]
name: محمد حسن أخوند | الملا محمد حسن آخوند
role: AFGREB - ..2021-08-15
role: AFGGOV prime-minister 2021-09-07..
source: Wikipedia (en) Mohammad Hassan Akhund (acting prime minister)

[person abdul-ghani-baradar]
name: عبد الغني برادر | الملا عبد الغني برادر | الملا برادر
short: برادر
role: AFGREB - ..2021-08-15
role: AFGGOV deputy-prime-minister 2021-09-07..
source: Wikipedia (en) Abdul Ghani Baradar (head of the Doha political office 2019-2021)

[person amir-khan-muttaqi]
name: أمير خان متقي
role: AFGREB - ..2021-08-15
role: AFGGOV foreign-minister 2021-09-07..
source: Wikipedia (en) Amir Khan Muttaqi

[person mohammad-yaqoob]
name: الملا محمد يعقوب | الملا محمد يعقوب مجاهد
role: AFGREB - ..2021-08-15
role: AFGGOV defence-minister 2021-09-07..
source: Wikipedia (en) Mullah Yaqoob (son of Mullah Omar)

[person sirajuddin-haqqani]
name: سراج الدين حقاني
role: AFGREB - ..2021-08-15
role: AFGGOV interior-minister 2021-09-07..
source: Wikipedia (en) Sirajuddin Haqqani (Haqqani network)

[person jalaluddin-haqqani]
name: جلال الدين حقاني
role: AFGREB - ..2018-09-03
source: Wikipedia (en) Jalaluddin Haqqani; death announced 2018-09-03

[person zabihullah-mujahid]
name: ذبيح الله مجاهد
role: AFGREB spokesperson ..2021-08-15
role: AFGGOV spokesperson 2021-08-15..
source: Wikipedia (en) Zabihullah Mujahid

[person qari-fasihuddin-fitrat]
name: قاري فصيح الدين فطرت | فصيح الدين فطرت
role: AFGREB - ..2021-08-15
role: AFGMIL army-chief 2021-10-04..
source: Wikipedia (en) Qari Fasihuddin (chief of staff of the Taliban army)

[person hamid-karzai]
name: حامد كرزاي
short: كرزاي
role: AFGGOV president 2001-12-22..2014-09-29
role: AFGELI - 2014-09-29..
source: Wikipedia (en, ar) Hamid Karzai (interim, transitional, then elected president)

[person ashraf-ghani]
name: أشرف غني | محمد أشرف غني | أشرف غني أحمدزي
role: AFGGOV finance-minister 2002-06..2004-12
role: AFGGOV president 2014-09-29..2021-08-15
role: AFGELI - 2021-08-15..
source: Wikipedia (en, ar) Ashraf Ghani (fled 2021-08-15)

[person abdullah-abdullah]
name: عبد الله عبد الله | عبدالله عبدالله
role: AFGGOV foreign-minister 2001-12-22..2006-03-20
role: AFGOPP - 2006-03-20..2014-09-29
role: AFGGOV - 2014-09-29..2021-08-15
role: AFGELI - 2021-08-15..
source: Wikipedia (en) Abdullah Abdullah (chief executive 2014-2020; High Council for National Reconciliation 2020-2021)

[person mohammed-fahim]
name: محمد قاسم فهيم | المارشال فهيم | محمد فهيم
role: AFGGOV defence-minister 2001-12-22..2004-12-23
role: AFGGOV vice-president 2009-11-19..2014-03-09
source: Wikipedia (en) Mohammed Qasim Fahim; died 2014-03-09

[person abdul-rahim-wardak]
name: عبد الرحيم وردك
role: AFGGOV defence-minister 2004-12-23..2012-08-07
source: Wikipedia (en) Abdul Rahim Wardak

[person bismillah-khan-mohammadi]
name: بسم الله خان محمدي | بسم الله محمدي | بسم الله خان
role: AFGMIL army-chief 2002..2010-06
role: AFGGOV interior-minister 2010-06..2012-08
role: AFGGOV defence-minister 2012-09..2015-01
role: AFGGOV defence-minister 2021-06-19..2021-08-15
source: Wikipedia (en) Bismillah Khan Mohammadi; months approximate

[person sher-mohammad-karimi]
name: شير محمد كريمي
role: AFGMIL army-chief 2010-06..2015-02
source: Wikipedia (en) Sher Mohammad Karimi; months approximate

[person rangin-dadfar-spanta]
name: رنجين دادفر سبنتا | رانجين دادفار سبانتا
role: AFGGOV foreign-minister 2006-04..2010-01
source: Wikipedia (en) Rangin Dadfar Spanta; months approximate

[person zalmai-rassoul]
name: زلماي رسول
role: AFGGOV foreign-minister 2010-01..2013-10
source: Wikipedia (en) Zalmai Rassoul; months approximate

[person salahuddin-rabbani]
name: صلاح الدين رباني
role: AFGGOV foreign-minister 2015-01-28..2019-01
source: Wikipedia (en) Salahuddin Rabbani

[person burhanuddin-rabbani]
name: برهان الدين رباني
role: AFGOPP - 2001-12-22..2010-10
role: AFGGOV - 2010-10..2011-09-20
source: Wikipedia (en) Burhanuddin Rabbani (High Peace Council chairman); killed 2011-09-20

# =====================================================================  Ukraine

[person leonid-kuchma]
name: ليونيد كوتشما
role: UKRGOV president 1994-07-19..2005-01-23
role: UKRELI - 2005-01-23..
source: Wikipedia (en) President of Ukraine

[person viktor-yushchenko]
name: فيكتور يوشينكو | فيكتور يوشتشنكو
short: يوشينكو
role: UKRGOV prime-minister 1999-12-22..2001-05-29
role: UKROPP - 2001-05-29..2005-01-23
role: UKRGOV president 2005-01-23..2010-02-25
role: UKRELI - 2010-02-25..
source: Wikipedia (en) Viktor Yushchenko

[person viktor-yanukovych]
name: فيكتور يانوكوفيتش | فيكتور يانوكوفيش
short: يانوكوفيتش
role: UKRGOV prime-minister 2002-11-21..2005-01-05
role: UKRGOV prime-minister 2006-08-04..2007-12-18
role: UKROPP - 2007-12-18..2010-02-25
role: UKRGOV president 2010-02-25..2014-02-22
role: UKRELI - 2014-02-22..
source: Wikipedia (en) Viktor Yanukovych (removed 2014-02-22)

[person oleksandr-turchynov]
name: أولكسندر تورتشينوف | ألكسندر تورتشينوف | أولكسندر تورتشنوف
role: UKRLEG speaker 2014-02-22..2014-11-27
role: UKRGOV president 2014-02-23..2014-06-07
role: UKRGOV national-security-adviser 2014-12-16..2019-05-20
source: Wikipedia (en) Oleksandr Turchynov (acting president; NSDC secretary)

[person petro-poroshenko]
name: بيترو بوروشينكو | بترو بوروشينكو | بيوتر بوروشينكو
short: بوروشينكو
role: UKRGOV foreign-minister 2009-10-09..2010-03-11
role: UKRGOV president 2014-06-07..2019-05-20
role: UKROPP - 2019-05-20..
source: Wikipedia (en) Petro Poroshenko

[person volodymyr-zelensky]
name: فولوديمير زيلينسكي | فلاديمير زيلينسكي | فولوديمير زيلنسكي
short: زيلينسكي | زيلنسكي
role: UKRGOV president 2019-05-20..
source: Wikipedia (en, ar) Volodymyr Zelenskyy; diplomacy_dev.md

[person anatoliy-kinakh]
name: أناتولي كيناخ
role: UKRGOV prime-minister 2001-05-29..2002-11-21
source: Wikipedia (en) Prime Minister of Ukraine

[person yulia-tymoshenko]
name: يوليا تيموشينكو | يوليا تيموشنكو
short: تيموشينكو
role: UKRGOV prime-minister 2005-01-24..2005-09-08
role: UKROPP - 2005-09-08..2007-12-18
role: UKRGOV prime-minister 2007-12-18..2010-03-04
role: UKROPP - 2010-03-04..
source: Wikipedia (en) Yulia Tymoshenko

[person yuriy-yekhanurov]
name: يوري يخانوروف
role: UKRGOV prime-minister 2005-09-22..2006-08-04
role: UKRGOV defence-minister 2007-12-18..2009-06-05
source: Wikipedia (en) Yuriy Yekhanurov

[person mykola-azarov]
name: ميكولا أزاروف | نيكولاي أزاروف
role: UKRGOV prime-minister 2010-03-11..2014-01-28
source: Wikipedia (en) Prime Minister of Ukraine

[person arseniy-yatsenyuk]
name: أرسيني ياتسينيوك | أرسيني ياتسنيوك
short: ياتسينيوك
role: UKRGOV foreign-minister 2007-03-21..2007-12-18
role: UKRGOV prime-minister 2014-02-27..2016-04-14
role: UKRELI - 2016-04-14..
source: Wikipedia (en) Arseniy Yatsenyuk

[person volodymyr-groysman]
name: فولوديمير غرويسمان | فولوديمير هرويسمان
role: UKRGOV prime-minister 2016-04-14..2019-08-29
source: Wikipedia (en) Prime Minister of Ukraine

[person oleksiy-honcharuk]
name: أوليكسي غونتشاروك | ألكسي غونتشاروك
role: UKRGOV prime-minister 2019-08-29..2020-03-04
source: Wikipedia (en) Prime Minister of Ukraine

[person denys-shmyhal]
name: دينيس شميهال | دينيس شميغال
short: شميهال
role: UKRGOV prime-minister 2020-03-04..2025-07-17
role: UKRGOV defence-minister 2025-07-17..2026-01
source: Wikipedia (en) Denys Shmyhal (defence minister from 2025-07-17; a later move was reported in 2026: doubtful, end left open)

[person yulia-svyrydenko]
name: يوليا سفيريدينكو | يوليا سفيريدنكو
role: UKRGOV prime-minister 2025-07-17..
source: Wikipedia (en) Prime Minister of Ukraine (economy minister and first deputy PM before)

[person borys-tarasyuk]
name: بوريس تاراسيوك
role: UKRGOV foreign-minister 1998-04-17..2000-09-29
role: UKRGOV foreign-minister 2005-02-04..2007-01-30
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine)

[person anatoliy-zlenko]
name: أناتولي زلينكو
role: UKRGOV foreign-minister 2000-10-02..2003-09-02
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine)

[person kostyantyn-gryshchenko]
name: كوستيانتين غريشتشينكو | كونستانتين غريشتشينكو
role: UKRGOV foreign-minister 2003-09-02..2005-02-04
role: UKRGOV foreign-minister 2010-03-11..2012-12-24
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine)

[person volodymyr-ohryzko]
name: فولوديمير أوغريزكو
role: UKRGOV foreign-minister 2007-12-18..2009-03-03
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine)

[person leonid-kozhara]
name: ليونيد كوجارا
role: UKRGOV foreign-minister 2012-12-24..2014-02-23
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine)

[person andrii-deshchytsia]
name: أندريه ديشيتسا | أندري ديشتشيتسا
role: UKRGOV foreign-minister 2014-02-27..2014-06-19
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine) (acting)

[person pavlo-klimkin]
name: بافلو كليمكين
role: UKRGOV foreign-minister 2014-06-19..2019-08-29
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine)

[person vadym-prystaiko]
name: فاديم بريستايكو
role: UKRGOV foreign-minister 2019-08-29..2020-03-04
source: Wikipedia (en) Minister of Foreign Affairs (Ukraine)

[person dmytro-kuleba]
name: دميترو كوليبا | ديمترو كوليبا
short: كوليبا
role: UKRGOV foreign-minister 2020-03-04..2024-09-05
role: UKRELI - 2024-09-05..
source: Wikipedia (en) Dmytro Kuleba

[person andrii-sybiha]
name: أندريه سيبيها | أندري سيبيها
short: سيبيها
role: UKRGOV foreign-minister 2024-09-05..
source: Wikipedia (en) Andrii Sybiha

[person anatoliy-grytsenko]
name: أناتولي غريتسينكو
role: UKRGOV defence-minister 2005-02-04..2007-12-18
source: Wikipedia (en) Minister of Defence (Ukraine)

[person valeriy-heletey]
name: فاليري هيليتي | فاليري غيليتي
role: UKRGOV defence-minister 2014-07-03..2014-10-14
source: Wikipedia (en) Minister of Defence (Ukraine)

[person stepan-poltorak]
name: ستيبان بولتوراك
role: UKRGOV defence-minister 2014-10-14..2019-08-29
source: Wikipedia (en) Minister of Defence (Ukraine)

[person andriy-zagorodnyuk]
name: أندريه زاغورودنيوك
role: UKRGOV defence-minister 2019-08-29..2020-03-04
source: Wikipedia (en) Minister of Defence (Ukraine)

[person andriy-taran]
name: أندريه تاران
role: UKRGOV defence-minister 2020-03-04..2021-11-03
source: Wikipedia (en) Minister of Defence (Ukraine)

[person oleksii-reznikov]
name: أوليكسي ريزنيكوف | أليكسي ريزنيكوف
short: ريزنيكوف
role: UKRGOV defence-minister 2021-11-04..2023-09-05
source: Wikipedia (en) Minister of Defence (Ukraine)

[person rustem-umerov]
name: رستم عمروف | رستم أوميروف | رستم عميروف
role: UKRGOV defence-minister 2023-09-06..2025-07-17
role: UKRGOV national-security-adviser 2025-07-17..
source: Wikipedia (en) Rustem Umerov (NSDC secretary from 2025-07)

[person valerii-zaluzhnyi]
name: فاليري زالوجني | فاليري زالوزني
short: زالوجني
role: UKRMIL commander-in-chief 2021-07-27..2024-02-08
role: UKRGOV - 2024-05..
source: Wikipedia (en) Valerii Zaluzhnyi (ambassador to the UK from 2024)

[person oleksandr-syrskyi]
name: أولكسندر سيرسكي | ألكسندر سيرسكي | أوليكساندر سيرسكي
short: سيرسكي
role: UKRMIL commander-in-chief 2024-02-08..
source: Wikipedia (en) Oleksandr Syrskyi

[person viktor-muzhenko]
name: فيكتور موجينكو
role: UKRMIL army-chief 2014-07..2019-05
source: Wikipedia (en) Chief of the General Staff (Ukraine)

[person ruslan-khomchak]
name: رسلان خومتشاك
role: UKRMIL army-chief 2019-05..2021-07-28
source: Wikipedia (en) Chief of the General Staff (Ukraine)

[person serhiy-shaptala]
name: سيرغي شابتالا | سيرهي شابتالا
role: UKRMIL army-chief 2021-07-28..2024-02-08
source: Wikipedia (en) Chief of the General Staff (Ukraine)

[person andriy-hnatov]
name: أندريه هناتوف | أندري غناتوف
role: UKRMIL army-chief 2025-02..
source: Wikipedia (en) Chief of the General Staff (Ukraine); month medium confidence

[person andriy-yermak]
name: أندريه يرماك | أندري يرماك
short: يرماك
role: UKRGOV - 2020-02-11..2025-11-28
role: UKRELI - 2025-11-28..
source: Wikipedia (en) Andriy Yermak, head of the Presidential Office (resigned 2025-11-28)

[person kyrylo-budanov]
name: كيريلو بودانوف | كيريل بودانوف
short: بودانوف
role: UKRSPY intelligence-chief 2020-08-05..2026-01-02
source: Wikipedia (en) Kyrylo Budanov, HUR chief to 2026-01-02 (issue 14 sample check)

# =====================================================================  Ethiopia

[person negasso-gidada]
name: نيغاسو غيدادا | نجاسو جدادا
role: ETHGOV president 1995-08-22..2001-10-08
source: Wikipedia (en) President of Ethiopia

[person girma-wolde-giorgis]
name: غيرما ولد جيورجيس | جيرما ولد جيورجيس
role: ETHGOV president 2001-10-08..2013-10-07
source: Wikipedia (en) President of Ethiopia

[person mulatu-teshome]
name: مولاتو تيشومي
role: ETHGOV president 2013-10-07..2018-10-25
source: Wikipedia (en) President of Ethiopia

[person sahle-work-zewde]
name: سهلي ورق زودي | ساهلي ورك زودي | سهلورق زودي
role: ETHGOV president 2018-10-25..2024-10-07
source: Wikipedia (en) President of Ethiopia

[person taye-atske-selassie]
name: تاي أتسكي سيلاسي | تايي أتسقي سلاسي | تايي أصقي سلاسي
role: ETHGOV foreign-minister 2024-02..2024-10-07
role: ETHGOV president 2024-10-07..
source: Wikipedia (en) President of Ethiopia (foreign minister from 2024-02, month approximate)

[person meles-zenawi]
name: ملس زيناوي | مليس زيناوي
short: زيناوي
role: ETHGOV prime-minister 1995-08-23..2012-08-20
source: Wikipedia (en) Meles Zenawi; died 2012-08-20

[person hailemariam-desalegn]
name: هايله مريام ديسالين | هيلا مريام ديسالين | هايلي مريام ديسالين
role: ETHGOV foreign-minister 2010-10..2012-08-20
role: ETHGOV prime-minister 2012-08-20..2018-04-02
role: ETHGOV foreign-minister 2012-08-20..2012-11-29
role: ETHELI - 2018-04-02..
source: Wikipedia (en) Hailemariam Desalegn (acting PM from 2012-08-20, confirmed 2012-09-21)

[person abiy-ahmed]
# no short: آبي / أبي normalise like "my father"
name: آبي أحمد | آبي أحمد علي
role: ETHGOV prime-minister 2018-04-02..
source: Wikipedia (en, ar) Abiy Ahmed

[person seyoum-mesfin]
name: سيوم مسفين
role: ETHGOV foreign-minister 1991..2010-10
source: Wikipedia (en) Seyoum Mesfin; killed 2021

[person tedros-adhanom]
name: تيدروس أدهانوم | تيدروس أدهانوم غيبريسوس | تيدروس أدهانوم جيبريسوس
short: تيدروس
role: ETHGOV foreign-minister 2012-11-29..2016-11-01
role: IGOUNOWHO - 2017-07-01..
source: Wikipedia (en, ar) Tedros Adhanom Ghebreyesus (WHO director-general)

[person workneh-gebeyehu]
name: ورقنه جبيهو | ووركنه جبيهو
role: ETHGOV foreign-minister 2016-11..2019-04
source: Wikipedia (en) Workneh Gebeyehu; months approximate

[person gedu-andargachew]
name: جيدو أندارجاتشو | غيدو أندارغاتشو
role: ETHGOV foreign-minister 2019-04..2020-11
source: Wikipedia (en) Gedu Andargachew; months approximate

[person demeke-mekonnen]
name: دمقي مكونن | ديميكي ميكونين
role: ETHGOV foreign-minister 2020-11..2024-02
source: Wikipedia (en) Demeke Mekonnen (also deputy PM 2017-2024); months approximate

[person gedion-timothewos]
name: جيديون تيموثيوس | جيديون تيموتيوس
role: ETHGOV foreign-minister 2024-10-07..
source: Wikipedia (en) Gedion Timothewos (month approximate)

[person samora-yunis]
name: سامورا يونس | سامورا محمد يونس
role: ETHMIL army-chief 2001..2018-06
source: Wikipedia (en) Samora Yunis; years approximate

[person seare-mekonnen]
name: سعاري مكونن | سيري مكونن
role: ETHMIL army-chief 2018-06..2019-06-22
source: Wikipedia (en) Se'are Mekonnen; killed 2019-06-22

[person adem-mohammed]
name: آدم محمد محمود
role: ETHMIL army-chief 2019-06-22..2020-11
source: Wikipedia (en) Adem Mohammed; months approximate

[person birhanu-jula]
name: برهانو جولا | برهانو جولا جيلالو
role: ETHMIL army-chief 2020-11..
source: Wikipedia (en) Birhanu Jula (field marshal)

# =====================================================================  United Nations

[person kofi-annan]
name: كوفي أنان | كوفي عنان | كوفي عطا أنان
short: أنان
role: IGOUNO secretary-general 1997-01-01..2007-01-01
role: GHAELI - 2007-01-01..2012-02-23
role: IGOUNO envoy 2012-02-23..2012-08-31
role: GHAELI - 2012-08-31..
source: Wikipedia (en, ar) Kofi Annan (UN-Arab League envoy for Syria 2012); diplomacy_dev.md; died 2018-08-18

[person ban-ki-moon]
name: بان كي مون | بان كي-مون | بان كيمون
role: KORGOV foreign-minister 2004-01-17..2006-11-09
role: IGOUNO secretary-general 2007-01-01..2017-01-01
role: KORELI - 2017-01-01..
source: Wikipedia (en, ar) Ban Ki-moon; diplomacy_dev.md

[person antonio-guterres]
name: أنطونيو غوتيريش | أنطونيو غوتيريس | أنطونيو جوتيريش | أنطونيو جوتيريس | أنطونيو غوتيرش
short: غوتيريش | غوتيريس | جوتيريش
role: PRTGOV prime-minister 1995-10-28..2002-04-06
role: IGOUNOHCR - 2005-06-15..2015-12-31
role: IGOUNO secretary-general 2017-01-01..
source: Wikipedia (en, ar) António Guterres (UN High Commissioner for Refugees 2005-2015; SG term ends 2026-12-31)

[person lakhdar-brahimi]
name: الأخضر الإبراهيمي
short: الإبراهيمي
role: IGOUNO envoy 2001-10-03..2004-12
role: DZAELI - 2004-12..2012-09-01
role: IGOUNO envoy 2012-09-01..2014-05-31
role: DZAELI - 2014-05-31..
source: Wikipedia (en) Lakhdar Brahimi (UN envoy for Afghanistan and Iraq; joint UN-Arab League envoy for Syria)

[person staffan-de-mistura]
name: ستافان دي ميستورا | ستيفان دي ميستورا
short: دي ميستورا
role: IGOUNO envoy 2014-07-10..2019-01-07
role: IGOUNO envoy 2021-11-01..
source: Wikipedia (en) Staffan de Mistura (Syria; personal envoy for Western Sahara from 2021-11)

[person geir-pedersen]
name: غير بيدرسن | غير بيدرسون | غير أوتو بيدرسن
short: بيدرسن
role: IGOUNO envoy 2019-01-07..2025-09
source: Wikipedia (en) Geir Pedersen, UN envoy for Syria (end month medium confidence)

[person jamal-benomar]
name: جمال بنعمر | جمال بن عمر
role: IGOUNO envoy 2011-04..2015-04-15
source: Wikipedia (en) Jamal Benomar, UN envoy for Yemen

[person ismail-ould-cheikh-ahmed]
name: إسماعيل ولد الشيخ أحمد | إسماعيل ولد الشيخ
role: IGOUNO envoy 2015-04-25..2018-03
source: Wikipedia (en) Ismail Ould Cheikh Ahmed, UN envoy for Yemen (later Mauritanian foreign minister: dates not certain, not coded)

[person martin-griffiths]
name: مارتن غريفيث | مارتن غريفيثس | مارتن جريفيث
short: غريفيث
role: IGOUNO envoy 2018-03..2021-06
role: IGOUNO - 2021-07-19..2024-06-30
source: Wikipedia (en) Martin Griffiths (UN envoy for Yemen; OCHA head)

[person hans-grundberg]
name: هانس غروندبرغ | هانز غروندبرغ | هانس جروندبرج
short: غروندبرغ
role: IGOUNO envoy 2021-09-05..
source: Wikipedia (en) Hans Grundberg, UN envoy for Yemen

[person ghassan-salame]
name: غسان سلامة
role: IGOUNO envoy 2017-06-22..2020-03-02
role: LBNGOV - 2025-02-08..
source: Wikipedia (en) Ghassan Salamé (UN envoy for Libya; Lebanese culture minister from 2025)

[person stephanie-williams]
name: ستيفاني ويليامز | ستيفاني وليامز
role: IGOUNO envoy 2020-03-02..2021-01
role: IGOUNO envoy 2021-12..2022-07
source: Wikipedia (en) Stephanie Williams (acting UN envoy, then special adviser for Libya)

[person abdoulaye-bathily]
name: عبد الله باتيلي
role: IGOUNO envoy 2022-09..2024-05
source: Wikipedia (en) Abdoulaye Bathily, UN envoy for Libya

[person hanna-tetteh]
name: هانا تيتيه | هانا سيروا تيتيه | حنا تيتيه
role: IGOUNO envoy 2025-02..
source: Wikipedia (en) Hanna Tetteh, UN envoy for Libya

[person mohamed-elbaradei]
name: محمد البرادعي
short: البرادعي
role: IGOUNOIAE - 1997-12-01..2009-11-30
role: EGYOPP - 2010-02..2013-07-14
role: EGYGOV vice-president 2013-07-14..2013-08-14
role: EGYELI - 2013-08-14..
source: Wikipedia (en, ar) Mohamed ElBaradei (IAEA director general; interim vice-president 2013)

[person yukiya-amano]
name: يوكيا أمانو
short: أمانو
role: IGOUNOIAE - 2009-12-01..2019-07-18
source: Wikipedia (en) Yukiya Amano, IAEA director general; died 2019-07-18

[person rafael-grossi]
name: رافائيل غروسي
short: غروسي
role: IGOUNOIAE - 2019-12-03..
source: Wikipedia (en) Rafael Grossi, IAEA director general

[person philippe-lazzarini]
name: فيليب لازاريني
short: لازاريني
role: IGOUNORWA - 2020-04-01..
source: Wikipedia (en) Philippe Lazzarini, UNRWA commissioner-general

[person volker-turk]
name: فولكر تورك
role: IGOUNOHCH - 2022-10-17..
source: Wikipedia (en) Volker Türk, UN High Commissioner for Human Rights

[person fatou-bensouda]
name: فاتو بنسودا | فاتو بن سودا
role: IGOICC - 2012-06-15..2021-06-16
source: Wikipedia (en) Fatou Bensouda, ICC prosecutor

[person karim-khan-icc]
name: كريم خان | كريم أحمد خان
role: IGOICC - 2021-06-16..
source: Wikipedia (en) Karim Ahmad Khan, ICC prosecutor (on leave from 2025-05)

# =====================================================================  Arab League, GCC, OIC, AU

[person esmat-abdel-meguid]
name: عصمت عبد المجيد
role: IGOARL secretary-general 1991-05-15..2001-05-15
role: EGYELI - 2001-05-15..
source: Wikipedia (en) Esmat Abdel Meguid; died 2013

[person jamil-al-hejailan]
name: جميل إبراهيم الحجيلان | جميل الحجيلان
role: IGOGCC secretary-general 1996-04-01..2002-03-31
source: Wikipedia (en) Secretary General of the GCC

[person abdul-rahman-al-attiyah]
name: عبد الرحمن بن حمد العطية | عبد الرحمن العطية
role: IGOGCC secretary-general 2002-04-01..2011-03-31
source: Wikipedia (en) Secretary General of the GCC

[person nayef-al-hajraf]
name: نايف فلاح الحجرف | نايف الحجرف
role: IGOGCC secretary-general 2020-02-01..2023-01-31
source: Wikipedia (en) Secretary General of the GCC

[person jasem-albudaiwi]
name: جاسم محمد البديوي | جاسم البديوي
short: البديوي
role: IGOGCC secretary-general 2023-02-01..
source: Wikipedia (en) Secretary General of the GCC

[person ekmeleddin-ihsanoglu]
name: أكمل الدين إحسان أوغلو | أكمل الدين إحسان أوغلي
role: IGOMOSOIC secretary-general 2005-01-01..2014-01-01
source: Wikipedia (en) Secretary-General of the OIC

[person iyad-madani]
name: إياد مدني | إياد أمين مدني
role: IGOMOSOIC secretary-general 2014-01-01..2016-11-01
source: Wikipedia (en) Secretary-General of the OIC

[person yousef-al-othaimeen]
name: يوسف العثيمين | يوسف بن أحمد العثيمين
role: IGOMOSOIC secretary-general 2016-11-01..2021-11-01
source: Wikipedia (en) Secretary-General of the OIC

[person hissein-brahim-taha]
name: حسين إبراهيم طه
role: IGOMOSOIC secretary-general 2021-11-01..
source: Wikipedia (en) Secretary-General of the OIC

[person alpha-oumar-konare]
name: ألفا عمر كوناري
role: MLIGOV president 1992-06-08..2002-06-08
role: IGOAFRAFU commission-president 2003-09-16..2008-04-28
source: Wikipedia (en) Alpha Oumar Konaré

[person jean-ping]
name: جان بينغ | جان بينج
role: IGOAFRAFU commission-president 2008-04-28..2012-10-15
source: Wikipedia (en) Chairperson of the African Union Commission

[person nkosazana-dlamini-zuma]
name: نكوسازانا دلاميني زوما | دلاميني زوما
role: ZAFGOV foreign-minister 1999-06-17..2009-05-10
role: IGOAFRAFU commission-president 2012-10-15..2017-03-14
source: Wikipedia (en) Nkosazana Dlamini-Zuma

# =====================================================================  NATO and the EU

[person javier-solana]
name: خافيير سولانا
short: سولانا
role: IGOWSTNAT secretary-general 1995-12-05..1999-10-06
role: IGOEUR high-representative 1999-10-18..2009-12-01
source: Wikipedia (en) Javier Solana

[person george-robertson]
name: جورج روبرتسون
role: GBRGOV defence-minister 1997-05-02..1999-10-11
role: IGOWSTNAT secretary-general 1999-10-14..2004-01-01
source: Wikipedia (en) George Robertson, Baron Robertson of Port Ellen

[person jaap-de-hoop-scheffer]
name: ياب دي هوب شيفر | ياب دي هووب شيفر
role: NLDGOV foreign-minister 2002-07-22..2003-12-03
role: IGOWSTNAT secretary-general 2004-01-01..2009-08-01
source: Wikipedia (en) Jaap de Hoop Scheffer

[person anders-fogh-rasmussen]
name: أندرس فوغ راسموسن | أندرس فو راسموسن
role: DNKGOV prime-minister 2001-11-27..2009-04-05
role: IGOWSTNAT secretary-general 2009-08-01..2014-10-01
source: Wikipedia (en) Anders Fogh Rasmussen

[person jens-stoltenberg]
name: ينس ستولتنبرغ | يانس ستولتنبرغ | ينس ستولتنبرج
short: ستولتنبرغ | ستولتنبرج
role: NORGOV prime-minister 2000-03-17..2001-10-19
role: NORGOV prime-minister 2005-10-17..2013-10-16
role: IGOWSTNAT secretary-general 2014-10-01..2024-10-01
role: NORGOV finance-minister 2025-02-04..
source: Wikipedia (en, ar) Jens Stoltenberg

[person mark-rutte]
name: مارك روته | مارك روتا
short: روته
role: NLDGOV prime-minister 2010-10-14..2024-07-02
role: IGOWSTNAT secretary-general 2024-10-01..
source: Wikipedia (en, ar) Mark Rutte

[person jose-manuel-barroso]
name: جوزيه مانويل باروسو | خوسيه مانويل باروسو
short: باروسو
role: PRTGOV prime-minister 2002-04-06..2004-07-17
role: IGOEUR commission-president 2004-11-22..2014-11-01
source: Wikipedia (en) José Manuel Barroso

[person jean-claude-juncker]
name: جان كلود يونكر | جان كلود جونكر
short: يونكر
role: LUXGOV prime-minister 1995-01-20..2013-12-04
role: IGOEUR commission-president 2014-11-01..2019-12-01
source: Wikipedia (en) Jean-Claude Juncker

[person catherine-ashton]
name: كاثرين آشتون | كاترين آشتون
role: IGOEUR high-representative 2009-12-01..2014-11-01
source: Wikipedia (en) Catherine Ashton

[person josep-borrell]
name: جوزيب بوريل | خوسيب بوريل | جوسيب بوريل
short: بوريل
role: ESPGOV foreign-minister 2018-06-07..2019-11-29
role: IGOEUR high-representative 2019-12-01..2024-12-01
source: Wikipedia (en) Josep Borrell

[person kaja-kallas]
name: كايا كالاس
short: كالاس
role: ESTGOV prime-minister 2021-01-26..2024-07-23
role: IGOEUR high-representative 2024-12-01..
source: Wikipedia (en) Kaja Kallas

[person herman-van-rompuy]
name: هيرمان فان رومبوي | هرمان فان رومبوي
role: BELGOV prime-minister 2008-12-30..2009-11-25
role: IGOEUR commission-president 2009-12-01..2014-12-01
source: Wikipedia (en) Herman Van Rompuy (President of the European Council)

[person donald-tusk]
name: دونالد توسك | دونالد تاسك
short: توسك
role: POLGOV prime-minister 2007-11-16..2014-09-22
role: IGOEUR commission-president 2014-12-01..2019-12-01
role: POLGOV prime-minister 2023-12-13..
source: Wikipedia (en) Donald Tusk (President of the European Council 2014-2019)

[person charles-michel]
name: شارل ميشيل | تشارلز ميشيل
role: BELGOV prime-minister 2014-10-11..2019-10-27
role: IGOEUR commission-president 2019-12-01..2024-12-01
source: Wikipedia (en) Charles Michel (President of the European Council 2019-2024)

[person antonio-costa]
name: أنطونيو كوستا
role: PRTGOV prime-minister 2015-11-26..2024-04-02
role: IGOEUR commission-president 2024-12-01..
source: Wikipedia (en) António Costa (President of the European Council from 2024-12-01)

# =====================================================================  transnational jihadist groups

[person osama-bin-laden]
name: أسامة بن لادن | أسامة محمد بن لادن
short: بن لادن
role: IMGMOSALQ leader 1988..2011-05-02
source: Wikipedia (en, ar) Osama bin Laden; killed 2011-05-02

[person ayman-al-zawahiri]
name: أيمن الظواهري | أيمن محمد ربيع الظواهري
short: الظواهري
role: IMGMOSALQ - 1998..2011-06-16
role: IMGMOSALQ leader 2011-06-16..2022-07-31
source: Wikipedia (en, ar) Ayman al-Zawahiri; killed 2022-07-31

[person saif-al-adel]
name: سيف العدل | محمد صلاح الدين زيدان
role: IMGMOSALQ - ..
source: Wikipedia (en) Saif al-Adel (named de facto al-Qaeda leader by UN experts, 2023)

[person anwar-al-awlaki]
name: أنور العولقي
role: IMGMOSALQ - ..2011-09-30
source: Wikipedia (en) Anwar al-Awlaki (AQAP); killed 2011-09-30

[person nasir-al-wuhayshi]
name: ناصر الوحيشي | أبو بصير ناصر الوحيشي
role: IMGMOSALQ leader 2009-01..2015-06-12
source: Wikipedia (en) Nasir al-Wuhayshi (AQAP emir); killed 2015-06

[person qasim-al-raymi]
name: قاسم الريمي
role: IMGMOSALQ leader 2015-06..2020-01
source: Wikipedia (en) Qasim al-Raymi (AQAP emir); killed 2020-01

[person khalid-batarfi]
name: خالد باطرفي | خالد سعيد باطرفي
role: IMGMOSALQ leader 2020-02..2024-03
source: Wikipedia (en) Khalid Batarfi (AQAP emir); died 2024-03

[person saad-al-awlaki]
name: سعد العولقي | سعد بن عاطف العولقي
role: IMGMOSALQ leader 2024-03..
source: Wikipedia (en) Saad bin Atef al-Awlaki (AQAP emir from 2024-03)

[person abdelmalek-droukdel]
name: عبد المالك دروكدال | أبو مصعب عبد الودود
role: IMGMOSALQ leader 2004..2020-06-03
source: Wikipedia (en) Abdelmalek Droukdel (GSPC / AQIM emir); killed 2020-06-03

[person abu-musab-al-zarqawi]
name: أبو مصعب الزرقاوي | أحمد فاضل نزال الخلايلة
short: الزرقاوي
role: IMGMOSALQ leader ..2006-06-07
source: Wikipedia (en, ar) Abu Musab al-Zarqawi (al-Qaeda in Iraq, 2004-10 allegiance); killed 2006-06-07

[person abu-omar-al-baghdadi]
name: أبو عمر البغدادي
role: IMGMOSISI leader 2006-10-15..2010-04-18
source: Wikipedia (en) Abu Omar al-Baghdadi (Islamic State of Iraq); killed 2010-04-18

[person abu-bakr-al-baghdadi]
# no short: البغدادي is a common surname (and Abu Omar al-Baghdadi)
name: أبو بكر البغدادي | إبراهيم عواد البدري | أبو بكر البغدادي الحسيني القرشي
role: IMGMOSISI leader 2010-05-16..2019-10-27
source: Wikipedia (en, ar) Abu Bakr al-Baghdadi; killed 2019-10-27

[person abu-ibrahim-al-hashimi-al-qurashi]
name: أبو إبراهيم الهاشمي القرشي | أمير محمد سعيد عبد الرحمن المولى
role: IMGMOSISI leader 2019-10-31..2022-02-03
source: Wikipedia (en) Abu Ibrahim al-Hashimi al-Qurashi; killed 2022-02-03

[person abu-al-hasan-al-hashimi-al-qurashi]
name: أبو الحسن الهاشمي القرشي
role: IMGMOSISI leader 2022-03-10..2022-10-15
source: Wikipedia (en) Abu al-Hasan al-Hashimi al-Qurashi; killed 2022-10 (announced 2022-11-30)

[person abu-al-hussein-al-husseini-al-qurashi]
name: أبو الحسين الحسيني القرشي
role: IMGMOSISI leader 2022-11-30..2023-04-29
source: Wikipedia (en) Abu al-Hussein al-Husseini al-Qurashi; killed 2023-04 (announced 2023-08-03)

[person abu-hafs-al-hashimi-al-qurashi]
name: أبو حفص الهاشمي القرشي
role: IMGMOSISI leader 2023-08-03..
source: Wikipedia (en) Abu Hafs al-Hashimi al-Qurashi (identity not public)

[person abu-muhammad-al-adnani]
name: أبو محمد العدناني | طه صبحي فلاحة
short: العدناني
role: IMGMOSISI spokesperson ..2016-08-30
source: Wikipedia (en) Abu Mohammad al-Adnani, IS spokesman; killed 2016-08-30

# =====================================================================  other armed groups

[person abdullah-ocalan]
name: عبد الله أوجلان | عبدالله أوجلان | عبد الله أوج آلان
short: أوجلان
role: TURREB leader 1978-11-27..
source: Wikipedia (en, ar) Abdullah Öcalan (imprisoned since 1999-02-15; PKK dissolved itself 2025-05); diplomacy_dev.md (PKK TURREB)

[person murat-karayilan]
name: مراد قره يلان | مراد قرايلان | مراد كارايلان
role: TURREB - ..
source: Wikipedia (en) Murat Karayılan (PKK acting leader)

[person cemil-bayik]
name: جميل بايك | جميل باييك
role: TURREB - ..
source: Wikipedia (en) Cemîl Bayık (KCK co-chair)

[person abubakar-shekau]
name: أبو بكر شيكاو | أبوبكر شيكاو
short: شيكاو
role: NGAREB leader 2009-07..2021-05-19
source: Wikipedia (en) Abubakar Shekau (Boko Haram); died 2021-05-19

[person brahim-ghali]
name: إبراهيم غالي
role: ESHREB leader 2016-07-09..
source: Wikipedia (en) Brahim Ghali (Polisario secretary-general and SADR president)

# =====================================================================  religious leaders and the Holy See

[person pope-john-paul-ii]
name: البابا يوحنا بولس الثاني | يوحنا بولس الثاني
role: VATGOV pope 1978-10-16..2005-04-02
source: Wikipedia (en) Pope John Paul II

[person pope-benedict-xvi]
name: البابا بنديكت السادس عشر | بنديكتوس السادس عشر | البابا بندكتس السادس عشر | بنديكت السادس عشر
role: VATGOV pope 2005-04-19..2013-02-28
role: VATELI - 2013-02-28..
source: Wikipedia (en) Pope Benedict XVI; died 2022-12-31

[person pope-francis]
name: البابا فرنسيس | البابا فرانسيس | البابا فرنسيس الأول
role: VATGOV pope 2013-03-13..2025-04-21
source: Wikipedia (en, ar) Pope Francis; died 2025-04-21

[person pope-leo-xiv]
name: البابا لاوون الرابع عشر | البابا ليو الرابع عشر | لاوون الرابع عشر | ليو الرابع عشر
role: VATGOV pope 2025-05-08..
source: Wikipedia (en) Pope Leo XIV

[person pope-shenouda-iii]
name: البابا شنودة الثالث | شنودة الثالث
role: EGYREL - 1971-11-14..2012-03-17
source: Wikipedia (en) Pope Shenouda III of Alexandria

[person pope-tawadros-ii]
name: البابا تواضروس الثاني | تواضروس الثاني
role: EGYREL - 2012-11-18..
source: Wikipedia (en) Pope Tawadros II of Alexandria

[person ahmed-el-tayeb]
name: أحمد الطيب | شيخ الأزهر أحمد الطيب | الدكتور أحمد الطيب
role: EGYREL - 2010-03-19..
source: Wikipedia (en) Ahmed el-Tayeb, Grand Imam of al-Azhar

# =====================================================================  Spain (diplomacy_dev.md names its PM)

[person jose-maria-aznar]
name: خوسيه ماريا أثنار | خوسيه ماريا أزنار
role: ESPGOV prime-minister 1996-05-05..2004-04-17
role: ESPELI - 2004-04-17..
source: Wikipedia (en) Prime Minister of Spain

[person jose-luis-rodriguez-zapatero]
name: خوسيه لويس رودريغيث ثاباتيرو | خوسيه لويس ثاباتيرو | ثاباتيرو | خوسيه لويس رودريغيز زاباتيرو
role: ESPGOV prime-minister 2004-04-17..2011-12-21
role: ESPELI - 2011-12-21..
source: Wikipedia (en) Prime Minister of Spain

[person mariano-rajoy]
name: ماريانو راخوي
short: راخوي
role: ESPGOV prime-minister 2011-12-21..2018-06-02
role: ESPELI - 2018-06-02..
source: Wikipedia (en) Prime Minister of Spain

[person pedro-sanchez]
name: بيدرو سانشيز | بيدرو سانتشيث | بيدرو سانشيث
role: ESPGOV prime-minister 2018-06-02..
source: Wikipedia (en) Pedro Sánchez; diplomacy_dev.md (2022)

[person kurmanbek-bakiyev]
name: كرمان بك باقييف | كورمان بيك باقييف | كورمانبيك باكييف | كرمان بيك باكييف
short: باقييف | باكييف
role: KGZGOV prime-minister 2000-12-21..2002-05-22
role: KGZOPP - 2002-05-22..2005-03-25
role: KGZGOV president 2005-03-25..2010-04-15
role: KGZELI - 2010-04-15..
source: Wikipedia (en) Kurmanbek Bakiyev: Prime Minister of Kyrgyzstan 2000–2002, opposition leader, acting president from 2005-03-25 and president until his resignation in April 2010

[person feliks-kulov]
name: فيليكس كولوف | فيليكس قولوف
role: KGZOPP - ..2005-09-01
role: KGZGOV prime-minister 2005-09-01..2007-01-29
role: KGZOPP - 2007-01-29..
source: Wikipedia (en) Feliks Kulov: opposition leader (jailed 2000–2005), Prime Minister of Kyrgyzstan 2005-09-01..2007-01-29, then in opposition

# =====================================================================  named in 2015 Saudi news (SaudiNewsNet dev)
# Office-holders that July–August 2015 Saudi articles name as subjects of political verbs or after a title
# and that the lexicon lacked (mined from saudinewsnet_dev; each checked with `tawthiq actor`).

[person mohammad-al-momani]
# «المومني» alone: the government spokesman in 2015-2018 Jordanian news (SaudiNewsNet dev: «وحمل المومني»)
name: محمد المومني | محمد حسين المومني
short: المومني
role: JORGOV - 2013-03-30..2018-06-14
role: JORELI - 2018-06-14..2024-09-18
role: JORGOV - 2024-09-18..
source: Wikipedia (ar, en), checked 2026: Mohammad al-Momani, Minister of State for Media Affairs and government spokesman 2013-2018 (Ensour and Mulki governments), Minister of Government Communication from 2024-09-18

[person hayel-daoud]
# no short: داود is a first name (and half of «داود أوغلو»)
name: هايل داود | هايل عبد الحفيظ داود
role: JORGOV - 2013-03-30..2016-06-01
role: JORELI - 2016-06-01..
source: Wikipedia (ar, en), checked 2026: Hayel Daoud, Jordan's Minister of Awqaf, Islamic Affairs and Holy Places 2013-2016

[person alexis-tsipras]
name: أليكسيس تسيبراس | ألكسيس تسيبراس | اليكسس تسيبراس | ألكسيس تسيراس | أليكسيس تسيراس
short: تسيبراس
role: GRCOPP - 2008-02-10..2015-01-26
role: GRCGOV prime-minister 2015-01-26..2015-08-27
role: GRCELI - 2015-08-27..2015-09-21
role: GRCGOV prime-minister 2015-09-21..2019-07-08
role: GRCOPP - 2019-07-08..2023-06-29
role: GRCELI - 2023-06-29..
source: Wikipedia (ar, en), checked 2026: Alexis Tsipras, SYRIZA leader from 2008, Prime Minister of Greece 2015-01-26..2015-08-27 (resigned; caretaker Thanou) and 2015-09-21..2019-07-08, opposition leader to 2023

[person yanis-varoufakis]
name: يانيس فاروفاكيس | يانيس فاروفاكس
short: فاروفاكيس
role: GRCGOV finance-minister 2015-01-27..2015-07-06
role: GRCELI - 2015-07-06..
source: Wikipedia (ar, en), checked 2026: Yanis Varoufakis, Greek Minister of Finance 2015-01-27..2015-07-06

[person euclid-tsakalotos]
name: إقليدس تساكالوتوس | يوكليد تساكالوتوس
short: تساكالوتوس
role: GRCGOV finance-minister 2015-07-06..2015-08-28
role: GRCELI - 2015-08-28..2015-09-23
role: GRCGOV finance-minister 2015-09-23..2019-07-09
role: GRCOPP - 2019-07-09..
source: Wikipedia (en), checked 2026: Euclid Tsakalotos, Greek Minister of Finance 2015-07-06..2015-08-28 and 2015-09-23..2019-07-09

[person samir-geagea]
name: سمير جعجع | الدكتور سمير جعجع
short: جعجع
role: LBNOPP - 2005-07-26..
source: Wikipedia (ar, en), checked 2026: Samir Geagea, leader of the Lebanese Forces party (LBNOPP in organisations.lex) since his release 2005-07-26; never a minister

[person salim-al-jabouri]
# no short: الجبوري is a large Iraqi tribe's name (officers, MPs)
name: سليم الجبوري | سليم عبد الله الجبوري
role: IRQLEG speaker 2014-07-15..2018-09-15
role: IRQELI - 2018-09-15..
source: Wikipedia (ar, en), checked 2026: Salim al-Jabouri, Speaker of the Council of Representatives of Iraq 2014-07-15..2018-09-15

[person mohammed-al-ghabban]
# no short: الغبان is also a police spokesman in Tabuk (SaudiNewsNet dev)
name: محمد سالم الغبان | محمد الغبان
role: IRQGOV interior-minister 2014-10-18..2016-07
role: IRQELI - 2016-07..
source: Wikipedia (ar, en), checked 2026: Mohammed Salem al-Ghabban, Iraqi Minister of Interior 2014-10-18 to his resignation in July 2016

[person osama-al-nujaifi]
# no short: his brother Atheel al-Nujaifi (governor of Nineveh to 2015) is «النجيفي» too
name: أسامة النجيفي | أسامة عبد العزيز النجيفي
role: IRQLEG speaker 2010-11-11..2014-07-15
role: IRQGOV - 2014-09-08..2015-08-11
role: IRQELI - 2015-08-11..2016-10-10
role: IRQGOV - 2016-10-10..2018-10-02
role: IRQELI - 2018-10-02..
source: Wikipedia (ar, en), checked 2026: Osama al-Nujaifi, Speaker 2010-2014, Vice-President 2014-09 until the posts were abolished 2015-08-11, reinstated by the Federal Court 2016-10 to 2018

[person masoud-barzani]
# the Kurdistan Region's president, coded IRQGOV for want of a KUR code (as the Peshmerga are IRQMIL)
name: مسعود بارزاني | مسعود البارزاني
role: IRQGOV - 2005-06-14..2017-11-01
role: IRQELI - 2017-11-01..
source: Wikipedia (ar, en), checked 2026: Masoud Barzani, President of the Kurdistan Region 2005-06-14..2017-11-01

[person hadi-al-amiri]
# no short: العامري is a common surname
name: هادي العامري
role: IRQGOV - 2010-12-21..2014-09-08
role: IRQMIL - 2014-09-08..
source: Wikipedia (ar, en), checked 2026: Hadi al-Amiri, Badr Organisation leader, Minister of Transport 2010-2014, then a commander of the Popular Mobilisation Forces (IRQMIL in organisations.lex)

[person saeb-erekat]
name: صائب عريقات
short: عريقات
role: PSEGOV - 1995..2020-11-10
source: Wikipedia (ar, en), checked 2026: Saeb Erekat, PLO chief negotiator from 1995 and Executive Committee secretary from 2015; died 2020-11-10

[person khaled-khoja]
name: خالد خوجة
role: SYROPP - 2015-01-05..
source: Wikipedia (ar, en), checked 2026: Khaled Khoja, President of the Syrian National Coalition 2015-01-05..2016-03-05, then a member

[person rafat-al-sabbagh]
# spokesman of the King Salman Centre for Relief (SAUGOV in people-saudi-2015.lex) from its start
name: رأفت الصباغ | رأفت بن عبد الله الصباغ
short: الصباغ
role: SAUGOV spokesperson 2015-05-13..
source: SaudiNewsNet dev 2015 (SPA, Okaz: «المتحدث الرسمي لمركز الملك سلمان للإغاثة والأعمال الإنسانية رأفت الصباغ»); Wikipedia (en), checked 2026: KSrelief founded 2015-05-13; end of term not known

[person john-kirby]
name: جون كيربي
short: كيربي
role: USAMIL - 2013-12..2015-05
role: USAGOV spokesperson 2015-05..2017-01-20
role: USAELI - 2017-01-20..2021-01-20
role: USAGOV - 2021-01-20..2025-01-20
role: USAELI - 2025-01-20..
source: Wikipedia (ar, en), checked 2026: John Kirby, Pentagon press secretary (rear admiral) 2013-2015, State Department spokesperson 2015-05..2017-01-20, Pentagon press secretary then NSC coordinator 2021-2025

[person elissa-slotkin]
name: أليسا سلوتكين
role: USAGOV - 2015..2017-01-20
role: USALEG - 2019-01-03..
source: Wikipedia (en), checked 2026: Elissa Slotkin, (acting) Assistant Secretary of Defense for International Security Affairs 2015-2017; Representative from 2019-01-03, Senator from 2025

[person susan-rice]
# no short: رايس is also Condoleezza Rice
name: سوزان رايس
role: USAGOV - 2009-01-22..2017-01-20
role: USAELI - 2017-01-20..2021-01-20
role: USAGOV - 2021-01-20..2023-05-26
role: USAELI - 2023-05-26..
source: Wikipedia (ar, en), checked 2026: Susan Rice, UN ambassador 2009-2013, National Security Advisor 2013-07-01..2017-01-20, Domestic Policy Council director 2021-01-20..2023-05-26

[person john-allen]
name: جون ألن | الجنرال جون ألن
role: USAMIL - 2011-07-18..2013-02-10
role: USAGOV envoy 2014-09-13..2015-11-04
role: USAELI - 2015-11-04..
source: Wikipedia (en), checked 2026: John R. Allen, ISAF commander 2011-2013, Special Presidential Envoy for the Global Coalition to Counter ISIL 2014-09-13..2015-11-04

[person jeb-bush]
# his own name, so that «جيب بوش» is not George W. Bush (short «بوش»)
name: جيب بوش | جون إليس بوش
role: USAELI - 2007-01-02..
source: Wikipedia (ar, en), checked 2026: Jeb Bush, Governor of Florida 1999-2007, candidate for the 2016 Republican nomination

[person mikhail-bogdanov]
name: ميخائيل بوغدانوف | ميخائيل بوجدانوف
short: بوغدانوف | بوجدانوف
role: RUSGOV - 2011-06-13..
source: Wikipedia (ar, en), checked 2026: Mikhail Bogdanov, Deputy Foreign Minister of Russia and the President's special envoy for the Middle East from 2011-06

[person alexander-novak]
name: ألكسندر نوفاك
short: نوفاك
role: RUSGOV - 2012-05-21..
source: Wikipedia (ar, en), checked 2026: Alexander Novak, Russian Minister of Energy 2012-05-21..2020-11-10, Deputy Prime Minister from 2020-11-10

[person tzipi-hotovely]
name: تسيبي حوطوفيلي | تسيبي هوتوفلي | تسيبي حوتوفيلي
short: حوطوفيلي | هوتوفلي
role: ISRGOV - 2015-05-14..
source: Wikipedia (ar, en), checked 2026: Tzipi Hotovely, Deputy Foreign Minister 2015-05-14..2020-05, then minister and ambassador to the UK

[person marzouq-al-ghanim]
# no short: الغانم is a large Kuwaiti family's name
name: مرزوق الغانم | مرزوق علي الغانم
role: KWTLEG speaker 2013-08-06..2022-08-02
role: KWTELI - 2022-08-02..
source: Wikipedia (ar, en), checked 2026: Marzouq al-Ghanim, Speaker of the National Assembly of Kuwait 2013-08-06 until the dissolution of 2022-08-02

[person hasabo-abdelrahman]
name: حسبو محمد عبد الرحمن | حسبو عبد الرحمن
role: SDNGOV - 2013-12-08..2018-09-09
role: SDNELI - 2018-09-09..
source: Wikipedia (en), checked 2026: Hassabo Mohamed Abdel Rahman, Second Vice President of Sudan 2013-12..2018-09

[person selahattin-demirtas]
name: صلاح الدين دميرطاش | صلاح الدين دمرداش | صلاح الدين ديمرطاش
short: دميرطاش | ديمرطاش
role: TUROPP - 2014-06-22..
source: Wikipedia (ar, en), checked 2026: Selahattin Demirtaş, co-chair of the Peoples' Democratic Party (HDP) 2014-06-22..2018-02-11, jailed from 2016-11

[person uhuru-kenyatta]
name: أوهورو كينياتا
short: كينياتا
role: KENGOV president 2013-04-09..2022-09-13
role: KENELI - 2022-09-13..
source: Wikipedia (ar, en), checked 2026: Uhuru Kenyatta, President of Kenya 2013-04-09..2022-09-13 (his father Jomo, president to 1978, is not in this lexicon)

[person muhammadu-buhari]
name: محمد بخاري | محمدو بخاري | محمد بوهاري
role: NGAGOV president 1983-12-31..1985-08-27
role: NGAELI - 1985-08-27..2015-05-29
role: NGAGOV president 2015-05-29..2023-05-29
role: NGAELI - 2023-05-29..
source: Wikipedia (ar, en), checked 2026: Muhammadu Buhari, military head of state 1983-1985, President of Nigeria 2015-05-29..2023-05-29; died 2025

[person idriss-deby]
name: إدريس ديبي | إدريس ديبي إتنو | إدريس ديبي إنتو
role: TCDGOV president 1990-12-02..2021-04-20
source: Wikipedia (ar, en), checked 2026: Idriss Déby, President of Chad 1990-12-02 until his death 2021-04-20

[person vesna-pusic]
name: فيسنا بوسيتش
role: HRVGOV foreign-minister 2011-12-23..2016-01-22
role: HRVELI - 2016-01-22..
source: Wikipedia (en), checked 2026: Vesna Pusić, Croatian Minister of Foreign and European Affairs 2011-12-23..2016-01-22

[person bernardino-leon]
name: برناردينو ليون
role: IGOUNO envoy 2014-09-01..2015-11-17
role: IGOUNO - 2015-11-17..
source: Wikipedia (en), checked 2026: Bernardino León, UN Special Representative for Libya (UNSMIL) 2014-09..2015-11-17

[person wolfgang-schauble]
name: فولفغانغ شويبله | وولفجانج شويبله | فولفجانج شويبله | فولفغانغ شويبلي | فولفغانغ شوبله
short: شويبله | شوبله
role: DEUGOV interior-minister 2005-11-22..2009-10-28
role: DEUGOV finance-minister 2009-10-28..2017-10-24
role: DEULEG speaker 2017-10-24..2021-10-26
role: DEULEG - 2021-10-26..2023-12-26
source: Wikipedia (ar, en), checked 2026: Wolfgang Schäuble, German Minister of the Interior 2005-2009, of Finance 2009-10-28..2017-10-24, President of the Bundestag 2017-2021; died 2023-12-26

[person didier-reynders]
name: ديدييه رينديرز | ديدييه ريندرز
short: رينديرز
role: BELGOV foreign-minister 2011-12-06..2019-11-30
role: IGOEUR - 2019-12-01..2024-12-01
source: Wikipedia (en), checked 2026: Didier Reynders, Belgian Minister of Foreign Affairs 2011-12-06..2019-11-30, European Commissioner for Justice 2019-2024

[person jose-manuel-garcia-margallo]
name: خوسيه مانويل غارسيا مارغالو | خوسية مانويل جارسيا مارغالو | خوسيه مانويل جارسيا مارجالو | غارسيا مارغالو
short: مارغالو | مارجالو
role: ESPGOV foreign-minister 2011-12-22..2016-11-04
role: ESPELI - 2016-11-04..
source: Wikipedia (en), checked 2026: José Manuel García-Margallo, Spanish Minister of Foreign Affairs 2011-12-22..2016-11-04

[person anton-siluanov]
name: أنطون سيلوانوف
short: سيلوانوف
role: RUSGOV finance-minister 2011-09-26..
source: Wikipedia (ar, en), checked 2026: Anton Siluanov, Russian Minister of Finance from 2011-09-26

[person moshe-kahlon]
name: موشيه كحلون | موشي كحلون
short: كحلون
role: ISRGOV finance-minister 2015-05-14..2020-05-17
role: ISRELI - 2020-05-17..
source: Wikipedia (ar, en), checked 2026: Moshe Kahlon, Israeli Minister of Finance 2015-05-14..2020-05-17

[person valdis-dombrovskis]
name: فالديس دومبروفسكيس
short: دومبروفسكيس
role: LVAGOV prime-minister 2009-03-12..2014-01-22
role: IGOEUR - 2014-11-01..
source: Wikipedia (en), checked 2026: Valdis Dombrovskis, Prime Minister of Latvia 2009-2014, Vice-President of the European Commission from 2014-11-01

[person johanna-mikl-leitner]
name: يوهانا ميكل لايتنر | يوهانا ميكل - لايتنر | يوهانا ميكل-لايتنر
role: AUTGOV interior-minister 2011-04-21..2016-04-25
role: AUTELI - 2016-04-25..
source: Wikipedia (en), checked 2026: Johanna Mikl-Leitner, Austrian Minister of the Interior 2011-04-21..2016-04-25 (governor of Lower Austria from 2017)

[person chuck-schumer]
name: تشاك شومر | تشارلز شومر
short: شومر
role: USALEG - 1981-01-03..
source: Wikipedia (ar, en), checked 2026: Chuck Schumer, Representative 1981-1999, Senator for New York from 1999-01-03 (Democratic leader from 2017)

[person michael-froman]
name: مايكل فرومان
short: فرومان
role: USAGOV - 2013-06-21..2017-01-20
role: USAELI - 2017-01-20..
source: Wikipedia (en), checked 2026: Michael Froman, United States Trade Representative 2013-06-21..2017-01-20

[person nabil-abu-rudeineh]
name: نبيل أبو ردينة
short: أبو ردينة
role: PSEGOV spokesperson 1994..
source: Wikipedia (ar, en), checked 2026: Nabil Abu Rudeineh, spokesman of the Palestinian presidency (Arafat, then Abbas), also deputy prime minister and information minister from 2019

[person najem-gharsalli]
name: ناجم الغرسلي
short: الغرسلي
role: TUNGOV interior-minister 2015-02-06..2016-01-06
role: TUNELI - 2016-01-06..
source: Wikipedia (ar, en), checked 2026: Najem Gharsalli, Tunisian Minister of the Interior in the Essid government 2015-02-06..2016-01-06

