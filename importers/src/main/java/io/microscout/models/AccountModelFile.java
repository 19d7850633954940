package io.microscout.models;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.microscout.authenticity.AccountClassifier;
import io.microscout.authenticity.AccountFeature;
import io.microscout.authenticity.BoostedTrees;
import io.microscout.authenticity.FakeAccountModel;
import io.microscout.authenticity.RegressionTree;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes and reads a {@link FakeAccountModel} as JSON. The application ships the one that
 * {@code ./microscout train authenticity --data DIR} writes to {@link #SHIPPED_SOURCE} (trained on InstaFake,
 * Akyon &amp; Kalfaoglu 2019, CC BY-NC 4.0).
 */
public final class AccountModelFile {
    public static final String FORMAT = "microscout-fake-account-model/1";
    public static final String RESOURCE = "/io/microscout/authenticity/account-model.json";
    /** Where the shipped model lives in the source tree (relative to the project root). */
    public static final String SHIPPED_SOURCE = "domain/src/main/resources" + RESOURCE;

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private AccountModelFile() {}

    public static void write(FakeAccountModel model, ObjectNode training, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), toJson(model, training));
    }

    public static ObjectNode toJson(FakeAccountModel model, ObjectNode training) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("description", model.description());
        root.put("threshold", model.threshold());
        if (model.heldOut() != null) {
            ObjectNode heldOut = root.putObject("heldOutAtThreshold");
            heldOut.put("recall", model.heldOut().recall());
            heldOut.put("falsePositiveRate", model.heldOut().falsePositiveRate());
            heldOut.put("recallSd", model.heldOut().recallSd());
            heldOut.put("falsePositiveRateSd", model.heldOut().falsePositiveRateSd());
        }
        ArrayNode features = root.putArray("features");
        model.features().forEach(f -> features.add(f.name()));
        if (training != null) {
            root.set("training", training);
        }
        root.put("baseLogit", model.trees().baseLogit());
        ArrayNode trees = root.putArray("trees");
        for (RegressionTree t : model.trees().trees()) {
            ObjectNode n = trees.addObject();
            ArrayNode feature = n.putArray("feature");
            ArrayNode threshold = n.putArray("threshold");
            ArrayNode missingLeft = n.putArray("missingLeft");
            ArrayNode left = n.putArray("left");
            ArrayNode right = n.putArray("right");
            ArrayNode value = n.putArray("value");
            for (int i = 0; i < t.nodeCount(); i++) {
                feature.add(t.feature()[i]);
                threshold.add(t.threshold()[i]);
                missingLeft.add(t.missingLeft()[i]);
                left.add(t.left()[i]);
                right.add(t.right()[i]);
                value.add(t.value()[i]);
            }
        }
        return root;
    }

    public static FakeAccountModel read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /** The model the application ships. */
    public static FakeAccountModel shipped() {
        try (InputStream in = AccountModelFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the shipped model " + RESOURCE
                        + " is missing; build it with ./microscout train authenticity --data DIR");
            }
            return read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FakeAccountModel read(InputStream in, String where) throws IOException {
        JsonNode root = JSON.readTree(in);
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(where + ": not a fake-account model (expected format " + FORMAT + ")");
        }
        List<AccountFeature> features = new ArrayList<>();
        for (JsonNode f : root.path("features")) {
            try {
                features.add(AccountFeature.valueOf(f.asText()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": unknown feature '" + f.asText() + "'", e);
            }
        }
        List<RegressionTree> trees = new ArrayList<>();
        for (JsonNode t : root.path("trees")) {
            int n = t.path("feature").size();
            int[] feature = new int[n];
            double[] threshold = new double[n];
            boolean[] missingLeft = new boolean[n];
            int[] left = new int[n];
            int[] right = new int[n];
            double[] value = new double[n];
            for (int i = 0; i < n; i++) {
                feature[i] = t.path("feature").get(i).asInt();
                threshold[i] = t.path("threshold").get(i).asDouble();
                missingLeft[i] = t.path("missingLeft").get(i).asBoolean();
                left[i] = t.path("left").get(i).asInt();
                right[i] = t.path("right").get(i).asInt();
                value[i] = t.path("value").get(i).asDouble();
            }
            trees.add(new RegressionTree(feature, threshold, missingLeft, left, right, value));
        }
        BoostedTrees boosted = new BoostedTrees(root.path("baseLogit").asDouble(), trees, features.size());
        JsonNode heldOut = root.path("heldOutAtThreshold");
        AccountClassifier.ErrorRates rates = heldOut.isObject()
                ? new AccountClassifier.ErrorRates(
                        heldOut.path("recall").asDouble(),
                                heldOut.path("falsePositiveRate").asDouble(),
                        heldOut.path("recallSd").asDouble(0),
                                heldOut.path("falsePositiveRateSd").asDouble(0))
                : null;
        return new FakeAccountModel(
                features,
                boosted,
                root.path("threshold").asDouble(),
                rates,
                root.path("description").asText(""));
    }
}
