package org.sitrep.store;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.parquet.format.ColumnChunk;
import org.apache.parquet.format.ColumnMetaData;
import org.apache.parquet.format.CompressionCodec;
import org.apache.parquet.format.ConvertedType;
import org.apache.parquet.format.DataPageHeader;
import org.apache.parquet.format.DateType;
import org.apache.parquet.format.Encoding;
import org.apache.parquet.format.FieldRepetitionType;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.LogicalType;
import org.apache.parquet.format.PageHeader;
import org.apache.parquet.format.PageType;
import org.apache.parquet.format.RowGroup;
import org.apache.parquet.format.SchemaElement;
import org.apache.parquet.format.StringType;
import org.apache.parquet.format.Type;
import org.apache.parquet.format.Util;
import org.sitrep.export.EventCsv;
import org.sitrep.model.Event;

/**
 * Writes events as an Apache Parquet file whose columns mirror the CSV export ({@link EventCsv#COLUMNS}, same names,
 * same order, same values): dates as {@code DATE}, counts, codes and precisions as {@code INT32}, coordinates as
 * {@code DOUBLE}, the rest as UTF-8 strings; every column is optional and an empty CSV cell is a null.
 *
 * <p>Only the format's Thrift structures ({@code parquet-format-structures}) are used, not parquet-hadoop, so the
 * shipped command line carries no Hadoop. The file is plain: PLAIN-encoded values, RLE definition levels, one data
 * page per column per row group of {@value #ROWS_PER_GROUP} rows, no compression, no statistics. Not thread-safe.
 */
public final class ParquetEventWriter implements Closeable {
    /** Rows per row group (and per page). */
    static final int ROWS_PER_GROUP = 50_000;
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    enum Kind { STRING, DATE, INT, DOUBLE }

    /** The kind of each CSV column. */
    static Kind kind(String column) {
        return switch (column) {
            case "event_date", "date_start", "date_end" -> Kind.DATE;
            case "time_precision", "inter1", "inter2", "geo_precision", "fatalities", "fatalities_low", "fatalities_high", "injured",
                    "incidents" -> Kind.INT;
            case "latitude", "longitude" -> Kind.DOUBLE;
            default -> Kind.STRING;
        };
    }

    private final Counting out;
    private final List<String> columns = EventCsv.COLUMNS;
    private final Kind[] kinds;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<RowGroup> groups = new ArrayList<>();
    private long total;
    private boolean closed;

    public ParquetEventWriter(OutputStream sink) throws IOException {
        this.out = new Counting(sink);
        this.kinds = new Kind[columns.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = kind(columns.get(i));
        }
        out.write(MAGIC);
    }

    public void write(Event e) throws IOException {
        rows.add(EventCsv.values(e));
        if (rows.size() >= ROWS_PER_GROUP) {
            flushGroup();
        }
    }

