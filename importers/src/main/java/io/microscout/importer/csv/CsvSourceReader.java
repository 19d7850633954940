package io.microscout.importer.csv;

import io.microscout.creator.CatalogBatch;
import io.microscout.importer.AccountLookup;
import io.microscout.importer.ImportOptions;
import io.microscout.importer.ImportRead;
import io.microscout.importer.ImportReadBuilder;
import io.microscout.importer.SourceReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads a CSV file of creators, posts or follower snapshots (told apart by the header, see
 * docs/csv-format.md), in MicroScout's columns or through {@link ImportOptions#columnMap()}. Streams the
 * file record by record. Each record's problems name its physical line (a quoted value may span lines), so
 * a user finds it in an editor; an invalid record is left out and reading goes on.
 */
public final class CsvSourceReader implements SourceReader {

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public ImportRead read(Path file, ImportOptions options, AccountLookup accounts) throws IOException {
        return read(file, options, new ImportReadBuilder(file.toString()));
    }

    /** Streams: hands the records over in chunks of {@code chunkSize} while reading. */
    @Override
    public ImportRead read(
            Path file, ImportOptions options, AccountLookup accounts, int chunkSize, Consumer<CatalogBatch> chunks)
            throws IOException {
        return read(file, options, new ImportReadBuilder(file.toString(), chunkSize, chunks));
    }

    private ImportRead read(Path file, ImportOptions options, ImportReadBuilder out) throws IOException {
        TextFile text = TextFile.open(file, options.encoding());
        try (CsvTable records = CsvTable.of(file.toString(), text.reader(), text.delimiter(), CsvTable.Spaces.KEPT)) {
            if (records.header().isEmpty()) {
                out.problems().add("line 1", null, "the file is empty; expected a header line");
                return out.build();
            }
            List<String> missing = new ArrayList<>();
            CsvColumns columns = CsvColumns.resolve(records.header(), options.columnMap(), missing);
            missing.addAll(missingRequired(columns, options));
            if (!missing.isEmpty()) {
                missing.forEach(
                        m -> out.problems().add("line 1", null, m + " (columns: " + columns.headerList() + ")"));
                return out.build();
            }
            CsvRecords kind = recordsOf(columns.kind(), options, file);
            CsvRow row = new CsvRow(columns, out.problems(), options.defaultPlatform());
            while (records.next()) {
                out.recordSeen();
                row.reset(records);
                if (!records.terminated()) {
                    row.problem(
                            null,
                            "the file ends inside this record, without a line break after it: it may have"
                                    + " been cut short (followers 3741 cut to 37), so it is not read; if it is whole, end the"
                                    + " file with a line break");
                }
                if (row.valid() && (!text.sawUndecodable() || row.decoded(text.charset()))) {
                    kind.read(row, out);
                }
            }
        } catch (CsvTable.Malformed e) {
            out.problems().add("line " + e.line, null, "malformed CSV: " + e.reason + " (" + e.column + ")");
        }
        return out.build();
    }

    private static List<String> missingRequired(CsvColumns columns, ImportOptions options) {
        List<String> missing = new ArrayList<>();
        List<CsvColumn> required = new ArrayList<>(List.of(CsvColumn.HANDLE));
        if (options.defaultPlatform() == null) {
            required.add(CsvColumn.PLATFORM);
        }
        switch (columns.kind()) {
            case POSTS:
                required.add(CsvColumn.PUBLISHED_AT);
                break;
            case SNAPSHOTS:
                required.add(CsvColumn.FOLLOWERS);
                break;
            default:
                break;
        }
        for (CsvColumn c : required) {
            if (!columns.has(c)) {
                missing.add("the required column '" + c.id() + "' is missing"
                        + (c == CsvColumn.PLATFORM ? "; add it or give a default platform (--platform)" : "")
                        + "; name the file's column with --map " + c.id() + "=COLUMN if it has another name");
            }
        }
        return missing;
    }

    private static CsvRecords recordsOf(CsvColumns.Kind kind, ImportOptions options, Path file) {
        switch (kind) {
            case POSTS:
                return new PostRecords();
            case SNAPSHOTS:
                return new SnapshotRecords();
            default:
                return new CreatorRecords(options.importedAt(), String.valueOf(file.getFileName()));
        }
    }
}
