package dev.rapport.inquiry.image;

import static dev.rapport.inquiry.image.TestImages.base64;
import static org.assertj.core.api.Assertions.assertThat;

import dev.rapport.problem.ProblemException;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Damaged files of every format, made by flipping, zeroing and cutting bytes of real ones with a fixed
 * seed: each must be prepared or refused with a 4xx problem, never crash with anything else.
 */
class DamagedImagesTest {

    private final ImagePreparer preparer = new ImagePreparer();

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png", "gif", "animated-gif", "webp-lossy", "webp-lossless", "webp-animated"})
    void damagedFilesArePreparedOrRefusedWithAClientProblem(String kind) {
        byte[] original = switch (kind) {
            case "jpeg" -> TestImages.withExifGpsXmpAndComment(TestImages.jpeg(TestImages.photoLike(64, 48, 11)), 6);
            case "png" -> TestImages.png(TestImages.photoLike(64, 48, 12));
            case "gif" -> TestImages.write(TestImages.photoLike(64, 48, 13), "gif");
            case "animated-gif" -> TestImages.animatedGif();
            case "webp-lossy" -> TestImages.resource("red-lossy.webp");
            case "webp-lossless" -> TestImages.resource("alpha-lossless.webp");
            default -> TestImages.resource("anim.webp");
        };
        String format = kind.startsWith("webp") ? "webp" : kind.endsWith("gif") ? "gif" : kind;
        Random random = new Random(kind.hashCode());
        int prepared = 0;
        int refused = 0;
        for (int i = 0; i < 300; i++) {
            byte[] damaged = damage(original, random);
            try {
                preparer.prepare(format, base64(damaged));
                prepared++;
            } catch (ProblemException e) {
                assertThat(e.problem().status()).isBetween(400, 499);
                refused++;
            }
        }
        assertThat(prepared + refused).isEqualTo(300);
        assertThat(refused).isPositive();
    }

    private static byte[] damage(byte[] original, Random random) {
        byte[] copy = original.clone();
        switch (random.nextInt(4)) {
            case 0 -> {
                for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
                    copy[random.nextInt(copy.length)] = (byte) random.nextInt(256);
                }
            }
            case 1 -> {
                int at = random.nextInt(Math.min(64, copy.length));
                copy[at] = (byte) random.nextInt(256);
            }
            case 2 -> {
                int from = random.nextInt(copy.length);
                Arrays.fill(copy, from, Math.min(copy.length, from + 1 + random.nextInt(32)), (byte) 0);
            }
            default -> {
                return Arrays.copyOf(copy, 1 + random.nextInt(copy.length));
            }
        }
        return copy;
    }
}
