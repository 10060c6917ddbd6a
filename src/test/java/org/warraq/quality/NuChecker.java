package org.warraq.quality;

import java.io.File;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker in-process with its HTML5 schema. It is built against ICU 58 and calls methods later
 * ICUs removed, so {@link #isolated} loads it in its own class loader with that ICU (copied by the pom).
 */
public final class NuChecker {

    static final String HTML5_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private NuChecker() {
    }

    /** Runs {@link #check} in a class loader holding the test class path with ICU 58 instead of the project's ICU. */
    @SuppressWarnings("unchecked")
    static List<String> isolated(List<Path> files, List<String> names) throws Exception {
        Path icu = Path.of(System.getProperty("warraq.validatorIcu",
                System.getProperty("warraq.buildDir", "target") + "/validator-icu/icu4j.jar"));
        if (!Files.isRegularFile(icu)) {
            throw new IllegalStateException(icu + " is missing: run the tests through Maven (mvn verify), which copies it");
        }
        List<URL> urls = new ArrayList<>();
        urls.add(icu.toUri().toURL());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!entry.isEmpty() && !Path.of(entry).getFileName().toString().startsWith("icu4j-")) {
                urls.add(Path.of(entry).toUri().toURL());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            Method check = loader.loadClass(NuChecker.class.getName()).getMethod("check", List.class, List.class);
            return (List<String>) check.invoke(null, files.stream().map(Path::toString).toList(), names);
        }
    }

    /** Every error (not warning) the checker reports for each file, as {@code name:line:column: message}. */
    public static List<String> check(List<String> files, List<String> names) throws Exception {
        List<String> errors = new ArrayList<>();
        String[] page = {""};
        ErrorHandler handler = new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
            }

            @Override
            public void error(SAXParseException e) {
                errors.add(page[0] + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
            }

            @Override
            public void fatalError(SAXParseException e) {
                error(e);
            }
        };
        org.apache.log4j.Logger.getRootLogger().addAppender(new org.apache.log4j.varia.NullAppender());
        SimpleDocumentValidator validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema(HTML5_SCHEMA, handler);
        validator.setUpValidatorAndParsers(handler, false, false);
        for (int i = 0; i < files.size(); i++) {
            page[0] = names.get(i);
            validator.checkHtmlFile(new File(files.get(i)), true);
        }
        return errors;
    }
}
