package org.koryu.event.schedule;

import org.koryu.content.Fault;

/**
 * Walks a part of a 日時 line token by token, skipping half- and full-width spaces between
 * tokens. Full-width digits, colon, slash and brackets and the range signs 〜 and ~ are folded to
 * one spelling each, one character for one, so positions still point into the text as written and
 * messages quote the editor's own characters.
 */
final class ScheduleCursor {

    static final char RANGE = '～';
    static final String LIST_SEPARATORS = "、・,，";

    private static final int MAX_DIGITS = 4;

    private final String written;
    private final String folded;
    private final int from;
    private final int to;
    private int position;

    /** A cursor over {@code written} from index {@code from} (inclusive) to {@code to} (exclusive). */
    ScheduleCursor(String written, int from, int to) {
        this.written = written;
        this.folded = fold(written);
        this.from = from;
        this.to = to;
        this.position = from;
    }

    boolean atEnd() {
        skipSpaces();
        return position >= to;
    }

    /** The next character after any spaces, or 0 at the end. */
    char peek() {
        return atEnd() ? 0 : folded.charAt(position);
    }

    boolean peekIs(char expected) {
        return peek() == expected;
    }

    boolean peekDigit() {
        return isDigit(peek());
    }

    boolean accept(char expected) {
        if (!peekIs(expected)) {
            return false;
        }
        position++;
        return true;
    }

    boolean acceptAny(String characters) {
        char next = peek();
        return next != 0 && characters.indexOf(next) >= 0 && accept(next);
    }

    /** Accepts a word only when all of it follows, with no spaces inside. */
    boolean acceptWord(String word) {
        skipSpaces();
        if (!folded.startsWith(word, position) || position + word.length() > to) {
            return false;
        }
        position += word.length();
        return true;
    }

    void expect(char expected, Expected what) {
        if (!accept(expected)) {
            throw expected(what);
        }
    }

    int number(Expected what) {
        if (!peekDigit()) {
            throw expected(what);
        }
        int start = position;
        while (position < to && isDigit(folded.charAt(position))) {
            position++;
        }
        if (position - start > MAX_DIGITS) {
            throw new ScheduleLineException(ScheduleCode.NUMBER_TOO_LONG, whole(), written.substring(start, position));
        }
        return Integer.parseInt(folded.substring(start, position));
    }

    int position() {
        skipSpaces();
        return position;
    }

    void reset(int mark) {
        position = mark;
    }

    /** The text as written from {@code mark} to the current position. */
    String writtenSince(int mark) {
        return written.substring(mark, position).strip();
    }

    /** All of this cursor's text as written, for messages. */
    String whole() {
        return written.substring(from, to).strip();
    }

    ScheduleLineException expected(Expected what) {
        String rest = written.substring(Math.min(position(), to), to).strip();
        Fault part = Fault.of(what);
        return rest.isEmpty() ? new ScheduleLineException(ScheduleCode.MISSING_AT_END, whole(), part)
                : new ScheduleLineException(ScheduleCode.EXPECTED, whole(), part, rest);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private void skipSpaces() {
        while (position < to && Character.isWhitespace(folded.charAt(position))) {
            position++;
        }
    }

    private static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            folded.append(foldChar(c));
        }
        return folded.toString();
    }

    private static char foldChar(char c) {
        if (c >= '０' && c <= '９') {
            return (char) (c - '０' + '0');
        }
        return switch (c) {
            case '：' -> ':';
            case '／' -> '/';
            case '（' -> '(';
            case '）' -> ')';
            case '〜', '~' -> RANGE;
            default -> c;
        };
    }
}
