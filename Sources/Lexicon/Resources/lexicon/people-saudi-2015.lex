[org SAUGOV]
# regional governors and their deputies (the thirteen regions), as «أمير منطقة …» and short «أمير …»
name: أمير منطقة الرياض | أمير منطقة مكة المكرمة | أمير منطقة المدينة المنورة | أمير منطقة القصيم | أمير المنطقة الشرقية | أمير منطقة عسير | أمير منطقة تبوك | أمير منطقة حائل | أمير منطقة الحدود الشمالية | أمير منطقة جازان | أمير منطقة جيزان | أمير منطقة نجران | أمير منطقة الباحة | أمير منطقة الجوف
name: نائب أمير منطقة الرياض | نائب أمير منطقة مكة المكرمة | نائب أمير منطقة المدينة المنورة | نائب أمير منطقة القصيم | نائب أمير المنطقة الشرقية | نائب أمير منطقة عسير | نائب أمير منطقة تبوك | نائب أمير منطقة حائل | نائب أمير منطقة الحدود الشمالية | نائب أمير منطقة جازان | نائب أمير منطقة نجران | نائب أمير منطقة الباحة | نائب أمير منطقة الجوف
name: أمير الرياض | أمير مكة | أمير مكة المكرمة | أمير المدينة المنورة | أمير القصيم | أمير الشرقية | أمير عسير | أمير تبوك | أمير حائل | أمير الحدود الشمالية | أمير جازان | أمير نجران | أمير الباحة
name: إمارة منطقة الرياض | إمارة منطقة مكة المكرمة | إمارة منطقة المدينة المنورة | إمارة منطقة القصيم | إمارة المنطقة الشرقية | إمارة منطقة عسير | إمارة منطقة تبوك | إمارة منطقة حائل | إمارة منطقة الحدود الشمالية | إمارة منطقة جازان | إمارة منطقة نجران | إمارة منطقة الباحة | إمارة منطقة الجوف
# governors of the large governorates and the regional municipalities (أمانة / أمين)
name: محافظ جدة | محافظ الطائف | محافظ الأحساء | محافظ القطيف | محافظ ينبع | محافظ الخرج | محافظ حفر الباطن | محافظ الجبيل | محافظ خميس مشيط | محافظ بيشة | محافظ القنفذة | محافظ شرورة | محافظ العلا | محافظ الدرعية
name: أمين منطقة الرياض | أمين منطقة عسير | أمين عسير | أمين جدة | أمين محافظة جدة | أمين العاصمة المقدسة | أمين المنطقة الشرقية | أمين منطقة المدينة المنورة | أمين منطقة القصيم | أمين منطقة تبوك | أمين منطقة حائل | أمين منطقة جازان | أمين منطقة نجران | أمانة منطقة الرياض | أمانة منطقة عسير | أمانة جدة | أمانة العاصمة المقدسة | أمانة المنطقة الشرقية
# Saudi-only offices and the royal court
name: الديوان الملكي | الديوان الملكي السعودي | نائب خادم الحرمين الشريفين | نائب الملك | النائب الثاني لرئيس مجلس الوزراء | مجلس الشؤون السياسية والأمنية | مجلس الشؤون الاقتصادية والتنمية | مستشار خادم الحرمين الشريفين | سفير خادم الحرمين الشريفين | سفارة خادم الحرمين الشريفين
name: ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية | ولي ولي العهد النائب الثاني لرئيس مجلس الوزراء وزير الدفاع | ولي ولي العهد وزير الدفاع
# state relief bodies (snn_gold_dev codes their aid SAUGOV)
name: مركز الملك سلمان للإغاثة والأعمال الإنسانية | مركز الملك سلمان للإغاثة | مركز الملك سلمان لإغاثة الشعب اليمني | مركز الملك سلمان للأعمال الإغاثية | الحملة الوطنية السعودية لنصرة الأشقاء في سوريا | الحملة الوطنية السعودية
country: SAU
source: snn_gold_dev.md (regional governors, royal office-holders and the royal court → SAUGOV; «سفارة خادم الحرمين الشريفين» SAUGOV in snn-dev3-0290); Wikipedia (en, ar) Regions of Saudi Arabia; Arabic press usage 2015 (SaudiNewsNet). «الديوان الملكي» alone is also Jordan's, Oman's and Bahrain's: in this press it is the Saudi one; so is «نائب الملك», the crown prince deputising for the King abroad (August 2015: «نائب الملك يتلقى التعازي من ملك المغرب»), not a member of parliament

