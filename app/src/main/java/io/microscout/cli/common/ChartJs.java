package io.microscout.cli.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations as JSON text, for the web app's pages and the campaign report's HTML: a chart of a type
 * with its labels and datasets, and a dataset of a label and its data (with any further Chart.js keys).
 */
public final class ChartJs {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ChartJs() {}

    /** {@code {"type": type, "data": {"labels": labels, "datasets": datasets}}}. */
    public static String chart(String type, List<?> labels, List<Map<String, Object>> datasets) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("labels", labels);
        data.put("datasets", datasets);
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("type", type);
        chart.put("data", data);
        try {
            return JSON.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One dataset; {@code more}: further keys and values in pairs ("type", "line", "showLine", false). */
    public static Map<String, Object> dataset(String label, List<?> data, Object... more) {
        Map<String, Object> d = new LinkedHashMap<>();
        for (int i = 0; i + 1 < more.length; i += 2) {
            d.put((String) more[i], more[i + 1]);
        }
        d.put("label", label);
        d.put("data", data);
        return d;
    }
}
