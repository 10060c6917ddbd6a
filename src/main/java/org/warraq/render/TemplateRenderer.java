package org.warraq.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.warraq.content.BuildFailedException;
import org.warraq.content.Diagnostic;
import org.warraq.content.SiteConfig;
import org.warraq.site.PlannedPage;

/**
 * Renders planned pages with the site's Pebble templates. The engine is built once, with
 * autoescaping on and strict variables, so a misspelt variable is an error rather than a blank;
 * compiled templates are cached and shared by the threads rendering pages in parallel. Templates
 * get the site's Arabic text services ({@link ArabicTextExtension}).
 */
public final class TemplateRenderer {

    public static final String SUFFIX = ".peb";

    private final PebbleEngine engine;
    private final Path templatesDir;

    public TemplateRenderer(Path templatesDir) {
        this(templatesDir, SiteConfig.defaults());
    }

    public TemplateRenderer(Path templatesDir, SiteConfig config) {
        if (!Files.isDirectory(templatesDir)) {
            throw BuildFailedException.of(Diagnostic.error(templatesDir, 0, "templates folder not found"));
        }
        this.templatesDir = templatesDir;
        FileLoader loader = new FileLoader(templatesDir.toAbsolutePath().toString());
        loader.setSuffix(SUFFIX);
        loader.setCharset(StandardCharsets.UTF_8.name());
        this.engine = new PebbleEngine.Builder()
                .loader(loader)
                .autoEscaping(true)
                .strictVariables(true)
                .newLineTrimming(true)
                .defaultLocale(Locale.forLanguageTag("ar"))
                .extension(new ArabicTextExtension(config))
                .build();
    }

    /** Each rendering thread's page text, kept from page to page so it is not grown again for each. */
    private static final ThreadLocal<PageWriter> PAGE = ThreadLocal.withInitial(PageWriter::new);

    /** A writer into a builder, without the locks of {@link java.io.StringWriter}'s buffer. */
    private static final class PageWriter extends Writer {
        /** A thread keeps a builder up to this size; a larger page's (a long archive, say) is let go after it. */
        static final int KEPT = 1 << 20;

        static final int INITIAL = 64 * 1024;

        final StringBuilder text = new StringBuilder(INITIAL);

        @Override
        public void write(int c) {
            text.append((char) c);
        }

        @Override
        public void write(char[] chars, int offset, int length) {
            text.append(chars, offset, length);
        }

        @Override
        public void write(String string) {
            text.append(string);
        }

        @Override
        public void write(String string, int offset, int length) {
            text.append(string, offset, offset + length);
        }

        @Override
        public Writer append(CharSequence chars) {
            text.append(chars);
            return this;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    public byte[] render(PlannedPage page) {
        return render(page, page.modelToRender());
    }

    /** As {@link #render(PlannedPage)}, from the page's model already made. */
    public byte[] render(PlannedPage page, Map<String, Object> model) {
        Path file = templatesDir.resolve(page.template() + SUFFIX);
        if (!Files.isRegularFile(file)) {
            throw BuildFailedException.of(Diagnostic.error(file, 0, "template missing (needed for " + page.path() + ")"));
        }
        try {
            PebbleTemplate template = engine.getTemplate(page.template());
            PageWriter writer = PAGE.get();
            writer.text.setLength(0);
            template.evaluate(writer, model);
            byte[] bytes = writer.text.toString().getBytes(StandardCharsets.UTF_8);
            if (writer.text.capacity() > PageWriter.KEPT) {
                writer.text.setLength(0);
                writer.text.trimToSize();
                writer.text.ensureCapacity(PageWriter.INITIAL);
            }
            return bytes;
        } catch (PebbleException e) {
            Path where = file;
            if (e.getFileName() != null) {
                String name = Path.of(e.getFileName()).getFileName().toString();
                where = templatesDir.resolve(name.endsWith(SUFFIX) ? name : name + SUFFIX);
            }
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new BuildFailedException(List.of(new Diagnostic(where, line, 0, Diagnostic.Severity.ERROR,
                    e.getPebbleMessage() + " (rendering " + page.path() + ")")));
        } catch (IOException e) {
            throw BuildFailedException.of(Diagnostic.error(file, 0, "cannot render " + page.path() + ": " + e.getMessage()));
        }
    }
}
