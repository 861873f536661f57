package dev.rapport.model.offline;

import dev.rapport.inquiry.image.ImageFacts;
import dev.rapport.model.Content;
import dev.rapport.model.ConversationModel;
import dev.rapport.model.Grounding;
import dev.rapport.model.Message;
import dev.rapport.model.ModelReply;
import dev.rapport.model.ModelRequest;
import dev.rapport.model.Role;
import dev.rapport.model.StopReason;
import dev.rapport.model.Usage;
import dev.rapport.text.Terms;
import dev.rapport.text.TokenEstimate;
import dev.rapport.text.Utterance;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A deterministic engine with no language model and no network. It answers only from what the
 * request carries — earlier turns, the summary, and later memories and knowledge — by matching the
 * question's terms, and says plainly when it has nothing to go on. Of a photo it says only what its
 * pixels give away (colours, size, shape), never what it shows. With tools on offer it calls the one
 * the question's words ask for (order status and changes, catalog search, recommendations), if it is
 * among them, and answers from the tool's result alone — opening with care's acknowledgement when care
 * is on the route and the customer is upset. Asked for a birthday card, it composes one from the facts given. It is
 * the local default and the test double of the model port.
 */
public final class OfflineEngine implements ConversationModel {

    private static final Pattern GREETING = Pattern.compile(
            "(?i)^\\s*(hi|hello|hey|good (morning|afternoon|evening)|你好|您好|嗨|哈喽|早上好|晚上好)\\b?[!！.。,，\\s]*$");

    private static final Pattern ADVICE =
            Pattern.compile("(?i)\\b(recommend\\w*|suggest\\w*|what should i|gift|advice)\\b|推荐|建议|买什么|吃什么|穿什么|送什么");

    /** Enough to walk back over a troubleshooting conversation's "that didn't help" replies. */
    private static final int EARLIER = 6;

    private final PhotoAnswers photos = new PhotoAnswers();

    /** Something the customer or the business said earlier that an answer can quote. */
    private record Passage(String text, String source) {}

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public ModelReply converse(ModelRequest request) {
        Optional<ModelReply> card = OfflineCards.of(request);
        if (card.isPresent()) {
            return card.get();
        }
        Message last = request.messages().get(request.messages().size() - 1);
        if (!request.tools().isEmpty()) {
            Optional<ModelReply> tooled = withTools(request, last);
            if (tooled.isPresent()) {
                return tooled.get();
            }
        }
        String question = last.text();
        boolean chinese = prefersChinese(question, request.locale());
        Optional<Content.Image> photo = last.content().stream()
                .filter(Content.Image.class::isInstance)
                .map(Content.Image.class::cast)
                .findFirst();
        if (photo.isPresent()) {
            String answer = photos.answer(question, ImageFacts.read(photo.get().bytes()), chinese);
            return new ModelReply(
                    Message.assistant(answer),
                    StopReason.END_TURN,
                    new Usage(inputTokens(request), TokenEstimate.of(answer)));
        }
        Optional<Grounding> knowledge = request.grounding().stream()
                .filter(g -> g.kind().equals(Grounding.KNOWLEDGE))
                .findFirst();
        // What the customer told us about themselves beats the shop's general text on the same words.
        if (knowledge.isPresent()
                && !GREETING.matcher(question).matches()
                && overlap(question, knowledge.get().text())
                        > bestMatch(question, passages(request))
                                .map(p -> overlap(question, p.text()))
                                .orElse(0L)) {
            String answer = fromKnowledge(knowledge.get(), chinese);
            return new ModelReply(
                    Message.assistant(answer),
                    StopReason.END_TURN,
                    new Usage(inputTokens(request), TokenEstimate.of(answer)));
        }
        List<String> remembered = request.grounding().stream()
                .filter(g -> g.kind().equals(Grounding.MEMORY) || g.kind().equals(Grounding.CONSTRAINT))
                .map(Grounding::text)
                .toList();
        String answer = ADVICE.matcher(question).find() && !remembered.isEmpty()
                ? advice(remembered, chinese)
                : answer(question, passages(request), chinese);
        Message reply = Message.assistant(answer);
        return new ModelReply(reply, StopReason.END_TURN, new Usage(inputTokens(request), TokenEstimate.of(answer)));
    }

