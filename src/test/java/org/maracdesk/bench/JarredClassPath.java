package org.maracdesk.bench;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * A class path with each folder of classes packed into a jar of its own (the JDK's {@code jar} tool), jars left as
 * they are: the JVM archives classes for class-data sharing from jars only, and the launcher runs from one.
 */
final class JarredClassPath {
    private JarredClassPath() {
    }

    static String of(String classPath, Path jars) throws IOException {
        ToolProvider jar = ToolProvider.findFirst("jar")
                .orElseThrow(() -> new IllegalStateException("this JDK has no jar tool"));
        Files.createDirectories(jars);
        List<String> out = new ArrayList<>();
        int n = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (!Files.isDirectory(p)) {
                out.add(entry);
                continue;
            }
            Path packed = jars.resolve("classes-" + n++ + ".jar");
            Files.deleteIfExists(packed);
            PrintStream quiet = new PrintStream(PrintStream.nullOutputStream());
            if (jar.run(quiet, System.err, "cf", packed.toString(), "-C", p.toString(), ".") != 0) {
                throw new IllegalStateException("could not pack " + p + " into a jar");
            }
            out.add(packed.toString());
        }
        return String.join(File.pathSeparator, out);
    }
}
