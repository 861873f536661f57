package dev.rapport.memory;

import dev.rapport.text.Terms;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes "forget …" requests. What follows the verb is read, in order of precision, as a fact
 * ("forget that I wear XL" forgets exactly that value), a topic ("忘掉我的生日" forgets the slot), or
 * failing both, the terms a memory must all mention.
 */
final class Forgetting {

    private static final Pattern FORGET = Pattern.compile(
            "^(?:forget|don't remember|do not remember|stop remembering|delete|erase|remove|unlearn|"
                    + "忘掉|忘记|忘了|别记住|不要记住|别再记住|别记|不要记|删掉|删除|清除|清空)\\s*"
                    + "(?:about\\s+|that\\s+|the fact that\\s+)?(.*)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EVERYTHING = Pattern.compile(
            "^(?:everything|all|all of it|all about me|anything you know|所有|全部|一切|关于我的一切|我的所有)",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Delete all my data" asks for the whole account's erasure, which chat proposes and carries out
     * only on the customer's yes: forgetting memories now would act before that yes (or despite a no).
     */
    private static final Pattern ACCOUNT_DATA =
            Pattern.compile("\\b(?:data|account)\\b|数据|账号|账户", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Pattern> TOPICS = topics();
    private static final Set<String> NOISE = Set.of("forget", "remember", "please", "thank", "thanks");

    private Forgetting() {}

    static Optional<ForgetRequest> parse(Clause clause) {
        Matcher matcher = FORGET.matcher(clause.text());
        if (!matcher.find()) {
            return Optional.empty();
        }
        String body = matcher.group(1).strip();
        if (ACCOUNT_DATA.matcher(body).find()) {
            return Optional.empty();
        }
        String quote = clause.text();
        if (EVERYTHING.matcher(body).find()) {
            return Optional.of(ForgetRequest.everything(quote));
        }
        Optional<Candidate> fact =
                FactRules.of(new Clause(body, true, false, false)).stream().findFirst();
        if (fact.isPresent()) {
            return Optional.of(ForgetRequest.fact(fact.get().slot(), fact.get().value(), quote));
        }
        for (Map.Entry<String, Pattern> topic : TOPICS.entrySet()) {
            if (topic.getValue().matcher(body).find()) {
                return Optional.of(ForgetRequest.slot(topic.getKey(), quote));
            }
        }
        Set<String> terms = new LinkedHashSet<>(Terms.of(body));
        terms.removeAll(NOISE);
        return terms.isEmpty() ? Optional.empty() : Optional.of(ForgetRequest.terms(terms, quote));
    }

    private static Map<String, Pattern> topics() {
        Map<String, Pattern> topics = new LinkedHashMap<>();
        topics.put("size.shoe", Pattern.compile("shoe size|鞋码|鞋的尺码", Pattern.CASE_INSENSITIVE));
        topics.put("size", Pattern.compile("\\bsizes?\\b|尺码|尺寸|码数", Pattern.CASE_INSENSITIVE));
        topics.put("birthday", Pattern.compile("birthday|生日", Pattern.CASE_INSENSITIVE));
        topics.put("location", Pattern.compile("where i live|address|\\bcity\\b|住|地址|城市", Pattern.CASE_INSENSITIVE));
        topics.put("diet", Pattern.compile("\\bdiet\\b|vegetarian|vegan|吃素|素食|饮食", Pattern.CASE_INSENSITIVE));
        topics.put("allergy", Pattern.compile("allerg|过敏", Pattern.CASE_INSENSITIVE));
        topics.put("health", Pattern.compile("health|medical|pregnan|diabet|健康|病|怀孕", Pattern.CASE_INSENSITIVE));
        topics.put(
                "family",
                Pattern.compile("family|daughter|\\bsons?\\b|kids|children|家人|女儿|儿子|孩子", Pattern.CASE_INSENSITIVE));
        topics.put("religion", Pattern.compile("religion|faith|宗教|信仰", Pattern.CASE_INSENSITIVE));
        return topics;
    }
}
