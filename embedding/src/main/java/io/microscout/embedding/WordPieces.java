package io.microscout.embedding;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A model's word-piece tokenizer (the HuggingFace tokenizer through DJL, created once and reused): cuts a text into
 * chunks of at most {@code chunkPieces} word pieces, each framed by [CLS] and [SEP], so a long text is read whole
 * instead of being cut at the first chunk. At most {@code maxChunks} chunks per text; the rest of a longer text is
 * left out (and counted in {@link #piecesLeftOut()}).
 */
final class WordPieces implements AutoCloseable {

    /** One chunk of one text: its word-piece ids (with [CLS] and [SEP]) and the text it belongs to. */
    record Chunk(int text, long[] ids) {
        int length() {
            return ids.length;
        }
    }

    private final HuggingFaceTokenizer tokenizer;
    private final int maxChunks;
    private volatile long piecesLeftOut;

    WordPieces(SentenceModel model, int chunkPieces, int maxChunks) {
        if (chunkPieces < 8 || chunkPieces > 512) {
            throw new IllegalArgumentException(
                    "chunk length must be 8 to 512 word pieces (BERT's positions), not " + chunkPieces);
        }
        if (maxChunks < 1) {
            throw new IllegalArgumentException("at least one chunk per text");
        }
        this.maxChunks = maxChunks;
        // The jar's tokenizer.json may fix truncation and padding (MiniLM's: 128, padded): replaced here, since
        // chunks are cut by length and batches padded by the embedder.
        Map<String, String> options = Map.of(
                "truncation",
                "true",
                "maxLength",
                String.valueOf(chunkPieces),
                "padding",
                "false",
                "stride",
                "0",
                "addSpecialTokens",
                "true");
        try (InputStream in = SentenceModel.class.getClassLoader().getResourceAsStream(model.tokenizerResource())) {
            if (in == null) {
                throw new IllegalStateException("the tokenizer of " + model.id() + " (" + model.tokenizerResource()
                        + ") is not on the class path: add " + model.artifact());
            }
            tokenizer = HuggingFaceTokenizer.newInstance(in, options);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the tokenizer of " + model.id() + ": " + e.getMessage(), e);
        }
    }

    /** The chunks of texts[from, to), in text order; a blank text gives one chunk of [CLS] [SEP]. */
    List<Chunk> chunks(List<String> texts, int from, int to) {
        List<Chunk> out = new ArrayList<>();
        long leftOut = 0;
        for (int i = from; i < to; i++) {
            Encoding e = tokenizer.encode(texts.get(i), true, true);
            out.add(new Chunk(i, e.getIds()));
            Encoding[] more = e.getOverflowing();
            for (int c = 0; c < more.length; c++) {
                if (c + 1 < maxChunks) {
                    out.add(new Chunk(i, more[c].getIds()));
                } else {
                    leftOut += more[c].getIds().length - 2;
                }
            }
        }
        if (leftOut > 0) {
            synchronized (this) {
                piecesLeftOut += leftOut;
            }
        }
        return out;
    }

    /** Word pieces of long texts left out past the last chunk, since this tokenizer was made. */
    long piecesLeftOut() {
        return piecesLeftOut;
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
