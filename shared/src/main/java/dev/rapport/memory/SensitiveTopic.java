package dev.rapport.memory;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The sensitive reasons a customer gives for a stance, in the words people use: a religion or belief,
 * an allergy, the body and its care. The lexicons lean wide on purpose — a word that is only sometimes
 * medical ("bloated", "上火") costs a consent question, a word they miss keeps a health fact without
 * consent — and narrow only where an everyday sense is common ("flared jeans", "炎热", "fast food").
 */
enum SensitiveTopic {
    RELIGION(
            MemoryCategory.RELIGION,
            "relig|hijab|niqab|headscarf|\\bturban|\\bmodest(?:y| dress| clothing)|rel[a-z]{0,3}g[a-z]{0,3}us\\b|\\bfaith|belief|halal|\\bharam\\b|kosher|\\btre[iy]?f|muslim|moslem|islam|"
                    + "hindu|buddhis|jewish|judaism|\\bjain|sikh|christian|catholic|\\blent\\b|ramadan|\\beid\\b|diwali|"
                    + "navratri|ekadashi|\\bvrat\\b|passover|sabbath|shabbat|church|mosque|synagogue|\\btemple\\b|\\bpray|"
                    + "\\bmormon|adventist|jehovah|rastafar|bible|qur'?an|koran|torah|spiritual|"
                    + "(?<!intermittent )fasting|\\bi fast\\b|\\bfast(?:s|ed)? (?:on|during|until|till)\\b|"
                    // Meatless Fridays are a church's rule; an ethical conviction is a belief (GDPR art. 9).
                    + "meat on fridays?|fridays? (?:without|with no) meat|ethical (?:reasons?|grounds)|for ethical|"
                    + "moral (?:reasons?|grounds)|philosophical|(?:周五|星期五|礼拜五)不吃肉|道德原因|伦理|"
                    + "宗教|信仰|回民|回族|穆斯林|清真|伊斯兰|佛教|信佛|学佛|拜佛|佛门|居士|修行|吃斋|斋|犹太|印度教|基督|天主|教徒|"
                    + "教会|做礼拜|礼拜堂|道教|锡克|耆那|不杀生|初一十五|戒律|五辛|观音|头巾|念佛|礼佛|供佛|菩萨"),
    ALLERGY(MemoryCategory.ALLERGY, "allerg|alerg|allegic|allrg|anaphyla|epipen|hay ?fever|过敏|過敏|过民"),
    HEALTH(
            MemoryCategory.HEALTH,
            // Conditions, named or hinted.
            "intoll?er|dia?b[ea]?t|dieb[ea]t|c[oe]{1,2}liac|seliac|pregnan|\\bi'?m expecting\\b|expecting a baby|"
                    + "trying to conceive|fertility|\\bivf\\b|breast ?feeding|\\bnursing\\b|blood pressure|hypertension|"
                    + "cholesterol|blood sugar|\\btype ?(?:1|2|ii)\\b|type (?:one|two) diabet|kidney|\\bgout\\b|\\bibs\\b|\\bibd\\b|eczema|"
                    + "asthma|migraine|arthritis|crohn|colitis|reflux|\\bgerd\\b|gastritis|ulcer|histamine|hashimoto|lupus|"
                    + "psoria|rosacea|dermatitis|\\bacne\\b|thyroid|anxiety|depression|\\badhd\\b|autis|\\bocd\\b|\\bptsd\\b|"
                    + "an(?:a)?emi|epilep|cancer|chemo|\\bhiv\\b|hepatitis|\\bpcos\\b|endometrio|menopaus|insomnia|"
                    + "fodmap|heart condition|heart (?:disease|problems?|issues?|surgery)|\\bmy heart\\b|cardiac|"
                    + "wheelchair|hearing aid|disabilit|\\bi'?m disabled|\\bdisabled (?:access|toilet|parking|person)|\\bsober\\b|in recovery|surgery|medical|"
                    // The body's limits, and what is worn or used for them.
                    + "\\bdeaf|hard of hearing|hearing (?:loss|impair)|eyesight|(?:low|poor) vision|visual(?:ly)? impair|"
                    + "partially sighted|\\bblind\\b(?! (?:box|date|spot|tasting))|colou?r ?blind|maternity|nursing bras?|"
                    + "post-?partum|mastectomy|ostomy|\\bstoma\\b|incontinen|compression (?:socks|stockings|garments?|wear)|"
                    + "orthop(?:a)?edic|orthotic|varicose|circulation|bad back|back (?:pain|problems?|issues?)|bad knees?|"
                    + "knee (?:pain|problems?|issues?)|joint pain|my (?:\\w+ )?operation|\\binjur(?:y|ies|ed)\\b|prosthe|amputee|"
                    + "mobility (?:aids?|scooter|issues?|problems?)|crutches|walking stick|paraly|dementia|alzheimer|parkinson|"
                    + "(?:had a|since my|after my) stroke|(?:doesn'?t|does not|don'?t|do not) agree with me|disagrees? with me|"
                    + "(?:can'?t|cannot|hard to|trouble) digest|\\bstings\\b|stinging|burns my|irritates my|skin irritation|dialysis|transplant|\\bchronic\\b|health (?:reasons?|issues?|conditions?)|"
                    + "for my health|my condition|sciatica|scoliosis|osteopor|fibromyalg|sclerosis|diverticul|gallbladder|"
                    + "gallstone|\\bliver\\b|pancrea|hernia|bipolar|schizo|eating disorder|anorex|bulimi|dyslexi|"
                    // What the body does: "it gives me a rash", "makes me break out", "my stomach can't handle".
                    + "\\brash(?:es)?\\b|\\bhives\\b|makes? me itch|itching|itchy skin|bloat|cramps|nause|diarrh|heartburn|"
                    + "indigestion|headaches?|dizz|jitter|palpitation|swell|wheez|can'?t breathe|throw up|vomit|"
                    + "makes? me (?:really |so |feel )?(?:sick|ill|unwell)|feel sick|\\bbreak(?:s|ing)? out\\b|broke out|"
                    + "breakouts?|flare-?ups?|flares? up|can'?t sleep|\\bgut\\b|\\bstomach\\b|\\btummy\\b|digestion|digestive (?:issues?|problems?|system|tract)|"
                    + "my skin|sensitive skin|\\bsensitive to\\b(?! (?:the )?(?:price|cost|budget))|keeps? me (?:up|awake)|"
                    + "up all night|"
                    // Care: "my doctor told me", "on antibiotics".
                    + "\\bdoctor|\\bdoc\\b|\\bgp\\b|physician|nutritionist|dietit|dietic|allergist|dermatolog|cardiolog|"
                    + "gastroenterolog|medication|\\bmeds\\b|medicine|\\bpills?\\b|prescri|antibiotic|insulin|metformin|"
                    + "statins?\\b|antidepress|blood thinner|warfarin|ibuprofen|aspirin|paracetamol|acetaminophen|"
                    + "steroid|inhaler|"
                    // The body said plainly, in any form: "mouth itchy", "hands shake", "眼睛干", "脹氣", "瞓唔着",
                    // "heels kill my back", "turns my wrist green", "膝盖有伤", "拇外翻", "牙齿敏感".
                    + "\\bitch(?:y|es|ing)?\\b|\\bkills? my\\b|\\bmy (?:back|knees?|feet|wrists?|joints?|hips?) (?:hurts?|aches?|pain)|"
                    + "\\bturns? my \\w+ green|发绿|膝盖|受伤|有伤|拇外翻|脚宽|牙齿|牙疼|牙酸|阿司匹林|华法林|肠易激|"
                    + "\\bhands? (?:shake|tremble)|\\bshaky hands|tremor|\\bdry eyes|"
                    + "干眼|眼干|眼睛干|脹|氣喘|瞓唔着|睡唔着|唔舒服|"
                    + "不耐|糖尿病|血糖|孕|哺乳|喂奶|月子|产后|经期|生理期|大姨妈|痛经|血压|血脂|尿酸|三高|痛风|湿疹|哮喘|偏头痛|"
                    + "(?<!开)胃|肠胃|肠道|皮肤敏感|敏感肌|疹|痘|痒|红肿|拉肚子|腹泻|胀气|反酸|烧心|便秘|上火|头疼|头痛|恶心|想吐|呕吐|"
                    + "心慌|心脏|失眠|睡不着|药|医生|大夫|医嘱|医院|手术|病|症|发炎|炎症|胃炎|肠炎|皮炎|鼻炎|咽炎|关节炎|癌|化疗|"
                    + "贫血|抑郁|焦虑|结石|乙肝|肝病|脂肪肝|胆囊|甲状腺|肾|嗓子|喉咙|体质|忌口|"
                    + "对(?!价格|价钱|价位)[^，。,；;]{1,8}敏感|"
                    + "聋|听力|耳背|助听器|盲人|失明|视力|视障|听障|弱视|色盲|老花|残疾|残障|轮椅|拐杖|假肢|义肢|助行器|瘫痪|中风|"
                    + "刺痛|泛红|灼痛|烂脸|脑梗|痴呆|帕金森|产妇|透析|移植|慢性|身体原因|健康原因|身体不好|身体不允许|腰椎|颈椎|关节|骨折|受伤|消化不了|消化不良|不消化|行动不便|"
                    + "(?:耳朵|眼睛|腿脚?|腰|膝盖|牙齿?|肝|肺)不好|"
                    // Traditional characters, for customers who write them.
                    + "醫|藥|血壓|腸胃|心臟|手術|發炎|皮膚");

    private final MemoryCategory category;
    private final Pattern words;

    SensitiveTopic(MemoryCategory category, String regex) {
        this.category = category;
        this.words = Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
    }

    /** The sensitive category the words name a reason of, religion first, then allergy, then health. */
    static Optional<MemoryCategory> of(String words) {
        for (SensitiveTopic topic : values()) {
            if (topic.words.matcher(words).find()) {
                return Optional.of(topic.category);
            }
        }
        return Optional.empty();
    }
}
