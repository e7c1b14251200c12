package dev.helmshift.analysis.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.helmshift.analysis.values.ValuePaths;
import dev.helmshift.error.BadInputException;
import dev.helmshift.report.Finding;
import dev.helmshift.report.Location;
import dev.helmshift.report.Severity;
import dev.helmshift.report.Json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Validates values against a chart's {@code values.schema.json} with networknt. The schema's {@code $schema} picks
 * the draft (7, 2019-09 and 2020-12 are honoured); without one, draft 7 applies, as in Helm. Each error becomes a
 * {@value #RULE} finding at the user's file and line when the user set that key, else at the path alone.
 */
public final class SchemaValidator {
    public static final String RULE = "schema-violation";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SchemaValidator() {
    }

    public static List<Finding> validate(String schemaFile, String schemaText, Map<String, Object> values, LocatedValues user) {
        return validate(schemaFile, schemaText, values, user == null ? List.of() : List.of(user));
    }

    /** With several user files, a finding points at the last file that sets the key (it wins, as in Helm). */
    public static List<Finding> validate(String schemaFile, String schemaText, Map<String, Object> values,
                                         List<LocatedValues> users) {
        Schema schema;
        try {
            JsonNode schemaNode = MAPPER.readTree(schemaText);
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(schemaNode);
        } catch (Exception e) {
            throw new BadInputException(schemaFile + ": not a usable JSON schema: " + firstLine(e.getMessage()),
                    "fix the chart's values.schema.json");
        }
        List<Finding> findings = new ArrayList<>();
        for (Error error : schema.validate(Json.tree(values))) {
            String path = path(error);
            int line = 0;
            String file = schemaFile;
            for (LocatedValues user : users) {
                if (user.lineOf(path) > 0) {
                    line = user.lineOf(path);
                    file = user.file();
                }
            }
            findings.add(new Finding(RULE, Severity.ERROR, error.getMessage(),
                    Location.of(file, line, path), "change the value to satisfy values.schema.json"));
        }
        return findings;
    }

    private static String path(Error error) {
        var location = error.getInstanceLocation();
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? path + "[" + index + "]" : ValuePaths.child(path, String.valueOf(element));
        }
        if (error.getProperty() != null && "required".equals(error.getKeyword())) {
            path = ValuePaths.child(path, error.getProperty());
        }
        return path;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
