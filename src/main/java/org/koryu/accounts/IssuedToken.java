package org.koryu.accounts;

/** A token just issued: the only moment its secret is known to anyone but its holder. */
public record IssuedToken(ApiToken token, String secret) {
}
