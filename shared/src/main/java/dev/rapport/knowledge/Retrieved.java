package dev.rapport.knowledge;

/**
 * One scored result of a search.
 *
 * @param kind {@code faq} or {@code passage}
 * @param text what an answer can rest on: the FAQ's answer or the passage
 * @param lexical how much of the question's weight the entry's words carry, 0–1
 * @param semantic cosine of the embeddings, 0 when there are none to compare
 */
public record Retrieved(
        String id,
        String kind,
        String title,
        String text,
        String locale,
        double score,
        double lexical,
        double semantic) {

    public static final String FAQ = "faq";
    public static final String PASSAGE = "passage";
    /** An edge of the knowledge graph a tool returned. */
    public static final String GRAPH = "graph";
}
