package dev.rapport.benchmarks;

import dev.rapport.inquiry.image.ImageFormat;
import dev.rapport.inquiry.image.ImageIoDecoder;
import dev.rapport.inquiry.image.ImageLimits;
import dev.rapport.inquiry.image.ImagePreparer;
import dev.rapport.inquiry.image.PreparedImage;
import dev.rapport.inquiry.image.TestImages;
import dev.rapport.inquiry.image.ValidatedImage;
import dev.rapport.problem.ProblemException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Photo preparation cost: a 12-megapixel phone-sized JPEG through validation, decoding, downscaling
 * and metadata-free re-encoding, and a decompression bomb refused from its header. Prints time
 * (median and p90 after warm-up) and memory: bytes allocated by the run and the heap's peak above
 * what was live before it (summed over pools, so an upper bound).
 *
 * <p>Run: {@code java -cp <benchmarks jar and its classpath> dev.rapport.benchmarks.ImageBenchmark [runs]}
 */
public final class ImageBenchmark {

    private static final int WARMUP = 5;

    private ImageBenchmark() {}

    public static void main(String[] args) throws IOException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ImagePreparer preparer = new ImagePreparer();
        ImageLimits limits = preparer.limits();

        byte[] photo = photoJpeg(4000, 3000, 7);
        String photoBase64 = Base64.getEncoder().encodeToString(photo);
        String bombBase64 = Base64.getEncoder().encodeToString(TestImages.pngClaiming(60_000, 60_000));

        System.out.printf(
                Locale.ROOT,
                "JDK %s, %d cores, max heap %d MB, %d runs after %d warm-up%n",
                Runtime.version(),
                Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20,
                runs,
                WARMUP);
        System.out.printf(
                Locale.ROOT,
                "12 MP JPEG: 4000×3000, %.2f MB (%d bytes), base64 %d chars%n%n",
                photo.length / 1048576.0,
                photo.length,
                photoBase64.length());
        System.out.printf(
                Locale.ROOT,
                "%-44s %9s %9s %13s %13s%n",
                "case",
                "median ms",
                "p90 ms",
                "allocated MB",
                "peak heap MB");

        measure("12 MP JPEG: validate (base64, sniff, header)", runs, () -> preparer.validate("jpeg", photoBase64));
        ValidatedImage validated = preparer.validate("jpeg", photoBase64);
        measure(
                "12 MP JPEG: decode only (ImageIO)",
                runs,
                () -> new ImageIoDecoder().decode(validated.bytes(), ImageFormat.JPEG, limits));
        PreparedImage prepared =
                measure("12 MP JPEG: whole preparation", runs, () -> preparer.prepare("jpeg", photoBase64));
        measure("60000×60000 PNG bomb: refused", runs, () -> {
            try {
                preparer.prepare("png", bombBase64);
                throw new IllegalStateException("the bomb was accepted");
            } catch (ProblemException refused) {
                return refused.problem();
            }
        });
        if (Runtime.getRuntime().maxMemory() >= 1L << 30) {
            // The largest image the limits let through: smooth, so that 40 MP still fits in 3.75 MB.
            byte[] largest = photoJpeg(7296, 5472, 0);
            String largestBase64 = Base64.getEncoder().encodeToString(largest);
            System.out.printf(
                    Locale.ROOT,
                    "%-44s (%.2f MB, %d runs)%n",
                    "40 MP JPEG: 7296×5472, the largest accepted",
                    largest.length / 1048576.0,
                    Math.max(3, runs / 4));
            measure(
                    "40 MP JPEG: whole preparation",
                    2,
                    Math.max(3, runs / 4),
                    () -> preparer.prepare("jpeg", largestBase64));
        } else {
            System.out.println("40 MP case skipped: it needs a heap of 1 GB to generate its input");
        }
        System.out.printf(
                Locale.ROOT,
                "%nprepared: %s%nfacts: %s | %s%n",
                prepared,
                prepared.facts().describe("en"),
                prepared.facts().describe("zh-CN"));
    }

    private static <T> T measure(String name, int runs, Supplier<T> work) {
        return measure(name, WARMUP, runs, work);
    }

    private static <T> T measure(String name, int warmup, int runs, Supplier<T> work) {
        for (int i = 0; i < warmup; i++) {
            work.get();
        }
        Timings timings = new Timings();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long allocated = 0;
        long peakAbove = 0;
        T result = null;
        for (int i = 0; i < runs; i++) {
            System.gc();
            long before = heapUsed();
            heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
            long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
            long start = System.nanoTime();
            result = work.get();
            timings.add(System.nanoTime() - start);
            allocated = Math.max(allocated, threads.getCurrentThreadAllocatedBytes() - allocatedBefore);
            long peak = heapPools().stream()
                    .mapToLong(pool -> pool.getPeakUsage().getUsed())
                    .sum();
            peakAbove = Math.max(peakAbove, peak - before);
        }
        System.out.printf(
                Locale.ROOT,
                "%-44s %9.1f %9.1f %13.1f %13.1f%n",
                name,
                timings.percentileMillis(50),
                timings.percentileMillis(90),
                allocated / 1048576.0,
                peakAbove / 1048576.0);
        return result;
    }

    private static List<MemoryPoolMXBean> heapPools() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
    }

    private static long heapUsed() {
        return heapPools().stream().mapToLong(pool -> pool.getUsage().getUsed()).sum();
    }

    /**
     * Smooth gradients under per-pixel sensor-like noise (standard deviation {@code noise}), written at
     * quality 0.9: with noise 7, about as large as a real 12 MP phone photo and far from trivially
     * compressible.
     */
    private static byte[] photoJpeg(int width, int height, double noise) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double wave = Math.sin(x / 90.0) * Math.cos(y / 130.0);
                int r = clamp(70 + 140 * x / width + (int) (30 * wave) + (int) (random.nextGaussian() * noise));
                int g = clamp(50 + 130 * y / height - (int) (25 * wave) + (int) (random.nextGaussian() * noise));
                int b = clamp(110 + (int) (70 * Math.sin((x + 2 * y) / 400.0)) + (int) (random.nextGaussian() * noise));
                row[x] = r << 16 | g << 8 | b;
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(255, value));
    }
}
