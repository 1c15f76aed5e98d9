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
role: SYRGOV commander-in-chief 2000-06-11..2024-12-08
role: SYRGOV president 2000-07-17..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en, ar) President of Syria; fled to Moscow 2024-12-08

[person abdul-halim-khaddam]
name: عبد الحليم خدام
role: SYRGOV vice-president 1984-03..2005-06
role: SYRGOV president 2000-06-10..2000-07-17
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
role: SYRGOV vice-president 2006-03-23..2024-12-08
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
role: SYRGOV minister 2025-03-29..
source: Wikipedia (en) Mohammed al-Bashir: Salvation Government (Idlib) 2024-01; caretaker PM; energy minister 2025-03-29

[person walid-al-muallem]
name: وليد المعلم
short: المعلم
role: SYRGOV ambassador 1990..2000
role: SYRGOV foreign-minister 2006-02-11..2020-11-16
source: Wikipedia (en) Walid Muallem: ambassador to the US 1990-1999, deputy FM 2000-2006; died 2020-11-16

[person faisal-mekdad]
name: فيصل المقداد
short: المقداد
role: SYRGOV ambassador 1995..2006
role: SYRGOV foreign-minister 2020-11-22..2024-09-23
role: SYRGOV vice-president 2024-09-23..2024-12-08
role: SYRELI - 2024-12-08..
source: Wikipedia (en) Faisal Mekdad: UN ambassador 1995/2003-2006, deputy FM 2006-2020; vice-president from 2024-09 (day approximate)

[person bassam-sabbagh]
name: بسام صباغ | بسام الصباغ
role: SYRGOV ambassador 2020..2024-09-23
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
role: LBNGOV ambassador 2007-07..2017-12
role: IGOUNOICJ - 2018-02-06..2025-01-14
role: LBNGOV prime-minister 2025-01-14..
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
role: LBNGOV minister 2008-07..2014-02-15
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
name: إلياس المر | الياس المر
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
role: PSEGOV minister 2007..2025-04-26
role: PSEGOV vice-president 2025-04-26..
source: Wikipedia (en) Hussein al-Sheikh: civil affairs minister, PLO secretary-general 2022; vice-president of the PLO / State of Palestine from 2025-04-26

[person nabil-shaath]
name: نبيل شعث
role: PSEGOV foreign-minister 2003-04-30..2005-02-24
role: PSEGOV - 2005-02-24..2006-03-29
source: Wikipedia (en) Nabil Shaath (then deputy PM / information minister)

[person nasser-al-qudwa]
name: ناصر القدوة
role: PSEGOV ambassador 1991..2005-02-24
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
role: ISRGOV minister 2005-11..2011-01
role: ISRELI - 2011-01..2021-07-07
role: ISRGOV president 2021-07-07..
source: Wikipedia (en) Isaac Herzog (minister, Labor leader and opposition leader, Jewish Agency chair)

[person ehud-barak]
# no short: باراك is also Barack Obama's first name
name: إيهود باراك | ايهود باراك
role: ISRGOV prime-minister 1999-07-06..2001-03-07
role: ISRELI - 2001-03-07..2007-06-18
role: ISRGOV defence-minister 2007-06-18..2013-03-18
role: ISRELI - 2013-03-18..
source: Wikipedia (en) Ehud Barak

[person ariel-sharon]
name: أرييل شارون | آرييل شارون | أريئيل شارون
short: شارون
role: ISRGOV prime-minister 2001-03-07..2006-04-14
source: Wikipedia (en) Ariel Sharon: incapacitated 2006-01-04 (Olmert acting), office ended 2006-04-14; died 2014

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
role: ISRGOV minister 2013-03-18..2014-12-02
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
role: ISRGOV minister 2009-03-31..2019-02-17
role: ISRGOV foreign-minister 2019-02-17..2020-05-17
role: ISRGOV finance-minister 2020-05-17..2021-06-13
role: ISRELI - 2021-06-13..2022-12-29
role: ISRGOV minister 2022-12-29..2024-01-01
role: ISRGOV foreign-minister 2024-01-01..2024-11-07
role: ISRGOV defence-minister 2024-11-07..
source: Wikipedia (en) Israel Katz (transport minister 2009-2019; energy 2023)

