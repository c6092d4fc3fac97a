package org.sitrep.errors;

/** A failure with a catalogued code and a message that names the input and how to fix the problem. */
public class SitrepException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;

    public SitrepException(ErrorCode code, Object... args) {
        super(code.format(args));
        this.code = code;
    }

    public SitrepException(Throwable cause, ErrorCode code, Object... args) {
        super(code.format(args), cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
