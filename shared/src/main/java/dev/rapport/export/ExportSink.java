package dev.rapport.export;

import java.io.Closeable;

/** Port: where an export's lines and manifest go (a folder locally, an S3 bucket in AWS). */
public interface ExportSink {

    /** Starts the data file; it exists, empty, even when nothing is written to it. */
    Lines open(String name);

    /** Writes the manifest beside the data file, after the data file is complete. */
    void manifest(String name, String json);

    /** Where a file of this name ends up, for the manifest and the logs. */
    String location(String name);

    /**
     * The data file being written. {@link #complete()} makes it visible; closing it without
     * completing it (the export failed half way) discards it, so no reader ever sees half an export.
     */
    interface Lines extends Closeable {
        void write(String line);

        void complete();

        @Override
        void close();
    }
}
