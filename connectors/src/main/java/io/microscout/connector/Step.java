package io.microscout.connector;

/**
 * One API call of a fetch.
 *
 * @param name       the raw file's name ({@code 003-media.json}: the step's number is added)
 * @param method     GET or POST
 * @param pathAndQuery below the connector's base URL, with the query; never holds a secret (secrets go in headers)
 * @param body       a JSON request body (POST), else null
 * @param units      the quota units the platform charges for it
 * @param importable the response is a catalog record file the importers read (else it only steers the fetch)
 */
public record Step(String name, String method, String pathAndQuery, String body, int units, boolean importable) {
    public static Step get(String name, String pathAndQuery, int units, boolean importable) {
        return new Step(name, "GET", pathAndQuery, null, units, importable);
    }
}
