package io.microscout.cli.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.microscout.privacy.PersonalData.ForgetReport;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON of {@code forget --json} and {@code export}, shared by the CLI and the REST API. */
public final class PersonalDataJson {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PersonalDataJson() {}

    /** {@code creator}, {@code forgottenAt}, {@code rowsRemoved} and {@code removed}: holder -> table -> rows. */
    public static Map<String, Object> forget(ForgetReport r) {
        Map<String, Object> j = new LinkedHashMap<>();
        j.put("creator", r.creator().toString());
        j.put("forgottenAt", r.forgottenAt().toString());
        j.put("rowsRemoved", r.rowsRemoved());
        j.put("removed", r.removed());
        return j;
    }

    public static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