    /** Writes the last row group and the footer; closes nothing else (the caller owns the stream). */
    public void finish() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        flushGroup();
        FileMetaData meta = new FileMetaData(1, schema(), total, groups);
        meta.setCreated_by("sitrep (parquet-format-structures)");
        long start = out.count;
        Util.writeFileMetaData(meta, out);
        int len = (int) (out.count - start);
        out.write(new byte[] {(byte) len, (byte) (len >>> 8), (byte) (len >>> 16), (byte) (len >>> 24)});
        out.write(MAGIC);
        out.flush();
    }

    @Override
    public void close() throws IOException {
        finish();
    }

    private List<SchemaElement> schema() {
        List<SchemaElement> s = new ArrayList<>();
        SchemaElement root = new SchemaElement("sitrep_event");
        root.setNum_children(columns.size());
        s.add(root);
        for (int i = 0; i < columns.size(); i++) {
            SchemaElement c = new SchemaElement(columns.get(i));
            c.setRepetition_type(FieldRepetitionType.OPTIONAL);
            switch (kinds[i]) {
                case STRING -> {
                    c.setType(Type.BYTE_ARRAY);
                    c.setConverted_type(ConvertedType.UTF8);
                    c.setLogicalType(LogicalType.STRING(new StringType()));
                }
                case DATE -> {
                    c.setType(Type.INT32);
                    c.setConverted_type(ConvertedType.DATE);
                    c.setLogicalType(LogicalType.DATE(new DateType()));
                }
                case INT -> c.setType(Type.INT32);
                case DOUBLE -> c.setType(Type.DOUBLE);
                default -> throw new IllegalStateException();
            }
            s.add(c);
        }
        return s;
    }

    private static Type physical(Kind k) {
        return switch (k) {
            case STRING -> Type.BYTE_ARRAY;
            case DATE, INT -> Type.INT32;
            case DOUBLE -> Type.DOUBLE;
        };
    }

    private void flushGroup() throws IOException {
        if (rows.isEmpty()) {
            return;
        }
        int n = rows.size();
        List<ColumnChunk> chunks = new ArrayList<>(columns.size());
        long groupBytes = 0;
        for (int c = 0; c < columns.size(); c++) {
            ByteArrayOutputStream values = new ByteArrayOutputStream();
            boolean[] present = new boolean[n];
            for (int r = 0; r < n; r++) {
                String v = rows.get(r).get(c);
                if (v == null || v.isEmpty()) {
                    continue;
                }
                present[r] = true;
                encode(values, kinds[c], v, columns.get(c));
            }
            byte[] levels = definitionLevels(present);
            int pageSize = levels.length + values.size();
            PageHeader header = new PageHeader(PageType.DATA_PAGE, pageSize, pageSize);
            header.setData_page_header(new DataPageHeader(n, Encoding.PLAIN, Encoding.RLE, Encoding.RLE));
            long offset = out.count;
            Util.writePageHeader(header, out);
            out.write(levels);
            values.writeTo(out);
            long size = out.count - offset;
            ColumnMetaData meta = new ColumnMetaData(physical(kinds[c]), List.of(Encoding.PLAIN, Encoding.RLE), List.of(columns.get(c)),
                    CompressionCodec.UNCOMPRESSED, n, size, size, offset);
            ColumnChunk chunk = new ColumnChunk(offset);
            chunk.setMeta_data(meta);
            chunks.add(chunk);
            groupBytes += size;
        }
        groups.add(new RowGroup(chunks, groupBytes, n));
        total += n;
        rows.clear();
    }

    private static void encode(ByteArrayOutputStream b, Kind k, String v, String column) {
        switch (k) {
            case STRING -> {
                byte[] s = v.getBytes(StandardCharsets.UTF_8);
                int32(b, s.length);
                b.write(s, 0, s.length);
            }
            case DATE -> int32(b, (int) LocalDate.parse(v).toEpochDay());
            case INT -> int32(b, Integer.parseInt(v));
            case DOUBLE -> {
                long bits = Double.doubleToLongBits(Double.parseDouble(v));
                for (int i = 0; i < 8; i++) {
                    b.write((int) (bits >>> (8 * i)));
                }
            }
            default -> throw new IllegalArgumentException(column);
        }
    }

    private static void int32(ByteArrayOutputStream b, int v) {
        b.write(v);
        b.write(v >>> 8);
        b.write(v >>> 16);
        b.write(v >>> 24);
    }

    /**
     * Definition levels (bit width 1) in the RLE/bit-packing hybrid as runs only, prefixed by their length in bytes
     * (data page v1): each run is a ULEB128 header {@code count << 1} and the value in one byte.
     */
    static byte[] definitionLevels(boolean[] present) {
        ByteArrayOutputStream runs = new ByteArrayOutputStream();
        int i = 0;
        while (i < present.length) {
            int j = i;
            while (j < present.length && present[j] == present[i]) {
                j++;
            }
            long header = (long) (j - i) << 1;
            while ((header & ~0x7FL) != 0) {
                runs.write((int) ((header & 0x7F) | 0x80));
                header >>>= 7;
            }
            runs.write((int) header);
            runs.write(present[i] ? 1 : 0);
            i = j;
        }
        byte[] r = runs.toByteArray();
        byte[] out = new byte[r.length + 4];
        out[0] = (byte) r.length;
        out[1] = (byte) (r.length >>> 8);
        out[2] = (byte) (r.length >>> 16);
        out[3] = (byte) (r.length >>> 24);
        System.arraycopy(r, 0, out, 4, r.length);
        return out;
    }

    /** An output stream that knows how many bytes went through it (offsets for the footer). */
    private static final class Counting extends OutputStream {
        private final OutputStream o;
        long count;

        Counting(OutputStream o) {
            this.o = o;
        }

        @Override
        public void write(int b) throws IOException {
            o.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            o.write(b, off, len);
            count += len;
        }

        @Override
        public void flush() throws IOException {
            o.flush();
        }
    }
}
