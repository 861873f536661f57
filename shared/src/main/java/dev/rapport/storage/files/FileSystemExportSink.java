package dev.rapport.storage.files;

import dev.rapport.export.ExportSink;
import dev.rapport.export.StreamedLines;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Exports into a local folder. A file is written under a temporary name and moved into place when
 * complete, so a reader never sees half an export; a failed export leaves no file behind.
 */
public final class FileSystemExportSink implements ExportSink {

    private final Path folder;

    public FileSystemExportSink(Path folder) {
        this.folder = folder;
    }

    @Override
    public Lines open(String name) {
        try {
            Files.createDirectories(folder);
            Path partial = folder.resolve(name + ".partial");
            return new StreamedLines(Files.newOutputStream(partial), new StreamedLines.Destination() {
                @Override
                public void publish() throws IOException {
                    Files.move(
                            partial,
                            folder.resolve(name),
                            StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                }

                @Override
                public void discard() throws IOException {
                    Files.deleteIfExists(partial);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void manifest(String name, String json) {
        try (Lines lines = open(name)) {
            lines.write(json);
            lines.complete();
        }
    }

    @Override
    public String location(String name) {
        return folder.resolve(name).toAbsolutePath().toString();
    }
}