[org SAUJUD]
# stop 23: the Specialized Criminal Court (terrorism cases) and the Saudi Board of Grievances; a bare
# «المحكمة» stays the role alone (courts of many states are in this press).
name: المحكمة الجزائية المتخصصة | المحكمة الجزائية المتخصصة بالرياض | المحكمة الجزائية المتخصصة في الرياض | ديوان المظالم | المجلس الأعلى للقضاء السعودي | النيابة العامة السعودية | هيئة التحقيق والادعاء العام
country: SAU
source: Wikipedia (ar, en) Specialized Criminal Court; Board of Grievances; Bureau of Investigation and Public Prosecution (2015 name); snn_gold_dev «أصدرت المحكمة الجزائية المتخصصة … حكماً» SAUJUD

[org SAUREL]
name: هيئة كبار العلماء | مفتي عام المملكة | المفتي العام للمملكة | المفتي العام للمملكة العربية السعودية | الرئاسة العامة لهيئة الأمر بالمعروف والنهي عن المنكر | هيئة الأمر بالمعروف والنهي عن المنكر
country: SAU
source: CAMEO REL role; Arabic press usage (Council of Senior Scholars, Grand Mufti, the religious police)

# =====================================================================  the royal family (extends people.lex)



[person mutaib-bin-abdullah]
name: متعب بن عبد الله | الأمير متعب بن عبد الله | متعب بن عبد الله بن عبد العزيز
role: SAUGOV - 2013-05-27..2017-11-04
role: SAUELI - 2017-11-04..
source: Wikipedia (en) Mutaib bin Abdullah, Minister of the National Guard 2013-05-27 to 2017-11-04

[person khalid-al-faisal]
name: خالد الفيصل | الأمير خالد الفيصل | خالد الفيصل بن عبد العزيز | خالد بن فيصل بن عبد العزيز
role: SAUGOV - 1971..
source: Wikipedia (en) Khalid bin Faisal Al Saud: governor of Asir 1971-2007, of Makkah 2007-2013 and from 2015-01-29, education minister 2013-2015 (all SAUGOV; one open role)

[person faisal-bin-bandar]
name: فيصل بن بندر | الأمير فيصل بن بندر | فيصل بن بندر بن عبد العزيز
role: SAUGOV - 1992..
source: Wikipedia (en) Faisal bin Bandar Al Saud: governor of Qassim 1992-2015, of Riyadh from 2015-01-29 (start of the Qassim term from memory)

[person faisal-bin-khalid-bin-abdulaziz]
name: فيصل بن خالد بن عبد العزيز | الأمير فيصل بن خالد بن عبد العزيز | فيصل بن خالد ابن عبد العزيز
role: SAUGOV - 2007-05..
source: Wikipedia (en) Faisal bin Khalid bin Abdulaziz: governor of Asir 2007-2018, then of the Northern Borders (dates from memory; SAUGOV throughout)

[person saud-bin-nayef]
name: سعود بن نايف | الأمير سعود بن نايف | سعود بن نايف بن عبد العزيز
role: SAUGOV - 2013-01-14..
source: Wikipedia (en) Saud bin Nayef, governor of the Eastern Province from 2013-01-14 (ambassador to Spain before)

[person faisal-bin-salman]
name: فيصل بن سلمان | الأمير فيصل بن سلمان | فيصل بن سلمان بن عبد العزيز
role: SAUGOV - 2013-01-14..
source: Wikipedia (en) Faisal bin Salman Al Saud, governor of Madinah from 2013-01-14

[person sultan-bin-salman]
name: سلطان بن سلمان | الأمير سلطان بن سلمان | سلطان بن سلمان بن عبد العزيز
role: SAUGOV - 2000..2018-12-27
source: Wikipedia (en) Sultan bin Salman, head of the Saudi Commission for Tourism and National Heritage (2000-2018; end from memory)

[person fahd-bin-sultan]
name: فهد بن سلطان | الأمير فهد بن سلطان | فهد بن سلطان بن عبد العزيز
role: SAUGOV - 1987..
source: Wikipedia (en) Fahd bin Sultan, governor of Tabuk from 1987

