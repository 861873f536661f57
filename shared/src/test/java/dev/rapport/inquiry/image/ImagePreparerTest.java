package dev.rapport.inquiry.image;

import static dev.rapport.inquiry.image.TestImages.base64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.rapport.problem.Problem;
import dev.rapport.problem.ProblemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImagePreparerTest {

    private final AtomicInteger decodes = new AtomicInteger();
    private final ImageDecoder countingDecoder = (data, format, limits) -> {
        decodes.incrementAndGet();
        return new ImageIoDecoder().decode(data, format, limits);
    };
    private final ImagePreparer preparer = new ImagePreparer(ImageLimits.defaults(), countingDecoder);

    private static Problem problemOf(ThrowingCallable call) {
        ProblemException thrown = catchThrowableOfType(ProblemException.class, call);
        assertThat(thrown).as("a ProblemException").isNotNull();
        return thrown.problem();
    }

    private static BufferedImage read(PreparedImage prepared) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(prepared.bytes()));
    }

    @Nested
    class AcceptsEachFormat {

        @Test
        void jpeg() throws IOException {
            PreparedImage prepared = preparer.prepare("jpeg", base64(TestImages.jpeg(TestImages.mostlyRed(120, 80))));

            assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(prepared.mediaType()).isEqualTo("image/jpeg");
            assertThat(prepared.width()).isEqualTo(120);
            assertThat(prepared.height()).isEqualTo(80);
            assertThat(read(prepared).getWidth()).isEqualTo(120);
            assertThat(prepared.facts().shape()).isEqualTo(ImageShape.LANDSCAPE);
            assertThat(prepared.facts().aspectRatio()).isEqualTo(1.5);
        }

        @Test
        void opaquePngBecomesAJpeg() {
            byte[] png = TestImages.png(TestImages.mostlyRed(60, 90));

            PreparedImage prepared = preparer.prepare("png", base64(png));

            assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(prepared.facts().shape()).isEqualTo(ImageShape.PORTRAIT);
            assertThat(prepared.originalSize()).isEqualTo(png.length);
            assertThat(prepared.sha256OfOriginal())
                    .isEqualTo(PreparedImage.sha256Hex(png))
                    .hasSize(64);
        }

        @Test
        void transparentPngStaysAPngWithItsAlpha() throws IOException {
            BufferedImage image = new BufferedImage(40, 40, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(10, 10, 0xFF2050D0);

            PreparedImage prepared = preparer.prepare("png", base64(TestImages.png(image)));

            assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
            BufferedImage decoded = read(prepared);
            assertThat(decoded.getRGB(0, 0) >>> 24).isZero();
            assertThat(decoded.getRGB(10, 10)).isEqualTo(0xFF2050D0);
        }

        @Test
        void greyscaleSixteenBitAndPalettePngs() throws IOException {
            BufferedImage grey = new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_GRAY);
            BufferedImage deep = new BufferedImage(50, 40, BufferedImage.TYPE_USHORT_GRAY);
            BufferedImage palette = new BufferedImage(50, 40, BufferedImage.TYPE_BYTE_INDEXED);
            for (BufferedImage image : new BufferedImage[] {grey, deep, palette}) {
                PreparedImage prepared = preparer.prepare("png", base64(TestImages.png(image)));
                assertThat(prepared.width()).isEqualTo(50);
                assertThat(read(prepared).getHeight()).isEqualTo(40);
                assertThat(prepared.facts().dominantColours().getFirst().colour())
                        .isEqualTo(NamedColour.BLACK);
            }
        }

        @Test
        void gif() {
            PreparedImage prepared =
                    preparer.prepare("gif", base64(TestImages.write(TestImages.solid(30, 30, 0x20A040), "gif")));

            assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(prepared.facts().shape()).isEqualTo(ImageShape.SQUARE);
            assertThat(prepared.facts().dominantColours().getFirst().colour()).isEqualTo(NamedColour.GREEN);
        }

        @Test
        void transparentGifBecomesAPng() throws IOException {
            BufferedImage image = new BufferedImage(30, 30, BufferedImage.TYPE_INT_ARGB);
            for (int x = 0; x < 30; x++) {
                image.setRGB(x, 15, 0xFFD01010);
            }

            PreparedImage prepared = preparer.prepare("gif", base64(TestImages.write(image, "gif")));

            assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
            assertThat(read(prepared).getRGB(3, 3) >>> 24).isZero();
            assertThat(prepared.facts().dominantColours())
                    .extracting(ColourShare::colour)
                    .containsExactly(NamedColour.RED);
        }

        @Test
        void animatedGifKeepsOnlyTheFirstFrame() throws IOException {
            byte[] gif = TestImages.animatedGif();
            assertThat(ImageIO.getImageReadersByFormatName("gif").next()).satisfies(reader -> {
                reader.setInput(ImageIO.createImageInputStream(new ByteArrayInputStream(gif)));
                assertThat(reader.getNumImages(true))
                        .as("the fixture is animated")
                        .isEqualTo(2);
            });

            PreparedImage prepared = preparer.prepare("gif", base64(gif));

            assertThat(prepared.facts().dominantColours())
                    .extracting(ColourShare::colour)
                    .containsExactly(NamedColour.RED);
            assertThat(read(prepared).getRGB(24, 16) >> 16 & 0xFF).isGreaterThan(180);
        }

        @Test
        void lossyWebp() {
            PreparedImage prepared = preparer.prepare("webp", base64(TestImages.resource("red-lossy.webp")));

            assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
            assertThat(prepared.width()).isEqualTo(64);
            assertThat(prepared.height()).isEqualTo(48);
            assertThat(prepared.facts().dominantColours().getFirst().colour()).isEqualTo(NamedColour.RED);
        }

        @Test
        void losslessWebpWithAlphaBecomesAPng() {
            PreparedImage prepared = preparer.prepare("webp", base64(TestImages.resource("alpha-lossless.webp")));

            assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
            assertThat(prepared.width()).isEqualTo(40);
            assertThat(prepared.facts().dominantColours().getFirst().colour()).isEqualTo(NamedColour.BLUE);
        }

        @Test
        void animatedWebpIsSizedFromItsCanvasAndPrepared() {
            ValidatedImage validated = preparer.validate("webp", base64(TestImages.resource("anim.webp")));
            assertThat(validated.header().width()).isEqualTo(32);

            PreparedImage prepared = preparer.prepare(validated);

            assertThat(prepared.width()).isEqualTo(32);
            assertThat(prepared.facts().dominantColours().getFirst().colour()).isEqualTo(NamedColour.GREEN);
        }

        @Test
        void urlSafeBase64WithoutPaddingAndDataUrls() {
            byte[] jpeg = TestImages.jpeg(TestImages.photoLike(64, 64, 1));
            String urlSafe = Base64.getUrlEncoder().withoutPadding().encodeToString(jpeg);
            assertThat(urlSafe).containsAnyOf("-", "_");

            assertThat(preparer.prepare("jpg", urlSafe).width()).isEqualTo(64);
            assertThat(preparer.prepare("image/jpeg", "data:image/jpeg;base64," + base64(jpeg))
                            .width())
                    .isEqualTo(64);
            assertThat(preparer.prepare("JPEG", Base64.getMimeEncoder().encodeToString(jpeg))
                            .width())
                    .isEqualTo(64);
        }
    }

    @Nested
    class RefusesBadInput {

        @Test
        void garbageBase64() {
            Problem problem = problemOf(() -> preparer.prepare("jpeg", "this is not base64!*"));

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.type()).endsWith("/image-not-base64");
        }

        @Test
        void mixedAlphabets() {
            assertThat(problemOf(() -> preparer.prepare("jpeg", "ab+d-f__")).status())
                    .isEqualTo(400);
        }

        @Test
        void emptyData() {
            assertThat(problemOf(() -> preparer.prepare("jpeg", " ")).type()).endsWith("/image-missing");
        }

        @Test
        void undeclaredOrUnknownFormat() {
            assertThat(problemOf(() -> preparer.prepare(null, "AAAA")).status()).isEqualTo(400);
            Problem bmp = problemOf(() -> preparer.prepare("bmp", "AAAA"));
            assertThat(bmp.status()).isEqualTo(415);
            assertThat(bmp.detail()).contains("jpeg, png, webp, gif");
        }

        @Test
        void declaredFormatMustMatchTheBytes() {
            String png = base64(TestImages.png(TestImages.solid(8, 8, 0)));

            Problem problem = problemOf(() -> preparer.prepare("jpeg", png));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.type()).endsWith("/image-format-mismatch");
            assertThat(problem.detail()).isEqualTo("image.format says jpeg but the data is a PNG image");
            assertThat(decodes).hasValue(0);
        }

        @Test
        void tiffIsNamedAndRefused() {
            byte[] tiff = TestImages.write(TestImages.solid(8, 8, 0xFF0000), "tiff");

            Problem problem = problemOf(() -> preparer.prepare("png", base64(tiff)));

            assertThat(problem.status()).isEqualTo(415);
            assertThat(problem.type()).endsWith("/unsupported-image-format");
            assertThat(problem.detail()).contains("TIFF");
        }

        @Test
        void svgIsRefusedAsAScriptRisk() {
            String svg = "\uFEFF  <?xml version=\"1.0\"?><svg"
                    + " xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";

            Problem problem = problemOf(() -> preparer.prepare("png", base64(svg.getBytes(StandardCharsets.UTF_8))));

            assertThat(problem.status()).isEqualTo(415);
            assertThat(problem.detail()).contains("SVG").contains("scripts").doesNotContain("alert");
        }

        @Test
        void bmpAndHeicAreNamed() {
            byte[] bmp = TestImages.write(TestImages.solid(8, 8, 0), "bmp");
            byte[] heic = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0};

            assertThat(problemOf(() -> preparer.prepare("jpeg", base64(bmp))).detail())
                    .contains("BMP");
            assertThat(problemOf(() -> preparer.prepare("jpeg", base64(heic))).detail())
                    .contains("HEIC");
        }

        @Test
        void unknownBytes() {
            Problem problem = problemOf(
                    () -> preparer.prepare("jpeg", base64("hello, world".getBytes(StandardCharsets.US_ASCII))));

            assertThat(problem.status()).isEqualTo(415);
            assertThat(problem.detail()).doesNotContain("hello");
        }

        @Test
        void truncatedJpeg() {
            byte[] jpeg = TestImages.jpeg(TestImages.photoLike(200, 150, 2));

            for (int length : new int[] {3, 20, jpeg.length / 2, jpeg.length - 2}) {
                Problem problem = problemOf(() -> preparer.prepare("jpeg", base64(Arrays.copyOf(jpeg, length))));
                assertThat(problem.status()).as("cut at %d", length).isEqualTo(422);
                assertThat(problem.type()).as("cut at %d", length).endsWith("/image-truncated");
            }
            assertThat(decodes).hasValue(0);
        }

        @Test
        void aThumbnailsEndMarkerDoesNotHideATruncatedPhoto() {
            byte[] thumbnail = TestImages.jpeg(TestImages.solid(16, 16, 0x808080));
            byte[] app1 = new byte[4 + thumbnail.length];
            app1[0] = (byte) 0xFF;
            app1[1] = (byte) 0xE1;
            app1[2] = (byte) ((thumbnail.length + 2) >> 8);
            app1[3] = (byte) (thumbnail.length + 2);
            System.arraycopy(thumbnail, 0, app1, 4, thumbnail.length);
            byte[] photo = TestImages.jpeg(TestImages.photoLike(200, 150, 9));
            byte[] withThumbnail = new byte[photo.length + app1.length];
            System.arraycopy(photo, 0, withThumbnail, 0, 2);
            System.arraycopy(app1, 0, withThumbnail, 2, app1.length);
            System.arraycopy(photo, 2, withThumbnail, 2 + app1.length, photo.length - 2);
            assertThat(preparer.prepare("jpeg", base64(withThumbnail)).width()).isEqualTo(200);

            Problem problem = problemOf(() ->
                    preparer.prepare("jpeg", base64(Arrays.copyOf(withThumbnail, withThumbnail.length - 500))));

            assertThat(problem.type()).endsWith("/image-truncated");
        }

        @Test
        void truncatedPng() {
            byte[] png = TestImages.png(TestImages.photoLike(200, 150, 3));

            for (int length : new int[] {12, 30, png.length / 2, png.length - 4}) {
                Problem problem = problemOf(() -> preparer.prepare("png", base64(Arrays.copyOf(png, length))));
                assertThat(problem.type()).as("cut at %d", length).endsWith("/image-truncated");
                assertThat(problem.detail()).contains("PNG").contains("cut off");
            }
            assertThat(decodes).hasValue(0);
        }

        @Test
        void truncatedGifAndWebp() {
            byte[] gif = TestImages.animatedGif();
            byte[] webp = TestImages.resource("red-lossy.webp");

            assertThat(problemOf(() -> preparer.prepare("gif", base64(Arrays.copyOf(gif, 40))))
                            .type())
                    .endsWith("/image-truncated");
            assertThat(problemOf(() -> preparer.prepare("webp", base64(Arrays.copyOf(webp, webp.length - 10))))
                            .type())
                    .endsWith("/image-truncated");
        }

        @Test
        void damagedPixelDataIsA422NotA500() {
            byte[] png = TestImages.png(TestImages.photoLike(64, 64, 4));
            int idat = indexOf(png, "IDAT".getBytes(StandardCharsets.US_ASCII));
            for (int i = idat + 10; i < idat + 60; i++) {
                png[i] = (byte) 0xA5;
            }

            Problem problem = problemOf(() -> preparer.prepare("png", base64(png)));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.type()).endsWith("/image-undecodable");
        }
    }

    @Nested
    class RefusesOversizedImagesCheaply {

        @Test
        void pngBombIsRefusedFromItsHeaderWithoutDecoding() {
            byte[] bomb = TestImages.pngClaiming(60_000, 60_000);
            assertThat(bomb.length).isLessThan(100);

            Problem problem = problemOf(() -> preparer.prepare("png", base64(bomb)));

            assertThat(problem.status()).isEqualTo(422);
            assertThat(problem.type()).endsWith("/image-dimensions-too-large");
            assertThat(problem.detail()).contains("60000×60000").contains("16384");
            assertThat(decodes).as("the decoder is never reached").hasValue(0);
        }

        @Test
        void pixelCountLimitCatchesImagesWithinTheEdgeLimit() {
            Problem problem = problemOf(() -> preparer.prepare("png", base64(TestImages.pngClaiming(10_000, 9_000))));

            assertThat(problem.detail())
                    .isEqualTo("the image is 10000×9000 pixels (90.0 megapixels); the limit is 40.0 megapixels");
            assertThat(decodes).hasValue(0);
        }

        @Test
        void jpegGifAndWebpBombsAreRefusedFromTheirHeaders() {
            byte[] jpeg = TestImages.jpeg(TestImages.solid(16, 16, 0));
            int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
            jpeg[sof + 5] = (byte) 0xEA; // height 60000
            jpeg[sof + 6] = (byte) 0x60;
            jpeg[sof + 7] = (byte) 0xEA; // width 60000
            jpeg[sof + 8] = (byte) 0x60;

            byte[] gif = TestImages.write(TestImages.solid(16, 16, 0), "gif");
            int descriptor = indexOf(gif, new byte[] {0x2C, 0, 0, 0, 0});
            gif[descriptor + 5] = (byte) 0x60; // frame width 60000, little-endian
            gif[descriptor + 6] = (byte) 0xEA;

            byte[] webp = TestImages.resource("anim.webp"); // VP8X canvas at offset 24
            webp[24] = (byte) 0xFF;
            webp[25] = (byte) 0xFF;
            webp[26] = (byte) 0x00; // width 65536

            for (var bomb : new Object[][] {{"jpeg", jpeg}, {"gif", gif}, {"webp", webp}}) {
                Problem problem = problemOf(() -> preparer.prepare((String) bomb[0], base64((byte[]) bomb[1])));
                assertThat(problem.type()).as((String) bomb[0]).endsWith("/image-dimensions-too-large");
            }
            assertThat(decodes).hasValue(0);
        }

        @Test
        void filesWithinTheLimitsButFarTooShortForTheirSizeAreNotDecoded() {
            byte[] png = TestImages.pngClaiming(6_000, 6_000);
            byte[] jpeg = TestImages.jpeg(TestImages.solid(16, 16, 0));
            int sof = indexOf(jpeg, new byte[] {(byte) 0xFF, (byte) 0xC0});
            jpeg[sof + 5] = (byte) 0x17; // height 6000
            jpeg[sof + 6] = (byte) 0x70;
            jpeg[sof + 7] = (byte) 0x17; // width 6000
            jpeg[sof + 8] = (byte) 0x70;

            for (var file : new Object[][] {{"png", png}, {"jpeg", jpeg}}) {
                Problem problem = problemOf(() -> preparer.prepare((String) file[0], base64((byte[]) file[1])));
                assertThat(problem.type()).as((String) file[0]).endsWith("/image-corrupt");
                assertThat(problem.detail()).contains("6000×6000").contains("far too little data");
            }
            assertThat(decodes).hasValue(0);
        }

        @Test
        void aOneColourTwelveMegapixelPhotoIsStillPlausible() {
            byte[] png = TestImages.png(TestImages.solid(4000, 3000, 0x336699));
            byte[] jpeg = TestImages.jpeg(TestImages.solid(4000, 3000, 0x336699));

            assertThat(preparer.validate("png", base64(png)).header().width()).isEqualTo(4000);
            assertThat(preparer.validate("jpeg", base64(jpeg)).header().width()).isEqualTo(4000);
        }

        @Test
        void oversizedPayloadIs413WithTheLimitInTheDetail() {
            byte[] big = new byte[(int) (5.1 * 1024 * 1024)];
            big[0] = (byte) 0xFF;

            Problem problem = problemOf(() -> preparer.prepare("jpeg", base64(big)));

            assertThat(problem.status()).isEqualTo(413);
            assertThat(problem.detail()).isEqualTo("the image is 5.1 MB; the limit is 3.75 MB");
        }

        @Test
        void theSizeLimitIsAParameter() {
            ImagePreparer small = new ImagePreparer(ImageLimits.defaults().withMaxBytes(1000));
            byte[] jpeg = TestImages.jpeg(TestImages.photoLike(100, 100, 5));
            assertThat(jpeg.length).isGreaterThan(1000);

            assertThat(problemOf(() -> small.prepare("jpeg", base64(jpeg))).status())
                    .isEqualTo(413);
            assertThat(problemOf(() -> small.validate(ImageFormat.JPEG, jpeg)).status())
                    .isEqualTo(413);
        }
    }

    @Nested
    class StripsMetadata {

        @Test
        void exifGpsXmpAndCommentsNeverLeaveWithThePhoto() {
            byte[] photo = TestImages.withExifGpsXmpAndComment(TestImages.jpeg(TestImages.photoLike(320, 240, 6)), 1);
            JpegSegments original = JpegSegments.of(photo);
            assertThat(original.gpsLatitude())
                    .as("the fixture carries GPS")
                    .hasValueCloseTo(TestImages.GPS_LATITUDE, org.assertj.core.data.Offset.offset(0.0001));
            assertThat(original.segments()).anyMatch(JpegSegments.Segment::isXmp);
            assertThat(indexOf(photo, TestImages.GPS_LATITUDE_ENTRY)).isPositive();

            PreparedImage prepared = preparer.prepare("jpeg", base64(photo));
            byte[] bytes = prepared.bytes();
            JpegSegments cleaned = JpegSegments.of(bytes);

            assertThat(cleaned.segments())
                    .noneMatch(JpegSegments.Segment::isExif)
                    .noneMatch(JpegSegments.Segment::isXmp)
                    .noneMatch(s -> s.marker() == 0xE1 || s.marker() == 0xFE);
            assertThat(cleaned.gpsLatitude()).isEmpty();
            assertThat(indexOf(bytes, "Exif".getBytes(StandardCharsets.US_ASCII)))
                    .isNegative();
            assertThat(indexOf(bytes, TestImages.GPS_LATITUDE_ENTRY)).isNegative();
            assertThat(indexOf(bytes, TestImages.XMP_NAMESPACE.getBytes(StandardCharsets.US_ASCII)))
                    .isNegative();
            assertThat(indexOf(bytes, TestImages.COMMENT.getBytes(StandardCharsets.US_ASCII)))
                    .isNegative();
            assertThat(prepared.width()).isEqualTo(320);
        }

        @Test
        void exifOrientationIsAppliedToThePixels() throws IOException {
            BufferedImage sensor = TestImages.solid(300, 200, 0xFFFFFF);
            java.awt.Graphics graphics = sensor.getGraphics();
            graphics.setColor(java.awt.Color.BLACK);
            graphics.fillRect(0, 0, 30, 30); // a black mark at the sensor's top-left
            graphics.dispose();
            byte[] photo = TestImages.withExifGpsXmpAndComment(TestImages.jpeg(sensor), 6); // rotate 90° clockwise

            PreparedImage prepared = preparer.prepare("jpeg", base64(photo));

            assertThat(prepared.width()).isEqualTo(200);
            assertThat(prepared.height()).isEqualTo(300);
            BufferedImage upright = read(prepared);
            assertThat(upright.getRGB(199 - 10, 10) & 0xFF)
                    .as("mark now top-right")
                    .isLessThan(60);
            assertThat(upright.getRGB(10, 10) & 0xFF).isGreaterThan(200);
        }
    }

    @Nested
    class DownscalesAndSummarises {

        @Test
        void twelveMegapixelsFitInto1568OnTheLongEdge() throws IOException {
            byte[] jpeg = TestImages.jpeg(TestImages.photoLike(4000, 3000, 7));

            PreparedImage prepared = preparer.prepare("jpeg", base64(jpeg));

            assertThat(prepared.width()).isEqualTo(1568);
            assertThat(prepared.height()).isEqualTo(1176);
            BufferedImage decoded = read(prepared);
            assertThat(decoded.getWidth()).isEqualTo(1568);
            assertThat(decoded.getHeight()).isEqualTo(1176);
            assertThat(prepared.bytes().length).isLessThan(jpeg.length);
            assertThat(decodes).hasValue(1);
        }

        @Test
        void theTargetEdgeIsAParameter() {
            ImagePreparer small = new ImagePreparer(ImageLimits.defaults().withTargetLongEdge(100));

            PreparedImage prepared = small.prepare("png", base64(TestImages.png(TestImages.photoLike(300, 450, 8))));

            assertThat(prepared.width()).isEqualTo(67);
            assertThat(prepared.height()).isEqualTo(100);
        }

        @Test
        void smallImagesAreNotEnlarged() {
            assertThat(preparer.prepare("png", base64(TestImages.png(TestImages.solid(5, 3, 0))))
                            .width())
                    .isEqualTo(5);
        }

        @Test
        void mostlyRedIsRedInBothLanguages() {
            PreparedImage prepared = preparer.prepare("jpeg", base64(TestImages.jpeg(TestImages.mostlyRed(400, 300))));

            ImageFacts facts = prepared.facts();
            ColourShare first = facts.dominantColours().getFirst();
            assertThat(first.colour()).isEqualTo(NamedColour.RED);
            assertThat(first.colour().chinese()).isEqualTo("红");
            assertThat(first.share()).isBetween(0.6, 0.8);
            assertThat(facts.dominantColours())
                    .extracting(ColourShare::colour)
                    .containsExactly(NamedColour.RED, NamedColour.WHITE, NamedColour.BLUE);
            assertThat(facts.describe("zh-CN")).startsWith("横图 400×300；主要颜色：红色 ");
            assertThat(facts.describe("en")).startsWith("landscape 400×300; main colours: red ");
            assertThat(facts.bytes()).isEqualTo(prepared.bytes().length);
        }

        @Test
        void theRecordNeverPrintsItsBytes() {
            PreparedImage prepared = preparer.prepare("png", base64(TestImages.png(TestImages.solid(4, 4, 0))));

            assertThat(prepared.toString()).startsWith("PreparedImage[jpeg 4×4").hasSizeLessThan(200);
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
