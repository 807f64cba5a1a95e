package se.medborgarloften.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import se.medborgarloften.model.AreaHistory;
import se.medborgarloften.model.CommitmentState;
import se.medborgarloften.model.FollowUp;
import se.medborgarloften.model.FollowUpState;
import se.medborgarloften.model.LocalizedText;
import se.medborgarloften.model.PartialDate;
import se.medborgarloften.model.Promise;
import se.medborgarloften.model.PromisePeriod;
import se.medborgarloften.model.SiteContent;
import se.medborgarloften.model.SiteSettings;
import se.medborgarloften.plan.InputGroups;
import se.medborgarloften.incremental.IncrementalBuild;
import se.medborgarloften.incremental.OutputSession;
import se.medborgarloften.incremental.StoredParts;
import se.medborgarloften.plan.PagePlanner;
import se.medborgarloften.plan.SitePlan;
import se.medborgarloften.support.Workers;
import se.medborgarloften.output.StagingSite;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the open data under data/: a catalogue of everything in one JSON file, one CSV file per table with the
 * rows of every period, each period's own JSON, and the JSON Schemas of the content beside them. What a period
 * holds is in one JSON file and, where it is tabular, in one CSV table: a national site is thousands of periods,
 * and every copy of them would grow with it. Same input, same bytes.
 */
public final class OpenDataWriter {

    public static final String FOLDER = "data";
    public static final String ALL_JSON = "medborgarloften.json";
    /** A period's own download, in its folder data/AREA/PERIOD/. */
    private static final String PERIOD_JSON = "promise.json";

    private final SiteContent content;
    private final SitePlan plan;
    /** The day the downloads describe each period's follow-up as of, as the pages do. */
    private final LocalDate asOf;
    private final List<String> languages;
    /** Without indentation: the downloads are read by programs, and on a national site indentation is much of their size. */
    private final ObjectMapper json = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private final CsvMapper csv = new CsvMapper();

    public OpenDataWriter(SiteContent content, SitePlan plan, LocalDate asOf) {
        this.content = content;
        this.plan = plan;
        this.asOf = asOf;
        this.languages = content.site().languages().stream().map(SiteSettings.Language::code).toList();
    }

    /** Where a period's own download is, below the site's root. */
    private static String periodFile(PromisePeriod period) {
        return FOLDER + "/" + period.areaId() + "/" + period.id() + "/" + PERIOD_JSON;
    }

