package io.microscout.brief;

/** A brief that cannot be read; the message names the file and the key ("brief.yaml: audience.ages[1]: ..."). */
public class BriefException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    public BriefException(String message) {
        super(message);
    }
}