[person mohammed-bin-nasser]
name: محمد بن ناصر | الأمير محمد بن ناصر | محمد بن ناصر بن عبد العزيز
role: SAUGOV - 2001..
source: Wikipedia (en) Muhammad bin Nasser, governor of Jizan from 2001

[person saud-bin-abdulmohsen]
name: سعود بن عبد المحسن | الأمير سعود بن عبد المحسن | سعود بن عبد المحسن بن عبد العزيز
role: SAUGOV - 1999..2017
source: Wikipedia (en) Saud bin Abdul Muhsin, governor of Hail 1999-2017 (end from memory)

[person mishari-bin-saud]
name: مشاري بن سعود | الأمير مشاري بن سعود | مشاري بن سعود بن عبد العزيز
role: SAUGOV - 2010..2017
source: Wikipedia (en) Mishaal/Mishari bin Saud, governor of Al Bahah 2010-2017 (dates from memory)

[person jalawi-bin-abdulaziz]
name: جلوي بن عبد العزيز بن مساعد | الأمير جلوي بن عبد العزيز بن مساعد | جلوي بن عبد العزيز
role: SAUGOV - 2013..
source: governor of Najran in the 2015 press («أمير منطقة نجران»); term dates not known to me (start approximate)

[person mishaal-bin-abdullah-bin-musaed]
name: مشعل بن عبد الله بن مساعد | الأمير مشعل بن عبد الله بن مساعد
role: SAUGOV - 2015..
source: governor of the Northern Borders in the 2015 press (snn-dev2-0018); term dates not known to me

[person mishaal-bin-majed]
name: مشعل بن ماجد | الأمير مشعل بن ماجد | مشعل بن ماجد بن عبد العزيز
role: SAUGOV - 2000..
source: Wikipedia (en) Mishaal bin Majid, governor of Jeddah (from about 2000; dates from memory)

[person abdullah-bin-musaed]
name: عبد الله بن مساعد | الأمير عبد الله بن مساعد | عبد الله بن مساعد بن عبد العزيز
role: SAUGOV - 2014-09..2017-10
source: Wikipedia (en) Abdullah bin Musaed, president of the General Presidency of Youth Welfare (sports) 2014-2017 (dates from memory)

# =====================================================================  ministers and officials of 2015

[person ali-al-naimi]
name: علي النعيمي | علي بن إبراهيم النعيمي
role: SAUGOV - 1995-08..2016-05-07
source: Wikipedia (en) Ali Al-Naimi, Minister of Petroleum 1995-2016

[person nizar-madani]
name: نزار مدني | نزار بن عبيد مدني
role: SAUGOV - 2005..2017
source: Wikipedia (en) Nizar Madani, Minister of State for Foreign Affairs (dates from memory)

[person adel-al-toraifi]
name: عادل الطريفي | عادل بن زيد الطريفي
role: SAUGOV - 2015-04-29..2017-04-22
source: Wikipedia (en) Adel al-Toraifi, Minister of Culture and Information 2015-2017

[person azzam-al-dakhil]
name: عزام الدخيل | عزام بن محمد الدخيل
role: SAUGOV - 2015-01-29..2016-12-12
source: Wikipedia (en) Azzam al-Dakhil, Minister of Education 2015-2016

[person khalid-al-falih]
name: خالد الفالح | خالد بن عبد العزيز الفالح
role: SAUBUS - 2009..2015-04-29
role: SAUGOV - 2015-04-29..2021-02-25
source: Wikipedia (en) Khalid Al-Falih: Saudi Aramco CEO 2009-2015, health minister 2015-2016, energy minister 2016-2019, investment minister 2020- (SAUGOV from 2015-04-29; dates from memory)

[person tawfiq-al-rabiah]
name: توفيق الربيعة | توفيق بن فوزان الربيعة
role: SAUGOV - 2011-12..
source: Wikipedia (en) Tawfiq Al-Rabiah: commerce 2011-2016, health 2016-2021, hajj 2021- (SAUGOV throughout)

[person walid-al-samaani]
name: وليد الصمعاني | وليد بن محمد الصمعاني
role: SAUGOV - 2015-01-29..
source: Wikipedia (en) Walid Al-Samaani, Minister of Justice from 2015-01-29

