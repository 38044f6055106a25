package org.koryu.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.koryu.accounts.CurrentActor;
import org.koryu.accounts.Role;
import org.koryu.content.BadParameterException;
import org.koryu.content.ContentJson;
import org.koryu.content.ValidationException;
import org.koryu.platform.api.Problem;

/**
 * Imports a calendar pasted as text: {@code POST /api/v1/manage/import/calendar?year=2023&dryRun=true}.
 * A dry run only reads; otherwise every complete event becomes a draft of the calling editor,
 * never a published item. Either way the answer lists what was read and every problem by line.
 * Where no partner matched, the editor chooses one and imports again with {@code partner=LINE:slug}.
 */
@Path("/v1/manage/import/calendar")
public class CalendarImportResource {

    private static final int MAX_CHARS = 200_000;

    @Inject
    CalendarImport calendar;

    @Inject
    CurrentActor current;

    @POST
    @Consumes(MediaType.TEXT_PLAIN)
    @Produces(MediaType.APPLICATION_JSON)
    public Response importCalendar(@QueryParam("year") String year, @QueryParam("dryRun") String dryRun,
                                   @QueryParam("partner") List<String> partners, String text) {
        if (!current.hasRole(Role.EDITOR)) {
            return Problem.of(403, "Not allowed", "Importing a calendar creates drafts: it needs the editor role").response();
        }
        int firstYear = year(year);
        boolean readOnly = dryRun(dryRun);
        if (text == null || text.isBlank()) {
            throw ValidationException.of("(body)", ImportCode.EMPTY_CALENDAR);
        }
        if (text.length() > MAX_CHARS) {
            throw ValidationException.of("(body)", ImportCode.CALENDAR_TOO_LONG, MAX_CHARS);
        }
        Map<Integer, String> choices = choices(partners);
        ImportResult result = readOnly ? calendar.read(text, firstYear, choices)
                : calendar.createDrafts(text, firstYear, choices, current.actor());
        return Response.ok(ContentJson.write(CalendarImportAnswer.of(firstYear, readOnly, result))).build();
    }

    /** The year of the first month heading that writes none: required, since a calendar page rarely prints it. */
    private static int year(String value) {
        if (value == null || value.isBlank()) {
            throw new BadParameterException("year", "is required: the year of the calendar's first month, e.g. year=2023");
        }
        if (!value.strip().matches("[0-9]{4}") || Integer.parseInt(value.strip()) < 2000 || Integer.parseInt(value.strip()) > 2100) {
            throw new BadParameterException("year", "'" + value + "' is not a year from 2000 to 2100");
        }
        return Integer.parseInt(value.strip());
    }

    /**
     * The partners a person chose where the import found none: {@code partner=42:nayoro} gives the
     * entry whose event line is line 42 the municipality {@code nayoro}.
     */
    private static Map<Integer, String> choices(List<String> values) {
        Map<Integer, String> choices = new HashMap<>();
        for (String value : values) {
            String[] parts = value.strip().split(":", 2);
            if (parts.length != 2 || !parts[0].matches("[0-9]{1,6}") || parts[1].isBlank()) {
                throw new BadParameterException("partner", "'" + value + "' is not LINE:SLUG, e.g. partner=42:nayoro");
            }
            choices.put(Integer.parseInt(parts[0]), parts[1].strip());
        }
        return choices;
    }

    private static boolean dryRun(String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new BadParameterException("dryRun", "'" + value + "' is neither true nor false");
        };
    }
}
