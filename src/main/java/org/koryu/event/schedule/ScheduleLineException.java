package org.koryu.event.schedule;

import org.koryu.content.Fault;

/**
 * A 日時 line that cannot be read as dates and hours. The fault is meant for the editor who typed
 * or imported the line: it quotes the Japanese fragment and says what is wrong with it, in English
 * as the message (what the API answers) and in the editor's language through its code.
 */
public class ScheduleLineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Fault fault;

    ScheduleLineException(ScheduleCode code, Object... args) {
        this(Fault.of(code, args));
    }

    private ScheduleLineException(Fault fault) {
        super(fault.message());
        this.fault = fault;
    }

    public Fault fault() {
        return fault;
    }
}
