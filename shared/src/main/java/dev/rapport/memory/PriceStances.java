package dev.rapport.memory;

import java.util.List;
import java.util.Optional;

/**
 * Price sensitivity said without a figure: "I always pick the cheapest option", "I never pay full
 * price", "我对价格比较敏感", "我看重性价比". Each becomes a requirement of one plain object (cheap, sale,
 * 便宜, 打折, 性价比), so the many ways of saying it share a slot and a later contrary statement
 * supersedes it.
 */
final class PriceStances {

    private static final String I = "^i\\s+(?:(?:always|usually|normally|generally|mostly|just|only|tend to)\\s+)*";
    private static final String I_AM = "^i(?:'m|\\s+am)\\s+(?:(?:very|quite|really|pretty|a bit|fairly)\\s+)?";
    private static final String ME = ChineseFacts.ME;

    static final List<FactRule> RULES = List.of(
            price(
                    I
                            + "(?:pick|choose|go for|buy|look for|opt for|get)\\s+the\\s+(?:cheapest|least expensive|lowest[- ]priced)\\b",
                    "cheap",
                    "requires "),
            price(
                    I_AM + "(?:price[- ]sensitive|price[- ]conscious|budget[- ]conscious|careful with money|frugal)\\b",
                    "cheap",
                    "requires "),
            price(I + "(?:never|don't|do not|won't)\\s+(?:pay|buy (?:at|for))\\s+full price\\b", "sale", "requires "),
            price(
                    I + "(?:wait for|buy (?:things\\s+)?(?:on|in)|shop)\\s+(?:the\\s+)?(?:sales?|discounts?|deals)\\b",
                    "sale",
                    "requires "),
            price(ME + "对(?:价格|价钱|价位)(?:很|比较|挺|非常|特别|有点)?敏感", "便宜", "只要"),
            price(ME + "(?:看重|在意|注重|讲究|追求)(?:性价比)", "性价比", "只要"),
            price(ME + "(?:买|选|挑)最便宜的", "便宜", "只要"),
            price(ME + "(?:等|趁)(?:打折|促销|大促|活动)(?:的时候)?(?:再|才)?买", "打折", "只要"),
            price(ME + "不(?:买|付)原价", "打折", "只要"));

    private PriceStances() {}

    static FactRule price(String regex, String object, String verb) {
        return FactRule.of(
                regex,
                (m, quote) -> Optional.of(new Candidate(
                        MemoryCategory.PREFERENCE,
                        "preference:" + object,
                        "requires",
                        verb + object,
                        FactRule.CONFIDENCE,
                        quote,
                        Polarity.REQUIRES,
                        object,
                        null)));
    }
}
