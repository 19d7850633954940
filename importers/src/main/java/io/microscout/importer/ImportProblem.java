package io.microscout.importer;

/**
 * Something an import could not read: where (file, then line or JSON path), which field, and why.
 * Printed as {@code file:line 12: field 'followers': "3.3x" is not a number}.
 */
public record ImportProblem(String file, String location, String field, String message) {

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder(file);
        if (location != null && !location.isEmpty()) {
            s.append(':').append(location);
        }
        s.append(": ");
        if (field != null && !field.isEmpty()) {
            s.append("field '").append(field).append("': ");
        }
        return s.append(message).toString();
    }
}
