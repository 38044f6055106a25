package org.koryu.editor;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.koryu.event.EventCalendar;
import org.koryu.event.EventKind;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;

/**
 * The month and week calendar of events: a lazy schedule model that asks the event calendar for
 * the range on screen each time the person moves, and turns each event day into an entry that
 * opens the event's form. Kind gives the colour, state a marker in the text, so colour is never
 * the only signal.
 */
@Named
@ViewScoped
public class CalendarBean implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    EventCalendar calendar;

    @Inject
    Messages messages;

    private LocalDate date;
    private final LazyScheduleModel model = new Days();

    public ScheduleModel getModel() {
        return model;
    }

    public List<String> getKinds() {
        return Arrays.stream(EventKind.values()).map(EventKind::key).toList();
    }

    /** The day the calendar opens on: the one asked for in the address (?date=2023-09-01), else today. */
    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    private final class Days extends LazyScheduleModel {

        private static final long serialVersionUID = 1L;

        @Override
        public void loadEvents(LocalDateTime start, LocalDateTime end) {
            String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
            for (EventCalendar.Day day : calendar.between(start.toLocalDate(), end.toLocalDate())) {
                addEvent(DefaultScheduleEvent.builder()
                        .id(day.itemId() + "-" + day.date())
                        .title(label(day))
                        .startDate(day.date().atTime(day.allDay() ? LocalTime.MIDNIGHT : day.start()))
                        .endDate(day.allDay() ? day.date().plusDays(1).atStartOfDay() : day.date().atTime(day.end()))
                        .allDay(day.allDay())
                        .styleClass("kind-" + day.kind() + " calendar-" + day.state()
                                + ("cancelled".equals(day.status()) ? " occurrence-cancelled" : ""))
                        .url(context + "/events/edit?id=" + day.itemId())
                        .editable(false)
                        .build());
            }
        }

        /** Published entries carry the title alone; the others say their state (and a cancelled day says so). */
        private String label(EventCalendar.Day day) {
            StringBuilder text = new StringBuilder();
            if (!"published".equals(day.state())) {
                text.append('[').append(messages.get("state." + day.state())).append("] ");
            }
            if ("cancelled".equals(day.status())) {
                text.append('[').append(messages.get("calendar.cancelled")).append("] ");
            }
            return text.append(day.title()).toString();
        }
    }
}