    /**
     * The tool a question calls for (by its words), or, once the tool answered, the answer from its
     * result; empty when the question needs no tool.
     */
    private Optional<ModelReply> withTools(ModelRequest request, Message last) {
        List<Message> messages = request.messages();
        if (last.hasToolResult() && messages.size() >= 3) {
            Message asked = messages.get(messages.size() - 3);
            String question = asked.text();
            boolean chinese = prefersChinese(question, request.locale());
            Content.ToolUse use = messages.get(messages.size() - 2).content().stream()
                    .filter(Content.ToolUse.class::isInstance)
                    .map(Content.ToolUse.class::cast)
                    .findFirst()
                    .orElseThrow();
            Content.ToolResult result = last.content().stream()
                    .filter(Content.ToolResult.class::isInstance)
                    .map(Content.ToolResult.class::cast)
                    .findFirst()
                    .orElseThrow();
            String answer = image(asked)
                    .map(photo -> photos.answer(question, ImageFacts.read(photo.bytes()), chinese)
                            + (chinese ? "" : " ")
                            + PhotoMatches.answer(result.text(), chinese))
                    .orElseGet(() -> CareWords.opening(request, question, chinese)
                            + ToolAnswers.of(use.name(), result.text(), question, chinese)
                            + (use.name().endsWith("_product") || use.name().endsWith("_products")
                                    ? citation(request)
                                    : ""));
            return Optional.of(new ModelReply(
                    Message.assistant(answer),
                    StopReason.END_TURN,
                    new Usage(inputTokens(request), TokenEstimate.of(answer))));
        }
        if (last.hasToolResult()) {
            return Optional.empty();
        }
        Optional<Content.ToolUse> use = image(last).isPresent()
                ? PhotoMatches.search(last.text(), image(last).get())
                : AccountAnswers.intent(last.text(), request.tools())
                        .or(() -> ToolIntents.of(
                                last.text(),
                                request.tools().stream().anyMatch(t -> t.name().equals(GraphAnswers.TOOL)),
                                earlier(request)));
        // Only a tool on offer is called: the engine keeps to the turn's specialists as a model is made to.
        return use.filter(u -> offered(request, u.name()))
                .map(u -> new ModelReply(
                        new Message(Role.ASSISTANT, List.of(u)),
                        StopReason.TOOL_USE,
                        new Usage(inputTokens(request), TokenEstimate.of(u.inputJson()))));
    }

    private static boolean offered(ModelRequest request, String tool) {
        return request.tools().stream().anyMatch(t -> t.name().equals(tool));
    }

    /** The customer's earlier messages in the request, newest first, at most {@link #EARLIER}. */
    private static List<String> earlier(ModelRequest request) {
        List<String> texts = new ArrayList<>();
        List<Message> messages = request.messages();
        for (int i = messages.size() - 2; i >= 0 && texts.size() < EARLIER; i--) {
            Message m = messages.get(i);
            if (m.role() == Role.USER && !m.hasToolResult() && !m.text().isBlank()) {
                texts.add(m.text());
            }
        }
        return texts;
    }

    private static Optional<Content.Image> image(Message message) {
        return message.content().stream()
                .filter(Content.Image.class::isInstance)
                .map(Content.Image.class::cast)
                .findFirst();
    }

    /** The business's best-ranked passage on the question, cited the way a model is asked to cite. */
    private static String citation(ModelRequest request) {
        return request.grounding().stream()
                .filter(g -> g.kind().equals(Grounding.KNOWLEDGE))
                .findFirst()
                .map(g -> " [" + g.id() + "]")
                .orElse("");
    }

    /**
     * The business's best-ranked FAQ answer or passage, quoted with its id as a citation marker the
     * way a model is asked to cite. The chat turn ranked it; the engine only words the reply.
     */
    private static String fromKnowledge(Grounding grounding, boolean chinese) {
        String[] titleAndText = grounding.text().split("\n", 2);
        String title = titleAndText[0].strip();
        String text = titleAndText.length > 1 ? titleAndText[1].strip() : title;
        return chinese
                ? "根据「" + title + "」：" + text + " [" + grounding.id() + "]"
                : "From \u201c" + title + "\u201d: " + text + " [" + grounding.id() + "]";
    }

