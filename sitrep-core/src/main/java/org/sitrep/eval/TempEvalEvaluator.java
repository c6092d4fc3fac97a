package org.sitrep.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.errors.ErrorCode;
import org.sitrep.errors.SitrepException;
import org.sitrep.model.Document;
import org.sitrep.model.DocumentMeta;
import org.sitrep.model.Layers;
import org.sitrep.model.ResolvedDate;
import org.sitrep.pipeline.Pipeline;
import org.sitrep.resolve.dates.DateResolver;

/**
 * TempEval-3 TIMEX3 scoring (shared/spec/evaluation.md, "Dates"): each record's {@code dct} is its publication
 * date; a system date matches a gold TIMEX3 when their spans overlap. Reports relaxed-span P/R/F1 over mentions
 * and value P/R/F1, where a match counts only when the TIMEX3 value strings are equal. A range is scored as its
 * two ends (TimeML marks each end as a TIMEX3). Gold offsets are code-point offsets and are converted to UTF-16.
 */
public final class TempEvalEvaluator implements Evaluator {

    @Override
    public String name() {
        return "tempeval3";
    }

    @Override
    public boolean accepts(JsonNode first) {
        return first != null && first.has("dct") && first.has("timexes") && first.has("text");
    }

    private record Gold(int start, int end, String value, String type, String text) {
    }

    @Override
    public EvalReport evaluate(Path file, Pipeline pipeline, MissWriter misses) throws IOException {
        long sys = 0;
        long sysSpanOk = 0;
        long sysValueOk = 0;
        long gold = 0;
        long goldSpanOk = 0;
        long goldValueOk = 0;
        long goldTypeOk = 0;
        long docs = 0;
        try (GoldFile records = GoldFile.open(file)) {
            for (GoldFile.Record gr : records) {
                int lineNo = gr.line();
                JsonNode rec = gr.json();
                if (!accepts(rec)) {
                    throw new SitrepException(ErrorCode.E_EVAL_DATA, file + ":" + lineNo,
                            "lacks \"text\", \"dct\" or \"timexes\"; a TempEval-3 record needs all three");
                }
                docs++;
                String id = rec.path("id").asText("line" + lineNo);
                String text = rec.get("text").asText();
                LocalDate dct = parseDct(rec.get("dct").asText(), file, lineNo);
                int[] cp = codePointToUtf16(text);
                List<Gold> golds = new ArrayList<>();
                for (JsonNode t : rec.get("timexes")) {
                    int s = t.path("start").asInt(-1);
                    int e = t.path("end").asInt(-1);
                    if (s < 0 || e < s || e >= cp.length) {
                        continue;
                    }
                    golds.add(new Gold(cp[s], cp[e], t.path("value").asText(""), t.path("type").asText(""), t.path("text").asText("")));
                }
                Document doc = Document.of(id, text, DocumentMeta.empty().withPublished(dct, "jsonl"));
                Document out = pipeline.process(doc);
                List<ResolvedDate> found = new ArrayList<>();
                for (ResolvedDate d : out.get(Layers.DATES)) {
                    found.addAll(DateResolver.endpoints(d));
                }
                sys += found.size();
                gold += golds.size();
                for (ResolvedDate d : found) {
                    boolean span = false;
                    boolean value = false;
                    for (Gold g : golds) {
                        if (d.start() < g.end && g.start < d.end()) {
                            span = true;
                            value |= g.value.equals(d.value());
                        }
                    }
                    if (span) {
                        sysSpanOk++;
                    } else {
                        ObjectNode miss = misses.newMiss(id, "timex.spurious");
                        miss.put("text", text.substring(d.start(), d.end()));
                        miss.put("value", d.value());
                        miss.put("rule", d.mention().rule());
                        miss.put("dct", dct.toString());
                        miss.put("context", context(text, d.start(), d.end()));
                        misses.write(miss);
                    }
                    if (value) {
                        sysValueOk++;
                    }
                }
                for (Gold g : golds) {
                    ResolvedDate hit = null;
                    boolean value = false;
                    for (ResolvedDate d : found) {
                        if (d.start() < g.end && g.start < d.end()) {
                            if (hit == null || g.value.equals(d.value())) {
                                hit = d;
                            }
                            value |= g.value.equals(d.value());
                        }
                    }
                    if (hit == null) {
                        ObjectNode miss = misses.newMiss(id, "timex.missed");
                        miss.put("text", g.text);
                        miss.put("gold", g.value);
                        miss.put("type", g.type);
                        miss.put("dct", dct.toString());
                        miss.put("context", context(text, g.start, g.end));
                        misses.write(miss);
                        continue;
                    }
                    goldSpanOk++;
                    if (hit.type().name().equals(g.type)) {
                        goldTypeOk++;
                    }
                    if (value) {
                        goldValueOk++;
                    } else {
                        ObjectNode miss = misses.newMiss(id, "timex.value");
                        miss.put("text", g.text);
                        miss.put("found", text.substring(hit.start(), hit.end()));
                        miss.put("gold", g.value);
                        miss.put("value", hit.value());
                        miss.put("rule", hit.mention().rule());
                        miss.put("dct", dct.toString());
                        miss.put("context", context(text, g.start, g.end));
                        misses.write(miss);
                    }
                }
            }
        }
        EvalReport rep = new EvalReport(file.toString(), name());
        rep.ratio("timex.span.precision", sysSpanOk, sys);
        rep.ratio("timex.span.recall", goldSpanOk, gold);
        rep.metric("timex.span.f1", f1(sys == 0 ? 0 : (double) sysSpanOk / sys, gold == 0 ? 0 : (double) goldSpanOk / gold));
        rep.ratio("timex.value.precision", sysValueOk, sys);
        rep.ratio("timex.value.recall", goldValueOk, gold);
        rep.metric("timex.value.f1", f1(sys == 0 ? 0 : (double) sysValueOk / sys, gold == 0 ? 0 : (double) goldValueOk / gold));
        rep.ratio("timex.type.accuracy", goldTypeOk, goldSpanOk);
        rep.count("documents", docs);
        rep.count("gold.timexes", gold);
        rep.count("system.timexes", sys);
        return rep;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static LocalDate parseDct(String dct, Path file, int line) {
        String d = dct.length() >= 10 ? dct.substring(0, 10) : dct;
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new SitrepException(ErrorCode.E_EVAL_DATA, file + ":" + line,
                    "dct '" + dct + "' is not an ISO date (YYYY-MM-DD[Thh:mm]); fix the record");
        }
    }

    /** Maps each code-point offset (0..count inclusive) to its UTF-16 index. */
    static int[] codePointToUtf16(String text) {
        int n = text.codePointCount(0, text.length());
        int[] map = new int[n + 1];
        int i = 0;
        for (int k = 0; k < n; k++) {
            map[k] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        map[n] = text.length();
        return map;
    }

    private static String context(String text, int s, int e) {
        int a = Math.max(0, s - 60);
        int b = Math.min(text.length(), e + 60);
        return (text.substring(a, s) + "[" + text.substring(s, e) + "]" + text.substring(e, b)).replace('\n', ' ');
    }
}
