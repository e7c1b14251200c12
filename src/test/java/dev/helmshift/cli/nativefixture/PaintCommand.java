package dev.helmshift.cli.nativefixture;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.List;

/** A command that needs native registrations, so NativeRegistrationsTest can show that its check finds them. */
@Command(name = "paint", versionProvider = PaintCommand.Version.class)
public class PaintCommand implements Runnable {
    public enum Color { red, green }

    public enum Shade { light, dark }

    public static final class HexConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return Integer.parseInt(value, 16);
        }
    }

    public static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"paint 1"};
        }
    }

    @Option(names = "--color")
    Color color;

    @Option(names = "--rgb", converter = HexConverter.class)
    int rgb;

    @Parameters
    List<Shade> shades;

    @Override
    public void run() {
    }
}
