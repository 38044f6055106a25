package org.koryu.accounts;

import java.util.Locale;

/**
 * An account change that cannot be made as asked, e.g. disabling the last admin. The message says
 * why in English (for logs and scripts); the reason and its arguments let a page say it in the
 * person's language beside the input concerned.
 */
public class AccountException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a change was refused, and which input of an account form it concerns. */
    public enum Reason {
        USERNAME_INVALID("username"),
        USERNAME_TAKEN("username"),
        PASSWORD_MISSING("password"),
        PASSWORD_TOO_SHORT("password"),
        ROLES_EMPTY("roles"),
        LAST_ADMIN("roles"),
        DISABLING_ONESELF("enabled"),
        DISPLAY_NAME_MISSING("displayName"),
        TOKEN_NAME_MISSING("name"),
        LAST_DAY_PASSED("expires"),
        NO_SUCH_TOKEN("token"),
        NO_SUCH_ACCOUNT("account");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

        /** The reason as a message key part, e.g. {@code last_admin}. */
        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final Reason reason;
    private final transient Object[] arguments;

    public AccountException(Reason reason, String message, Object... arguments) {
        super(message);
        this.reason = reason;
        this.arguments = arguments.clone();
    }

    public Reason reason() {
        return reason;
    }

    /** The input the refusal concerns: {@code username}, {@code password}, {@code roles}, … */
    public String field() {
        return reason.field;
    }

    /** The values the message names (a user name, a number of characters, a day), for a translated message. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
