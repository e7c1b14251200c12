package dev.helmshift.render;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Reads rendered documents as Helm's YAML library does for its checks: duplicate keys allowed (the last wins), no
 * warnings logged (render/ does not log), aliases bounded.
 */
final class RenderYaml {
    private RenderYaml() {
    }

    static Object load(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        options.setWarnOnDuplicateKeys(false);
        options.setMaxAliasesForCollections(10_000);
        return new Yaml(new SafeConstructor(options)).load(text);
    }
}
