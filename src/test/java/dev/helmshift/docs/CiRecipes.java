package dev.helmshift.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The CI recipes that docs/check-in-ci.md shows: real files, so that tests can validate and run them. */
final class CiRecipes {
    static final Path GITHUB = Path.of("docs/ci/github-actions.yml");
    static final Path GITLAB = Path.of("docs/ci/gitlab-ci.yml");

    private CiRecipes() {
    }

    static JsonNode read(Path recipe) {
        try {
            return new YAMLMapper().readTree(Files.readString(recipe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
