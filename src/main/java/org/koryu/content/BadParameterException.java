package org.koryu.content;

/** A query parameter that cannot be used as given; the message names it. */
public class BadParameterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String parameter;

    public BadParameterException(String parameter, String message) {
        super("'" + parameter + "' " + message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
