package org.koryu.accounts;

/** An account change that cannot be made as asked (the message says why), e.g. disabling the last admin. */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public AccountException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
