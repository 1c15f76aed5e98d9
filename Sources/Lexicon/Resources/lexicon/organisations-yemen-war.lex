[org SAUMIL]
# The Saudi-led coalition in Yemen (Operation Decisive Storm, 2015-03-26; Restoring Hope, 2015-04-22-)
name: التحالف | قوات التحالف | طائرات التحالف | طيران التحالف | مقاتلات التحالف | غارات التحالف | مدفعية التحالف | بوارج التحالف | قيادة التحالف | قيادة قوات التحالف
name: التحالف العربي | قوات التحالف العربي | طائرات التحالف العربي | طيران التحالف العربي | مقاتلات التحالف العربي | غارات التحالف العربي | قيادة التحالف العربي
name: تحالف دعم الشرعية | تحالف دعم الشرعية في اليمن | قوات تحالف دعم الشرعية | طيران تحالف دعم الشرعية | قيادة تحالف دعم الشرعية | تحالف إعادة الأمل | قوات عاصفة الحزم | قوات إعادة الأمل
name: التحالف الذي تقوده السعودية | التحالف الذي تقوده المملكة | التحالف بقيادة السعودية | التحالف العربي بقيادة السعودية | التحالف العربي بقيادة المملكة | قوات التحالف بقيادة السعودية | التحالف العربي الذي تقوده السعودية | التحالف العربي الذي تقوده المملكة
name: قيادة القوات المشتركة | القوات المشتركة للتحالف
# the Saudi armed forces' own branches as Saudi outlets write them without a nisba
name: القوات الجوية الملكية السعودية | القوات البرية الملكية السعودية | القوات البحرية الملكية السعودية | قوات الدفاع الجوي الملكي السعودي
# In a sentence on the war in Yemen, the bare air force is the coalition's: the Houthis and Saleh's
# forces fly none, and the press names Hadi's side «المقاومة», «الجيش الوطني».
context-name: الطيران | الطيران الحربي | المقاتلات | الطائرات الحربية | المقاتلات الحربية
context: اليمن | اليمنية | الحوثي | الحوثيين | الحوثيون | صنعاء | عدن | تعز | مأرب | لحج | أبين | صعدة | الضالع | شبوة | الحديدة | المخلوع
country: SAU
source: snn_gold_dev.md (the Saudi-led coalition in Yemen, its aircraft → SAUMIL); Wikipedia (en, ar) Saudi Arabian-led intervention in Yemen; Arabic press usage 2015 (SaudiNewsNet)



[org YEMMIL]
# forces loyal to President Hadi (snn_gold_dev.md: «المقاومة», «الجيش الوطني» → YEMMIL). Bare «المقاومة»
# is here too (moved out of the REB agent below): in saudinewsnet_dev it names the Yemeni resistance in
# about 95% of its uses (496 sentences that name Yemen, 28 that name Palestine or Lebanon); the
# Palestinian and Lebanese phrases are listed under their own codes so they keep them.
name: المقاومة | فصائل المقاومة اليمنية
name: المقاومة الشعبية | المقاومة اليمنية | المقاومة الجنوبية | المقاومة الشعبية الجنوبية | المقاومة الشعبية اليمنية | رجال المقاومة الشعبية | عناصر المقاومة الشعبية | مسلحي المقاومة الشعبية | قوات المقاومة الشعبية | المقاومة الشعبية في عدن | المقاومة الشعبية في تعز
name: الجيش الوطني | الجيش الوطني اليمني | قوات الجيش الوطني | الجيش الموالي للشرعية | الجيش الموالي للرئيس هادي | القوات الموالية للشرعية | القوات الموالية للحكومة اليمنية | القوات الموالية للحكومة الشرعية | القوات الموالية للرئيس هادي | القوات الموالية لهادي | قوات هادي | قوات الشرعية | القوات الشرعية | الجيش اليمني الموالي للشرعية
country: YEM
source: snn_gold_dev.md (forces loyal to President Hadi → YEMMIL); Arabic press usage 2015 (SaudiNewsNet)






