package dev.helmshift.template.funcs.codec;

/**
 * A Go struct that marshals to JSON (and so to YAML through Helm's JSON step) as a value of the value model, as Go
 * types with a MarshalJSON method do (a semver version marshals as its string).
 */
public interface JsonValue {
    Object jsonValue();
}
