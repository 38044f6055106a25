package org.koryu.event.schedule;

/**
 * A 日時 line that cannot be read as dates and hours. The message is meant for the editor who
 * typed or imported the line: it quotes the Japanese fragment and says what is wrong with it.
 */
public class ScheduleLineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ScheduleLineException(String message) {
        super(message);
    }
}
