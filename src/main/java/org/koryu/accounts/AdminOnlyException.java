package org.koryu.accounts;

/**
 * Someone who is not an admin asked for an admin's change or listing. The web constraint on
 * {@code /admin/*} normally stops them first; this is the check that holds whatever the path.
 */
public class AdminOnlyException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AdminOnlyException(String who) {
        super(who + " is not an admin; only admins manage accounts and API tokens");
    }
}
