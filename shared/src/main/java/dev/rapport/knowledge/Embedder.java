package dev.rapport.knowledge;

/**
 * Turns text into a vector whose cosine with another says how alike their meanings are. Adapters:
 * Amazon Titan Text Embeddings V2 through Bedrock in AWS, an in-process ONNX model locally.
 */
public interface Embedder {

    /** Names the model and its settings, stored with every vector so only like vectors are compared. */
    String name();

    /** A unit-length vector of the text. */
    float[] embed(String text);

    static double cosine(float[] a, float[] b) {
        if (a.length != b.length) {
            return 0;
        }
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
