package org.imrnlp.corpus.batch;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Temporary files for atomic writes (write, then move into place) that end up with the
 * permissions any new file gets: read and write for all, less the process's umask (0644 under
 * the usual umask), not the owner-only 0600 of {@link Files#createTempFile}, so that another user
 * (a BRAT server, a colleague) can read what a batch wrote.
 */
public final class TempFiles {

    private TempFiles() {
    }

    /** A new empty temporary file in {@code target}'s folder, named after it. */
    public static Path beside(Path target, String suffix) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        String prefix = "." + target.getFileName() + ".";
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile(folder, prefix, suffix,
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-rw-rw-")));
        }
        return Files.createTempFile(folder, prefix, suffix);
    }
}
