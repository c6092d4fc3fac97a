package org.sitrep.resolve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.pipeline.Resources;
import org.sitrep.resolve.gazetteer.BinaryGazetteer;
import org.sitrep.resolve.gazetteer.GazetteerBuilder;
import org.sitrep.resolve.gazetteer.GazetteerIndexBuilder;

/**
 * Opens gazetteers: the bundled index on the class path (resource {@value #BUNDLED}, shipped in the
 * sitrep-geodata jar) or an on-disk index built by {@code sitrep gazetteer build}. Each is loaded once per JVM
 * and shared by all threads.
 */
public final class Gazetteers {
    /** Class-path resource name of the bundled index. */
    public static final String BUNDLED = "/sitrep/gazetteer/bundled.bin";
    private static final Map<String, Gazetteer> CACHE = new ConcurrentHashMap<>();

    private Gazetteers() {
    }

    /** The gazetteer that {@code resources} names: the bundled one, or the index in {@code gazetteerDir}. */
    public static Gazetteer load(Resources resources) {
        return resources.gazetteerDir() == null ? bundled() : open(resources.gazetteerDir());
    }

    /** The bundled index; fails with {@link ErrorCode#E_GAZETTEER} when sitrep-geodata is not on the class path. */
    public static Gazetteer bundled() {
        return CACHE.computeIfAbsent(BUNDLED, k -> {
            try (InputStream in = Gazetteers.class.getResourceAsStream(BUNDLED)) {
                if (in == null) {
                    throw new SitrepException(ErrorCode.E_GAZETTEER, BUNDLED,
                            "the bundled index is not on the class path (it ships in the sitrep-geodata jar; build it with"
                                    + " `mvn -pl sitrep-geodata install`, or put sitrep-geodata on the class path)");
                }
                byte[] bytes = in.readAllBytes();
                return new BinaryGazetteer(ByteBuffer.wrap(bytes), "bundled " + BUNDLED);
            } catch (IOException | IllegalArgumentException e) {
                throw new SitrepException(e, ErrorCode.E_GAZETTEER, BUNDLED, e.getMessage());
            }
        });
    }

    /** Memory-maps {@code dir/gazetteer.bin} written by {@link GazetteerIndexBuilder}. */
    public static Gazetteer open(Path dir) {
        Path file = dir.resolve(GazetteerIndexBuilder.FILE);
        return CACHE.computeIfAbsent(file.toAbsolutePath().normalize().toString(), k -> {
            if (!Files.isRegularFile(file)) {
                throw new SitrepException(ErrorCode.E_GAZETTEER, dir, "has no " + GazetteerIndexBuilder.FILE);
            }
            try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
                if (ch.size() > Integer.MAX_VALUE) {
                    throw new SitrepException(ErrorCode.E_GAZETTEER, file, "is larger than 2 GiB; build it from cities1000.txt");
                }
                ByteBuffer buf = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
                return new BinaryGazetteer(buf, file.toString());
            } catch (IOException | IllegalArgumentException e) {
                throw new SitrepException(e, ErrorCode.E_GAZETTEER, file, e.getMessage());
            }
        });
    }

    /** An in-memory gazetteer from a builder (tests, small custom gazetteers); not cached. */
    public static Gazetteer of(GazetteerBuilder builder, String description) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            builder.write(out);
            return new BinaryGazetteer(ByteBuffer.wrap(out.toByteArray()), description);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
