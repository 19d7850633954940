package io.microscout.generator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Writes a generated catalog as a series of folders {@code part-0001, part-0002, ...} of at most
 * {@code creatorsPerPart} creators each, every folder a complete {@link CatalogFiles} set: large catalogs then
 * import file by file (one transaction per file) in bounded memory.
 */
public final class ChunkedCatalogFiles implements Consumer<GeneratedCreator>, AutoCloseable {
    private final Path dir;
    private final int creatorsPerPart;
    private final List<Path> parts = new ArrayList<>();
    private CatalogFiles current;
    private int inCurrent;
    private long posts;

    public ChunkedCatalogFiles(Path dir, int creatorsPerPart) {
        if (creatorsPerPart < 1) {
            throw new IllegalArgumentException("creators per part must be at least 1, got " + creatorsPerPart);
        }
        this.dir = dir;
        this.creatorsPerPart = creatorsPerPart;
    }

    @Override
    public void accept(GeneratedCreator creator) {
        try {
            if (current == null || inCurrent == creatorsPerPart) {
                closeCurrent();
                Path part = dir.resolve(String.format("part-%04d", parts.size() + 1));
                parts.add(part);
                current = new CatalogFiles(part);
                inCurrent = 0;
            }
            current.accept(creator);
            inCurrent++;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The part folders written, in order. */
    public List<Path> parts() {
        return List.copyOf(parts);
    }

    public long postsWritten() {
        return posts + (current == null ? 0 : current.postsWritten());
    }

    private void closeCurrent() throws IOException {
        if (current != null) {
            posts += current.postsWritten();
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeCurrent();
    }
}
