package org.sitrep.cli;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.ingest.InputItem;
import org.sitrep.ingest.InputReader;
import org.sitrep.text.LanguageGate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "text", mixinStandardHelpOptions = true,
        description = "The clean text each document's offsets refer to, as JSON Lines {\"id\", \"text\"}.")
public final class TextCommand implements Callable<Integer> {
    @Mixin
    InputOptions input;

    @Option(names = "--output", paramLabel = "F", description = "Write data to F instead of stdout.")
    Path output;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, directories (recursive) or - for stdin.")
    List<String> paths;

    @Override
    public Integer call() {
        boolean detect = input.detectLanguage();
        int failed = 0;
        try (Output out = new Output(output); Progress progress = new Progress("documents", System.err)) {
            for (InputItem item : new InputReader(paths, input.readOptions(), System.in)) {
                if (item instanceof InputItem.Failure f) {
                    System.err.println("sitrep: skipped " + f.message());
                    failed++;
                    progress.step(false, 0);
                    continue;
                }
                var doc = ((InputItem.Doc) item).document();
                if (detect) {
                    String lang = LanguageGate.detect(doc.text());
                    if (!lang.equals("eng")) {
                        System.err.println("sitrep: skipped " + org.sitrep.errors.ErrorCode.E_LANGUAGE.format(item.input(), LanguageGate.displayName(lang)));
                        failed++;
                        progress.step(false, 0);
                        continue;
                    }
                }
                ObjectNode n = JsonNodeFactory.instance.objectNode();
                n.put("id", doc.id());
                n.put("text", doc.text());
                out.line(ExtractCommand.json(n));
                progress.step(true, 1);
            }
            progress.close();
            progress.summary("texts");
        }
        return failed > 0 ? Main.SKIPPED : Main.OK;
    }
}