[person gabi-ashkenazi]
name: غابي أشكنازي | غابي اشكنازي
role: ISRMIL army-chief 2007-02-14..2011-02-14
role: ISRELI - 2011-02-14..2020-05-17
role: ISRGOV foreign-minister 2020-05-17..2021-06-13
role: ISRELI - 2021-06-13..
source: Wikipedia (en) Gabi Ashkenazi

[person eli-cohen-politician]
name: إيلي كوهين
role: ISRGOV foreign-minister 2022-12-29..2024-01-01
role: ISRGOV minister 2024-01-01..
source: Wikipedia (en) Eli Cohen (politician), FM in the rotation with Israel Katz; then energy minister

[person gideon-saar]
name: جدعون ساعر | غدعون ساعر
short: ساعر
role: ISRGOV minister 2021-06-13..2022-12-29
role: ISRGOV foreign-minister 2024-11-07..
source: Wikipedia (en) Gideon Sa'ar (justice minister 2021-2022)

[person binyamin-ben-eliezer]
name: بنيامين بن إليعازر | بنيامين بن اليعازر
role: ISRGOV defence-minister 2001-03-07..2002-11-02
source: Wikipedia (en) Defense Minister of Israel; died 2016

[person shaul-mofaz]
name: شاؤول موفاز
short: موفاز
role: ISRMIL army-chief 1998-07-09..2002-07-09
role: ISRGOV defence-minister 2002-11-04..2006-05-04
role: ISRGOV minister 2006-05-04..2009-03-31
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
role: ISRGOV minister 2023-10-11..2024-06-09
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
name: غادي آيزنكوت | غادي أيزنكوت
role: ISRMIL army-chief 2015-02-16..2019-01-15
role: ISRGOV minister 2023-10-11..2024-06-09
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
name: إيال زامير | أيال زامير
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
name: إيتمار بن غفير | ايتمار بن غفير
short: بن غفير
role: ISRGOV minister 2022-12-29..2025-01-19
role: ISRELI - 2025-01-19..2025-03-19
role: ISRGOV minister 2025-03-19..
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
role: EGYGOV defence-minister 1991-05-20..2012-08-12
role: EGYGOV council-chairman 2011-02-11..2012-06-30
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
role: EGYSPY intelligence-chief 2010-01..2012-08-12
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
role: EGYGOV minister 2002-09..2011-01-29
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
role: EGYGOV prime-minister 2014-03-01..2015-09-19
role: EGYGOV - 2015-09-19..
source: Wikipedia (en) Prime Minister of Egypt (then presidential assistant)

[person sherif-ismail]
name: شريف إسماعيل
role: EGYGOV prime-minister 2015-09-19..2018-06-07
role: EGYGOV - 2018-06-07..
source: Wikipedia (en) Prime Minister of Egypt (then presidential assistant)

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
role: EGYGOV ambassador 2008..2012
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
name: محمد زكي | محمد أحمد زكي | الفريق أول محمد زكي
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
name: محمد فريد حجازي | محمد فريد
role: EGYMIL army-chief 2017-10-28..2021-10-27
role: EGYGOV - 2021-10-27..
source: Wikipedia (en) Mohamed Farid Hegazy

[person osama-askar]
name: أسامة عسكر | أسامة رشدي عسكر
role: EGYMIL army-chief 2021-10-27..2024-07-03
role: EGYGOV - 2024-07-03..
source: Wikipedia (en) Chief of Staff of the Egyptian Armed Forces

