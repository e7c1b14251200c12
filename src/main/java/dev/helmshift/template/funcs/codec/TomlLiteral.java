package dev.helmshift.template.funcs.codec;

/** A value BurntSushi's TOML encoder writes bare, not as a quoted string: Go's time.Time, as a TOML datetime. */
public interface TomlLiteral {
    String tomlLiteral();
}
