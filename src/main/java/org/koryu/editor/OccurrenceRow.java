package org.koryu.editor;

import java.io.Serializable;
import java.time.LocalDate;

/** One editable day of an event form. */
public class OccurrenceRow implements Serializable {

    private static final long serialVersionUID = 1L;

    private LocalDate date;
    private String start;
    private String end;
    private String status = "scheduled";
    private LocalDate movedFrom;

    public OccurrenceRow() {
    }

    OccurrenceRow(LocalDate date, String start, String end, String status, LocalDate movedFrom) {
        this.date = date;
        this.start = start;
        this.end = end;
        this.status = status;
        this.movedFrom = movedFrom;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getStart() {
        return start;
    }

    public void setStart(String start) {
        this.start = start;
    }

    public String getEnd() {
        return end;
    }

    public void setEnd(String end) {
        this.end = end;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public LocalDate getMovedFrom() {
        return movedFrom;
    }

    public void setMovedFrom(LocalDate movedFrom) {
        this.movedFrom = movedFrom;
    }

    /** Nothing typed in this row yet. */
    boolean isEmpty() {
        return date == null && (start == null || start.isBlank()) && (end == null || end.isBlank()) && movedFrom == null;
    }
}