[person ahmed-khalifa]
name: أحمد خليفة | أحمد فتحي خليفة
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
role: SDNGOV defence-minister 2015-06..2019-04-11
role: SDNGOV vice-president 2019-02-23..2019-04-11
role: SDNGOV council-chairman 2019-04-11..2019-04-12
role: SDNELI - 2019-04-12..
source: Wikipedia (en) Ahmed Awad Ibn Auf

[person abdel-fattah-al-burhan]
# no short: البرهان is also the word "proof"
name: عبد الفتاح البرهان | عبدالفتاح البرهان | عبد الفتاح عبد الرحمن البرهان | الفريق أول عبد الفتاح البرهان
role: SDNMIL army-chief 2019-02-26..2019-04-12
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
role: SDNGOV vice-president 2013-12-08..2019-02-23
role: SDNGOV prime-minister 2017-03-02..2018-09-09
role: SDNELI - 2019-02-23..
source: Wikipedia (en) Bakri Hassan Saleh (first vice-president)

[person motazz-moussa]
name: معتز موسى
role: SDNGOV prime-minister 2018-09-10..2019-02-23
source: Wikipedia (en) Prime Minister of Sudan

[person mohamed-tahir-ayala]
name: محمد طاهر إيلا | محمد طاهر أيلا
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
role: SDNGOV vice-president 1998-02..2013-12-08
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
role: LBYGOV minister 2007-01..2011-02-21
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
role: LBYGOV prime-minister 2014-03-11..2021-03-15
source: Wikipedia (en) Abdullah al-Thani (eastern interim government from 2014-08)

[person fayez-al-sarraj]
name: فايز السراج | فائز السراج
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
role: LBYGOV interior-minister 2018-10-07..2021-03-15
role: LBYGOV prime-minister 2022-03-03..2023-05-16
role: LBYELI - 2023-05-16..
source: Wikipedia (en) Fathi Bashagha (HoR-appointed rival PM 2022-2023)

[person osama-hammad]
name: أسامة حماد
role: LBYGOV prime-minister 2023-05-16..
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
role: LBYGOV ambassador 2009-03-04..2011-02-25
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
name: الباجي قائد السبسي | الباجي قايد السبسي | محمد الباجي قائد السبسي
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
name: قيس سعيد | قيس سعيّد
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
role: DZAGOV minister 2012-09..2017-05-25
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
name: أحمد قايد صالح | أحمد قائد صالح | الفريق أحمد قايد صالح
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
role: MARGOV minister 2007-10-15..2021-10-07
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
name: المختار ولد اجاي | المختار ولد أجاي
role: MRTGOV prime-minister 2024-08-02..
source: Wikipedia (en) Prime Minister of Mauritania

# =====================================================================  Saudi Arabia
# «خادم الحرمين الشريفين» is the reigning king's style: short form of Fahd, Abdullah and Salman,
# separated by their reign dates.

[person king-fahd]
name: فهد بن عبد العزيز | الملك فهد بن عبد العزيز | الملك فهد | فهد بن عبد العزيز آل سعود
short: خادم الحرمين الشريفين
role: SAUGOV king 1982-06-13..2005-08-01
source: Wikipedia (en, ar) King Fahd; died 2005-08-01

[person king-abdullah-of-saudi-arabia]
name: عبد الله بن عبد العزيز | الملك عبد الله بن عبد العزيز | عبد الله بن عبد العزيز آل سعود | الأمير عبد الله بن عبد العزيز
short: خادم الحرمين الشريفين
role: SAUGOV crown-prince 1982-06-13..2005-08-01
role: SAUGOV king 2005-08-01..2015-01-23
source: Wikipedia (en, ar) King Abdullah; died 2015-01-23

[person sultan-bin-abdulaziz]
name: سلطان بن عبد العزيز | الأمير سلطان بن عبد العزيز
role: SAUGOV defence-minister 1962-10..2011-10-22
role: SAUGOV crown-prince 2005-08-01..2011-10-22
source: Wikipedia (en) Sultan bin Abdulaziz; died 2011-10-22

