package dev.rapport.storage.files;

import dev.rapport.export.ExportSink;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
            BufferedWriter writer = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            return new Lines() {
                private boolean completed;

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
                        Files.move(partial, folder.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                                StandardCopyOption.ATOMIC_MOVE);
                        completed = true;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }

                @Override
                public void close() {
                    if (!completed) {
                        try {
                            writer.close();
                            Files.deleteIfExists(partial);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }
            };
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
