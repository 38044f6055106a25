package org.koryu.it.browser;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

/**
 * axe-core run inside the page Chromium shows: the violations a person with a screen reader, a
 * keyboard or low vision would meet, of impact serious or critical. The script is the one npm
 * fetched for the build ({@code koryu.axe}).
 */
final class Axe {

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, {resultTypes: ['violations']}).then(r => done(JSON.stringify(
                r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => ({
                    rule: v.id, impact: v.impact, help: v.help,
                    nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + (n.failureSummary || '').replace(/\\s+/g, ' '))
                }))))).catch(e => done(JSON.stringify([{rule: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));
            """;

    private static String source;

    private Axe() {
    }

    /** The serious and critical violations of the page now shown, one readable line each (empty when none). */
    static List<String> seriousViolations(Browser browser) {
        browser.waitForPage();
        browser.driver().manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.script(source());
        String json = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver()).executeAsyncScript(RUN);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray violations = reader.readArray();
            return violations.stream().map(v -> {
                JsonObject o = v.asJsonObject();
                return o.getString("impact") + " " + o.getString("rule") + ": " + o.getString("help") + " "
                        + o.getJsonArray("nodes");
            }).toList();
        }
    }

    private static synchronized String source() {
        if (source == null) {
            Path script = Path.of(System.getProperty("koryu.axe", "target/axe/node_modules/axe-core/axe.min.js"));
            try {
                source = Files.readString(script);
            } catch (IOException e) {
                throw new UncheckedIOException("axe-core is missing at " + script + ": the build's npm step fetches it", e);
            }
        }
        return source;
    }
}
