package org.koryu.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.koryu.content.ContentCode;
import org.koryu.content.Violation;

class ProblemTest {

    @Test
    void eachFieldsFaultHasItsCodeAndItsEnglishMessageButNotItsValues() {
        Problem problem = Problem.of(400, "Invalid input", "title.ja: at most 200 characters")
                .withErrors(List.of(new Violation("title.ja", ContentCode.TOO_LONG, List.of(200))));
        JsonObject error = Json.createReader(new StringReader(problem.json())).readObject().getJsonArray("errors").getJsonObject(0);
        assertThat(error.keySet()).containsExactly("field", "code", "message");
        assertThat(error.getString("code")).isEqualTo("content.too_long");
        assertThat(error.getString("message")).isEqualTo("at most 200 characters");
    }
}
