package org.warraq.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Walks the folders the user names (content, templates) where they really are: a folder given as a symbolic link (to
 * a shared checkout, say) is only a link to {@link Files#walk}, which would find nothing in it.
 */
public final class Folders {

    private Folders() {
    }

    /** {@code folder} and everything under it, named under {@code folder} as given; the caller closes the stream. */
    public static Stream<Path> walk(Path folder) throws IOException {
        Path real = folder.toRealPath();
        return Files.walk(real).map(p -> folder.resolve(real.relativize(p).toString()));
    }
}
