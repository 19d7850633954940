package io.microscout.embedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.microscout.testing.RequiredComponents;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DictzipTest {
    @TempDir
    Path dir;

    @Test
    void anySliceReadsAsTheSameBytesOfTheWholeText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 300_000; i++) {
            text.append("Eintrag ").append(i).append(" – Überschrift\nentry <n>\n");
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        Path file = dir.resolve("t.dict.dz");
        Files.write(file, dictzip(bytes, 4096));

        try (Dictzip dz = Dictzip.open(file)) {
            Random random = new Random(7);
            for (int i = 0; i < 300; i++) {
                int from = random.nextInt(bytes.length - 10_000);
                int length = 1 + random.nextInt(10_000);
                assertThat(dz.read(from, length)).isEqualTo(new String(bytes, from, length, StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void gzipWithoutTheChunkTableIsRefusedWithAPlainReason() throws IOException {
        Path file = dir.resolve("plain.dict.dz");
        try (GZIPOutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("text".getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> Dictzip.open(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("plain.dict.dz")
                .hasMessageContaining("chunk table");
    }

    @Test
    void theInstalledFreeDictDataReadsAsItsWholeDecompression() throws IOException {
        Path file = WordGloss.DICTD.resolve(WordGloss.BASE_NAME + ".dict.dz");
        RequiredComponents.require(
                Files.isRegularFile(file),
                "FreeDict's German-English dictionary (apt-get install dict-freedict-deu-eng)");
        byte[] whole;
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            whole = in.readAllBytes();
        }
        try (Dictzip dz = Dictzip.open(file)) {
            Random random = new Random(11);
            for (int i = 0; i < 200; i++) {
                int from = random.nextInt(whole.length - 200_000);
                int length = 1 + random.nextInt(200_000);
                byte[] read = dz.read(from, length).getBytes(StandardCharsets.UTF_8);
                assertThat(new String(read, StandardCharsets.UTF_8))
                        .isEqualTo(new String(whole, from, length, StandardCharsets.UTF_8));
            }
        }
    }

    /** A dictzip file as {@code dictzip} writes one: gzip with an "RA" field, each chunk flushed in full. */
    static byte[] dictzip(byte[] text, int chunkLength) throws IOException {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        int chunks = (text.length + chunkLength - 1) / chunkLength;
        int[] sizes = new int[chunks];
        byte[] buf = new byte[chunkLength * 2 + 64];
        for (int c = 0; c < chunks; c++) {
            int from = c * chunkLength;
            deflater.setInput(text, from, Math.min(chunkLength, text.length - from));
            if (c == chunks - 1) {
                deflater.finish();
            }
            int n = deflater.deflate(buf, 0, buf.length, c == chunks - 1 ? Deflater.NO_FLUSH : Deflater.FULL_FLUSH);
            body.write(buf, 0, n);
            sizes[c] = n;
        }
        int extra = 4 + 6 + 2 * chunks;
        ByteBuffer head = ByteBuffer.allocate(12 + extra).order(ByteOrder.LITTLE_ENDIAN);
        head.put((byte) 0x1f)
                .put((byte) 0x8b)
                .put((byte) 8)
                .put((byte) 4)
                .putInt(0)
                .put((byte) 2)
                .put((byte) 3);
        head.putShort((short) extra).put((byte) 'R').put((byte) 'A').putShort((short) (6 + 2 * chunks));
        head.putShort((short) 1).putShort((short) chunkLength).putShort((short) chunks);
        for (int s : sizes) {
            head.putShort((short) s);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head.array());
        body.writeTo(out);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text);
        ByteBuffer tail = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
        tail.putInt((int) crc.getValue()).putInt(text.length);
        out.write(tail.array());
        return out.toByteArray();
    }
}
