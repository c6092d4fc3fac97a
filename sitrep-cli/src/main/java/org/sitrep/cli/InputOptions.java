package org.sitrep.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.ingest.InputFormat;
import org.sitrep.ingest.InputReader;
import org.sitrep.ingest.ReadOptions;
import picocli.CommandLine.Option;

/** Input options shared by every command that reads documents (cli.md "Conventions"). */
public final class InputOptions {
    @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
            description = "auto|text|html|jsonl|warc|feed (default: auto, by extension and content)")
    String inputFormat;

    @Option(names = "--published", paramLabel = "YYYY-MM-DD",
            description = "Publication date for every input; wins over JSON Lines 'published' and datelines.")
    String published;

    @Option(names = "--threads", defaultValue = "1", paramLabel = "N", description = "Worker threads (default: 1).")
    int threads;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "On-disk gazetteer index built by `sitrep gazetteer build`.")
    Path gazetteer;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "detect",
            description = "detect (default) or en: skip language detection and treat every document as English.")
    String lang;

    @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + ReadOptions.DEFAULT_MAX_BYTES,
            description = "Largest document accepted, in bytes (default: 10 MiB).")
    long maxBytes;

    ReadOptions readOptions() {
        LocalDate pub = published == null ? null : InputReader.parseDate(published, "--published");
        return new ReadOptions(InputFormat.parse(inputFormat, "--input-format"), pub, maxBytes);
    }

    boolean detectLanguage() {
        if (lang.equals("detect")) {
            return true;
        }
        if (lang.equals("en") || lang.equals("eng")) {
            return false;
        }
        throw new SitrepException(ErrorCode.E_LANGUAGE, "--lang", lang);
    }
}
