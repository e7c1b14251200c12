package dev.helmshift.cli;

import dev.helmshift.error.BadInputException;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.Logger;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.logging.Handler;
import java.util.logging.Level;

/**
 * The console logging Quarkus would set up, for commands that run without starting it ({@link LeanLaunch}): the same
 * JBoss LogManager console handler and pattern, from the same settings with Quarkus' precedence (application.properties,
 * then environment variables, then system properties; {@code %prod.} keys over plain ones): {@code quarkus.log.level},
 * {@code quarkus.log.category."NAME".level}, {@code quarkus.log.console.enable|level|format|stderr}. A category set
 * only by a variable ({@code QUARKUS_LOG_CATEGORY__DEV_HELMSHIFT__LEVEL}) is read with '_' as '.'.
 * <p>
 * JBoss LogManager stays the backend (the launcher installs it): java.util.logging, System.Logger (through its
 * LoggerFinder), JBoss Logging and SLF4J all reach it, as in the full path. Quarkus' delayed handler, which would hold
 * records until Quarkus starts, is replaced by the console handler.
 */
final class ConsoleLogging {
    static final String APPLICATION_PROPERTIES = "application.properties";
    private static final String CATEGORY = "quarkus.log.category.";
    private static final String ENV_CATEGORY = "QUARKUS_LOG_CATEGORY_";
    /** Quarkus' default for what application.properties leaves unset. */
    private static final String DEFAULT_FORMAT = "%d{yyyy-MM-dd HH:mm:ss,SSS} %-5p [%c{3.}] (%t) %s%e%n";
    private static final String[] PLAIN_KEYS = {"quarkus.log.level", "quarkus.log.console.enable", "quarkus.log.console.level",
            "quarkus.log.console.format", "quarkus.log.console.stderr"};

    private ConsoleLogging() {
    }

    static void configure() {
        apply(settings(applicationProperties(), System.getenv(), System.getProperties()), LogContext.getLogContext());
    }

    /** The effective quarkus.log.* settings, each under its property name. */
    static Map<String, String> settings(Properties application, Map<String, String> env, Properties system) {
        Map<String, String> settings = new TreeMap<>();
        for (String key : application.stringPropertyNames()) {
            if (key.startsWith("quarkus.log.")) {
                settings.putIfAbsent(key, application.getProperty(key));
            } else if (key.startsWith("%prod.quarkus.log.")) {
                settings.put(key.substring("%prod.".length()), application.getProperty(key));
            }
        }
        for (Map.Entry<String, String> e : env.entrySet()) {
            String key = e.getKey();
            if (key.startsWith(ENV_CATEGORY) && key.endsWith("_LEVEL") && key.length() > ENV_CATEGORY.length() + "_LEVEL".length()) {
                String name = strip(key.substring(ENV_CATEGORY.length(), key.length() - "_LEVEL".length()));
                settings.put(CATEGORY + "\"" + name.toLowerCase(Locale.ROOT).replace('_', '.') + "\".level", e.getValue());
            }
        }
        for (String key : settings.keySet().toArray(new String[0])) {
            override(settings, key, env.get(variable(key)));
        }
        for (String key : PLAIN_KEYS) {
            override(settings, key, env.get(variable(key)));
        }
        for (String key : system.stringPropertyNames()) {
            if (key.startsWith("quarkus.log.")) {
                settings.put(key, system.getProperty(key));
            }
        }
        return settings;
    }

    private static void override(Map<String, String> settings, String key, String value) {
        if (value != null) {
            settings.put(key, value);
        }
    }

    private static String strip(String underscored) {
        int from = 0;
        int to = underscored.length();
        while (from < to && underscored.charAt(from) == '_') {
            from++;
        }
        while (to > from && underscored.charAt(to - 1) == '_') {
            to--;
        }
        return underscored.substring(from, to);
    }

    /** MicroProfile Config's variable name: every character but letters and digits becomes '_', upper case. */
    static String variable(String property) {
        StringBuilder name = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            name.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return name.toString();
    }

    static void apply(Map<String, String> settings, LogContext context) {
        Logger root = context.getLogger("");
        root.setLevel(level(settings, "quarkus.log.level", "INFO"));
        Handler[] handlers = new Handler[0];
        if (!"false".equalsIgnoreCase(settings.getOrDefault("quarkus.log.console.enable", "true"))) {
            boolean stderr = "true".equalsIgnoreCase(settings.getOrDefault("quarkus.log.console.stderr", "false"));
            ConsoleHandler console = new ConsoleHandler(stderr ? ConsoleHandler.Target.SYSTEM_ERR : ConsoleHandler.Target.SYSTEM_OUT,
                    formatter(settings.getOrDefault("quarkus.log.console.format", DEFAULT_FORMAT)));
            console.setLevel(level(settings, "quarkus.log.console.level", "ALL"));
            handlers = new Handler[] {console};
        }
        root.setHandlers(handlers);
        settings.forEach((key, value) -> {
            if (key.startsWith(CATEGORY) && key.endsWith(".level")) {
                String name = key.substring(CATEGORY.length(), key.length() - ".level".length());
                if (name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")) {
                    name = name.substring(1, name.length() - 1);
                }
                context.getLogger(name).setLevel(level(settings, key, value));
            }
        });
    }

    /** JBoss LogManager's formatter for the pattern; a pattern it cannot read is bad input naming the setting. */
    private static PatternFormatter formatter(String pattern) {
        try {
            return new PatternFormatter(pattern);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("the setting quarkus.log.console.format is \"" + pattern + "\", which is no log format: "
                    + e.getMessage(), "see the format characters of Quarkus' logging guide (%d, %p, %c, %s, %e, %n, ...)");
        }
    }

    /** A level by JBoss' name (TRACE, DEBUG, INFO, WARN, ERROR, FATAL) or java.util.logging's (ALL, FINE, ..., OFF). */
    static Level level(String name) {
        return org.jboss.logmanager.Level.parse(name.trim().toUpperCase(Locale.ROOT));
    }

    private static Level level(Map<String, String> settings, String key, String fallback) {
        String value = settings.getOrDefault(key, fallback);
        try {
            return level(value);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("the setting " + key + " is \"" + value + "\", which is no log level",
                    "use TRACE, DEBUG, INFO, WARN, ERROR, FATAL, OFF or ALL");
        }
    }

    private static Properties applicationProperties() {
        Properties properties = new Properties();
        try (InputStream in = ConsoleLogging.class.getClassLoader().getResourceAsStream(APPLICATION_PROPERTIES)) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
