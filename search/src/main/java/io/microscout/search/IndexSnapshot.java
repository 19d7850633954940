package io.microscout.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.IOContext;

/** A copy of an index's last commit (for a backup), taken while holding its write lock. */
final class IndexSnapshot {
    private IndexSnapshot() {}

    static long copy(Directory directory, IndexWriting writing, Path target) {
        long[] docs = {0};
        try {
            if (!DirectoryReader.indexExists(directory)) {
                return 0;
            }
            writing.hold(w -> {
                SegmentInfos last = SegmentInfos.readLatestCommit(directory);
                try (Directory out = FSDirectory.open(target)) {
                    for (String file : last.files(true)) {
                        out.copyFrom(directory, file, file, IOContext.DEFAULT);
                    }
                    out.sync(last.files(true));
                    out.syncMetaData();
                }
                long n = 0;
                for (SegmentCommitInfo s : last) {
                    n += s.info.maxDoc() - s.getDelCount() - s.getSoftDelCount();
                }
                docs[0] = n;
            });
            return docs[0];
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy the search index to " + target + ": " + e.getMessage(), e);
        }
    }
}
