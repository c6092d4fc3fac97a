package org.sitrep.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetReader;
import org.apache.parquet.hadoop.example.GroupReadSupport;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.export.EventCsv;
import org.sitrep.model.ActorKind;
import org.sitrep.model.Event;
import org.sitrep.model.SubEventType;

/** The Parquet export read back with Apache parquet-hadoop (a test-only dependency): schema and every value as in the CSV. */
class ParquetEventWriterTest {
    @TempDir
    Path dir;

    static List<Event> events(int n) {
        List<Event> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            boolean dated = i % 7 != 3;
            out.add(Fixtures.event("d" + i, Fixtures.T1 + " Item " + i + ", with \"quotes\", commas and ünïcode.", "2024-05-0" + (1 + i % 9),
                    i % 2 == 0 ? SubEventType.ATTACK : SubEventType.ARMED_CLASH, dated ? LocalDate.of(2024, 1, 1).plusDays(i % 300).toString() : null,
                    "Tarvik", "XX", i % 3 == 0 ? null : "North", 10.5 + i * 1e-4, -3.25, i % 5 == 0 ? null : "Northern Front",
                    ActorKind.REBEL_GROUP, i % 4 == 0 ? null : i));
        }
        return out;
    }

    Path write(List<Event> events) throws Exception {
        Path f = dir.resolve("events.parquet");
        try (OutputStream os = Files.newOutputStream(f); ParquetEventWriter w = new ParquetEventWriter(os)) {
            for (Event e : events) {
                w.write(e);
            }
        }
        return f;
    }

    @Test
    void readBackItHasTheCsvColumnsAndValues() throws Exception {
        // more rows than one row group, so the file has two
        int n = ParquetEventWriter.ROWS_PER_GROUP + 1234;
        List<Event> events = events(n);
        Path f = write(events);
        org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(f.toUri());
        Configuration conf = new Configuration();
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(path, conf))) {
            MessageType schema = r.getFooter().getFileMetaData().getSchema();
            assertThat(schema.getFields()).extracting(t -> t.getName()).containsExactlyElementsOf(EventCsv.COLUMNS);
            assertThat(schema.getType("event_date").asPrimitiveType().getLogicalTypeAnnotation())
                    .isEqualTo(LogicalTypeAnnotation.dateType());
            assertThat(schema.getType("actor1").asPrimitiveType().getLogicalTypeAnnotation())
                    .isEqualTo(LogicalTypeAnnotation.stringType());
            assertThat(schema.getType("latitude").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveType.PrimitiveTypeName.DOUBLE);
            assertThat(schema.getType("fatalities").asPrimitiveType().getPrimitiveTypeName()).isEqualTo(PrimitiveType.PrimitiveTypeName.INT32);
            assertThat(r.getRecordCount()).isEqualTo(n);
            assertThat(r.getRowGroups()).hasSize(2);
        }
        try (ParquetReader<Group> reader = ParquetReader.builder(new GroupReadSupport(), path).withConf(conf).build()) {
            int i = 0;
            for (Group g = reader.read(); g != null; g = reader.read(), i++) {
                List<String> csv = EventCsv.values(events.get(i));
                for (int c = 0; c < EventCsv.COLUMNS.size(); c++) {
                    String col = EventCsv.COLUMNS.get(c);
                    String expected = csv.get(c);
                    if (expected.isEmpty()) {
                        assertThat(g.getFieldRepetitionCount(col)).as(col + " of row " + i).isZero();
                        continue;
                    }
                    String actual = switch (ParquetEventWriter.kind(col)) {
                        case DATE -> LocalDate.ofEpochDay(g.getInteger(col, 0)).toString();
                        case INT -> String.valueOf(g.getInteger(col, 0));
                        case DOUBLE -> String.valueOf(g.getDouble(col, 0));
                        case STRING -> g.getString(col, 0);
                    };
                    assertThat(actual).as(col + " of row " + i).isEqualTo(expected);
                }
            }
            assertThat(i).isEqualTo(n);
        }
    }

    @Test
    void anEmptyExportIsAValidFileWithNoRows() throws Exception {
        Path f = write(List.of());
        try (ParquetFileReader r = ParquetFileReader.open(HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(f.toUri()), new Configuration()))) {
            assertThat(r.getRecordCount()).isZero();
            assertThat(r.getFooter().getFileMetaData().getSchema().getFieldCount()).isEqualTo(EventCsv.COLUMNS.size());
        }
    }

    @Test
    void definitionLevelsAreRuns() {
        byte[] b = ParquetEventWriter.definitionLevels(new boolean[] {true, true, true, false});
        // length 4, then run of 3 ones (header 6, value 1) and run of 1 zero (header 2, value 0)
        assertThat(b).containsExactly(4, 0, 0, 0, 6, 1, 2, 0);
    }
}