[person nayef-bin-abdulaziz]
name: نايف بن عبد العزيز | الأمير نايف بن عبد العزيز
role: SAUGOV interior-minister 1975-10..2012-06-16
role: SAUGOV crown-prince 2011-10-27..2012-06-16
source: Wikipedia (en) Nayef bin Abdulaziz; died 2012-06-16

[person king-salman]
name: سلمان بن عبد العزيز | الملك سلمان بن عبد العزيز | الملك سلمان | سلمان بن عبد العزيز آل سعود | الأمير سلمان بن عبد العزيز
short: خادم الحرمين الشريفين
role: SAUGOV - 1963-02..2011-11-05
role: SAUGOV defence-minister 2011-11-05..2015-01-23
role: SAUGOV crown-prince 2012-06-18..2015-01-23
role: SAUGOV king 2015-01-23..
source: Wikipedia (en, ar) King Salman (governor of Riyadh 1963-2011)

[person muqrin-bin-abdulaziz]
name: مقرن بن عبد العزيز | الأمير مقرن بن عبد العزيز
role: SAUSPY intelligence-chief 2005-10..2012-07-19
role: SAUGOV deputy-crown-prince 2014-03-27..2015-01-23
role: SAUGOV crown-prince 2015-01-23..2015-04-29
role: SAUELI - 2015-04-29..
source: Wikipedia (en) Muqrin bin Abdulaziz

[person muhammad-bin-nayef]
name: محمد بن نايف | الأمير محمد بن نايف | محمد بن نايف بن عبد العزيز
role: SAUGOV interior-minister 2012-11-05..2017-06-21
role: SAUGOV deputy-crown-prince 2015-01-23..2015-04-29
role: SAUGOV crown-prince 2015-04-29..2017-06-21
role: SAUELI - 2017-06-21..
source: Wikipedia (en) Muhammad bin Nayef (removed 2017-06-21, detained 2020)

[person mohammed-bin-salman]
name: محمد بن سلمان | الأمير محمد بن سلمان | محمد بن سلمان بن عبد العزيز | محمد بن سلمان آل سعود
role: SAUGOV defence-minister 2015-01-23..2022-09-27
role: SAUGOV deputy-crown-prince 2015-04-29..2017-06-21
role: SAUGOV crown-prince 2017-06-21..
role: SAUGOV prime-minister 2022-09-27..
source: Wikipedia (en, ar) Mohammed bin Salman; diplomacy_dev.md (ولي العهد السعودي → SAUGOV)

[person saud-al-faisal]
name: سعود الفيصل | الأمير سعود الفيصل | سعود الفيصل بن عبد العزيز
role: SAUGOV foreign-minister 1975-10-13..2015-04-29
source: Wikipedia (en) Saud bin Faisal; died 2015-07-09

[person adel-al-jubeir]
name: عادل الجبير | عادل بن أحمد الجبير
short: الجبير
role: SAUGOV ambassador 2007-02..2015-04-29
role: SAUGOV foreign-minister 2015-04-29..2018-12-27
role: SAUGOV minister 2018-12-27..
source: Wikipedia (en) Adel al-Jubeir (ambassador to the US; then minister of state for foreign affairs)

[person ibrahim-al-assaf]
name: إبراهيم العساف | إبراهيم بن عبد العزيز العساف
role: SAUGOV finance-minister 1996-01..2016-11
role: SAUGOV foreign-minister 2018-12-27..2019-10-23
source: Wikipedia (en) Ibrahim Abdulaziz Al-Assaf

[person faisal-bin-farhan]
name: فيصل بن فرحان | الأمير فيصل بن فرحان | فيصل بن فرحان آل سعود | فيصل بن فرحان بن عبد الله
role: SAUGOV ambassador 2019-02..2019-10-23
role: SAUGOV foreign-minister 2019-10-23..
source: Wikipedia (en) Faisal bin Farhan Al Saud (ambassador to Germany 2019)

