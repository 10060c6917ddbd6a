package org.warraq.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.warraq.output.Digest;

/**
 * A digest of the code a build runs: the jar this class comes from (each entry's name, checksum and size), or its
 * classes folder byte for byte; the names and sizes of the other jars on the class path (their versions are in
 * their names); the Java version. Worked out once a process.
 */
final class CodeDigest {

    private static volatile String value;

    private CodeDigest() {
    }

    static String get() {
        String known = value;
        if (known == null) {
            try {
                known = of(Path.of(BuildCache.class.getProtectionDomain().getCodeSource().getLocation().toURI()),
                        System.getProperty("java.class.path", ""), Runtime.version().toString());
            } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
                throw new UncheckedIOException(new IOException("cannot read the code Warraq runs from: " + e.getMessage(), e));
            }
            value = known;
        }
        return known;
    }

    static String of(Path own, String classPath, String javaVersion) throws IOException {
        Digest digest = new Digest().text(javaVersion);
        digest(digest, own);
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.isEmpty() && Files.isRegularFile(path) && !path.toAbsolutePath().normalize().equals(own.toAbsolutePath().normalize())) {
                digest.text(path.getFileName().toString()).text(Long.toString(Files.size(path)));
            }
        }
        return digest.hex();
    }

    private static void digest(Digest digest, Path own) throws IOException {
        if (Files.isRegularFile(own)) {
            // A jar's entries rather than its bytes: the packager may order them differently from one packaging to the next.
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(own.toFile())) {
                List<java.util.zip.ZipEntry> entries = new ArrayList<>(jar.stream().toList());
                entries.sort(Comparator.comparing(java.util.zip.ZipEntry::getName));
                for (java.util.zip.ZipEntry entry : entries) {
                    digest.text(entry.getName()).text(Long.toString(entry.getCrc())).text(Long.toString(entry.getSize()));
                }
            }
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(own)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            digest.text(own.relativize(file).toString()).text(Long.toString(Files.size(file)));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    digest.bytes(buffer, 0, n);
                }
            }
        }
    }
}
