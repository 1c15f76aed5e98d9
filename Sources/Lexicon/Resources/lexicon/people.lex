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