[person majed-al-hogail]
name: ماجد الحقيل | ماجد بن عبد الله الحقيل
role: SAUGOV - 2015-04-29..
source: Wikipedia (en) Majid Al-Hogail, Minister of Housing from 2015-04-29 (later municipal affairs)

[person abdulrahman-al-bunyan]
name: عبد الرحمن البنيان | عبد الرحمن بن صالح البنيان | الفريق أول ركن عبد الرحمن البنيان
role: SAUMIL army-chief 2014-05..2018-02-26
source: Wikipedia (en) Chief of the General Staff (Saudi Arabia): Abdulrahman al-Bunyan until 2018-02-26 (start from memory)

[person ahmed-asiri]
# spokesman of the Saudi-led coalition; «عسيري» alone is a common family name and is not a short form
name: أحمد عسيري | أحمد حسن عسيري | أحمد بن حسن عسيري | العميد أحمد عسيري | العميد الركن أحمد عسيري | العميد ركن أحمد عسيري | اللواء أحمد عسيري
role: SAUMIL - 2015-03-26..2017-04
source: Wikipedia (en) Ahmed Asiri, spokesman of the coalition and adviser to the defence minister (2015-2017); snn_gold_dev.md (the coalition → SAUMIL)

[person mansour-al-turki]
name: منصور التركي | اللواء منصور التركي | منصور بن سلطان التركي
role: SAUGOV - 2005..
source: security spokesman of the Saudi Ministry of Interior in the 2015 press (ministries → GOV by diplomacy_dev.md); start of term from memory

[person majed-al-qasabi]
name: ماجد القصبي | ماجد بن عبد الله القصبي
role: SAUGOV - 2015-01-29..
source: Wikipedia (ar, en), checked 2026: Majid al-Qasabi, Minister of Social Affairs from 2015-01-29, of Commerce from 2016-05-07 (SAUGOV throughout)

[person abdullatif-al-sheikh]
name: عبد اللطيف آل الشيخ | عبد اللطيف بن عبد الملك آل الشيخ
role: SAUGOV - 2015-01-29..2018
source: Wikipedia (ar), checked 2026: Abdullatif bin Abdulmalik Al al-Sheikh, Minister of Municipal and Rural Affairs from 2015-01-29 (end of term from memory)

[person khalid-al-araj]
name: خالد العرج | خالد بن عبد الله العرج
role: SAUGOV - 2015-01-29..2017-04-22
source: Wikipedia (ar), checked 2026: Khalid al-Araj, Minister of Civil Service 2015-01-29 until relieved by royal order 2017-04-22

[person abdullah-al-rabeeah]
name: عبد الله الربيعة | عبد الله بن عبد العزيز الربيعة
role: SAUGOV - 2009-02-14..
source: Wikipedia (ar, en), checked 2026: Abdullah al-Rabeeah, Minister of Health 2009-2014, adviser at the Royal Court, supervisor-general of the King Salman Centre for Relief from 2015-05

[person abdullah-al-turki]
# Secretary-General of the Muslim World League and member of the Council of Senior Scholars (SAUREL)
name: عبد الله بن عبد المحسن التركي | عبد الله بن عبد المحسن آل تركي
role: SAUREL - 2000..
source: Wikipedia (ar, en), checked 2026: Abdullah al-Turki, Minister of Islamic Affairs 1993-1999, Secretary-General of the Muslim World League 2000-2016, member of the Council of Senior Scholars

# =====================================================================  Gulf officials often named in this press

[person rashid-bin-abdullah-al-khalifa]
name: راشد بن عبد الله آل خليفة | الشيخ راشد بن عبد الله آل خليفة | راشد بن عبد الله بن أحمد آل خليفة
role: BHRGOV interior-minister 2004-05..
source: Wikipedia (en) Rashid bin Abdullah Al Khalifa, Minister of Interior of Bahrain from 2004

[person saif-bin-zayed]
name: سيف بن زايد | سيف بن زايد آل نهيان | الشيخ سيف بن زايد | الشيخ سيف بن زايد آل نهيان | الفريق سيف بن زايد
role: AREGOV interior-minister 2004-10..
source: Wikipedia (en) Saif bin Zayed Al Nahyan, Minister of Interior of the UAE from 2004 (deputy prime minister from 2009)

# =====================================================================  Yemen 2015

