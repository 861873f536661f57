package dev.rapport.chat;

import dev.rapport.knowledge.Cited;
import dev.rapport.knowledge.FaqMatch;
import dev.rapport.knowledge.Retrieved;
import dev.rapport.model.ModelReply;
import dev.rapport.model.Usage;
import java.util.List;

/** The answer part of a turn — a curated FAQ answer or the model's — with what it cites. */
record KnowledgeAnswer(String text, List<ChatReply.Citation> citations, Usage usage, String source) {

    private static final int SNIPPET_CHARS = 160;

    static KnowledgeAnswer faq(FaqMatch match) {
        var faq = match.faq();
        return new KnowledgeAnswer(
                faq.answer(),
                List.of(new ChatReply.Citation(faq.id(), faq.question(), snippet(faq.answer()))),
                Usage.NONE,
                ChatReply.FROM_FAQ);
    }

    /** A reply Rapport words itself without a model call, such as a reminder's confirmation. */
    static KnowledgeAnswer canned(String text) {
        return new KnowledgeAnswer(text, List.of(), Usage.NONE, ChatReply.FROM_MODEL);
    }

    static KnowledgeAnswer model(ModelReply reply, Cited cited) {
        return new KnowledgeAnswer(
                cited.text(),
                cited.sources().stream().map(KnowledgeAnswer::citation).toList(),
                reply.usage(),
                ChatReply.FROM_MODEL);
    }

    private static ChatReply.Citation citation(Retrieved source) {
        return new ChatReply.Citation(source.id(), source.title(), snippet(source.text()));
    }

    private static String snippet(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() <= SNIPPET_CHARS ? flat : flat.substring(0, SNIPPET_CHARS - 1) + "…";
    }
}
