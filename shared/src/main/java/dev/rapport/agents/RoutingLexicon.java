package dev.rapport.agents;

import static dev.rapport.agents.Specialist.ACCOUNT;
import static dev.rapport.agents.Specialist.ADVISOR;
import static dev.rapport.agents.Specialist.CARE;
import static dev.rapport.agents.Specialist.ORDERS;

import java.util.List;

/**
 * The words that say whose work a turn is, Chinese and English, grouped by specialist so a reader can
 * argue with each entry. Anger and disappointment are not listed here: {@link dev.rapport.mood.MoodReader}
 * reads them, and {@link RuleSupervisor} adds them to care.
 */
final class RoutingLexicon {

    private static final String FAULTY_GOODS =
            "damaged|broken|torn|smashed|cracked|faulty|defective|wrong (?:item|colou?r|size|one)";
    private static final String FAULTY_GOODS_ZH = "坏了|坏的|碎|破损|有个洞|开线|发错|寄错|送错";

    static final List<Cue> CUES = List.of(
            // Orders and after-sales: where it is, cancel, address, redelivery, returns, refunds.
            Cue.of(ORDERS, 1, "orders?|ordered|oder|bought|purchase|订单|单号|买的"),
            // Goods that arrived broken or wrong are an order's business as well as a complaint.
            Cue.of(ORDERS, 1, FAULTY_GOODS),
            Cue.of(ORDERS, 1, FAULTY_GOODS_ZH),
            Cue.of(ORDERS, 2, "order\\s*(?:#|no\\.?|number)?\\s*\\d{3,}|#\\d{3,}|订单号?\\s*\\d{3,}"),
            Cue.of(ORDERS, 2, "where(?:'s| is)?\\s+(?:my|the)\\s+\\w+|wheres|where's my|到哪|在哪|到了吗|发货|物流|快递|包裹|签收"),
            Cue.of(
                    ORDERS,
                    2,
                    "track(?:ing)?|status|shipp?(?:ing|ment|ed)?|ship|dispatch(?:ed)?|deliver(?:y|ed)?|courier|parcel|package"),
            Cue.of(ORDERS, 2, "cancel+(?:led)?|cancle|取消"),
            Cue.of(
                    ORDERS,
                    2,
                    "refunds?|money back|return(?:ed|ing)?|send (?:it )?back|exchange|退货|退款|退钱|到账|换货|换.{0,3}码|换一个|换个新"),
            Cue.of(
                    ORDERS,
                    2,
                    "(?:change|update)\\s+(?:the\\s+|my\\s+)?(?:delivery\\s+|shipping\\s+)?address|send it to|地址"),
            Cue.of(ORDERS, 2, "reschedule|redeliver|come tomorrow|late|再送|改.{0,3}送|晚.{0,3}送|不在家|运费"),
            Cue.of(
                    ORDERS,
                    2,
                    "(?:hasn't|has not|not|never) (?:arrived|come|shown up)|invoice|receipt|还没到|没收到|催单|催一下|发票"),
            // Products: what to buy, whether it suits, what it is made of, what a photo shows.
            Cue.of(ADVISOR, 2, "recomm?end|recomend|suggest|gift|present|birthday|推荐|礼物|送.{0,3}(?:男|女|妈|爸|朋友)"),
            Cue.of(ADVISOR, 2, "sizes?|fit|fits|too (?:big|small)|穿什么|尺码|尺寸|多大|码数|[0-9一二三四五六七八九十]码"),
            Cue.of(
                    ADVISOR,
                    2,
                    "material|made of|fabric|cotton|linen|wool|merino|cashmere|leather|latex|面料|材质|纯棉|真丝|真皮|实木|羊毛"),
            Cue.of(ADVISOR, 2, "wash(?:able)?|itchy|stretch|see-through|waterproof|warm(?:er|est)?|起球|缩水|怎么洗|保暖|防水|防摔"),
            Cue.of(ADVISOR, 2, "colou?rs?|navy|black|red|blue|green|white|grey|颜色|黑色|白色|蓝色|红色"),
            Cue.of(ADVISOR, 2, "in stock|back in stock|do you (?:have|sell)|come in|有货|有没有|有.{1,6}的吗"),
            Cue.of(
                    ADVISOR,
                    2,
                    "compatible|difference|which (?:one|is)|best|good for|ok for|how much|price|offer|discount"),
            Cue.of(ADVISOR, 2, "适合|哪个|哪款|区别|支持|兼容|能用|能装|价格|多少钱|优惠|音质"),
            Cue.of(ADVISOR, 2, "photo|pic|picture|image|like it|图|照片"),
            Cue.of(ADVISOR, 2, "worth it|reviews?|how (?:do i|to) use|is it good|评价|好用吗|怎么样|怎么用|值得买"),
            // Care: complaints, asking for a person, harm and risk.
            Cue.of(CARE, 3, "complain(?:t)?|human|real person|talk to someone|speak to someone|manager|supervisor"),
            Cue.of(CARE, 3, "投诉|人工|真人|经理|12315|消协"),
            Cue.of(CARE, 3, "lawyer|legal|sue|trading standards|scam|告你们|起诉|骗子"),
            Cue.of(CARE, 2, "terrible|awful|sick of|fed up|nobody (?:ever )?helps|unacceptable|ridiculous|a joke|wtf"),
            Cue.of(CARE, 2, "差劲|太差|垃圾|破服务|怎么回事|再也不买|气死|烦死"),
            Cue.of(CARE, 2, FAULTY_GOODS),
            Cue.of(CARE, 2, FAULTY_GOODS_ZH),
            Cue.of(CARE, 3, "smok(?:e|ing)|sparked?|fire|burn(?:ed|t)?|rash|injur(?:y|ed)|hurt|swallow(?:ed)?|unsafe"),
            Cue.of(CARE, 3, "冒烟|着火|起火|起泡|烫伤|红肿|疼|误食|吃了.{0,4}(?:干燥剂|电池|零件)"),
            Cue.of(CARE, 3, "giving up|give up|don't want to (?:be here|live)|kill myself|suicide|end it all"),
            Cue.of(CARE, 3, "不想活|撑不下去|活着好累|自杀|轻生"),
            // Account and privacy: settings, what is remembered, export, erasure, marketing.
            Cue.of(ACCOUNT, 3, "remember|forget|(?:do )?you know about me|what info|keep on me|hold on me"),
            Cue.of(ACCOUNT, 3, "my data|personal data|(?:delete|erase|close) my account|third part(?:y|ies)|privacy"),
            Cue.of(
                    ACCOUNT,
                    3,
                    "export|download my|copy of|unsubscribe|opt (?:me )?out|marketing|promotions|newsletter|stop sending"),
            Cue.of(ACCOUNT, 3, "settings?|language|time ?zone|personali[sz]ation|memory"),
            Cue.of(ACCOUNT, 3, "记住|记一下|记得|别记|不要记|忘记|忘掉|导出|下载我的|隐私|注销|账号|退订|促销|营销|(?:不要|别)再.{0,4}发"),
            Cue.of(ACCOUNT, 3, "(?:我的|个人|所有)(?:数据|信息)|数据|设置|语言|时区|个性化|记忆"));

    private RoutingLexicon() {}
}