    /**
     * Writes every file, except a period's file that the site holds made from the same inputs.
     *
     * @param outputs what the period files in the site were made from, and are made from now
     */
    void write(Path project, StagingSite site, IncrementalBuild incremental, OutputSession outputs, StoredParts parts) {
        Map<String, Function<AreaHistory, byte[]>> partsOfArea = partsOfArea();
        // Each area's files, and its parts of the files with everything, are independent of the others'.
        Workers.run(() -> {
            content.areas().parallelStream().forEach(area -> {
                PeriodFiles files = new PeriodFiles(site, outputs, incremental.fingerprint(InputGroups.ofArea(area.id())));
                for (PromisePeriod period : area.periods()) {
                    files.write(periodFile(period), () -> withLineBreak(periodText(period)));
                }
                parts.keep(ALL_JSON, area.id(), () -> cataloguePart(area));
                partsOfArea.forEach((file, make) -> parts.keep(file, area.id(), () -> make.apply(area)));
            });
            return null;
        });
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("site", content.site().title());
        all.put("baseUrl", content.site().baseUrl());
        Map<String, String> tables = new LinkedHashMap<>();
        OpenDataTable.ALL.forEach(table -> tables.put(table.name(), address(FOLDER + "/" + table.file())));
        all.put("tables", tables);
        all.put("organisations", content.organisations());
        all.put("areas", content.areas().stream().map(area -> new RawJson(
                () -> parts.read(ALL_JSON, area.id(), () -> cataloguePart(area)))).toList());
        all.put("news", content.news().stream().map(n -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", n.id());
            item.put("news", n.item());
            item.put("urls", urls("news/" + n.id()));
            return item;
        }).toList());
        // The files with everything are large for a national site: streamed, never held whole.
        site.write(FOLDER + "/" + ALL_JSON, out -> {
            json.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValue(out, all);
            out.write('\n');
        });
        partsOfArea.forEach((file, make) -> site.write(FOLDER + "/" + file, out -> {
            out.write(csv(table(file.substring(0, file.length() - 4)), List.of()));
            for (AreaHistory area : content.areas()) {
                out.write(parts.read(file, area.id(), () -> make.apply(area)));
            }
        }));
        copySchemas(project.resolve("schema"), site, FOLDER + "/schema/");
        // The archived source texts, as the editors keep them, for readers who check or cite a passage.
        content.sources().forEach(source -> site.write(FOLDER + "/sources/" + source.name(),
                source.text().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    /**
     * What one area contributes to each table with everything: its rows, without the header (a CSV row does not
     * depend on the rows around it). Its entry in the catalogue is {@link #cataloguePart}.
     */
    private Map<String, Function<AreaHistory, byte[]>> partsOfArea() {
        Map<String, Function<AreaHistory, byte[]>> parts = new LinkedHashMap<>();
        parts.put("areas.csv", area -> rows("areas", Stream.of(areaRow(area))));
        parts.put("promises.csv", area -> rows("promises", area.periods().stream().map(this::promiseRow)));
        parts.put("problems.csv", area -> rows("problems", area.periods().stream().flatMap(p -> problemRows(p).stream())));
        parts.put("commitments.csv", area -> rows("commitments", area.periods().stream().flatMap(p -> commitmentRows(p).stream())));
        parts.put("follow-ups.csv", area -> rows("follow-ups",
                area.periods().stream().filter(PromisePeriod::hasFollowUp).map(this::followUpRow)));
        return parts;
    }

    /**
     * An area's entry in the catalogue: the area's own facts and, for each period, its dates, title and addresses;
     * what the period holds is in its own download, which the entry gives the address of.
     */
    private byte[] cataloguePart(AreaHistory area) {
        Map<String, Object> areaJson = new LinkedHashMap<>();
        areaJson.put("area", area.area());
        areaJson.put("urls", urls("area/" + area.id()));
        areaJson.put("periods", area.periods().stream().map(period -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("period", period.id());
            entry.put("dates", period.promise().period());
            entry.put("title", period.promise().title());
            entry.put("urls", urls(PagePlanner.promiseKey(period)));
            entry.put("download", address(periodFile(period)));
            return entry;
        }).toList());
        try {
            return json.writeValueAsBytes(areaJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] withLineBreak(byte[] printed) {
        byte[] file = Arrays.copyOf(printed, printed.length + 1);
        file[printed.length] = '\n';
        return file;
    }

    /** JSON written as it is, for an area's part of the catalogue. */
    private record RawJson(Supplier<byte[]> bytes) implements JsonSerializable {

        @Override
        public void serialize(JsonGenerator generator, SerializerProvider serializers) throws IOException {
            generator.writeRawValue(new RawJsonBytes(bytes.get()));
        }

        @Override
        public void serializeWithType(JsonGenerator generator, SerializerProvider serializers, TypeSerializer type)
                throws IOException {
            serialize(generator, serializers);
        }
    }

    /**
     * Writes the files of one area's periods, or leaves one as it is when it was made from the same inputs
     * and still has the size it was made with: most of a national site's files belong to areas nobody edited.
     */
    private record PeriodFiles(StagingSite site, OutputSession outputs, String madeFrom) {

        void write(String file, Supplier<byte[]> bytes) {
            if (outputs.keep(file, madeFrom)) {
                return;
            }
            byte[] made = bytes.get();
            site.write(file, made);
            outputs.made(file, madeFrom, made.length);
        }
    }

    private Map<String, Object> periodJson(PromisePeriod period) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("area", period.areaId());
        json.put("period", period.id());
        json.put("urls", urls(PagePlanner.promiseKey(period)));
        json.put("promise", period.promise());
        // Only what a published follow-up gives: a commitment without a status is not in the map.
        Map<String, String> status = new LinkedHashMap<>();
        period.promise().commitments().forEach(c -> {
            CommitmentState state = period.statusOf(c.id(), asOf);
            if (state.hasStatus()) {
                status.put(c.id(), state.status());
            }
        });
        json.put("commitmentStatus", status);
        FollowUpState state = period.followUpState(asOf);
        Map<String, Object> followUpState = new LinkedHashMap<>();
        followUpState.put("state", state.key());
        followUpState.put("asOf", state.asOf());
        if (state.planned() != null) {
            followUpState.put("planned", state.planned());
        }
        json.put("followUpState", followUpState);
        json.put("followUp", period.followUp());
        return json;
    }

    private Map<String, String> urls(String key) {
        Map<String, String> urls = new LinkedHashMap<>();
        languages.forEach(lang -> urls.put(lang, address(plan.page(key, lang).path())));
        return urls;
    }

    /** The whole address of a file below the site's root. */
    private String address(String path) {
        return content.site().baseUrl() + path;
    }

    private List<Object> areaRow(AreaHistory area) {
        Row row = new Row();
        row.add(area.id()).text(area.area().name()).text(area.area().city()).add(area.area().localPoliceArea())
                .add(area.area().classification() == null ? null : area.area().classification().level())
                .text(area.area().classification() == null ? null : area.area().classification().part())
                .add(area.periods().size());
        urls("area/" + area.id()).values().forEach(row::add);
        return row.values;
    }

    private List<Object> promiseRow(PromisePeriod period) {
        Promise p = period.promise();
        Row row = new Row();
        row.add(period.areaId()).add(period.id()).date(p.period().start()).date(p.period().end()).text(p.title())
                .add(p.localPoliceArea()).list(p.parties()).date(p.published())
                .add(p.signing() == null ? null : p.signing().status()).add(p.problems().size())
                .add(p.commitments().size()).add(period.hasFollowUp() ? "yes" : "no")
                .add(period.followUpState(asOf).key()).add(asOf.toString());
        urls(PagePlanner.promiseKey(period)).values().forEach(row::add);
        languages.forEach(lang -> row.add(p.editorsNotes().stream()
                .map(note -> note.about() + ": " + note.text().in(lang)).collect(Collectors.joining(" | "))));
        return row.values;
    }

    private List<List<Object>> problemRows(PromisePeriod period) {
        return period.promise().problems().stream().map(problem -> new Row()
                .add(period.areaId()).add(period.id()).add(problem.id()).text(problem.title())
                .text(problem.desiredEffect() == null ? null : problem.desiredEffect().label())
                .text(problem.desiredEffect() == null ? null : problem.desiredEffect().text())
                .text(problem.editorsNote()).values).toList();
    }

    private List<List<Object>> commitmentRows(PromisePeriod period) {
        String periodState = period.followUpState(asOf).key();
        return period.promise().commitments().stream().map(c -> {
            FollowUp.Entry entry = period.hasFollowUp() ? period.followUp().entryFor(c.id()).orElse(null) : null;
            FollowUp.Outcome outcome = entry == null ? null : entry.outcome();
            return new Row().add(period.areaId()).add(period.id()).add(c.id()).add(c.section()).list(c.actors())
                    .text(c.text()).add(c.target() == null ? null : c.target().comparator())
                    .add(c.target() == null ? null : c.target().value())
                    .text(c.target() == null ? null : c.target().unit())
                    .list(c.problems()).add(entry == null ? null : entry.status()).add(periodState).add(asOf.toString())
                    .add(outcome == null || outcome.value() == null ? null : number(outcome.value()))
                    .text(outcome == null ? null : outcome.text())
                    .add(entry == null ? null : entry.kind()).date(entry == null ? null : entry.date())
                    .text(c.editorsNote()).values;
        }).toList();
    }

    private List<Object> followUpRow(PromisePeriod period) {
        FollowUp f = period.followUp();
        return new Row().add(period.areaId()).add(period.id()).date(f.published()).list(f.by()).list(f.reportedKinds())
                .add(f.entries().size()).add(f.findings().size()).values;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private OpenDataTable table(String name) {
        return OpenDataTable.ALL.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    /** A table with its header. */
    private byte[] csv(OpenDataTable table, List<List<Object>> rows) {
        return csvBytes(table, rows.stream(), true);
    }

    /** Rows of a table, without its header. */
    private byte[] rows(String table, Stream<List<Object>> rows) {
        return csvBytes(table(table), rows, false);
    }

    private byte[] csvBytes(OpenDataTable table, Stream<List<Object>> rows, boolean header) {
        var bytes = new java.io.ByteArrayOutputStream();
        try {
            writeCsvTo(bytes, table, rows, header);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private void writeCsvTo(OutputStream out, OpenDataTable table, Stream<List<Object>> rows, boolean header) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(header);
        table.header(languages).forEach(schema::addColumn);
        try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             var rowsOut = csv.writerFor(Object[].class).with(schema.build()).writeValues(writer)) {
            for (List<Object> row : (Iterable<List<Object>>) rows::iterator) {
                rowsOut.write(row.toArray());
            }
        }
    }

    /**
     * A period's JSON as UTF-8, as Jackson writes it, rather than printed as a string and encoded again: most
     * texts are Swedish, and so held as two bytes a character.
     */
    private byte[] periodText(PromisePeriod period) {
        try {
            return json.writeValueAsBytes(periodJson(period));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copySchemas(Path from, StagingSite site, String folder) {
        try (Stream<Path> files = Files.list(from)) {
            for (Path schema : files.filter(f -> f.toString().endsWith(".schema.json")).sorted().toList()) {
                site.write(folder + schema.getFileName(), Files.readAllBytes(schema));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One CSV row; localized texts become one column per site language. */
    private final class Row {
        private final List<Object> values = new ArrayList<>();

        Row add(Object value) {
            values.add(value == null ? "" : value);
            return this;
        }

        Row text(LocalizedText text) {
            languages.forEach(lang -> add(text == null ? null : text.in(lang)));
            return this;
        }

        Row date(PartialDate date) {
            return add(date == null ? null : date.toString());
        }

        Row list(List<String> ids) {
            return add(String.join(";", ids));
        }
    }

}
