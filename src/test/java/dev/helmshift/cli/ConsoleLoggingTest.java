package dev.helmshift.cli;

import dev.helmshift.error.BadInputException;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Handler;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lean launch's logging reads Quarkus' quarkus.log.* settings with Quarkus' precedence and prints as Quarkus does. */
class ConsoleLoggingTest {
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    /** Applies the settings to a fresh context and sends the console handler's output to {@link #err}. */
    LogContext apply(Map<String, String> settings) {
        LogContext context = LogContext.create();
        ConsoleLogging.apply(settings, context);
        Handler[] handlers = context.getLogger("").getHandlers();
        assertThat(handlers).hasSize(1);
        assertThat(handlers[0]).isInstanceOf(ConsoleHandler.class);
        ((ConsoleHandler) handlers[0]).setOutputStream(err);
        return context;
    }

    static Properties properties(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }

    @Test
    void systemPropertiesBeatVariablesWhichBeatApplicationPropertiesAndProdKeysBeatPlainOnes() {
        Properties application = properties("quarkus.log.level", "WARN", "quarkus.log.console.format", "%s%n",
                "%prod.quarkus.log.console.format", "prod %s%n", "quarkus.log.category.\"dev.helmshift\".level", "INFO",
                "%dev.quarkus.log.level", "DEBUG", "quarkus.http.port", "8080");
        Map<String, String> env = Map.of("QUARKUS_LOG_LEVEL", "ERROR", "QUARKUS_LOG_CATEGORY__DEV_HELMSHIFT__LEVEL", "DEBUG",
                "QUARKUS_LOG_CATEGORY__ORG_YAML__LEVEL", "OFF", "PATH", "/bin");
        Properties system = properties("quarkus.log.level", "TRACE", "user.home", "/root");

        Map<String, String> settings = ConsoleLogging.settings(application, env, system);

        assertThat(settings).containsExactlyInAnyOrderEntriesOf(Map.of(
                "quarkus.log.level", "TRACE",
                "quarkus.log.console.format", "prod %s%n",
                "quarkus.log.category.\"dev.helmshift\".level", "DEBUG",
                "quarkus.log.category.\"org.yaml\".level", "OFF"));
    }

    @Test
    void variableNamesFollowMicroProfileConfig() {
        assertThat(ConsoleLogging.variable("quarkus.log.category.\"dev.helmshift\".level")).isEqualTo("QUARKUS_LOG_CATEGORY__DEV_HELMSHIFT__LEVEL");
        assertThat(ConsoleLogging.variable("quarkus.log.console.level")).isEqualTo("QUARKUS_LOG_CONSOLE_LEVEL");
    }

    @Test
    void aLevelThatIsNoLevelIsBadInputNamingTheSetting() {
        assertThatThrownBy(() -> ConsoleLogging.apply(Map.of("quarkus.log.category.\"dev.helmshift\".level", "LOUD"), LogContext.create()))
                .isInstanceOf(BadInputException.class)
                .hasMessage("the setting quarkus.log.category.\"dev.helmshift\".level is \"LOUD\", which is no log level");
    }

    @Test
    void aFormatThatIsNoFormatIsBadInputNamingTheSetting() {
        assertThatThrownBy(() -> ConsoleLogging.apply(Map.of("quarkus.log.console.format", "%q"), LogContext.create()))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("the setting quarkus.log.console.format is \"%q\", which is no log format: ");
    }

    @Test
    void aDisabledConsoleLeavesNoHandler() {
        LogContext context = LogContext.create();
        ConsoleLogging.apply(Map.of("quarkus.log.console.enable", "false"), context);
        assertThat(context.getLogger("").getHandlers()).isEmpty();
    }

    @Test
    void levelsAreReadByJBossAndJdkNames() {
        assertThat(ConsoleLogging.level("warn").intValue()).isEqualTo(900);
        assertThat(ConsoleLogging.level("DEBUG").intValue()).isEqualTo(500);
        assertThat(ConsoleLogging.level("ALL")).isEqualTo(Level.ALL);
        assertThat(ConsoleLogging.level("OFF")).isEqualTo(Level.OFF);
    }

    @Test
    void theConsoleHandlerPrintsThePatternOnStderrAndHonoursRootCategoryAndConsoleLevels() {
        LogContext context = apply(Map.of("quarkus.log.level", "WARN", "quarkus.log.console.stderr", "true",
                "quarkus.log.console.format", "%-5p [%c{2.}] %s%n", "quarkus.log.category.\"dev.helmshift\".level", "INFO"));
        context.getLogger("dev.helmshift.shift.ShiftRunner").info("advanced");
        context.getLogger("org.other.Thing").info("hidden by the root level");
        context.getLogger("org.other.Thing").log(org.jboss.logmanager.Level.WARN, "shown");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("INFO  [de.he.sh.ShiftRunner] advanced\nWARN  [or.ot.Thing] shown\n");

        err.reset();
        context = apply(Map.of("quarkus.log.level", "INFO", "quarkus.log.console.stderr", "true", "quarkus.log.console.level", "WARN",
                "quarkus.log.console.format", "%s%n"));
        context.getLogger("dev.helmshift.shift.ShiftRunner").info("below the console level");
        context.getLogger("dev.helmshift.shift.ShiftRunner").severe("above it");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("above it\n");
    }
}
