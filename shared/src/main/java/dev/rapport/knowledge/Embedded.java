package dev.rapport.knowledge;

import java.util.Objects;

/**
 * A piece of knowledge with the vector an embedding model gave it, or none when it was stored
 * without an embedder. The model's name travels with the vector: vectors of different models are
 * never compared.
 */
public record Embedded<T>(T item, String model, float[] vector) {

    public Embedded {
        Objects.requireNonNull(item, "item");
        if ((model == null) != (vector == null)) {
            throw new IllegalArgumentException("a vector needs its model's name");
        }
    }

    public static <T> Embedded<T> plain(T item) {
        return new Embedded<>(item, null, null);
    }

    public boolean comparableWith(Embedder embedder) {
        return vector != null && embedder != null && embedder.name().equals(model);
    }
}