    /** Advice the engine can honestly give: what it remembers, and that it cannot search a catalog. */
    private static String advice(List<String> remembered, boolean chinese) {
        return chinese
                ? "根据您告诉过我的（" + String.join("；", remembered) + "），我会按这些为您挑选。" + "我是离线助手，还不能查询商品目录；接入模型或商品库后可以给出具体推荐。"
                : "Going by what you've told me (" + String.join("; ", remembered) + "), I'd choose what fits that. "
                        + "I'm the offline engine and can't search the catalog yet; with a model or the catalog "
                        + "connected I can name specific items.";
    }

    private String answer(String text, List<Passage> passages, boolean chinese) {
        Utterance utterance = new Utterance(text);
        if (GREETING.matcher(text).matches()) {
            return chinese
                    ? "您好！我是 Rapport 的离线助手（没有接入语言模型），只能根据本次对话中的内容回答。请问有什么可以帮您？"
                    : "Hello! I'm Rapport's offline assistant (no language model behind me), so I answer only from "
                            + "what we've said in this conversation. How can I help?";
        }
        Optional<Passage> best = bestMatch(text, passages);
        if (utterance.isQuestion()) {
            return best.map(p -> recalled(p, chinese))
                    .orElse(
                            chinese
                                    ? "抱歉，我在我们的资料和对话里都没有找到相关信息。我是离线助手，只能根据店铺资料和您告诉我的内容回答；需要的话可以为您转人工客服。"
                                    : "I'm sorry, I don't find that in our knowledge base or our conversation. I'm the"
                                            + " offline assistant and can only answer from the shop's own information"
                                            + " and what you've told me; I can hand you over to a colleague if you"
                                            + " need.");
        }
        String noted = new Utterance(text).condensed(120);
        return chinese
                ? "好的，我记下了：“" + noted + "”。还有什么可以帮您？"
                : "Thanks, noted: \u201c" + noted + "\u201d. Anything else I can help with?";
    }

    /** Earlier customer statements (not questions) and grounding, newest first so recent facts win ties. */
    private static List<Passage> passages(ModelRequest request) {
        List<Passage> passages = new ArrayList<>();
        List<Message> history = request.messages().subList(0, request.messages().size() - 1);
        for (int i = history.size() - 1; i >= 0; i--) {
            Message m = history.get(i);
            if (m.role() == Role.USER && !m.hasToolResult() && !new Utterance(m.text()).isQuestion()) {
                passages.add(new Passage(new Utterance(m.text()).condensed(300), "turn"));
            }
        }
        for (int i = request.grounding().size() - 1; i >= 0; i--) {
            Grounding g = request.grounding().get(i);
            if (!g.kind().equals(Grounding.KNOWLEDGE) && !new Utterance(g.text()).isQuestion()) {
                passages.add(new Passage(g.text(), g.kind()));
            }
        }
        return passages;
    }

    /** A passage quoted back with who said it: the customer, or a colleague during a handoff. */
    private static String recalled(Passage passage, boolean chinese) {
        if (passage.source().equals(Grounding.PERSON)) {
            return chinese
                    ? "我的同事之前告诉过您：“" + passage.text() + "”"
                    : "My colleague told you: \u201c" + passage.text() + "\u201d";
        }
        return chinese ? "根据您之前说的：“" + passage.text() + "”" : "Earlier you said: \u201c" + passage.text() + "\u201d";
    }

    private static Optional<Passage> bestMatch(String question, List<Passage> passages) {
        Set<String> wanted = Terms.of(question);
        Passage best = null;
        int bestScore = 0;
        for (Passage passage : passages) {
            Set<String> have = Terms.of(passage.text());
            int score = (int) wanted.stream().filter(have::contains).count();
            if (score > bestScore) {
                best = passage;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static long overlap(String question, String text) {
        Set<String> have = Terms.of(text);
        return Terms.of(question).stream().filter(have::contains).count();
    }

    private static boolean prefersChinese(String text, String locale) {
        Utterance utterance = new Utterance(text);
        if (utterance.hasCjk()) {
            return true;
        }
        boolean latin = text.chars().anyMatch(Character::isLetter);
        return !latin && locale != null && locale.toLowerCase(Locale.ROOT).startsWith("zh");
    }

    private static int inputTokens(ModelRequest request) {
        int tokens = TokenEstimate.of(request.instructions());
        for (Grounding g : request.grounding()) {
            tokens += TokenEstimate.of(g.text());
        }
        for (Message m : request.messages()) {
            tokens += TokenEstimate.of(m.text());
        }
        return tokens;
    }
}
