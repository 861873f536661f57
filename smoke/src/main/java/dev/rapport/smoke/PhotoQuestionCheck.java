package dev.rapport.smoke;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import javax.imageio.ImageIO;

/** {@code POST /v1/inquiries/image} answers a question about a small PNG made here. */
final class PhotoQuestionCheck implements SmokeCheck {

    static final int WIDTH = 64;
    static final int HEIGHT = 48;
    static final String QUESTION = "What colour is this?";

    @Override
    public String name() {
        return "photo question";
    }

    @Override
    public String run(ApiClient api) {
        Map<String, Object> body = Map.of(
                "message",
                QUESTION,
                "image",
                Map.of("format", "png", "data", Base64.getEncoder().encodeToString(redPng())));
        String reply = api.post("/v1/inquiries/image", body).expect(200).text("reply");
        return "a " + WIDTH + "x" + HEIGHT + " PNG answered (" + reply.length() + " characters)";
    }

    /** A plain red picture: valid, tiny, and with one colour any answer can name. */
    static byte[] redPng() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        int[] pixels = new int[WIDTH * HEIGHT];
        Arrays.fill(pixels, 0xD02020);
        image.setRGB(0, 0, WIDTH, HEIGHT, pixels, 0, WIDTH);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