[person khalid-bin-salman]
name: خالد بن سلمان | الأمير خالد بن سلمان | خالد بن سلمان بن عبد العزيز
role: SAUGOV ambassador 2017-04..2019-02-23
role: SAUGOV - 2019-02-23..2022-09-27
role: SAUGOV defence-minister 2022-09-27..
source: Wikipedia (en) Khalid bin Salman (ambassador to the US, deputy defence minister)

[person turki-al-faisal]
name: تركي الفيصل | الأمير تركي الفيصل | تركي الفيصل بن عبد العزيز
role: SAUSPY intelligence-chief 1977..2001-08-31
role: SAUGOV ambassador 2002-10..2006-12
role: SAUELI - 2006-12..
source: Wikipedia (en) Turki bin Faisal Al Saud (ambassador to the UK, then the US)

[person bandar-bin-sultan]
name: بندر بن سلطان | الأمير بندر بن سلطان
role: SAUGOV ambassador 1983-10..2005-09-08
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
role: AREGOV defence-minister 1971-12-09..2024-07-14
role: AREGOV vice-president 2006-01-05..
role: AREGOV prime-minister 2006-01-05..
source: Wikipedia (en, ar) Mohammed bin Rashid Al Maktoum (ruler of Dubai); defence portfolio passed to Hamdan bin Mohammed 2024-07

[person hamdan-bin-mohammed]
name: حمدان بن محمد بن راشد آل مكتوم | حمدان بن محمد | الشيخ حمدان بن محمد
role: AREGOV crown-prince 2008-02-01..
role: AREGOV defence-minister 2024-07-14..
source: Wikipedia (en) Hamdan bin Mohammed Al Maktoum (crown prince of Dubai; deputy PM and defence minister)

[person mansour-bin-zayed]
name: منصور بن زايد آل نهيان | منصور بن زايد | الشيخ منصور بن زايد
role: AREGOV - 2009-05-11..2023-03-29
role: AREGOV vice-president 2023-03-29..
source: Wikipedia (en) Mansour bin Zayed Al Nahyan (deputy PM from 2009)

[person abdullah-bin-zayed]
name: عبد الله بن زايد آل نهيان | عبدالله بن زايد | الشيخ عبد الله بن زايد
role: AREGOV minister 1997-03..2006-02-09
role: AREGOV foreign-minister 2006-02-09..
source: Wikipedia (en, ar) Abdullah bin Zayed Al Nahyan (information minister 1997-2006)

[person rashid-abdullah-al-nuaimi]
name: راشد عبد الله النعيمي
role: AREGOV foreign-minister 1980..2006-02-09
source: Wikipedia (en) Rashid Abdullah Al Nuaimi

[person anwar-gargash]
name: أنور قرقاش | أنور محمد قرقاش
short: قرقاش
role: AREGOV minister 2008-02..2021-02
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
role: QATGOV foreign-minister 1992-09-01..2013-06-26
role: QATGOV prime-minister 2007-04-03..2013-06-26
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
role: QATGOV foreign-minister 2016-01-27..
role: QATGOV prime-minister 2023-03-07..
source: Wikipedia (en, ar) Mohammed bin Abdulrahman Al Thani

[person khalid-al-attiyah]
name: خالد العطية | خالد بن محمد العطية
role: QATGOV foreign-minister 2013-06-26..2016-01-27
role: QATGOV defence-minister 2016-01-27..2024-03-05
source: Wikipedia (en) Khalid bin Mohammad Al Attiyah (minister of state for defence affairs; deputy PM)

[person saoud-bin-abdulrahman-al-thani]
name: سعود بن عبد الرحمن بن حسن آل ثاني | سعود بن عبد الرحمن آل ثاني
role: QATGOV defence-minister 2024-03-05..
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
short: السلطان قابوس
role: OMNGOV sultan 1970-07-23..2020-01-10
source: Wikipedia (en, ar) Qaboos bin Said; died 2020-01-10

