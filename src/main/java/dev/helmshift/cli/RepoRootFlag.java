package dev.helmshift.cli;

import dev.helmshift.error.BadInputException;
import dev.helmshift.report.SourceRoot;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * --repo-root, shared by the commands that write SARIF and JUnit (a picocli mixin): the folder those reports name
 * files relative to. Without it, the repository that holds the current directory: the nearest folder upwards with a
 * {@code .git} entry (a folder, or the file of a linked worktree or submodule), as {@code git rev-parse
 * --show-toplevel} would answer without asking git; else the current directory.
 */
public class RepoRootFlag {
    @Option(names = "--repo-root", paramLabel = "DIR",
            description = "sarif/junit: name files relative to this folder (default: the git repository of the current directory)")
    Path repoRoot;

    SourceRoot sourceRoot() {
        if (repoRoot != null) {
            if (!Files.isDirectory(repoRoot)) {
                throw new BadInputException("--repo-root " + repoRoot + " is not a folder",
                        "give the root folder of the repository that holds the charts and values files");
            }
            return SourceRoot.at(repoRoot);
        }
        return SourceRoot.at(repositoryOf(Path.of("").toAbsolutePath()));
    }

    static Path repositoryOf(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return start;
    }
}
