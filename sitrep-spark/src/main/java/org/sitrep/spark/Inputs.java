package org.sitrep.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.sitrep.errors.ErrorCode;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.store.IngestReader;

/**
 * The command line's {@code PATH...} on any Hadoop file system (local paths, {@code file:}, {@code hdfs:},
 * {@code s3a:} with its connector on the class path): expanded on the driver the way {@code sitrep extract} expands
 * local paths (directories recursively, hidden files skipped, ids relative to the directory argument), read on
 * the executors: text, HTML and JSON Lines as {@code extract} reads them, WARC archives and RSS/Atom feeds as
 * {@code ingest} reads them.
 */
public final class Inputs {
    private Inputs() {
    }

    /**
     * One unit of input: a whole file to read on an executor, or an input that already failed on the driver.
     *
     * @param uri the file's qualified URI (null for a failure)
     * @param name the input's name in messages (the argument, or the file relative to it)
     * @param id the document id of a text or HTML file
     * @param failure why it cannot be read, or null
     */
    public record FileInput(String uri, String name, String id, String failure) implements Serializable {
        private static final long serialVersionUID = 1L;
    }

    /** Expands {@code args}; each existing file becomes one input, each missing or unreadable argument a failure. */
    public static List<FileInput> expand(List<String> args, Configuration conf) {
        List<FileInput> out = new ArrayList<>();
        for (String arg : args) {
            try {
                Path p = new Path(arg);
                FileSystem fs = p.getFileSystem(conf);
                FileStatus st;
                try {
                    st = fs.getFileStatus(p);
                } catch (FileNotFoundException e) {
                    out.add(new FileInput(null, arg, arg, ErrorCode.E_NOT_FOUND.format(arg)));
                    continue;
                }
                if (!st.isDirectory()) {
                    out.add(new FileInput(st.getPath().toString(), arg, arg, null));
                    continue;
                }
                String root = st.getPath().toUri().getPath();
                String prefix = root.endsWith("/") ? root : root + "/";
                List<FileInput> files = new ArrayList<>();
                RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
                while (it.hasNext()) {
                    LocatedFileStatus f = it.next();
                    if (!f.isFile() || f.getPath().getName().startsWith(".")) {
                        continue;
                    }
                    String path = f.getPath().toUri().getPath();
                    String rel = path.startsWith(prefix) ? path.substring(prefix.length()) : f.getPath().getName();
                    files.add(new FileInput(f.getPath().toString(), rel, rel, null));
                }
                files.sort(java.util.Comparator.comparing(FileInput::id));
                out.addAll(files);
            } catch (IOException | IllegalArgumentException e) {
                out.add(new FileInput(null, arg, arg, ErrorCode.E_UNREADABLE.format(arg, e.getMessage())));
            }
        }
        return out;
    }

    /**
     * Reads one whole file on an executor and turns it into documents (or failures), as {@code extract} does;
     * WARC archives and RSS/Atom feeds as {@code sitrep ingest} does (one document per HTML response or entry).
     */
    public static Iterator<InputItem> read(FileInput in, BatchConfig config, InputReader reader, Configuration conf) {
        if (in.failure() != null) {
            return List.<InputItem>of(new InputItem.Failure(in.name(), in.failure())).iterator();
        }
        long maxBytes = config.maxBytes();
        try {
            Path p = new Path(in.uri());
            FileSystem fs = p.getFileSystem(conf);
            if (config.archive(in.name())) {
                return archive(in, p, fs, config);
            }
            long size = fs.getFileStatus(p).getLen();
            if (size > maxBytes && !in.name().toLowerCase(Locale.ROOT).endsWith(".jsonl")) {
                return List.<InputItem>of(new InputItem.Failure(in.name(),
                        ErrorCode.E_TOO_LARGE.format(in.name(), human(size), human(maxBytes)))).iterator();
            }
            if (size > Integer.MAX_VALUE - 16) {
                return List.<InputItem>of(new InputItem.Failure(in.name(), ErrorCode.E_TOO_LARGE.format(in.name(), human(size),
                        human(Integer.MAX_VALUE - 16) + " whole-file"))).iterator();
            }
            byte[] bytes;
            try (InputStream s = fs.open(p)) {
                bytes = s.readAllBytes();
            }
            return reader.parse(in.name(), in.id(), bytes);
        } catch (FileNotFoundException e) {
            return List.<InputItem>of(new InputItem.Failure(in.name(), ErrorCode.E_NOT_FOUND.format(in.name()))).iterator();
        } catch (IOException e) {
            return List.<InputItem>of(new InputItem.Failure(in.name(), ErrorCode.E_UNREADABLE.format(in.name(), e.getMessage()))).iterator();
        }
    }

    /** A WARC archive or feed through the ingest reader, from a local copy when the file system is not local. */
    private static Iterator<InputItem> archive(FileInput in, Path p, FileSystem fs, BatchConfig config) throws IOException {
        boolean local = "file".equals(fs.getUri().getScheme());
        java.nio.file.Path file;
        if (local) {
            file = java.nio.file.Path.of(p.toUri().getPath());
        } else {
            String n = p.getName();
            file = java.nio.file.Files.createTempFile("sitrep-", n.substring(Math.max(0, n.indexOf('.'))));
            fs.copyToLocalFile(false, p, new Path(file.toUri()), true);
        }
        try {
            List<InputItem> out = new ArrayList<>();
            String shown = file.toString();
            for (InputItem item : new IngestReader(List.of(shown), config.readOptions(), InputStream.nullInputStream())) {
                if (item instanceof InputItem.Failure f && f.input().equals(shown)) {
                    out.add(new InputItem.Failure(in.name(), f.message().replace(shown, in.name())));
                } else {
                    out.add(item);
                }
            }
            return out.iterator();
        } finally {
            if (!local) {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    static String human(long bytes) {
        if (bytes >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (double) (1L << 20));
        }
        if (bytes >= 1L << 10) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / (double) (1L << 10));
        }
        return bytes + " bytes";
    }
}