[person haitham-bin-tariq]
name: هيثم بن طارق | السلطان هيثم بن طارق | هيثم بن طارق آل سعيد
role: OMNGOV minister 2002..2020-01-11
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
role: OMNGOV defence-minister 2020-08-18..
source: Wikipedia (en) Shihab bin Tariq (deputy PM for defence affairs)

[person badr-bin-saud-al-busaidi]
name: بدر بن سعود البوسعيدي | بدر بن سعود بن حارب البوسعيدي
role: OMNGOV defence-minister ..2020-08-18
source: Wikipedia (en) Badr bin Saud Al Busaidi, minister responsible for defence affairs (start not certain)

# =====================================================================  Yemen

[person ali-abdullah-saleh]
# no short: صالح is a common name and the word "good" (لصالح "in favour of")
name: علي عبد الله صالح | علي عبدالله صالح
role: YEMGOV president 1978-07-17..2012-02-27
role: YEMELI - 2012-02-27..
source: Wikipedia (en, ar) Ali Abdullah Saleh (North Yemen from 1978, unified Yemen 1990-05-22); allied with the Houthis 2014-2017, killed by them 2017-12-04

[person abdrabbuh-mansur-hadi]
# no short: هادي is also the adjective "calm" (هادئ after hamza normalisation)
name: عبد ربه منصور هادي | عبدربه منصور هادي
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
role: YEMGOV ambassador 2015..2020-12-18
role: YEMGOV foreign-minister 2020-12-18..2024-02-05
role: YEMGOV prime-minister 2024-02-05..2025-05-03
role: YEMELI - 2025-05-03..
source: Wikipedia (en) Ahmed Awad bin Mubarak (ambassador to the US and UN)

[person salem-bin-breik]
name: سالم بن بريك | سالم صالح بن بريك
role: YEMGOV prime-minister 2025-05-06..
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
role: YEMREB leader 2004-09..
source: Wikipedia (en, ar) Abdul-Malik al-Houthi; diplomacy_dev.md (Houthis YEMREB)

[person saleh-al-sammad]
name: صالح الصماد | صالح علي الصماد
role: YEMREB council-chairman 2016-08-15..2018-04-19
source: Wikipedia (en) Saleh Ali al-Sammad (Houthi Supreme Political Council); killed 2018-04-19

[person mahdi-al-mashat]
name: مهدي المشاط | مهدي محمد المشاط
short: المشاط
role: YEMREB council-chairman 2018-04-25..
source: Wikipedia (en) Mahdi al-Mashat (Houthi Supreme Political Council; coded REB per diplomacy_dev.md)

[person mohammed-abdulsalam]
name: محمد عبد السلام | محمد عبدالسلام فليته
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
short: الدوري
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
role: IRQGOV minister 2001-04..2003-04-09
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
role: IRQGOV minister 2003-09..2010-12
role: IRQGOV president 2022-10-13..
source: Wikipedia (en) Abdul Latif Rashid (water resources minister); open end: the post-2025-election president not known to me

[person ayad-allawi]
name: إياد علاوي
short: علاوي
role: IRQGOV prime-minister 2004-06-28..2005-05-03
role: IRQELI - 2005-05-03..2014-09-08
role: IRQGOV vice-president 2014-09-08..2015-08-11
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
role: IRQGOV vice-president 2005-04-07..2011-07
role: IRQGOV minister 2014-09-08..2016-03
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
role: IRQGOV minister 2010-12..2018-10
role: IRQGOV prime-minister 2022-10-27..
source: Wikipedia (en, ar) Mohammed Shia al-Sudani; open end: the post-2025-election PM not known to me

[person hoshyar-zebari]
name: هوشيار زيباري
short: زيباري
role: IRQGOV foreign-minister 2003-09-03..2014-07-11
role: IRQGOV finance-minister 2014-09-08..2016-09-21
role: IRQELI - 2016-09-21..
source: Wikipedia (en) Hoshyar Zebari

[person mohamed-ali-alhakim]
name: محمد علي الحكيم
role: IRQGOV ambassador 2010..2018-10-25
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
