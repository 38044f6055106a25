package org.koryu.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Logger;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;

import org.eclipse.microprofile.config.Config;
import org.koryu.accounts.AccountSetup;
import org.koryu.accounts.Role;
import org.koryu.content.ContentType;
import org.koryu.content.ContentTypes;
import org.koryu.delivery.EndedContentArchiver;
import org.koryu.demo.DemoContent;
import org.koryu.search.EditorialIndex;
import org.koryu.workflow.TransitionScheduler;
import org.koryu.workflow.WorkflowRegistry;

/**
 * The start-up sequence, in order: migrate the schema, load and check the workflows, prepare
 * accounts, load demo content, then start the scheduler (which first runs what fell due while
 * Koryu was down). Any failure stops the deployment with its message.
 */
@ApplicationScoped
public class Bootstrap {

    private static final Logger LOG = Logger.getLogger(Bootstrap.class.getName());

    @Inject
    DatabaseMigrations migrations;

    @Inject
    WorkflowRegistry workflows;

    @Inject
    ContentTypes types;

    @Inject
    AccountSetup accountSetup;

    @Inject
    DemoContent demoContent;

    @Inject
    TransitionScheduler scheduler;

    @Inject
    EndedContentArchiver archiver;

    @Inject
    EditorialIndex editorialIndex;

    @Inject
    Config config;

    private volatile boolean started;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext context) {
        long begin = System.nanoTime();
        migrations.migrate();
        workflows.load(workflowSources(context), Role.names(), workflowChoices());
        boolean demo = config.getOptionalValue("koryu.demo", Boolean.class).orElse(false);
        editorialIndex.catchUp();
        accountSetup.prepare(demo);
        if (demo) {
            demoContent.loadIfEmpty();
        }
        scheduler.start();
        archiver.start();
        started = true;
        LOG.info(() -> "Koryu started in " + (System.nanoTime() - begin) / 1_000_000 + " ms" + (demo ? " (demo mode)" : "")
                + "; data in " + DatabaseSettings.current().dataDir());
    }

    public boolean started() {
        return started;
    }

    private Map<String, String> workflowChoices() {
        Map<String, String> choices = new LinkedHashMap<>();
        for (ContentType<?> type : types.all()) {
            choices.put(type.name(), config.getOptionalValue("koryu.workflow." + type.name(), String.class)
                    .orElse(type.workflow()));
        }
        return choices;
    }

    private List<WorkflowRegistry.Source> workflowSources(ServletContext context) {
        Optional<String> dir = config.getOptionalValue("koryu.workflow.dir", String.class);
        List<WorkflowRegistry.Source> sources = new ArrayList<>();
        if (dir.isPresent()) {
            Path folder = Path.of(dir.get()).toAbsolutePath();
            try (Stream<Path> files = Files.list(folder)) {
                files.filter(f -> f.toString().endsWith(".properties")).sorted().forEach(f -> sources.add(
                        new WorkflowRegistry.Source(f.toString(), () -> Files.newBufferedReader(f, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new IllegalStateException("KORYU_WORKFLOW_DIR " + folder + " cannot be read: " + e.getMessage(), e);
            }
        } else {
            Set<String> paths = new TreeSet<>(Optional.ofNullable(context.getResourcePaths("/WEB-INF/workflow/")).orElse(Set.of()));
            for (String path : paths) {
                if (path.endsWith(".properties")) {
                    sources.add(new WorkflowRegistry.Source("workflow/" + path.substring(path.lastIndexOf('/') + 1),
                            () -> reader(context, path)));
                }
            }
        }
        if (sources.isEmpty()) {
            throw new IllegalStateException("No workflow definition found (workflow/*.properties)");
        }
        return sources;
    }

    private static Reader reader(ServletContext context, String path) {
        return new InputStreamReader(context.getResourceAsStream(path), StandardCharsets.UTF_8);
    }

    /** Closes an embedded Derby database cleanly, so the next start needs no recovery. */
    void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) ServletContext context) {
        scheduler.stop();
        archiver.stop();
        DatabaseSettings settings = DatabaseSettings.current();
        if (!settings.embeddedDerby()) {
            return;
        }
        String url = settings.url().replaceFirst(";.*$", "") + ";shutdown=true";
        for (Driver driver : ServiceLoader.load(Driver.class, Bootstrap.class.getClassLoader())) {
            try {
                if (driver.acceptsURL(url)) {
                    try (Connection ignored = driver.connect(url, new java.util.Properties())) {
                        LOG.warning("Derby did not confirm its shutdown");
                    }
                    return;
                }
            } catch (SQLException e) {
                // Derby answers a clean shutdown with SQLState 08006.
                if ("08006".equals(e.getSQLState())) {
                    LOG.info("Derby database closed");
                } else {
                    LOG.warning("Derby shutdown: " + e.getMessage());
                }
                return;
            }
        }
    }
}
