package dev.rapport.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * An export file written as UTF-8 lines to a stream, for any sink: what differs between a folder
 * and a bucket is only how the finished bytes become visible and how unfinished ones are dropped.
 */
public final class StreamedLines implements ExportSink.Lines {

    /** Where the stream's bytes end up. */
    public interface Destination {
        /** The stream is flushed and closed: make the file visible, whole. */
        void publish() throws IOException;

        /** The export failed: leave nothing of this file behind. */
        void discard() throws IOException;
    }

    private final BufferedWriter writer;
    private final Destination destination;
    private boolean completed;

    public StreamedLines(OutputStream stream, Destination destination) {
        this.writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        this.destination = destination;
    }

    @Override
    public void write(String line) {
        try {
            writer.write(line);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void complete() {
        try {
            writer.close();
            destination.publish();
            completed = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (completed) {
            return;
        }
        try {
            try {
                writer.close();
            } finally {
                destination.discard();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
