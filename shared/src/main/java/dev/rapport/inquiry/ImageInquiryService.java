package dev.rapport.inquiry;

import dev.rapport.chat.Attachment;
import dev.rapport.chat.ChatCommand;
import dev.rapport.chat.ChatReply;
import dev.rapport.chat.ChatService;
import dev.rapport.chat.PhotoReference;
import dev.rapport.identity.Caller;
import dev.rapport.inquiry.image.ImagePreparer;
import dev.rapport.inquiry.image.PreparedImage;
import dev.rapport.inquiry.image.ValidatedImage;
import dev.rapport.model.Content;
import dev.rapport.safety.HealthConcern;
import dev.rapport.text.Utterance;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A photo inquiry: the customer's question about a photo. The image is checked and prepared first,
 * so a refused image (400, 413, 415, 422) costs no read, no write and no model call; then it is one
 * chat turn whose new message carries the prepared image. The stored turn keeps the redacted
 * question, a reference to the photo and the answer — never the image.
 */
public final class ImageInquiryService {

    /** The rule every photo turn adds to the system prompt: a photo invites diagnosis, which we never give. */
    static final String PHOTO_INSTRUCTIONS = """
        The customer attached a photo. Describe only what you can actually see and say so when \
        something cannot be told from the photo. Never diagnose or name a medical condition from a \
        photo. If the photo or the question is about the body (a rash, wound, mole, swelling, \
        allergy, bite, burn or similar), give only general information, say clearly that this is \
        not a diagnosis, and recommend seeing a doctor or pharmacist. If anything suggests an \
        emergency (heavy bleeding, trouble breathing, chest pain, fainting, a swelling throat), \
        tell the customer to seek urgent care now by calling their local emergency number, before \
        anything else.\
        """;

    private final ImagePreparer preparer;
    private final ChatService chat;

    public ImageInquiryService(ImagePreparer preparer, ChatService chat) {
        this.preparer = Objects.requireNonNull(preparer);
        this.chat = Objects.requireNonNull(chat);
    }

    public ImagePreparer preparer() {
        return preparer;
    }

    /**
     * Answers {@code command}'s question about the photo {@code "image":{"format","data"}}.
     *
     * @throws dev.rapport.problem.ProblemException for a bad image, before anything else happens
     */
    public ChatReply ask(Caller caller, ChatCommand command, String format, String base64Data) {
        boolean chinese = new Utterance(command.message()).hasCjk()
                || command.locale() != null
                        && command.locale().toLowerCase(Locale.ROOT).startsWith("zh");
        boolean urgent = HealthConcern.of(command.message()) == HealthConcern.URGENT;
        return chat.chat(caller, command, attach(format, base64Data, chinese, urgent));
    }

    /**
     * A whole photo turn for SnapStart priming — decoding, downscaling, re-encoding, colours, the
     * turn's read and its refused write — with a tiny generated image, nothing stored and no model asked.
     */
    public ChatReply prime() {
        return chat.prime(attach("png", Base64.getEncoder().encodeToString(tinyPng()), false, false));
    }

    /** Validates, prepares and describes the photo; the upload's bytes are gone once this returns. */
    private Attachment attach(String format, String base64Data, boolean chinese, boolean urgent) {
        ValidatedImage validated = preparer.validate(format, base64Data);
        PreparedImage prepared = preparer.prepare(validated);
        PhotoReference reference = new PhotoReference(
                prepared.sha256OfOriginal(),
                prepared.originalSize(),
                validated.format().wireName(),
                (int) validated.header().width(),
                (int) validated.header().height());
        String note = (chinese ? "[照片：" : "[photo: ") + prepared.facts().describe(chinese ? "zh" : "en") + "]";
        return new Attachment(
                new Content.Image(prepared.format().wireName(), prepared.bytes()),
                reference,
                note,
                PHOTO_INSTRUCTIONS,
                urgent);
    }

    private static byte[] tinyPng() {
        BufferedImage image = new BufferedImage(32, 24, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(new Color(200, 30, 40));
            g.fillRect(0, 0, 32, 24);
            g.setColor(Color.WHITE);
            g.fillRect(0, 16, 32, 8);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
