package org.warraq.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnalyzeCommandTest {

    private static final String INPUT = "بالمدرسة، في S-400\n\nﷲ ٢٠٢٤م\n";
    private static final String OUTPUT = "بالمدرسه\tمدرس\ts\t400\n\nالله\tله\tالل\t2024م\n";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void printsOneLineOfTabSeparatedTermsPerArgument() {
        assertEquals(0, run("analyze", "ومدرستهم", "", "في", "İSTANBUL ۱۴۰۳"));
        assertEquals("ومدرستهم\tمدرستهم\tمدرست\tمدرس\n\n\nistanbul\t1403\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void withoutArgumentsAnalysesEachLineOfStandardInput() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream(INPUT.getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run("analyze"));
        } finally {
            System.setIn(stdin);
        }
        assertArrayEquals(OUTPUT.getBytes(StandardCharsets.UTF_8), out.toByteArray());
    }

    /** Arabic digits and a dotted capital I in, ASCII out: only a UTF-8 reading of standard input gives these terms. */
    @Test
    void readsStandardInputAsUtf8WhateverThePlatformCharset() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(List.of(java.toString(), "-Dfile.encoding=ISO-8859-1",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze"))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (OutputStream stdin = process.getOutputStream()) {
            stdin.write("İSTANBUL ٢٠٢٤ ۱۴۰۳ S-400 المدارس\n".getBytes(StandardCharsets.UTF_8));
        }
        byte[] stdout = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue());
        assertEquals("istanbul\t2024\t1403\ts\t400\tالمدارس\tمدارس\n", new String(stdout, StandardCharsets.UTF_8));
    }
}
