package org.koryu.platform.api;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;

import org.koryu.content.Violation;

/**
 * An error answer in {@code application/problem+json}: status, a short title, a detail that says
 * what to do, and where useful the fields or items at fault (each field's fault with a stable code a client can
 * act on or translate, and its English message).
 */
public record Problem(int status, String title, String detail, List<Violation> errors, List<String> items, String parameter,
                      String code) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public static Problem of(int status, String title, String detail) {
        return new Problem(status, title, detail, List.of(), List.of(), null, null);
    }

    public Problem withErrors(List<Violation> violations) {
        return new Problem(status, title, detail, violations, items, parameter, code);
    }

    public Problem withItems(List<String> names) {
        return new Problem(status, title, detail, errors, names, parameter, code);
    }

    public Problem withParameter(String name) {
        return new Problem(status, title, detail, errors, items, name, code);
    }

    /** A refusal that is about no field: its stable code, e.g. {@code workflow.revision_required}. */
    public Problem withCode(String stableCode) {
        return new Problem(status, title, detail, errors, items, parameter, stableCode);
    }

    public String json() {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", "about:blank")
                .add("title", title)
                .add("status", status)
                .add("detail", detail == null ? title : detail);
        if (code != null) {
            b.add("code", code);
        }
        if (parameter != null) {
            b.add("parameter", parameter);
        }
        if (!errors.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            errors.forEach(v -> list.add(Json.createObjectBuilder().add("field", v.field()).add("code", v.code().code())
                    .add("message", v.message())));
            b.add("errors", list);
        }
        if (!items.isEmpty()) {
            JsonArrayBuilder list = Json.createArrayBuilder();
            items.forEach(list::add);
            b.add("items", list);
        }
        return b.build().toString();
    }

    public Response response() {
        return Response.status(status).type(MEDIA_TYPE + ";charset=UTF-8").entity(json()).build();
    }
}
