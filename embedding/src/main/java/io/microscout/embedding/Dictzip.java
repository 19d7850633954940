package io.microscout.embedding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Random access into a dictzip file (dictd's {@code .dict.dz}: gzip whose header's "RA" field lists chunks, each
 * compressed with a full flush, so any chunk can be inflated on its own; see {@code man dictzip}), or into a plain
 * {@code .dict} file. A 100 MB dictionary is read one 58 KB chunk at a time, never whole.
 */
final class Dictzip implements AutoCloseable {
    private final Path file;
    private final FileChannel channel;
    private final int chunkLength;
    private final long[] chunkStarts; // compressed offsets; one more than the chunks, the last is the end
    private int cachedChunk = -1;
    private byte[] cached;

    private Dictzip(Path file, FileChannel channel, int chunkLength, long[] chunkStarts) {
        this.file = file;
        this.channel = channel;
        this.chunkLength = chunkLength;
        this.chunkStarts = chunkStarts;
    }

    static Dictzip open(Path file) {
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
            if (!file.getFileName().toString().endsWith(".dz")) {
                return new Dictzip(file, channel, 0, null);
            }
            ByteBuffer head =
                    ByteBuffer.allocate((int) Math.min(channel.size(), 1 << 20)).order(ByteOrder.LITTLE_ENDIAN);
            channel.read(head, 0);
            head.flip();
            if (head.remaining() < 12 || (head.get(0) & 0xff) != 0x1f || (head.get(1) & 0xff) != 0x8b) {
                throw new IllegalArgumentException(file + " is not a gzip file");
            }
            int flags = head.get(3) & 0xff;
            if ((flags & 4) == 0) {
                throw new IllegalArgumentException(file + " is gzip without dictzip's chunk table (run dictzip on it)");
            }
            int extraLength = head.getShort(10) & 0xffff;
            int pos = 12;
            int end = 12 + extraLength;
            int chunkLength = 0;
            int[] sizes = null;
            while (pos + 4 <= end) {
                boolean ra = head.get(pos) == 'R' && head.get(pos + 1) == 'A';
                int length = head.getShort(pos + 2) & 0xffff;
                if (ra) {
                    chunkLength = head.getShort(pos + 6) & 0xffff;
                    int count = head.getShort(pos + 8) & 0xffff;
                    sizes = new int[count];
                    for (int i = 0; i < count; i++) {
                        sizes[i] = head.getShort(pos + 10 + 2 * i) & 0xffff;
                    }
                }
                pos += 4 + length;
            }
            if (sizes == null) {
                throw new IllegalArgumentException(file + " has no dictzip chunk table (RA field)");
            }
            pos = end;
            pos = (flags & 8) != 0 ? skipZeroTerminated(head, pos) : pos; // file name
            pos = (flags & 16) != 0 ? skipZeroTerminated(head, pos) : pos; // comment
            pos += (flags & 2) != 0 ? 2 : 0; // header CRC
            long[] starts = new long[sizes.length + 1];
            starts[0] = pos;
            for (int i = 0; i < sizes.length; i++) {
                starts[i + 1] = starts[i] + sizes[i];
            }
            return new Dictzip(file, channel, chunkLength, starts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static int skipZeroTerminated(ByteBuffer b, int pos) {
        while (b.get(pos) != 0) {
            pos++;
        }
        return pos + 1;
    }

    /** {@code length} bytes from {@code offset} of the uncompressed text, as UTF-8. */
    synchronized String read(long offset, int length) {
        try {
            if (chunkStarts == null) {
                ByteBuffer b = ByteBuffer.allocate(length);
                channel.read(b, offset);
                return new String(b.array(), 0, b.position(), StandardCharsets.UTF_8);
            }
            byte[] out = new byte[length];
            int done = 0;
            while (done < length) {
                long at = offset + done;
                int chunk = (int) (at / chunkLength);
                if (chunk >= chunkStarts.length - 1) {
                    throw new IllegalArgumentException(file + " ends before offset " + at);
                }
                byte[] text = chunk(chunk);
                int from = (int) (at % chunkLength);
                int n = Math.min(length - done, text.length - from);
                if (n <= 0) {
                    throw new IllegalArgumentException(file + " ends before offset " + at);
                }
                System.arraycopy(text, from, out, done, n);
                done += n;
            }
            return new String(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private byte[] chunk(int k) throws IOException {
        if (k == cachedChunk) {
            return cached;
        }
        ByteBuffer in = ByteBuffer.allocate((int) (chunkStarts[k + 1] - chunkStarts[k]));
        channel.read(in, chunkStarts[k]);
        Inflater inflater = new Inflater(true);
        try {
            inflater.setInput(in.array(), 0, in.position());
            byte[] text = new byte[chunkLength];
            int n = 0;
            while (n < chunkLength && !inflater.finished()) {
                int got = inflater.inflate(text, n, chunkLength - n);
                if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                n += got;
            }
            cached = n == chunkLength ? text : java.util.Arrays.copyOf(text, n);
            cachedChunk = k;
            return cached;
        } catch (DataFormatException e) {
            throw new IllegalArgumentException(file + ": chunk " + k + " is corrupt (" + e.getMessage() + ")", e);
        } finally {
            inflater.end();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
