package org.koryu.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database created before a lower-numbered migration arrived (at V6 without V4, as one made
 * from main before the media branch) is upgraded at the next start, with nothing lost.
 */
class MigrationOrderTest {

    @TempDir
    Path older;

    @Test
    void aMigrationNumberedBelowTheAppliedOnesIsStillApplied() throws IOException, URISyntaxException, SQLException {
        System.setProperty("derby.stream.error.file", Path.of("target", "derby-migration-test.log").toString());
        Path all = Path.of(DatabaseMigrations.class.getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(all)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("V4__")).toList()) {
                try (InputStream in = Files.newInputStream(file)) {
                    Files.copy(in, older.resolve(file.getFileName()));
                }
            }
        }
        EmbeddedDataSource db = new EmbeddedDataSource();
        db.setDatabaseName("memory:migration-order-" + System.nanoTime());
        db.setCreateDatabase("create");

        MigrateResult before = DatabaseMigrations.flyway(db, false, "filesystem:" + older).migrate();
        assertThat(before.migrations).extracting(m -> m.version).doesNotContain("4").contains("6");
        MigrateResult after = DatabaseMigrations.flyway(db, false, "classpath:db/migration").migrate();
        assertThat(after.success).isTrue();
        assertThat(after.migrations).extracting(m -> m.version).isEqualTo(List.of("4"));
        try (Connection c = db.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM media")) {
            assertThat(rs.next()).isTrue();
        }
    }
}
