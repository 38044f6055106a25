package org.koryu.content;

import java.util.Locale;

/**
 * A kind of fault the domain reports — of a field ({@link Violation}) or of a line, an upload or an action
 * ({@link Fault}) — one enum per feature ({@link ContentCode}, {@code EventCode}, …) so that a new content type
 * brings its own. The code is stable: API clients may rely on it, and it is the key of the fault's
 * texts in the {@code violations} bundle beside the enum — English in {@code violations.properties} (what the API
 * answers), Japanese in {@code violations_ja.properties} (what the editor shows) — so text and code cannot drift apart.
 */
public interface ViolationCode {

    /** The enum constant's name, e.g. {@code END_NOT_AFTER_START}. */
    String name();

    /** The feature and the fault, e.g. {@code event.end_not_after_start}. */
    default String code() {
        String feature = getClass().getPackageName();
        return feature.substring(feature.lastIndexOf('.') + 1) + "." + name().toLowerCase(Locale.ROOT);
    }

    /** The base name of the bundle that holds the texts, in the enum's package. */
    default String bundle() {
        return getClass().getPackageName() + ".violations";
    }
}
