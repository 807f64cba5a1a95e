package se.medborgarloften.benchmark;

import se.medborgarloften.TestProjects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes synthetic content shaped like all of Sweden, in the real content format: the 21 counties with their
 * 290 municipalities and the seven police regions (real, public names), one local police area per municipality
 * that has areas (named after it; real local police areas are sometimes shared or split, which the site does not
 * depend on), and N areas spread over the municipalities, the larger cities holding more. An area has one to
 * fifteen yearly periods, M on average, the latest running; about one period in eight has no follow-up and one
 * in twenty-five no commitments. About one area in five has a news item announcing its latest promise.
 * Counties and police regions are organisations in the tree of content/organisations.json ("parent"), as the
 * real content would name them. Deterministic: the same N and M give the same files.
 *
 * <p>Write it into a folder (see the README's performance section):
 * {@code mvn -DskipTests -Psynthetic verify -Dsynthetic.args="500 10 target/national"}.
 */
public final class NationalContent {

    /** The year of the latest, running, period of every area. */
    public static final int LATEST_YEAR = 2026;
    static final int MAX_PERIODS = 15;


    /** Places within a municipality that synthetic areas are named after. */
    private static final List<String> DISTRICTS = List.of("Centrum", "Norr", "Söder", "Öster", "Väster", "Hamnen",
            "Stationsområdet", "Gamla staden", "Södra centrum", "Norra centrum", "Västra hamnen", "Östra delen",
            "Industriområdet", "Strandområdet", "Skogsbacken", "Ängen", "Torget", "Bäckdalen", "Kvarnbyn", "Solhem",
            "Ekbacken", "Lindåsen", "Björkhagen", "Granbacka", "Sjöstaden", "Backa", "Nydala", "Kyrkbyn", "Vallby",
            "Åsen", "Fältet", "Ringen", "Parkstaden", "Gärdet", "Högalid", "Tallbacken", "Mossen", "Hagaby",
            "Berga", "Rosenlund");

    /** Relative weight of the larger municipalities when areas are spread (1 for the others). */
    private static final Map<String, Integer> WEIGHT = Map.ofEntries(Map.entry("Stockholm", 14),
            Map.entry("Göteborg", 11), Map.entry("Malmö", 9), Map.entry("Uppsala", 5), Map.entry("Linköping", 4),
            Map.entry("Örebro", 4), Map.entry("Västerås", 4), Map.entry("Helsingborg", 4), Map.entry("Norrköping", 4),
            Map.entry("Jönköping", 4), Map.entry("Umeå", 3), Map.entry("Lund", 3), Map.entry("Borås", 3),
            Map.entry("Huddinge", 3), Map.entry("Botkyrka", 3), Map.entry("Södertälje", 3), Map.entry("Eskilstuna", 3),
            Map.entry("Gävle", 3), Map.entry("Sundsvall", 3), Map.entry("Karlstad", 3), Map.entry("Växjö", 3),
            Map.entry("Halmstad", 3), Map.entry("Luleå", 2), Map.entry("Kristianstad", 2), Map.entry("Trollhättan", 2),
            Map.entry("Landskrona", 2), Map.entry("Nacka", 2), Map.entry("Järfälla", 2), Map.entry("Haninge", 2));

    record County(String sv, String en, String region, List<String> municipalities) {
        String id() {
            return "lan-" + slug(en.replace(" County", ""));
        }
    }

    /** The seven police regions, by their Swedish name's last word. */
    static final List<String> REGIONS = List.of("Nord", "Mitt", "Stockholm", "Öst", "Väst", "Syd", "Bergslagen");

    static final List<County> COUNTIES = List.of(
            new County("Stockholms län", "Stockholm County", "Stockholm", List.of("Botkyrka", "Danderyd", "Ekerö",
                    "Haninge", "Huddinge", "Järfälla", "Lidingö", "Nacka", "Norrtälje", "Nykvarn", "Nynäshamn", "Salem",
                    "Sigtuna", "Sollentuna", "Solna", "Stockholm", "Sundbyberg", "Södertälje", "Tyresö", "Täby",
                    "Upplands Väsby", "Upplands-Bro", "Vallentuna", "Vaxholm", "Värmdö", "Österåker")),
            new County("Uppsala län", "Uppsala County", "Mitt", List.of("Enköping", "Heby", "Håbo", "Knivsta", "Tierp",
                    "Uppsala", "Älvkarleby", "Östhammar")),
            new County("Södermanlands län", "Södermanland County", "Öst", List.of("Eskilstuna", "Flen", "Gnesta",
                    "Katrineholm", "Nyköping", "Oxelösund", "Strängnäs", "Trosa", "Vingåker")),
            new County("Östergötlands län", "Östergötland County", "Öst", List.of("Boxholm", "Finspång", "Kinda",
                    "Linköping", "Mjölby", "Motala", "Norrköping", "Söderköping", "Vadstena", "Valdemarsvik", "Ydre",
                    "Åtvidaberg", "Ödeshög")),
            new County("Jönköpings län", "Jönköping County", "Öst", List.of("Aneby", "Eksjö", "Gislaved", "Gnosjö",
                    "Habo", "Jönköping", "Mullsjö", "Nässjö", "Sävsjö", "Tranås", "Vaggeryd", "Vetlanda", "Värnamo")),
            new County("Kronobergs län", "Kronoberg County", "Syd", List.of("Alvesta", "Lessebo", "Ljungby", "Markaryd",
                    "Tingsryd", "Uppvidinge", "Växjö", "Älmhult")),
            new County("Kalmar län", "Kalmar County", "Syd", List.of("Borgholm", "Emmaboda", "Hultsfred", "Högsby",
                    "Kalmar", "Mönsterås", "Mörbylånga", "Nybro", "Oskarshamn", "Torsås", "Vimmerby", "Västervik")),
            new County("Gotlands län", "Gotland County", "Stockholm", List.of("Gotland")),
            new County("Blekinge län", "Blekinge County", "Syd", List.of("Karlshamn", "Karlskrona", "Olofström",
                    "Ronneby", "Sölvesborg")),
            new County("Skåne län", "Skåne County", "Syd", List.of("Bjuv", "Bromölla", "Burlöv", "Båstad", "Eslöv",
                    "Helsingborg", "Hässleholm", "Höganäs", "Hörby", "Höör", "Klippan", "Kristianstad", "Kävlinge",
                    "Landskrona", "Lomma", "Lund", "Malmö", "Osby", "Perstorp", "Simrishamn", "Sjöbo", "Skurup",
                    "Staffanstorp", "Svalöv", "Svedala", "Tomelilla", "Trelleborg", "Vellinge", "Ystad", "Åstorp",
                    "Ängelholm", "Örkelljunga", "Östra Göinge")),
            new County("Hallands län", "Halland County", "Väst", List.of("Falkenberg", "Halmstad", "Hylte", "Kungsbacka",
                    "Laholm", "Varberg")),
            new County("Västra Götalands län", "Västra Götaland County", "Väst", List.of("Ale", "Alingsås", "Bengtsfors",
                    "Bollebygd", "Borås", "Dals-Ed", "Essunga", "Falköping", "Färgelanda", "Grästorp", "Gullspång",
                    "Göteborg", "Götene", "Herrljunga", "Hjo", "Härryda", "Karlsborg", "Kungälv", "Lerum", "Lidköping",
                    "Lilla Edet", "Lysekil", "Mariestad", "Mark", "Mellerud", "Munkedal", "Mölndal", "Orust", "Partille",
                    "Skara", "Skövde", "Sotenäs", "Stenungsund", "Strömstad", "Svenljunga", "Tanum", "Tibro", "Tidaholm",
                    "Tjörn", "Tranemo", "Trollhättan", "Töreboda", "Uddevalla", "Ulricehamn", "Vara", "Vårgårda",
                    "Vänersborg", "Åmål", "Öckerö")),
            new County("Värmlands län", "Värmland County", "Bergslagen", List.of("Arvika", "Eda", "Filipstad", "Forshaga",
                    "Grums", "Hagfors", "Hammarö", "Karlstad", "Kil", "Kristinehamn", "Munkfors", "Storfors", "Sunne",
                    "Säffle", "Torsby", "Årjäng")),
            new County("Örebro län", "Örebro County", "Bergslagen", List.of("Askersund", "Degerfors", "Hallsberg",
                    "Hällefors", "Karlskoga", "Kumla", "Laxå", "Lekeberg", "Lindesberg", "Ljusnarsberg", "Nora", "Örebro")),
            new County("Västmanlands län", "Västmanland County", "Mitt", List.of("Arboga", "Fagersta", "Hallstahammar",
                    "Kungsör", "Köping", "Norberg", "Sala", "Skinnskatteberg", "Surahammar", "Västerås")),
            new County("Dalarnas län", "Dalarna County", "Bergslagen", List.of("Avesta", "Borlänge", "Falun", "Gagnef",
                    "Hedemora", "Leksand", "Ludvika", "Malung-Sälen", "Mora", "Orsa", "Rättvik", "Smedjebacken", "Säter",
                    "Vansbro", "Älvdalen")),
            new County("Gävleborgs län", "Gävleborg County", "Mitt", List.of("Bollnäs", "Gävle", "Hofors", "Hudiksvall",
                    "Ljusdal", "Nordanstig", "Ockelbo", "Ovanåker", "Sandviken", "Söderhamn")),
            new County("Västernorrlands län", "Västernorrland County", "Nord", List.of("Härnösand", "Kramfors",
                    "Sollefteå", "Sundsvall", "Timrå", "Ånge", "Örnsköldsvik")),
            new County("Jämtlands län", "Jämtland County", "Nord", List.of("Berg", "Bräcke", "Härjedalen", "Krokom",
                    "Ragunda", "Strömsund", "Åre", "Östersund")),
            new County("Västerbottens län", "Västerbotten County", "Nord", List.of("Bjurholm", "Dorotea", "Lycksele",
                    "Malå", "Nordmaling", "Norsjö", "Robertsfors", "Skellefteå", "Sorsele", "Storuman", "Umeå",
                    "Vilhelmina", "Vindeln", "Vännäs", "Åsele")),
            new County("Norrbottens län", "Norrbotten County", "Nord", List.of("Arjeplog", "Arvidsjaur", "Boden",
                    "Gällivare", "Haparanda", "Jokkmokk", "Kalix", "Kiruna", "Luleå", "Pajala", "Piteå", "Älvsbyn",
                    "Överkalix", "Övertorneå")));

    private NationalContent() {
    }

    /** {@code AREAS AVERAGE_PERIODS FOLDER}: writes national-shaped content into FOLDER, ready to build. */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage: AREAS AVERAGE_PERIODS FOLDER (e.g. 500 10 target/national)");
            System.exit(2);
        }
        Path target = Path.of(args[2]).toAbsolutePath();
        if (Files.exists(target)) {
            TestProjects.deleteTree(target);
        }
        Stats stats = write(Path.of("").toAbsolutePath(), target, Integer.parseInt(args[0]), Integer.parseInt(args[1]));
        System.out.printf("Wrote %s: %s%nBuild it: mvn -q compile exec:java -Dexec.args=\"build --project %s --out %s-site\"%n",
                target, stats, target, target);
    }

    /** What was written, for the benchmark's output. */
    public record Stats(int areas, int periods, int municipalities, int counties, int news) {
        @Override
        public String toString() {
            return "%d areas in %d municipalities of %d counties, %d promise periods, %d news items"
                    .formatted(areas, municipalities, counties, periods, news);
        }
    }

    /** @param key unique among the municipalities: Håbo and Habo are both "habo" without their marks */
    private record Municipality(String name, County county, String key) {
        String id() {
            return "kommun-" + key;
        }

        String lpo() {
            return "lpo-" + key;
        }
    }

    public static Stats write(Path realProject, Path target, int areas, int averagePeriods) throws IOException {
        for (String part : List.of("schema", "templates", "assets")) {
            TestProjects.copyTree(realProject.resolve(part), target.resolve(part));
        }
        Files.copy(realProject.resolve("jbake.properties"), target.resolve("jbake.properties"), StandardCopyOption.REPLACE_EXISTING);
        Path content = target.resolve("content");
        Files.createDirectories(content);
        for (String file : List.of("site.json", "redirects.json")) {
            Files.copy(realProject.resolve("content").resolve(file), content.resolve(file), StandardCopyOption.REPLACE_EXISTING);
        }
        TestProjects.copyTree(realProject.resolve("content/pages"), content.resolve("pages"));
        Random random = new Random(31);
        SyntheticContent.Words words = SyntheticContent.Words.of(realProject);

        List<Municipality> municipalities = new ArrayList<>();
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (County c : COUNTIES) {
            for (String m : c.municipalities()) {
                String key = keys.add(slug(m)) ? slug(m) : slug(m) + "-" + slug(c.en().replace(" County", ""));
                keys.add(key);
                municipalities.add(new Municipality(m, c, key));
            }
        }
        // Areas spread by weight: each area goes to a municipality drawn in proportion to its weight.
        List<Municipality> draw = new ArrayList<>();
        municipalities.forEach(m -> {
            for (int i = 0; i < WEIGHT.getOrDefault(m.name(), 1); i++) {
                draw.add(m);
            }
        });
        Map<Municipality, Integer> areasOf = new LinkedHashMap<>();
        for (int a = 0; a < areas; a++) {
            areasOf.merge(draw.get(random.nextInt(draw.size())), 1, Integer::sum);
        }
        int[] periods = periodCounts(random, areas, averagePeriods);

        // The real organisations stay (site.json names its owners among them); the country's are added.
        String real = Files.readString(realProject.resolve("content/organisations.json"));
        StringBuilder organisations = new StringBuilder(real.substring(real.indexOf('[') + 1, real.lastIndexOf(']')).strip());
        for (String region : REGIONS) {
            organisations.append(",\n").append("""
                        { "id": "polisregion-%s", "kind": "police-region", "parent": "polisen", "name": { "sv": "Polisregion %s", "en": "Police Region %s" } }"""
                    .formatted(slug(region), region, region));
        }
        for (County county : COUNTIES) {
            organisations.append(",\n").append("""
                        { "id": "%s", "kind": "county", "name": { "sv": "%s", "en": "%s" } }""".formatted(county.id(), county.sv(), county.en()));
        }
        int areaNumber = 0;
        int periodTotal = 0;
        int newsTotal = 0;
        for (Municipality municipality : municipalities) {
            int count = areasOf.getOrDefault(municipality, 0);
            if (count == 0) {
                continue;
            }
            organisations.append(",\n").append("""
                        { "id": "%s", "kind": "municipality", "parent": "%s", "name": { "sv": "%s kommun", "en": "%s Municipality" } }"""
                    .formatted(municipality.id(), municipality.county().id(), municipality.name(), municipality.name()));
            organisations.append(",\n").append("""
                        { "id": "%s", "kind": "police-area", "parent": "polisregion-%s", "abbreviation": "LPO", "name": { "sv": "Lokalpolisområde %s", "en": "%s local police area" } }"""
                    .formatted(municipality.lpo(), slug(municipality.county().region()), municipality.name(), municipality.name()));
            for (int i = 0; i < count; i++) {
                String district = i < DISTRICTS.size() ? DISTRICTS.get(i) : "Område " + (i + 1);
                String area = municipality.key() + "-" + slug(district);
                int areaPeriods = periods[areaNumber++];
                periodTotal += areaPeriods;
                if (writeArea(content, random, words, municipality, area, district, areaPeriods)) {
                    newsTotal++;
                }
            }
        }
        Files.writeString(content.resolve("organisations.json"), """
                {
                  "$schema": "../schema/organisations.schema.json",
                  "organisations": [
                %s
                  ]
                }
                """.formatted(organisations));
        return new Stats(areas, periodTotal, areasOf.size(),
                (int) areasOf.keySet().stream().map(Municipality::county).distinct().count(), newsTotal);
    }

    /**
     * Periods per area, one to {@value #MAX_PERIODS}, adding up to areas × average: each starts at the average,
     * then periods move between random pairs of areas within the bounds.
     */
    private static int[] periodCounts(Random random, int areas, int average) {
        int[] counts = new int[areas];
        java.util.Arrays.fill(counts, Math.max(1, Math.min(MAX_PERIODS, average)));
        for (int move = 0; move < areas * 4; move++) {
            int from = random.nextInt(areas);
            int to = random.nextInt(areas);
            int amount = 1 + random.nextInt(3);
            if (from != to && counts[from] - amount >= 1 && counts[to] + amount <= MAX_PERIODS) {
                counts[from] -= amount;
                counts[to] += amount;
            }
        }
        return counts;
    }

    /** Writes an area and its periods; true when it also wrote a news item. */
    private static boolean writeArea(Path content, Random random, SyntheticContent.Words words, Municipality municipality,
                                     String area, String district, int periods) throws IOException {
        Path folder = content.resolve("areas").resolve(area);
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("area.json"), """
                {
                  "$schema": "../../../schema/area.schema.json",
                  "id": "%s",
                  "name": { "sv": "%s", "en": "%s" },
                  "city": { "sv": "%s", "en": "%s" },
                  "municipality": "%s",
                  "localPoliceArea": "%s",
                  "description": { "sv": "%s", "en": "%s" }
                }
                """.formatted(area, district, district, municipality.name(), municipality.name(), municipality.id(),
                municipality.lpo(), words.sv().sentence(random, 20), words.en().sentence(random, 20)));
        SyntheticContent.AreaState state = new SyntheticContent.AreaState(random, words);
        for (int p = 0; p < periods; p++) {
            int year = LATEST_YEAR - periods + 1 + p;
            if (p > 0) {
                state.nextYear(random);
            }
            boolean latest = p == periods - 1;
            boolean commitments = random.nextInt(25) != 0;
            Path period = folder.resolve(String.valueOf(year));
            Files.createDirectories(period);
            Files.writeString(period.resolve("promise.json"), promise(state, random, year, municipality, commitments));
            Files.writeString(period.resolve("promise.sv.adoc"), SyntheticContent.prose(random, words.sv()));
            Files.writeString(period.resolve("promise.en.adoc"), SyntheticContent.prose(random, words.en()));
            if (!latest && commitments && random.nextInt(8) != 0) {
                Files.writeString(period.resolve("follow-up.json"), followUp(state, random, year, municipality));
            }
        }
        if (random.nextInt(5) != 0) {
            return false;
        }
        String id = "nytt-medborgarlofte-" + area + "-" + LATEST_YEAR;
        Path news = content.resolve("news").resolve(id);
        Files.createDirectories(news);
        Files.writeString(news.resolve("news.json"), """
                {
                  "$schema": "../../../schema/news.schema.json",
                  "slug": { "sv": "%s", "en": "new-citizen-promise-%s-%d" },
                  "title": { "sv": "Nytt medborgarlöfte för %s i %s", "en": "A new citizen promise for %s in %s" },
                  "summary": { "sv": "%s", "en": "%s" },
                  "published": "%d-01-%02d",
                  "publishers": ["%s", "%s"],
                  "announces": [ { "area": "%s", "period": "%d" } ],
                  "sources": [ { "id": "nyhet", "kind": "news-article", "title": { "sv": "Nyhet", "en": "News item" } } ]
                }
                """.formatted(id, area, LATEST_YEAR, district, municipality.name(), district, municipality.name(),
                words.sv().sentence(random, 25), words.en().sentence(random, 25), LATEST_YEAR,
                1 + random.nextInt(28), municipality.lpo(), municipality.id(), area, LATEST_YEAR));
        Files.writeString(news.resolve("news.sv.adoc"), SyntheticContent.prose(random, words.sv()));
        Files.writeString(news.resolve("news.en.adoc"), SyntheticContent.prose(random, words.en()));
        return true;
    }

    private static String promise(SyntheticContent.AreaState state, Random random, int year, Municipality municipality,
                                  boolean withCommitments) {
        StringBuilder problems = new StringBuilder();
        for (SyntheticContent.Item problem : state.problems) {
            problems.append(problems.length() > 0 ? ",\n" : "").append("""
                        { "id": "%s", "title": { "sv": "%s", "en": "%s" },
                          "desiredEffect": { "text": { "sv": "%s", "en": "%s" } } }""".formatted(problem.id,
                    problem.sv, problem.en, state.words.sv().sentence(random, 14), state.words.en().sentence(random, 14)));
        }
        StringBuilder commitments = new StringBuilder();
        for (int i = 0; withCommitments && i < state.commitments.size(); i++) {
            SyntheticContent.Item commitment = state.commitments.get(i);
            String target = i < 3 ? """
                    , "target": { "comparator": "at-least", "value": %d, "unit": { "sv": "insatser", "en": "operations" } }"""
                    .formatted(10 + random.nextInt(300)) : "";
            String actor = i % 3 == 2 ? municipality.id() : municipality.lpo();
            commitments.append(i > 0 ? ",\n" : "").append("""
                        { "id": "%s", "section": "%s", "actors": ["%s"],
                          "text": { "sv": "%s", "en": "%s" }%s, "problems": ["problem-%d"] }""".formatted(commitment.id,
                    i % 3 == 2 ? "kommunen" : "polisen", actor, commitment.sv, commitment.en, target, commitment.problem));
        }
        String commitmentPart = withCommitments ? """
                  "sections": [ { "id": "polisen", "title": { "sv": "Det här lovar polisen", "en": "What the police promise" } },
                                { "id": "kommunen", "title": { "sv": "Det här lovar kommunen", "en": "What the municipality promises" } } ],
                  "commitments": [
                %s
                  ],
                """.formatted(commitments) : "";
        return """
                {
                  "$schema": "../../../../schema/promise.schema.json",
                  "title": { "sv": "Medborgarlöfte för %s %d", "en": "Citizen promise for %s %d" },
                  "period": { "start": "%d-01", "end": "%d-12" },
                  "published": "%d-01-15",
                  "parties": ["%s", "%s"],
                  "localPoliceArea": "%s",
                  "originalPublication": true,
                  "problems": [
                %s
                  ],
                %s  "signatories": [ { "name": "Anna Andersson", "title": { "sv": "Lokalpolisområdeschef", "en": "Head of local police area" }, "organisation": "%s" } ],
                  "sources": [ { "id": "webb", "kind": "web-page", "title": { "sv": "Medborgarlöfte %d", "en": "Citizen promise %d" } } ]
                }
                """.formatted(municipality.name(), year, municipality.name(), year, year, year, year, municipality.lpo(),
                municipality.id(), municipality.lpo(), problems, commitmentPart, municipality.lpo(), year, year);
    }

    private static String followUp(SyntheticContent.AreaState state, Random random, int year, Municipality municipality) {
        return SyntheticContent.followUp(state, random, year, municipality.lpo());
    }

    /** An id from a Swedish name: lower case, å ä ö without their marks, spaces and punctuation as hyphens. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
