package io.microscout.store.outreach;

import static io.microscout.store.outreach.JdbiOutreachRecords.at;

import io.microscout.outreach.likelihood.Evidence;
import io.microscout.outreach.likelihood.Prediction;
import io.microscout.outreach.likelihood.Predictions;
import io.microscout.outreach.likelihood.Signal;
import io.microscout.store.StoredTime;
import io.microscout.store.workspace.JdbiAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.PreparedBatch;

/** {@link Predictions} of one workspace in V70's outreach_predictions; each signal a line "SIGNAL\tvalue\treason". */
public final class JdbiPredictions implements Predictions {
    private final Jdbi jdbi;
    private final long workspace;

    public JdbiPredictions(Jdbi jdbi, long workspace) {
        this.jdbi = jdbi;
        this.workspace = workspace;
    }

    @Override
    public void save(List<Prediction> predictions) {
        if (predictions.isEmpty()) {
            return;
        }
        jdbi.useTransaction(h -> {
            PreparedBatch b = h.prepareBatch("INSERT INTO outreach_predictions (id, workspace_id, platform, handle, "
                    + "probability, evidence, predicted_at) VALUES (:id, :w, :p, :h, :q, :e, :at)");
            for (Prediction p : predictions) {
                b.bind("id", JdbiAccounts.newId())
                        .bind("w", workspace)
                        .bind("p", p.creator().platform().id())
                        .bind("h", p.creator().handle())
                        .bind("q", p.probability())
                        .bind("e", encode(p.evidence()))
                        .bind("at", at(p.at()))
                        .add();
            }
            b.execute();
        });
    }

    @Override
    public List<Prediction> all() {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT * FROM outreach_predictions WHERE workspace_id = :w ORDER BY predicted_at, id")
                .bind("w", workspace)
                .map((rs, c) -> new Prediction(
                        JdbiOutreachRecords.key(rs),
                        rs.getDouble("probability"),
                        decode(rs.getString("evidence")),
                        StoredTime.read(rs, "predicted_at")))
                .list());
    }

    static String encode(List<Evidence> evidence) {
        StringBuilder s = new StringBuilder();
        for (Evidence e : evidence) {
            s.append(e.signal().name())
                    .append('\t')
                    .append(String.format(Locale.ROOT, "%.17g", e.value()))
                    .append('\t')
                    .append(e.reason().replace('\t', ' ').replace('\n', ' ').replace('\r', ' '))
                    .append('\n');
        }
        return s.toString();
    }

    static List<Evidence> decode(String text) {
        List<Evidence> out = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t", 3);
            out.add(new Evidence(Signal.valueOf(parts[0]), Double.parseDouble(parts[1]), parts[2]));
        }
        return out;
    }
}
