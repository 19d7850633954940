package io.microscout.app;

import io.microscout.creator.CreatorKey;

/** Media kits and insights responses written for the tests (own figures, in the documented shapes). */
final class AudienceImportFixtures {
    static final CreatorKey CLEAN = CreatorKey.parse("instagram:clean");
    static final CreatorKey BOUGHT = CreatorKey.parse("instagram:bought");

    /** A German runner's media kit: percentages as media kits print them. */
    static final String GERMAN_KIT = "creator,dimension,value,share\n"
            + "instagram:clean,country,Germany,62%\n"
            + "instagram:clean,country,AT,18%\n"
            + "instagram:clean,country,US,10%\n"
            + "instagram:clean,age,18-24,40\n"
            + "instagram:clean,age,25-34,45\n"
            + "instagram:clean,gender,female,70%\n"
            + "instagram:clean,gender,male,30%\n";

    private AudienceImportFixtures() {}

    /**
     * An Instagram insights response for one demographics metric, in the shape of Meta's Instagram User Insights
     * reference (metric_type=total_value with breakdowns); each result as "VALUE[,VALUE]=COUNT".
     */
    static String insights(String metric, String dimensionKeys, String... results) {
        StringBuilder r = new StringBuilder();
        for (String result : results) {
            String[] valuesAndCount = result.split("=");
            String values = String.join("\",\"", valuesAndCount[0].split(","));
            r.append(r.length() > 0 ? "," : "")
                    .append("{\"dimension_values\":[\"")
                    .append(values)
                    .append("\"],\"value\":")
                    .append(valuesAndCount[1])
                    .append('}');
        }
        return "{\"data\":[{\"name\":\"" + metric + "\",\"period\":\"lifetime\",\"title\":\"Follower demographics\","
                + "\"total_value\":{\"breakdowns\":[{\"dimension_keys\":" + dimensionKeys + ",\"results\":[" + r
                + "]}]},\"id\":\"17841400000000000/insights/" + metric + "/lifetime\"}]}";
    }
}
