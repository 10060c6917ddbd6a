package org.warraq.build;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

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
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        sha.update((javaVersion + "\n").getBytes(StandardCharsets.UTF_8));
        digest(sha, own);
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            if (!entry.isEmpty() && Files.isRegularFile(path) && !path.toAbsolutePath().normalize().equals(own.toAbsolutePath().normalize())) {
                sha.update((path.getFileName() + "\n" + Files.size(path) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static void digest(MessageDigest sha, Path own) throws IOException {
        if (Files.isRegularFile(own)) {
            // A jar's entries rather than its bytes: the packager may order them differently from one packaging to the next.
            try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(own.toFile())) {
                List<java.util.zip.ZipEntry> entries = new ArrayList<>(jar.stream().toList());
                entries.sort(Comparator.comparing(java.util.zip.ZipEntry::getName));
                for (java.util.zip.ZipEntry entry : entries) {
                    sha.update((entry.getName() + "\n" + entry.getCrc() + "\n" + entry.getSize() + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(own)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            sha.update((own.relativize(file) + "\n").getBytes(StandardCharsets.UTF_8));
            try (InputStream in = Files.newInputStream(file)) {
                byte[] buffer = new byte[1 << 16];
                for (int n; (n = in.read(buffer)) > 0; ) {
                    sha.update(buffer, 0, n);
                }
            }
        }
    }
}
