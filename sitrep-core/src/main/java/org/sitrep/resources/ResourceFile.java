package org.sitrep.resources;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;

/**
 * A tab-separated data resource with a header. Format:
 * <pre>
 * # format: sitrep-tsv 1
 * # name: actors
 * # source: ...
 * # licence: ...
 * # columns: id	name	kind ...
 * # example: &lt;input&gt;	=&gt;	&lt;expected&gt;
 * row	row	row
 * </pre>
 * Header keys are required where the loader says so; {@code example} lines are collected for tests to execute.
 * Blank lines and lines starting with {@code ##} are comments.
 */
public final class ResourceFile {
    /** One data row with its 1-based line number. */
    public record Row(int line, List<String> cells) {
        public String get(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }
    }

    private final String path;
    private final Map<String, String> header;
    private final List<String> examples;
    private final List<Row> rows;
    private final String sha256;

    private ResourceFile(String path, Map<String, String> header, List<String> examples, List<Row> rows, String sha256) {
        this.path = path;
        this.header = header;
        this.examples = examples;
        this.rows = rows;
        this.sha256 = sha256;
    }

    /** Loads {@code /sitrep/<name>} from the class path. */
    public static ResourceFile load(String name) {
        String path = "/sitrep/" + name;
        try (InputStream in = ResourceFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new SitrepException(ErrorCode.E_RESOURCE, path, "not found on the class path");
            }
            return parse(path, in.readAllBytes());
        } catch (IOException e) {
            throw new SitrepException(e, ErrorCode.E_RESOURCE, path, e.getMessage());
        }
    }

    public static ResourceFile parse(String path, byte[] bytes) {
        Map<String, String> header = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new java.io.ByteArrayInputStream(bytes), StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("##")) {
                    continue;
                }
                if (line.startsWith("#")) {
                    String h = line.substring(1).trim();
                    int colon = h.indexOf(':');
                    if (colon > 0) {
                        String key = h.substring(0, colon).trim();
                        String value = h.substring(colon + 1).trim();
                        if (key.equals("example")) {
                            examples.add(value);
                        } else {
                            header.merge(key, value, (a, b) -> a + " " + b);
                        }
                    }
                    continue;
                }
                rows.add(new Row(n, List.of(line.split("\t", -1))));
            }
        } catch (IOException e) {
            throw new SitrepException(e, ErrorCode.E_RESOURCE, path, e.getMessage());
        }
        if (!header.containsKey("format")) {
            throw new SitrepException(ErrorCode.E_RESOURCE, path, "has no '# format:' header line");
        }
        return new ResourceFile(path, Map.copyOf(header), List.copyOf(examples), List.copyOf(rows), sha256(bytes));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String path() {
        return path;
    }

    public String header(String key) {
        return header.get(key);
    }

    public Map<String, String> header() {
        return header;
    }

    public List<String> examples() {
        return examples;
    }

    public List<Row> rows() {
        return rows;
    }

    /** SHA-256 of the file's bytes: resources are part of the pipeline version. */
    public String sha256() {
        return sha256;
    }

    public SitrepException error(Row row, String problem) {
        return new SitrepException(ErrorCode.E_RESOURCE, path + ":" + row.line(), problem);
    }
}
