package org.sitrep.spark;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.sitrep.export.EventJson;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.EventActor;
import org.sitrep.model.Evidence;
import org.sitrep.model.SourceRef;

/**
 * Events as Spark rows: the Parquet schema mirrors event.schema.json field for field (nested structs and arrays,
 * dates as DATE, enums as their JSON strings), plus the partition column {@code month}. JSON Lines rows are the
 * exact line {@code sitrep extract} writes.
 */
public final class EventRows {
    /** The partition value of undated events. */
    public static final String UNKNOWN_MONTH = "unknown";

    private static final DataType S = DataTypes.StringType;
    private static final DataType I = DataTypes.IntegerType;
    private static final DataType D = DataTypes.DoubleType;

    private static final StructType DATE = struct(f("start", DataTypes.DateType), f("end", DataTypes.DateType), f("precision", S),
            f("text", S));
    private static final StructType LOCATION = struct(f("name", S), f("country", S), f("admin1", S), f("lat", D), f("lon", D),
            f("geonames_id", DataTypes.LongType), f("precision", S), f("text", S));
    private static final StructType ACTOR = struct(f("role", S), f("id", S), f("name", S), f("kind", S), f("country", S), f("text", S));
    private static final StructType COUNT = struct(f("best", I), f("low", I), f("high", I), f("text", S));
    private static final StructType EVIDENCE = struct(f("doc", S), f("start", I), f("end", I), f("quote", S));
    private static final StructType SOURCE = struct(f("doc", S), f("url", S), f("title", S), f("published", S), f("attributed_to", S),
            f("status", S));

    /** The Parquet schema: event.schema.json's fields in its order, then {@code month}. */
    public static final StructType SCHEMA = struct(f("id", S), f("type", S), f("subtype", S), f("date", DATE), f("location", LOCATION),
            f("actors", DataTypes.createArrayType(ACTOR, false)), f("fatalities", COUNT), f("injured", COUNT), f("incidents", I),
            f("claimed_by", DataTypes.createArrayType(S, false)), f("status", S), f("attributed_to", S), f("confidence", D),
            f("evidence", DataTypes.createArrayType(EVIDENCE, false)), f("sources", DataTypes.createArrayType(SOURCE, false)),
            f("pipeline_version", S), f("month", S));

    /** The JSON Lines rows: the partition column and the line. */
    public static final StructType LINES = struct(f("month", S), f("value", S));

    private EventRows() {
    }

    /** {@code YYYY-MM} of the start date, or {@value #UNKNOWN_MONTH}. */
    public static String month(Event e) {
        return e.date() == null || e.date().start() == null ? UNKNOWN_MONTH : e.date().start().toString().substring(0, 7);
    }

    public static Row line(Event e) {
        return RowFactory.create(month(e), EventJson.line(e));
    }

    public static Row row(Event e) {
        List<Row> actors = new ArrayList<>();
        for (EventActor a : e.actors()) {
            actors.add(RowFactory.create(a.role().json(), a.id(), a.name(), a.kind().json(), a.country(), a.text()));
        }
        List<Row> evidence = new ArrayList<>();
        for (Evidence x : e.evidence()) {
            evidence.add(RowFactory.create(x.doc(), x.start(), x.end(), x.quote()));
        }
        List<Row> sources = new ArrayList<>();
        for (SourceRef s : e.sources()) {
            sources.add(RowFactory.create(s.doc(), s.url(), s.title(), s.published(), s.attributedTo(),
                    s.status() == null ? null : s.status().json()));
        }
        var d = e.date();
        var l = e.location();
        return RowFactory.create(e.id(), e.type().json(), e.subtype().json(),
                RowFactory.create(sqlDate(d.start()), sqlDate(d.end()), d.precision().json(), d.text()),
                RowFactory.create(l.name(), l.country(), l.admin1(), round(l.lat(), 5), round(l.lon(), 5), l.geonamesId(), l.precision().json(),
                        l.text()),
                seq(actors), count(e.fatalities()), count(e.injured()), e.incidents(), seq(e.claimedBy()), e.status().json(),
                e.attributedTo(), round(e.confidence(), 3), seq(evidence), seq(sources), e.pipelineVersion(), month(e));
    }

    /** Rounded as {@link EventJson} rounds, so Parquet and JSON Lines carry the same numbers. */
    static Double round(Double v, int places) {
        return v == null ? null : java.math.BigDecimal.valueOf(v).setScale(places, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    private static java.sql.Date sqlDate(java.time.LocalDate d) {
        return d == null ? null : java.sql.Date.valueOf(d);
    }

    /** Arrays in external rows must be Scala sequences. */
    private static <T> scala.collection.Seq<T> seq(List<T> list) {
        return scala.jdk.javaapi.CollectionConverters.asScala(list).toSeq();
    }

    private static Row count(Count c) {
        return c == null ? null : RowFactory.create(c.best(), c.low(), c.high(), c.text());
    }

    private static StructField f(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    private static StructType struct(StructField... fields) {
        return DataTypes.createStructType(fields);
    }
}
