package org.sitrep.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/** The bearer token for writes: created at first start in {@code DATA/api-token}, readable by its owner only. */
public final class ApiToken {
    private final String token;
    private final Path file;

    private ApiToken(String token, Path file) {
        this.token = token;
        this.file = file;
    }

    public static ApiToken loadOrCreate(Path dataDir) {
        Path f = dataDir.resolve("api-token");
        try {
            Files.createDirectories(dataDir);
            if (!Files.exists(f)) {
                byte[] b = new byte[32];
                new SecureRandom().nextBytes(b);
                String t = Base64.getUrlEncoder().withoutPadding().encodeToString(b);
                try {
                    if (f.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                        Files.createFile(f, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                    } else {
                        Files.createFile(f);
                    }
                    Files.writeString(f, t + "\n", StandardCharsets.UTF_8);
                } catch (FileAlreadyExistsException race) {
                    // another process created it first: read theirs
                }
            }
            if (f.getFileSystem().supportedFileAttributeViews().contains("posix")
                    && !Files.getPosixFilePermissions(f).equals(PosixFilePermissions.fromString("rw-------"))) {
                // a token file copied in or loosened by hand: owner-only again before it is used
                Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-------"));
            }
            return new ApiToken(Files.readString(f, StandardCharsets.UTF_8).strip(), f);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create or read the API token " + f + " (" + e.getMessage()
                    + "); give a writable --data directory", e);
        }
    }

    public Path file() {
        return file;
    }

    public String value() {
        return token;
    }

    /** Constant-time check of an {@code Authorization} header value. */
    public boolean accepts(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }
}
